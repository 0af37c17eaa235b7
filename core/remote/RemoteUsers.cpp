// The write side of RemoteUsers. Each change reads what it changes first (for the journal's
// "before" and the conflict check), sends the change, and journals what the server answered.
#include "remote/RemoteUsers.h"

#include "model/UpdateRules.h"
#include "model/UserJson.h"
#include "model/UserRules.h"
#include "model/UserValidation.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"
#include "remote/RemoteUserJson.h"
#include "remote/RemoteUserRequests.h"
#include "security/Password.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace gatehouse::remote {

using namespace userapi;

namespace {
/// The core rules for a new user's fields, password or digest. Returns the digest's canonical
/// algorithm name (empty without a digest).
QString checkNewUser(const User &draft, const QString &password)
{
    const rules::NewUserCheck check = rules::checkNewUser(draft, password);
    throwIfInvalid(check.errors);
    return check.algorithm;
}

/// Sends a change to one user; a 404 means the user is gone.
Response sendToUser(RemoteSession &s, const Request &request, const QString &userId)
{
    const Response answer = s.send(request, {404});
    if (answer.status == 404)
        throw Failure{userNotFound(userId)};
    return answer;
}

QJsonObject body(const char *key, const QJsonValue &value)
{
    return QJsonObject{{QLatin1String(key), value}};
}
} // namespace

Future<User> RemoteUsers::create(const QString &tenantId, const User &draft, const QString &password)
{
    return m_backend.submit<User>([this, tenantId, draft, password](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        User u = draft;
        const QString algorithm = checkNewUser(u, password);
        if (!algorithm.isEmpty())
            u.passwordAlgorithm = algorithm;
        Response answer;
        try {
            answer = s.post(QStringLiteral("/api/users"), QJsonDocument(logto::userCreateBody(u, password)));
        } catch (const Failure &failure) {
            rethrowAfterRecheck(failure, [&] { checkUnique(s, u, {}); });
        }
        // Logto gives new users its default roles itself.
        User created = logto::user(answer.object(), b.tenantId());
        if (draft.isSuspended) { // Logto creates users active; suspension is a second request
            Request suspend = Request::patch(userPath(created.id) + QStringLiteral("/is-suspended"),
                                             QJsonDocument(body("isSuspended", true)));
            suspend.idempotent = true;
            try {
                created = logto::user(s.send(suspend).object(), b.tenantId());
            } catch (const Failure &failure) {
                b.journalChange(QStringLiteral("user.create"), QStringLiteral("user"), created.id,
                                QJsonValue::Null, json::toJson(created));
                throw Failure{Error(failure.error.code(),
                                    rtr("The user was created as %1 but could not be suspended: %2")
                                        .arg(created.id, failure.error.message()),
                                    failure.error.detail())};
            }
        }
        b.journalChange(QStringLiteral("user.create"), QStringLiteral("user"), created.id, QJsonValue::Null,
                        json::toJson(created));
        return created;
    });
}

Future<User> RemoteUsers::update(const QString &tenantId, const User &user)
{
    return m_backend.submit<User>([this, tenantId, user](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(validation::user(user));
        const User before = fetchUser(s, b.tenantId(), user.id, true);
        throwIfStale(user.version, before.version, rules::title(before));
        const User wanted = rules::withProfileOf(before, user);
        const QJsonObject patch = logto::userPatch(before, wanted);
        if (patch.isEmpty())
            return before;
        Response answer;
        try {
            answer = sendToUser(s, Request::patch(userPath(before.id), QJsonDocument(patch)), before.id);
        } catch (const Failure &failure) {
            rethrowAfterRecheck(failure, [&] { checkUnique(s, wanted, before.id); });
        }
        User after = logto::user(answer.object(), b.tenantId());
        after.mfaCount = before.mfaCount;
        b.journalChange(QStringLiteral("user.update"), QStringLiteral("user"), after.id, json::toJson(before),
                        json::toJson(after));
        return after;
    });
}

