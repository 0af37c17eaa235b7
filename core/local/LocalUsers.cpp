// The write side of LocalUsers. Sensitive actions carry the operator's reason into the journal.
#include "local/LocalUsers.h"

#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/UserSql.h"
#include "model/UpdateRules.h"
#include "model/UserJson.h"
#include "model/UserRules.h"
#include "model/UserValidation.h"
#include "security/Password.h"
#include "security/Random.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::local {

namespace {
QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Refuses a username, email or phone that another user of the tenant already has.
void checkUnique(SqlSession &s, const QString &tenantId, const User &u, const QString &exceptId)
{
    struct Key
    {
        const char *column;
        QString value;
        rules::UserKey key;
    };
    const Key keys[] = {
        {"username_key", validation::usernameKey(u.username), rules::UserKey::Username},
        {"email_key", validation::emailKey(u.primaryEmail), rules::UserKey::Email},
        {"phone_key", validation::phoneKey(u.primaryPhone), rules::UserKey::Phone},
    };
    for (const Key &key : keys) {
        if (key.value.isEmpty())
            continue;
        QSqlQuery q = s.exec(QStringLiteral("SELECT id FROM users WHERE ") + usersql::keyLookup(key.column) +
                                 QStringLiteral(" AND id <> ?"),
                             {tenantId, key.value, exceptId});
        if (q.next())
            throwExists(rules::userClashMessage(key.key, key.value, q.value(0).toString()));
    }
}

/// Applies one column change to a user, bumps version and updatedAt, journals before/after.
User changeUser(SqlSession &s, const QString &tenantId, const QString &id, const QString &action,
                const QString &reason, const QString &setSql, const QVariantList &values,
                const std::function<void(User &)> &apply)
{
    return s.write([&] {
        const User before = usersql::require(s, tenantId, id);
        User after = before;
        apply(after);
        after.updatedAt = clock::nowMs();
        after.version = before.version + 1;
        QVariantList binds = values;
        binds << after.updatedAt << tenantId << id << before.version;
        // Only the row as it was read: on PostgreSQL another connection may have changed it since
        // (reads take no lock). Then nothing is written or journaled, and the caller hears so.
        const QSqlQuery written = s.exec(QStringLiteral("UPDATE users SET ") + setSql +
                                             QStringLiteral(", updated_at = ?, version = version + 1 WHERE "
                                                            "tenant_id = ? AND id = ? AND version = ?"),
                                         binds);
        if (written.numRowsAffected() != 1)
            throwConflict(rules::title(before));
        s.journal(tenantId, action, QStringLiteral("user"), id, json::toJson(before), json::toJson(after),
                  reason);
        return after;
    });
}
} // namespace

Future<User> LocalUsers::create(const QString &tenantId, const User &draft, const QString &password)
{
    return m_backend.submit<User>([tenantId, draft, password](SqlSession &s) {
        const rules::NewUserCheck check = rules::checkNewUser(draft, password);
        throwIfInvalid(check.errors);
        User u = draft;
        if (!password.isEmpty()) {
            u.passwordDigest = security::hashPassword(password);
            u.passwordAlgorithm = QStringLiteral("Argon2id");
        } else if (!check.algorithm.isEmpty()) {
            u.passwordAlgorithm = check.algorithm;
        }
        return s.write([&] {
            requireTenant(s, tenantId);
            u.id = security::generateId(12);
            u.tenantId = tenantId;
            u.createdAt = clock::nowMs();
            u.updatedAt = u.createdAt;
            u.version = 1;
            u.mfaCount = 0;
            checkUnique(s, tenantId, u, u.id);
            s.exec(QStringLiteral(
                       "INSERT INTO users (tenant_id, id, username, primary_email, primary_phone, "
                       "username_key, email_key, phone_key, name, avatar, profile, custom_data, identities, "
                       "password_digest, password_algorithm, is_suspended, created_at, updated_at, "
                       "version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"),
                   {tenantId, u.id, u.username, u.primaryEmail, u.primaryPhone,
                    validation::usernameKey(u.username), validation::emailKey(u.primaryEmail),
                    validation::phoneKey(u.primaryPhone), u.name, u.avatar, jsonText(u.profile),
                    jsonText(u.customData), jsonText(u.identities), u.passwordDigest, u.passwordAlgorithm,
                    b2i(u.isSuspended), u.createdAt, u.updatedAt});
            s.exec(QStringLiteral(
                       "INSERT INTO users_roles (tenant_id, user_id, role_id) SELECT tenant_id, ?, id FROM "
                       "roles WHERE tenant_id = ? AND type = 'User' AND is_default = 1"),
                   {u.id, tenantId});
            s.journal(tenantId, QStringLiteral("user.create"), QStringLiteral("user"), u.id, QJsonValue::Null,
                      json::toJson(u));
            return u;
        });
    });
}

