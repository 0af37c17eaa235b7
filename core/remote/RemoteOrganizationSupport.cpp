#include "remote/RemoteOrganizationSupport.h"

#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteUserJson.h"
#include "util/Clock.h"

#include <algorithm>

namespace gatehouse::remote::orgremote {

namespace {
template <typename T>
T readOrFail(Result<T> result, const QString &sentence)
{
    if (!result.ok()) {
        QStringList fields;
        for (const FieldError &f : result.error().fields())
            fields.append(f.field + QStringLiteral(": ") + f.message);
        throw Failure{Error(ErrorCode::Internal, sentence, fields.join(QStringLiteral("; ")))};
    }
    return std::move(result).value();
}
} // namespace

QString organizationPath(const QString &id)
{
    return QStringLiteral("/api/organizations/") + segment(id);
}

QString organizationRolePath(const QString &id)
{
    return QStringLiteral("/api/organization-roles/") + segment(id);
}

QString organizationScopePath(const QString &id)
{
    return QStringLiteral("/api/organization-scopes/") + segment(id);
}

QString invitationPath(const QString &id)
{
    return QStringLiteral("/api/organization-invitations/") + segment(id);
}

QString userPath(const QString &id)
{
    return QStringLiteral("/api/users/") + segment(id);
}

Error organizationNotFound(const QString &id)
{
    return Error::notFound(rtr("Organization"), id);
}

Error organizationRoleNotFound(const QString &id)
{
    return Error::notFound(rtr("Organization role"), id);
}

Error organizationScopeNotFound(const QString &id)
{
    return Error::notFound(rtr("Organization permission"), id);
}

Error invitationNotFound(const QString &id)
{
    return Error::notFound(rtr("Invitation"), id);
}

Error userNotFound(const QString &id)
{
    return Error::notFound(rtr("User"), id);
}

Error notAMember(const QString &userId)
{
    return Error(ErrorCode::NotFound, rtr("User \"%1\" is not a member of this organization.").arg(userId));
}

OrganizationScope scope(const QJsonObject &o, const QString &tenantId)
{
    OrganizationScope out = readOrFail(json::organizationScopeFromJson(o),
                                       rtr("The Logto server sent an organization permission that Gatehouse "
                                           "cannot read."));
    out.tenantId = tenantId;
    out.version = 0;
    out.version = contentVersion(json::toJson(out));
    return out;
}

OrganizationRole role(const QJsonObject &o, const QString &tenantId)
{
    OrganizationRole out = readOrFail(json::organizationRoleFromJson(o),
                                      rtr("The Logto server sent an organization role that Gatehouse cannot "
                                          "read."));
    out.tenantId = tenantId;
    out.version = 0;
    out.version = contentVersion(json::toJson(out));
    return out;
}

Organization organization(const QJsonObject &o, const QString &tenantId)
{
    Organization out = readOrFail(json::organizationFromJson(o),
                                  rtr("The Logto server sent an organization that Gatehouse cannot read."));
    out.tenantId = tenantId;
    Organization plain = out;
    plain.memberCount = -1;
    out.version = contentVersion(json::toJson(plain));
    return out;
}

OrganizationInvitation invitation(const QJsonObject &o, const QString &tenantId)
{
    OrganizationInvitation out =
        readOrFail(json::organizationInvitationFromJson(o),
                   rtr("The Logto server sent an organization invitation that Gatehouse cannot read."));
    out.tenantId = tenantId;
    for (OrganizationRole &r : out.roles)
        r.tenantId = tenantId;
    if (out.status == InvitationStatus::Pending && out.expiresAt <= clock::nowMs())
        out.status = InvitationStatus::Expired;
    return out;
}

OrganizationMember member(const QJsonObject &o, const QString &tenantId)
{
    OrganizationMember out;
    out.user = logto::user(o, tenantId);
    out.roles = roleRefs(o.value(QLatin1String("organizationRoles")).toArray(), tenantId);
    return out;
}

QList<OrganizationRole> roleRefs(const QJsonArray &refs, const QString &tenantId)
{
    QList<OrganizationRole> out;
    for (const QJsonValue &v : refs) {
        OrganizationRole r;
        r.tenantId = tenantId;
        r.id = v.toObject().value(QLatin1String("id")).toString();
        r.name = v.toObject().value(QLatin1String("name")).toString();
        out.append(r);
    }
    sortByName(out);
    return out;
}

Organization fetchOrganization(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return organization(getObject(s, organizationPath(id), organizationNotFound(id)), b.tenantId());
}

OrganizationRole fetchRole(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return role(getObject(s, organizationRolePath(id), organizationRoleNotFound(id)), b.tenantId());
}

void requireUser(RemoteSession &s, const QString &userId)
{
    getObject(s, userPath(userId), userNotFound(userId));
}

QList<OrganizationRole> requireRoles(RemoteSession &s, const RemoteBackend &b, const QStringList &ids,
                                     RoleType type, const QString &field)
{
    QList<OrganizationRole> out;
    for (const QString &id : rules::distinct(ids)) {
        const OrganizationRole r = fetchRole(s, b, id);
        const QString problem = rules::roleTypeProblem(r, type);
        if (!problem.isEmpty())
            throwIfInvalid({{field, problem}});
        out.append(r);
    }
    return out;
}

QStringList memberRoleIds(RemoteSession &s, const QString &organizationId, const QString &userId,
                          bool *isMember)
{
    const QString path = organizationPath(organizationId) + QStringLiteral("/users/") + segment(userId) +
                         QStringLiteral("/roles");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    const Response first = s.send(Request::get(path, query), {404, 422});
    if (first.status == 404 || first.status == 422) {
        *isMember = false;
        return {};
    }
    *isMember = true;
    QJsonArray roles = first.array();
    if (roles.size() >= 100)
        roles = s.getAll(path); // an unusual number of roles: read them all
    return sortedIds(roles);
}

void checkMfaPossible(RemoteSession &s, const Organization &organization)
{
    if (!organization.isMfaRequired)
        return;
    const QJsonObject experience = s.get(QStringLiteral("/api/sign-in-exp")).object();
    const QJsonArray factors =
        experience.value(QLatin1String("mfa")).toObject().value(QLatin1String("factors")).toArray();
    throwIfInvalid(rules::mfaRequirementProblems(organization, factors.size()));
}

QJsonArray sortedArray(QStringList ids)
{
    ids.sort();
    return QJsonArray::fromStringList(ids);
}

QStringList sortedIds(const QJsonArray &array, const char *key)
{
    QStringList ids;
    for (const QJsonValue &v : array)
        ids.append(v.toObject().value(QLatin1String(key)).toString());
    ids.sort();
    return ids;
}

void sortByName(QList<OrganizationRole> &roles)
{
    std::sort(roles.begin(), roles.end(), [](const OrganizationRole &a, const OrganizationRole &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
}

} // namespace gatehouse::remote::orgremote
