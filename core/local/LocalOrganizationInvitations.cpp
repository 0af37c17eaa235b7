// LocalOrganizations: invitations (create, list, revoke, accept). Expiry is computed with
// clock::nowMs(): a Pending invitation past expiresAt reads as Expired.
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalOrganizations.h"
#include "local/OrganizationRows.h"
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "model/OrganizationValidation.h"
#include "security/Random.h"
#include "util/Clock.h"

namespace gatehouse::local {

using namespace orgrows;

namespace {
constexpr char invitationColumns[] = "i.tenant_id, i.id, i.organization_id, i.inviter_id, i.invitee, "
                                     "i.accepted_user_id, i.status, i.created_at, i.updated_at, i.expires_at";

OrganizationInvitation readInvitation(const QSqlQuery &q, qint64 now)
{
    OrganizationInvitation inv;
    inv.tenantId = q.value(0).toString();
    inv.id = q.value(1).toString();
    inv.organizationId = q.value(2).toString();
    inv.inviterId = q.value(3).toString();
    inv.invitee = q.value(4).toString();
    inv.acceptedUserId = q.value(5).toString();
    parseInvitationStatus(q.value(6).toString(), &inv.status);
    inv.createdAt = q.value(7).toLongLong();
    inv.updatedAt = q.value(8).toLongLong();
    inv.expiresAt = q.value(9).toLongLong();
    if (inv.status == InvitationStatus::Pending && inv.expiresAt <= now)
        inv.status = InvitationStatus::Expired;
    return inv;
}

QList<OrganizationRole> invitationRoles(SqlSession &s, const QString &invitationId)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT ") + QLatin1String(roleColumns) +
                   QStringLiteral(" FROM organization_invitation_roles ir JOIN organization_roles r ON "
                                  "r.id = ir.organization_role_id WHERE ir.invitation_id = ? "
                                  "ORDER BY lower(r.name), r.id"),
               {invitationId});
    QList<OrganizationRole> out;
    while (q.next())
        out.append(role(q));
    return out;
}

OrganizationInvitation requireInvitation(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT ") + QLatin1String(invitationColumns) +
                   QStringLiteral(" FROM organization_invitations i WHERE i.tenant_id = ? AND i.id = ?"),
               {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Invitation"), id)};
    OrganizationInvitation inv = readInvitation(q, clock::nowMs());
    inv.roles = invitationRoles(s, id);
    return inv;
}

void setStatus(SqlSession &s, const OrganizationInvitation &inv, InvitationStatus status,
               const QString &acceptedUserId)
{
    s.exec(
        QStringLiteral("UPDATE organization_invitations SET status = ?, accepted_user_id = ?, updated_at = ? "
                       "WHERE id = ?"),
        {invitationStatusName(status), acceptedUserId.isEmpty() ? QVariant() : QVariant(acceptedUserId),
         clock::nowMs(), inv.id});
}
} // namespace

Future<QList<OrganizationInvitation>> LocalOrganizations::invitations(const QString &tenantId,
                                                                      const QString &organizationId)
{
    return m_backend.submit<QList<OrganizationInvitation>>([tenantId, organizationId](SqlSession &s) {
        return s.snapshot([&] {
            requireOrganization(s, tenantId, organizationId);
            const qint64 now = clock::nowMs();
            QSqlQuery q =
                s.exec(QStringLiteral("SELECT ") + QLatin1String(invitationColumns) +
                           QStringLiteral(" FROM organization_invitations i WHERE i.organization_id = ? "
                                          "ORDER BY i.created_at DESC, i.id DESC"),
                       {organizationId});
            QList<OrganizationInvitation> out;
            while (q.next())
                out.append(readInvitation(q, now));
            for (OrganizationInvitation &inv : out)
                inv.roles = invitationRoles(s, inv.id);
            return out;
        });
    });
}

