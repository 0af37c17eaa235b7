#pragma once

#include "backend/Backend.h"

#include <memory>

namespace gatehouse {

/// A Backend assembled from one object per area — what every backend is: the local one, the
/// remote one and the decorator. It owns the areas and answers the accessors; a subclass builds
/// the areas in its constructor (setAreas()) and implements the rest of Backend.
///
/// Destruction: the areas go after the subclass's own members, so a subclass whose worker runs
/// queued calls on destruction stops it first (in its destructor or by member order).
class AreaBackend : public Backend
{
public:
    struct Areas
    {
        std::unique_ptr<TenantsApi> tenants;
        std::unique_ptr<ApplicationsApi> applications;
        std::unique_ptr<ResourcesApi> resources;
        std::unique_ptr<RolesApi> roles;
        std::unique_ptr<UsersApi> users;
        std::unique_ptr<OrganizationTemplateApi> organizationTemplate;
        std::unique_ptr<OrganizationsApi> organizations;
        std::unique_ptr<SsoConnectorsApi> ssoConnectors;
        std::unique_ptr<SignInExperienceApi> signInExperience;
        std::unique_ptr<LogsApi> logs;
        std::unique_ptr<JournalApi> journal;
        std::unique_ptr<AccessControlApi> access;
    };

    ~AreaBackend() override;

    TenantsApi &tenants() override;
    ApplicationsApi &applications() override;
    ResourcesApi &resources() override;
    RolesApi &roles() override;
    UsersApi &users() override;
    OrganizationTemplateApi &organizationTemplate() override;
    OrganizationsApi &organizations() override;
    SsoConnectorsApi &ssoConnectors() override;
    SignInExperienceApi &signInExperience() override;
    LogsApi &logs() override;
    JournalApi &journal() override;
    AccessControlApi &access() override;

protected:
    /// Call once, from the subclass's constructor, with every area set.
    void setAreas(Areas areas);
    /// Destroys the areas now (before members they refer to).
    void resetAreas();

private:
    Areas m_areas;
};

} // namespace gatehouse
