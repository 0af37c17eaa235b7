// The fake's API resource endpoints: /api/resources and their scopes, answering as Logto 1.37
// does (POST → 201, a taken indicator or scope name → 422, deleting a resource or scope removes
// its role grants).

#include "FakeLogtoState.h"

#include <QMutexLocker>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

void removeScope(FakeLogto::State &s, const QString &scopeId)
{
    s.scopes.remove(scopeId);
    for (QSet<QString> &granted : s.roleScopes)
        granted.remove(scopeId);
    forgetResourceScopeInOrganizations(s, scopeId);
}

QMap<QString, QJsonObject> scopesOf(const FakeLogto::State &s, const QString &resourceId)
{
    QMap<QString, QJsonObject> out;
    for (auto it = s.scopes.begin(); it != s.scopes.end(); ++it) {
        if (it.value().value(QLatin1String("resourceId")).toString() == resourceId)
            out.insert(it.key(), it.value());
    }
    return out;
}

bool scopeNameTaken(const FakeLogto::State &s, const QString &resourceId, const QString &name,
                    const QString &exceptId)
{
    const QMap<QString, QJsonObject> siblings = scopesOf(s, resourceId);
    return std::any_of(siblings.begin(), siblings.end(), [&](const QJsonObject &scope) {
        return scope.value(QLatin1String("name")).toString() == name &&
               scope.value(QLatin1String("id")).toString() != exceptId;
    });
}

HttpResponse scopeNameExists(const QString &name)
{
    return HttpResponse::error(422, QStringLiteral("scope.name_exists"),
                               QStringLiteral("The scope name %1 is already in use.").arg(name));
}

QString checkTtl(const QJsonObject &body)
{
    const QJsonValue ttl = body.value(QLatin1String("accessTokenTtl"));
    if (!ttl.isUndefined() && !ttl.isDouble())
        return QStringLiteral("`accessTokenTtl` must be a number.");
    return {};
}

void installResources(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/resources"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        return FakeLogto::paged(request, inCreationOrder(*s, s->resources), false);
    });

    fake.apiRoute("POST", QStringLiteral("/api/resources"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString name = boundedString(*body, "name", 1, 1 << 20, true, &error);
        const QString indicator = boundedString(*body, "indicator", 1, 1 << 20, true, &error);
        if (error.isEmpty())
            error = checkTtl(*body);
        if (!error.isEmpty())
            return invalidInput(error);
        for (const QJsonObject &existing : std::as_const(s->resources)) {
            if (existing.value(QLatin1String("indicator")).toString() == indicator)
                return HttpResponse::error(422, QStringLiteral("resource.resource_indicator_already_exists"),
                                           QStringLiteral("The resource indicator is already in use."));
        }
        const QString id = newId();
        const QJsonObject resource{
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("indicator"), indicator},
            {QStringLiteral("isDefault"), false},
            {QStringLiteral("accessTokenTtl"), body->value(QLatin1String("accessTokenTtl")).toDouble(3600)},
        };
        s->resources.insert(id, resource);
        s->createdAt.insert(id, s->nextTimestamp());
        return HttpResponse::json(201, QJsonDocument(resource));
    });

    fake.apiRoute("GET", QStringLiteral("/api/resources/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->resources.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(s->resources.value(id)));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/resources/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->resources.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QJsonObject resource = s->resources.value(id);
        QString error;
        if (body->contains(QLatin1String("name")))
            resource.insert(QStringLiteral("name"), boundedString(*body, "name", 1, 1 << 20, true, &error));
        if (error.isEmpty())
            error = checkTtl(*body);
        if (!error.isEmpty())
            return invalidInput(error);
        if (body->contains(QLatin1String("accessTokenTtl")))
            resource.insert(QStringLiteral("accessTokenTtl"), body->value(QLatin1String("accessTokenTtl")));
        s->resources.insert(id, resource);
        return HttpResponse::json(200, QJsonDocument(resource));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/resources/([^/]+)/is-default"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->resources.contains(id))
                          return notFound(id);
                      const auto body = bodyObject(request);
                      if (!body || !body->value(QLatin1String("isDefault")).isBool())
                          return invalidInput(QStringLiteral("`isDefault` must be true or false."));
                      const bool isDefault = body->value(QLatin1String("isDefault")).toBool();
                      if (isDefault) { // one default per tenant: the previous one is cleared
                          for (auto it = s->resources.begin(); it != s->resources.end(); ++it)
                              it.value().insert(QStringLiteral("isDefault"), false);
                      }
                      s->resources[id].insert(QStringLiteral("isDefault"), isDefault);
                      return HttpResponse::json(200, QJsonDocument(s->resources.value(id)));
                  });

    fake.apiRoute("DELETE", QStringLiteral("/api/resources/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->resources.remove(id))
            return notFound(id);
        s->createdAt.remove(id);
        for (const QString &scopeId : scopesOf(*s, id).keys())
            removeScope(*s, scopeId);
        return HttpResponse::empty(204);
    });
}