Future<User> LocalUsers::update(const QString &tenantId, const User &user)
{
    return m_backend.submit<User>([tenantId, user](SqlSession &s) {
        throwIfInvalid(validation::user(user));
        return s.write([&] {
            const User before = usersql::require(s, tenantId, user.id);
            throwIfStale(user.version, before.version, rules::title(before));
            checkUnique(s, tenantId, user, user.id);
            User after = rules::withProfileOf(before, user);
            after.updatedAt = clock::nowMs();
            after.version = before.version + 1;
            const QSqlQuery written = s.exec(
                QStringLiteral(
                    "UPDATE users SET username = ?, primary_email = ?, primary_phone = ?, "
                    "username_key = ?, email_key = ?, phone_key = ?, name = ?, avatar = ?, profile = ?, "
                    "custom_data = ?, updated_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ? "
                    "AND version = ?"),
                {after.username, after.primaryEmail, after.primaryPhone,
                 validation::usernameKey(after.username), validation::emailKey(after.primaryEmail),
                 validation::phoneKey(after.primaryPhone), after.name, after.avatar, jsonText(after.profile),
                 jsonText(after.customData), after.updatedAt, tenantId, after.id, before.version});
            // Zero rows: another connection changed the user after it was read (PostgreSQL reads
            // without locking); never report or journal an update that did not happen.
            if (written.numRowsAffected() != 1)
                throwConflict(rules::title(before));
            s.journal(tenantId, QStringLiteral("user.update"), QStringLiteral("user"), after.id,
                      json::toJson(before), json::toJson(after));
            return after;
        });
    });
}

Future<Done> LocalUsers::remove(const QString &tenantId, const QString &id, const QString &reason)
{
    return m_backend.submit<Done>([tenantId, id, reason](SqlSession &s) {
        throwIfInvalid(rules::reasonProblems(reason));
        s.write([&] {
            const User before = usersql::require(s, tenantId, id);
            QJsonObject snapshot = json::toJson(before);
            QSqlQuery q = s.exec(
                QStringLiteral("SELECT role_id FROM users_roles WHERE user_id = ? ORDER BY role_id"), {id});
            QJsonArray roleIds;
            while (q.next())
                roleIds.append(q.value(0).toString());
            snapshot.insert(QStringLiteral("roleIds"), roleIds);
            s.exec(QStringLiteral("DELETE FROM users WHERE tenant_id = ? AND id = ?"), {tenantId, id});
            s.journal(tenantId, QStringLiteral("user.delete"), QStringLiteral("user"), id, snapshot,
                      QJsonValue::Null, reason);
        });
        return Done{};
    });
}

Future<User> LocalUsers::setSuspended(const QString &tenantId, const QString &id, bool suspended,
                                      const QString &reason)
{
    return m_backend.submit<User>([tenantId, id, suspended, reason](SqlSession &s) {
        throwIfInvalid(rules::reasonProblems(reason));
        return changeUser(s, tenantId, id,
                          suspended ? QStringLiteral("user.suspend") : QStringLiteral("user.unsuspend"),
                          reason, QStringLiteral("is_suspended = ?"), {b2i(suspended)},
                          [suspended](User &u) { u.isSuspended = suspended; });
    });
}

