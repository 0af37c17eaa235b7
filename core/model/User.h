#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gatehouse {

/// An end user of a tenant. Field names follow Logto's user object.
struct User
{
    QString id; ///< 12 characters [0-9a-z]
    QString tenantId;
    QString username;     ///< unique per tenant, case-insensitively; may be empty
    QString primaryEmail; ///< unique per tenant, case-insensitively; may be empty
    QString primaryPhone; ///< unique per tenant by its digits; may be empty
    QString name;
    QString avatar;
    QJsonObject profile;          ///< OIDC standard claims (givenName, familyName, address{…}, …)
    QJsonObject customData;       ///< any JSON object
    QJsonObject identities;       ///< social identities, read-only here
    QString passwordDigest;       ///< never shown in lists; exported only on request
    QString passwordAlgorithm;    ///< Logto's name ("Argon2id", "Bcrypt", "Legacy", …); empty = no password
    bool passwordExpired = false; ///< the user must choose a new password at the next sign-in
    bool isSuspended = false;
    int mfaCount = 0; ///< number of MFA verifications (read-only)
    std::optional<qint64> lastSignInAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;

    bool hasPassword() const { return !passwordAlgorithm.isEmpty(); }
};

/// A user's MFA factor ("Totp", "WebAuthn", "BackupCode", "EmailVerificationCode",
/// "PhoneVerificationCode").
struct MfaVerification
{
    QString id;
    QString type;
    QString name;
    qint64 createdAt = 0;
    std::optional<qint64> lastUsedAt;
};

/// What the user list shows and how it is ordered. Text search is a case-insensitive substring
/// match over id, username, primaryEmail, primaryPhone and name.
struct UserQuery
{
    enum class Sort { CreatedDesc, Username, Email, LastSignInDesc };

    QString search;
    std::optional<bool> suspended;
    std::optional<bool> hasPassword;
    std::optional<bool> hasMfa;
    QString roleId;
    /// Only members of at least one of these organizations (empty = no such limit). Access
    /// control sets it for organization admins.
    QStringList organizationIds;
    std::optional<qint64> createdFrom, createdTo;       ///< unix ms, inclusive / exclusive
    std::optional<qint64> lastSignInFrom, lastSignInTo; ///< unix ms, inclusive / exclusive
    Sort sort = Sort::CreatedDesc;
    /// `search` is a whole id, username, email or phone number (compared as the uniqueness
    /// checks compare them) instead of a part of any searched field: what a store answers from
    /// its unique indexes at once. The user list asks this first where a substring search is slow.
    bool exactSearch = false;

    friend bool operator==(const UserQuery &, const UserQuery &) = default;
};

/// Opaque position in a sorted user list: the sort key of the last row of the previous page.
struct UserCursor
{
    QString key; ///< sort key (text, or a number as text); empty = from the start
    QString id;  ///< tie-breaker
    bool isStart() const { return key.isEmpty() && id.isEmpty(); }
};

struct UserPage
{
    QList<User> users;
    UserCursor next;    ///< pass back to get the following page
    bool atEnd = false; ///< no rows after this page
};

struct UserAnchors
{
    int every = 0;
    QList<UserCursor> cursors; ///< cursors[i] = position before row i·every
    qint64 total = 0;
};

} // namespace gatehouse
