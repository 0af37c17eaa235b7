#pragma once

#include "backend/Operation.h"
#include "policy/Access.h"

#include <optional>

namespace gatehouse::policy {

/// What one Backend operation needs.
struct Requirement
{
    /// The tenant-wide ability.
    Ability ability = Ability::OperatorsManage;
    /// The delegable ability that lets an organization admin make the call inside one of their
    /// organizations (none: organization admins never may).
    std::optional<Ability> delegated = std::nullopt;
    /// Support staff must give a reason (recorded in the journal).
    bool supportGivesReason = false;
};

/// The requirement of every operation (a table; the persona tests walk it).
const Requirement &requirementOf(Operation operation);

/// The tenant-wide ability that does, in every organization, what the delegable `ability` lends
/// inside one (org.members.invite → invitations.manage): how a tenant-wide role answers "may they
/// do this in organization X".
Ability tenantWideCounterpart(Ability delegable);

} // namespace gatehouse::policy
