#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/OrganizationRows.h"
#include "local/Rows.h"
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "model/OrganizationValidation.h"
#include "model/UpdateRules.h"
#include "security/Random.h"
#include "util/Clock.h"

namespace gatehouse::local {

using namespace orgrows;

namespace {
void checkScopeNameFree(SqlSession &s, const QString &tenantId, const QString &name, const QString &exceptId)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT name FROM organization_scopes WHERE tenant_id = ? AND "
                                        "lower(name) = lower(?) AND id <> ?"),
                         {tenantId, name, exceptId});
    if (q.next())
        throwExists(ltr("An organization permission named \"%1\" already exists in this tenant.")
                        .arg(q.value(0).toString()));
}

void checkRoleNameFree(SqlSession &s, const QString &tenantId, const QString &name, const QString &exceptId)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT name FROM organization_roles WHERE tenant_id = ? AND "
                                        "lower(name) = lower(?) AND id <> ?"),
                         {tenantId, name, exceptId});
    if (q.next())
        throwExists(ltr("An organization role named \"%1\" already exists in this tenant.")
                        .arg(q.value(0).toString()));
}

QStringList grantedScopeIds(SqlSession &s, const QString &roleId)
{
    return column(s,
                  QStringLiteral("SELECT organization_scope_id FROM organization_role_scopes WHERE "
                                 "organization_role_id = ? ORDER BY organization_scope_id"),
                  {roleId});
}

QStringList grantedResourceScopeIds(SqlSession &s, const QString &roleId)
{
    return column(s,
                  QStringLiteral("SELECT scope_id FROM organization_role_resource_scopes WHERE "
                                 "organization_role_id = ? ORDER BY scope_id"),
                  {roleId});
}

class LocalOrganizationTemplate final : public OrganizationTemplateApi
{
public:
    explicit LocalOrganizationTemplate(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<OrganizationScope>> scopes(const QString &tenantId) override
    {
        return m_backend.submit<QList<OrganizationScope>>([tenantId](SqlSession &s) {
            requireTenant(s, tenantId);
            QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(scopeColumns) +
                                     QStringLiteral(" FROM organization_scopes s WHERE s.tenant_id = ? "
                                                    "ORDER BY lower(s.name), s.id"),
                                 {tenantId});
            QList<OrganizationScope> out;
            while (q.next())
                out.append(scope(q));
            return out;
        });
    }

    Future<OrganizationScope> createScope(const QString &tenantId, const OrganizationScope &draft) override
    {
        return m_backend.submit<OrganizationScope>([tenantId, draft](SqlSession &s) {
            throwIfInvalid(validation::organizationScope(draft));
            return s.write([&] {
                requireTenant(s, tenantId);
                OrganizationScope scope = draft;
                scope.id = security::generateId(21);
                scope.tenantId = tenantId;
                scope.name = draft.name.trimmed();
                scope.createdAt = clock::nowMs();
                scope.version = 1;
                checkScopeNameFree(s, tenantId, scope.name, scope.id);
                s.exec(QStringLiteral("INSERT INTO organization_scopes (tenant_id, id, name, description, "
                                      "created_at, version) VALUES (?,?,?,?,?,1)"),
                       {tenantId, scope.id, scope.name, scope.description, scope.createdAt});
                s.journal(tenantId, QStringLiteral("organizationScope.create"),
                          QStringLiteral("organizationScope"), scope.id, QJsonValue::Null,
                          json::toJson(scope));
                return scope;
            });
        });
    }

