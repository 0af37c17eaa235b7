#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"
#include "local/LocalSql.h"
#include "sql/SqlConnection.h"

#include <memory>

namespace gatehouse::local {

class LocalTenants;
class LocalApplications;
class LocalResources;
class LocalRoles;
class LocalOrganizationTemplate;
class LocalOrganizations;
class LocalSsoConnectors;
class LocalSignInExperience;
class LocalUsers;
class LocalJournal;

/// The Qt Sql backend for SQLite files and PostgreSQL servers.
///
/// One connection on a thread of its own (sql::SqlConnection); operations run there in
/// submission order, so the caller's thread never waits on SQL. Futures finish on that thread.
class LocalBackend final : public Backend
{
public:
    explicit LocalBackend(WorkspaceSpec spec);
    ~LocalBackend() override;

    QString location() const override;
    Capabilities capabilities() const override;
    Future<Done> open() override;
    void setOperator(const QString &operatorName) override;
    QString operatorName() const override;

    TenantsApi &tenants() override;
    ApplicationsApi &applications() override;
    ResourcesApi &resources() override;
    RolesApi &roles() override;
    UsersApi &users() override;
    OrganizationTemplateApi &organizationTemplate() override;
    OrganizationsApi &organizations() override;
    SsoConnectorsApi &ssoConnectors() override;
    SignInExperienceApi &signInExperience() override;
    JournalApi &journal() override;

    const WorkspaceSpec &spec() const { return m_spec; }

    /// Runs `fn(SqlSession &)` on the connection's thread. `fn` returns T or throws Failure.
    template <typename T, typename F>
    Future<T> submit(F fn)
    {
        return m_connection.submit<T>(std::move(fn));
    }

private:
    WorkspaceSpec m_spec;
    QString m_operator;
    std::unique_ptr<LocalTenants> m_tenants;
    std::unique_ptr<LocalApplications> m_applications;
    std::unique_ptr<LocalResources> m_resources;
    std::unique_ptr<LocalRoles> m_roles;
    std::unique_ptr<LocalOrganizationTemplate> m_organizationTemplate;
    std::unique_ptr<LocalOrganizations> m_organizations;
    std::unique_ptr<LocalSsoConnectors> m_ssoConnectors;
    std::unique_ptr<LocalSignInExperience> m_signInExperience;
    std::unique_ptr<LocalUsers> m_users;
    std::unique_ptr<LocalJournal> m_journal;
    /// Last: destroyed first, so the operations still queued finish while the areas exist.
    sql::SqlConnection m_connection;
};

} // namespace gatehouse::local
