#include "local/Rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace gatehouse::local::rows {

Tenant tenant(const QSqlQuery &q)
{
    Tenant t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    parseTenantTag(q.value(2).toString(), &t.tag);
    t.createdAt = q.value(3).toLongLong();
    t.version = q.value(4).toLongLong();
    return t;
}

Application application(const QSqlQuery &q)
{
    Application a;
    a.tenantId = q.value(0).toString();
    a.id = q.value(1).toString();
    a.name = q.value(2).toString();
    a.description = q.value(3).toString();
    parseApplicationType(q.value(4).toString(), &a.type);
    a.redirectUris = textToList(q.value(5).toString());
    a.postLogoutRedirectUris = textToList(q.value(6).toString());
    a.corsAllowedOrigins = textToList(q.value(7).toString());
    a.idTokenTtl = q.value(8).toInt();
    a.refreshTokenTtlInDays = q.value(9).toInt();
    a.rotateRefreshToken = q.value(10).toInt() != 0;
    a.alwaysIssueRefreshToken = q.value(11).toInt() != 0;
    a.isThirdParty = q.value(12).toInt() != 0;
    a.createdAt = q.value(13).toLongLong();
    a.version = q.value(14).toLongLong();
    return a;
}

Resource resource(const QSqlQuery &q)
{
    Resource r;
    r.tenantId = q.value(0).toString();
    r.id = q.value(1).toString();
    r.name = q.value(2).toString();
    r.indicator = q.value(3).toString();
    r.accessTokenTtl = q.value(4).toInt();
    r.isDefault = q.value(5).toInt() != 0;
    r.createdAt = q.value(6).toLongLong();
    r.version = q.value(7).toLongLong();
    return r;
}

Scope scope(const QSqlQuery &q, int offset)
{
    Scope s;
    s.tenantId = q.value(offset).toString();
    s.id = q.value(offset + 1).toString();
    s.resourceId = q.value(offset + 2).toString();
    s.name = q.value(offset + 3).toString();
    s.description = q.value(offset + 4).toString();
    s.createdAt = q.value(offset + 5).toLongLong();
    return s;
}

Role role(const QSqlQuery &q)
{
    Role r;
    r.tenantId = q.value(0).toString();
    r.id = q.value(1).toString();
    r.name = q.value(2).toString();
    r.description = q.value(3).toString();
    parseRoleType(q.value(4).toString(), &r.type);
    r.isDefault = q.value(5).toInt() != 0;
    r.createdAt = q.value(6).toLongLong();
    r.version = q.value(7).toLongLong();
    return r;
}

QString listToText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textToList(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString select(const char *columns, const char *table)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) + QStringLiteral(" FROM ") +
           QLatin1String(table) + QLatin1Char(' ');
}

} // namespace gatehouse::local::rows
