// The fake's user endpoints, answering as Logto 1.37 does (see shared/logto/samples/user*.json):
// POST /api/users → 200; a taken username (case-insensitive), email (case-insensitive) or phone
// → 422 user.*_already_in_use; users always paginate, newest first; a missing user → 404
// entity.not_found; digests never leave the server (responses carry hasPassword only).

#include "FakeLogtoPasswords.h"
#include "FakeLogtoUsers.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace gatehouse::test {

namespace {
using namespace fakelogto;
using State = FakeLogto::State;

const QStringList profileKeys{QStringLiteral("familyName"),
                              QStringLiteral("givenName"),
                              QStringLiteral("middleName"),
                              QStringLiteral("nickname"),
                              QStringLiteral("preferredUsername"),
                              QStringLiteral("profile"),
                              QStringLiteral("website"),
                              QStringLiteral("gender"),
                              QStringLiteral("birthdate"),
                              QStringLiteral("zoneinfo"),
                              QStringLiteral("locale"),
                              QStringLiteral("address")};

QJsonObject publicUser(QJsonObject user)
{
    user.remove(QStringLiteral("passwordDigest"));
    user.remove(QStringLiteral("passwordAlgorithm"));
    return user;
}

HttpResponse userJson(const QJsonObject &user)
{
    return HttpResponse::json(200, QJsonDocument(publicUser(user)));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString text(const QJsonObject &user, const char *key)
{
    return user.value(QLatin1String(key)).toString();
}

/// The Logto code for the identifier of `wanted` that another user already holds, or empty.
QString collision(const State &s, const QJsonObject &wanted, const QString &exceptId)
{
    const QString username = text(wanted, "username").toLower();
    const QString email = text(wanted, "primaryEmail").toLower();
    const QString phone = text(wanted, "primaryPhone");
    for (const QJsonObject &user : s.users) {
        if (text(user, "id") == exceptId)
            continue;
        if (!username.isEmpty() && text(user, "username").toLower() == username)
            return QStringLiteral("user.username_already_in_use");
        if (!email.isEmpty() && text(user, "primaryEmail").toLower() == email)
            return QStringLiteral("user.email_already_in_use");
        if (!phone.isEmpty() && text(user, "primaryPhone") == phone)
            return QStringLiteral("user.phone_already_in_use");
    }
    return {};
}

HttpResponse collisionAnswer(const QString &code)
{
    const QString message = code == QLatin1String("user.username_already_in_use")
                                ? QStringLiteral("This username is already in use.")
                            : code == QLatin1String("user.email_already_in_use")
                                ? QStringLiteral("This email is associated with an existing account.")
                                : QStringLiteral("This phone number is associated with an existing account.");
    return HttpResponse::error(422, code, message);
}

/// The identifier and profile fields of a POST or PATCH body (Logto's guards), merged into
/// `user`. `patch`: values may be null or "" (cleared). Empty on success, else the error text.
QString applyFields(const QJsonObject &body, QJsonObject &user, bool patch)
{
    static const QRegularExpression usernameRule(QStringLiteral("^[A-Z_a-z][A-Za-z0-9_]*$"));
    static const QRegularExpression emailRule(QStringLiteral("^\\S+@\\S+\\.\\S+$"));
    static const QRegularExpression phoneRule(QStringLiteral("^\\d+$"));
    const std::pair<const char *, const QRegularExpression *> texts[] = {{"username", &usernameRule},
                                                                         {"primaryEmail", &emailRule},
                                                                         {"primaryPhone", &phoneRule},
                                                                         {"name", nullptr},
                                                                         {"avatar", nullptr}};
    for (const auto &[key, rule] : texts) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const bool cleared = v.isNull() || (v.isString() && v.toString().isEmpty());
        if (cleared && (patch || qstrcmp(key, "avatar") == 0 || qstrcmp(key, "name") == 0)) {
            user.insert(QLatin1String(key), QJsonValue::Null);
            continue;
        }
        if (!v.isString())
            return QStringLiteral("`%1` must be a string.").arg(QLatin1String(key));
        if (rule && !rule->match(v.toString()).hasMatch())
            return QStringLiteral("`%1` is not valid.").arg(QLatin1String(key));
        if (qstrcmp(key, "avatar") == 0 && !QUrl(v.toString(), QUrl::StrictMode).isValid())
            return QStringLiteral("`avatar` must be a URL.");
        user.insert(QLatin1String(key), v.toString());
    }
    if (body.contains(QLatin1String("customData"))) {
        if (!body.value(QLatin1String("customData")).isObject())
            return QStringLiteral("`customData` must be an object.");
        user.insert(QStringLiteral("customData"), body.value(QLatin1String("customData")));
    }
    if (body.contains(QLatin1String("profile"))) {
        if (!body.value(QLatin1String("profile")).isObject())
            return QStringLiteral("`profile` must be an object.");
        QJsonObject profile; // Logto's guard keeps the known claims only
        const QJsonObject given = body.value(QLatin1String("profile")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (profileKeys.contains(it.key()))
                profile.insert(it.key(), it.value());
        }
        user.insert(QStringLiteral("profile"), profile);
    }
    return {};
}

/// Sets a new password (hashed here with Argon2i, as Logto does).
void setPassword(QJsonObject &user, const QString &password)
{
    user.insert(QStringLiteral("passwordDigest"), hashNewPassword(password));
    user.insert(QStringLiteral("passwordAlgorithm"), QStringLiteral("Argon2i"));
    user.insert(QStringLiteral("hasPassword"), true);
}

HttpResponse delayed(HttpResponse response, int delayMs)
{
    response.delayMs = delayMs;
    return response;
}

/// Users matching the request's search, newest first, as GET lists them; *delayMs: how much
/// later to answer (the state's substringSearchDelayMs for a substring search, else 0).
std::optional<QJsonArray> searched(const State &s, const HttpRequest &request, const QSet<QString> *only,
                                   HttpResponse *refusal, int *delayMs)
{
    QString error;
    const auto search = UserSearch::parse(request.query, &error);
    if (!search) {
        *refusal = HttpResponse::error(400, QStringLiteral("request.invalid_input"),
                                       QStringLiteral("Input is invalid. ") + error);
        return std::nullopt;
    }
    QList<QJsonObject> hits;
    for (const QJsonObject &user : s.users) {
        if ((!only || only->contains(text(user, "id"))) && search->matches(user))
            hits.append(user);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const double ca = a.value(QLatin1String("createdAt")).toDouble();
        const double cb = b.value(QLatin1String("createdAt")).toDouble();
        return ca != cb ? ca > cb : text(a, "id") > text(b, "id");
    });
    *delayMs = search->searchesSubstrings() ? s.substringSearchDelayMs : 0;
    QJsonArray out;
    for (const QJsonObject &user : std::as_const(hits))
        out.append(publicUser(user));
    return out;
}

