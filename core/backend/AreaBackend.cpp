#include "backend/AreaBackend.h"

namespace gatehouse {

AreaBackend::~AreaBackend() = default;

void AreaBackend::setAreas(Areas areas)
{
    m_areas = std::move(areas);
}

void AreaBackend::resetAreas()
{
    m_areas = Areas{};
}

TenantsApi &AreaBackend::tenants()
{
    return *m_areas.tenants;
}

ApplicationsApi &AreaBackend::applications()
{
    return *m_areas.applications;
}

ResourcesApi &AreaBackend::resources()
{
    return *m_areas.resources;
}

RolesApi &AreaBackend::roles()
{
    return *m_areas.roles;
}

UsersApi &AreaBackend::users()
{
    return *m_areas.users;
}

OrganizationTemplateApi &AreaBackend::organizationTemplate()
{
    return *m_areas.organizationTemplate;
}

OrganizationsApi &AreaBackend::organizations()
{
    return *m_areas.organizations;
}

SsoConnectorsApi &AreaBackend::ssoConnectors()
{
    return *m_areas.ssoConnectors;
}

SignInExperienceApi &AreaBackend::signInExperience()
{
    return *m_areas.signInExperience;
}

LogsApi &AreaBackend::logs()
{
    return *m_areas.logs;
}

JournalApi &AreaBackend::journal()
{
    return *m_areas.journal;
}

AccessControlApi &AreaBackend::access()
{
    return *m_areas.access;
}

} // namespace gatehouse
