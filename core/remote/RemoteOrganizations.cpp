// RemoteOrganizations: organizations themselves (/api/organizations) and their just-in-time
// provisioning (/api/organizations/{id}/jit/*, replace-all PUTs answering 204). Members are in
// RemoteOrganizationMembers.cpp, applications in RemoteOrganizationApplications.cpp, invitations
// in RemoteOrganizationInvitations.cpp.
#include "remote/RemoteOrganizations.h"

#include "model/EmailDomains.h"
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "model/OrganizationValidation.h"
#include "model/UpdateRules.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteOrganizationSupport.h"
#include "remote/RemoteUserJson.h"

#include <algorithm>

namespace gatehouse::remote {

using namespace orgremote;

namespace {
/// The fields of POST and PATCH /api/organizations: everything Gatehouse edits, colour and branding
/// as whole objects (so cleared entries go), empty texts left out of them as Logto does.
QJsonObject organizationBody(const Organization &organization)
{
    QJsonObject all = json::toJson(organization);
    QJsonObject body;
    for (const char *key : {"name", "customData", "isMfaRequired", "color", "branding"})
        body.insert(QLatin1String(key), all.value(QLatin1String(key)));
    body.insert(QStringLiteral("description"), organization.description.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(organization.description));
    return body;
}

Organization trimmed(Organization organization)
{
    organization.name = organization.name.trimmed();
    return organization;
}

QString jitPath(const QString &organizationId, const char *what)
{
    return organizationPath(organizationId) + QStringLiteral("/jit/") + QLatin1String(what);
}

QStringList jitDomains(RemoteSession &s, const QString &organizationId)
{
    return sortedIds(s.getAll(jitPath(organizationId, "email-domains")), "emailDomain");
}

void journalSet(RemoteBackend &b, const QString &organizationId, const char *action, const char *key,
                const QStringList &before, const QStringList &after)
{
    b.journalChange(QString::fromLatin1(action), QStringLiteral("organization"), organizationId,
                    QJsonObject{{QLatin1String(key), sortedArray(before)}},
                    QJsonObject{{QLatin1String(key), sortedArray(after)}});
}

void putIds(RemoteSession &s, const QString &path, const char *key, const QStringList &values)
{
    s.put(path, QJsonDocument(QJsonObject{{QLatin1String(key), QJsonArray::fromStringList(values)}}));
}
} // namespace

Future<QList<Organization>> RemoteOrganizations::list(const QString &tenantId, const QString &q)
{
    return m_backend.submit<QList<Organization>>([this, tenantId, q](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        const QString wanted = q.trimmed();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("showFeatured"), QStringLiteral("true"));
        if (!wanted.isEmpty())
            logto::addQueryValue(query, QStringLiteral("q"), wanted);
        QList<Organization> out;
        for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organizations"), query)) {
            Organization o = organization(v.toObject(), m_backend.tenantId());
            // Logto's q is a pattern (% and _ match anything): keep literal matches only.
            if (!wanted.isEmpty() && !o.id.contains(wanted, Qt::CaseInsensitive) &&
                !o.name.contains(wanted, Qt::CaseInsensitive))
                continue;
            if (o.memberCount < 0)
                o.memberCount = 0;
            out.append(o);
        }
        std::sort(out.begin(), out.end(), [](const Organization &a, const Organization &b) {
            const int c = a.name.compare(b.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        return out;
    });
}

Future<Organization> RemoteOrganizations::get(const QString &tenantId, const QString &id)
{
    return m_backend.submit<Organization>([this, tenantId, id](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        return fetchOrganization(s, m_backend, id);
    });
}

Future<Organization> RemoteOrganizations::create(const QString &tenantId, const Organization &draft)
{
    return m_backend.submit<Organization>([this, tenantId, draft = trimmed(draft)](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(validation::organization(draft));
        checkMfaPossible(s, draft);
        const Response answer =
            s.post(QStringLiteral("/api/organizations"), QJsonDocument(organizationBody(draft)));
        const Organization created = organization(answer.object(), b.tenantId());
        b.journalChange(QStringLiteral("organization.create"), QStringLiteral("organization"), created.id,
                        QJsonValue::Null, json::toJson(created));
        return created;
    });
}

Future<Organization> RemoteOrganizations::update(const QString &tenantId, const Organization &edited)
{
    return m_backend.submit<Organization>([this, tenantId, edited = trimmed(edited)](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        throwIfInvalid(validation::organization(edited));
        const Organization before = fetchOrganization(s, b, edited.id);
        throwIfStale(edited.version, before.version, rules::title(before));
        if (edited.isMfaRequired && !before.isMfaRequired)
            checkMfaPossible(s, edited);
        const QJsonObject body = organizationBody(edited);
        if (body == organizationBody(before))
            return before;
        const Response answer =
            s.send(Request::patch(organizationPath(before.id), QJsonDocument(body)), {404});
        if (answer.status == 404)
            throw Failure{organizationNotFound(before.id)};
        const Organization after = organization(answer.object(), b.tenantId());
        b.journalChange(QStringLiteral("organization.update"), QStringLiteral("organization"), after.id,
                        json::toJson(before), json::toJson(after));
        return after;
    });
}

Future<Done> RemoteOrganizations::remove(const QString &tenantId, const QString &id)
{
    return m_backend.submit<Done>([this, tenantId, id](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        const Organization before = fetchOrganization(s, b, id);
        QJsonObject snapshot = json::toJson(before);
        QUrlQuery count;
        count.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        count.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
        const Response members = s.get(organizationPath(id) + QStringLiteral("/users"), count);
        snapshot.insert(QStringLiteral("memberCount"),
                        static_cast<double>(std::max<qint64>(members.totalNumber, members.array().size())));
        snapshot.insert(QStringLiteral("jitEmailDomains"), sortedArray(jitDomains(s, id)));
        deleteObject(s, organizationPath(id), organizationNotFound(id));
        b.journalChange(QStringLiteral("organization.delete"), QStringLiteral("organization"), id, snapshot,
                        QJsonValue::Null);
        return Done{};
    });
}

// ---- Just-in-time provisioning -----------------------------------------------------------------

Future<OrganizationJit> RemoteOrganizations::jit(const QString &tenantId, const QString &organizationId)
{
    return m_backend.submit<OrganizationJit>([this, tenantId, organizationId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        OrganizationJit jit;
        jit.emailDomains = jitDomains(s, organizationId);
        jit.ssoConnectorIds = sortedIds(s.getAll(jitPath(organizationId, "sso-connectors")));
        for (const QJsonValue &v : s.getAll(jitPath(organizationId, "roles")))
            jit.roles.append(role(v.toObject(), b.tenantId()));
        sortByName(jit.roles);
        return jit;
    });
}

Future<Done> RemoteOrganizations::setJitEmailDomains(const QString &tenantId, const QString &organizationId,
                                                     const QStringList &domains)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, domains](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        const rules::EmailDomainList list = rules::normalizedEmailDomains(domains);
        throwIfInvalid(list.errors);
        const QStringList &normalized = list.domains;
        fetchOrganization(s, b, organizationId);
        const QStringList before = jitDomains(s, organizationId);
        putIds(s, jitPath(organizationId, "email-domains"), "emailDomains", normalized);
        journalSet(b, organizationId, "organization.jit.emailDomains.set", "emailDomains", before,
                   normalized);
        return Done{};
    });
}

