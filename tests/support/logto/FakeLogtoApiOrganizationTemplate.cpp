// The fake's organization template endpoints: /api/organization-scopes and /api/organization-roles
// with their scopes and resource scopes, answering as Logto 1.37 does (lists paginate; POST
// answers 201; a name is unique as typed → 422 entity.unique_integrity_violation; PUT on a role's
// scopes replaces the set and answers 204). Also the helpers of FakeLogtoOrganizations.h.

#include "FakeLogtoOrganizations.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <algorithm>

namespace gatehouse::test {

namespace fakelogto {

HttpResponse foreignKeyNotFound()
{
    return HttpResponse::error(
        422, QStringLiteral("entity.relation_foreign_key_not_found"),
        QStringLiteral("Cannot find one or more foreign keys. Please check the input."));
}

HttpResponse requireMembership()
{
    return HttpResponse::error(422, QStringLiteral("organization.require_membership"),
                               QStringLiteral("The user must be a member of the organization to proceed."));
}

HttpResponse uniqueViolation()
{
    return HttpResponse::error(422, QStringLiteral("entity.unique_integrity_violation"),
                               QStringLiteral("The entity already exists."));
}

std::optional<QStringList> stringList(const QJsonObject &body, const char *key, QString *error)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (!value.isArray()) {
        *error = QStringLiteral("`%1` must be a list of strings.").arg(QLatin1String(key));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString()) {
            *error = QStringLiteral("`%1` must be a list of strings.").arg(QLatin1String(key));
            return std::nullopt;
        }
        out.append(v.toString());
    }
    return out;
}

namespace {
QList<QJsonObject> rolesByName(const FakeLogto::State &s, const QSet<QString> &roleIds)
{
    QList<QJsonObject> roles;
    for (const QString &id : roleIds) {
        if (s.organizationRoles.contains(id))
            roles.append(s.organizationRoles.value(id));
    }
    std::sort(roles.begin(), roles.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("name")).toString() < b.value(QLatin1String("name")).toString();
    });
    return roles;
}
} // namespace

QJsonArray organizationRoleRefs(const FakeLogto::State &s, const QSet<QString> &roleIds)
{
    QJsonArray out;
    for (const QJsonObject &role : rolesByName(s, roleIds))
        out.append(QJsonObject{{QStringLiteral("id"), role.value(QLatin1String("id"))},
                               {QStringLiteral("name"), role.value(QLatin1String("name"))}});
    return out;
}

QJsonArray organizationRoleObjects(const FakeLogto::State &s, const QSet<QString> &roleIds)
{
    QJsonArray out;
    for (const QJsonObject &role : rolesByName(s, roleIds))
        out.append(role);
    return out;
}

std::optional<HttpResponse> checkOrganizationRoles(const FakeLogto::State &s, const QStringList &ids,
                                                   const QString &type)
{
    for (const QString &id : ids) {
        if (!s.organizationRoles.contains(id))
            return foreignKeyNotFound();
        if (!type.isEmpty() && s.organizationRoles.value(id).value(QLatin1String("type")).toString() != type)
            return HttpResponse::error(
                422, QStringLiteral("organization.roles_type_mismatch"),
                QStringLiteral("Organization role %1 is not of type %2.").arg(id, type));
    }
    return std::nullopt;
}

