// The fake's application endpoints: /api/applications (with secrets and machine-to-machine
// roles) and /api/saml-applications, answering as Logto 1.37 does.

#include "FakeLogtoState.h"

#include <QDateTime>
#include <QMutexLocker>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

const QStringList applicationTypes{QStringLiteral("Native"),      QStringLiteral("SPA"),
                                   QStringLiteral("Traditional"), QStringLiteral("MachineToMachine"),
                                   QStringLiteral("Protected"),   QStringLiteral("SAML")};

bool hasSecrets(const QString &type)
{
    return type == QLatin1String("Traditional") || type == QLatin1String("MachineToMachine") ||
           type == QLatin1String("Protected");
}

bool isStringArray(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray array = v.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

/// Checks and merges `oidcClientMetadata` / `customClientMetadata` of a body into `app` (Logto
/// merges these JSON columns on PATCH). Empty on success, else the guard message.
QString mergeMetadata(QJsonObject &app, const QJsonObject &body)
{
    if (body.contains(QLatin1String("oidcClientMetadata"))) {
        const QJsonObject oidc = body.value(QLatin1String("oidcClientMetadata")).toObject();
        if (!isStringArray(oidc.value(QLatin1String("redirectUris"))) ||
            !isStringArray(oidc.value(QLatin1String("postLogoutRedirectUris"))))
            return QStringLiteral(
                "`oidcClientMetadata` needs redirectUris and postLogoutRedirectUris (strings).");
        QJsonObject merged = app.value(QLatin1String("oidcClientMetadata")).toObject();
        for (auto it = oidc.begin(); it != oidc.end(); ++it)
            merged.insert(it.key(), it.value());
        app.insert(QStringLiteral("oidcClientMetadata"), merged);
    }
    if (body.contains(QLatin1String("customClientMetadata"))) {
        const QJsonObject custom = body.value(QLatin1String("customClientMetadata")).toObject();
        if (custom.contains(QLatin1String("corsAllowedOrigins")) &&
            !isStringArray(custom.value(QLatin1String("corsAllowedOrigins"))))
            return QStringLiteral("`customClientMetadata.corsAllowedOrigins` must be a list of strings.");
        const double refreshDays = custom.value(QLatin1String("refreshTokenTtlInDays")).toDouble(14);
        if (refreshDays < 1 || refreshDays > 180)
            return QStringLiteral("`customClientMetadata.refreshTokenTtlInDays` must be 1 to 180.");
        QJsonObject merged = app.value(QLatin1String("customClientMetadata")).toObject();
        for (auto it = custom.begin(); it != custom.end(); ++it)
            merged.insert(it.key(), it.value());
        app.insert(QStringLiteral("customClientMetadata"), merged);
    }
    return {};
}

QJsonObject samlView(const QJsonObject &app, const QJsonObject &config)
{
    QJsonObject o{
        {QStringLiteral("tenantId"), app.value(QLatin1String("tenantId"))},
        {QStringLiteral("id"), app.value(QLatin1String("id"))},
        {QStringLiteral("name"), app.value(QLatin1String("name"))},
        {QStringLiteral("description"), app.value(QLatin1String("description"))},
        {QStringLiteral("type"), QStringLiteral("SAML")},
        {QStringLiteral("customData"), app.value(QLatin1String("customData"))},
        {QStringLiteral("isThirdParty"), false},
        {QStringLiteral("createdAt"), app.value(QLatin1String("createdAt"))},
    };
    for (auto it = config.begin(); it != config.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject secretView(const QJsonObject &secret)
{
    return secret; // Logto lists secrets with their values
}

void installApplications(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/applications"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QJsonArray all = inCreationOrder(*s, s->applications);
        QJsonArray newestFirst;
        for (qsizetype i = all.size() - 1; i >= 0; --i)
            newestFirst.append(all.at(i));
        return FakeLogto::paged(request, newestFirst, false);
    });

    fake.apiRoute("POST", QStringLiteral("/api/applications"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString name = boundedString(*body, "name", 1, 256, true, &error);
        const QString type = body->value(QLatin1String("type")).toString();
        if (error.isEmpty() && !applicationTypes.contains(type))
            error = QStringLiteral("`type` must be one of ") + applicationTypes.join(QStringLiteral(", ")) +
                    QLatin1Char('.');
        if (!error.isEmpty())
            return invalidInput(error);
        if (type == QLatin1String("SAML"))
            return HttpResponse::error(
                400, QStringLiteral("application.saml.use_saml_app_api"),
                QStringLiteral("Use `[METHOD] /saml-applications(/.*)?` API to create and "
                               "update SAML apps."));
        if (type == QLatin1String("Protected") &&
            !body->value(QLatin1String("protectedAppMetadata")).isObject())
            return HttpResponse::error(
                400, QStringLiteral("application.protected_app_metadata_is_required"),
                QStringLiteral("Protected app metadata is required for protected apps."));
        QJsonObject app{
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("id"), newId()},
            {QStringLiteral("name"), name},
            {QStringLiteral("secret"), QString(QStringLiteral("internal:") + newSecret())},
            {QStringLiteral("description"), body->value(QLatin1String("description")).isString()
                                                ? body->value(QLatin1String("description"))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("type"), type},
            {QStringLiteral("oidcClientMetadata"),
             QJsonObject{{QStringLiteral("redirectUris"), QJsonArray()},
                         {QStringLiteral("postLogoutRedirectUris"), QJsonArray()}}},
            {QStringLiteral("customClientMetadata"), QJsonObject()},
            {QStringLiteral("protectedAppMetadata"), QJsonValue::Null},
            {QStringLiteral("customData"), body->value(QLatin1String("customData")).toObject()},
            {QStringLiteral("isThirdParty"), body->value(QLatin1String("isThirdParty")).toBool(false)},
        };
        error = mergeMetadata(app, *body);
        if (!error.isEmpty())
            return invalidInput(error);
        const qint64 now = s->nextTimestamp();
        app.insert(QStringLiteral("createdAt"), static_cast<double>(now));
        const QString id = app.value(QLatin1String("id")).toString();
        s->applications.insert(id, app);
        if (hasSecrets(type)) {
            s->applicationSecrets[id].append(QJsonObject{
                {QStringLiteral("tenantId"), tenant},
                {QStringLiteral("applicationId"), id},
                {QStringLiteral("name"), QStringLiteral("Default secret")},
                {QStringLiteral("value"), newSecret()},
                {QStringLiteral("createdAt"), static_cast<double>(s->nextTimestamp())},
                {QStringLiteral("expiresAt"), QJsonValue::Null},
            });
        }
        return HttpResponse::json(200, QJsonDocument(app));
    });

    fake.apiRoute("GET", QStringLiteral("/api/applications/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->applications.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(s->applications.value(id)));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/applications/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->applications.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QJsonObject app = s->applications.value(id);
        if (app.value(QLatin1String("type")).toString() == QLatin1String("SAML"))
            return HttpResponse::error(
                400, QStringLiteral("application.saml.use_saml_app_api"),
                QStringLiteral("Use `[METHOD] /saml-applications(/.*)?` API to create and "
                               "update SAML apps."));
        QString error;
        if (body->contains(QLatin1String("name")))
            app.insert(QStringLiteral("name"), boundedString(*body, "name", 1, 256, true, &error));
        if (body->contains(QLatin1String("description"))) {
            const QJsonValue description = body->value(QLatin1String("description"));
            if (!description.isString() && !description.isNull())
                error = QStringLiteral("`description` must be a string or null.");
            app.insert(QStringLiteral("description"), description);
        }
        if (body->contains(QLatin1String("customData")))
            app.insert(QStringLiteral("customData"), body->value(QLatin1String("customData")).toObject());
        if (error.isEmpty())
            error = mergeMetadata(app, *body);
        if (!error.isEmpty())
            return invalidInput(error);
        // Anything else (isThirdParty, type, …) is not part of the update guard: ignored.
        s->applications.insert(id, app);
        return HttpResponse::json(200, QJsonDocument(app));
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/applications/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->applications.remove(id))
            return notFound(id);
        s->applicationSecrets.remove(id);
        s->applicationRoles.remove(id);
        s->samlConfigs.remove(id);
        forgetApplicationInOrganizations(*s, id);
        return HttpResponse::empty(204);
    });
}

