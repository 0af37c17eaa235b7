// RemoteOrganizations: machine-to-machine applications in organizations
// (/api/organizations/{id}/applications and their roles, replace-all PUT).
#include "model/OrganizationRules.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"
#include "remote/RemoteOrganizationSupport.h"
#include "remote/RemoteOrganizations.h"

#include <algorithm>

namespace gatehouse::remote {

using namespace orgremote;

namespace {
QString applicationsPath(const QString &organizationId)
{
    return organizationPath(organizationId) + QStringLiteral("/applications");
}

QList<OrganizationApplication> linkedApplications(RemoteSession &s, const RemoteBackend &b,
                                                  const QString &organizationId)
{
    QList<OrganizationApplication> out;
    for (const QJsonValue &v : s.getAll(applicationsPath(organizationId))) {
        OrganizationApplication a;
        a.application = logto::application(v.toObject(), b.tenantId());
        a.roles = roleRefs(v.toObject().value(QLatin1String("organizationRoles")).toArray(), b.tenantId());
        out.append(a);
    }
    std::sort(out.begin(), out.end(), [](const OrganizationApplication &x, const OrganizationApplication &y) {
        const int c = x.application.name.compare(y.application.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x.application.id < y.application.id;
    });
    return out;
}

QStringList linkedIds(const QList<OrganizationApplication> &apps)
{
    QStringList ids;
    for (const OrganizationApplication &a : apps)
        ids.append(a.application.id);
    ids.sort();
    return ids;
}

Error notInOrganization(const QString &applicationId)
{
    return Error(ErrorCode::NotFound,
                 rtr("Application \"%1\" is not in this organization.").arg(applicationId));
}
} // namespace

Future<QList<OrganizationApplication>> RemoteOrganizations::applications(const QString &tenantId,
                                                                         const QString &organizationId)
{
    return m_backend.submit<QList<OrganizationApplication>>(
        [this, tenantId, organizationId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            fetchOrganization(s, m_backend, organizationId);
            return linkedApplications(s, m_backend, organizationId);
        });
}

Future<Done> RemoteOrganizations::addApplications(const QString &tenantId, const QString &organizationId,
                                                  const QStringList &applicationIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId,
                                   ids = rules::distinct(applicationIds)](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        if (ids.isEmpty())
            throwIfInvalid(
                {{QStringLiteral("applicationIds"), rtr("Pick at least one application to add.")}});
        fetchOrganization(s, b, organizationId);
        for (const QString &id : ids) {
            const Application app =
                logto::application(getObject(s, QStringLiteral("/api/applications/") + segment(id),
                                             Error::notFound(rtr("Application"), id)),
                                   b.tenantId());
            if (app.type != ApplicationType::MachineToMachine)
                throwIfInvalid(
                    {{QStringLiteral("applicationIds"),
                      rtr("\"%1\" is not a machine-to-machine application; only those can be added "
                          "to organizations.")
                          .arg(app.name)}});
        }
        const QStringList before = linkedIds(linkedApplications(s, b, organizationId));
        s.post(
            applicationsPath(organizationId),
            QJsonDocument(QJsonObject{{QStringLiteral("applicationIds"), QJsonArray::fromStringList(ids)}}));
        QStringList after = before;
        for (const QString &id : ids) {
            if (!after.contains(id))
                after.append(id);
        }
        b.journalChange(QStringLiteral("organization.application.add"), QStringLiteral("organization"),
                        organizationId, QJsonObject{{QStringLiteral("applicationIds"), sortedArray(before)}},
                        QJsonObject{{QStringLiteral("applicationIds"), sortedArray(after)}});
        return Done{};
    });
}

Future<Done> RemoteOrganizations::removeApplication(const QString &tenantId, const QString &organizationId,
                                                    const QString &applicationId)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, applicationId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        const QList<OrganizationApplication> linked = linkedApplications(s, b, organizationId);
        const auto found = std::find_if(linked.begin(), linked.end(), [&](const OrganizationApplication &a) {
            return a.application.id == applicationId;
        });
        if (found == linked.end())
            throw Failure{notInOrganization(applicationId)};
        QStringList roleIds;
        for (const OrganizationRole &r : found->roles)
            roleIds.append(r.id);
        const Response answer =
            s.send(Request::del(applicationsPath(organizationId) + QLatin1Char('/') + segment(applicationId)),
                   {404, 422});
        if (answer.status == 404 || answer.status == 422)
            throw Failure{notInOrganization(applicationId)};
        b.journalChange(QStringLiteral("organization.application.remove"), QStringLiteral("organization"),
                        organizationId,
                        QJsonObject{{QStringLiteral("applicationId"), applicationId},
                                    {QStringLiteral("roleIds"), sortedArray(roleIds)}},
                        QJsonValue::Null);
        return Done{};
    });
}

Future<Done> RemoteOrganizations::setApplicationRoles(const QString &tenantId, const QString &organizationId,
                                                      const QString &applicationId,
                                                      const QStringList &roleIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, applicationId, roleIds](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        const QList<OrganizationApplication> linked = linkedApplications(s, b, organizationId);
        const auto found = std::find_if(linked.begin(), linked.end(), [&](const OrganizationApplication &a) {
            return a.application.id == applicationId;
        });
        if (found == linked.end())
            throw Failure{notInOrganization(applicationId)};
        QStringList before;
        for (const OrganizationRole &r : found->roles)
            before.append(r.id);
        QStringList ids;
        for (const OrganizationRole &r :
             requireRoles(s, b, roleIds, RoleType::MachineToMachine, QStringLiteral("organizationRoleIds")))
            ids.append(r.id);
        s.put(applicationsPath(organizationId) + QLatin1Char('/') + segment(applicationId) +
                  QStringLiteral("/roles"),
              QJsonDocument(
                  QJsonObject{{QStringLiteral("organizationRoleIds"), QJsonArray::fromStringList(ids)}}));
        b.journalChange(QStringLiteral("organization.application.roles.set"), QStringLiteral("organization"),
                        organizationId,
                        QJsonObject{{QStringLiteral("applicationId"), applicationId},
                                    {QStringLiteral("roleIds"), sortedArray(before)}},
                        QJsonObject{{QStringLiteral("applicationId"), applicationId},
                                    {QStringLiteral("roleIds"), sortedArray(ids)}});
        return Done{};
    });
}

} // namespace gatehouse::remote
