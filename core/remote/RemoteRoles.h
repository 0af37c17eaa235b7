#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

/// Roles, their permissions and their machine-to-machine assignments over /api/roles and
/// /api/applications/{id}/roles.
///
/// Logto keeps role names unique only as typed; Gatehouse promises uniqueness ignoring case, so
/// the names are checked here before every write (not atomic: two connections creating "Admin"
/// and "ADMIN" in the same instant may both succeed). Logto requires a role description of at
/// most `descriptionMax` characters.
class RemoteRoles final : public RolesApi
{
public:
    static constexpr int descriptionMax = 128;

    explicit RemoteRoles(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Role>> list(const QString &tenantId) override;
    Future<Role> get(const QString &tenantId, const QString &id) override;
    Future<Role> create(const QString &tenantId, const Role &draft) override;
    Future<Role> update(const QString &tenantId, const Role &role) override;
    Future<Done> remove(const QString &tenantId, const QString &id) override;

    Future<QList<GrantedScope>> scopes(const QString &tenantId, const QString &roleId) override;
    Future<Done> grantScopes(const QString &tenantId, const QString &roleId,
                             const QStringList &scopeIds) override;
    Future<Done> revokeScope(const QString &tenantId, const QString &roleId, const QString &scopeId) override;

    Future<Done> assignToApplication(const QString &tenantId, const QString &appId,
                                     const QStringList &roleIds) override;
    Future<Done> unassignFromApplication(const QString &tenantId, const QString &appId,
                                         const QString &roleId) override;
    Future<QList<Role>> rolesOfApplication(const QString &tenantId, const QString &appId) override;
    Future<QList<Application>> applicationsOfRole(const QString &tenantId, const QString &roleId) override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
