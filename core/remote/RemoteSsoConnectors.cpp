#include "model/SsoJson.h"
#include "model/SsoValidation.h"
#include "model/UpdateRules.h"
#include "remote/HttpErrors.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteSsoJson.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <algorithm>
#include <functional>

namespace gatehouse::remote {

namespace {

QString connectorPath(const QString &id)
{
    return QStringLiteral("/api/sso-connectors/") + segment(id);
}

Error connectorNotFound(const QString &id)
{
    return Error::notFound(rtr("SSO connector"), id);
}

QList<SsoConnector> allConnectors(RemoteSession &s, const QString &tenantId)
{
    return fetchSsoConnectors(s, tenantId);
}

/// Logto does not keep connector names or domains unique across connectors (beyond its own name
/// check), so Gatehouse checks against the list first: a clash names the other connector.
void checkNameAndDomainsFree(const QList<SsoConnector> &connectors, const SsoConnector &c)
{
    for (const SsoConnector &other : connectors) {
        if (other.id != c.id && other.connectorName.compare(c.connectorName, Qt::CaseInsensitive) == 0)
            throw Failure{Error(
                ErrorCode::AlreadyExists,
                rtr("An SSO connector named \"%1\" already exists in this tenant.").arg(other.connectorName),
                {}, {{QStringLiteral("connectorName"), rtr("is already taken")}})};
    }
    for (qsizetype i = 0; i < c.domains.size(); ++i) {
        for (const SsoConnector &other : connectors) {
            if (other.id == c.id || !other.domains.contains(c.domains[i]))
                continue;
            const QString message =
                rtr("%1 is already claimed by SSO connector \"%2\".").arg(c.domains[i], other.connectorName);
            throw Failure{Error(ErrorCode::AlreadyExists, message, {},
                                {{QStringLiteral("domains[%1]").arg(i), message}})};
        }
    }
}

/// Sends a POST or PATCH of a connector. Logto refuses some public email providers' domains
/// outright (422 single_sign_on.forbidden_domains, naming them): Gatehouse only warns about
/// those, so the refusal becomes a validation error on exactly those domains. Other refusals are
/// checked again against the list (`recheck` throws AlreadyExists naming a clash).
Response writeConnector(RemoteSession &s, const Request &request, const QList<int> &accepted,
                        const SsoConnector &c, const std::function<void()> &recheck)
{
    Response answer;
    try {
        answer = s.send(request, accepted + QList<int>{422});
    } catch (const Failure &failure) {
        rethrowAfterRecheck(failure, recheck);
    }
    if (answer.status != 422)
        return answer;
    const ServerError server = ServerError::parse(answer.body);
    if (server.code == QLatin1String("single_sign_on.forbidden_domains")) {
        QStringList refused;
        for (const QJsonValue &v : server.data.toArray())
            refused.append(v.toString());
        QList<FieldError> fields;
        for (qsizetype i = 0; i < c.domains.size(); ++i) {
            if (refused.contains(c.domains[i]))
                fields.append({QStringLiteral("domains[%1]").arg(i),
                               rtr("is a public email provider's domain, which Logto refuses for SSO")});
        }
        if (!fields.isEmpty())
            throw Failure{
                Error(ErrorCode::Validation,
                      rtr("The Logto server refuses public email providers' domains for enterprise SSO."), {},
                      fields)};
    }
    rethrowAfterRecheck(
        Failure{http::statusError(answer.status, answer.body, {request.method, request.path})}, recheck);
}

/// The organizations whose JIT names the connector, sorted.
QStringList organizationsLinkingConnector(RemoteSession &s, const QString &connectorId)
{
    QStringList organizationIds;
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organizations")))
        organizationIds.append(v.toObject().value(QLatin1String("id")).toString());
    QList<Request> requests;
    for (const QString &orgId : std::as_const(organizationIds))
        requests.append(Request::get(QStringLiteral("/api/organizations/") + segment(orgId) +
                                     QStringLiteral("/jit/sso-connectors")));
    const QList<Result<Response>> answers = s.sendAll(requests);
    QStringList linking;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!answers[i].ok()) {
            if (answers[i].error().code() == ErrorCode::NotFound) // deleted meanwhile
                continue;
            throw Failure{answers[i].error()};
        }
        for (const QJsonValue &v : answers[i].value().array()) {
            if (v.toObject().value(QLatin1String("id")).toString() == connectorId) {
                linking.append(organizationIds[i]);
                break;
            }
        }
    }
    linking.sort();
    return linking;
}

