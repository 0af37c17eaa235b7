#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/SsoRows.h"
#include "model/SsoJson.h"
#include "model/SsoValidation.h"
#include "model/UpdateRules.h"
#include "security/Random.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::local {

namespace {

/// Logto's SSO connector ids are 12 characters long.
constexpr int connectorIdLength = 12;

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject brandingObject(const SsoBranding &b)
{
    QJsonObject o;
    if (!b.displayName.isEmpty())
        o.insert(QStringLiteral("displayName"), b.displayName);
    if (!b.logo.isEmpty())
        o.insert(QStringLiteral("logo"), b.logo);
    if (!b.darkLogo.isEmpty())
        o.insert(QStringLiteral("darkLogo"), b.darkLogo);
    return o;
}

void checkNameFree(SqlSession &s, const QString &tenantId, const QString &name, const QString &exceptId)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT connector_name FROM sso_connectors WHERE tenant_id = ? AND "
                                        "lower(connector_name) = lower(?) AND id <> ?"),
                         {tenantId, name, exceptId});
    if (q.next())
        throw Failure{Error(
            ErrorCode::AlreadyExists,
            ltr("An SSO connector named \"%1\" already exists in this tenant.").arg(q.value(0).toString()),
            {}, {{QStringLiteral("connectorName"), ltr("is already taken")}})};
}

/// Refuses domains another connector of the tenant claims, naming that connector.
void checkDomainsFree(SqlSession &s, const QString &tenantId, const QStringList &domains,
                      const QString &exceptId)
{
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QSqlQuery q =
            s.exec(QStringLiteral("SELECT c.connector_name FROM sso_connector_domains d "
                                  "JOIN sso_connectors c ON c.id = d.sso_connector_id "
                                  "WHERE d.tenant_id = ? AND d.domain = ? AND d.sso_connector_id <> ?"),
                   {tenantId, domains[i], exceptId});
        if (q.next()) {
            const QString message =
                ltr("%1 is already claimed by SSO connector \"%2\".").arg(domains[i], q.value(0).toString());
            throw Failure{Error(ErrorCode::AlreadyExists, message, {},
                                {{QStringLiteral("domains[%1]").arg(i), message}})};
        }
    }
}

void writeDomains(SqlSession &s, const QString &tenantId, const QString &id, const QStringList &domains)
{
    s.exec(QStringLiteral("DELETE FROM sso_connector_domains WHERE sso_connector_id = ?"), {id});
    for (qsizetype i = 0; i < domains.size(); ++i)
        s.exec(QStringLiteral(
                   "INSERT INTO sso_connector_domains (tenant_id, sso_connector_id, domain, position) "
                   "VALUES (?,?,?,?)"),
               {tenantId, id, domains[i], static_cast<int>(i)});
}

QJsonArray jitOrganizationIds(SqlSession &s, const QString &connectorId)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT organization_id FROM organization_jit_sso_connectors "
                                        "WHERE sso_connector_id = ? ORDER BY organization_id"),
                         {connectorId});
    QJsonArray ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

