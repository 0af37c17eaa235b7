#pragma once

#include "model/User.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace gatehouse::remote::logto {

// Users as the Management API sends and takes them. Readers throw Failure(Internal) for an
// object they cannot read. Worker-thread code only (they throw), otherwise pure.

/// Logto never says which algorithm holds a user's password (only "hasPassword"): a user with
/// a password reads this passwordAlgorithm, so User::hasPassword() stays true.
inline constexpr char undisclosedPasswordAlgorithm[] = "Unknown";

/// A user of GET/POST/PATCH /api/users…: tenantId is the connection's, version userVersion().
/// mfaCount is 0 (user objects do not carry it; see RemoteUsers::get).
User user(const QJsonObject &o, const QString &tenantId);

/// The version of a user: a fingerprint of what an edit can conflict with (identifiers, name,
/// avatar, profile, customData, identities, suspension, whether a password is set). Neither
/// updatedAt nor lastSignInAt: a user signing in is not an edit.
qint64 userVersion(const User &user);

/// An entry of GET /api/users/{id}/mfa-verifications (createdAt/lastUsedAt as ISO text or ms).
MfaVerification mfaVerification(const QJsonObject &o);

/// Logto keeps phone numbers as digits only ("+1 (415) 555-0101" is sent as "14155550101").
QString phoneForLogto(const QString &phone);

/// POST /api/users body: identifiers, name, avatar, profile, customData and either `password`
/// (plain; Logto hashes it) or passwordDigest + passwordAlgorithm.
QJsonObject userCreateBody(const User &draft, const QString &password);

/// PATCH /api/users/{id} body with the editable fields that differ between `before` and `after`
/// (cleared text is sent as null; profile and customData whole: Logto replaces them). Empty
/// when nothing differs.
QJsonObject userPatch(const User &before, const User &after);

/// `text` as a Logto `like` pattern matching it anywhere: %text% with \, % and _ escaped.
QString containsPattern(const QString &text);

/// Adds key=value to a query so that the session sends `value` exactly (a '%' in it is not
/// taken for an escape).
void addQueryValue(QUrlQuery &query, const QString &key, const QString &value);

} // namespace gatehouse::remote::logto