void installUserObjects(FakeLogto &fake, State &state)
{
    State *s = &state;

    fake.apiRoute("GET", QStringLiteral("/api/users"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        HttpResponse refusal;
        int delayMs = 0;
        const auto users = searched(*s, request, nullptr, &refusal, &delayMs);
        return users ? delayed(FakeLogto::paged(request, *users, true), delayMs) : refusal;
    });

    fake.apiRoute("POST", QStringLiteral("/api/users"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QJsonObject user = newUser(*s, {});
        if (const QString error = applyFields(*body, user, false); !error.isEmpty())
            return invalidInput(error);
        const QJsonValue password = body->value(QLatin1String("password"));
        const QJsonValue digest = body->value(QLatin1String("passwordDigest"));
        const QJsonValue algorithm = body->value(QLatin1String("passwordAlgorithm"));
        if (!password.isUndefined() && (!password.isString() || password.toString().isEmpty()))
            return invalidInput(QStringLiteral("`password` must be a non-empty string."));
        if (!digest.isUndefined() && (!digest.isString() || digest.toString().size() > 256))
            return invalidInput(
                QStringLiteral("`passwordDigest` must be a string of at most 256 characters."));
        if (!algorithm.isUndefined() && !isPasswordAlgorithm(algorithm.toString()))
            return invalidInput(QStringLiteral("`passwordAlgorithm` is not valid."));
        if (!password.isUndefined() && !digest.isUndefined())
            return HttpResponse::error(400, QStringLiteral("user.password_and_digest"),
                                       QStringLiteral("You cannot set both password and password digest."));
        if (!digest.isUndefined() && algorithm.isUndefined())
            return HttpResponse::error(400, QStringLiteral("user.password_algorithm_required"),
                                       QStringLiteral("Password algorithm is required."));
        if (const QString code = collision(*s, user, {}); !code.isEmpty())
            return collisionAnswer(code);
        if (!digest.isUndefined() && algorithm.toString() == QLatin1String("Legacy") &&
            !isLegacyDigest(digest.toString()))
            return invalidInput(QStringLiteral("The legacy password digest is not valid."));
        if (!password.isUndefined()) {
            setPassword(user, password.toString());
        } else if (!digest.isUndefined()) {
            user.insert(QStringLiteral("passwordDigest"), digest);
            user.insert(QStringLiteral("passwordAlgorithm"), algorithm);
            user.insert(QStringLiteral("hasPassword"), true);
        }
        const QString id = text(user, "id");
        s->users.insert(id, user);
        for (const QJsonObject &role : s->roles) {
            if (text(role, "type") == QLatin1String("User") &&
                role.value(QLatin1String("isDefault")).toBool())
                s->userRoles[id].insert(text(role, "id"));
        }
        return userJson(user);
    });

    fake.apiRoute("GET", QStringLiteral("/api/users/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto found = s->users.constFind(request.captures.value(0));
        return found == s->users.cend() ? relationNotFound() : userJson(*found);
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/users/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->users.contains(id))
            return relationNotFound();
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QJsonObject user = s->users.value(id);
        if (const QString error = applyFields(*body, user, true); !error.isEmpty())
            return invalidInput(error);
        if (const QString code = collision(*s, user, id); !code.isEmpty())
            return collisionAnswer(code);
        user.insert(QStringLiteral("updatedAt"), static_cast<double>(s->nextTimestamp()));
        s->users.insert(id, user);
        return userJson(user);
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/users/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->users.remove(id))
            return relationNotFound();
        s->userRoles.remove(id);
        s->mfaVerifications.remove(id);
        forgetUserInOrganizations(*s, id);
        return HttpResponse::empty(204);
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/users/([^/]+)/profile"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->users.contains(id))
            return relationNotFound();
        const auto body = bodyObject(request);
        if (!body || !body->value(QLatin1String("profile")).isObject())
            return invalidInput(QStringLiteral("`profile` must be an object."));
        QJsonObject user = s->users.value(id);
        QJsonObject profile = user.value(QLatin1String("profile")).toObject(); // a partial update
        const QJsonObject given = body->value(QLatin1String("profile")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (profileKeys.contains(it.key()))
                profile.insert(it.key(), it.value());
        }
        user.insert(QStringLiteral("profile"), profile);
        user.insert(QStringLiteral("updatedAt"), static_cast<double>(s->nextTimestamp()));
        s->users.insert(id, user);
        return HttpResponse::json(200, QJsonDocument(profile));
    });
}

