#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

/// Enterprise SSO providers, named as Logto's `providerName`.
enum class SsoProvider { OIDC, SAML, AzureAD, AzureAdOidc, GoogleWorkspace, Okta };
QString ssoProviderName(SsoProvider provider); ///< "OIDC", "SAML", "AzureAD", …
bool parseSsoProvider(const QString &name, SsoProvider *provider);
QList<SsoProvider> allSsoProviders();
/// SAML and AzureAD speak SAML; the others OpenID Connect.
bool isSamlProvider(SsoProvider provider);

struct SsoBranding
{
    QString displayName;
    QString logo;
    QString darkLogo;
    friend bool operator==(const SsoBranding &, const SsoBranding &) = default;
};

/// An enterprise SSO connector.
///
/// `config` uses Logto's keys. OIDC family (OIDC, AzureAdOidc, GoogleWorkspace, Okta): issuer,
/// clientId, clientSecret, scope. SAML family (SAML, AzureAD): metadataUrl, or metadata (XML),
/// or entityId + signInEndpoint + x509Certificate (PEM).
///
/// The client secret is write-only: a connector read from a backend never carries
/// config["clientSecret"]; `clientSecretSet` tells whether one is stored. On update, a config
/// without "clientSecret" keeps the stored secret; a non-empty one replaces it.
struct SsoConnector
{
    QString id;
    QString tenantId;
    SsoProvider providerName = SsoProvider::OIDC;
    QString connectorName;
    QJsonObject config;
    QStringList domains; ///< normalized email domains, unique across the tenant's connectors
    SsoBranding branding;
    bool syncProfile = false;
    bool clientSecretSet = false;
    qint64 createdAt = 0;
    qint64 version = 0;
};

} // namespace gatehouse
