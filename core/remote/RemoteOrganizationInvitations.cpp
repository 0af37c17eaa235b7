// RemoteOrganizations: invitations through /api/organization-invitations. Gatehouse sends no
// email (messagePayload: false) and always sends expiresAt (default: now + 7 days, from
// clock::nowMs()). Accepting is PUT …/status {status: Accepted, acceptedUserId}: the server adds
// the membership with the invited roles. A Pending invitation past expiresAt reads as Expired.
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "model/OrganizationValidation.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteOrganizationSupport.h"
#include "remote/RemoteOrganizations.h"
#include "util/Clock.h"

#include <algorithm>

namespace gatehouse::remote {

using namespace orgremote;

namespace {
QList<OrganizationInvitation> invitationsOf(RemoteSession &s, const RemoteBackend &b,
                                            const QString &organizationId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("organizationId"), organizationId);
    QList<OrganizationInvitation> out;
    for (const QJsonValue &v : s.get(QStringLiteral("/api/organization-invitations"), query).array())
        out.append(invitation(v.toObject(), b.tenantId()));
    std::sort(out.begin(), out.end(), [](const OrganizationInvitation &x, const OrganizationInvitation &y) {
        return x.createdAt != y.createdAt ? x.createdAt > y.createdAt : x.id > y.id;
    });
    return out;
}

OrganizationInvitation fetchInvitation(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return invitation(getObject(s, invitationPath(id), invitationNotFound(id)), b.tenantId());
}

OrganizationInvitation putStatus(RemoteSession &s, const RemoteBackend &b, const QString &id,
                                 const QJsonObject &body)
{
    const Response answer =
        s.send(Request::put(invitationPath(id) + QStringLiteral("/status"), QJsonDocument(body)), {404});
    if (answer.status == 404)
        throw Failure{invitationNotFound(id)};
    return invitation(answer.object(), b.tenantId());
}
} // namespace

Future<QList<OrganizationInvitation>> RemoteOrganizations::invitations(const QString &tenantId,
                                                                       const QString &organizationId)
{
    return m_backend.submit<QList<OrganizationInvitation>>(
        [this, tenantId, organizationId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            fetchOrganization(s, m_backend, organizationId);
            return invitationsOf(s, m_backend, organizationId);
        });
}

Future<OrganizationInvitation> RemoteOrganizations::createInvitation(const QString &tenantId,
                                                                     const OrganizationInvitation &draft)
{
    return m_backend.submit<OrganizationInvitation>([this, tenantId, draft](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        const QString invitee = draft.invitee.trimmed();
        const QString problem = validation::inviteeProblem(invitee);
        if (!problem.isEmpty())
            throwIfInvalid({{QStringLiteral("invitee"), problem}});
        fetchOrganization(s, b, draft.organizationId);
        if (!draft.inviterId.isEmpty())
            requireUser(s, draft.inviterId);
        QStringList roleIds;
        for (const OrganizationRole &r : draft.roles)
            roleIds.append(r.id);
        QStringList ids;
        for (const OrganizationRole &r :
             requireRoles(s, b, roleIds, RoleType::User, QStringLiteral("organizationRoleIds")))
            ids.append(r.id);
        const qint64 now = clock::nowMs();
        const qint64 expiresAt = draft.expiresAt == 0 ? now + defaultInvitationLifetimeMs : draft.expiresAt;
        if (expiresAt <= now)
            throwIfInvalid({{QStringLiteral("expiresAt"), rtr("must be in the future")}});
        for (const OrganizationInvitation &other : invitationsOf(s, b, draft.organizationId)) {
            if (other.status == InvitationStatus::Pending &&
                other.invitee.compare(invitee, Qt::CaseInsensitive) == 0)
                throwExists(
                    rtr("%1 already has a pending invitation to this organization (%2); revoke it first "
                        "to invite again.")
                        .arg(invitee, other.id));
        }
        QJsonObject body{{QStringLiteral("invitee"), invitee},
                         {QStringLiteral("organizationId"), draft.organizationId},
                         {QStringLiteral("expiresAt"), static_cast<double>(expiresAt)},
                         {QStringLiteral("organizationRoleIds"), QJsonArray::fromStringList(ids)},
                         {QStringLiteral("messagePayload"), false}};
        if (!draft.inviterId.isEmpty())
            body.insert(QStringLiteral("inviterId"), draft.inviterId);
        const Response answer = s.post(QStringLiteral("/api/organization-invitations"), QJsonDocument(body));
        const OrganizationInvitation created = invitation(answer.object(), b.tenantId());
        b.journalChange(QStringLiteral("organizationInvitation.create"),
                        QStringLiteral("organizationInvitation"), created.id, QJsonValue::Null,
                        json::toJson(created));
        return created;
    });
}

Future<OrganizationInvitation> RemoteOrganizations::revokeInvitation(const QString &tenantId,
                                                                     const QString &invitationId)
{
    return m_backend.submit<OrganizationInvitation>([this, tenantId, invitationId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        const OrganizationInvitation before = fetchInvitation(s, b, invitationId);
        throwIfInvalid(rules::pendingInvitationProblems(before, rules::revokedWord()));
        const OrganizationInvitation after =
            putStatus(s, b, invitationId, QJsonObject{{QStringLiteral("status"), QStringLiteral("Revoked")}});
        b.journalChange(QStringLiteral("organizationInvitation.revoke"),
                        QStringLiteral("organizationInvitation"), invitationId, json::toJson(before),
                        json::toJson(after));
        return after;
    });
}

Future<OrganizationInvitation> RemoteOrganizations::acceptInvitation(const QString &tenantId,
                                                                     const QString &invitationId,
                                                                     const QString &userId)
{
    return m_backend.submit<OrganizationInvitation>([this, tenantId, invitationId, userId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        const OrganizationInvitation before = fetchInvitation(s, b, invitationId);
        throwIfInvalid(rules::pendingInvitationProblems(before, rules::acceptedWord()));
        requireUser(s, userId);
        const OrganizationInvitation after =
            putStatus(s, b, invitationId,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("Accepted")},
                                  {QStringLiteral("acceptedUserId"), userId}});
        QJsonObject afterJson = json::toJson(after);
        bool isMember = false;
        afterJson.insert(QStringLiteral("memberRoleIds"), QJsonArray::fromStringList(memberRoleIds(
                                                              s, before.organizationId, userId, &isMember)));
        b.journalChange(QStringLiteral("organizationInvitation.accept"),
                        QStringLiteral("organizationInvitation"), invitationId, json::toJson(before),
                        afterJson);
        return after;
    });
}

} // namespace gatehouse::remote