void installUserSettings(FakeLogto &fake, State &state)
{
    State *s = &state;

    fake.apiRoute("PATCH", QStringLiteral("/api/users/([^/]+)/is-suspended"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->users.contains(id))
                          return relationNotFound();
                      const auto body = bodyObject(request);
                      if (!body || !body->value(QLatin1String("isSuspended")).isBool())
                          return invalidInput(QStringLiteral("`isSuspended` must be true or false."));
                      QJsonObject user = s->users.value(id);
                      user.insert(QStringLiteral("isSuspended"), body->value(QLatin1String("isSuspended")));
                      user.insert(QStringLiteral("updatedAt"), static_cast<double>(s->nextTimestamp()));
                      s->users.insert(id, user);
                      return userJson(user);
                  });

    fake.apiRoute("PATCH", QStringLiteral("/api/users/([^/]+)/password"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->users.contains(id))
            return relationNotFound();
        const auto body = bodyObject(request);
        const QJsonValue password = body ? body->value(QLatin1String("password")) : QJsonValue();
        if (!password.isString() || password.toString().isEmpty())
            return invalidInput(QStringLiteral("`password` must be a non-empty string."));
        QJsonObject user = s->users.value(id);
        setPassword(user, password.toString());
        user.insert(QStringLiteral("updatedAt"), static_cast<double>(s->nextTimestamp()));
        s->users.insert(id, user);
        return userJson(user);
    });

    fake.apiRoute(
        "POST", QStringLiteral("/api/users/([^/]+)/password/verify"), [s](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            if (!s->users.contains(id))
                return relationNotFound();
            const auto body = bodyObject(request);
            const QJsonValue password = body ? body->value(QLatin1String("password")) : QJsonValue();
            if (!password.isString() || password.toString().isEmpty())
                return invalidInput(QStringLiteral("`password` must be a non-empty string."));
            const QJsonObject user = s->users.value(id);
            const auto refused = HttpResponse::error(422, QStringLiteral("session.invalid_credentials"),
                                                     QStringLiteral("Wrong account or password."));
            return passwordMatches(text(user, "passwordAlgorithm"), text(user, "passwordDigest"),
                                   password.toString())
                       ? HttpResponse::empty(204)
                       : refused;
        });

    fake.apiRoute("GET", QStringLiteral("/api/users/([^/]+)/mfa-verifications"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->users.contains(id))
                          return relationNotFound();
                      QJsonArray out;
                      for (const QJsonObject &v : s->mfaVerifications.value(id))
                          out.append(v);
                      return HttpResponse::json(200, QJsonDocument(out));
                  });

    fake.apiRoute("DELETE", QStringLiteral("/api/users/([^/]+)/mfa-verifications/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->users.contains(id))
                          return relationNotFound();
                      QList<QJsonObject> &factors = s->mfaVerifications[id];
                      const qsizetype removed = factors.removeIf(
                          [&](const QJsonObject &v) { return text(v, "id") == request.captures.value(1); });
                      return removed > 0 ? HttpResponse::empty(204) : relationNotFound();
                  });
}

