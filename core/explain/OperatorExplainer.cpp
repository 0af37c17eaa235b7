#include "explain/OperatorExplainer.h"

#include "policy/Requirements.h"
#include "util/Futures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <memory>

namespace gatehouse::explain {

using namespace policy;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::explain::OperatorExplainer", text);
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201C") + text + QStringLiteral("\u201D");
}

QString quotedList(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(quoted(name));
    return out.join(QStringLiteral(", "));
}

QString permissionName(const OperatorSnapshot &s, const QString &scopeId)
{
    for (const OrganizationScope &scope : s.permissions) {
        if (scope.id == scopeId)
            return scope.name;
    }
    return scopeId;
}

AbilityAnswer tenantWide(const OperatorSnapshot &s, Ability ability)
{
    AbilityAnswer a;
    a.ability = ability;
    a.decidedBy = tenantWideCounterpart(ability);
    const QString role = consoleRoleTitle(s.account.role);
    if (!s.account.reachesTenant(s.tenantId)) {
        a.why = tr("The %1 role of this operator covers only the tenants %2, not this one.")
                    .arg(role, s.account.tenantIds.join(QStringLiteral(", ")));
        return a;
    }
    a.allowed = roleHas(s.account.role, a.decidedBy);
    a.why = (a.allowed ? tr("The %1 role holds %2 (%3) in every organization of the tenant.")
                       : tr("The %1 role does not hold %2 (%3)."))
                .arg(role, quoted(abilityName(a.decidedBy)), abilityDescription(a.decidedBy));
    return a;
}

AbilityAnswer delegated(const OperatorSnapshot &s, Ability ability)
{
    AbilityAnswer a;
    a.ability = ability;
    a.decidedBy = ability;
    const QString name = s.account.name;
    if (s.account.userTenantId != s.tenantId) {
        a.why = tr("%1 is an organization admin in another tenant; nothing here is theirs.").arg(name);
        return a;
    }
    const QString scopeId = s.delegation.permissions.value(ability);
    if (scopeId.isEmpty()) {
        a.why = tr("The tenant's delegation policy does not lend %1 to organization admins.")
                    .arg(quoted(abilityName(ability)));
        return a;
    }
    a.permission = permissionName(s, scopeId);
    if (!s.member) {
        a.why = tr("%1 is not a member of %2.").arg(name, s.organization.name);
        return a;
    }
    if (s.grant && s.grant->abilities.contains(ability)) {
        a.allowed = true;
        a.grantingRoles = s.grant->abilities.value(ability);
        a.why = tr("Lent through the permission %1, which their role %2 grants in %3.")
                    .arg(quoted(a.permission), quotedList(a.grantingRoles), s.organization.name);
        return a;
    }
    QStringList roles;
    for (const OrganizationRole &r : s.memberRoles)
        roles.append(r.name);
    a.why = roles.isEmpty()
                ? tr("They hold no role in %1, so nothing grants the permission %2 that lends it.")
                      .arg(s.organization.name, quoted(a.permission))
                : tr("None of their roles in %1 (%2) grants the permission %3 that lends it.")
                      .arg(s.organization.name, roles.join(QStringLiteral(", ")), quoted(a.permission));
    return a;
}

QStringList notesFor(const OperatorSnapshot &s, const QList<AbilityAnswer> &answers)
{
    QStringList notes;
    auto any = [&](std::initializer_list<Ability> abilities) {
        for (const AbilityAnswer &a : answers) {
            if (a.allowed && std::find(abilities.begin(), abilities.end(), a.ability) != abilities.end())
                return true;
        }
        return false;
    };
    switch (s.account.role) {
    case ConsoleRole::Owner:
    case ConsoleRole::Developer:
        break;
    case ConsoleRole::Support:
        notes.append(tr("Support staff give a reason for every invitation, password reset and MFA removal; "
                        "the journal keeps it."));
        notes.append(tr("Support staff never delete users, export password digests or change "
                        "configuration."));
        break;
    case ConsoleRole::Auditor:
        notes.append(tr("Auditors read everything and change nothing."));
        break;
    case ConsoleRole::OrganizationAdmin:
        if (s.account.userTenantId != s.tenantId)
            break;
        notes.append(tr("Organization admins act only inside the organizations where their roles lend an "
                        "ability; they do not see the rest of the tenant."));
        if (any({Ability::OrgMembersRoles, Ability::OrgMembersInvite}))
            notes.append(tr("They can hand out only organization roles whose permissions they hold in %1 "
                            "themselves.")
                             .arg(s.organization.name));
        if (any({Ability::OrgMembersPassword, Ability::OrgMembersMfa}))
            notes.append(tr("A password reset or an MFA removal reaches only members all of whose "
                            "organizations they administer with that ability."));
        if (any({Ability::OrgMembersRemove, Ability::OrgMembersRoles}))
            notes.append(tr("They cannot remove the last member holding a delegated ability in %1, nor "
                            "take that member's abilities away.")
                             .arg(s.organization.name));
        if (!s.member)
            notes.append(tr("%1 is not a member of %2.").arg(s.account.name, s.organization.name));
        break;
    }
    return notes;
}

