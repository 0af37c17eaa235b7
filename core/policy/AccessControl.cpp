#include "policy/AccessControl.h"

#include <QCoreApplication>
#include <QSet>

namespace gatehouse::policy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::policy", text);
}

using Verdict = std::optional<Error>;

QFuture<Verdict> ready(Verdict verdict = std::nullopt)
{
    return QtFuture::makeReadyFuture(std::move(verdict));
}

QString quoted(Ability ability)
{
    return QStringLiteral("\u201C") + abilityName(ability) + QStringLiteral("\u201D");
}

Error outsideOrganizations(Ability ability)
{
    return Error(
        ErrorCode::Forbidden,
        tr("Not allowed: this is outside your organizations. Organization admins act only inside the "
           "organizations where they hold %1 (%2).")
            .arg(quoted(ability), abilityDescription(ability)),
        abilityName(ability));
}

Error notInOrganization(Ability ability, const QString &organization)
{
    return Error(ErrorCode::Forbidden,
                 tr("Not allowed: in the organization %1 you do not hold %2 (%3).")
                     .arg(organization, quoted(ability), abilityDescription(ability)),
                 abilityName(ability));
}

const AdminGrant *grantFor(const QList<AdminGrant> &grants, const QString &organizationId)
{
    for (const AdminGrant &g : grants) {
        if (g.organizationId == organizationId)
            return &g;
    }
    return nullptr;
}

QSet<QString> organizationsWith(const QList<AdminGrant> &grants, std::optional<Ability> ability)
{
    QSet<QString> out;
    for (const AdminGrant &g : grants) {
        if (!ability ? !g.abilities.isEmpty() : g.abilities.contains(*ability))
            out.insert(g.organizationId);
    }
    return out;
}

/// Chains `next(value)` after a backend call; an error of the call is the verdict.
template <typename T, typename Next>
QFuture<Verdict> after(Future<T> future, Next next)
{
    return future
        .then(QtFuture::Launch::Sync,
              [next = std::move(next)](Result<T> result) mutable -> QFuture<Verdict> {
                  if (!result.ok())
                      return ready(result.error());
                  return next(result.value());
              })
        .unwrap();
}

/// Runs `check(item)` for each item in turn; the first refusal wins.
template <typename Check>
QFuture<Verdict> eachInTurn(QStringList items, Check check)
{
    if (items.isEmpty())
        return ready();
    const QString first = items.takeFirst();
    return check(first)
        .then(QtFuture::Launch::Sync,
              [items, check](Verdict verdict) mutable -> QFuture<Verdict> {
                  if (verdict)
                      return ready(verdict);
                  return eachInTurn(items, check);
              })
        .unwrap();
}

/// The operations an organization admin may make when any organization of theirs lends some
/// ability (they read the template to know the roles they hand out).
bool anyGrantWillDo(Operation op)
{
    switch (op) {
    case Operation::OrganizationTemplateScopes:
    case Operation::OrganizationTemplateRoles:
    case Operation::OrganizationTemplateGetRole:
    case Operation::OrganizationTemplateGrants:
    case Operation::OrganizationsList:
    case Operation::AccessDelegation:
        return true;
    default:
        return false;
    }
}

/// Operations an organization admin makes on one user (named by objectId).
bool aboutOneUser(Operation op)
{
    switch (op) {
    case Operation::UsersGet:
    case Operation::UsersMfaVerifications:
    case Operation::UsersRoles:
    case Operation::UsersSetPassword:
    case Operation::UsersSetPasswordExpired:
    case Operation::UsersRemoveMfaVerification:
    case Operation::OrganizationsOrganizationsOfUser:
        return true;
    default:
        return false;
    }
}
} // namespace

AccessControl::AccessControl(Backend &inner, OperatorIdentity identity)
    : m_inner(inner)
    , m_identity(std::move(identity))
{}

Error AccessControl::forbidden(Ability ability, ConsoleRole role)
{
    return Error(ErrorCode::Forbidden,
                 tr("Not allowed: this needs %1 (%2), which the %3 role does not have.")
                     .arg(quoted(ability), abilityDescription(ability), consoleRoleTitle(role)),
                 abilityName(ability));
}

bool AccessControl::alive() const
{
    std::lock_guard lock(m_mutex);
    return m_alive;
}

void AccessControl::closing()
{
    std::lock_guard lock(m_mutex);
    m_alive = false;
}

