#include "local/LocalBackend.h"

#include "local/LocalApplications.h"
#include "local/LocalJournal.h"
#include "local/LocalOrganizationTemplate.h"
#include "local/LocalOrganizations.h"
#include "local/LocalResources.h"
#include "local/LocalRoles.h"
#include "local/LocalSignInExperience.h"
#include "local/LocalSsoConnectors.h"
#include "local/LocalTenants.h"
#include "local/LocalUsers.h"
#include "local/Migrations.h"
#include "local/SqliteFunctions.h"
#include "util/SystemUser.h"

namespace gatehouse::local {

namespace {
/// What a workspace needs on every open: the search functions (SQLite) and its migrations.
void prepareWorkspace(SqlSession &session)
{
    if (session.dialect() == Dialect::Sqlite)
        registerSqliteFunctions(session);
    migrate(session);
}
} // namespace

LocalBackend::LocalBackend(WorkspaceSpec spec)
    : m_spec(std::move(spec))
    , m_operator(systemUserName())
    , m_tenants(std::make_unique<LocalTenants>(*this))
    , m_applications(std::make_unique<LocalApplications>(*this))
    , m_resources(std::make_unique<LocalResources>(*this))
    , m_roles(std::make_unique<LocalRoles>(*this))
    , m_organizationTemplate(std::make_unique<LocalOrganizationTemplate>(*this))
    , m_organizations(std::make_unique<LocalOrganizations>(*this))
    , m_ssoConnectors(std::make_unique<LocalSsoConnectors>(*this))
    , m_signInExperience(std::make_unique<LocalSignInExperience>(*this))
    , m_users(std::make_unique<LocalUsers>(*this))
    , m_journal(std::make_unique<LocalJournal>(*this))
    , m_connection(m_spec, prepareWorkspace, QStringLiteral("gatehouse-sql"))
{
    m_connection.setOperatorName(m_operator);
}

// The connection runs the operations already queued (their futures finish), then closes.
LocalBackend::~LocalBackend() = default;

QString LocalBackend::location() const
{
    return m_spec.displayLocation();
}

Capabilities LocalBackend::capabilities() const
{
    return Capabilities{};
}

Future<Done> LocalBackend::open()
{
    return m_connection.open();
}

void LocalBackend::setOperator(const QString &operatorName)
{
    m_operator = operatorName;
    m_connection.setOperatorName(operatorName);
}

QString LocalBackend::operatorName() const
{
    return m_operator;
}

TenantsApi &LocalBackend::tenants()
{
    return *m_tenants;
}

ApplicationsApi &LocalBackend::applications()
{
    return *m_applications;
}

ResourcesApi &LocalBackend::resources()
{
    return *m_resources;
}

RolesApi &LocalBackend::roles()
{
    return *m_roles;
}

OrganizationTemplateApi &LocalBackend::organizationTemplate()
{
    return *m_organizationTemplate;
}

OrganizationsApi &LocalBackend::organizations()
{
    return *m_organizations;
}

SsoConnectorsApi &LocalBackend::ssoConnectors()
{
    return *m_ssoConnectors;
}

SignInExperienceApi &LocalBackend::signInExperience()
{
    return *m_signInExperience;
}

UsersApi &LocalBackend::users()
{
    return *m_users;
}

JournalApi &LocalBackend::journal()
{
    return *m_journal;
}

} // namespace gatehouse::local