bool ilikeContains(const QString &text, const QString &pattern)
{
    QString regex;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size())
            regex += QRegularExpression::escape(QString(pattern.at(++i)));
        else if (c == QLatin1Char('%'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(regex, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    return re.match(text).hasMatch();
}

} // namespace fakelogto

namespace {
using namespace fakelogto;

bool nameTaken(const QMap<QString, QJsonObject> &objects, const QString &name, const QString &exceptId)
{
    return std::any_of(objects.begin(), objects.end(), [&](const QJsonObject &o) {
        return o.value(QLatin1String("name")).toString() == name &&
               o.value(QLatin1String("id")).toString() != exceptId;
    });
}

/// description: a string of at most 256 characters, or null.
QJsonValue description(const QJsonObject &body, QString *error)
{
    const QJsonValue v = body.value(QLatin1String("description"));
    if (v.isUndefined() || v.isNull())
        return QJsonValue::Null;
    if (!v.isString() || v.toString().size() > 256) {
        *error = QStringLiteral("`description` must be a string of at most 256 characters.");
        return QJsonValue::Null;
    }
    return v;
}

QJsonArray listOf(const FakeLogto::State &s, const QMap<QString, QJsonObject> &objects, const QString &q)
{
    QJsonArray out;
    for (const QJsonValue &v : inCreationOrder(s, objects)) {
        if (q.isEmpty() || ilikeContains(v.toObject().value(QLatin1String("name")).toString(), q))
            out.append(v);
    }
    return out;
}

void installScopes(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/organization-scopes"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        return FakeLogto::paged(
            request, listOf(*s, s->organizationScopes, request.query.queryItemValue(QStringLiteral("q"))),
            true);
    });

    fake.apiRoute("POST", QStringLiteral("/api/organization-scopes"),
                  [s, tenant](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const auto body = bodyObject(request);
                      if (!body)
                          return invalidInput(QStringLiteral("The body must be a JSON object."));
                      QString error;
                      const QString name = boundedString(*body, "name", 1, 128, true, &error);
                      const QJsonValue text = description(*body, &error);
                      if (!error.isEmpty())
                          return invalidInput(error);
                      if (nameTaken(s->organizationScopes, name, {}))
                          return uniqueViolation();
                      const QString id = newId();
                      const QJsonObject scope{{QStringLiteral("tenantId"), tenant},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("name"), name},
                                              {QStringLiteral("description"), text}};
                      s->organizationScopes.insert(id, scope);
                      s->createdAt.insert(id, s->nextTimestamp());
                      return HttpResponse::json(201, QJsonDocument(scope));
                  });

    fake.apiRoute("GET", QStringLiteral("/api/organization-scopes/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationScopes.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(s->organizationScopes.value(id)));
    });

    fake.apiRoute(
        "PATCH", QStringLiteral("/api/organization-scopes/([^/]+)"), [s](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            if (!s->organizationScopes.contains(id))
                return notFound(id);
            const auto body = bodyObject(request);
            if (!body)
                return invalidInput(QStringLiteral("The body must be a JSON object."));
            QJsonObject scope = s->organizationScopes.value(id);
            QString error;
            if (body->contains(QLatin1String("name")))
                scope.insert(QStringLiteral("name"), boundedString(*body, "name", 1, 128, true, &error));
            if (body->contains(QLatin1String("description")))
                scope.insert(QStringLiteral("description"), description(*body, &error));
            if (!error.isEmpty())
                return invalidInput(error);
            if (nameTaken(s->organizationScopes, scope.value(QLatin1String("name")).toString(), id))
                return uniqueViolation();
            s->organizationScopes.insert(id, scope);
            return HttpResponse::json(200, QJsonDocument(scope));
        });

    fake.apiRoute("DELETE", QStringLiteral("/api/organization-scopes/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->organizationScopes.remove(id))
                          return notFound(id);
                      s->createdAt.remove(id);
                      for (QSet<QString> &granted : s->organizationRoleScopes)
                          granted.remove(id);
                      return HttpResponse::empty(204);
                  });
}

