// LocalOrganizations: members, their organization roles, their effective permissions, and a
// user's organizations.
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalOrganizations.h"
#include "local/OrganizationRows.h"
#include "local/UserSql.h"
#include "model/OrganizationRules.h"
#include "util/Clock.h"

#include <QMap>

namespace gatehouse::local {

using namespace orgrows;

namespace {
constexpr int memberLimitMax = 1000;

QJsonObject memberState(SqlSession &s, const QString &organizationId, const QString &userId)
{
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("roleIds"), array(memberRoleIds(s, organizationId, userId))}};
}

void addMembership(SqlSession &s, const QString &tenantId, const QString &organizationId,
                   const QString &userId)
{
    s.exec(QStringLiteral("INSERT INTO organization_users (tenant_id, organization_id, user_id, created_at) "
                          "VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
           {tenantId, organizationId, userId, clock::nowMs()});
}

void addMemberRole(SqlSession &s, const QString &tenantId, const QString &organizationId,
                   const QString &userId, const QString &roleId)
{
    s.exec(QStringLiteral("INSERT INTO organization_user_roles (tenant_id, organization_id, user_id, "
                          "organization_role_id) VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
           {tenantId, organizationId, userId, roleId});
}
} // namespace

Future<MemberPage> LocalOrganizations::members(const QString &tenantId, const QString &organizationId,
                                               const MemberQuery &query)
{
    return m_backend.submit<MemberPage>([tenantId, organizationId, query](SqlSession &s) {
        if (query.limit < 1 || query.limit > memberLimitMax)
            throwIfInvalid({{QStringLiteral("limit"), ltr("must be between 1 and %1").arg(memberLimitMax)}});
        return s.snapshot([&] {
            requireOrganization(s, tenantId, organizationId);
            QVariantList binds{organizationId};
            QString from =
                QStringLiteral(" FROM organization_users ou JOIN users u ON u.id = ou.user_id WHERE "
                               "ou.organization_id = ?");
            const QString search = query.search.trimmed();
            if (!search.isEmpty())
                from += QStringLiteral(" AND ") +
                        containsSql(
                            s,
                            QStringLiteral("u.id || char(31) || u.username || char(31) || u.primary_email "
                                           "|| char(31) || u.primary_phone || char(31) || u.name"),
                            search, binds);
            if (!query.roleId.isEmpty()) {
                requireRole(s, tenantId, query.roleId);
                from +=
                    QStringLiteral(" AND EXISTS (SELECT 1 FROM organization_user_roles ur WHERE "
                                   "ur.organization_id = ou.organization_id AND ur.user_id = ou.user_id AND "
                                   "ur.organization_role_id = ?)");
                binds.append(query.roleId);
            }
            if (s.dialect() == Dialect::Postgres)
                from.replace(QLatin1String("char(31)"), QLatin1String("chr(31)"));
            MemberPage page;
            QSqlQuery count = s.exec(QStringLiteral("SELECT count(*)") + from, binds);
            page.total = count.next() ? count.value(0).toInt() : 0;
            QVariantList pageBinds = binds;
            pageBinds.append(query.limit);
            QSqlQuery rows =
                s.exec(QStringLiteral("SELECT ") + QLatin1String(usersql::columns) + from +
                           QStringLiteral(" ORDER BY CASE WHEN u.username_key <> '' THEN u.username_key ELSE "
                                          "u.email_key END, u.id LIMIT ?"),
                       pageBinds);
            QStringList ids;
            while (rows.next()) {
                OrganizationMember m;
                m.user = usersql::read(rows);
                m.user.passwordDigest.clear(); // a member list never carries password digests
                ids.append(m.user.id);
                page.members.append(m);
            }
            const QHash<QString, QList<OrganizationRole>> roles = memberRoles(s, organizationId, ids);
            for (OrganizationMember &m : page.members)
                m.roles = roles.value(m.user.id);
            return page;
        });
    });
}

Future<Done> LocalOrganizations::addMembers(const QString &tenantId, const QString &organizationId,
                                            const QStringList &userIds, const QStringList &roleIds)
{
    return m_backend.submit<Done>(
        [tenantId, organizationId, userIds = rules::distinct(userIds), roleIds](SqlSession &s) {
            if (userIds.isEmpty())
                throwIfInvalid({{QStringLiteral("userIds"), ltr("Pick at least one user to add.")}});
            s.write([&] {
                requireOrganization(s, tenantId, organizationId);
                const QList<OrganizationRole> roles =
                    requireRoles(s, tenantId, roleIds, RoleType::User, QStringLiteral("organizationRoleIds"));
                QJsonArray before;
                QJsonArray after;
                for (const QString &userId : userIds) {
                    requireUser(s, tenantId, userId);
                    QSqlQuery member = s.exec(QStringLiteral("SELECT 1 FROM organization_users WHERE "
                                                             "organization_id = ? AND user_id = ?"),
                                              {organizationId, userId});
                    if (member.next())
                        before.append(memberState(s, organizationId, userId));
                    addMembership(s, tenantId, organizationId, userId);
                    for (const OrganizationRole &r : roles)
                        addMemberRole(s, tenantId, organizationId, userId, r.id);
                    after.append(memberState(s, organizationId, userId));
                }
                s.journal(tenantId, QStringLiteral("organization.member.add"), QStringLiteral("organization"),
                          organizationId, QJsonObject{{QStringLiteral("members"), before}},
                          QJsonObject{{QStringLiteral("members"), after}});
            });
            return Done{};
        });
}

Future<Done> LocalOrganizations::removeMember(const QString &tenantId, const QString &organizationId,
                                              const QString &userId)
{
    return m_backend.submit<Done>([tenantId, organizationId, userId](SqlSession &s) {
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            requireMember(s, organizationId, userId);
            const QJsonObject before = memberState(s, organizationId, userId);
            s.exec(QStringLiteral("DELETE FROM organization_users WHERE organization_id = ? AND user_id = ?"),
                   {organizationId, userId});
            s.journal(tenantId, QStringLiteral("organization.member.remove"), QStringLiteral("organization"),
                      organizationId, before, QJsonValue::Null);
        });
        return Done{};
    });
}

