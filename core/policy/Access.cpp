#include "policy/Access.h"

#include <QCoreApplication>

namespace gatehouse::policy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::policy", text);
}

struct AbilityRow
{
    Ability ability;
    const char *name;
    const char *description;
};

// Descriptions are marked for translation here and translated in abilityDescription().
constexpr AbilityRow abilityTable[] = {
    {Ability::TenantsRead, "tenants.read", QT_TRANSLATE_NOOP("gatehouse::policy", "see tenants")},
    {Ability::TenantsManage, "tenants.manage",
     QT_TRANSLATE_NOOP("gatehouse::policy", "create, rename and delete tenants")},
    {Ability::ConfigRead, "config.read",
     QT_TRANSLATE_NOOP("gatehouse::policy", "read applications, API resources, roles, the organization "
                                            "template, SSO connectors and the sign-in experience")},
    {Ability::ConfigWrite, "config.write",
     QT_TRANSLATE_NOOP("gatehouse::policy", "change applications, API resources, roles, the organization "
                                            "template, SSO connectors and the sign-in experience")},
    {Ability::UsersRead, "users.read",
     QT_TRANSLATE_NOOP("gatehouse::policy", "find users and read their profiles, roles, MFA factors and "
                                            "organizations")},
    {Ability::UsersWrite, "users.write",
     QT_TRANSLATE_NOOP("gatehouse::policy", "create users and edit their profiles and roles")},
    {Ability::UsersDelete, "users.delete", QT_TRANSLATE_NOOP("gatehouse::policy", "delete users")},
    {Ability::UsersSuspend, "users.suspend",
     QT_TRANSLATE_NOOP("gatehouse::policy", "suspend and unsuspend users")},
    {Ability::UsersPassword, "users.password",
     QT_TRANSLATE_NOOP("gatehouse::policy", "set a user's password or require a new one")},
    {Ability::UsersMfa, "users.mfa", QT_TRANSLATE_NOOP("gatehouse::policy", "remove a user's MFA factor")},
    {Ability::UsersVerifyPassword, "users.verifyPassword",
     QT_TRANSLATE_NOOP("gatehouse::policy", "check a password against a user's stored digest")},
    {Ability::UsersImport, "users.import", QT_TRANSLATE_NOOP("gatehouse::policy", "import users")},
    {Ability::UsersExport, "users.export",
     QT_TRANSLATE_NOOP("gatehouse::policy", "export users (without password digests)")},
    {Ability::UsersExportDigests, "users.exportDigests",
     QT_TRANSLATE_NOOP("gatehouse::policy", "export users' password digests")},
    {Ability::OrgsRead, "orgs.read",
     QT_TRANSLATE_NOOP("gatehouse::policy", "read every organization with its members, applications, "
                                            "invitations and just-in-time provisioning")},
    {Ability::OrgsWrite, "orgs.write",
     QT_TRANSLATE_NOOP("gatehouse::policy", "create, change and delete organizations and their settings")},
    {Ability::InvitationsManage, "invitations.manage",
     QT_TRANSLATE_NOOP("gatehouse::policy", "create and revoke invitations to any organization")},
    {Ability::JournalRead, "journal.read", QT_TRANSLATE_NOOP("gatehouse::policy", "read the journal")},
    {Ability::JournalVerify, "journal.verify", QT_TRANSLATE_NOOP("gatehouse::policy", "verify the journal")},
    {Ability::JournalExport, "journal.export", QT_TRANSLATE_NOOP("gatehouse::policy", "export the journal")},
    {Ability::OperatorsRead, "operators.read",
     QT_TRANSLATE_NOOP("gatehouse::policy", "see who the operators are and their roles")},
    {Ability::OperatorsManage, "operators.manage",
     QT_TRANSLATE_NOOP("gatehouse::policy", "add, change and remove operators")},
    {Ability::DelegationManage, "delegation.manage",
     QT_TRANSLATE_NOOP("gatehouse::policy", "change the delegation policy")},
    {Ability::LogsRead, "logs.read",
     QT_TRANSLATE_NOOP("gatehouse::policy", "read authentication events: sign-ins, tokens, MFA")},
    {Ability::LogsArchive, "logs.archive",
     QT_TRANSLATE_NOOP("gatehouse::policy", "keep authentication events in the workspace's archive and "
                                            "set how long it keeps them")},
    {Ability::OrgMembersView, "org.members.view",
     QT_TRANSLATE_NOOP("gatehouse::policy", "view the organization's members")},
    {Ability::OrgMembersInvite, "org.members.invite",
     QT_TRANSLATE_NOOP("gatehouse::policy", "invite members to the organization")},
    {Ability::OrgMembersRemove, "org.members.remove",
     QT_TRANSLATE_NOOP("gatehouse::policy", "remove members from the organization")},
    {Ability::OrgMembersRoles, "org.members.roles",
     QT_TRANSLATE_NOOP("gatehouse::policy", "change members' organization roles")},
    {Ability::OrgMfa, "org.mfa", QT_TRANSLATE_NOOP("gatehouse::policy", "require MFA for the organization")},
    {Ability::OrgBranding, "org.branding",
     QT_TRANSLATE_NOOP("gatehouse::policy", "edit the organization's branding and colours")},
    {Ability::OrgJitDomains, "org.jit.domains",
     QT_TRANSLATE_NOOP("gatehouse::policy", "manage the organization's just-in-time email domains")},
    {Ability::OrgMembersPassword, "org.members.password",
     QT_TRANSLATE_NOOP("gatehouse::policy", "reset a member's password")},
    {Ability::OrgMembersMfa, "org.members.mfa",
     QT_TRANSLATE_NOOP("gatehouse::policy", "remove a member's MFA factor")},
};

