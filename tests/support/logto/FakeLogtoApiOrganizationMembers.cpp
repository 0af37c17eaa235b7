// The fake's organization relations: members and their roles and scopes, machine-to-machine
// applications and their roles, just-in-time provisioning. As Logto 1.37: adding answers 201
// "Created" (already present relations are kept), PUT replaces the set and answers 204, acting on
// a user who is not a member answers 422 organization.require_membership, unknown ids 422.

#include "FakeLogtoOrganizations.h"

#include <QMutexLocker>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

HttpResponse created()
{
    HttpResponse response;
    response.status = 201;
    response.body = "Created";
    response.contentType = "text/plain; charset=utf-8";
    return response;
}

/// A member as GET /api/organizations/{id}/users lists it (samples/org_users.json): the user
/// without its digest and, unlike GET /api/users, without hasPassword.
QJsonObject memberUser(QJsonObject user)
{
    user.remove(QStringLiteral("passwordDigest"));
    user.remove(QStringLiteral("passwordAlgorithm"));
    user.remove(QStringLiteral("hasPassword"));
    return user;
}

bool userMatches(const QJsonObject &user, const QString &q)
{
    for (const char *key : {"id", "username", "primaryEmail", "primaryPhone", "name"}) {
        const QJsonValue v = user.value(QLatin1String(key));
        if (v.isString() && ilikeContains(v.toString(), q))
            return true;
    }
    return false;
}

/// The body's string list `key`, or the 400 to answer.
std::optional<QStringList> listOrAnswer(const HttpRequest &request, const char *key, HttpResponse *answer)
{
    const auto body = bodyObject(request);
    QString error;
    const auto ids = body ? stringList(*body, key, &error) : std::nullopt;
    if (!ids)
        *answer = invalidInput(error.isEmpty() ? QStringLiteral("The body must be a JSON object.") : error);
    return ids;
}

std::optional<HttpResponse> checkUsers(const FakeLogto::State &s, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!s.users.contains(id))
            return foreignKeyNotFound();
    }
    return std::nullopt;
}
} // namespace

void installOrganizationMembersApi(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString users = QStringLiteral("/api/organizations/([^/]+)/users");

    fake.apiRoute("GET", users, [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        const auto members = s->organizationUsers.value(id);
        QMap<QString, QJsonObject> matching;
        for (auto it = members.begin(); it != members.end(); ++it) {
            const QJsonObject user = s->users.value(it.key());
            if (!q.isEmpty() && !userMatches(user, q))
                continue;
            QJsonObject o = memberUser(user);
            o.insert(QStringLiteral("organizationRoles"), organizationRoleRefs(*s, it.value()));
            matching.insert(it.key(), o);
        }
        return FakeLogto::paged(request, inCreationOrder(*s, matching), true);
    });

    for (const char *method : {"POST", "PUT"}) {
        fake.apiRoute(method, users, [s, method](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            HttpResponse answer;
            const auto ids = listOrAnswer(request, "userIds", &answer);
            if (!ids)
                return answer;
            if (!s->organizations.contains(id))
                return foreignKeyNotFound();
            if (const auto refused = checkUsers(*s, *ids))
                return *refused;
            auto &members = s->organizationUsers[id];
            if (qstrcmp(method, "PUT") == 0) {
                for (auto it = members.begin(); it != members.end();)
                    it = ids->contains(it.key()) ? std::next(it) : members.erase(it);
            }
            for (const QString &userId : *ids) {
                if (!members.contains(userId))
                    members.insert(userId, {});
            }
            return qstrcmp(method, "PUT") == 0 ? HttpResponse::empty(204) : created();
        });
    }

    fake.apiRoute("DELETE", users + QStringLiteral("/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        if (!s->organizationUsers[id].remove(request.captures.value(1)))
            return requireMembership();
        return HttpResponse::empty(204);
    });

    fake.apiRoute("POST", users + QStringLiteral("/roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        HttpResponse answer;
        const auto userIds = listOrAnswer(request, "userIds", &answer);
        const auto roleIds = userIds ? listOrAnswer(request, "organizationRoleIds", &answer) : std::nullopt;
        if (!roleIds)
            return answer;
        if (!s->organizations.contains(id))
            return foreignKeyNotFound();
        if (const auto refused = checkOrganizationRoles(*s, *roleIds, QStringLiteral("User")))
            return *refused;
        auto &members = s->organizationUsers[id];
        for (const QString &userId : *userIds) {
            if (!members.contains(userId))
                return requireMembership();
        }
        for (const QString &userId : *userIds) {
            for (const QString &roleId : *roleIds)
                members[userId].insert(roleId);
        }
        return created();
    });

    const QString memberRoles = users + QStringLiteral("/([^/]+)/roles");
    fake.apiRoute("GET", memberRoles, [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto members = s->organizationUsers.value(request.captures.value(0));
        if (!members.contains(request.captures.value(1)))
            return requireMembership();
        return FakeLogto::paged(request,
                                organizationRoleObjects(*s, members.value(request.captures.value(1))), false);
    });

    for (const char *method : {"POST", "PUT"}) {
        fake.apiRoute(method, memberRoles, [s, method](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            auto &members = s->organizationUsers[request.captures.value(0)];
            if (!members.contains(request.captures.value(1)))
                return requireMembership();
            HttpResponse answer;
            const auto roleIds = listOrAnswer(request, "organizationRoleIds", &answer);
            if (!roleIds)
                return answer;
            if (const auto refused = checkOrganizationRoles(*s, *roleIds, QStringLiteral("User")))
                return *refused;
            QSet<QString> &held = members[request.captures.value(1)];
            if (qstrcmp(method, "PUT") == 0)
                held.clear();
            for (const QString &roleId : *roleIds)
                held.insert(roleId);
            return qstrcmp(method, "PUT") == 0 ? HttpResponse::empty(204) : created();
        });
    }

    fake.apiRoute("DELETE", memberRoles + QStringLiteral("/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        auto &members = s->organizationUsers[request.captures.value(0)];
        if (!members.contains(request.captures.value(1)))
            return requireMembership();
        if (!members[request.captures.value(1)].remove(request.captures.value(2)))
            return relationNotFound();
        return HttpResponse::empty(204);
    });

    fake.apiRoute("GET", users + QStringLiteral("/([^/]+)/scopes"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto members = s->organizationUsers.value(request.captures.value(0));
        if (!members.contains(request.captures.value(1)))
            return requireMembership();
        QMap<QString, QJsonObject> scopes;
        for (const QString &roleId : members.value(request.captures.value(1))) {
            for (const QString &scopeId : s->organizationRoleScopes.value(roleId))
                scopes.insert(scopeId, s->organizationScopes.value(scopeId));
        }
        return HttpResponse::json(200, QJsonDocument(inCreationOrder(*s, scopes)));
    });
}

