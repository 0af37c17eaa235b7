#pragma once

#include "local/LocalSql.h"
#include "model/Organization.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::local::orgrows {

// Row readers and checks shared by LocalOrganizationTemplate and the LocalOrganization* files
// (worker-thread code only). Every SQL text is a constant here or in the callers; every value
// is bound.

inline constexpr char scopeColumns[] = "s.tenant_id, s.id, s.name, s.description, s.created_at, s.version";
inline constexpr char roleColumns[] =
    "r.tenant_id, r.id, r.name, r.description, r.type, r.created_at, r.version";
inline constexpr int roleColumnCount = 7;
inline constexpr char organizationColumns[] =
    "o.tenant_id, o.id, o.name, o.description, o.custom_data, "
    "o.is_mfa_required, o.branding, o.color, o.created_at, o.version";
inline constexpr int organizationColumnCount = 10;

OrganizationScope scope(const QSqlQuery &q, int offset = 0);
OrganizationRole role(const QSqlQuery &q, int offset = 0);
Organization organization(const QSqlQuery &q, int offset = 0);

/// The branding and color objects as stored (JSON text, unset fields left out).
QString brandingText(const OrganizationBranding &branding);
QString colorText(const OrganizationColor &color);

/// Read one object of the tenant; throw NotFound.
OrganizationScope requireScope(SqlSession &s, const QString &tenantId, const QString &id);
OrganizationRole requireRole(SqlSession &s, const QString &tenantId, const QString &id);
Organization requireOrganization(SqlSession &s, const QString &tenantId, const QString &id);

/// The organization roles `ids` of the tenant (duplicates dropped, order kept). Unknown ids →
/// NotFound; a role of another type than `type` → Validation on `field` naming the role.
QList<OrganizationRole> requireRoles(SqlSession &s, const QString &tenantId, const QStringList &ids,
                                     RoleType type, const QString &field);

/// Throws NotFound unless `userId` is a user of the tenant.
void requireUser(SqlSession &s, const QString &tenantId, const QString &userId);
/// Throws NotFound unless the user is a member of the organization.
void requireMember(SqlSession &s, const QString &organizationId, const QString &userId);

/// The first column of every row, as strings.
QStringList column(SqlSession &s, const QString &sql, const QVariantList &binds);
inline QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// A user's organization role ids in an organization, sorted.
QStringList memberRoleIds(SqlSession &s, const QString &organizationId, const QString &userId);
/// The organization roles each of `userIds` holds in the organization (by role name).
QHash<QString, QList<OrganizationRole>> memberRoles(SqlSession &s, const QString &organizationId,
                                                    const QStringList &userIds);

/// A case-insensitive substring test of `expression` (SQL over trusted column names) against
/// one bound value: SQLite gh_contains (Unicode), PostgreSQL lower(…) LIKE with '\' escaping.
/// Appends the bind to `binds`.
QString containsSql(SqlSession &s, const QString &expression, const QString &text, QVariantList &binds);

/// "?, ?, ?" for n values.
QString placeholders(qsizetype n);

} // namespace gatehouse::local::orgrows
