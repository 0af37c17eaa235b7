#pragma once

#include "backend/Result.h"
#include "backend/WorkspaceSpec.h"

#include <QFuture>
#include <QString>
#include <optional>

namespace gatehouse::security {
class Keychain;
}

namespace gatehouse::remote {

/// Where a Logto connection gets its machine-to-machine client id and secret.
///
/// Order: credentials already in the spec (a person just typed them) are kept as they are; then
/// the environment (GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET, both or neither); then the
/// system keychain entry of kind credentialsKind() under spec.keychainAccount(), whose value is
/// the JSON object {"clientId": ..., "clientSecret": ...}.
///
/// The secret never reaches QSettings, logs, the journal or an error message: errors name the
/// connection (its keychain account, which holds no secret) and the variable, never a value.
///
/// Thread rule: the functions taking a Keychain must be called on the keychain's thread (it
/// needs a running event loop there); their futures finish on that thread.

/// The keychain kind of connection credentials: "logto".
QString credentialsKind();

/// The client id and secret from GATEHOUSE_CLIENT_ID / GATEHOUSE_CLIENT_SECRET: nullopt when
/// neither is set, a Validation error naming the missing one when only one is set or one is blank.
Result<std::optional<std::pair<QString, QString>>> credentialsFromEnvironment();

/// `spec` with clientId and clientSecret filled in (see the order above). Specs that are not
/// Logto connections come back unchanged. Errors: Validation (half-set environment), NotFound
/// (no keychain entry for this connection), Unavailable (no working keychain), Internal (an
/// entry that is not the expected JSON). Each message says how to provide the credentials.
QFuture<Result<WorkspaceSpec>> resolveCredentials(WorkspaceSpec spec, security::Keychain &keychain);

/// Stores spec.clientId and spec.clientSecret under spec.keychainAccount(). Probes the keychain
/// first: Unavailable when none works (nothing is written then).
QFuture<Result<Done>> saveCredentials(const WorkspaceSpec &spec, security::Keychain &keychain);

/// Removes the keychain entry of the connection. Removing an entry that does not exist succeeds;
/// Unavailable when no keychain works.
QFuture<Result<Done>> removeCredentials(const WorkspaceSpec &spec, security::Keychain &keychain);

/// The keychain value for a client id and secret, and back (nullopt for anything else).
QString encodeCredentials(const QString &clientId, const QString &clientSecret);
std::optional<std::pair<QString, QString>> decodeCredentials(const QString &value);

} // namespace gatehouse::remote
