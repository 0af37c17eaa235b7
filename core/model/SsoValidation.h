#pragma once

#include "backend/Error.h"
#include "model/SsoConnector.h"
#include "security/Certificate.h"

#include <optional>

namespace gatehouse::sso {

/// Connector names are at most this long (Logto's limit).
inline constexpr int connectorNameMax = 128;
/// A SAML signing certificate expiring sooner than this gets a warning.
inline constexpr qint64 certificateWarningMs = qint64(30) * 24 * 60 * 60 * 1000;
/// Google Workspace connectors always use Google's issuer; config.issuer may be left out.
inline constexpr char googleIssuer[] = "https://accounts.google.com";

/// The outcome of checking a connector. Errors refuse the save; warnings are shown (editor,
/// CLI) and never refuse it — a public email provider's domain, a certificate about to expire.
/// Field names are Logto's JSON names ("config.issuer", "domains[1]").
struct ConnectorCheck
{
    QList<FieldError> errors;
    QList<FieldError> warnings;
    /// The connector's domains normalized (emaildomains::normalize), duplicates dropped, in the
    /// order given; invalid ones left out.
    QStringList domains;
    /// The parsed SAML signing certificate (config.x509Certificate), for display.
    std::optional<security::CertificateInfo> certificate;

    bool ok() const { return errors.isEmpty(); }
};

/// Checks a connector draft or edit. Rules:
/// - connectorName required, at most connectorNameMax characters;
/// - OIDC family (OIDC, AzureAdOidc, GoogleWorkspace, Okta): config.issuer an absolute https URL
///   (GoogleWorkspace: may be left out, Google's issuer is implied), config.clientId required,
///   config.clientSecret required unless `secretStored` (an update keeping the stored secret),
///   config.scope (space-separated, optional: Logto's default is "openid") must include openid;
/// - SAML family (SAML, AzureAD): config.metadataUrl (https) or config.metadata (well-formed XML
///   whose root is an EntityDescriptor) or config.entityId + config.signInEndpoint (https) +
///   config.x509Certificate (PEM; expired → error, expiring within 30 days → warning);
/// - domains: each a valid domain (normalized); public email providers → warning;
/// - branding.logo / branding.darkLogo: absolute http(s) URLs when set.
/// Pure: reads nothing but the arguments and the built-in public-provider list.
ConnectorCheck checkConnector(const SsoConnector &connector, bool secretStored, qint64 nowMs);

/// The client secret a draft or edit carries in its config (empty: none given; SAML connectors
/// have none). It is written to storage, never read back.
QString secretOf(const SsoConnector &connector);

/// `before` as `edit` changes it: the name (trimmed), the config without the secret, the
/// checked `domains`, branding and profile sync. Whether a secret is stored, the provider, the
/// id and the version stay as they were.
SsoConnector withEditOf(const SsoConnector &before, const SsoConnector &edit, const QStringList &domains);

/// True when the connector's configuration has everything sign-in needs (required fields
/// present and well-formed; a stored client secret counts). Sign-in is routed by email domain
/// only to complete connectors (DESIGN.md §3). Certificate expiry does not make it incomplete.
bool isConfigComplete(const SsoConnector &connector);

} // namespace gatehouse::sso