void installSecrets(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/applications/([^/]+)/secrets"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->applications.contains(id))
                          return notFound(id);
                      QJsonArray out;
                      for (const QJsonObject &secret : s->applicationSecrets.value(id))
                          out.append(secretView(secret));
                      return HttpResponse::json(200, QJsonDocument(out));
                  });

    fake.apiRoute(
        "POST", QStringLiteral("/api/applications/([^/]+)/secrets"), [s, tenant](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            if (!s->applications.contains(id))
                return notFound(id);
            const auto body = bodyObject(request);
            if (!body)
                return invalidInput(QStringLiteral("The body must be a JSON object."));
            QString error;
            const QString name = boundedString(*body, "name", 1, 256, true, &error);
            const QJsonValue expiresAt = body->value(QLatin1String("expiresAt"));
            if (error.isEmpty() && !expiresAt.isUndefined() && !expiresAt.isNull() && !expiresAt.isDouble())
                error = QStringLiteral("`expiresAt` must be a number or null.");
            if (!error.isEmpty())
                return invalidInput(error);
            if (expiresAt.isDouble() &&
                expiresAt.toDouble() <= static_cast<double>(QDateTime::currentMSecsSinceEpoch()))
                return HttpResponse::error(
                    400, QStringLiteral("application.secret_expires_at_must_be_in_future"),
                    QStringLiteral("The secret expiration time must be in the future."));
            QList<QJsonObject> &secrets = s->applicationSecrets[id];
            for (const QJsonObject &existing : secrets) {
                if (existing.value(QLatin1String("name")).toString() == name)
                    return HttpResponse::error(422, QStringLiteral("application.secret_name_exists"),
                                               QStringLiteral("Secret name already exists."));
            }
            const QJsonObject secret{
                {QStringLiteral("tenantId"), tenant},
                {QStringLiteral("applicationId"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("value"), newSecret()},
                {QStringLiteral("createdAt"), static_cast<double>(s->nextTimestamp())},
                {QStringLiteral("expiresAt"),
                 expiresAt.isDouble() ? expiresAt : QJsonValue(QJsonValue::Null)},
            };
            secrets.append(secret);
            return HttpResponse::json(201, QJsonDocument(secret));
        });

    fake.apiRoute("DELETE", QStringLiteral("/api/applications/([^/]+)/secrets/(.+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->applications.contains(id))
                          return notFound(id);
                      QList<QJsonObject> &secrets = s->applicationSecrets[id];
                      const auto removed = secrets.removeIf([&](const QJsonObject &secret) {
                          return secret.value(QLatin1String("name")).toString() == request.captures.value(1);
                      });
                      if (removed == 0)
                          return relationNotFound();
                      return HttpResponse::empty(204);
                  });
}

