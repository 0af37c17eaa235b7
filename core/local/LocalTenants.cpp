#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/Rows.h"
#include "model/LogtoJson.h"
#include "model/UpdateRules.h"
#include "model/UserRules.h"
#include "model/Validation.h"
#include "security/Random.h"
#include "util/Clock.h"

namespace gatehouse::local {

namespace {
Tenant readTenant(SqlSession &s, const QString &id)
{
    QSqlQuery q = s.exec(rows::select(rows::tenantColumns, "tenants") + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Tenant"), id)};
    return rows::tenant(q);
}

class LocalTenants final : public TenantsApi
{
public:
    explicit LocalTenants(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Tenant>> list() override
    {
        return m_backend.submit<QList<Tenant>>([](SqlSession &s) {
            QSqlQuery q = s.exec(rows::select(rows::tenantColumns, "tenants") +
                                 QStringLiteral("ORDER BY created_at, id"));
            QList<Tenant> out;
            while (q.next())
                out.append(rows::tenant(q));
            return out;
        });
    }

    Future<Tenant> get(const QString &id) override
    {
        return m_backend.submit<Tenant>([id](SqlSession &s) { return readTenant(s, id); });
    }

    Future<Tenant> create(const Tenant &draft) override
    {
        return m_backend.submit<Tenant>([draft](SqlSession &s) {
            throwIfInvalid(validation::tenant(draft));
            Tenant t = draft;
            t.id = security::generateId(12);
            t.name = draft.name.trimmed();
            t.createdAt = clock::nowMs();
            t.version = 1;
            s.write([&] {
                s.exec(QStringLiteral(
                           "INSERT INTO tenants (id, name, tag, created_at, version) VALUES (?,?,?,?,1)"),
                       {t.id, t.name, tenantTagName(t.tag), t.createdAt});
                s.journal(t.id, QStringLiteral("tenant.create"), QStringLiteral("tenant"), t.id,
                          QJsonValue::Null, json::toJson(t));
            });
            return t;
        });
    }

    Future<Tenant> update(const Tenant &tenant) override
    {
        return m_backend.submit<Tenant>([tenant](SqlSession &s) {
            throwIfInvalid(validation::tenant(tenant));
            return s.write([&] {
                const Tenant before = readTenant(s, tenant.id);
                throwIfStale(tenant.version, before.version, rules::title(before));
                Tenant after = before;
                after.name = tenant.name.trimmed();
                after.tag = tenant.tag;
                after.version = before.version + 1;
                const QSqlQuery written = s.exec(
                    QStringLiteral(
                        "UPDATE tenants SET name = ?, tag = ?, version = ? WHERE id = ? AND version = ?"),
                    {after.name, tenantTagName(after.tag), after.version, after.id, before.version});
                // Zero rows: another connection changed the row after it was read (PostgreSQL reads
                // without locking); never report or journal an update that did not happen.
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(after.id, QStringLiteral("tenant.update"), QStringLiteral("tenant"), after.id,
                          json::toJson(before), json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> remove(const QString &id, const QString &reason) override
    {
        return m_backend.submit<Done>([id, reason](SqlSession &s) {
            throwIfInvalid(rules::reasonProblems(reason));
            s.write([&] {
                const Tenant before = readTenant(s, id);
                QJsonObject snapshot = json::toJson(before);
                // What goes with the tenant, counted in the deleting transaction.
                static const std::pair<const char *, const char *> kinds[] = {
                    {"applications", "applications"},
                    {"resources", "resources"},
                    {"roles", "roles"},
                    {"users", "users"},
                    {"organizations", "organizations"},
                    {"organizationRoles", "organization_roles"},
                    {"organizationPermissions", "organization_scopes"},
                    {"invitations", "organization_invitations"},
                    {"ssoConnectors", "sso_connectors"},
                };
                QJsonObject removes;
                for (const auto &[name, table] : kinds) {
                    // The table names are constants of this function, never input.
                    QSqlQuery q = s.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table) +
                                             QStringLiteral(" WHERE tenant_id = ?"),
                                         {id});
                    q.next();
                    removes.insert(QLatin1String(name), q.value(0).toLongLong());
                }
                snapshot.insert(QStringLiteral("removes"), removes);
                s.exec(QStringLiteral("DELETE FROM tenants WHERE id = ?"), {id});
                s.journal(id, QStringLiteral("tenant.delete"), QStringLiteral("tenant"), id, snapshot,
                          QJsonValue::Null, reason);
            });
            return Done{};
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<TenantsApi> makeTenants(LocalBackend &backend)
{
    return std::make_unique<LocalTenants>(backend);
}

} // namespace gatehouse::local
