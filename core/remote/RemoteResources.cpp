#include "model/LogtoJson.h"
#include "model/UpdateRules.h"
#include "model/Validation.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace gatehouse::remote {

namespace {
constexpr int pageSize = 100;

QString resourcePath(const QString &id)
{
    return QStringLiteral("/api/resources/") + segment(id);
}

QString scopesPath(const QString &resourceId)
{
    return resourcePath(resourceId) + QStringLiteral("/scopes");
}

Error resourceNotFound(const QString &id)
{
    return Error::notFound(rtr("API resource"), id);
}

Resource fetchResource(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return logto::resource(getObject(s, resourcePath(id), resourceNotFound(id)), b.tenantId());
}

QList<Resource> allResources(RemoteSession &s, const RemoteBackend &b)
{
    QList<Resource> out;
    for (const QJsonValue &v : s.get(QStringLiteral("/api/resources")).array())
        out.append(logto::resource(v.toObject(), b.tenantId()));
    return out;
}

QList<Scope> scopesOf(RemoteSession &s, const RemoteBackend &b, const QString &resourceId)
{
    QList<Scope> out;
    QHash<QString, QString> &cache = b.scopeResources();
    for (const QJsonValue &v : s.getAll(scopesPath(resourceId))) {
        Scope scope = logto::scope(v.toObject(), b.tenantId());
        cache.insert(scope.id, scope.resourceId);
        out.append(scope);
    }
    return out;
}

/// The scopes of several resources, one request each (in parallel); resources that no longer
/// exist are skipped.
QList<Scope> scopesOfMany(RemoteSession &s, const RemoteBackend &b, const QStringList &resourceIds)
{
    QList<Request> requests;
    QUrlQuery firstPage;
    firstPage.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    firstPage.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    for (const QString &id : resourceIds)
        requests.append(Request::get(scopesPath(id), firstPage));
    const QList<Result<Response>> answers = s.sendAll(requests);
    QList<Scope> out;
    QHash<QString, QString> &cache = b.scopeResources();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!answers[i].ok()) {
            if (answers[i].error().code() == ErrorCode::NotFound)
                continue;
            throw Failure{answers[i].error()};
        }
        const QJsonArray page = answers[i]->array();
        if (page.size() >= pageSize) {
            out += scopesOf(s, b, resourceIds[i]);
            continue;
        }
        for (const QJsonValue &v : page) {
            Scope scope = logto::scope(v.toObject(), b.tenantId());
            cache.insert(scope.id, scope.resourceId);
            out.append(scope);
        }
    }
    return out;
}

void checkIndicatorFree(const QList<Resource> &resources, const QString &indicator)
{
    for (const Resource &r : resources) {
        if (r.indicator == indicator)
            throwExists(rtr("The API resource \"%1\" already uses the indicator %2.").arg(r.name, indicator));
    }
}

void checkScopeNameFree(const QList<Scope> &siblings, const QString &name, const QString &exceptId)
{
    for (const Scope &s : siblings) {
        if (s.name == name && s.id != exceptId)
            throwExists(rtr("This API resource already has a permission named \"%1\".").arg(name));
    }
}

/// Sets or clears the default flag of `id`. Setting it clears the flag of `previousDefaults`
/// (Logto does that itself; any it left are cleared here). Returns the resource as it is now and
/// appends (before, after) of every other resource that changed to `cleared`.
Resource setDefault(RemoteSession &s, const RemoteBackend &b, const QString &id, bool isDefault,
                    const QList<Resource> &previousDefaults, QList<std::pair<Resource, Resource>> &cleared)
{
    const QString path = resourcePath(id) + QStringLiteral("/is-default");
    const Response r = s.send(
        Request::patch(path, QJsonDocument(QJsonObject{{QStringLiteral("isDefault"), isDefault}})), {404});
    if (r.status == 404)
        throw Failure{resourceNotFound(id)};
    const Resource now = logto::resource(r.object(), b.tenantId());
    if (!isDefault)
        return now;
    for (const Resource &previous : previousDefaults) {
        if (previous.id == id)
            continue;
        Resource after = fetchResource(s, b, previous.id);
        if (after.isDefault) {
            after = logto::resource(s.patch(resourcePath(previous.id) + QStringLiteral("/is-default"),
                                            QJsonDocument(QJsonObject{{QStringLiteral("isDefault"), false}}))
                                        .object(),
                                    b.tenantId());
        }
        cleared.append({previous, after});
    }
    return now;
}

QList<Resource> defaultsAmong(const QList<Resource> &resources)
{
    QList<Resource> out;
    std::copy_if(resources.begin(), resources.end(), std::back_inserter(out),
                 [](const Resource &r) { return r.isDefault; });
    return out;
}

void journalCleared(RemoteBackend &b, const QList<std::pair<Resource, Resource>> &cleared)
{
    for (const auto &[before, after] : cleared)
        b.journalChange(QStringLiteral("resource.update"), QStringLiteral("resource"), after.id,
                        json::toJson(before), json::toJson(after));
}