void installOrganizationApplicationsApi(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString apps = QStringLiteral("/api/organizations/([^/]+)/applications");

    fake.apiRoute("GET", apps, [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        const auto linked = s->organizationApps.value(id);
        QMap<QString, QJsonObject> out;
        for (auto it = linked.begin(); it != linked.end(); ++it) {
            QJsonObject app = s->applications.value(it.key());
            app.insert(QStringLiteral("organizationRoles"), organizationRoleRefs(*s, it.value()));
            out.insert(it.key(), app);
        }
        return FakeLogto::paged(request, inCreationOrder(*s, out), true);
    });

    for (const char *method : {"POST", "PUT"}) {
        fake.apiRoute(method, apps, [s, method](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString id = request.captures.value(0);
            HttpResponse answer;
            const auto ids = listOrAnswer(request, "applicationIds", &answer);
            if (!ids)
                return answer;
            if (!s->organizations.contains(id))
                return foreignKeyNotFound();
            for (const QString &appId : *ids) {
                if (!s->applications.contains(appId))
                    return foreignKeyNotFound();
                if (s->applications.value(appId).value(QLatin1String("type")).toString() !=
                    QLatin1String("MachineToMachine"))
                    return HttpResponse::error(422, QStringLiteral("application.type_not_allowed"),
                                               QStringLiteral("Only machine-to-machine applications can be "
                                                              "added to an organization."));
            }
            auto &linked = s->organizationApps[id];
            if (qstrcmp(method, "PUT") == 0) {
                for (auto it = linked.begin(); it != linked.end();)
                    it = ids->contains(it.key()) ? std::next(it) : linked.erase(it);
            }
            for (const QString &appId : *ids) {
                if (!linked.contains(appId))
                    linked.insert(appId, {});
            }
            return qstrcmp(method, "PUT") == 0 ? HttpResponse::empty(204) : created();
        });
    }

    fake.apiRoute("DELETE", apps + QStringLiteral("/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        if (!s->organizationApps[request.captures.value(0)].remove(request.captures.value(1)))
            return relationNotFound();
        return HttpResponse::empty(204);
    });

    const QString appRoles = apps + QStringLiteral("/([^/]+)/roles");
    fake.apiRoute("GET", appRoles, [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto linked = s->organizationApps.value(request.captures.value(0));
        if (!linked.contains(request.captures.value(1)))
            return relationNotFound();
        return FakeLogto::paged(request, organizationRoleObjects(*s, linked.value(request.captures.value(1))),
                                false);
    });

    fake.apiRoute("PUT", appRoles, [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        auto &linked = s->organizationApps[request.captures.value(0)];
        if (!linked.contains(request.captures.value(1)))
            return HttpResponse::error(422, QStringLiteral("organization.require_membership"),
                                       QStringLiteral("The application must be a member of the organization "
                                                      "to proceed."));
        HttpResponse answer;
        const auto roleIds = listOrAnswer(request, "organizationRoleIds", &answer);
        if (!roleIds)
            return answer;
        if (const auto refused = checkOrganizationRoles(*s, *roleIds, QStringLiteral("MachineToMachine")))
            return *refused;
        QSet<QString> &held = linked[request.captures.value(1)];
        held.clear();
        for (const QString &roleId : *roleIds)
            held.insert(roleId);
        return HttpResponse::empty(204);
    });
}

