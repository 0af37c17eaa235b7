// The fake's role endpoints: /api/roles, their scopes and applications, answering as Logto 1.37
// does (roles always paginate; a name is unique as typed → 422 role.name_in_use; a description
// of 1–128 characters is required).

#include "FakeLogtoState.h"

#include <QMutexLocker>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

bool nameTaken(const FakeLogto::State &s, const QString &name, const QString &exceptId)
{
    return std::any_of(s.roles.begin(), s.roles.end(), [&](const QJsonObject &role) {
        return role.value(QLatin1String("name")).toString() == name &&
               role.value(QLatin1String("id")).toString() != exceptId;
    });
}

HttpResponse nameInUse(const QString &name)
{
    return HttpResponse::error(422, QStringLiteral("role.name_in_use"),
                               QStringLiteral("This role name %1 is already in use").arg(name));
}

/// A role as GET /api/roles lists it: with its user and application counts.
QJsonObject listed(const FakeLogto::State &s, const QJsonObject &role)
{
    const QString id = role.value(QLatin1String("id")).toString();
    QJsonObject o = role;
    QJsonArray users;
    for (auto it = s.userRoles.begin(); it != s.userRoles.end(); ++it) {
        if (it.value().contains(id))
            users.append(QJsonObject{{QStringLiteral("id"), it.key()}});
    }
    QJsonArray applications;
    for (auto it = s.applicationRoles.begin(); it != s.applicationRoles.end(); ++it) {
        if (it.value().contains(id)) {
            const QJsonObject app = s.applications.value(it.key());
            applications.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                            {QStringLiteral("name"), app.value(QLatin1String("name"))},
                                            {QStringLiteral("type"), app.value(QLatin1String("type"))}});
        }
    }
    o.insert(QStringLiteral("usersCount"), users.size());
    o.insert(QStringLiteral("featuredUsers"), users);
    o.insert(QStringLiteral("applicationsCount"), applications.size());
    o.insert(QStringLiteral("featuredApplications"), applications);
    return o;
}

/// Checks the scope ids of a body against the data; empty on success, else the answer to send.
std::optional<HttpResponse> checkScopeIds(const FakeLogto::State &s, const QJsonValue &value)
{
    if (!value.isArray())
        return invalidInput(QStringLiteral("`scopeIds` must be a list of scope ids."));
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return invalidInput(QStringLiteral("`scopeIds` must be a list of scope ids."));
        if (!s.scopes.contains(v.toString()))
            return notFound(v.toString());
    }
    return std::nullopt;
}

