#pragma once

#include "backend/Result.h"
#include "model/SignInExperience.h"
#include "model/SsoConnector.h"

#include <QJsonObject>

namespace gatehouse::json {

// Enterprise SSO connectors and the sign-in experience in Logto's JSON shapes
// (GET /api/sso-connectors/{id}, GET /api/sign-in-exp).

/// {id, tenantId, providerName, connectorName, config, domains, branding, syncProfile, createdAt}.
/// config never carries clientSecret, even when the value holds one (drafts).
QJsonObject toJson(const SsoConnector &connector);
/// Logto's response shape, or a draft read from a file. Keeps config.clientSecret when present
/// (a draft's secret); call withoutSecret() on connectors read from a server. Ignores fields
/// Logto adds (name, providerType, providerLogo, enableTokenStorage, …).
Result<SsoConnector> ssoConnectorFromJson(const QJsonObject &o);
/// Moves a secret out of `connector.config`: clientSecretSet becomes true when one was there.
SsoConnector withoutSecret(SsoConnector connector);
/// Journal form: toJson with config.clientSecret "[redacted]" when a secret is stored.
QJsonObject redactedJson(const SsoConnector &connector);

/// {singleSignOnEnabled, mfa: {factors, policy, organizationRequiredMfaPolicy}}.
QJsonObject toJson(const SignInExperience &experience);
/// Reads the same keys from a full Logto sign-in experience (others ignored); absent keys keep
/// Logto's defaults (SSO off, no factors, UserControlled, NoPrompt).
Result<SignInExperience> signInExperienceFromJson(const QJsonObject &o);

} // namespace gatehouse::json
