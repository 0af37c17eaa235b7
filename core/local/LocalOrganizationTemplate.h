#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalOrganizationTemplate final : public OrganizationTemplateApi
{
public:
    explicit LocalOrganizationTemplate(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<OrganizationScope>> scopes(const QString &tenantId) override;
    Future<OrganizationScope> createScope(const QString &tenantId, const OrganizationScope &draft) override;
    Future<OrganizationScope> updateScope(const QString &tenantId, const OrganizationScope &scope) override;
    Future<Done> removeScope(const QString &tenantId, const QString &scopeId) override;
    Future<QList<OrganizationRole>> roles(const QString &tenantId) override;
    Future<OrganizationRole> getRole(const QString &tenantId, const QString &roleId) override;
    Future<OrganizationRole> createRole(const QString &tenantId, const OrganizationRole &draft) override;
    Future<OrganizationRole> updateRole(const QString &tenantId, const OrganizationRole &role) override;
    Future<Done> removeRole(const QString &tenantId, const QString &roleId) override;
    Future<OrganizationRoleGrants> grants(const QString &tenantId, const QString &roleId) override;
    Future<Done> setOrganizationScopes(const QString &tenantId, const QString &roleId,
                                       const QStringList &organizationScopeIds) override;
    Future<Done> setResourceScopes(const QString &tenantId, const QString &roleId,
                                   const QStringList &scopeIds) override;

private:
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