Future<Done> LocalOrganizations::setMemberRoles(const QString &tenantId, const QString &organizationId,
                                                const QString &userId, const QStringList &roleIds)
{
    return m_backend.submit<Done>([tenantId, organizationId, userId, roleIds](SqlSession &s) {
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            requireMember(s, organizationId, userId);
            const QList<OrganizationRole> roles =
                requireRoles(s, tenantId, roleIds, RoleType::User, QStringLiteral("organizationRoleIds"));
            const QJsonObject before = memberState(s, organizationId, userId);
            s.exec(QStringLiteral(
                       "DELETE FROM organization_user_roles WHERE organization_id = ? AND user_id = ?"),
                   {organizationId, userId});
            for (const OrganizationRole &r : roles)
                addMemberRole(s, tenantId, organizationId, userId, r.id);
            s.journal(tenantId, QStringLiteral("organization.member.roles.set"),
                      QStringLiteral("organization"), organizationId, before,
                      memberState(s, organizationId, userId));
        });
        return Done{};
    });
}

Future<Done> LocalOrganizations::assignMemberRoles(const QString &tenantId, const QString &organizationId,
                                                   const QStringList &userIds, const QStringList &roleIds)
{
    return m_backend.submit<Done>([tenantId, organizationId, userIds = rules::distinct(userIds),
                                   roleIds](SqlSession &s) {
        QList<FieldError> errors;
        if (userIds.isEmpty())
            errors.append({QStringLiteral("userIds"), ltr("Pick at least one member.")});
        if (roleIds.isEmpty())
            errors.append({QStringLiteral("organizationRoleIds"), ltr("Pick at least one role to assign.")});
        throwIfInvalid(errors);
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            const QList<OrganizationRole> roles =
                requireRoles(s, tenantId, roleIds, RoleType::User, QStringLiteral("organizationRoleIds"));
            QJsonArray before;
            QJsonArray after;
            for (const QString &userId : userIds) {
                requireMember(s, organizationId, userId);
                before.append(memberState(s, organizationId, userId));
                for (const OrganizationRole &r : roles)
                    addMemberRole(s, tenantId, organizationId, userId, r.id);
                after.append(memberState(s, organizationId, userId));
            }
            s.journal(tenantId, QStringLiteral("organization.member.roles.assign"),
                      QStringLiteral("organization"), organizationId,
                      QJsonObject{{QStringLiteral("members"), before}},
                      QJsonObject{{QStringLiteral("members"), after}});
        });
        return Done{};
    });
}