/// A role as GET /api/organization-roles lists it: with {id, name} of its scopes and resource
/// scopes (those with their resource {id, name}).
QJsonObject listedRole(const FakeLogto::State &s, const QJsonObject &role)
{
    const QString id = role.value(QLatin1String("id")).toString();
    QJsonArray scopes;
    for (const QString &scopeId : s.organizationRoleScopes.value(id)) {
        const QJsonObject scope = s.organizationScopes.value(scopeId);
        scopes.append(QJsonObject{{QStringLiteral("id"), scopeId},
                                  {QStringLiteral("name"), scope.value(QLatin1String("name"))}});
    }
    QJsonArray resourceScopes;
    for (const QString &scopeId : s.organizationRoleResourceScopes.value(id)) {
        const QJsonObject scope = s.scopes.value(scopeId);
        const QJsonObject resource = s.resources.value(scope.value(QLatin1String("resourceId")).toString());
        resourceScopes.append(
            QJsonObject{{QStringLiteral("id"), scopeId},
                        {QStringLiteral("name"), scope.value(QLatin1String("name"))},
                        {QStringLiteral("resource"),
                         QJsonObject{{QStringLiteral("id"), resource.value(QLatin1String("id"))},
                                     {QStringLiteral("name"), resource.value(QLatin1String("name"))}}}});
    }
    QJsonObject o = role;
    o.insert(QStringLiteral("scopes"), scopes);
    o.insert(QStringLiteral("resourceScopes"), resourceScopes);
    return o;
}

std::optional<HttpResponse> checkIds(const QMap<QString, QJsonObject> &objects, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!objects.contains(id))
            return foreignKeyNotFound();
    }
    return std::nullopt;
}

void installRoles(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/organization-roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        QJsonArray all;
        for (const QJsonValue &v :
             listOf(*s, s->organizationRoles, request.query.queryItemValue(QStringLiteral("q"))))
            all.append(listedRole(*s, v.toObject()));
        return FakeLogto::paged(request, all, true);
    });

    fake.apiRoute("POST", QStringLiteral("/api/organization-roles"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString name = boundedString(*body, "name", 1, 128, true, &error);
        const QJsonValue text = description(*body, &error);
        const QString type = body->value(QLatin1String("type")).toString(QStringLiteral("User"));
        if (error.isEmpty() && type != QLatin1String("User") && type != QLatin1String("MachineToMachine"))
            error = QStringLiteral("`type` must be User or MachineToMachine.");
        const auto scopeIds = stringList(*body, "organizationScopeIds", &error);
        const auto resourceScopeIds = stringList(*body, "resourceScopeIds", &error);
        if (!error.isEmpty())
            return invalidInput(error);
        if (const auto refused = checkIds(s->organizationScopes, *scopeIds))
            return *refused;
        if (const auto refused = checkIds(s->scopes, *resourceScopeIds))
            return *refused;
        if (nameTaken(s->organizationRoles, name, {}))
            return uniqueViolation();
        const QString id = newId();
        const QJsonObject role{{QStringLiteral("tenantId"), tenant},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("description"), text},
                               {QStringLiteral("type"), type}};
        s->organizationRoles.insert(id, role);
        s->createdAt.insert(id, s->nextTimestamp());
        for (const QString &scopeId : *scopeIds)
            s->organizationRoleScopes[id].insert(scopeId);
        for (const QString &scopeId : *resourceScopeIds)
            s->organizationRoleResourceScopes[id].insert(scopeId);
        return HttpResponse::json(201, QJsonDocument(role));
    });

    fake.apiRoute("GET", QStringLiteral("/api/organization-roles/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationRoles.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(s->organizationRoles.value(id)));
    });

    fake.apiRoute(
        "PATCH", QStringLiteral("/api/organization-roles/([^/]+)"), [s](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            if (!s->organizationRoles.contains(id))
                return notFound(id);
            const auto body = bodyObject(request);
            if (!body)
                return invalidInput(QStringLiteral("The body must be a JSON object."));
            QJsonObject role = s->organizationRoles.value(id);
            QString error;
            if (body->contains(QLatin1String("name")))
                role.insert(QStringLiteral("name"), boundedString(*body, "name", 1, 128, true, &error));
            if (body->contains(QLatin1String("description")))
                role.insert(QStringLiteral("description"), description(*body, &error));
            if (body->contains(QLatin1String("type"))) {
                const QString type = body->value(QLatin1String("type")).toString();
                if (type != QLatin1String("User") && type != QLatin1String("MachineToMachine"))
                    error = QStringLiteral("`type` must be User or MachineToMachine.");
                role.insert(QStringLiteral("type"), type);
            }
            if (!error.isEmpty())
                return invalidInput(error);
            if (nameTaken(s->organizationRoles, role.value(QLatin1String("name")).toString(), id))
                return uniqueViolation();
            s->organizationRoles.insert(id, role);
            return HttpResponse::json(200, QJsonDocument(role));
        });

    fake.apiRoute("DELETE", QStringLiteral("/api/organization-roles/([^/]+)"),
                  [s](const HttpRequest &request) {
                      QMutexLocker lock(&s->mutex);
                      const QString id = request.captures.value(0);
                      if (!s->organizationRoles.remove(id))
                          return notFound(id);
                      s->createdAt.remove(id);
                      s->organizationRoleScopes.remove(id);
                      s->organizationRoleResourceScopes.remove(id);
                      for (auto &members : s->organizationUsers) {
                          for (QSet<QString> &roles : members)
                              roles.remove(id);
                      }
                      for (auto &apps : s->organizationApps) {
                          for (QSet<QString> &roles : apps)
                              roles.remove(id);
                      }
                      for (QSet<QString> &roles : s->invitationRoles)
                          roles.remove(id);
                      for (QSet<QString> &roles : s->jitRoles)
                          roles.remove(id);
                      return HttpResponse::empty(204);
                  });
}

