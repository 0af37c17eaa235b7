#pragma once

#include "FakeLogto.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace gatehouse::test {

/// The in-memory data of a FakeLogto, shared by the FakeLogtoApi*.cpp files. Objects are kept
/// in Logto's JSON shape (what GET returns). Every handler locks `mutex` for its whole run
/// (handlers run on the server thread; tests may inspect from theirs).
struct FakeLogto::State
{
    QMutex mutex;
    /// GET /api/users and /api/roles/{id}/users with a substring search (any mode but exact)
    /// answer this much later, as Logto does over a pool of a million users (1–2 s); exact
    /// searches, plain lists and single users answer at once.
    int substringSearchDelayMs = 0;

    QMap<QString, QJsonObject> applications;              ///< id → application
    QMap<QString, QList<QJsonObject>> applicationSecrets; ///< app id → secrets (with value)
    QMap<QString, QJsonObject> samlConfigs;               ///< SAML app id → its SAML settings
    QMap<QString, QJsonObject> resources;                 ///< id → resource
    QMap<QString, QJsonObject> scopes;                    ///< id → scope (resourceId inside)
    QMap<QString, QJsonObject> roles;                     ///< id → role
    QMap<QString, QSet<QString>> roleScopes;              ///< role id → scope ids
    QMap<QString, QSet<QString>> applicationRoles;        ///< app id → role ids (M2M)
    QMap<QString, QJsonObject> users;                     ///< id → user (passwordDigest kept only here)
    QMap<QString, QSet<QString>> userRoles;               ///< user id → role ids
    QMap<QString, QList<QJsonObject>> mfaVerifications;   ///< user id → verifications
    // Organizations (FakeLogtoApiOrganization*.cpp, FakeLogtoApiInvitations.cpp). Relations are
    // kept by id; deleting either side removes them (see forget*InOrganizations below).
    QMap<QString, QJsonObject> organizationScopes;                 ///< id → organization scope
    QMap<QString, QJsonObject> organizationRoles;                  ///< id → organization role
    QMap<QString, QSet<QString>> organizationRoleScopes;           ///< org role id → org scope ids
    QMap<QString, QSet<QString>> organizationRoleResourceScopes;   ///< org role id → API scope ids
    QMap<QString, QJsonObject> organizations;                      ///< id → organization
    QMap<QString, QMap<QString, QSet<QString>>> organizationUsers; ///< org id → user id → role ids
    QMap<QString, QMap<QString, QSet<QString>>> organizationApps;  ///< org id → app id → role ids
    QMap<QString, QJsonObject> organizationInvitations;            ///< id → invitation (no roles)
    QMap<QString, QSet<QString>> invitationRoles;                  ///< invitation id → org role ids
    QMap<QString, QStringList> jitEmailDomains;                    ///< org id → domains
    QMap<QString, QSet<QString>> jitSsoConnectors;                 ///< org id → SSO connector ids
    QMap<QString, QSet<QString>> jitRoles;                         ///< org id → org role ids
    /// Set by the SSO connector endpoints: the connector as GET /api/sso-connectors/{id} shows it,
    /// or an empty object when there is none (the JIT endpoints check ids with it). Called with
    /// `mutex` held.
    std::function<QJsonObject(const QString &connectorId)> ssoConnectorById;
    // Enterprise SSO and the sign-in experience (FakeLogtoApiSso.cpp,
    // FakeLogtoApiSignInExperience.cpp).
    QMap<QString, QJsonObject> ssoConnectors; ///< id → connector as stored (config with its secret)
    QJsonObject signInExperience;             ///< Logto's whole default sign-in experience
    /// user id → connector id → enterprise SSO identity (see fakelogto::addSsoIdentity).
    QMap<QString, QMap<QString, QJsonObject>> ssoIdentities;
    // Logs and the dashboard (FakeLogtoApiLogs.cpp).
    /// Sign-in and token events in Logto's JSON ({tenantId, id, key, payload, createdAt}), in any
    /// order (GET /api/logs sorts them); seed with fakelogto::addLog or append directly.
    QList<QJsonObject> logs;
    /// Whether GET /api/logs honours start_time/end_time; false answers like an older Logto,
    /// which ignores them (and so never refuses a malformed one).
    bool logTimeWindows = true;
    /// How many GET /api/logs requests reached the handler (refused ones included).
    int logListRequests = 0;
    /// GET /api/logs answers this much later (a test that interrupts a sync needs one to last).
    int logListDelayMs = 0;

