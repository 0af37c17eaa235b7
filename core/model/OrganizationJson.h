#pragma once

#include "backend/Result.h"
#include "model/Organization.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::json {

// The organization template and organizations in Logto's JSON shapes (field names as in the
// Management API: GET /api/organizations/{id}, /api/organization-roles, /api/organization-scopes,
// /api/organization-invitations, /api/organizations/{id}/users, /api/users/{id}/organizations).
// Used by the journal, the CLI's --json output and the remote backend. fromJson checks types,
// not business rules (see OrganizationValidation.h); an error names the field.

/// {tenantId, id, name, description, createdAt}
QJsonObject toJson(const OrganizationScope &scope);
/// {tenantId, id, name, description, type, createdAt}
QJsonObject toJson(const OrganizationRole &role);
/// Logto's organization: {tenantId, id, name, description, customData, isMfaRequired, color,
/// branding, createdAt}; "usersCount" too when memberCount is known (≥ 0). Empty colour and
/// branding fields are left out, as Logto does.
QJsonObject toJson(const Organization &organization);
/// [{id, name}] as in Logto's organizationRoles arrays.
QJsonArray roleRefs(const QList<OrganizationRole> &roles);
/// {scopes: [organization scope], resourceScopes: [scope with resource {id, name, indicator}]}
QJsonObject toJson(const OrganizationRoleGrants &grants);
/// The user (UserJson) with "organizationRoles": [{id, name}].
QJsonObject toJson(const OrganizationMember &member);
/// {members: [member], total}
QJsonObject toJson(const MemberPage &page);
/// The application (LogtoJson) with "organizationRoles": [{id, name}].
QJsonObject toJson(const OrganizationApplication &application);
/// The organization with "organizationRoles": [{id, name}] (GET /api/users/{id}/organizations).
QJsonObject toJson(const UserOrganization &membership);
/// {tenantId, id, inviterId|null, invitee, acceptedUserId|null, organizationId, status,
/// createdAt, updatedAt, expiresAt, organizationRoles: [{id, name}]}
QJsonObject toJson(const OrganizationInvitation &invitation);
/// {emailDomains: [..], ssoConnectorIds: [..], organizationRoles: [{id, name}]}
QJsonObject toJson(const OrganizationJit &jit);
/// {id, name, description, resource: null | {id, indicator}, grantedBy: [role names]}
QJsonObject toJson(const EffectivePermission &permission);

Result<OrganizationScope> organizationScopeFromJson(const QJsonObject &o);
Result<OrganizationRole> organizationRoleFromJson(const QJsonObject &o);
/// customData must be an object; color and branding objects (absent keys = not set).
Result<Organization> organizationFromJson(const QJsonObject &o);
/// A user with organizationRoles (GET /api/organizations/{id}/users).
Result<OrganizationMember> organizationMemberFromJson(const QJsonObject &o);
Result<MemberPage> memberPageFromJson(const QJsonObject &o);
/// An organization with organizationRoles (GET /api/users/{id}/organizations).
Result<UserOrganization> userOrganizationFromJson(const QJsonObject &o);
/// The stored status as sent (Pending past expiresAt stays Pending here; see Organization.h).
Result<OrganizationInvitation> organizationInvitationFromJson(const QJsonObject &o);
Result<OrganizationJit> organizationJitFromJson(const QJsonObject &o);
Result<EffectivePermission> effectivePermissionFromJson(const QJsonObject &o);

} // namespace gatehouse::json
