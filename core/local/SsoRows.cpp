#include "local/SsoRows.h"

#include "local/LocalCommon.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::local::ssorows {

namespace {
QString columns()
{
    return QStringLiteral("SELECT tenant_id, id, provider_name, connector_name, config, "
                          "client_secret_set, branding, sync_profile, created_at, "
                          "version FROM sso_connectors ");
}

SsoConnector read(const QSqlQuery &q)
{
    SsoConnector c;
    c.tenantId = q.value(0).toString();
    c.id = q.value(1).toString();
    parseSsoProvider(q.value(2).toString(), &c.providerName);
    c.connectorName = q.value(3).toString();
    c.config = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    c.clientSecretSet = q.value(5).toInt() != 0;
    const QJsonObject branding = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    c.branding.displayName = branding.value(QStringLiteral("displayName")).toString();
    c.branding.logo = branding.value(QStringLiteral("logo")).toString();
    c.branding.darkLogo = branding.value(QStringLiteral("darkLogo")).toString();
    c.syncProfile = q.value(7).toInt() != 0;
    c.createdAt = q.value(8).toLongLong();
    c.version = q.value(9).toLongLong();
    return c;
}
} // namespace

QList<SsoConnector> list(SqlSession &s, const QString &tenantId)
{
    QSqlQuery q =
        s.exec(columns() + QStringLiteral("WHERE tenant_id = ? ORDER BY created_at, id"), {tenantId});
    QList<SsoConnector> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(1).toString(), out.size());
        out.append(read(q));
    }
    QSqlQuery d = s.exec(QStringLiteral("SELECT sso_connector_id, domain FROM sso_connector_domains "
                                        "WHERE tenant_id = ? ORDER BY sso_connector_id, position"),
                         {tenantId});
    while (d.next()) {
        const auto it = index.constFind(d.value(0).toString());
        if (it != index.constEnd())
            out[*it].domains.append(d.value(1).toString());
    }
    return out;
}

SsoConnector require(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(columns() + QStringLiteral("WHERE tenant_id = ? AND id = ?"), {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("SSO connector"), id)};
    SsoConnector c = read(q);
    QSqlQuery d = s.exec(QStringLiteral("SELECT domain FROM sso_connector_domains WHERE sso_connector_id = ? "
                                        "ORDER BY position"),
                         {id});
    while (d.next())
        c.domains.append(d.value(0).toString());
    return c;
}

} // namespace gatehouse::local::ssorows
