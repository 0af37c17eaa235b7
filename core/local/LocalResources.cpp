#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/Rows.h"
#include "model/LogtoJson.h"
#include "model/UpdateRules.h"
#include "model/Validation.h"
#include "security/Random.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace gatehouse::local {

namespace {
Resource readResource(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(rows::select(rows::resourceColumns, "resources") +
                             QStringLiteral("WHERE tenant_id = ? AND id = ?"),
                         {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("API resource"), id)};
    return rows::resource(q);
}

Scope readScope(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q =
        s.exec(rows::select(rows::scopeColumns, "scopes") + QStringLiteral("WHERE tenant_id = ? AND id = ?"),
               {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Permission"), id)};
    return rows::scope(q);
}

void checkIndicatorFree(SqlSession &s, const QString &tenantId, const QString &indicator)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT name FROM resources WHERE tenant_id = ? AND indicator = ?"),
                         {tenantId, indicator});
    if (q.next())
        throwExists(ltr("The API resource \"%1\" already uses the indicator %2.")
                        .arg(q.value(0).toString(), indicator));
}

void checkScopeNameFree(SqlSession &s, const QString &resourceId, const QString &name,
                        const QString &exceptId)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT id FROM scopes WHERE resource_id = ? AND name = ? AND id <> ?"),
               {resourceId, name, exceptId});
    if (q.next())
        throwExists(ltr("This API resource already has a permission named \"%1\".").arg(name));
}

/// Clears the default flag of every other resource in the tenant (journaled per resource).
void clearOtherDefaults(SqlSession &s, const QString &tenantId, const QString &keepId)
{
    QSqlQuery q = s.exec(rows::select(rows::resourceColumns, "resources") +
                             QStringLiteral("WHERE tenant_id = ? AND is_default = 1 AND id <> ?"),
                         {tenantId, keepId});
    QList<Resource> previous;
    while (q.next())
        previous.append(rows::resource(q));
    for (const Resource &before : previous) {
        Resource after = before;
        after.isDefault = false;
        after.version = before.version + 1;
        s.exec(QStringLiteral("UPDATE resources SET is_default = 0, version = ? WHERE id = ?"),
               {after.version, after.id});
        s.journal(tenantId, QStringLiteral("resource.update"), QStringLiteral("resource"), after.id,
                  json::toJson(before), json::toJson(after));
    }
}

class LocalResources final : public ResourcesApi
{
public:
    explicit LocalResources(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Resource>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<Resource>>([tenantId](SqlSession &s) {
            requireTenant(s, tenantId);
            QSqlQuery q = s.exec(rows::select(rows::resourceColumns, "resources") +
                                     QStringLiteral("WHERE tenant_id = ? ORDER BY created_at, id"),
                                 {tenantId});
            QList<Resource> out;
            while (q.next())
                out.append(rows::resource(q));
            return out;
        });
    }