    Future<OrganizationScope> updateScope(const QString &tenantId, const OrganizationScope &scope) override
    {
        return m_backend.submit<OrganizationScope>([tenantId, scope](SqlSession &s) {
            throwIfInvalid(validation::organizationScope(scope));
            return s.write([&] {
                const OrganizationScope before = requireScope(s, tenantId, scope.id);
                throwIfStale(scope.version, before.version, rules::title(before));
                OrganizationScope after = before;
                after.name = scope.name.trimmed();
                after.description = scope.description;
                after.version = before.version + 1;
                checkScopeNameFree(s, tenantId, after.name, after.id);
                const QSqlQuery written = s.exec(
                    QStringLiteral("UPDATE organization_scopes SET name = ?, description = ?, version = ? "
                                   "WHERE tenant_id = ? AND id = ? AND version = ?"),
                    {after.name, after.description, after.version, tenantId, after.id, before.version});
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(tenantId, QStringLiteral("organizationScope.update"),
                          QStringLiteral("organizationScope"), after.id, json::toJson(before),
                          json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> removeScope(const QString &tenantId, const QString &scopeId) override
    {
        return m_backend.submit<Done>([tenantId, scopeId](SqlSession &s) {
            s.write([&] {
                const OrganizationScope before = requireScope(s, tenantId, scopeId);
                QJsonObject snapshot = json::toJson(before);
                snapshot.insert(
                    QStringLiteral("grantedToRoleIds"),
                    array(column(s,
                                 QStringLiteral("SELECT organization_role_id FROM organization_role_scopes "
                                                "WHERE organization_scope_id = ? ORDER BY "
                                                "organization_role_id"),
                                 {scopeId})));
                s.exec(QStringLiteral("DELETE FROM organization_scopes WHERE tenant_id = ? AND id = ?"),
                       {tenantId, scopeId});
                s.journal(tenantId, QStringLiteral("organizationScope.delete"),
                          QStringLiteral("organizationScope"), scopeId, snapshot, QJsonValue::Null);
            });
            return Done{};
        });
    }

    Future<QList<OrganizationRole>> roles(const QString &tenantId) override
    {
        return m_backend.submit<QList<OrganizationRole>>([tenantId](SqlSession &s) {
            requireTenant(s, tenantId);
            QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(roleColumns) +
                                     QStringLiteral(" FROM organization_roles r WHERE r.tenant_id = ? "
                                                    "ORDER BY lower(r.name), r.id"),
                                 {tenantId});
            QList<OrganizationRole> out;
            while (q.next())
                out.append(role(q));
            return out;
        });
    }

    Future<OrganizationRole> getRole(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<OrganizationRole>(
            [tenantId, roleId](SqlSession &s) { return requireRole(s, tenantId, roleId); });
    }

    Future<OrganizationRole> createRole(const QString &tenantId, const OrganizationRole &draft) override
    {
        return m_backend.submit<OrganizationRole>([tenantId, draft](SqlSession &s) {
            throwIfInvalid(validation::organizationRole(draft));
            return s.write([&] {
                requireTenant(s, tenantId);
                OrganizationRole role = draft;
                role.id = security::generateId(21);
                role.tenantId = tenantId;
                role.name = draft.name.trimmed();
                role.createdAt = clock::nowMs();
                role.version = 1;
                checkRoleNameFree(s, tenantId, role.name, role.id);
                s.exec(
                    QStringLiteral("INSERT INTO organization_roles (tenant_id, id, name, description, type, "
                                   "created_at, version) VALUES (?,?,?,?,?,?,1)"),
                    {tenantId, role.id, role.name, role.description, roleTypeName(role.type),
                     role.createdAt});
                s.journal(tenantId, QStringLiteral("organizationRole.create"),
                          QStringLiteral("organizationRole"), role.id, QJsonValue::Null, json::toJson(role));
                return role;
            });
        });
    }

    Future<OrganizationRole> updateRole(const QString &tenantId, const OrganizationRole &role) override
    {
        return m_backend.submit<OrganizationRole>([tenantId, role](SqlSession &s) {
            throwIfInvalid(validation::organizationRole(role));
            return s.write([&] {
                const OrganizationRole before = requireRole(s, tenantId, role.id);
                throwIfInvalid(rules::updateProblems(before, role));
                throwIfStale(role.version, before.version, rules::title(before));
                OrganizationRole after = before;
                after.name = role.name.trimmed();
                after.description = role.description;
                after.version = before.version + 1;
                checkRoleNameFree(s, tenantId, after.name, after.id);
                const QSqlQuery written = s.exec(
                    QStringLiteral("UPDATE organization_roles SET name = ?, description = ?, version = ? "
                                   "WHERE tenant_id = ? AND id = ? AND version = ?"),
                    {after.name, after.description, after.version, tenantId, after.id, before.version});
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(tenantId, QStringLiteral("organizationRole.update"),
                          QStringLiteral("organizationRole"), after.id, json::toJson(before),
                          json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> removeRole(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<Done>([tenantId, roleId](SqlSession &s) {
            s.write([&] {
                const OrganizationRole before = requireRole(s, tenantId, roleId);
                QJsonObject snapshot = json::toJson(before);
                snapshot.insert(QStringLiteral("scopeIds"), array(grantedScopeIds(s, roleId)));
                snapshot.insert(QStringLiteral("resourceScopeIds"),
                                array(grantedResourceScopeIds(s, roleId)));
                QSqlQuery members =
                    s.exec(QStringLiteral(
                               "SELECT count(*) FROM organization_user_roles WHERE organization_role_id = ?"),
                           {roleId});
                snapshot.insert(QStringLiteral("memberAssignments"),
                                members.first() ? members.value(0).toInt() : 0);
                s.exec(QStringLiteral("DELETE FROM organization_roles WHERE tenant_id = ? AND id = ?"),
                       {tenantId, roleId});
                s.journal(tenantId, QStringLiteral("organizationRole.delete"),
                          QStringLiteral("organizationRole"), roleId, snapshot, QJsonValue::Null);
            });
            return Done{};
        });
    }

    Future<OrganizationRoleGrants> grants(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<OrganizationRoleGrants>([tenantId, roleId](SqlSession &s) {
            return s.snapshot([&] {
                requireRole(s, tenantId, roleId);
                OrganizationRoleGrants grants;
                QSqlQuery q =
                    s.exec(QStringLiteral("SELECT ") + QLatin1String(scopeColumns) +
                               QStringLiteral(" FROM organization_role_scopes rs JOIN organization_scopes s "
                                              "ON s.id = rs.organization_scope_id WHERE "
                                              "rs.organization_role_id = ? ORDER BY lower(s.name), s.id"),
                           {roleId});
                while (q.next())
                    grants.organizationScopes.append(scope(q));
                QSqlQuery r = s.exec(
                    QStringLiteral(
                        "SELECT s.tenant_id, s.id, s.resource_id, s.name, s.description, s.created_at, "
                        "r.name, r.indicator FROM organization_role_resource_scopes rs JOIN scopes s ON "
                        "s.id = rs.scope_id JOIN resources r ON r.id = s.resource_id WHERE "
                        "rs.organization_role_id = ? ORDER BY r.name, s.name, s.id"),
                    {roleId});
                while (r.next())
                    grants.resourceScopes.append(
                        {rows::scope(r), r.value(6).toString(), r.value(7).toString()});
                return grants;
            });
        });
    }

    Future<Done> setOrganizationScopes(const QString &tenantId, const QString &roleId,
                                       const QStringList &organizationScopeIds) override
    {
        return m_backend.submit<Done>([tenantId, roleId,
                                       ids = rules::distinct(organizationScopeIds)](SqlSession &s) {
            s.write([&] {
                requireRole(s, tenantId, roleId);
                for (const QString &id : ids)
                    requireScope(s, tenantId, id);
                const QStringList before = grantedScopeIds(s, roleId);
                s.exec(QStringLiteral("DELETE FROM organization_role_scopes WHERE organization_role_id = ?"),
                       {roleId});
                for (const QString &id : ids)
                    s.exec(QStringLiteral(
                               "INSERT INTO organization_role_scopes (tenant_id, organization_role_id, "
                               "organization_scope_id) VALUES (?,?,?)"),
                           {tenantId, roleId, id});
                s.journal(tenantId, QStringLiteral("organizationRole.scopes.set"),
                          QStringLiteral("organizationRole"), roleId,
                          QJsonObject{{QStringLiteral("scopeIds"), array(before)}},
                          QJsonObject{{QStringLiteral("scopeIds"), array(grantedScopeIds(s, roleId))}});
            });
            return Done{};
        });
    }

    Future<Done> setResourceScopes(const QString &tenantId, const QString &roleId,
                                   const QStringList &scopeIds) override
    {
        return m_backend.submit<Done>([tenantId, roleId, ids = rules::distinct(scopeIds)](SqlSession &s) {
            s.write([&] {
                requireRole(s, tenantId, roleId);
                for (const QString &id : ids)
                    s.requireRow(QStringLiteral("SELECT 1 FROM scopes WHERE tenant_id = ? AND id = ?"),
                                 {tenantId, id}, ltr("Permission"), id);
                const QStringList before = grantedResourceScopeIds(s, roleId);
                s.exec(QStringLiteral(
                           "DELETE FROM organization_role_resource_scopes WHERE organization_role_id = ?"),
                       {roleId});
                for (const QString &id : ids)
                    s.exec(QStringLiteral("INSERT INTO organization_role_resource_scopes (tenant_id, "
                                          "organization_role_id, scope_id) VALUES (?,?,?)"),
                           {tenantId, roleId, id});
                s.journal(
                    tenantId, QStringLiteral("organizationRole.resourceScopes.set"),
                    QStringLiteral("organizationRole"), roleId,
                    QJsonObject{{QStringLiteral("scopeIds"), array(before)}},
                    QJsonObject{{QStringLiteral("scopeIds"), array(grantedResourceScopeIds(s, roleId))}});
            });
            return Done{};
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<OrganizationTemplateApi> makeOrganizationTemplate(LocalBackend &backend)
{
    return std::make_unique<LocalOrganizationTemplate>(backend);
}

} // namespace gatehouse::local
