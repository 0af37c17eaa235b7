// LocalOrganizations: just-in-time provisioning (email domains, SSO connectors, default roles).
// Each setter replaces the whole set and journals it before and after.
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalOrganizations.h"
#include "local/OrganizationRows.h"
#include "model/EmailDomains.h"
#include "model/OrganizationRules.h"

namespace gatehouse::local {

using namespace orgrows;

namespace {
QStringList jitDomains(SqlSession &s, const QString &organizationId)
{
    return column(
        s,
        QStringLiteral("SELECT email_domain FROM organization_jit_email_domains WHERE organization_id = ? "
                       "ORDER BY email_domain"),
        {organizationId});
}

QStringList jitConnectors(SqlSession &s, const QString &organizationId)
{
    return column(s,
                  QStringLiteral("SELECT sso_connector_id FROM organization_jit_sso_connectors WHERE "
                                 "organization_id = ? ORDER BY sso_connector_id"),
                  {organizationId});
}

QStringList jitRoleIds(SqlSession &s, const QString &organizationId)
{
    return column(
        s,
        QStringLiteral("SELECT organization_role_id FROM organization_jit_roles WHERE organization_id = ? "
                       "ORDER BY organization_role_id"),
        {organizationId});
}

void journalSet(SqlSession &s, const QString &tenantId, const QString &organizationId, const char *action,
                const char *key, const QStringList &before, const QStringList &after)
{
    s.journal(tenantId, QString::fromLatin1(action), QStringLiteral("organization"), organizationId,
              QJsonObject{{QLatin1String(key), array(before)}},
              QJsonObject{{QLatin1String(key), array(after)}});
}
} // namespace

Future<OrganizationJit> LocalOrganizations::jit(const QString &tenantId, const QString &organizationId)
{
    return m_backend.submit<OrganizationJit>([tenantId, organizationId](SqlSession &s) {
        return s.snapshot([&] {
            requireOrganization(s, tenantId, organizationId);
            OrganizationJit jit;
            jit.emailDomains = jitDomains(s, organizationId);
            jit.ssoConnectorIds = jitConnectors(s, organizationId);
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT ") + QLatin1String(roleColumns) +
                           QStringLiteral(" FROM organization_jit_roles j JOIN organization_roles r ON "
                                          "r.id = j.organization_role_id WHERE j.organization_id = ? "
                                          "ORDER BY lower(r.name), r.id"),
                       {organizationId});
            while (q.next())
                jit.roles.append(role(q));
            return jit;
        });
    });
}

Future<Done> LocalOrganizations::setJitEmailDomains(const QString &tenantId, const QString &organizationId,
                                                    const QStringList &domains)
{
    return m_backend.submit<Done>([tenantId, organizationId, domains](SqlSession &s) {
        const rules::EmailDomainList list = rules::normalizedEmailDomains(domains);
        throwIfInvalid(list.errors);
        const QStringList &normalized = list.domains;
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            const QStringList before = jitDomains(s, organizationId);
            s.exec(QStringLiteral("DELETE FROM organization_jit_email_domains WHERE organization_id = ?"),
                   {organizationId});
            for (const QString &domain : normalized)
                s.exec(
                    QStringLiteral("INSERT INTO organization_jit_email_domains (tenant_id, organization_id, "
                                   "email_domain) VALUES (?,?,?)"),
                    {tenantId, organizationId, domain});
            journalSet(s, tenantId, organizationId, "organization.jit.emailDomains.set", "emailDomains",
                       before, jitDomains(s, organizationId));
        });
        return Done{};
    });
}

Future<Done> LocalOrganizations::setJitSsoConnectors(const QString &tenantId, const QString &organizationId,
                                                     const QStringList &connectorIds)
{
    return m_backend.submit<Done>([tenantId, organizationId, connectorIds](SqlSession &s) {
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            QStringList ids;
            for (const QString &id : connectorIds) {
                s.requireRow(QStringLiteral("SELECT 1 FROM sso_connectors WHERE tenant_id = ? AND id = ?"),
                             {tenantId, id}, ltr("SSO connector"), id);
                if (!ids.contains(id))
                    ids.append(id);
            }
            const QStringList before = jitConnectors(s, organizationId);
            s.exec(QStringLiteral("DELETE FROM organization_jit_sso_connectors WHERE organization_id = ?"),
                   {organizationId});
            for (const QString &id : ids)
                s.exec(
                    QStringLiteral("INSERT INTO organization_jit_sso_connectors (tenant_id, organization_id, "
                                   "sso_connector_id) VALUES (?,?,?)"),
                    {tenantId, organizationId, id});
            journalSet(s, tenantId, organizationId, "organization.jit.ssoConnectors.set", "ssoConnectorIds",
                       before, jitConnectors(s, organizationId));
        });
        return Done{};
    });
}

Future<Done> LocalOrganizations::setJitRoles(const QString &tenantId, const QString &organizationId,
                                             const QStringList &roleIds)
{
    return m_backend.submit<Done>([tenantId, organizationId, roleIds](SqlSession &s) {
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            const QList<OrganizationRole> roles =
                requireRoles(s, tenantId, roleIds, RoleType::User, QStringLiteral("organizationRoleIds"));
            const QStringList before = jitRoleIds(s, organizationId);
            s.exec(QStringLiteral("DELETE FROM organization_jit_roles WHERE organization_id = ?"),
                   {organizationId});
            for (const OrganizationRole &r : roles)
                s.exec(QStringLiteral("INSERT INTO organization_jit_roles (tenant_id, organization_id, "
                                      "organization_role_id) VALUES (?,?,?)"),
                       {tenantId, organizationId, r.id});
            journalSet(s, tenantId, organizationId, "organization.jit.roles.set", "organizationRoleIds",
                       before, jitRoleIds(s, organizationId));
        });
        return Done{};
    });
}

} // namespace gatehouse::local
