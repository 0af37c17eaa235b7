#pragma once

#include "backend/Backend.h"

#include <QHash>
#include <memory>

namespace gatehouse::remote {

class RemoteBackend;
class RemoteSession;

// The areas of a Logto connection whose implementation fits one file; each file defines its
// class and the function that makes it. Users and organizations span several files
// (RemoteUsers.h, RemoteOrganizations.h).

std::unique_ptr<TenantsApi> makeTenants(RemoteBackend &backend);
std::unique_ptr<ApplicationsApi> makeApplications(RemoteBackend &backend);
std::unique_ptr<ResourcesApi> makeResources(RemoteBackend &backend);
std::unique_ptr<RolesApi> makeRoles(RemoteBackend &backend);
std::unique_ptr<OrganizationTemplateApi> makeOrganizationTemplate(RemoteBackend &backend);
std::unique_ptr<SsoConnectorsApi> makeSsoConnectors(RemoteBackend &backend);
std::unique_ptr<SignInExperienceApi> makeSignInExperience(RemoteBackend &backend);
std::unique_ptr<LogsApi> makeLogs(RemoteBackend &backend);
std::unique_ptr<AccessControlApi> makeAccess(RemoteBackend &backend);

/// The application types ApplicationsApi::create accepts on Logto (Capabilities::applicationTypes):
/// Protected applications need Logto Cloud settings Gatehouse does not manage.
QList<ApplicationType> creatableApplicationTypes();

/// Logto requires a role description of 1 to this many characters.
constexpr int roleDescriptionMax = 128;

// Worker-thread code (throws Failure):

/// Every SSO connector of the tenant (GET /api/sso-connectors returns them all), without
/// secrets, oldest first as the local backend lists them.
QList<SsoConnector> fetchSsoConnectors(RemoteSession &session, const QString &tenantId);

/// Finds scopes by id: first in the resources the backend's cache (and `resourceHint`) names,
/// then in every resource. Ids no resource has are missing from the result.
QHash<QString, Scope> findScopes(RemoteSession &s, const RemoteBackend &b, const QStringList &scopeIds,
                                 const QString &resourceHint = {});

/// What the access explainer needs about `email`, read from the server (RemoteAccessSnapshot.cpp).
AccessSnapshot fetchAccessSnapshot(RemoteSession &session, const RemoteBackend &backend,
                                   const QString &email);

} // namespace gatehouse::remote