/// Ids of the roles that hold `scopeId` (one request per role, in parallel).
QStringList rolesGranting(RemoteSession &s, const QString &scopeId)
{
    QStringList roleIds;
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/roles")))
        roleIds.append(v.toObject().value(QLatin1String("id")).toString());
    QList<Request> requests;
    QUrlQuery firstPage;
    firstPage.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    firstPage.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    for (const QString &id : roleIds)
        requests.append(
            Request::get(QStringLiteral("/api/roles/") + segment(id) + QStringLiteral("/scopes"), firstPage));
    const QList<Result<Response>> answers = s.sendAll(requests);
    QStringList holders;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!answers[i].ok()) {
            if (answers[i].error().code() == ErrorCode::NotFound)
                continue;
            throw Failure{answers[i].error()};
        }
        QJsonArray granted = answers[i]->array();
        if (granted.size() >= pageSize)
            granted =
                s.getAll(QStringLiteral("/api/roles/") + segment(roleIds[i]) + QStringLiteral("/scopes"));
        for (const QJsonValue &v : granted) {
            if (v.toObject().value(QLatin1String("id")).toString() == scopeId) {
                holders.append(roleIds[i]);
                break;
            }
        }
    }
    holders.sort();
    return holders;
}
} // namespace

QHash<QString, Scope> findScopes(RemoteSession &s, const RemoteBackend &b, const QStringList &scopeIds,
                                 const QString &resourceHint)
{
    QHash<QString, QString> &cache = b.scopeResources();
    const QSet<QString> wanted(scopeIds.begin(), scopeIds.end());
    QHash<QString, Scope> found;
    QSet<QString> read;
    auto readResources = [&](const QStringList &resourceIds) {
        for (const QString &id : resourceIds)
            read.insert(id);
        for (const Scope &scope : scopesOfMany(s, b, resourceIds)) {
            if (wanted.contains(scope.id))
                found.insert(scope.id, scope);
        }
    };
    QSet<QString> likely;
    for (const QString &id : wanted) {
        if (cache.contains(id))
            likely.insert(cache.value(id));
    }
    if (!resourceHint.isEmpty())
        likely.insert(resourceHint);
    if (!likely.isEmpty())
        readResources(QStringList(likely.begin(), likely.end()));
    if (found.size() < wanted.size()) {
        QStringList rest;
        for (const Resource &r : allResources(s, b)) {
            if (!read.contains(r.id))
                rest.append(r.id);
        }
        if (!rest.isEmpty())
            readResources(rest);
    }
    for (const QString &id : wanted) {
        if (!found.contains(id))
            cache.remove(id);
    }
    return found;
}