class LocalSsoConnectors final : public SsoConnectorsApi
{
public:
    explicit LocalSsoConnectors(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<SsoConnector>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<SsoConnector>>([tenantId](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                return ssorows::list(s, tenantId);
            });
        });
    }

    Future<SsoConnector> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<SsoConnector>([tenantId, id](SqlSession &s) {
            return s.snapshot([&] { return ssorows::require(s, tenantId, id); });
        });
    }

    Future<SsoConnector> create(const QString &tenantId, const SsoConnector &draft) override
    {
        return m_backend.submit<SsoConnector>([tenantId, draft](SqlSession &s) {
            const sso::ConnectorCheck check = sso::checkConnector(draft, false, clock::nowMs());
            throwIfInvalid(check.errors);
            const QString secret = sso::secretOf(draft);
            return s.write([&] {
                requireTenant(s, tenantId);
                SsoConnector c = sso::withEditOf(draft, draft, check.domains);
                c.id = security::generateId(connectorIdLength);
                c.tenantId = tenantId;
                c.clientSecretSet = !secret.isEmpty();
                c.createdAt = clock::nowMs();
                c.version = 1;
                checkNameFree(s, tenantId, c.connectorName, c.id);
                checkDomainsFree(s, tenantId, c.domains, c.id);
                s.exec(
                    QStringLiteral(
                        "INSERT INTO sso_connectors (tenant_id, id, provider_name, connector_name, config, "
                        "client_secret, branding, sync_profile, created_at, version) "
                        "VALUES (?,?,?,?,?,?,?,?,?,1)"),
                    {tenantId, c.id, ssoProviderName(c.providerName), c.connectorName, jsonText(c.config),
                     secret, jsonText(brandingObject(c.branding)), b2i(c.syncProfile), c.createdAt});
                writeDomains(s, tenantId, c.id, c.domains);
                s.journal(tenantId, QStringLiteral("sso.create"), QStringLiteral("ssoConnector"), c.id,
                          QJsonValue::Null, json::redactedJson(c));
                return c;
            });
        });
    }

    Future<SsoConnector> update(const QString &tenantId, const SsoConnector &connector) override
    {
        return m_backend.submit<SsoConnector>([tenantId, connector](SqlSession &s) {
            return s.write([&] {
                const SsoConnector before = ssorows::require(s, tenantId, connector.id);
                throwIfInvalid(rules::updateProblems(before, connector));
                const sso::ConnectorCheck check =
                    sso::checkConnector(connector, before.clientSecretSet, clock::nowMs());
                throwIfInvalid(check.errors);
                throwIfStale(connector.version, before.version, rules::title(before));
                const QString secret = sso::secretOf(connector);
                SsoConnector after = sso::withEditOf(before, connector, check.domains);
                after.clientSecretSet = before.clientSecretSet || !secret.isEmpty();
                after.version = before.version + 1;
                checkNameFree(s, tenantId, after.connectorName, after.id);
                checkDomainsFree(s, tenantId, after.domains, after.id);
                // A config without a secret keeps the stored one: the secret is only ever written.
                const QSqlQuery written =
                    secret.isEmpty()
                        ? s.exec(
                              QStringLiteral(
                                  "UPDATE sso_connectors SET connector_name = ?, config = ?, branding = ?, "
                                  "sync_profile = ?, version = ? WHERE tenant_id = ? AND id = ? AND "
                                  "version = ?"),
                              {after.connectorName, jsonText(after.config),
                               jsonText(brandingObject(after.branding)), b2i(after.syncProfile),
                               after.version, tenantId, after.id, before.version})
                        : s.exec(
                              QStringLiteral(
                                  "UPDATE sso_connectors SET connector_name = ?, config = ?, branding = ?, "
                                  "sync_profile = ?, client_secret = ?, version = ? WHERE tenant_id = ? "
                                  "AND id = ? AND version = ?"),
                              {after.connectorName, jsonText(after.config),
                               jsonText(brandingObject(after.branding)), b2i(after.syncProfile), secret,
                               after.version, tenantId, after.id, before.version});
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                if (after.domains != before.domains)
                    writeDomains(s, tenantId, after.id, after.domains);
                QJsonObject journalAfter = json::redactedJson(after);
                if (!secret.isEmpty())
                    journalAfter.insert(QStringLiteral("clientSecretChanged"), true);
                s.journal(tenantId, QStringLiteral("sso.update"), QStringLiteral("ssoConnector"), after.id,
                          json::redactedJson(before), journalAfter);
                return after;
            });
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([tenantId, id](SqlSession &s) {
            s.write([&] {
                const SsoConnector before = ssorows::require(s, tenantId, id);
                QJsonObject snapshot = json::redactedJson(before);
                snapshot.insert(QStringLiteral("jitOrganizationIds"), jitOrganizationIds(s, id));
                // Cascades remove its domains and the organizations' JIT links to it, nothing else.
                s.exec(QStringLiteral("DELETE FROM sso_connectors WHERE tenant_id = ? AND id = ?"),
                       {tenantId, id});
                s.journal(tenantId, QStringLiteral("sso.delete"), QStringLiteral("ssoConnector"), id,
                          snapshot, QJsonValue::Null);
            });
            return Done{};
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<SsoConnectorsApi> makeSsoConnectors(LocalBackend &backend)
{
    return std::make_unique<LocalSsoConnectors>(backend);
}

} // namespace gatehouse::local