QFuture<Verdict> AccessControl::admit(const BackendCall &call)
{
    const OperatorAccount &account = m_identity.account;
    if (!call.tenantId.isEmpty() && call.operation != Operation::TenantsCreate &&
        !account.reachesTenant(call.tenantId))
        return ready(Error(ErrorCode::Forbidden,
                           tr("Not allowed: the tenant %1 is not one of the tenants your %2 role covers.")
                               .arg(call.tenantId, consoleRoleTitle(account.role)),
                           QStringLiteral("tenant")));
    const Requirement &requirement = requirementOf(call.operation);
    if (roleHas(account.role, requirement.ability) || account.role != ConsoleRole::OrganizationAdmin)
        return ready(tenantWide(call, requirement));
    return organizationAdmin(call, requirement);
}

Verdict AccessControl::tenantWide(const BackendCall &call, const Requirement &requirement) const
{
    const OperatorAccount &account = m_identity.account;
    if (!roleHas(account.role, requirement.ability))
        return forbidden(requirement.ability, account.role);
    if (call.operation == Operation::TenantsCreate && !account.tenantIds.isEmpty())
        return Error(ErrorCode::Forbidden,
                     tr("Not allowed: your role covers only some tenants, so it cannot create new ones."),
                     abilityName(Ability::TenantsManage));
    if (call.withPasswordDigests && !roleHas(account.role, Ability::UsersExportDigests))
        return forbidden(Ability::UsersExportDigests, account.role);
    if (account.role == ConsoleRole::Support && requirement.supportGivesReason &&
        call.reason.trimmed().isEmpty())
        return Error::validation({{QStringLiteral("reason"),
                                   tr("Support staff say why (the reason is recorded in the journal).")}});
    if (call.operation == Operation::JournalList && call.tenantId.isEmpty() && account.tenantIds.size() > 1)
        return Error(ErrorCode::Forbidden,
                     tr("Your role covers several tenants: name the tenant whose journal to read."),
                     QStringLiteral("tenant"));
    return std::nullopt;
}

QFuture<Verdict> AccessControl::organizationAdmin(const BackendCall &call, const Requirement &requirement)
{
    if (!requirement.delegated)
        return ready(forbidden(requirement.ability, ConsoleRole::OrganizationAdmin));
    const QString tenantId = call.tenantId.isEmpty() ? m_identity.account.userTenantId : call.tenantId;
    return after(grants(tenantId), [this, call, requirement](const QList<AdminGrant> &held) {
        return decideForAdmin(call, requirement, held);
    });
}

QFuture<Verdict> AccessControl::decideForAdmin(const BackendCall &call, const Requirement &requirement,
                                               const QList<AdminGrant> &held)
{
    const Ability ability = *requirement.delegated;
    const Operation op = call.operation;
    if (anyGrantWillDo(op) || op == Operation::UsersPage || op == Operation::UsersAnchors ||
        op == Operation::SignInExperienceGet) {
        const bool any =
            !organizationsWith(held, anyGrantWillDo(op) ? std::nullopt : std::optional(ability)).isEmpty();
        return ready(any ? Verdict() : outsideOrganizations(ability));
    }
    if (aboutOneUser(op)) {
        const bool every = op == Operation::UsersSetPassword || op == Operation::UsersSetPasswordExpired ||
                           op == Operation::UsersRemoveMfaVerification;
        return checkUserReach(call, ability, held, every);
    }
    if (op == Operation::OrganizationsRevokeInvitation)
        return findInvitation(call, held);
    if (call.organizationId.isEmpty())
        return ready(forbidden(requirement.ability, ConsoleRole::OrganizationAdmin));

    const AdminGrant *grant = grantFor(held, call.organizationId);
    if (op == Operation::OrganizationsUpdate) {
        if (!grant)
            return ready(outsideOrganizations(ability));
        return checkOrganizationEdit(call, held);
    }
    if (!grant)
        return ready(outsideOrganizations(ability));
    if (!grant->abilities.contains(ability))
        return ready(notInOrganization(ability, grant->organizationName));
    const AdminGrant copy = *grant;
    switch (op) {
    case Operation::OrganizationsAddMembers: {
        // Only people already in the admin's organizations (no pulling in anyone else of the
        // tenant), and only roles the admin holds.
        BackendCall each = call;
        return eachInTurn(call.userIds,
                          [this, each, held](const QString &userId) mutable {
                              each.objectId = userId;
                              return checkUserReach(each, Ability::OrgMembersInvite, held, true);
                          })
            .then(QtFuture::Launch::Sync,
                  [this, call, copy](Verdict verdict) -> QFuture<Verdict> {
                      return verdict ? ready(verdict) : checkRolesHeld(call, copy);
                  })
            .unwrap();
    }
    case Operation::OrganizationsSetMemberRoles:
        return checkRolesHeld(call, copy)
            .then(QtFuture::Launch::Sync,
                  [this, call](Verdict verdict) -> QFuture<Verdict> {
                      return verdict ? ready(verdict) : checkNotLastAdmin(call, call.roleIds, false);
                  })
            .unwrap();
    case Operation::OrganizationsAssignMemberRoles:
    case Operation::OrganizationsCreateInvitation:
        return checkRolesHeld(call, copy);
    case Operation::OrganizationsRemoveMember:
        return checkNotLastAdmin(call, {}, true);
    default:
        return ready();
    }
}