void installOrganizationJitApi(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();
    const QString jit = QStringLiteral("/api/organizations/([^/]+)/jit/");

    fake.apiRoute("GET", jit + QStringLiteral("email-domains"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        QJsonArray out;
        for (const QString &domain : s->jitEmailDomains.value(id))
            out.append(QJsonObject{{QStringLiteral("tenantId"), tenant},
                                   {QStringLiteral("organizationId"), id},
                                   {QStringLiteral("emailDomain"), domain}});
        return FakeLogto::paged(request, out, false);
    });

    fake.apiRoute("PUT", jit + QStringLiteral("email-domains"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        HttpResponse answer;
        const auto domains = listOrAnswer(request, "emailDomains", &answer);
        if (!domains)
            return answer;
        if (!s->organizations.contains(id))
            return foreignKeyNotFound();
        QStringList unique;
        for (const QString &domain : *domains) {
            if (!unique.contains(domain))
                unique.append(domain);
        }
        s->jitEmailDomains.insert(id, unique);
        return HttpResponse::empty(204);
    });

    // Adds one domain (samples/jit_domain_add: 201 and the new row); a domain already there → 422.
    fake.apiRoute("POST", jit + QStringLiteral("email-domains"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        const auto body = bodyObject(request);
        const QJsonValue domain = body ? body->value(QLatin1String("emailDomain")) : QJsonValue();
        if (!domain.isString() || domain.toString().isEmpty())
            return invalidInput(QStringLiteral("`emailDomain` must be a non-empty string."));
        if (!s->organizations.contains(id))
            return foreignKeyNotFound();
        QStringList &domains = s->jitEmailDomains[id];
        if (domains.contains(domain.toString()))
            return HttpResponse::error(422, QStringLiteral("entity.unique_integrity_violation"),
                                       QStringLiteral("The entity already exists."));
        domains.append(domain.toString());
        return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("tenantId"), tenant},
                                                                 {QStringLiteral("organizationId"), id},
                                                                 {QStringLiteral("emailDomain"), domain}}));
    });

    fake.apiRoute("GET", jit + QStringLiteral("sso-connectors"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        QJsonArray out;
        for (const QString &connectorId : s->jitSsoConnectors.value(id)) {
            QJsonObject connector = s->ssoConnectorById ? s->ssoConnectorById(connectorId) : QJsonObject();
            if (connector.isEmpty())
                connector.insert(QStringLiteral("id"), connectorId);
            // The connector's own row (samples/jit_sso), without what GET /api/sso-connectors/{id}
            // adds from its provider.
            for (const char *key : {"name", "providerLogo", "providerLogoDark", "providerType"})
                connector.remove(QLatin1String(key));
            out.append(connector);
        }
        return FakeLogto::paged(request, out, false);
    });

    fake.apiRoute("PUT", jit + QStringLiteral("sso-connectors"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        HttpResponse answer;
        const auto ids = listOrAnswer(request, "ssoConnectorIds", &answer);
        if (!ids)
            return answer;
        if (!s->organizations.contains(id))
            return foreignKeyNotFound();
        for (const QString &connectorId : *ids) {
            if (!s->ssoConnectorById || s->ssoConnectorById(connectorId).isEmpty())
                return foreignKeyNotFound();
        }
        s->jitSsoConnectors.insert(id, QSet<QString>(ids->begin(), ids->end()));
        return HttpResponse::empty(204);
    });

    // Adds connectors to the set (samples/jit_sso_add: 201 "Created"; present ones are kept).
    fake.apiRoute("POST", jit + QStringLiteral("sso-connectors"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        HttpResponse answer;
        const auto ids = listOrAnswer(request, "ssoConnectorIds", &answer);
        if (!ids)
            return answer;
        if (!s->organizations.contains(id))
            return foreignKeyNotFound();
        for (const QString &connectorId : *ids) {
            if (!s->ssoConnectorById || s->ssoConnectorById(connectorId).isEmpty())
                return foreignKeyNotFound();
        }
        QSet<QString> &held = s->jitSsoConnectors[id];
        for (const QString &connectorId : *ids)
            held.insert(connectorId);
        return created();
    });

    fake.apiRoute("GET", jit + QStringLiteral("roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizations.contains(id))
            return notFound(id);
        return FakeLogto::paged(request, organizationRoleObjects(*s, s->jitRoles.value(id)), false);
    });

    fake.apiRoute("PUT", jit + QStringLiteral("roles"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        HttpResponse answer;
        const auto ids = listOrAnswer(request, "organizationRoleIds", &answer);
        if (!ids)
            return answer;
        if (!s->organizations.contains(id))
            return foreignKeyNotFound();
        if (const auto refused = checkOrganizationRoles(*s, *ids, QStringLiteral("User")))
            return *refused;
        s->jitRoles.insert(id, QSet<QString>(ids->begin(), ids->end()));
        return HttpResponse::empty(204);
    });
}

} // namespace gatehouse::test
