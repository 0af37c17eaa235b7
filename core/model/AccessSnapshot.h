#pragma once

#include "model/Organization.h"
#include "model/SignInExperience.h"
#include "model/SsoConnector.h"
#include "model/User.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace gatehouse {

/// Everything the access explainer (explain/AccessExplainer.h) needs to answer "what happens
/// when EMAIL signs in?", read from one backend in one go.
struct AccessSnapshot
{
    QString email;  ///< as asked
    QString domain; ///< normalized domain part of the email
    SignInExperience signIn;
    QList<SsoConnector> connectors; ///< every connector of the tenant (without secrets)
    /// Organizations the answer may involve: those whose JIT names the email's domain or any
    /// connector, and those the user already belongs to.
    QList<Organization> organizations;
    QHash<QString, OrganizationJit> jit; ///< by organization id, for `organizations`
    std::optional<User> user;            ///< the user whose primaryEmail is `email` (case-insensitive)
    QList<UserOrganization> memberships; ///< the user's current organizations and roles
    /// Connectors the user has signed in through before, when the backend knows (Logto records
    /// SSO identities; a local workspace has no sign-ins and leaves ssoIdentitiesKnown false).
    QStringList userSsoConnectorIds;
    bool ssoIdentitiesKnown = false;
};

} // namespace gatehouse
