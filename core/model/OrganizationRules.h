#pragma once

#include "backend/Error.h"
#include "model/Organization.h"
#include "model/Role.h"

#include <QList>
#include <QMap>
#include <QStringList>

// The rules every backend applies to organizations, their roles, invitations and JIT settings,
// as pure functions (see UserRules.h).

namespace gatehouse::rules {

/// `ids` without repeats, in their first order.
QStringList distinct(const QStringList &ids);

/// An organization may require MFA only while the sign-in experience enables a factor its
/// members can set up. `enabledFactors`: the tenant's MFA factors.
QList<FieldError> mfaRequirementProblems(const Organization &organization, qsizetype enabledFactors);

/// Members, invitations and JIT take user roles; applications take machine-to-machine roles.
/// Empty when `role` is of `wanted` type.
QString roleTypeProblem(const OrganizationRole &role, RoleType wanted);

/// Only a pending invitation can be revoked or accepted. `action`: "revoked", "accepted".
QList<FieldError> pendingInvitationProblems(const OrganizationInvitation &invitation, const QString &action);
/// The words for the two changes of an invitation's status, as pendingInvitationProblems takes them.
QString revokedWord();
QString acceptedWord();

/// JIT email domains as a replace-all list: each normalized (lower case, ASCII, no "@"), repeats
/// dropped; an invalid one is reported at its index ("emailDomains[2]").
struct EmailDomainList
{
    QStringList domains;
    QList<FieldError> errors;
};
EmailDomainList normalizedEmailDomains(const QStringList &domains);

/// A member's effective permissions as UI and CLI show them: organization scopes first, then
/// API-resource scopes, each map in its key order, every grantedBy list sorted.
QList<EffectivePermission>
effectivePermissionList(const QMap<QString, EffectivePermission> &organizationScopes,
                        const QMap<QString, EffectivePermission> &resourceScopes);

} // namespace gatehouse::rules