const AbilityRow &rowOf(Ability ability)
{
    const auto index = static_cast<std::size_t>(ability);
    Q_ASSERT(index < std::size(abilityTable) && abilityTable[index].ability == ability);
    return abilityTable[index];
}
} // namespace

QString abilityName(Ability ability)
{
    return QString::fromLatin1(rowOf(ability).name);
}

bool parseAbility(const QString &name, Ability *ability)
{
    for (const AbilityRow &row : abilityTable) {
        if (name == QLatin1String(row.name)) {
            *ability = row.ability;
            return true;
        }
    }
    return false;
}

QString abilityDescription(Ability ability)
{
    return tr(rowOf(ability).description);
}

const QList<Ability> &allAbilities()
{
    static const QList<Ability> all = [] {
        QList<Ability> out;
        for (const AbilityRow &row : abilityTable)
            out.append(row.ability);
        return out;
    }();
    return all;
}

const QList<Ability> &delegableAbilities()
{
    static const QList<Ability> delegable = [] {
        QList<Ability> out;
        for (const AbilityRow &row : abilityTable) {
            if (row.ability >= Ability::OrgMembersView)
                out.append(row.ability);
        }
        return out;
    }();
    return delegable;
}

bool isDelegable(Ability ability)
{
    return ability >= Ability::OrgMembersView;
}

QString consoleRoleName(ConsoleRole role)
{
    switch (role) {
    case ConsoleRole::Owner:
        return QStringLiteral("owner");
    case ConsoleRole::Developer:
        return QStringLiteral("developer");
    case ConsoleRole::Support:
        return QStringLiteral("support");
    case ConsoleRole::Auditor:
        return QStringLiteral("auditor");
    case ConsoleRole::OrganizationAdmin:
        return QStringLiteral("org-admin");
    }
    return {};
}

bool parseConsoleRole(const QString &name, ConsoleRole *role)
{
    for (ConsoleRole r : allConsoleRoles()) {
        if (name.compare(consoleRoleName(r), Qt::CaseInsensitive) == 0) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString consoleRoleTitle(ConsoleRole role)
{
    switch (role) {
    case ConsoleRole::Owner:
        return tr("Owner");
    case ConsoleRole::Developer:
        return tr("Developer");
    case ConsoleRole::Support:
        return tr("Support");
    case ConsoleRole::Auditor:
        return tr("Auditor");
    case ConsoleRole::OrganizationAdmin:
        return tr("Organization admin");
    }
    return {};
}

const QList<ConsoleRole> &allConsoleRoles()
{
    static const QList<ConsoleRole> all{ConsoleRole::Owner, ConsoleRole::Developer, ConsoleRole::Support,
                                        ConsoleRole::Auditor, ConsoleRole::OrganizationAdmin};
    return all;
}

QList<Ability> abilitiesOf(ConsoleRole role)
{
    using A = Ability;
    switch (role) {
    case ConsoleRole::Owner: {
        QList<Ability> all;
        for (Ability a : allAbilities()) {
            if (!isDelegable(a))
                all.append(a);
        }
        return all;
    }
    case ConsoleRole::Developer: {
        QList<Ability> all = abilitiesOf(ConsoleRole::Owner);
        all.removeAll(A::OperatorsManage);
        all.removeAll(A::DelegationManage);
        return all;
    }
    case ConsoleRole::Support:
        return {A::TenantsRead, A::ConfigRead, A::UsersRead,         A::UsersSuspend, A::UsersPassword,
                A::UsersMfa,    A::OrgsRead,   A::InvitationsManage, A::JournalRead,  A::LogsRead};
    case ConsoleRole::Auditor:
        return {A::TenantsRead, A::ConfigRead,    A::UsersRead,     A::UsersExport,   A::OrgsRead,
                A::JournalRead, A::JournalVerify, A::JournalExport, A::OperatorsRead, A::LogsRead};
    case ConsoleRole::OrganizationAdmin:
        return {A::TenantsRead};
    }
    return {};
}

bool roleHas(ConsoleRole role, Ability ability)
{
    // Asked for every backend call: the roles' abilities as bit sets, computed once.
    static const QList<quint64> masks = [] {
        QList<quint64> out;
        for (ConsoleRole r : allConsoleRoles()) {
            quint64 mask = 0;
            for (Ability a : abilitiesOf(r))
                mask |= quint64(1) << static_cast<int>(a);
            out.append(mask);
        }
        return out;
    }();
    static_assert(static_cast<int>(Ability::OrgMembersMfa) < 64);
    return masks.value(allConsoleRoles().indexOf(role)) & (quint64(1) << static_cast<int>(ability));
}

QString identitySourceName(IdentitySource source)
{
    switch (source) {
    case IdentitySource::OsAccount:
        return QStringLiteral("os");
    case IdentitySource::DatabaseLogin:
        return QStringLiteral("database");
    case IdentitySource::Declared:
        return QStringLiteral("declared");
    }
    return {};
}

bool OperatorAccount::reachesTenant(const QString &tenantId) const
{
    if (role == ConsoleRole::OrganizationAdmin)
        return tenantId == userTenantId;
    return tenantIds.isEmpty() || tenantIds.contains(tenantId);
}

} // namespace gatehouse::policy