template <typename T, typename Next>
Future<OperatorExplanation> then(Future<T> future, Next next)
{
    return future
        .then(QtFuture::Launch::Sync,
              [next = std::move(next)](Result<T> r) mutable -> Future<OperatorExplanation> {
                  if (!r.ok())
                      return failedFuture<OperatorExplanation>(r.error());
                  return next(r.value());
              })
        .unwrap();
}
} // namespace

bool OperatorExplanation::allowed(Ability ability) const
{
    for (const AbilityAnswer &a : abilities) {
        if (a.ability == ability)
            return a.allowed;
    }
    return false;
}

QJsonObject OperatorExplanation::toJson() const
{
    QJsonArray answers;
    for (const AbilityAnswer &a : abilities)
        answers.append(
            QJsonObject{{QStringLiteral("ability"), abilityName(a.ability)},
                        {QStringLiteral("allowed"), a.allowed},
                        {QStringLiteral("why"), a.why},
                        {QStringLiteral("decidedBy"), abilityName(a.decidedBy)},
                        {QStringLiteral("permission"), a.permission},
                        {QStringLiteral("grantingRoles"), QJsonArray::fromStringList(a.grantingRoles)}});
    return {{QStringLiteral("operator"), operatorName},
            {QStringLiteral("role"), consoleRoleName(role)},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("organization"),
             QJsonObject{{QStringLiteral("id"), organizationId}, {QStringLiteral("name"), organizationName}}},
            {QStringLiteral("memberRoles"), QJsonArray::fromStringList(memberRoles)},
            {QStringLiteral("abilities"), answers},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

OperatorExplanation explainOperator(const OperatorSnapshot &s)
{
    OperatorExplanation e;
    e.operatorName = s.account.name;
    e.role = s.account.role;
    e.tenantId = s.tenantId;
    e.organizationId = s.organization.id;
    e.organizationName = s.organization.name;
    for (const OrganizationRole &r : s.memberRoles)
        e.memberRoles.append(r.name);
    for (Ability ability : delegableAbilities())
        e.abilities.append(s.account.role == ConsoleRole::OrganizationAdmin ? delegated(s, ability)
                                                                            : tenantWide(s, ability));
    e.notes = notesFor(s, e.abilities);
    return e;
}

Future<OperatorExplanation> explainOperator(Backend &backend, const QString &tenantId,
                                            const QString &operatorName, const QString &organizationId)
{
    auto s = std::make_shared<OperatorSnapshot>();
    s->tenantId = tenantId;
    Backend *b = &backend;
    // Read one after another: each answer decides whether the next question is needed.
    return then(b->access().operators(), [=](const QList<OperatorAccount> &operators) {
        const auto found = std::find_if(operators.begin(), operators.end(),
                                        [&](const OperatorAccount &a) { return a.name == operatorName; });
        if (found == operators.end())
            return failedFuture<OperatorExplanation>(
                Error(ErrorCode::NotFound, tr("There is no operator named %1.").arg(operatorName)));
        s->account = *found;
        return then(b->organizations().get(tenantId, organizationId), [=](const Organization &organization) {
            s->organization = organization;
            return then(b->access().delegation(tenantId), [=](const DelegationPolicy &policy) {
                s->delegation = policy;
                return then(
                    b->organizationTemplate().scopes(tenantId), [=](const QList<OrganizationScope> &scopes) {
                        s->permissions = scopes;
                        if (s->account.role != ConsoleRole::OrganizationAdmin ||
                            s->account.userTenantId != tenantId)
                            return readyFuture(Result<OperatorExplanation>(explainOperator(*s)));
                        return then(b->organizations().organizationsOfUser(tenantId, s->account.userId),
                                    [=](const QList<UserOrganization> &memberships) {
                                        for (const UserOrganization &m : memberships) {
                                            if (m.organization.id == organizationId) {
                                                s->member = true;
                                                s->memberRoles = m.roles;
                                            }
                                        }
                                        return then(b->access().adminGrants(tenantId, s->account.userId),
                                                    [=](const QList<AdminGrant> &grants) {
                                                        for (const AdminGrant &g : grants) {
                                                            if (g.organizationId == organizationId)
                                                                s->grant = g;
                                                        }
                                                        return readyFuture(
                                                            Result<OperatorExplanation>(explainOperator(*s)));
                                                    });
                                    });
                    });
            });
        });
    });
}

} // namespace gatehouse::explain