Future<Done> RemoteOrganizations::setJitSsoConnectors(const QString &tenantId, const QString &organizationId,
                                                      const QStringList &connectorIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId,
                                   ids = rules::distinct(connectorIds)](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        for (const QString &id : ids)
            getObject(s, QStringLiteral("/api/sso-connectors/") + segment(id),
                      Error::notFound(rtr("SSO connector"), id));
        const QStringList before = sortedIds(s.getAll(jitPath(organizationId, "sso-connectors")));
        putIds(s, jitPath(organizationId, "sso-connectors"), "ssoConnectorIds", ids);
        journalSet(b, organizationId, "organization.jit.ssoConnectors.set", "ssoConnectorIds", before, ids);
        return Done{};
    });
}

Future<Done> RemoteOrganizations::setJitRoles(const QString &tenantId, const QString &organizationId,
                                              const QStringList &roleIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, roleIds](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        QStringList ids;
        for (const OrganizationRole &r :
             requireRoles(s, b, roleIds, RoleType::User, QStringLiteral("organizationRoleIds")))
            ids.append(r.id);
        const QStringList before = sortedIds(s.getAll(jitPath(organizationId, "roles")));
        putIds(s, jitPath(organizationId, "roles"), "organizationRoleIds", ids);
        journalSet(b, organizationId, "organization.jit.roles.set", "organizationRoleIds", before, ids);
        return Done{};
    });
}

} // namespace gatehouse::remote
