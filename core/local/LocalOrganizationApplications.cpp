// LocalOrganizations: machine-to-machine applications in organizations and their organization
// roles.
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalOrganizations.h"
#include "local/OrganizationRows.h"
#include "local/Rows.h"
#include "util/Clock.h"

namespace gatehouse::local {

using namespace orgrows;

namespace {
QStringList applicationRoleIds(SqlSession &s, const QString &organizationId, const QString &applicationId)
{
    return column(s,
                  QStringLiteral("SELECT organization_role_id FROM organization_application_roles WHERE "
                                 "organization_id = ? AND application_id = ? ORDER BY organization_role_id"),
                  {organizationId, applicationId});
}

QStringList linkedApplicationIds(SqlSession &s, const QString &organizationId)
{
    return column(
        s,
        QStringLiteral("SELECT application_id FROM organization_applications WHERE organization_id = ? "
                       "ORDER BY application_id"),
        {organizationId});
}

void requireApplicationInOrganization(SqlSession &s, const QString &organizationId,
                                      const QString &applicationId)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT 1 FROM organization_applications WHERE organization_id = ? AND "
                              "application_id = ?"),
               {organizationId, applicationId});
    if (!q.next())
        throw Failure{Error(ErrorCode::NotFound,
                            ltr("Application \"%1\" is not in this organization.").arg(applicationId))};
}
} // namespace

Future<QList<OrganizationApplication>> LocalOrganizations::applications(const QString &tenantId,
                                                                        const QString &organizationId)
{
    return m_backend.submit<QList<OrganizationApplication>>([tenantId, organizationId](SqlSession &s) {
        return s.snapshot([&] {
            requireOrganization(s, tenantId, organizationId);
            QString columns = QLatin1String(rows::applicationColumns);
            columns.replace(QLatin1String(", "), QLatin1String(", a."));
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT a.") + columns +
                           QStringLiteral(" FROM organization_applications oa JOIN applications a ON "
                                          "a.id = oa.application_id WHERE oa.organization_id = ? "
                                          "ORDER BY lower(a.name), a.id"),
                       {organizationId});
            QList<OrganizationApplication> out;
            while (q.next())
                out.append({rows::application(q), {}});
            for (OrganizationApplication &app : out) {
                QSqlQuery r =
                    s.exec(QStringLiteral("SELECT ") + QLatin1String(roleColumns) +
                               QStringLiteral(" FROM organization_application_roles ar JOIN "
                                              "organization_roles r ON r.id = ar.organization_role_id "
                                              "WHERE ar.organization_id = ? AND ar.application_id = ? "
                                              "ORDER BY lower(r.name), r.id"),
                           {organizationId, app.application.id});
                while (r.next())
                    app.roles.append(role(r));
            }
            return out;
        });
    });
}

Future<Done> LocalOrganizations::addApplications(const QString &tenantId, const QString &organizationId,
                                                 const QStringList &applicationIds)
{
    return m_backend.submit<Done>([tenantId, organizationId, ids = applicationIds](SqlSession &s) {
        if (ids.isEmpty())
            throwIfInvalid(
                {{QStringLiteral("applicationIds"), ltr("Pick at least one application to add.")}});
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            const QStringList before = linkedApplicationIds(s, organizationId);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                QSqlQuery app = s.exec(
                    QStringLiteral("SELECT name, type FROM applications WHERE tenant_id = ? AND id = ?"),
                    {tenantId, ids[i]});
                if (!app.next())
                    throw Failure{Error::notFound(ltr("Application"), ids[i])};
                if (app.value(1).toString() != applicationTypeName(ApplicationType::MachineToMachine))
                    throwIfInvalid({{QStringLiteral("applicationIds[%1]").arg(i),
                                     ltr("Only machine-to-machine applications can join organizations; "
                                         "\"%1\" is a %2 application.")
                                         .arg(app.value(0).toString(), app.value(1).toString())}});
                s.exec(QStringLiteral("INSERT INTO organization_applications (tenant_id, organization_id, "
                                      "application_id, created_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
                       {tenantId, organizationId, ids[i], clock::nowMs()});
            }
            s.journal(tenantId, QStringLiteral("organization.application.add"),
                      QStringLiteral("organization"), organizationId,
                      QJsonObject{{QStringLiteral("applicationIds"), array(before)}},
                      QJsonObject{{QStringLiteral("applicationIds"),
                                   array(linkedApplicationIds(s, organizationId))}});
        });
        return Done{};
    });
}

Future<Done> LocalOrganizations::removeApplication(const QString &tenantId, const QString &organizationId,
                                                   const QString &applicationId)
{
    return m_backend.submit<Done>([tenantId, organizationId, applicationId](SqlSession &s) {
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            requireApplicationInOrganization(s, organizationId, applicationId);
            const QJsonObject before{
                {QStringLiteral("applicationId"), applicationId},
                {QStringLiteral("roleIds"), array(applicationRoleIds(s, organizationId, applicationId))}};
            s.exec(QStringLiteral("DELETE FROM organization_applications WHERE organization_id = ? AND "
                                  "application_id = ?"),
                   {organizationId, applicationId});
            s.journal(tenantId, QStringLiteral("organization.application.remove"),
                      QStringLiteral("organization"), organizationId, before, QJsonValue::Null);
        });
        return Done{};
    });
}

Future<Done> LocalOrganizations::setApplicationRoles(const QString &tenantId, const QString &organizationId,
                                                     const QString &applicationId, const QStringList &roleIds)
{
    return m_backend.submit<Done>([tenantId, organizationId, applicationId, roleIds](SqlSession &s) {
        s.write([&] {
            requireOrganization(s, tenantId, organizationId);
            requireApplicationInOrganization(s, organizationId, applicationId);
            const QList<OrganizationRole> roles = requireRoles(
                s, tenantId, roleIds, RoleType::MachineToMachine, QStringLiteral("organizationRoleIds"));
            const QStringList before = applicationRoleIds(s, organizationId, applicationId);
            s.exec(QStringLiteral("DELETE FROM organization_application_roles WHERE organization_id = ? AND "
                                  "application_id = ?"),
                   {organizationId, applicationId});
            for (const OrganizationRole &r : roles)
                s.exec(
                    QStringLiteral("INSERT INTO organization_application_roles (tenant_id, organization_id, "
                                   "application_id, organization_role_id) VALUES (?,?,?,?)"),
                    {tenantId, organizationId, applicationId, r.id});
            s.journal(tenantId, QStringLiteral("organization.application.roles.set"),
                      QStringLiteral("organization"), organizationId,
                      QJsonObject{{QStringLiteral("applicationId"), applicationId},
                                  {QStringLiteral("roleIds"), array(before)}},
                      QJsonObject{{QStringLiteral("applicationId"), applicationId},
                                  {QStringLiteral("roleIds"),
                                   array(applicationRoleIds(s, organizationId, applicationId))}});
        });
        return Done{};
    });
}

} // namespace gatehouse::local