Future<User> LocalUsers::setPassword(const QString &tenantId, const QString &id, const QString &password,
                                     const QString &reason)
{
    return m_backend.submit<User>([tenantId, id, password, reason](SqlSession &s) {
        throwIfInvalid(rules::reasonProblems(reason));
        const QString problem = validation::passwordProblem(password);
        if (!problem.isEmpty())
            throwIfInvalid({{QStringLiteral("password"), problem}});
        usersql::require(s, tenantId, id); // fail fast before the slow hash
        const QString digest = security::hashPassword(password);
        return changeUser(s, tenantId, id, QStringLiteral("user.password.set"), reason,
                          QStringLiteral("password_digest = ?, password_algorithm = ?, password_expired = 0"),
                          {digest, QStringLiteral("Argon2id")}, [&digest](User &u) {
                              u.passwordDigest = digest;
                              u.passwordAlgorithm = QStringLiteral("Argon2id");
                              u.passwordExpired = false;
                          });
    });
}

Future<User> LocalUsers::setPasswordExpired(const QString &tenantId, const QString &id, bool expired,
                                            const QString &reason)
{
    return m_backend.submit<User>([tenantId, id, expired, reason](SqlSession &s) {
        throwIfInvalid(rules::reasonProblems(reason));
        return changeUser(s, tenantId, id,
                          expired ? QStringLiteral("user.password.expire")
                                  : QStringLiteral("user.password.unexpire"),
                          reason, QStringLiteral("password_expired = ?"), {b2i(expired)},
                          [expired](User &u) { u.passwordExpired = expired; });
    });
}

Future<bool> LocalUsers::verifyPassword(const QString &tenantId, const QString &id, const QString &password)
{
    struct Stored
    {
        security::PasswordAlgorithm algorithm;
        QString digest;
    };
    // On the SQL thread: the limit, the journal entry and the digest, in one transaction.
    Future<Stored> stored = m_backend.submit<Stored>([tenantId, id](SqlSession &s) {
        return s.write([&] {
            // The one read of a digest outside an export: a login that may not read digests is
            // refused here by the database.
            QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(usersql::columnsWithDigest) +
                                     QStringLiteral(" FROM users u WHERE u.tenant_id = ? AND u.id = ?"),
                                 {tenantId, id});
            if (!q.next())
                throw Failure{Error::notFound(ltr("User"), id)};
            const User u = usersql::read(q);
            if (!u.hasPassword())
                throw Failure{Error(ErrorCode::Validation, ltr("This user has no password."))};
            Stored out;
            if (!security::parsePasswordAlgorithm(u.passwordAlgorithm, &out.algorithm))
                throw Failure{Error(ErrorCode::Internal, ltr("The stored password algorithm is unknown."))};
            out.digest = u.passwordDigest;
            const qint64 now = clock::nowMs();
            QSqlQuery earlier =
                s.exec(QStringLiteral("SELECT at FROM journal WHERE target_id = ? AND action = ? "
                                      "AND tenant_id = ? AND at > ?"),
                       {id, QLatin1String(rules::passwordCheckAction), tenantId,
                        now - rules::passwordCheckWindowMs});
            QList<qint64> times;
            while (earlier.next())
                times.append(earlier.value(0).toLongLong());
            if (const Error limited = rules::passwordCheckRateProblem(times, now); limited.isError())
                throw Failure{limited};
            // Who checked whose password, whatever the answer (the answer is not recorded).
            s.journal(tenantId, QLatin1String(rules::passwordCheckAction), QStringLiteral("user"), id,
                      QJsonValue(), QJsonValue());
            return out;
        });
    });
    // Off the SQL thread: a costly digest never holds up the workspace. Its cost is bounded
    // (security::digestlimits), so is the time.
    return stored.then(QtFuture::Launch::Async, [password](Result<Stored> digest) -> Result<bool> {
        if (!digest.ok())
            return digest.error();
        Result<bool> verified =
            security::verifyPassword(password, digest.value().algorithm, digest.value().digest);
        // A pool thread may end during the program's exit, after OpenSSL's clean-up: leave
        // nothing of OpenSSL's on it.
        security::releaseThreadCryptoState();
        return verified;
    });
}