QFuture<Verdict> AccessControl::checkUserReach(const BackendCall &call, Ability ability,
                                               const QList<AdminGrant> &held, bool everyOrganization)
{
    if (!alive())
        return ready(Error(ErrorCode::Cancelled, {}));
    const QSet<QString> mine = organizationsWith(held, ability);
    return after(
        m_inner.organizations().organizationsOfUser(call.tenantId, call.objectId),
        [mine, ability, everyOrganization, userId = call.objectId](const QList<UserOrganization> &theirs) {
            QStringList outside;
            bool reached = false;
            for (const UserOrganization &m : theirs) {
                if (mine.contains(m.organization.id))
                    reached = true;
                else
                    outside.append(m.organization.name);
            }
            if (!reached)
                return ready(outsideOrganizations(ability));
            if (everyOrganization && !outside.isEmpty())
                return ready(Error(
                    ErrorCode::Forbidden,
                    tr("Not allowed: this user is also a member of %1, which you do not administer with "
                       "%2; only an operator of the tenant may do this for them.")
                        .arg(outside.join(QStringLiteral(", ")), quoted(ability)),
                    abilityName(ability)));
            return ready();
        });
}

QFuture<Verdict> AccessControl::checkRolesHeld(const BackendCall &call, const AdminGrant &grant)
{
    return eachInTurn(call.roleIds, [this, call, grant](const QString &roleId) -> QFuture<Verdict> {
        if (!alive())
            return ready(Error(ErrorCode::Cancelled, {}));
        return after(
            m_inner.organizationTemplate().grants(call.tenantId, roleId),
            [this, call, grant, roleId](const OrganizationRoleGrants &roleGrants) {
                QStringList missing;
                for (const OrganizationScope &s : roleGrants.organizationScopes) {
                    if (!grant.permissionIds.contains(s.id))
                        missing.append(s.name);
                }
                for (const GrantedScope &s : roleGrants.resourceScopes) {
                    if (!grant.resourceScopeIds.contains(s.scope.id))
                        missing.append(s.scope.name);
                }
                if (missing.isEmpty())
                    return ready();
                return after(
                    m_inner.organizationTemplate().getRole(call.tenantId, roleId),
                    [missing, grant](const OrganizationRole &role) {
                        return ready(Error(
                            ErrorCode::Forbidden,
                            tr("Not allowed: the role \u201C%1\u201D grants permissions you do "
                               "not hold in %2 yourself (%3).")
                                .arg(role.name, grant.organizationName, missing.join(QStringLiteral(", "))),
                            QStringLiteral("escalation")));
                    });
            });
    });
}

QFuture<Verdict> AccessControl::checkNotLastAdmin(const BackendCall &call, const QStringList &newRoleIds,
                                                  bool removal)
{
    if (!alive())
        return ready(Error(ErrorCode::Cancelled, {}));
    return after(
        m_inner.access().organizationAdmins(call.tenantId, call.organizationId),
        [this, call, newRoleIds, removal](const QList<OrganizationAdmin> &admins) -> QFuture<Verdict> {
            bool target = false;
            for (const OrganizationAdmin &a : admins)
                target = target || a.userId == call.objectId;
            if (!target || admins.size() > 1)
                return ready();
            const Error last(
                ErrorCode::Forbidden,
                tr("Not allowed: this member is the organization's last admin. Make someone else an "
                   "admin first."),
                QStringLiteral("last-admin"));
            if (removal || !alive())
                return ready(last);
            // Do the new roles still lend the member a delegated ability?
            return after(m_inner.access().delegation(call.tenantId), [this, call, newRoleIds,
                                                                      last](const DelegationPolicy &policy) {
                const QList<QString> lending = policy.permissions.values();
                return eachInTurn(newRoleIds,
                                  [this, call, lending](const QString &roleId) -> QFuture<Verdict> {
                                      if (!alive())
                                          return ready(Error(ErrorCode::Cancelled, {}));
                                      return after(
                                          m_inner.organizationTemplate().grants(call.tenantId, roleId),
                                          [lending](const OrganizationRoleGrants &g) {
                                              for (const OrganizationScope &s : g.organizationScopes) {
                                                  if (lending.contains(s.id)) // still an admin: stop here
                                                      return ready(Error(ErrorCode::None, {}));
                                              }
                                              return ready();
                                          });
                                  })
                    .then(QtFuture::Launch::Sync, [last](Verdict verdict) -> Verdict {
                        if (verdict && verdict->code() == ErrorCode::None)
                            return std::nullopt; // a new role keeps them an admin
                        return verdict ? verdict : Verdict(last);
                    });
            });
        });
}

