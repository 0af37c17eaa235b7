#include "model/OrganizationRules.h"

#include "model/EmailDomains.h"

#include <QCoreApplication>

namespace gatehouse::rules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::rules", text);
}
} // namespace

QStringList distinct(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

QList<FieldError> mfaRequirementProblems(const Organization &organization, qsizetype enabledFactors)
{
    if (!organization.isMfaRequired || enabledFactors > 0)
        return {};
    return {
        {QStringLiteral("isMfaRequired"),
         tr("The sign-in experience enables no MFA factor, so members could never set up MFA and would be "
            "locked out of this organization. Enable at least one MFA factor (Sign-in & MFA) first.")}};
}

QString roleTypeProblem(const OrganizationRole &role, RoleType wanted)
{
    if (role.type == wanted)
        return {};
    return wanted == RoleType::User
               ? tr("\"%1\" is a machine-to-machine role; only user roles can be given to members, "
                    "invitations "
                    "and just-in-time provisioning.")
                     .arg(role.name)
               : tr("\"%1\" is a user role; only machine-to-machine roles can be given to applications.")
                     .arg(role.name);
}

QList<FieldError> pendingInvitationProblems(const OrganizationInvitation &invitation, const QString &action)
{
    if (invitation.status == InvitationStatus::Pending)
        return {};
    return {{QStringLiteral("status"), tr("Only pending invitations can be %1; this invitation is %2.")
                                           .arg(action, invitationStatusName(invitation.status))}};
}

QString revokedWord()
{
    return tr("revoked");
}

QString acceptedWord()
{
    return tr("accepted");
}

EmailDomainList normalizedEmailDomains(const QStringList &domains)
{
    EmailDomainList out;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QString problem;
        const QString domain = emaildomains::normalize(domains[i], &problem);
        if (domain.isEmpty())
            out.errors.append({QStringLiteral("emailDomains[%1]").arg(i),
                               problem.isEmpty() ? tr("is not a valid email domain") : problem});
        else if (!out.domains.contains(domain))
            out.domains.append(domain);
    }
    return out;
}

QList<EffectivePermission>
effectivePermissionList(const QMap<QString, EffectivePermission> &organizationScopes,
                        const QMap<QString, EffectivePermission> &resourceScopes)
{
    QList<EffectivePermission> out;
    for (const auto *scopes : {&organizationScopes, &resourceScopes}) {
        for (EffectivePermission p : *scopes) {
            p.grantedBy.sort();
            out.append(p);
        }
    }
    return out;
}

} // namespace gatehouse::rules
