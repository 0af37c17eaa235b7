#pragma once

#include "backend/Backend.h"
#include "policy/Access.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// "What can operator P do in organization X, and why?" For each ability the delegation policy can
// lend (the organization-level actions: view, invite, remove, change roles, require MFA, branding,
// JIT domains, reset a password, remove an MFA factor) the answer says yes or no and names the
// reason: the console role that holds the tenant-wide ability, or the organization role and
// permission that lend it to an organization admin — the same rules AccessControl enforces.

namespace gatehouse::explain {

/// What the explanation is computed from (read by explainOperator(Backend&, …)).
struct OperatorSnapshot
{
    policy::OperatorAccount account;
    QString tenantId;
    Organization organization;
    policy::DelegationPolicy delegation;
    /// The organization permissions of the template (for names).
    QList<OrganizationScope> permissions;
    /// Organization admins of this tenant only: whether their user is a member of the
    /// organization, their roles there and what those roles lend (from AccessControlApi::adminGrants).
    bool member = false;
    QList<OrganizationRole> memberRoles;
    std::optional<policy::AdminGrant> grant;
};

/// One organization-level action.
struct AbilityAnswer
{
    policy::Ability ability = policy::Ability::OrgMembersView;
    bool allowed = false;
    /// Why, for a person ("The Developer role holds orgs.write in every organization of the tenant.").
    QString why;
    /// The ability that decided: the tenant-wide counterpart for console roles, the delegable one
    /// for organization admins.
    policy::Ability decidedBy = policy::Ability::OrgMembersView;
    /// Organization admins: the permission that lends the ability (its name; empty: not delegated)
    /// and their roles in the organization that grant it.
    QString permission;
    QStringList grantingRoles;
};

struct OperatorExplanation
{
    QString operatorName;
    policy::ConsoleRole role = policy::ConsoleRole::Auditor;
    QString tenantId;
    QString organizationId;
    QString organizationName;
    /// Organization admins: their roles in the organization (empty when not a member).
    QStringList memberRoles;
    QList<AbilityAnswer> abilities;
    /// Rules that apply beyond the yes/no per ability (guard rails, reasons, reach).
    QStringList notes;

    bool allowed(policy::Ability ability) const;
    /// {"operator", "role", "tenantId", "organization": {id, name}, "memberRoles",
    ///  "abilities": [{"ability", "allowed", "why", "decidedBy", "permission", "grantingRoles"}],
    ///  "notes"}: what `gatehouse-cli operator explain --json` prints.
    QJsonObject toJson() const;
};

OperatorExplanation explainOperator(const OperatorSnapshot &snapshot);

/// Reads the snapshot through `backend` (its operators, the tenant's delegation policy and
/// template, the organization and, for an organization admin of the tenant, their memberships
/// and grants) and explains it. NotFound for an unknown operator or organization.
Future<OperatorExplanation> explainOperator(Backend &backend, const QString &tenantId,
                                            const QString &operatorName, const QString &organizationId);

} // namespace gatehouse::explain