void installApplicationRoles(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;

    fake.apiRoute("GET", QStringLiteral("/api/applications/([^/]+)/roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->applications.contains(id))
            return notFound(id);
        QMap<QString, QJsonObject> assigned;
        for (const QString &roleId : s->applicationRoles.value(id))
            assigned.insert(roleId, s->roles.value(roleId));
        return FakeLogto::paged(request, inCreationOrder(*s, assigned), true);
    });

    fake.apiRoute("POST", QStringLiteral("/api/applications/([^/]+)/roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->applications.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body || !isStringArray(body->value(QLatin1String("roleIds"))))
            return invalidInput(QStringLiteral("`roleIds` must be a list of role ids."));
        if (s->applications.value(id).value(QLatin1String("type")).toString() !=
            QLatin1String("MachineToMachine"))
            return HttpResponse::error(
                422, QStringLiteral("application.invalid_type"),
                QStringLiteral("Only machine to machine applications can have roles."));
        const QJsonArray roleIds = body->value(QLatin1String("roleIds")).toArray();
        for (const QJsonValue &v : roleIds) {
            const QString roleId = v.toString();
            if (!s->roles.contains(roleId))
                return notFound(roleId);
            if (s->roles.value(roleId).value(QLatin1String("type")).toString() !=
                QLatin1String("MachineToMachine"))
                return HttpResponse::error(422, QStringLiteral("role.type_mismatch"),
                                           QStringLiteral("Only machine to machine roles can be assigned to "
                                                          "applications."));
        }
        for (const QJsonValue &v : roleIds)
            s->applicationRoles[id].insert(v.toString());
        HttpResponse created;
        created.status = 201;
        created.contentType = "text/plain; charset=utf-8";
        created.body = "Created";
        return created;
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/applications/([^/]+)/roles/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->applications.contains(id))
                          return notFound(id);
                      if (!s->applicationRoles[id].remove(request.captures.value(1)))
                          return relationNotFound();
                      return HttpResponse::empty(204);
                  });
}

