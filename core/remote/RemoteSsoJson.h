#pragma once

#include "model/SignInExperience.h"
#include "model/SsoConnector.h"

#include <QJsonObject>

namespace gatehouse::remote::logto {

// Enterprise SSO connectors and the sign-in experience as the Management API sends and takes
// them. model/SsoJson.h does the field work; this adds what only a server needs: the client
// secret taken out of what the server returns (Logto sends it back in `config`), versions derived
// from content (Logto keeps none), and request bodies. Readers throw Failure(Internal) for an
// object they cannot read. Worker-thread code only (they throw), otherwise pure.

/// A connector of GET/POST/PATCH /api/sso-connectors…: config without clientSecret
/// (clientSecretSet = the server's was non-empty), tenantId the connection's, version versionOf().
SsoConnector ssoConnector(const QJsonObject &o, const QString &tenantId);
/// The client secret in a connector object as the server sent it (empty: none). Never leaves
/// the worker thread except inside a request body.
QString storedSecret(const QJsonObject &o);
/// A fingerprint of what an edit can conflict with (never of the secret itself: only whether
/// one is set).
qint64 versionOf(const SsoConnector &connector);

/// POST /api/sso-connectors body: providerName, connectorName, config (with `secret` as
/// clientSecret when non-empty), domains, branding, syncProfile.
QJsonObject ssoConnectorCreateBody(const SsoConnector &draft, const QString &secret);
/// PATCH /api/sso-connectors/{id} body with the fields that differ between `before` and
/// `after` (both without secret). Logto replaces `config` as a whole, so a config that is sent
/// always carries a secret: `newSecret` when the edit gives one, else `currentSecret` (the one
/// the server holds). A new secret alone sends the config too. Empty when nothing differs.
QJsonObject ssoConnectorPatch(const SsoConnector &before, const SsoConnector &after, const QString &newSecret,
                              const QString &currentSecret);

/// GET/PATCH /api/sign-in-exp: the parts Gatehouse manages, version from their content.
SignInExperience signInExperience(const QJsonObject &o);
qint64 versionOf(const SignInExperience &experience);
/// PATCH /api/sign-in-exp body with only singleSignOnEnabled and/or mfa, whichever differ. The
/// mfa object starts from the server's `currentMfa` so that MFA settings Gatehouse does not know
/// are sent back unchanged. Empty when nothing differs.
QJsonObject signInExperiencePatch(const QJsonObject &currentMfa, const SignInExperience &before,
                                  const SignInExperience &after);

} // namespace gatehouse::remote::logto