    Future<Resource> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Resource>(
            [tenantId, id](SqlSession &s) { return readResource(s, tenantId, id); });
    }

    Future<Resource> create(const QString &tenantId, const Resource &draft) override
    {
        return m_backend.submit<Resource>([tenantId, draft](SqlSession &s) {
            throwIfInvalid(validation::resource(draft));
            return s.write([&] {
                requireTenant(s, tenantId);
                Resource r = draft;
                r.id = security::generateId(21);
                r.tenantId = tenantId;
                r.name = draft.name.trimmed();
                r.createdAt = clock::nowMs();
                r.version = 1;
                checkIndicatorFree(s, tenantId, r.indicator);
                if (r.isDefault)
                    clearOtherDefaults(s, tenantId, r.id);
                s.exec(
                    QStringLiteral("INSERT INTO resources (tenant_id, id, name, indicator, access_token_ttl, "
                                   "is_default, "
                                   "created_at, version) VALUES (?,?,?,?,?,?,?,1)"),
                    {r.tenantId, r.id, r.name, r.indicator, r.accessTokenTtl, b2i(r.isDefault), r.createdAt});
                s.journal(tenantId, QStringLiteral("resource.create"), QStringLiteral("resource"), r.id,
                          QJsonValue::Null, json::toJson(r));
                return r;
            });
        });
    }

    Future<Resource> update(const QString &tenantId, const Resource &resource) override
    {
        return m_backend.submit<Resource>([tenantId, resource](SqlSession &s) {
            throwIfInvalid(validation::resource(resource));
            return s.write([&] {
                const Resource before = readResource(s, tenantId, resource.id);
                throwIfInvalid(rules::updateProblems(before, resource));
                throwIfStale(resource.version, before.version, rules::title(before));
                if (resource.isDefault && !before.isDefault)
                    clearOtherDefaults(s, tenantId, before.id);
                Resource after = before;
                after.name = resource.name.trimmed();
                after.accessTokenTtl = resource.accessTokenTtl;
                after.isDefault = resource.isDefault;
                after.version = before.version + 1;
                const QSqlQuery written = s.exec(
                    QStringLiteral(
                        "UPDATE resources SET name = ?, access_token_ttl = ?, is_default = ?, version = ? "
                        "WHERE tenant_id = ? AND id = ? AND version = ?"),
                    {after.name, after.accessTokenTtl, b2i(after.isDefault), after.version, tenantId,
                     after.id, before.version});
                // Zero rows: another connection changed the row after it was read (PostgreSQL reads
                // without locking); never report or journal an update that did not happen.
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(tenantId, QStringLiteral("resource.update"), QStringLiteral("resource"), after.id,
                          json::toJson(before), json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([tenantId, id](SqlSession &s) {
            s.write([&] {
                const Resource before = readResource(s, tenantId, id);
                QJsonObject snapshot = json::toJson(before);
                QSqlQuery q = s.exec(
                    QStringLiteral("SELECT name FROM scopes WHERE resource_id = ? ORDER BY name"), {id});
                QJsonArray scopeNames;
                while (q.next())
                    scopeNames.append(q.value(0).toString());
                snapshot.insert(QStringLiteral("scopes"), scopeNames);
                s.exec(QStringLiteral("DELETE FROM resources WHERE tenant_id = ? AND id = ?"),
                       {tenantId, id});
                s.journal(tenantId, QStringLiteral("resource.delete"), QStringLiteral("resource"), id,
                          snapshot, QJsonValue::Null);
            });
            return Done{};
        });
    }

    Future<QList<Scope>> scopes(const QString &tenantId, const QString &resourceId) override
    {
        return m_backend.submit<QList<Scope>>([tenantId, resourceId](SqlSession &s) {
            readResource(s, tenantId, resourceId);
            QSqlQuery q = s.exec(rows::select(rows::scopeColumns, "scopes") +
                                     QStringLiteral("WHERE tenant_id = ? AND resource_id = ? ORDER BY name"),
                                 {tenantId, resourceId});
            QList<Scope> out;
            while (q.next())
                out.append(rows::scope(q));
            return out;
        });
    }

    Future<Scope> createScope(const QString &tenantId, const Scope &draft) override
    {
        return m_backend.submit<Scope>([tenantId, draft](SqlSession &s) {
            throwIfInvalid(validation::scope(draft));
            return s.write([&] {
                readResource(s, tenantId, draft.resourceId);
                Scope sc = draft;
                sc.id = security::generateId(21);
                sc.tenantId = tenantId;
                sc.createdAt = clock::nowMs();
                checkScopeNameFree(s, sc.resourceId, sc.name, sc.id);
                s.exec(QStringLiteral(
                           "INSERT INTO scopes (tenant_id, id, resource_id, name, description, created_at) "
                           "VALUES (?,?,?,?,?,?)"),
                       {sc.tenantId, sc.id, sc.resourceId, sc.name, sc.description, sc.createdAt});
                s.journal(tenantId, QStringLiteral("scope.create"), QStringLiteral("scope"), sc.id,
                          QJsonValue::Null, json::toJson(sc));
                return sc;
            });
        });
    }

    Future<Scope> updateScope(const QString &tenantId, const Scope &scope) override
    {
        return m_backend.submit<Scope>([tenantId, scope](SqlSession &s) {
            throwIfInvalid(validation::scope(scope));
            return s.write([&] {
                const Scope before = readScope(s, tenantId, scope.id);
                checkScopeNameFree(s, before.resourceId, scope.name, before.id);
                Scope after = before;
                after.name = scope.name;
                after.description = scope.description;
                s.exec(QStringLiteral(
                           "UPDATE scopes SET name = ?, description = ? WHERE tenant_id = ? AND id = ?"),
                       {after.name, after.description, tenantId, after.id});
                s.journal(tenantId, QStringLiteral("scope.update"), QStringLiteral("scope"), after.id,
                          json::toJson(before), json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> removeScope(const QString &tenantId, const QString &scopeId) override
    {
        return m_backend.submit<Done>([tenantId, scopeId](SqlSession &s) {
            s.write([&] {
                const Scope before = readScope(s, tenantId, scopeId);
                QJsonObject snapshot = json::toJson(before);
                QSqlQuery q = s.exec(
                    QStringLiteral("SELECT role_id FROM roles_scopes WHERE scope_id = ? ORDER BY role_id"),
                    {scopeId});
                QJsonArray roleIds;
                while (q.next())
                    roleIds.append(q.value(0).toString());
                snapshot.insert(QStringLiteral("grantedToRoleIds"), roleIds);
                s.exec(QStringLiteral("DELETE FROM scopes WHERE tenant_id = ? AND id = ?"),
                       {tenantId, scopeId});
                s.journal(tenantId, QStringLiteral("scope.delete"), QStringLiteral("scope"), scopeId,
                          snapshot, QJsonValue::Null);
            });
            return Done{};
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<ResourcesApi> makeResources(LocalBackend &backend)
{
    return std::make_unique<LocalResources>(backend);
}

} // namespace gatehouse::local