void installSamlApplications(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();
    const QString endpoint = fake.endpoint();
    auto isSaml = [s](const QString &id) {
        return s->applications.value(id).value(QLatin1String("type")).toString() == QLatin1String("SAML");
    };

    fake.apiRoute(
        "POST", QStringLiteral("/api/saml-applications"), [s, tenant, endpoint](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const auto body = bodyObject(request);
            if (!body)
                return invalidInput(QStringLiteral("The body must be a JSON object."));
            QString error;
            const QString name = boundedString(*body, "name", 1, 256, true, &error);
            if (!error.isEmpty())
                return invalidInput(error);
            const QString id = newId();
            const QJsonObject app{
                {QStringLiteral("tenantId"), tenant},
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("secret"), QString(QStringLiteral("internal:") + newSecret())},
                {QStringLiteral("description"), body->value(QLatin1String("description")).isString()
                                                    ? body->value(QLatin1String("description"))
                                                    : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("type"), QStringLiteral("SAML")},
                {QStringLiteral("oidcClientMetadata"),
                 QJsonObject{{QStringLiteral("redirectUris"),
                              QJsonArray{QString(endpoint + QStringLiteral("/api/saml-applications/") + id +
                                                 QStringLiteral("/callback"))}},
                             {QStringLiteral("postLogoutRedirectUris"), QJsonArray()}}},
                {QStringLiteral("customClientMetadata"), QJsonObject()},
                {QStringLiteral("protectedAppMetadata"), QJsonValue::Null},
                {QStringLiteral("customData"), body->value(QLatin1String("customData")).toObject()},
                {QStringLiteral("isThirdParty"), false},
                {QStringLiteral("createdAt"), static_cast<double>(s->nextTimestamp())},
            };
            const QJsonObject config{
                {QStringLiteral("attributeMapping"),
                 body->value(QLatin1String("attributeMapping")).toObject()},
                {QStringLiteral("entityId"), body->value(QLatin1String("entityId"))},
                {QStringLiteral("acsUrl"), body->value(QLatin1String("acsUrl"))},
                {QStringLiteral("encryption"), QJsonValue::Null},
                {QStringLiteral("nameIdFormat"),
                 body->value(QLatin1String("nameIdFormat"))
                     .toString(QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"))},
            };
            s->applications.insert(id, app);
            s->samlConfigs.insert(id, config);
            return HttpResponse::json(201, QJsonDocument(samlView(app, config)));
        });

    fake.apiRoute("GET", QStringLiteral("/api/saml-applications/([^/]+)"),
                  [s, isSaml](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!isSaml(id))
                          return notFound(id);
                      return HttpResponse::json(
                          200, QJsonDocument(samlView(s->applications.value(id), s->samlConfigs.value(id))));
                  });

    fake.apiRoute(
        "PATCH", QStringLiteral("/api/saml-applications/([^/]+)"), [s, isSaml](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            if (!isSaml(id))
                return notFound(id);
            const auto body = bodyObject(request);
            if (!body)
                return invalidInput(QStringLiteral("The body must be a JSON object."));
            QJsonObject app = s->applications.value(id);
            QString error;
            if (body->contains(QLatin1String("name")))
                app.insert(QStringLiteral("name"), boundedString(*body, "name", 1, 256, true, &error));
            if (body->contains(QLatin1String("description")))
                app.insert(QStringLiteral("description"), body->value(QLatin1String("description")));
            if (!error.isEmpty())
                return invalidInput(error);
            s->applications.insert(id, app);
            return HttpResponse::json(200, QJsonDocument(samlView(app, s->samlConfigs.value(id))));
        });

    fake.apiRoute("DELETE", QStringLiteral("/api/saml-applications/([^/]+)"),
                  [s, isSaml](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->applications.contains(id))
                          return notFound(id);
                      if (!isSaml(id))
                          return HttpResponse::error(
                              422, QStringLiteral("application.saml.saml_application_only"),
                              QStringLiteral("The API is only available for SAML applications."));
                      s->applications.remove(id);
                      s->samlConfigs.remove(id);
                      return HttpResponse::empty(204);
                  });
}
} // namespace

void installApplicationsApi(FakeLogto &fake, FakeLogto::State &state)
{
    installApplications(fake, state);
    installSecrets(fake, state);
    installApplicationRoles(fake, state);
    installSamlApplications(fake, state);
}

} // namespace gatehouse::test