/// GET/POST/PUT/DELETE of one of a role's scope sets.
void installRoleScopeSet(FakeLogto &fake, FakeLogto::State &state, const QString &path, const char *key,
                         QMap<QString, QSet<QString>> FakeLogto::State::*grants,
                         QMap<QString, QJsonObject> FakeLogto::State::*targets)
{
    FakeLogto::State *s = &state;
    const QString base = QStringLiteral("/api/organization-roles/([^/]+)/") + path;

    fake.apiRoute("GET", base, [s, grants, targets](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationRoles.contains(id))
            return notFound(id);
        QMap<QString, QJsonObject> granted;
        for (const QString &scopeId : (s->*grants).value(id))
            granted.insert(scopeId, (s->*targets).value(scopeId));
        return FakeLogto::paged(request, inCreationOrder(*s, granted), true);
    });

    for (const char *method : {"POST", "PUT"}) {
        fake.apiRoute(method, base, [s, grants, targets, key, method](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            if (!s->organizationRoles.contains(id))
                return foreignKeyNotFound();
            const auto body = bodyObject(request);
            QString error;
            const auto ids = body ? stringList(*body, key, &error) : std::nullopt;
            if (!ids)
                return invalidInput(error.isEmpty() ? QStringLiteral("The body must be a JSON object.")
                                                    : error);
            if (const auto refused = checkIds(s->*targets, *ids))
                return *refused;
            QSet<QString> &set = (s->*grants)[id];
            if (qstrcmp(method, "PUT") == 0)
                set.clear();
            for (const QString &scopeId : *ids)
                set.insert(scopeId);
            return HttpResponse::empty(qstrcmp(method, "PUT") == 0 ? 204 : 201);
        });
    }

    fake.apiRoute("DELETE", base + QStringLiteral("/([^/]+)"), [s, grants](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationRoles.contains(id))
            return notFound(id);
        if (!(s->*grants)[id].remove(request.captures.value(1)))
            return relationNotFound();
        return HttpResponse::empty(204);
    });
}
} // namespace

void installOrganizationTemplateApi(FakeLogto &fake, FakeLogto::State &state)
{
    installScopes(fake, state);
    installRoles(fake, state);
    installRoleScopeSet(fake, state, QStringLiteral("scopes"), "organizationScopeIds",
                        &FakeLogto::State::organizationRoleScopes, &FakeLogto::State::organizationScopes);
    installRoleScopeSet(fake, state, QStringLiteral("resource-scopes"), "scopeIds",
                        &FakeLogto::State::organizationRoleResourceScopes, &FakeLogto::State::scopes);
}

} // namespace gatehouse::test