namespace {

/// API resources and their permissions (scopes) over /api/resources. Logto addresses a scope
/// through its resource; the core API by scope id alone, so the worker keeps a scope → resource
/// map and searches the resources when a scope is not in it.
class RemoteResources final : public ResourcesApi
{
public:
    explicit RemoteResources(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Resource>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<Resource>>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return allResources(s, m_backend);
        });
    }

    Future<Resource> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Resource>([this, tenantId, id](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return fetchResource(s, m_backend, id);
        });
    }

    Future<Resource> create(const QString &tenantId, const Resource &draft) override
    {
        return m_backend.submit<Resource>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::resource(draft));
            const QString name = draft.name.trimmed();
            const QList<Resource> existing = allResources(s, b);
            checkIndicatorFree(existing, draft.indicator);
            const QJsonObject body{{QStringLiteral("name"), name},
                                   {QStringLiteral("indicator"), draft.indicator},
                                   {QStringLiteral("accessTokenTtl"), draft.accessTokenTtl}};
            Response answer;
            try {
                answer = s.post(QStringLiteral("/api/resources"), QJsonDocument(body));
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure,
                                    [&] { checkIndicatorFree(allResources(s, b), draft.indicator); });
            }
            Resource created = logto::resource(answer.object(), b.tenantId());
            QList<std::pair<Resource, Resource>> cleared;
            if (draft.isDefault)
                created = setDefault(s, b, created.id, true, defaultsAmong(existing), cleared);
            journalCleared(b, cleared);
            b.journalChange(QStringLiteral("resource.create"), QStringLiteral("resource"), created.id,
                            QJsonValue::Null, json::toJson(created));
            return created;
        });
    }

    Future<Resource> update(const QString &tenantId, const Resource &resource) override
    {
        return m_backend.submit<Resource>([this, tenantId, resource](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::resource(resource));
            const Resource before = fetchResource(s, b, resource.id);
            throwIfInvalid(rules::updateProblems(before, resource));
            throwIfStale(resource.version, before.version, rules::title(before));
            Resource wanted = before;
            wanted.name = resource.name.trimmed();
            wanted.accessTokenTtl = resource.accessTokenTtl;
            Resource current = before;
            const QJsonObject patch = logto::resourcePatch(before, wanted);
            if (!patch.isEmpty()) {
                const Response r =
                    s.send(Request::patch(resourcePath(before.id), QJsonDocument(patch)), {404});
                if (r.status == 404)
                    throw Failure{resourceNotFound(before.id)};
                current = logto::resource(r.object(), b.tenantId());
            }
            QList<std::pair<Resource, Resource>> cleared;
            if (resource.isDefault != before.isDefault) {
                const QList<Resource> previous =
                    resource.isDefault ? defaultsAmong(allResources(s, b)) : QList<Resource>();
                current = setDefault(s, b, before.id, resource.isDefault, previous, cleared);
            }
            if (current.version == before.version)
                return before;
            journalCleared(b, cleared);
            b.journalChange(QStringLiteral("resource.update"), QStringLiteral("resource"), current.id,
                            json::toJson(before), json::toJson(current));
            return current;
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([this, tenantId, id](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const Resource before = fetchResource(s, b, id);
            QJsonObject snapshot = json::toJson(before);
            QStringList names;
            QHash<QString, QString> &cache = b.scopeResources();
            for (const Scope &scope : scopesOf(s, b, id)) {
                names.append(scope.name);
                cache.remove(scope.id);
            }
            names.sort();
            snapshot.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(names));
            deleteObject(s, resourcePath(id), resourceNotFound(id));
            b.journalChange(QStringLiteral("resource.delete"), QStringLiteral("resource"), id, snapshot,
                            QJsonValue::Null);
            return Done{};
        });
    }

    Future<QList<Scope>> scopes(const QString &tenantId, const QString &resourceId) override
    {
        return m_backend.submit<QList<Scope>>([this, tenantId, resourceId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            fetchResource(s, m_backend, resourceId);
            QList<Scope> out = scopesOf(s, m_backend, resourceId);
            std::stable_sort(out.begin(), out.end(),
                             [](const Scope &a, const Scope &b) { return a.name < b.name; });
            return out;
        });
    }

    Future<Scope> createScope(const QString &tenantId, const Scope &draft) override
    {
        return m_backend.submit<Scope>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::scope(draft));
            fetchResource(s, b, draft.resourceId);
            checkScopeNameFree(scopesOf(s, b, draft.resourceId), draft.name, {});
            const QJsonObject body{{QStringLiteral("name"), draft.name},
                                   {QStringLiteral("description"), draft.description.isEmpty()
                                                                       ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(draft.description)}};
            Response answer;
            try {
                answer = s.post(scopesPath(draft.resourceId), QJsonDocument(body));
            } catch (const Failure &failure) {
                rethrowAfterRecheck(
                    failure, [&] { checkScopeNameFree(scopesOf(s, b, draft.resourceId), draft.name, {}); });
            }
            const Scope created = logto::scope(answer.object(), b.tenantId());
            b.scopeResources().insert(created.id, created.resourceId);
            b.journalChange(QStringLiteral("scope.create"), QStringLiteral("scope"), created.id,
                            QJsonValue::Null, json::toJson(created));
            return created;
        });
    }

    Future<Scope> updateScope(const QString &tenantId, const Scope &scope) override
    {
        return m_backend.submit<Scope>([this, tenantId, scope](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::scope(scope));
            const QHash<QString, Scope> found = findScopes(s, b, {scope.id}, scope.resourceId);
            if (!found.contains(scope.id))
                throw Failure{Error::notFound(rtr("Permission"), scope.id)};
            const Scope before = found.value(scope.id);
            if (scope.name == before.name && scope.description == before.description)
                return before;
            checkScopeNameFree(scopesOf(s, b, before.resourceId), scope.name, before.id);
            const QJsonObject body{{QStringLiteral("name"), scope.name},
                                   {QStringLiteral("description"), scope.description.isEmpty()
                                                                       ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(scope.description)}};
            const QString path = scopesPath(before.resourceId) + QLatin1Char('/') + segment(before.id);
            Response answer;
            try {
                answer = s.send(Request::patch(path, QJsonDocument(body)), {404});
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure, [&] {
                    checkScopeNameFree(scopesOf(s, b, before.resourceId), scope.name, before.id);
                });
            }
            if (answer.status == 404)
                throw Failure{Error::notFound(rtr("Permission"), scope.id)};
            const Scope after = logto::scope(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("scope.update"), QStringLiteral("scope"), after.id,
                            json::toJson(before), json::toJson(after));
            return after;
        });
    }

    Future<Done> removeScope(const QString &tenantId, const QString &scopeId) override
    {
        return m_backend.submit<Done>([this, tenantId, scopeId](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const QHash<QString, Scope> found = findScopes(s, b, {scopeId});
            const Error notFound = Error::notFound(rtr("Permission"), scopeId);
            if (!found.contains(scopeId))
                throw Failure{notFound};
            const Scope before = found.value(scopeId);
            QJsonObject snapshot = json::toJson(before);
            snapshot.insert(QStringLiteral("grantedToRoleIds"),
                            QJsonArray::fromStringList(rolesGranting(s, scopeId)));
            deleteObject(s, scopesPath(before.resourceId) + QLatin1Char('/') + segment(scopeId), notFound);
            b.scopeResources().remove(scopeId);
            b.journalChange(QStringLiteral("scope.delete"), QStringLiteral("scope"), scopeId, snapshot,
                            QJsonValue::Null);
            return Done{};
        });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<ResourcesApi> makeResources(RemoteBackend &backend)
{
    return std::make_unique<RemoteResources>(backend);
}

} // namespace gatehouse::remote