class RemoteSsoConnectors final : public SsoConnectorsApi
{
public:
    explicit RemoteSsoConnectors(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<SsoConnector>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<SsoConnector>>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return allConnectors(s, m_backend.tenantId());
        });
    }

    Future<SsoConnector> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<SsoConnector>([this, tenantId, id](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return logto::ssoConnector(getObject(s, connectorPath(id), connectorNotFound(id)),
                                       m_backend.tenantId());
        });
    }

    Future<SsoConnector> create(const QString &tenantId, const SsoConnector &draft) override
    {
        return m_backend.submit<SsoConnector>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const sso::ConnectorCheck check = sso::checkConnector(draft, false, clock::nowMs());
            throwIfInvalid(check.errors);
            SsoConnector wanted = sso::withEditOf(draft, draft, check.domains);
            wanted.id.clear();
            const QString secret = sso::secretOf(draft);
            checkNameAndDomainsFree(allConnectors(s, b.tenantId()), wanted);
            const Response answer = writeConnector(
                s,
                Request::post(QStringLiteral("/api/sso-connectors"),
                              QJsonDocument(logto::ssoConnectorCreateBody(wanted, secret))),
                {}, wanted, [&] { checkNameAndDomainsFree(allConnectors(s, b.tenantId()), wanted); });
            const SsoConnector created = logto::ssoConnector(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("sso.create"), QStringLiteral("ssoConnector"), created.id,
                            QJsonValue::Null, json::redactedJson(created));
            return created;
        });
    }

    Future<SsoConnector> update(const QString &tenantId, const SsoConnector &connector) override
    {
        return m_backend.submit<SsoConnector>([this, tenantId, connector](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            // The server's object carries the stored secret: it stays on this thread, and goes back
            // to the server only inside a config that would otherwise replace it.
            const QJsonObject current =
                getObject(s, connectorPath(connector.id), connectorNotFound(connector.id));
            const SsoConnector before = logto::ssoConnector(current, b.tenantId());
            throwIfInvalid(rules::updateProblems(before, connector));
            const sso::ConnectorCheck check =
                sso::checkConnector(connector, before.clientSecretSet, clock::nowMs());
            throwIfInvalid(check.errors);
            throwIfStale(connector.version, before.version, rules::title(before));
            const QString secret = sso::secretOf(connector);
            const SsoConnector wanted = sso::withEditOf(before, connector, check.domains);
            const QJsonObject patch = logto::ssoConnectorPatch(
                before, wanted, secret,
                isSamlProvider(before.providerName) ? QString() : logto::storedSecret(current));
            if (patch.isEmpty())
                return before;
            checkNameAndDomainsFree(allConnectors(s, b.tenantId()), wanted);
            const Response answer = writeConnector(
                s, Request::patch(connectorPath(before.id), QJsonDocument(patch)), {404}, wanted,
                [&] { checkNameAndDomainsFree(allConnectors(s, b.tenantId()), wanted); });
            if (answer.status == 404)
                throw Failure{connectorNotFound(before.id)};
            const SsoConnector after = logto::ssoConnector(answer.object(), b.tenantId());
            QJsonObject journalAfter = json::redactedJson(after);
            if (!secret.isEmpty())
                journalAfter.insert(QStringLiteral("clientSecretChanged"), true);
            b.journalChange(QStringLiteral("sso.update"), QStringLiteral("ssoConnector"), after.id,
                            json::redactedJson(before), journalAfter);
            return after;
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([this, tenantId, id](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const SsoConnector before =
                logto::ssoConnector(getObject(s, connectorPath(id), connectorNotFound(id)), b.tenantId());
            // Logto removes the organizations' JIT links to the connector with it. Which organizations
            // had one is recorded for the journal, as the local backend does; finding them costs one
            // request per organization (GET …/jit/sso-connectors, several in flight at once).
            QJsonObject snapshot = json::redactedJson(before);
            snapshot.insert(QStringLiteral("jitOrganizationIds"),
                            QJsonArray::fromStringList(organizationsLinkingConnector(s, id)));
            deleteObject(s, connectorPath(id), connectorNotFound(id));
            b.journalChange(QStringLiteral("sso.delete"), QStringLiteral("ssoConnector"), id, snapshot,
                            QJsonValue::Null);
            return Done{};
        });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<SsoConnectorsApi> makeSsoConnectors(RemoteBackend &backend)
{
    return std::make_unique<RemoteSsoConnectors>(backend);
}

QList<SsoConnector> fetchSsoConnectors(RemoteSession &session, const QString &tenantId)
{
    QList<SsoConnector> out;
    for (const QJsonValue &v : session.get(QStringLiteral("/api/sso-connectors")).array())
        out.append(logto::ssoConnector(v.toObject(), tenantId));
    std::stable_sort(out.begin(), out.end(), [](const SsoConnector &a, const SsoConnector &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

} // namespace gatehouse::remote