Future<Done> LocalUsers::removeMfaVerification(const QString &tenantId, const QString &userId,
                                               const QString &verificationId, const QString &reason)
{
    return m_backend.submit<Done>([tenantId, userId, verificationId, reason](SqlSession &s) {
        throwIfInvalid(rules::reasonProblems(reason));
        s.write([&] {
            const User before = usersql::require(s, tenantId, userId);
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT type, created_at FROM user_mfa_verifications WHERE id = ? AND "
                                      "user_id = ?"),
                       {verificationId, userId});
            if (!q.next())
                throw Failure{Error::notFound(ltr("MFA verification"), verificationId)};
            const QJsonObject removed{
                {QStringLiteral("id"), verificationId},
                {QStringLiteral("type"), q.value(0).toString()},
                {QStringLiteral("createdAt"), static_cast<double>(q.value(1).toLongLong())}};
            s.exec(QStringLiteral("DELETE FROM user_mfa_verifications WHERE id = ?"), {verificationId});
            s.exec(QStringLiteral(
                       "UPDATE users SET mfa_count = mfa_count - 1, updated_at = ?, version = version + 1 "
                       "WHERE id = ?"),
                   {clock::nowMs(), userId});
            s.journal(tenantId, QStringLiteral("user.mfa.remove"), QStringLiteral("user"), userId,
                      QJsonObject{{QStringLiteral("mfaVerification"), removed},
                                  {QStringLiteral("mfaVerificationCount"), before.mfaCount}},
                      QJsonObject{{QStringLiteral("mfaVerificationCount"), before.mfaCount - 1}}, reason);
        });
        return Done{};
    });
}

Future<Done> LocalUsers::assignRoles(const QString &tenantId, const QString &userId,
                                     const QStringList &roleIds)
{
    return m_backend.submit<Done>([tenantId, userId, roleIds](SqlSession &s) {
        if (roleIds.isEmpty())
            throwIfInvalid({{QStringLiteral("roleIds"), ltr("Pick at least one role to assign.")}});
        s.write([&] {
            usersql::require(s, tenantId, userId);
            QJsonArray before;
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT role_id FROM users_roles WHERE user_id = ? ORDER BY role_id"),
                       {userId});
            while (q.next())
                before.append(q.value(0).toString());
            for (const QString &roleId : roleIds) {
                QSqlQuery role =
                    s.exec(QStringLiteral("SELECT name, type FROM roles WHERE tenant_id = ? AND id = ?"),
                           {tenantId, roleId});
                if (!role.next())
                    throw Failure{Error::notFound(ltr("Role"), roleId)};
                if (role.value(1).toString() != QLatin1String("User"))
                    throwIfInvalid(
                        {{QStringLiteral("roleIds"),
                          ltr("\"%1\" is a machine-to-machine role; only user roles can be assigned to "
                              "users.")
                              .arg(role.value(0).toString())}});
                s.exec(QStringLiteral("INSERT INTO users_roles (tenant_id, user_id, role_id) VALUES (?,?,?) "
                                      "ON CONFLICT DO NOTHING"),
                       {tenantId, userId, roleId});
            }
            QJsonArray after;
            QSqlQuery q2 =
                s.exec(QStringLiteral("SELECT role_id FROM users_roles WHERE user_id = ? ORDER BY role_id"),
                       {userId});
            while (q2.next())
                after.append(q2.value(0).toString());
            s.journal(tenantId, QStringLiteral("user.roles.assign"), QStringLiteral("user"), userId,
                      QJsonObject{{QStringLiteral("roleIds"), before}},
                      QJsonObject{{QStringLiteral("roleIds"), after}});
        });
        return Done{};
    });
}

Future<Done> LocalUsers::removeRole(const QString &tenantId, const QString &userId, const QString &roleId)
{
    return m_backend.submit<Done>([tenantId, userId, roleId](SqlSession &s) {
        s.write([&] {
            usersql::require(s, tenantId, userId);
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT 1 FROM users_roles WHERE user_id = ? AND role_id = ?"),
                       {userId, roleId});
            if (!q.next())
                throw Failure{Error(ErrorCode::NotFound, ltr("The user does not have this role."))};
            s.exec(QStringLiteral("DELETE FROM users_roles WHERE user_id = ? AND role_id = ?"),
                   {userId, roleId});
            s.journal(tenantId, QStringLiteral("user.role.remove"), QStringLiteral("user"), userId,
                      QJsonObject{{QStringLiteral("roleId"), roleId}}, QJsonValue::Null);
        });
        return Done{};
    });
}

} // namespace gatehouse::local