    /// Creation time of objects whose JSON carries none (resources, roles), for list order.
    QMap<QString, qint64> createdAt;

    /// Insertion order for lists ordered by creation (Logto orders users by createdAt desc).
    qint64 clock = 0; ///< last timestamp handed out; strictly increasing unix ms
    qint64 nextTimestamp();
};

// The data endpoints, one installer per area (each in its own FakeLogtoApi*.cpp); installApi()
// calls them all. Handlers lock state.mutex for their whole run.
void installApplicationsApi(FakeLogto &fake, FakeLogto::State &state); ///< FakeLogtoApiApps.cpp
void installResourcesApi(FakeLogto &fake, FakeLogto::State &state);    ///< FakeLogtoApiResources.cpp
void installRolesApi(FakeLogto &fake, FakeLogto::State &state);        ///< FakeLogtoApiRoles.cpp
void installUsersApi(FakeLogto &fake, FakeLogto::State &state);        ///< FakeLogtoApiUsers.cpp

/// FakeLogtoApiOrganizationTemplate.cpp, FakeLogtoApiOrganization{s,Members}.cpp, FakeLogtoApiInvitations.cpp
void installOrganizationTemplateApi(FakeLogto &fake, FakeLogto::State &state);
void installOrganizationsApi(FakeLogto &fake, FakeLogto::State &state);
void installInvitationsApi(FakeLogto &fake, FakeLogto::State &state);

// Cascades into the organization data, called (under state.mutex) by the endpoints that delete
// the other side (FakeLogtoApiOrganizations.cpp implements them).
void forgetUserInOrganizations(FakeLogto::State &state, const QString &userId);
void forgetApplicationInOrganizations(FakeLogto::State &state, const QString &applicationId);
/// An API-resource scope was deleted (alone or with its resource).
void forgetResourceScopeInOrganizations(FakeLogto::State &state, const QString &scopeId);
/// An SSO connector was deleted: its organizations' JIT links go.
void forgetSsoConnectorInOrganizations(FakeLogto::State &state, const QString &connectorId);

/// FakeLogtoApiSso.cpp
void installSsoApi(FakeLogto &fake, FakeLogto::State &state);
/// FakeLogtoApiSignInExperience.cpp
void installSignInExperienceApi(FakeLogto &fake, FakeLogto::State &state);
/// FakeLogtoApiLogs.cpp: /api/logs and /api/dashboard/users/*.
void installLogsApi(FakeLogto &fake, FakeLogto::State &state);

/// Helpers shared by the endpoint files (FakeLogtoApi.cpp).
namespace fakelogto {
/// A Logto id: `length` characters from [0-9a-z].
QString newId(int length = 21);
/// A secret as Logto makes them: 32 characters from [0-9A-Za-z].
QString newSecret();
/// A bearer token nobody can guess ("fake." and 24 random bytes, base64url).
QByteArray newToken();
/// 404 for an id that does not exist: entity.not_exists_with_id.
HttpResponse notFound(const QString &id);
/// 404 for a relation that does not exist: entity.not_found.
HttpResponse relationNotFound();
/// 400 guard.invalid_input naming what is wrong.
HttpResponse invalidInput(const QString &message);
/// The request body as a JSON object, or nullopt when it is not one.
std::optional<QJsonObject> bodyObject(const HttpRequest &request);
/// `objects` in creation order (`createdAt` of the object, else of state.createdAt), oldest first.
QJsonArray inCreationOrder(const FakeLogto::State &state, const QMap<QString, QJsonObject> &objects);
/// A string field of length min..max (Logto's guard); sets *error when it is not.
QString boundedString(const QJsonObject &body, const char *key, int min, int max, bool required,
                      QString *error);
/// Records that `userId` has signed in through SSO connector `connectorId` (the enterprise SSO
/// identity Logto keeps from the first sign-in on) and returns it. Call with state.mutex held.
QJsonObject addSsoIdentity(FakeLogto::State &state, const QString &userId, const QString &connectorId,
                           const QString &identityId);
/// Records a log (FakeLogtoApiLogs.cpp): a new 21-character id, tenantId "default", `key`, and a
/// payload of `extraPayload` (ip, userAgent, applicationId, userId, sessionId, error, params…)
/// with key and result ("Success" or "Error") set from the arguments; appends it to state.logs
/// and returns it. Call with state.mutex held.
QJsonObject addLog(FakeLogto::State &state, const QString &key, bool success, qint64 createdAt,
                   const QJsonObject &extraPayload = {});
} // namespace fakelogto

} // namespace gatehouse::test