Future<OrganizationInvitation> LocalOrganizations::createInvitation(const QString &tenantId,
                                                                    const OrganizationInvitation &draft,
                                                                    const QString &reason)
{
    return m_backend.submit<OrganizationInvitation>([tenantId, draft, reason](SqlSession &s) {
        const QString invitee = draft.invitee.trimmed();
        const QString problem = validation::inviteeProblem(invitee);
        if (!problem.isEmpty())
            throwIfInvalid({{QStringLiteral("invitee"), problem}});
        return s.write([&] {
            requireOrganization(s, tenantId, draft.organizationId);
            if (!draft.inviterId.isEmpty())
                requireUser(s, tenantId, draft.inviterId);
            QStringList roleIds;
            for (const OrganizationRole &r : draft.roles)
                roleIds.append(r.id);
            const QList<OrganizationRole> roles =
                requireRoles(s, tenantId, roleIds, RoleType::User, QStringLiteral("organizationRoleIds"));
            const qint64 now = clock::nowMs();
            OrganizationInvitation inv;
            inv.id = security::generateId(21);
            inv.tenantId = tenantId;
            inv.organizationId = draft.organizationId;
            inv.inviterId = draft.inviterId;
            inv.invitee = invitee;
            inv.status = InvitationStatus::Pending;
            inv.createdAt = now;
            inv.updatedAt = now;
            inv.expiresAt = draft.expiresAt == 0 ? now + defaultInvitationLifetimeMs : draft.expiresAt;
            inv.roles = roles;
            if (inv.expiresAt <= now)
                throwIfInvalid({{QStringLiteral("expiresAt"), ltr("must be in the future")}});
            QSqlQuery pending =
                s.exec(QStringLiteral("SELECT id FROM organization_invitations WHERE "
                                      "organization_id = ? AND lower(invitee) = lower(?) AND "
                                      "status = ? AND expires_at > ?"),
                       {inv.organizationId, invitee, invitationStatusName(InvitationStatus::Pending), now});
            if (pending.next())
                throwExists(ltr("%1 already has a pending invitation to this organization (%2); revoke it "
                                "first to invite again.")
                                .arg(invitee, pending.value(0).toString()));
            // Invitations whose time ran out read as Expired; stored so, they leave room for this one
            // under the index that allows one pending invitation per organization and invitee.
            s.exec(QStringLiteral("UPDATE organization_invitations SET status = ?, updated_at = ? WHERE "
                                  "organization_id = ? AND lower(invitee) = lower(?) AND status = ? AND "
                                  "expires_at <= ?"),
                   {invitationStatusName(InvitationStatus::Expired), now, inv.organizationId, invitee,
                    invitationStatusName(InvitationStatus::Pending), now});
            try {
                s.exec(
                    QStringLiteral(
                        "INSERT INTO organization_invitations (tenant_id, id, organization_id, inviter_id, "
                        "invitee, accepted_user_id, status, created_at, updated_at, expires_at) VALUES "
                        "(?,?,?,?,?,NULL,?,?,?,?)"),
                    {tenantId, inv.id, inv.organizationId,
                     inv.inviterId.isEmpty() ? QVariant() : QVariant(inv.inviterId), inv.invitee,
                     invitationStatusName(inv.status), inv.createdAt, inv.updatedAt, inv.expiresAt});
            } catch (const Failure &failure) {
                // Another writer invited the same person between the check above and this insert.
                if (failure.error.code() == ErrorCode::AlreadyExists)
                    throwExists(ltr("%1 already has a pending invitation to this organization (made at the "
                                    "same moment); revoke it first to invite again.")
                                    .arg(invitee));
                throw;
            }
            for (const OrganizationRole &r : roles)
                s.exec(QStringLiteral("INSERT INTO organization_invitation_roles (tenant_id, invitation_id, "
                                      "organization_role_id) VALUES (?,?,?)"),
                       {tenantId, inv.id, r.id});
            s.journal(tenantId, QStringLiteral("organizationInvitation.create"),
                      QStringLiteral("organizationInvitation"), inv.id, QJsonValue::Null, json::toJson(inv),
                      reason);
            return inv;
        });
    });
}

Future<OrganizationInvitation> LocalOrganizations::revokeInvitation(const QString &tenantId,
                                                                    const QString &invitationId,
                                                                    const QString &reason)
{
    return m_backend.submit<OrganizationInvitation>([tenantId, invitationId, reason](SqlSession &s) {
        return s.write([&] {
            const OrganizationInvitation before = requireInvitation(s, tenantId, invitationId);
            throwIfInvalid(rules::pendingInvitationProblems(before, rules::revokedWord()));
            setStatus(s, before, InvitationStatus::Revoked, {});
            const OrganizationInvitation after = requireInvitation(s, tenantId, invitationId);
            s.journal(tenantId, QStringLiteral("organizationInvitation.revoke"),
                      QStringLiteral("organizationInvitation"), invitationId, json::toJson(before),
                      json::toJson(after), reason);
            return after;
        });
    });
}

Future<OrganizationInvitation> LocalOrganizations::acceptInvitation(const QString &tenantId,
                                                                    const QString &invitationId,
                                                                    const QString &userId)
{
    return m_backend.submit<OrganizationInvitation>([tenantId, invitationId, userId](SqlSession &s) {
        return s.write([&] {
            const OrganizationInvitation before = requireInvitation(s, tenantId, invitationId);
            throwIfInvalid(rules::pendingInvitationProblems(before, rules::acceptedWord()));
            requireUser(s, tenantId, userId);
            // The membership (kept if it exists) with the invited roles added.
            s.exec(QStringLiteral(
                       "INSERT INTO organization_users (tenant_id, organization_id, user_id, created_at) "
                       "VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
                   {tenantId, before.organizationId, userId, clock::nowMs()});
            for (const OrganizationRole &r : before.roles)
                s.exec(QStringLiteral(
                           "INSERT INTO organization_user_roles (tenant_id, organization_id, user_id, "
                           "organization_role_id) VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
                       {tenantId, before.organizationId, userId, r.id});
            setStatus(s, before, InvitationStatus::Accepted, userId);
            const OrganizationInvitation after = requireInvitation(s, tenantId, invitationId);
            QJsonObject afterJson = json::toJson(after);
            afterJson.insert(QStringLiteral("memberRoleIds"),
                             array(memberRoleIds(s, before.organizationId, userId)));
            s.journal(tenantId, QStringLiteral("organizationInvitation.accept"),
                      QStringLiteral("organizationInvitation"), invitationId, json::toJson(before),
                      afterJson);
            return after;
        });
    });
}

} // namespace gatehouse::local
