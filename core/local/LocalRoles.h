#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalRoles final : public RolesApi
{
public:
    explicit LocalRoles(LocalBackend &backend)
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
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