Future<Done> RemoteUsers::remove(const QString &tenantId, const QString &id, const QString &reason)
{
    return m_backend.submit<Done>([this, tenantId, id, reason](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(rules::reasonProblems(reason));
        const User before = fetchUser(s, b.tenantId(), id, true);
        QJsonObject snapshot = json::toJson(before);
        snapshot.insert(QStringLiteral("roleIds"), QJsonArray::fromStringList(roleIdsOf(s, id)));
        deleteObject(s, userPath(id), userNotFound(id));
        b.journalChange(QStringLiteral("user.delete"), QStringLiteral("user"), id, snapshot, QJsonValue::Null,
                        reason);
        return Done{};
    });
}

Future<User> RemoteUsers::setSuspended(const QString &tenantId, const QString &id, bool suspended,
                                       const QString &reason)
{
    return m_backend.submit<User>([this, tenantId, id, suspended, reason](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(rules::reasonProblems(reason));
        const User before = fetchUser(s, b.tenantId(), id, true);
        Request request = Request::patch(userPath(id) + QStringLiteral("/is-suspended"),
                                         QJsonDocument(body("isSuspended", suspended)));
        request.idempotent = true; // setting a flag twice is harmless
        User after = logto::user(sendToUser(s, request, id).object(), b.tenantId());
        after.mfaCount = before.mfaCount;
        b.journalChange(suspended ? QStringLiteral("user.suspend") : QStringLiteral("user.unsuspend"),
                        QStringLiteral("user"), id, json::toJson(before), json::toJson(after), reason);
        return after;
    });
}

Future<User> RemoteUsers::setPassword(const QString &tenantId, const QString &id, const QString &password,
                                      const QString &reason)
{
    return m_backend.submit<User>([this, tenantId, id, password, reason](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(rules::reasonProblems(reason));
        const QString problem = validation::passwordProblem(password);
        if (!problem.isEmpty())
            throwIfInvalid({{QStringLiteral("password"), problem}});
        const User before = fetchUser(s, b.tenantId(), id, true);
        Request request = Request::patch(userPath(id) + QStringLiteral("/password"),
                                         QJsonDocument(body("password", password)));
        request.idempotent = true; // the same password again changes nothing more
        User after = logto::user(sendToUser(s, request, id).object(), b.tenantId());
        after.mfaCount = before.mfaCount;
        b.journalChange(QStringLiteral("user.password.set"), QStringLiteral("user"), id, json::toJson(before),
                        json::toJson(after), reason);
        return after;
    });
}

Future<User> RemoteUsers::setPasswordExpired(const QString &tenantId, const QString &, bool, const QString &)
{
    return m_backend.submit<User>([this, tenantId](RemoteSession &) -> User {
        requireTenant(m_backend, tenantId);
        throw Failure{Error(ErrorCode::Unsupported,
                            rtr("A Logto server cannot require a new password at the next sign-in. Set a "
                                "new password for the user instead."))};
    });
}

Future<bool> RemoteUsers::verifyPassword(const QString &tenantId, const QString &id, const QString &password)
{
    return m_backend.submit<bool>([this, tenantId, id, password](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        const User u = fetchUser(s, m_backend.tenantId(), id, false);
        if (!u.hasPassword())
            throw Failure{Error(ErrorCode::Validation, rtr("This user has no password."))};
        // Limited per user and on record before the server is asked, whatever it answers.
        const QString action = QLatin1String(rules::passwordCheckAction);
        const qint64 now = clock::nowMs();
        if (const Error limited = rules::passwordCheckRateProblem(
                m_backend.journalTimes(action, id, now - rules::passwordCheckWindowMs), now);
            limited.isError())
            throw Failure{limited};
        m_backend.journalAttempt(action, QStringLiteral("user"), id);
        if (password.isEmpty())
            return false;
        Request request = Request::post(userPath(id) + QStringLiteral("/password/verify"),
                                        QJsonDocument(body("password", password)));
        request.idempotent = true; // a check changes nothing (and is on record above)
        request.readOnly = true;
        const Response answer = s.send(request, {400, 404, 422});
        if (answer.status == 404)
            throw Failure{userNotFound(id)};
        if (answer.status == 400 || answer.status == 422) {
            // Logto answers a wrong password with session.invalid_credentials.
            const QString code = answer.object().value(QLatin1String("code")).toString();
            if (code == QLatin1String("session.invalid_credentials"))
                return false;
            throw Failure{Error(ErrorCode::Validation, rtr("The Logto server could not check the password."),
                                QStringLiteral("HTTP %1 %2").arg(answer.status).arg(code))};
        }
        return true;
    });
}

