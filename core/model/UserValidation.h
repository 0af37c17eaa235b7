#pragma once

#include "backend/Error.h"
#include "model/User.h"

namespace gatehouse::validation {

/// Logto's username rule: a letter or underscore, then letters, digits or underscores; ≤ 128.
QString usernameProblem(const QString &username);
/// A plausible address (local@domain.tld, no spaces, ≤ 254 characters).
QString emailProblem(const QString &email);
/// E.164-like: optional leading +, digits with optional spaces, dashes, dots or parentheses;
/// 7 to 15 digits in all.
QString phoneProblem(const QString &phone);
/// New passwords set by an administrator: 8 to 256 characters.
QString passwordProblem(const QString &password);

/// Every problem of a user draft or edit (profile fields, custom data, identifiers).
QList<FieldError> user(const User &user);

/// Case-insensitive keys used for uniqueness and search.
QString usernameKey(const QString &username);
QString emailKey(const QString &email);
QString phoneKey(const QString &phone); ///< digits only
/// The phone key of a search text written as a phone number (digits, "+", spaces, "( ) . -"),
/// or empty for any other text ("alice_123" is not the phone number 123).
QString searchPhoneKey(const QString &text);

} // namespace gatehouse::validation
