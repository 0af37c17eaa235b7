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
Role readRole(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q =
        s.exec(rows::select(rows::roleColumns, "roles") + QStringLiteral("WHERE tenant_id = ? AND id = ?"),
               {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Role"), id)};
    return rows::role(q);
}

void checkRoleNameFree(SqlSession &s, const QString &tenantId, const QString &name, const QString &exceptId)
{
    QSqlQuery q = s.exec(
        QStringLiteral("SELECT name FROM roles WHERE tenant_id = ? AND lower(name) = lower(?) AND id <> ?"),
        {tenantId, name, exceptId});
    if (q.next())
        throwExists(ltr("A role named \"%1\" already exists in this tenant.").arg(q.value(0).toString()));
}

QJsonArray idColumn(SqlSession &s, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = s.exec(sql, binds);
    QJsonArray ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QJsonArray grantedScopeIds(SqlSession &s, const QString &roleId)
{
    return idColumn(
        s, QStringLiteral("SELECT scope_id FROM roles_scopes WHERE role_id = ? ORDER BY scope_id"), {roleId});
}

QJsonArray assignedRoleIds(SqlSession &s, const QString &appId)
{
    return idColumn(
        s, QStringLiteral("SELECT role_id FROM applications_roles WHERE application_id = ? ORDER BY role_id"),
        {appId});
}

class LocalRoles final : public RolesApi
{
public:
    explicit LocalRoles(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Role>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<Role>>([tenantId](SqlSession &s) {
            requireTenant(s, tenantId);
            QSqlQuery q = s.exec(rows::select(rows::roleColumns, "roles") +
                                     QStringLiteral("WHERE tenant_id = ? ORDER BY created_at, id"),
                                 {tenantId});
            QList<Role> out;
            while (q.next())
                out.append(rows::role(q));
            return out;
        });
    }

    Future<Role> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Role>([tenantId, id](SqlSession &s) { return readRole(s, tenantId, id); });
    }

    Future<Role> create(const QString &tenantId, const Role &draft) override
    {
        return m_backend.submit<Role>([tenantId, draft](SqlSession &s) {
            throwIfInvalid(validation::role(draft));
            return s.write([&] {
                requireTenant(s, tenantId);
                Role r = draft;
                r.id = security::generateId(21);
                r.tenantId = tenantId;
                r.name = draft.name.trimmed();
                r.createdAt = clock::nowMs();
                r.version = 1;
                checkRoleNameFree(s, tenantId, r.name, r.id);
                s.exec(
                    QStringLiteral(
                        "INSERT INTO roles (tenant_id, id, name, description, type, is_default, created_at, "
                        "version) VALUES (?,?,?,?,?,?,?,1)"),
                    {r.tenantId, r.id, r.name, r.description, roleTypeName(r.type), b2i(r.isDefault),
                     r.createdAt});
                s.journal(tenantId, QStringLiteral("role.create"), QStringLiteral("role"), r.id,
                          QJsonValue::Null, json::toJson(r));
                return r;
            });
        });
    }

    Future<Role> update(const QString &tenantId, const Role &role) override
    {
        return m_backend.submit<Role>([tenantId, role](SqlSession &s) {
            throwIfInvalid(validation::role(role));
            return s.write([&] {
                const Role before = readRole(s, tenantId, role.id);
                throwIfInvalid(rules::updateProblems(before, role));
                throwIfStale(role.version, before.version, rules::title(before));
                checkRoleNameFree(s, tenantId, role.name.trimmed(), before.id);
                Role after = before;
                after.name = role.name.trimmed();
                after.description = role.description;
                after.isDefault = role.isDefault;
                after.version = before.version + 1;
                const QSqlQuery written = s.exec(
                    QStringLiteral("UPDATE roles SET name = ?, description = ?, is_default = ?, version = ? "
                                   "WHERE tenant_id = ? AND id = ? AND version = ?"),
                    {after.name, after.description, b2i(after.isDefault), after.version, tenantId, after.id,
                     before.version});
                // Zero rows: another connection changed the row after it was read (PostgreSQL reads
                // without locking); never report or journal an update that did not happen.
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(tenantId, QStringLiteral("role.update"), QStringLiteral("role"), after.id,
                          json::toJson(before), json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([tenantId, id](SqlSession &s) {
            s.write([&] {
                const Role before = readRole(s, tenantId, id);
                QJsonObject snapshot = json::toJson(before);
                snapshot.insert(QStringLiteral("scopeIds"), grantedScopeIds(s, id));
                snapshot.insert(
                    QStringLiteral("applicationIds"),
                    idColumn(s,
                             QStringLiteral("SELECT application_id FROM applications_roles WHERE role_id = ? "
                                            "ORDER BY application_id"),
                             {id}));
                s.exec(QStringLiteral("DELETE FROM roles WHERE tenant_id = ? AND id = ?"), {tenantId, id});
                s.journal(tenantId, QStringLiteral("role.delete"), QStringLiteral("role"), id, snapshot,
                          QJsonValue::Null);
            });
            return Done{};
        });
    }

    Future<QList<GrantedScope>> scopes(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<QList<GrantedScope>>([tenantId, roleId](SqlSession &s) {
            readRole(s, tenantId, roleId);
            QSqlQuery q = s.exec(
                QStringLiteral("SELECT s.tenant_id, s.id, s.resource_id, s.name, s.description, "
                               "s.created_at, r.name, r.indicator FROM roles_scopes rs "
                               "JOIN scopes s ON s.id = rs.scope_id JOIN resources r ON r.id = s.resource_id "
                               "WHERE rs.role_id = ? ORDER BY r.name, s.name"),
                {roleId});
            QList<GrantedScope> out;
            while (q.next())
                out.append({rows::scope(q), q.value(6).toString(), q.value(7).toString()});
            return out;
        });
    }

    Future<Done> grantScopes(const QString &tenantId, const QString &roleId,
                             const QStringList &scopeIds) override
    {
        return m_backend.submit<Done>([tenantId, roleId, scopeIds](SqlSession &s) {
            if (scopeIds.isEmpty())
                throwIfInvalid({{QStringLiteral("scopeIds"), ltr("Pick at least one permission to grant.")}});
            s.write([&] {
                readRole(s, tenantId, roleId);
                const QJsonArray before = grantedScopeIds(s, roleId);
                for (const QString &scopeId : scopeIds) {
                    QSqlQuery q =
                        s.exec(QStringLiteral("SELECT 1 FROM scopes WHERE tenant_id = ? AND id = ?"),
                               {tenantId, scopeId});
                    if (!q.next())
                        throw Failure{Error::notFound(ltr("Permission"), scopeId)};
                    s.exec(QStringLiteral(
                               "INSERT INTO roles_scopes (tenant_id, role_id, scope_id) VALUES (?,?,?) "
                               "ON CONFLICT DO NOTHING"),
                           {tenantId, roleId, scopeId});
                }
                s.journal(tenantId, QStringLiteral("role.scopes.grant"), QStringLiteral("role"), roleId,
                          QJsonObject{{QStringLiteral("scopeIds"), before}},
                          QJsonObject{{QStringLiteral("scopeIds"), grantedScopeIds(s, roleId)}});
            });
            return Done{};
        });
    }

    Future<Done> revokeScope(const QString &tenantId, const QString &roleId, const QString &scopeId) override
    {
        return m_backend.submit<Done>([tenantId, roleId, scopeId](SqlSession &s) {
            s.write([&] {
                readRole(s, tenantId, roleId);
                const QJsonArray before = grantedScopeIds(s, roleId);
                if (!before.contains(scopeId))
                    throw Failure{Error(ErrorCode::NotFound, ltr("The role does not have this permission."))};
                s.exec(QStringLiteral("DELETE FROM roles_scopes WHERE role_id = ? AND scope_id = ?"),
                       {roleId, scopeId});
                s.journal(tenantId, QStringLiteral("role.scope.revoke"), QStringLiteral("role"), roleId,
                          QJsonObject{{QStringLiteral("scopeIds"), before}},
                          QJsonObject{{QStringLiteral("scopeIds"), grantedScopeIds(s, roleId)}});
            });
            return Done{};
        });
    }

    Future<Done> assignToApplication(const QString &tenantId, const QString &appId,
                                     const QStringList &roleIds) override
    {
        return m_backend.submit<Done>([tenantId, appId, roleIds](SqlSession &s) {
            if (roleIds.isEmpty())
                throwIfInvalid({{QStringLiteral("roleIds"), ltr("Pick at least one role to assign.")}});
            s.write([&] {
                QSqlQuery app = s.exec(
                    QStringLiteral("SELECT name, type FROM applications WHERE tenant_id = ? AND id = ?"),
                    {tenantId, appId});
                if (!app.next())
                    throw Failure{Error::notFound(ltr("Application"), appId)};
                if (app.value(1).toString() != applicationTypeName(ApplicationType::MachineToMachine))
                    throwIfInvalid(
                        {{QStringLiteral("applicationId"),
                          ltr("Roles can be assigned only to machine-to-machine applications; \"%1\" is a "
                              "%2 application.")
                              .arg(app.value(0).toString(), app.value(1).toString())}});
                const QJsonArray before = assignedRoleIds(s, appId);
                for (const QString &roleId : roleIds) {
                    const Role role = readRole(s, tenantId, roleId);
                    if (role.type != RoleType::MachineToMachine)
                        throwIfInvalid(
                            {{QStringLiteral("roleIds"),
                              ltr("\"%1\" is a user role; only machine-to-machine roles can be assigned to "
                                  "applications.")
                                  .arg(role.name)}});
                    s.exec(
                        QStringLiteral("INSERT INTO applications_roles (tenant_id, application_id, role_id) "
                                       "VALUES (?,?,?) ON CONFLICT DO NOTHING"),
                        {tenantId, appId, roleId});
                }
                s.journal(tenantId, QStringLiteral("application.roles.assign"), QStringLiteral("application"),
                          appId, QJsonObject{{QStringLiteral("roleIds"), before}},
                          QJsonObject{{QStringLiteral("roleIds"), assignedRoleIds(s, appId)}});
            });
            return Done{};
        });
    }

    Future<Done> unassignFromApplication(const QString &tenantId, const QString &appId,
                                         const QString &roleId) override
    {
        return m_backend.submit<Done>([tenantId, appId, roleId](SqlSession &s) {
            s.write([&] {
                s.requireRow(QStringLiteral("SELECT 1 FROM applications WHERE tenant_id = ? AND id = ?"),
                             {tenantId, appId}, ltr("Application"), appId);
                const QJsonArray before = assignedRoleIds(s, appId);
                if (!before.contains(roleId))
                    throw Failure{
                        Error(ErrorCode::NotFound, ltr("The application does not have this role."))};
                s.exec(
                    QStringLiteral("DELETE FROM applications_roles WHERE application_id = ? AND role_id = ?"),
                    {appId, roleId});
                s.journal(tenantId, QStringLiteral("application.role.unassign"),
                          QStringLiteral("application"), appId,
                          QJsonObject{{QStringLiteral("roleIds"), before}},
                          QJsonObject{{QStringLiteral("roleIds"), assignedRoleIds(s, appId)}});
            });
            return Done{};
        });
    }

    Future<QList<Role>> rolesOfApplication(const QString &tenantId, const QString &appId) override
    {
        return m_backend.submit<QList<Role>>([tenantId, appId](SqlSession &s) {
            s.requireRow(QStringLiteral("SELECT 1 FROM applications WHERE tenant_id = ? AND id = ?"),
                         {tenantId, appId}, ltr("Application"), appId);
            QSqlQuery q = s.exec(
                QStringLiteral("SELECT r.tenant_id, r.id, r.name, r.description, r.type, r.is_default, "
                               "r.created_at, r.version FROM applications_roles ar JOIN roles r ON "
                               "r.id = ar.role_id WHERE ar.application_id = ? ORDER BY r.name"),
                {appId});
            QList<Role> out;
            while (q.next())
                out.append(rows::role(q));
            return out;
        });
    }

    Future<QList<Application>> applicationsOfRole(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<QList<Application>>([tenantId, roleId](SqlSession &s) {
            readRole(s, tenantId, roleId);
            QString columns = QLatin1String(rows::applicationColumns);
            columns.replace(QLatin1String(", "), QLatin1String(", a."));
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT a.") + columns +
                           QStringLiteral(" FROM applications_roles ar JOIN applications a ON "
                                          "a.id = ar.application_id WHERE ar.role_id = ? ORDER BY a.name"),
                       {roleId});
            QList<Application> out;
            while (q.next())
                out.append(rows::application(q));
            return out;
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<RolesApi> makeRoles(LocalBackend &backend)
{
    return std::make_unique<LocalRoles>(backend);
}

} // namespace gatehouse::local
