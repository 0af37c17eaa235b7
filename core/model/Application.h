#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gatehouse {

/// Logto's application types, spelled as Logto spells them in JSON.
enum class ApplicationType { Native, SPA, Traditional, MachineToMachine, Protected, SAML };

QString applicationTypeName(ApplicationType type);
bool parseApplicationType(const QString &name, ApplicationType *type);
QList<ApplicationType> allApplicationTypes();
/// Secrets exist only for confidential clients: MachineToMachine, Traditional and Protected.
bool applicationTypeHasSecrets(ApplicationType type);
/// Types that sign users in through a browser redirect (and so need redirect URIs).
bool applicationTypeUsesRedirects(ApplicationType type);

/// Bounds shared by validation and editors.
namespace limits {
constexpr int nameMax = 256;
constexpr int descriptionMax = 2048;
constexpr int uriMax = 2048;
constexpr int urisPerListMax = 100;
constexpr int idTokenTtlMin = 60;    // seconds
constexpr int idTokenTtlMax = 86400; // seconds
constexpr int refreshTtlDaysMin = 1;
constexpr int refreshTtlDaysMax = 180;
constexpr int accessTokenTtlMin = 60;         // seconds
constexpr int accessTokenTtlMax = 86400 * 30; // seconds
constexpr int scopeNameMax = 256;
} // namespace limits

/// An OIDC/SAML client registered in a tenant. Field names follow Logto's JSON
/// (oidcClientMetadata / customClientMetadata are flattened here).
struct Application
{
    QString id;
    QString tenantId;
    QString name;
    QString description;
    ApplicationType type = ApplicationType::SPA;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList corsAllowedOrigins;
    int idTokenTtl = 3600;          ///< seconds
    int refreshTokenTtlInDays = 14; ///< 1..180
    bool rotateRefreshToken = true;
    bool alwaysIssueRefreshToken = false;
    bool isThirdParty = false;
    qint64 createdAt = 0; ///< unix ms
    qint64 version = 0;   ///< row version; 0 for a draft

    /// Set only on the object returned by ApplicationsApi::create for confidential types: the
    /// value of the initial "Default secret". Never filled by list/get.
    QString secret;
};

/// A client secret. `value` is filled only in the object returned by createSecret; lists carry
/// `maskedValue` ("••••abcd"), because only a hash and the last four characters are stored.
struct ApplicationSecret
{
    QString applicationId;
    QString name;
    QString value;
    QString maskedValue;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt; ///< unix ms; none = never expires
};

} // namespace gatehouse
