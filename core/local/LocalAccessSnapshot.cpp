// LocalSignInExperience::accessSnapshot: everything the access explainer needs, read in one
// consistent snapshot.
#include "local/LocalCommon.h"
#include "local/SignInRows.h"
#include "local/SsoRows.h"
#include "local/UserSql.h"
#include "model/EmailDomains.h"
#include "model/UserValidation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::local {

namespace {
constexpr char organizationColumns[] = "o.tenant_id, o.id, o.name, o.description, o.custom_data, "
                                       "o.is_mfa_required, o.branding, o.color, o.created_at, o.version";
constexpr char roleColumns[] = "r.tenant_id, r.id, r.name, r.description, r.type, r.created_at, r.version";

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Organization readOrganization(const QSqlQuery &q)
{
    Organization o;
    o.tenantId = q.value(0).toString();
    o.id = q.value(1).toString();
    o.name = q.value(2).toString();
    o.description = q.value(3).toString();
    o.customData = objectOf(q.value(4));
    o.isMfaRequired = q.value(5).toInt() != 0;
    const QJsonObject branding = objectOf(q.value(6));
    o.branding.logoUrl = branding.value(QStringLiteral("logoUrl")).toString();
    o.branding.darkLogoUrl = branding.value(QStringLiteral("darkLogoUrl")).toString();
    o.branding.favicon = branding.value(QStringLiteral("favicon")).toString();
    o.branding.darkFavicon = branding.value(QStringLiteral("darkFavicon")).toString();
    const QJsonObject color = objectOf(q.value(7));
    o.color.primaryColor = color.value(QStringLiteral("primaryColor")).toString();
    o.color.isDarkModeEnabled = color.value(QStringLiteral("isDarkModeEnabled")).toBool();
    o.color.darkPrimaryColor = color.value(QStringLiteral("darkPrimaryColor")).toString();
    o.createdAt = q.value(8).toLongLong();
    o.version = q.value(9).toLongLong();
    return o;
}

/// Reads an organization role from the columns starting at `offset`.
OrganizationRole readRole(const QSqlQuery &q, int offset)
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

std::optional<User> userByEmail(SqlSession &s, const QString &tenantId, const QString &email)
{
    const QString key = validation::emailKey(email);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(usersql::columns) +
                             QStringLiteral(" FROM users u WHERE u.tenant_id = ? AND u.email_key = ?"),
                         {tenantId, key});
    if (!q.next())
        return std::nullopt;
    return usersql::read(q);
}

QList<UserOrganization> membershipsOf(SqlSession &s, const QString &tenantId, const QString &userId)
{
    QList<UserOrganization> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT ") + QLatin1String(organizationColumns) +
                   QStringLiteral(" FROM organizations o JOIN organization_users ou ON ou.organization_id "
                                  "= o.id WHERE o.tenant_id = ? AND ou.user_id = ? ORDER BY lower(o.name), "
                                  "o.id"),
               {tenantId, userId});
    while (q.next()) {
        index.insert(q.value(1).toString(), out.size());
        out.append({readOrganization(q), {}});
    }
    QSqlQuery roles =
        s.exec(QStringLiteral("SELECT our.organization_id, ") + QLatin1String(roleColumns) +
                   QStringLiteral(" FROM organization_user_roles our JOIN organization_roles r ON r.id = "
                                  "our.organization_role_id WHERE our.tenant_id = ? AND our.user_id = ? "
                                  "ORDER BY lower(r.name), r.id"),
               {tenantId, userId});
    while (roles.next()) {
        const qsizetype at = index.value(roles.value(0).toString(), -1);
        if (at >= 0)
            out[at].roles.append(readRole(roles, 1));
    }
    return out;
}

OrganizationJit jitOf(SqlSession &s, const QString &organizationId)
{
    OrganizationJit jit;
    QSqlQuery d = s.exec(QStringLiteral("SELECT email_domain FROM organization_jit_email_domains WHERE "
                                        "organization_id = ? ORDER BY email_domain"),
                         {organizationId});
    while (d.next())
        jit.emailDomains.append(d.value(0).toString());
    QSqlQuery c = s.exec(QStringLiteral("SELECT sso_connector_id FROM organization_jit_sso_connectors WHERE "
                                        "organization_id = ? ORDER BY sso_connector_id"),
                         {organizationId});
    while (c.next())
        jit.ssoConnectorIds.append(c.value(0).toString());
    QSqlQuery r = s.exec(
        QStringLiteral("SELECT ") + QLatin1String(roleColumns) +
            QStringLiteral(" FROM organization_jit_roles j JOIN organization_roles r ON r.id = "
                           "j.organization_role_id WHERE j.organization_id = ? ORDER BY lower(r.name), "
                           "r.id"),
        {organizationId});
    while (r.next())
        jit.roles.append(readRole(r, 0));
    return jit;
}
} // namespace

AccessSnapshot readAccessSnapshot(SqlSession &s, const QString &tenantId, const QString &email)
{
    return s.snapshot([&] {
        requireTenant(s, tenantId);
        AccessSnapshot snap;
        snap.email = email.trimmed();
        snap.domain = emaildomains::ofEmail(snap.email);
        snap.signIn = signinrows::read(s, tenantId);
        snap.connectors = ssorows::list(s, tenantId);
        snap.user = userByEmail(s, tenantId, snap.email);
        if (snap.user)
            snap.memberships = membershipsOf(s, tenantId, snap.user->id);
        // Local workspaces record no sign-ins, so which connectors a user came through is unknown.
        snap.ssoIdentitiesKnown = false;

        QSqlQuery q =
            s.exec(QStringLiteral("SELECT ") + QLatin1String(organizationColumns) +
                       QStringLiteral(
                           " FROM organizations o WHERE o.tenant_id = ? AND ("
                           " o.id IN (SELECT organization_id FROM organization_jit_email_domains"
                           "  WHERE tenant_id = ? AND email_domain = ?)"
                           " OR o.id IN (SELECT organization_id FROM organization_jit_sso_connectors"
                           "  WHERE tenant_id = ?)"
                           " OR o.id IN (SELECT organization_id FROM organization_users WHERE user_id = ?))"
                           " ORDER BY lower(o.name), o.id"),
                   {tenantId, tenantId, snap.domain, tenantId, snap.user ? snap.user->id : QString()});
        while (q.next())
            snap.organizations.append(readOrganization(q));
        for (const Organization &o : std::as_const(snap.organizations))
            snap.jit.insert(o.id, jitOf(s, o.id));
        return snap;
    });
}

} // namespace gatehouse::local
