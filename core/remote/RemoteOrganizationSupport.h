#pragma once

#include "model/Organization.h"
#include "remote/RemoteSession.h"

#include <QJsonArray>
#include <QStringList>

namespace gatehouse::remote {

class RemoteBackend;

// Shared by RemoteOrganizationTemplate and RemoteOrganizations*.cpp: paths, readers of Logto's
// organization JSON (model/OrganizationJson.h) that add the connection's tenant id and a content
// version (Logto keeps none), and the existence checks every operation makes before it writes.
// Worker-thread code only; everything throws Failure.
namespace orgremote {

QString organizationPath(const QString &id);
QString organizationRolePath(const QString &id);
QString organizationScopePath(const QString &id);
QString invitationPath(const QString &id);
QString userPath(const QString &id);

Error organizationNotFound(const QString &id);
Error organizationRoleNotFound(const QString &id);
Error organizationScopeNotFound(const QString &id);
Error invitationNotFound(const QString &id);
Error userNotFound(const QString &id);
/// NotFound: the user is not a member of the organization.
Error notAMember(const QString &userId);

/// Readers: Failure(Internal) for JSON they cannot read. Versions are content fingerprints.
OrganizationScope scope(const QJsonObject &o, const QString &tenantId);
OrganizationRole role(const QJsonObject &o, const QString &tenantId);
/// memberCount from usersCount when present (else -1); the version ignores it.
Organization organization(const QJsonObject &o, const QString &tenantId);
/// Pending past expiresAt (clock::nowMs()) reads as Expired.
OrganizationInvitation invitation(const QJsonObject &o, const QString &tenantId);
OrganizationMember member(const QJsonObject &o, const QString &tenantId);
QList<OrganizationRole> roleRefs(const QJsonArray &refs, const QString &tenantId);

Organization fetchOrganization(RemoteSession &s, const RemoteBackend &b, const QString &id);
OrganizationRole fetchRole(RemoteSession &s, const RemoteBackend &b, const QString &id);
void requireUser(RemoteSession &s, const QString &userId);

/// Each id (duplicates dropped) must name an organization role of `type`: NotFound, or
/// Validation on `field` naming the role of the wrong type.
QList<OrganizationRole> requireRoles(RemoteSession &s, const RemoteBackend &b, const QStringList &ids,
                                     RoleType type, const QString &field);

/// The member's organization role ids, sorted; *isMember false (and empty) when the user is not a
/// member (Logto answers 422 organization.require_membership).
QStringList memberRoleIds(RemoteSession &s, const QString &organizationId, const QString &userId,
                          bool *isMember);

/// Refuses isMfaRequired while the sign-in experience enables no MFA factor (GET /api/sign-in-exp).
void checkMfaPossible(RemoteSession &s, const Organization &organization);

QJsonArray sortedArray(QStringList ids);
/// Ids of the objects of `array` (their "id", or `key`), sorted.
QStringList sortedIds(const QJsonArray &array, const char *key = "id");
/// Sorts by name case-insensitively, then id.
void sortByName(QList<OrganizationRole> &roles);

} // namespace orgremote
} // namespace gatehouse::remote