void installUserRoles(FakeLogto &fake, State &state)
{
    State *s = &state;

    fake.apiRoute("GET", QStringLiteral("/api/users/([^/]+)/roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->users.contains(id))
            return relationNotFound();
        QMap<QString, QJsonObject> roles;
        for (const QString &roleId : s->userRoles.value(id)) {
            const QJsonObject role = s->roles.value(roleId);
            if (text(role, "type") == QLatin1String("User"))
                roles.insert(roleId, role);
        }
        return FakeLogto::paged(request, inCreationOrder(*s, roles), true);
    });

    fake.apiRoute("POST", QStringLiteral("/api/users/([^/]+)/roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->users.contains(id))
            return relationNotFound();
        const auto body = bodyObject(request);
        const QJsonValue ids = body ? body->value(QLatin1String("roleIds")) : QJsonValue();
        if (!ids.isArray())
            return invalidInput(QStringLiteral("`roleIds` must be a list of role ids."));
        QStringList toAdd;
        for (const QJsonValue &v : ids.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return invalidInput(QStringLiteral("`roleIds` must be a list of role ids."));
            if (!s->userRoles.value(id).contains(v.toString()) && !toAdd.contains(v.toString()))
                toAdd.append(v.toString());
        }
        for (const QString &roleId : std::as_const(toAdd)) {
            if (!s->roles.contains(roleId))
                return notFound(roleId);
            if (text(s->roles.value(roleId), "type") != QLatin1String("User"))
                return HttpResponse::error(
                    422, QStringLiteral("user.invalid_role_type"),
                    QStringLiteral("Invalid role type, can not assign machine-to-machine "
                                   "role to user."));
        }
        for (const QString &roleId : std::as_const(toAdd))
            s->userRoles[id].insert(roleId);
        return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("roleIds"), ids},
                                                                 {QStringLiteral("addedRoleIds"),
                                                                  QJsonArray::fromStringList(toAdd)}}));
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/users/([^/]+)/roles/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->userRoles[id].remove(request.captures.value(1)))
                          return relationNotFound();
                      return HttpResponse::empty(204);
                  });

    fake.apiRoute("GET", QStringLiteral("/api/roles/([^/]+)/users"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString roleId = request.captures.value(0);
        if (!s->roles.contains(roleId))
            return notFound(roleId);
        QSet<QString> holders;
        for (auto it = s->userRoles.begin(); it != s->userRoles.end(); ++it) {
            if (it.value().contains(roleId))
                holders.insert(it.key());
        }
        HttpResponse refusal;
        int delayMs = 0;
        const auto users = searched(*s, request, &holders, &refusal, &delayMs);
        return users ? delayed(FakeLogto::paged(request, *users, true), delayMs) : refusal;
    });
}
} // namespace

namespace fakelogto {
QJsonObject newUser(FakeLogto::State &state, const QString &username, const QString &email,
                    const QString &name)
{
    const double now = static_cast<double>(state.nextTimestamp());
    return QJsonObject{
        {QStringLiteral("id"), newId(12)},
        {QStringLiteral("username"), textOrNull(username)},
        {QStringLiteral("primaryEmail"), textOrNull(email)},
        {QStringLiteral("primaryPhone"), QJsonValue::Null},
        {QStringLiteral("name"), textOrNull(name)},
        {QStringLiteral("avatar"), QJsonValue::Null},
        {QStringLiteral("customData"), QJsonObject{}},
        {QStringLiteral("identities"), QJsonObject{}},
        {QStringLiteral("lastSignInAt"), QJsonValue::Null},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("updatedAt"), now},
        {QStringLiteral("profile"), QJsonObject{}},
        {QStringLiteral("applicationId"), QJsonValue::Null},
        {QStringLiteral("isSuspended"), false},
        {QStringLiteral("hasPassword"), false},
    };
}
} // namespace fakelogto

void installUsersApi(FakeLogto &fake, FakeLogto::State &state)
{
    installUserObjects(fake, state);
    installUserSettings(fake, state);
    installUserRoles(fake, state);
}

} // namespace gatehouse::test