void installScopes(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/resources/([^/]+)/scopes"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->resources.contains(id))
            return notFound(id);
        return FakeLogto::paged(request, inCreationOrder(*s, scopesOf(*s, id)), false);
    });

    fake.apiRoute("POST", QStringLiteral("/api/resources/([^/]+)/scopes"),
                  [s, tenant](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString resourceId = request.captures.value(0);
                      if (!s->resources.contains(resourceId))
                          return notFound(resourceId);
                      const auto body = bodyObject(request);
                      if (!body)
                          return invalidInput(QStringLiteral("The body must be a JSON object."));
                      QString error;
                      const QString name = boundedString(*body, "name", 1, 256, true, &error);
                      const QJsonValue description = body->value(QLatin1String("description"));
                      if (error.isEmpty() && !description.isUndefined() && !description.isNull() &&
                          !description.isString())
                          error = QStringLiteral("`description` must be a string or null.");
                      if (!error.isEmpty())
                          return invalidInput(error);
                      if (scopeNameTaken(*s, resourceId, name, {}))
                          return scopeNameExists(name);
                      const QString id = newId();
                      const QJsonObject scope{
                          {QStringLiteral("tenantId"), tenant},
                          {QStringLiteral("id"), id},
                          {QStringLiteral("resourceId"), resourceId},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("description"),
                           description.isString() ? description : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("createdAt"), static_cast<double>(s->nextTimestamp())},
                      };
                      s->scopes.insert(id, scope);
                      return HttpResponse::json(201, QJsonDocument(scope));
                  });

    fake.apiRoute("PATCH", QStringLiteral("/api/resources/([^/]+)/scopes/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString resourceId = request.captures.value(0);
                      const QString id = request.captures.value(1);
                      if (!s->resources.contains(resourceId))
                          return notFound(resourceId);
                      if (s->scopes.value(id).value(QLatin1String("resourceId")).toString() != resourceId)
                          return notFound(id);
                      const auto body = bodyObject(request);
                      if (!body)
                          return invalidInput(QStringLiteral("The body must be a JSON object."));
                      QJsonObject scope = s->scopes.value(id);
                      QString error;
                      if (body->contains(QLatin1String("name"))) {
                          const QString name = boundedString(*body, "name", 1, 256, true, &error);
                          if (error.isEmpty() && scopeNameTaken(*s, resourceId, name, id))
                              return scopeNameExists(name);
                          scope.insert(QStringLiteral("name"), name);
                      }
                      if (body->contains(QLatin1String("description"))) {
                          const QJsonValue description = body->value(QLatin1String("description"));
                          if (!description.isNull() && !description.isString())
                              error = QStringLiteral("`description` must be a string or null.");
                          scope.insert(QStringLiteral("description"), description);
                      }
                      if (!error.isEmpty())
                          return invalidInput(error);
                      s->scopes.insert(id, scope);
                      return HttpResponse::json(200, QJsonDocument(scope));
                  });

    fake.apiRoute("DELETE", QStringLiteral("/api/resources/([^/]+)/scopes/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString resourceId = request.captures.value(0);
                      const QString id = request.captures.value(1);
                      if (!s->resources.contains(resourceId))
                          return notFound(resourceId);
                      if (s->scopes.value(id).value(QLatin1String("resourceId")).toString() != resourceId)
                          return notFound(id);
                      removeScope(*s, id);
                      return HttpResponse::empty(204);
                  });
}
} // namespace

void installResourcesApi(FakeLogto &fake, FakeLogto::State &state)
{
    installResources(fake, state);
    installScopes(fake, state);
}

} // namespace gatehouse::test