Future<Done> RemoteUsers::removeMfaVerification(const QString &tenantId, const QString &userId,
                                                const QString &verificationId, const QString &reason)
{
    return m_backend.submit<Done>([this, tenantId, userId, verificationId, reason](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(rules::reasonProblems(reason));
        const QList<MfaVerification> factors = fetchMfa(s, userId);
        const auto found = std::find_if(factors.begin(), factors.end(),
                                        [&](const MfaVerification &v) { return v.id == verificationId; });
        const Error notFound = Error::notFound(rtr("MFA verification"), verificationId);
        if (found == factors.end())
            throw Failure{notFound};
        const QJsonObject removed{{QStringLiteral("id"), found->id},
                                  {QStringLiteral("type"), found->type},
                                  {QStringLiteral("createdAt"), static_cast<double>(found->createdAt)}};
        deleteObject(s, userPath(userId) + QStringLiteral("/mfa-verifications/") + segment(verificationId),
                     notFound);
        const qsizetype count = factors.size();
        b.journalChange(QStringLiteral("user.mfa.remove"), QStringLiteral("user"), userId,
                        QJsonObject{{QStringLiteral("mfaVerification"), removed},
                                    {QStringLiteral("mfaVerificationCount"), count}},
                        QJsonObject{{QStringLiteral("mfaVerificationCount"), count - 1}}, reason);
        return Done{};
    });
}

Future<Done> RemoteUsers::assignRoles(const QString &tenantId, const QString &userId,
                                      const QStringList &roleIds)
{
    return m_backend.submit<Done>([this, tenantId, userId, roleIds](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        if (roleIds.isEmpty())
            throwIfInvalid({{QStringLiteral("roleIds"), rtr("Pick at least one role to assign.")}});
        const QStringList before = roleIdsOf(s, userId);
        QStringList toAdd;
        for (const QString &roleId : roleIds) {
            const Role role = logto::role(getObject(s, QStringLiteral("/api/roles/") + segment(roleId),
                                                    Error::notFound(rtr("Role"), roleId)),
                                          b.tenantId());
            if (role.type != RoleType::User)
                throwIfInvalid({{QStringLiteral("roleIds"),
                                 rtr("\"%1\" is a machine-to-machine role; only user roles can be assigned "
                                     "to users.")
                                     .arg(role.name)}});
            if (!before.contains(roleId) && !toAdd.contains(roleId))
                toAdd.append(roleId);
        }
        if (toAdd.isEmpty())
            return Done{};
        Request request = Request::post(userPath(userId) + QStringLiteral("/roles"),
                                        QJsonDocument(body("roleIds", QJsonArray::fromStringList(toAdd))));
        request.idempotent = true; // Logto skips roles the user already has
        sendToUser(s, request, userId);
        QStringList after = before + toAdd;
        after.sort();
        b.journalChange(QStringLiteral("user.roles.assign"), QStringLiteral("user"), userId,
                        body("roleIds", QJsonArray::fromStringList(before)),
                        body("roleIds", QJsonArray::fromStringList(after)));
        return Done{};
    });
}

Future<Done> RemoteUsers::removeRole(const QString &tenantId, const QString &userId, const QString &roleId)
{
    return m_backend.submit<Done>([this, tenantId, userId, roleId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        const Error notAssigned(ErrorCode::NotFound, rtr("The user does not have this role."));
        if (!roleIdsOf(s, userId).contains(roleId))
            throw Failure{notAssigned};
        deleteObject(s, userPath(userId) + QStringLiteral("/roles/") + segment(roleId), notAssigned);
        b.journalChange(QStringLiteral("user.role.remove"), QStringLiteral("user"), userId,
                        body("roleId", roleId), QJsonValue::Null);
        return Done{};
    });
}

} // namespace gatehouse::remote
