#include "local/OrganizationRows.h"

#include "local/LocalCommon.h"
#include "model/OrganizationRules.h"

#include <QJsonDocument>

namespace gatehouse::local::orgrows {

namespace {
QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

OrganizationScope scope(const QSqlQuery &q, int offset)
{
    OrganizationScope s;
    s.tenantId = q.value(offset).toString();
    s.id = q.value(offset + 1).toString();
    s.name = q.value(offset + 2).toString();
    s.description = q.value(offset + 3).toString();
    s.createdAt = q.value(offset + 4).toLongLong();
    s.version = q.value(offset + 5).toLongLong();
    return s;
}

OrganizationRole role(const QSqlQuery &q, int offset)
{
    OrganizationRole r;
    r.tenantId = q.value(offset).toString();
    r.id = q.value(offset + 1).toString();
    r.name = q.value(offset + 2).toString();
    r.description = q.value(offset + 3).toString();
    parseRoleType(q.value(offset + 4).toString(), &r.type);
    r.createdAt = q.value(offset + 5).toLongLong();
    r.version = q.value(offset + 6).toLongLong();
    return r;
}

Organization organization(const QSqlQuery &q, int offset)
{
    Organization o;
    o.tenantId = q.value(offset).toString();
    o.id = q.value(offset + 1).toString();
    o.name = q.value(offset + 2).toString();
    o.description = q.value(offset + 3).toString();
    o.customData = objectOf(q.value(offset + 4));
    o.isMfaRequired = q.value(offset + 5).toInt() != 0;
    const QJsonObject branding = objectOf(q.value(offset + 6));
    o.branding.logoUrl = branding.value(QStringLiteral("logoUrl")).toString();
    o.branding.darkLogoUrl = branding.value(QStringLiteral("darkLogoUrl")).toString();
    o.branding.favicon = branding.value(QStringLiteral("favicon")).toString();
    o.branding.darkFavicon = branding.value(QStringLiteral("darkFavicon")).toString();
    const QJsonObject color = objectOf(q.value(offset + 7));
    o.color.primaryColor = color.value(QStringLiteral("primaryColor")).toString();
    o.color.isDarkModeEnabled = color.value(QStringLiteral("isDarkModeEnabled")).toBool();
    o.color.darkPrimaryColor = color.value(QStringLiteral("darkPrimaryColor")).toString();
    o.createdAt = q.value(offset + 8).toLongLong();
    o.version = q.value(offset + 9).toLongLong();
    return o;
}

QString brandingText(const OrganizationBranding &branding)
{
    QJsonObject o;
    insertIfSet(o, "logoUrl", branding.logoUrl);
    insertIfSet(o, "darkLogoUrl", branding.darkLogoUrl);
    insertIfSet(o, "favicon", branding.favicon);
    insertIfSet(o, "darkFavicon", branding.darkFavicon);
    return text(o);
}

QString colorText(const OrganizationColor &color)
{
    QJsonObject o;
    insertIfSet(o, "primaryColor", color.primaryColor);
    if (color.isDarkModeEnabled)
        o.insert(QStringLiteral("isDarkModeEnabled"), true);
    insertIfSet(o, "darkPrimaryColor", color.darkPrimaryColor);
    return text(o);
}

OrganizationScope requireScope(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(scopeColumns) +
                             QStringLiteral(" FROM organization_scopes s WHERE s.tenant_id = ? AND s.id = ?"),
                         {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Organization permission"), id)};
    return scope(q);
}

OrganizationRole requireRole(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(roleColumns) +
                             QStringLiteral(" FROM organization_roles r WHERE r.tenant_id = ? AND r.id = ?"),
                         {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Organization role"), id)};
    return role(q);
}

Organization requireOrganization(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(organizationColumns) +
                             QStringLiteral(" FROM organizations o WHERE o.tenant_id = ? AND o.id = ?"),
                         {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Organization"), id)};
    return organization(q);
}

QList<OrganizationRole> requireRoles(SqlSession &s, const QString &tenantId, const QStringList &ids,
                                     RoleType type, const QString &field)
{
    QList<OrganizationRole> out;
    QStringList seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        const OrganizationRole r = requireRole(s, tenantId, id);
        const QString problem = rules::roleTypeProblem(r, type);
        if (!problem.isEmpty())
            throwIfInvalid({{field, problem}});
        out.append(r);
    }
    return out;
}

void requireUser(SqlSession &s, const QString &tenantId, const QString &userId)
{
    s.requireRow(QStringLiteral("SELECT 1 FROM users WHERE tenant_id = ? AND id = ?"), {tenantId, userId},
                 ltr("User"), userId);
}

void requireMember(SqlSession &s, const QString &organizationId, const QString &userId)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT 1 FROM organization_users WHERE organization_id = ? AND user_id = ?"),
               {organizationId, userId});
    if (!q.next())
        throw Failure{
            Error(ErrorCode::NotFound, ltr("User \"%1\" is not a member of this organization.").arg(userId))};
}

QStringList column(SqlSession &s, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = s.exec(sql, binds);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList memberRoleIds(SqlSession &s, const QString &organizationId, const QString &userId)
{
    return column(s,
                  QStringLiteral("SELECT organization_role_id FROM organization_user_roles WHERE "
                                 "organization_id = ? AND user_id = ? ORDER BY organization_role_id"),
                  {organizationId, userId});
}

QHash<QString, QList<OrganizationRole>> memberRoles(SqlSession &s, const QString &organizationId,
                                                    const QStringList &userIds)
{
    QHash<QString, QList<OrganizationRole>> out;
    // In chunks, so no statement exceeds the drivers' parameter limits.
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < userIds.size(); start += chunk) {
        const QStringList part = userIds.mid(start, chunk);
        QVariantList binds{organizationId};
        for (const QString &id : part)
            binds.append(id);
        QSqlQuery q =
            s.exec(QStringLiteral("SELECT ur.user_id, ") + QLatin1String(roleColumns) +
                       QStringLiteral(" FROM organization_user_roles ur JOIN organization_roles r ON "
                                      "r.id = ur.organization_role_id WHERE ur.organization_id = ? "
                                      "AND ur.user_id IN (") +
                       placeholders(part.size()) + QStringLiteral(") ORDER BY lower(r.name), r.id"),
                   binds);
        while (q.next())
            out[q.value(0).toString()].append(role(q, 1));
    }
    return out;
}

QString containsSql(SqlSession &s, const QString &expression, const QString &text, QVariantList &binds)
{
    if (s.dialect() == Dialect::Sqlite) {
        binds.append(text);
        return QStringLiteral("gh_contains(") + expression + QStringLiteral(", ?) = 1");
    }
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    binds.append(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    return QStringLiteral("lower(") + expression + QStringLiteral(") LIKE ? ESCAPE '\\'");
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace gatehouse::local::orgrows
