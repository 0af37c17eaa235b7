#pragma once

#include "backend/Error.h"
#include "model/User.h"

#include <QList>
#include <QString>

// The rules every backend applies to users, as pure functions: a backend keeps only storage or
// transport, and the same input gets the same answer from SQLite, PostgreSQL and a Logto server.

namespace gatehouse::rules {

/// A new user's fields with its plain password or its digest.
struct NewUserCheck
{
    QList<FieldError> errors;
    /// The digest's canonical algorithm name ("Bcrypt"); empty without a digest.
    QString algorithm;
};
NewUserCheck checkNewUser(const User &draft, const QString &password);

/// The digest and algorithm of `user` (when either is given): problems by field, and the
/// canonical algorithm name in *canonical when the algorithm is known.
QList<FieldError> digestProblems(const User &user, QString *canonical);

/// The reason a sensitive action needs (suspend, set a password, remove MFA, delete): present
/// and at most 1,000 characters. It is recorded in the journal.
QList<FieldError> reasonProblems(const QString &reason);

/// Password checks (UsersApi::verifyPassword) are journaled as this action and limited per user:
/// at most passwordCheckLimit in any passwordCheckWindowMs, whoever makes them — a console is no
/// way around the sign-in page's brute-force protection.
inline const char passwordCheckAction[] = "user.password.verify";
inline constexpr int passwordCheckLimit = 5;
inline constexpr qint64 passwordCheckWindowMs = 15 * 60 * 1000;
/// RateLimited when the journal times (unix ms) of the user's earlier checks leave no room for
/// one more at `nowMs`; None otherwise.
Error passwordCheckRateProblem(const QList<qint64> &earlierChecksMs, qint64 nowMs);

/// `before` with the fields UsersApi::update changes taken from `edit` (username, email, phone,
/// name, avatar, profile, custom data); everything else stays as it was.
User withProfileOf(const User &before, const User &edit);

/// The unique keys of a user in a tenant.
enum class UserKey { Username, Email, Phone };
/// "The username "alice" is already taken by user 1a2b." and the like.
QString userClashMessage(UserKey key, const QString &value, const QString &holderId);

} // namespace gatehouse::rules