Future<QList<EffectivePermission>> LocalOrganizations::effectivePermissions(const QString &tenantId,
                                                                            const QString &organizationId,
                                                                            const QString &userId)
{
    return m_backend.submit<QList<EffectivePermission>>([tenantId, organizationId, userId](SqlSession &s) {
        return s.snapshot([&] {
            requireOrganization(s, tenantId, organizationId);
            requireMember(s, organizationId, userId);
            // Organization scopes first (by name), then API-resource scopes (by indicator, name).
            QMap<QString, EffectivePermission> organizationScopes;
            QMap<QString, EffectivePermission> resourceScopes;
            QSqlQuery q = s.exec(
                QStringLiteral("SELECT s.id, s.name, s.description, r.name FROM organization_user_roles ur "
                               "JOIN organization_roles r ON r.id = ur.organization_role_id "
                               "JOIN organization_role_scopes rs ON rs.organization_role_id = r.id "
                               "JOIN organization_scopes s ON s.id = rs.organization_scope_id "
                               "WHERE ur.organization_id = ? AND ur.user_id = ?"),
                {organizationId, userId});
            while (q.next()) {
                const QString key = q.value(1).toString().toLower() + QChar(0) + q.value(0).toString();
                EffectivePermission &p = organizationScopes[key];
                p.scopeId = q.value(0).toString();
                p.name = q.value(1).toString();
                p.description = q.value(2).toString();
                p.grantedBy.append(q.value(3).toString());
            }
            QSqlQuery r =
                s.exec(QStringLiteral(
                           "SELECT s.id, s.name, s.description, res.id, res.indicator, r.name "
                           "FROM organization_user_roles ur "
                           "JOIN organization_roles r ON r.id = ur.organization_role_id "
                           "JOIN organization_role_resource_scopes rs ON rs.organization_role_id = r.id "
                           "JOIN scopes s ON s.id = rs.scope_id JOIN resources res ON res.id = s.resource_id "
                           "WHERE ur.organization_id = ? AND ur.user_id = ?"),
                       {organizationId, userId});
            while (r.next()) {
                const QString key = r.value(4).toString() + QChar(0) + r.value(1).toString() + QChar(0) +
                                    r.value(0).toString();
                EffectivePermission &p = resourceScopes[key];
                p.scopeId = r.value(0).toString();
                p.name = r.value(1).toString();
                p.description = r.value(2).toString();
                p.resourceId = r.value(3).toString();
                p.resourceIndicator = r.value(4).toString();
                p.grantedBy.append(r.value(5).toString());
            }
            return rules::effectivePermissionList(organizationScopes, resourceScopes);
        });
    });
}

Future<QList<UserOrganization>> LocalOrganizations::organizationsOfUser(const QString &tenantId,
                                                                        const QString &userId)
{
    return m_backend.submit<QList<UserOrganization>>([tenantId, userId](SqlSession &s) {
        return s.snapshot([&] {
            requireUser(s, tenantId, userId);
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT ") + QLatin1String(organizationColumns) +
                           QStringLiteral(" FROM organization_users ou JOIN organizations o ON o.id = "
                                          "ou.organization_id WHERE ou.user_id = ? AND o.tenant_id = ? "
                                          "ORDER BY lower(o.name), o.id"),
                       {userId, tenantId});
            QList<UserOrganization> out;
            while (q.next())
                out.append({organization(q), {}});
            for (UserOrganization &m : out)
                m.roles = memberRoles(s, m.organization.id, {userId}).value(userId);
            return out;
        });
    });
}

} // namespace gatehouse::local