void installRoleObjects(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString type = request.query.queryItemValue(QStringLiteral("type"));
        QJsonArray all;
        for (const QJsonValue &v : inCreationOrder(*s, s->roles)) {
            if (type.isEmpty() || v.toObject().value(QLatin1String("type")).toString() == type)
                all.append(listed(*s, v.toObject()));
        }
        return FakeLogto::paged(request, all, true);
    });

    fake.apiRoute("POST", QStringLiteral("/api/roles"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString name = boundedString(*body, "name", 1, 128, true, &error);
        const QString description = boundedString(*body, "description", 1, 128, true, &error);
        const QString type = body->value(QLatin1String("type")).toString(QStringLiteral("User"));
        if (error.isEmpty() && type != QLatin1String("User") && type != QLatin1String("MachineToMachine"))
            error = QStringLiteral("`type` must be User or MachineToMachine.");
        const bool isDefault = body->value(QLatin1String("isDefault")).toBool(false);
        if (!error.isEmpty())
            return invalidInput(error);
        if (body->contains(QLatin1String("scopeIds"))) {
            if (const auto refused = checkScopeIds(*s, body->value(QLatin1String("scopeIds"))))
                return *refused;
        }
        if (nameTaken(*s, name, {}))
            return nameInUse(name);
        const QString id = newId();
        const QJsonObject role{
            {QStringLiteral("tenantId"), tenant}, {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},       {QStringLiteral("description"), description},
            {QStringLiteral("type"), type},       {QStringLiteral("isDefault"), isDefault},
        };
        s->roles.insert(id, role);
        s->createdAt.insert(id, s->nextTimestamp());
        for (const QJsonValue &v : body->value(QLatin1String("scopeIds")).toArray())
            s->roleScopes[id].insert(v.toString());
        return HttpResponse::json(200, QJsonDocument(role));
    });

    fake.apiRoute("GET", QStringLiteral("/api/roles/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->roles.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(s->roles.value(id)));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/roles/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->roles.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QJsonObject role = s->roles.value(id);
        QString error;
        if (body->contains(QLatin1String("name")))
            role.insert(QStringLiteral("name"), boundedString(*body, "name", 1, 128, true, &error));
        if (body->contains(QLatin1String("description")))
            role.insert(QStringLiteral("description"),
                        boundedString(*body, "description", 1, 128, true, &error));
        if (body->contains(QLatin1String("isDefault"))) {
            if (!body->value(QLatin1String("isDefault")).isBool())
                error = QStringLiteral("`isDefault` must be true or false.");
            role.insert(QStringLiteral("isDefault"), body->value(QLatin1String("isDefault")));
        }
        if (!error.isEmpty())
            return invalidInput(error);
        const QString name = role.value(QLatin1String("name")).toString();
        if (nameTaken(*s, name, id))
            return nameInUse(name);
        s->roles.insert(id, role);
        return HttpResponse::json(200, QJsonDocument(role));
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/roles/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->roles.remove(id))
            return notFound(id);
        s->createdAt.remove(id);
        s->roleScopes.remove(id);
        for (QSet<QString> &roles : s->applicationRoles)
            roles.remove(id);
        for (QSet<QString> &roles : s->userRoles)
            roles.remove(id);
        return HttpResponse::empty(204);
    });
}

void installRoleRelations(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;

    fake.apiRoute("GET", QStringLiteral("/api/roles/([^/]+)/scopes"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->roles.contains(id))
            return notFound(id);
        QMap<QString, QJsonObject> granted;
        for (const QString &scopeId : s->roleScopes.value(id)) {
            QJsonObject scope = s->scopes.value(scopeId);
            scope.insert(QStringLiteral("resource"),
                         s->resources.value(scope.value(QLatin1String("resourceId")).toString()));
            granted.insert(scopeId, scope);
        }
        return FakeLogto::paged(request, inCreationOrder(*s, granted), false);
    });

    fake.apiRoute("POST", QStringLiteral("/api/roles/([^/]+)/scopes"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->roles.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        const QJsonValue scopeIds = body->value(QLatin1String("scopeIds"));
        if (const auto refused = checkScopeIds(*s, scopeIds))
            return *refused;
        for (const QJsonValue &v : scopeIds.toArray()) {
            if (s->roleScopes.value(id).contains(v.toString()))
                return HttpResponse::error(
                    422, QStringLiteral("role.scope_exists"),
                    QStringLiteral("The scope id %1 has already been added to this role.").arg(v.toString()));
        }
        QJsonArray linked;
        for (const QJsonValue &v : scopeIds.toArray()) {
            s->roleScopes[id].insert(v.toString());
            linked.append(s->scopes.value(v.toString()));
        }
        return HttpResponse::json(201, QJsonDocument(linked));
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/roles/([^/]+)/scopes/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->roles.contains(id))
                          return notFound(id);
                      if (!s->roleScopes[id].remove(request.captures.value(1)))
                          return relationNotFound();
                      return HttpResponse::empty(204);
                  });

    fake.apiRoute("GET", QStringLiteral("/api/roles/([^/]+)/applications"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->roles.contains(id))
            return notFound(id);
        QMap<QString, QJsonObject> holders;
        for (auto it = s->applicationRoles.begin(); it != s->applicationRoles.end(); ++it) {
            if (it.value().contains(id))
                holders.insert(it.key(), s->applications.value(it.key()));
        }
        return FakeLogto::paged(request, inCreationOrder(*s, holders), true);
    });
}
} // namespace

void installRolesApi(FakeLogto &fake, FakeLogto::State &state)
{
    installRoleObjects(fake, state);
    installRoleRelations(fake, state);
}

} // namespace gatehouse::test
