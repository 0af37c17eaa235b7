// The fake's organization endpoints: /api/organizations (q over id and name, showFeatured gives
// usersCount, POST answers 201), a user's organizations, and the cascades of FakeLogtoState.h.
// Members, applications and JIT are in FakeLogtoApiOrganizationMembers.cpp.

#include "FakeLogtoOrganizations.h"

#include <QMutexLocker>

namespace gatehouse::test {

void forgetUserInOrganizations(FakeLogto::State &state, const QString &userId)
{
    for (auto &members : state.organizationUsers)
        members.remove(userId);
}

void forgetApplicationInOrganizations(FakeLogto::State &state, const QString &applicationId)
{
    for (auto &apps : state.organizationApps)
        apps.remove(applicationId);
}

void forgetResourceScopeInOrganizations(FakeLogto::State &state, const QString &scopeId)
{
    for (QSet<QString> &granted : state.organizationRoleResourceScopes)
        granted.remove(scopeId);
}

void forgetSsoConnectorInOrganizations(FakeLogto::State &state, const QString &connectorId)
{
    for (QSet<QString> &connectors : state.jitSsoConnectors)
        connectors.remove(connectorId);
}

namespace {
using namespace fakelogto;

/// Copies the organization fields of `body` into `org`; sets *error for what Logto's guard refuses.
void applyFields(const QJsonObject &body, QJsonObject &org, QString *error)
{
    if (body.contains(QLatin1String("name")))
        org.insert(QStringLiteral("name"), boundedString(body, "name", 1, 128, true, error));
    if (body.contains(QLatin1String("description"))) {
        const QJsonValue v = body.value(QLatin1String("description"));
        if (!v.isNull() && (!v.isString() || v.toString().size() > 256))
            *error = QStringLiteral("`description` must be a string of at most 256 characters.");
        org.insert(QStringLiteral("description"), v);
    }
    for (const char *key : {"customData", "color", "branding"}) {
        if (!body.contains(QLatin1String(key)))
            continue;
        if (!body.value(QLatin1String(key)).isObject())
            *error = QStringLiteral("`%1` must be an object.").arg(QLatin1String(key));
        org.insert(QLatin1String(key), body.value(QLatin1String(key)));
    }
    for (const QString &key : body.value(QLatin1String("color")).toObject().keys()) {
        const QJsonValue v = body.value(QLatin1String("color")).toObject().value(key);
        if (key == QLatin1String("isDarkModeEnabled") ? !v.isBool() : !v.isString())
            *error = QStringLiteral("`color.%1` has the wrong type.").arg(key);
    }
    for (const QString &key : body.value(QLatin1String("branding")).toObject().keys()) {
        if (!body.value(QLatin1String("branding")).toObject().value(key).isString())
            *error = QStringLiteral("`branding.%1` must be a string.").arg(key);
    }
    if (body.contains(QLatin1String("isMfaRequired"))) {
        if (!body.value(QLatin1String("isMfaRequired")).isBool())
            *error = QStringLiteral("`isMfaRequired` must be true or false.");
        org.insert(QStringLiteral("isMfaRequired"), body.value(QLatin1String("isMfaRequired")));
    }
}

void installOrganizationObjects(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/organizations"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        const bool featured =
            request.query.queryItemValue(QStringLiteral("showFeatured")) == QLatin1String("true");
        const QJsonArray oldestFirst = inCreationOrder(*s, s->organizations);
        QJsonArray all; // Logto lists the newest first
        for (qsizetype i = oldestFirst.size() - 1; i >= 0; --i) {
            QJsonObject org = oldestFirst.at(i).toObject();
            const QString id = org.value(QLatin1String("id")).toString();
            if (!q.isEmpty() && !ilikeContains(id, q) &&
                !ilikeContains(org.value(QLatin1String("name")).toString(), q))
                continue;
            if (featured) {
                const auto members = s->organizationUsers.value(id);
                QJsonArray users;
                for (auto m = members.begin(); m != members.end() && users.size() < 3; ++m) {
                    const QJsonObject user = s->users.value(m.key());
                    users.append(QJsonObject{{QStringLiteral("id"), m.key()},
                                             {QStringLiteral("avatar"), user.value(QLatin1String("avatar"))},
                                             {QStringLiteral("name"), user.value(QLatin1String("name"))}});
                }
                org.insert(QStringLiteral("usersCount"), static_cast<int>(members.size()));
                org.insert(QStringLiteral("featuredUsers"), users);
            }
            all.append(org);
        }
        return FakeLogto::paged(request, all, true);
    });

    fake.apiRoute("POST", QStringLiteral("/api/organizations"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        if (!body->contains(QLatin1String("name")))
            error = QStringLiteral("`name` is required.");
        const QString id = newId(12);
        QJsonObject org{{QStringLiteral("tenantId"), tenant},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("name"), QString()},
                        {QStringLiteral("description"), QJsonValue::Null},
                        {QStringLiteral("customData"), QJsonObject()},
                        {QStringLiteral("isMfaRequired"), false},
                        {QStringLiteral("color"), QJsonObject()},
                        {QStringLiteral("branding"), QJsonObject()},
                        {QStringLiteral("customCss"), QJsonValue::Null},
                        {QStringLiteral("createdAt"), static_cast<double>(s->nextTimestamp())}};
        applyFields(*body, org, &error);
        if (!error.isEmpty())
            return invalidInput(error);
        s->organizations.insert(id, org);
        return HttpResponse::json(201, QJsonDocument(org));
    });

    fake.apiRoute("GET", QStringLiteral("/api/organizations/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(s->organizations.value(id)));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/organizations/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QJsonObject org = s->organizations.value(id);
        QString error;
        applyFields(*body, org, &error);
        if (!error.isEmpty())
            return invalidInput(error);
        s->organizations.insert(id, org);
        return HttpResponse::json(200, QJsonDocument(org));
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/organizations/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.remove(id))
            return notFound(id);
        s->organizationUsers.remove(id);
        s->organizationApps.remove(id);
        s->jitEmailDomains.remove(id);
        s->jitSsoConnectors.remove(id);
        s->jitRoles.remove(id);
        for (auto it = s->organizationInvitations.begin(); it != s->organizationInvitations.end();) {
            if (it->value(QLatin1String("organizationId")).toString() == id) {
                s->invitationRoles.remove(it.key());
                it = s->organizationInvitations.erase(it);
            } else {
                ++it;
            }
        }
        return HttpResponse::empty(204);
    });

    fake.apiRoute("GET", QStringLiteral("/api/users/([^/]+)/organizations"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString userId = request.captures.value(0);
        if (!s->users.contains(userId))
            return notFound(userId);
        QJsonArray out;
        for (const QJsonValue &v : inCreationOrder(*s, s->organizations)) {
            QJsonObject org = v.toObject();
            const auto members = s->organizationUsers.value(org.value(QLatin1String("id")).toString());
            if (!members.contains(userId))
                continue;
            org.insert(QStringLiteral("organizationRoles"), organizationRoleRefs(*s, members.value(userId)));
            out.append(org);
        }
        return HttpResponse::json(200, QJsonDocument(out));
    });
}
} // namespace

void installOrganizationsApi(FakeLogto &fake, FakeLogto::State &state)
{
    installOrganizationObjects(fake, state);
    installOrganizationMembersApi(fake, state);
    installOrganizationApplicationsApi(fake, state);
    installOrganizationJitApi(fake, state);
}

} // namespace gatehouse::test
