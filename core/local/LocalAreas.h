#pragma once

#include "backend/Backend.h"

#include <memory>

namespace gatehouse::local {

class LocalBackend;

// The areas of a workspace whose implementation fits one file; each file defines its class and
// the function that makes it. Users and organizations span several files (LocalUsers.h,
// LocalOrganizations.h).

std::unique_ptr<TenantsApi> makeTenants(LocalBackend &backend);
std::unique_ptr<ApplicationsApi> makeApplications(LocalBackend &backend);
std::unique_ptr<ResourcesApi> makeResources(LocalBackend &backend);
std::unique_ptr<RolesApi> makeRoles(LocalBackend &backend);
std::unique_ptr<OrganizationTemplateApi> makeOrganizationTemplate(LocalBackend &backend);
std::unique_ptr<SsoConnectorsApi> makeSsoConnectors(LocalBackend &backend);
std::unique_ptr<SignInExperienceApi> makeSignInExperience(LocalBackend &backend);
std::unique_ptr<LogsApi> makeLogs(LocalBackend &backend);
std::unique_ptr<JournalApi> makeJournal(LocalBackend &backend);
std::unique_ptr<AccessControlApi> makeAccess(LocalBackend &backend);

} // namespace gatehouse::local