QFuture<Verdict> AccessControl::checkOrganizationEdit(const BackendCall &call, const QList<AdminGrant> &held)
{
    if (!alive() || !call.organization)
        return ready(Error(ErrorCode::Cancelled, {}));
    const AdminGrant grant = *grantFor(held, call.organizationId);
    const Organization edit = *call.organization;
    return after(
        m_inner.organizations().get(call.tenantId, call.organizationId),
        [grant, edit](const Organization &before) {
            if (edit.name != before.name || edit.description != before.description ||
                edit.customData != before.customData)
                return ready(AccessControl::forbidden(Ability::OrgsWrite, ConsoleRole::OrganizationAdmin));
            if (edit.isMfaRequired != before.isMfaRequired && !grant.abilities.contains(Ability::OrgMfa))
                return ready(notInOrganization(Ability::OrgMfa, grant.organizationName));
            if ((!(edit.branding == before.branding) || !(edit.color == before.color)) &&
                !grant.abilities.contains(Ability::OrgBranding))
                return ready(notInOrganization(Ability::OrgBranding, grant.organizationName));
            return ready();
        });
}

QFuture<Verdict> AccessControl::findInvitation(const BackendCall &call, const QList<AdminGrant> &held)
{
    QStringList organizations;
    for (const AdminGrant &g : held) {
        if (g.abilities.contains(Ability::OrgMembersInvite))
            organizations.append(g.organizationId);
    }
    // eachInTurn stops at the first "verdict": here that is "found" (a None error), not a refusal.
    return eachInTurn(organizations,
                      [this, call](const QString &organizationId) -> QFuture<Verdict> {
                          if (!alive())
                              return ready(Error(ErrorCode::Cancelled, {}));
                          return after(m_inner.organizations().invitations(call.tenantId, organizationId),
                                       [call](const QList<OrganizationInvitation> &invitations) {
                                           for (const OrganizationInvitation &i : invitations) {
                                               if (i.id == call.objectId)
                                                   return ready(Error(ErrorCode::None, {}));
                                           }
                                           return ready();
                                       });
                      })
        .then(QtFuture::Launch::Sync, [](Verdict verdict) -> Verdict {
            if (verdict && verdict->code() == ErrorCode::None)
                return std::nullopt;
            return verdict ? verdict : Verdict(outsideOrganizations(Ability::OrgMembersInvite));
        });
}

Future<QList<AdminGrant>> AccessControl::grants(const QString &tenantId)
{
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_grantsKnown)
            return readyFuture(Result<QList<AdminGrant>>(m_grants));
        if (!m_alive)
            return failedFuture<QList<AdminGrant>>(Error(ErrorCode::Cancelled, {}));
        generation = m_generation;
    }
    return m_inner.access()
        .adminGrants(tenantId, m_identity.account.userId)
        .then(QtFuture::Launch::Sync, [this, generation](Result<QList<AdminGrant>> result) {
            if (result.ok()) {
                std::lock_guard lock(m_mutex);
                if (generation == m_generation) {
                    m_grants = result.value();
                    m_grantsKnown = true;
                }
            }
            return result;
        });
}

QList<AdminGrant> AccessControl::cachedGrants() const
{
    std::lock_guard lock(m_mutex);
    return m_grants;
}

QList<Tenant> AccessControl::visibleTenants(const BackendCall &, QList<Tenant> tenants)
{
    tenants.removeIf([this](const Tenant &t) { return !m_identity.account.reachesTenant(t.id); });
    return tenants;
}

QList<Organization> AccessControl::visibleOrganizations(const BackendCall &,
                                                        QList<Organization> organizations)
{
    if (m_identity.account.role != ConsoleRole::OrganizationAdmin)
        return organizations;
    const QSet<QString> mine = organizationsWith(cachedGrants(), std::nullopt);
    organizations.removeIf([&mine](const Organization &o) { return !mine.contains(o.id); });
    return organizations;
}

QList<UserOrganization> AccessControl::visibleMemberships(const BackendCall &,
                                                          QList<UserOrganization> memberships)
{
    if (m_identity.account.role != ConsoleRole::OrganizationAdmin)
        return memberships;
    const QSet<QString> mine = organizationsWith(cachedGrants(), std::nullopt);
    memberships.removeIf([&mine](const UserOrganization &m) { return !mine.contains(m.organization.id); });
    return memberships;
}

