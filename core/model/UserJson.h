#pragma once

#include "backend/Result.h"
#include "model/User.h"

#include <QJsonObject>

namespace gatehouse::json {

/// Logto's user shape (hasPassword instead of the digest). With `withDigest`, also
/// passwordDigest and passwordAlgorithm (exports that the operator asked for explicitly).
QJsonObject toJson(const User &user, bool withDigest = false);
QJsonObject toJson(const MfaVerification &verification);

/// Reads a Logto-shaped user object (as the Management API accepts on create, plus id,
/// createdAt, isSuspended, lastSignInAt for imports). Type errors name the field.
Result<User> userFromJson(const QJsonObject &o);

} // namespace gatehouse::json