UserQuery AccessControl::visibleUsers(const BackendCall &, UserQuery query)
{
    if (m_identity.account.role != ConsoleRole::OrganizationAdmin)
        return query;
    const QSet<QString> viewable = organizationsWith(cachedGrants(), Ability::OrgMembersView);
    QStringList limited;
    for (const QString &id : viewable) {
        if (query.organizationIds.isEmpty() || query.organizationIds.contains(id))
            limited.append(id);
    }
    limited.sort();
    // No organization left: a limit no row meets, never "no limit".
    query.organizationIds = limited.isEmpty() ? QStringList{QString()} : limited;
    return query;
}

JournalQuery AccessControl::visibleJournal(const BackendCall &, JournalQuery query)
{
    const QStringList &tenants = m_identity.account.tenantIds;
    if (query.tenantId.isEmpty() && tenants.size() == 1)
        query.tenantId = tenants.first();
    return query;
}

void AccessControl::succeeded(const BackendCall &, const Change &change)
{
    switch (change.area) {
    case ChangeArea::Organizations:
    case ChangeArea::OrganizationTemplate:
    case ChangeArea::Access:
    case ChangeArea::Users:
    case ChangeArea::Tenants: {
        std::lock_guard lock(m_mutex);
        m_grantsKnown = false;
        ++m_generation;
        break;
    }
    default:
        break;
    }
}

bool AccessControl::mayAtAll(Operation operation, const QString &tenantId) const
{
    return whyNot(operation, tenantId).isEmpty();
}

QString AccessControl::whyNot(Operation operation, const QString &tenantId) const
{
    const OperatorAccount &account = m_identity.account;
    if (!tenantId.isEmpty() && operation != Operation::TenantsCreate && !account.reachesTenant(tenantId))
        return tr("The tenant is not one of the tenants your %1 role covers.")
            .arg(consoleRoleTitle(account.role));
    const Requirement &requirement = requirementOf(operation);
    if (roleHas(account.role, requirement.ability)) {
        if (operation == Operation::TenantsCreate && !account.tenantIds.isEmpty())
            return tr("Your role covers only some tenants, so it cannot create new ones.");
        return {};
    }
    if (account.role == ConsoleRole::OrganizationAdmin && requirement.delegated) {
        QList<std::optional<Ability>> lending{anyGrantWillDo(operation) ? std::nullopt
                                                                        : requirement.delegated};
        // Which ability a change of an organization needs depends on its fields: MFA or branding.
        if (operation == Operation::OrganizationsUpdate)
            lending.append(Ability::OrgBranding);
        const QList<AdminGrant> held = cachedGrants();
        for (const std::optional<Ability> &ability : lending) {
            if (!organizationsWith(held, ability).isEmpty())
                return {};
        }
        return outsideOrganizations(*requirement.delegated).message();
    }
    return forbidden(requirement.ability, account.role).message();
}

Future<QList<AdminGrant>> AccessControl::loadGrants(const QString &tenantId)
{
    if (m_identity.account.role != ConsoleRole::OrganizationAdmin)
        return QtFuture::makeReadyFuture(Result<QList<AdminGrant>>(QList<AdminGrant>{}));
    return grants(tenantId);
}

ControlledBackend withAccessControl(std::unique_ptr<Backend> opened, OperatorIdentity identity)
{
    auto control = std::make_shared<AccessControl>(*opened, std::move(identity));
    ControlledBackend out;
    out.control = control;
    out.backend = std::make_unique<BackendDecorator>(std::move(opened), control);
    return out;
}

Result<OperatorIdentity> identityFor(const OperatorIdentity &established, const QString &previewName,
                                     const QList<OperatorAccount> &operators)
{
    if (previewName.isEmpty())
        return established;
    const ConsoleRole role = established.account.role;
    if (role != ConsoleRole::Owner && role != ConsoleRole::Developer)
        return Error(ErrorCode::Forbidden,
                     tr("Only owners and developers can preview another operator; you are %1.")
                         .arg(consoleRoleTitle(role)),
                     abilityName(Ability::OperatorsManage));
    for (const OperatorAccount &account : operators) {
        if (account.name == previewName) {
            OperatorIdentity preview;
            preview.account = account;
            preview.source = established.source;
            preview.preview = true;
            preview.actingName = established.account.name;
            return preview;
        }
    }
    return Error::notFound(tr("Operator"), previewName);
}

} // namespace gatehouse::policy
