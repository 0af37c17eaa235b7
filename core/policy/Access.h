#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// Who may do what in a workspace: the abilities Gatehouse knows, the console roles that bundle
// them, the operators who hold a role, and the delegation policy that lends abilities to
// organization admins through the organization template. Pure types and tables: no storage, no
// GUI, so a server can reuse them unchanged.

namespace gatehouse::policy {

/// A closed, named list. Every Backend operation needs one (see requirementOf()). The first group
/// is tenant-wide; the "org.*" group is what a delegation policy can lend to organization admins,
/// inside their organizations only.
enum class Ability {
    TenantsRead,         ///< tenants.read
    TenantsManage,       ///< tenants.manage: create, rename, delete tenants
    ConfigRead,          ///< config.read: applications, API resources, roles, template, SSO, sign-in
    ConfigWrite,         ///< config.write
    UsersRead,           ///< users.read: find users, read profiles, roles, MFA factors, organizations
    UsersWrite,          ///< users.write: create users, edit profiles and user roles
    UsersDelete,         ///< users.delete
    UsersSuspend,        ///< users.suspend: suspend and unsuspend (with a reason)
    UsersPassword,       ///< users.password: set a password, require a change (with a reason)
    UsersMfa,            ///< users.mfa: remove an MFA factor (with a reason)
    UsersVerifyPassword, ///< users.verifyPassword: check a password against the stored digest
    UsersImport,         ///< users.import
    UsersExport,         ///< users.export (without password digests)
    UsersExportDigests,  ///< users.exportDigests: export password digests
    OrgsRead,            ///< orgs.read: every organization, its members, applications, invitations, JIT
    OrgsWrite,           ///< orgs.write: create, change and delete organizations and their settings
    InvitationsManage,   ///< invitations.manage: create and revoke invitations (with a reason)
    JournalRead,         ///< journal.read
    JournalVerify,       ///< journal.verify
    JournalExport,       ///< journal.export
    OperatorsRead,       ///< operators.read: who the operators are and their roles
    OperatorsManage,     ///< operators.manage: add, change and remove operators
    DelegationManage,    ///< delegation.manage: the delegation policy
    LogsRead,            ///< logs.read: authentication events (sign-ins, tokens, MFA) and their counts
    LogsArchive,         ///< logs.archive: sync events into the workspace's archive, set its retention
    // Delegable: lent to organization admins by the delegation policy.
    OrgMembersView,     ///< org.members.view
    OrgMembersInvite,   ///< org.members.invite
    OrgMembersRemove,   ///< org.members.remove
    OrgMembersRoles,    ///< org.members.roles: change members' organization roles
    OrgMfa,             ///< org.mfa: require MFA for the organization
    OrgBranding,        ///< org.branding: edit branding and colours
    OrgJitDomains,      ///< org.jit.domains: manage JIT email domains
    OrgMembersPassword, ///< org.members.password: reset a member's password
    OrgMembersMfa,      ///< org.members.mfa: remove a member's MFA factor
};

QString abilityName(Ability ability); ///< "users.delete"
bool parseAbility(const QString &name, Ability *ability);
/// What the ability lets an operator do, for a person ("delete users").
QString abilityDescription(Ability ability);
const QList<Ability> &allAbilities();
/// The abilities a delegation policy can lend (the org.* group).
const QList<Ability> &delegableAbilities();
bool isDelegable(Ability ability);

/// Gatehouse's own roles for the people who use it on a workspace.
enum class ConsoleRole {
    Owner,             ///< everything, including operators and the delegation policy
    Developer,         ///< configuration and user management in their tenants
    Support,           ///< reads people and acts through narrow actions, each with a reason
    Auditor,           ///< reads everything, verifies and exports the journal
    OrganizationAdmin, ///< only what the delegation policy lends, inside their organizations
};

QString consoleRoleName(ConsoleRole role); ///< "owner", "developer", "support", "auditor", "org-admin"
bool parseConsoleRole(const QString &name, ConsoleRole *role);
QString consoleRoleTitle(ConsoleRole role); ///< "Owner", "Organization admin" (translated)
const QList<ConsoleRole> &allConsoleRoles();

/// The tenant-wide abilities of a role (an organization admin has none: theirs are delegated).
QList<Ability> abilitiesOf(ConsoleRole role);
bool roleHas(ConsoleRole role, Ability ability);

/// How the workspace knows who the operator is.
enum class IdentitySource {
    OsAccount,     ///< the account that runs Gatehouse on a workspace file (its owner)
    DatabaseLogin, ///< the PostgreSQL login (session_user): established by the server
    Declared,      ///< the OS account, labelled with a name it gave itself (--operator on a file)
};
QString identitySourceName(IdentitySource source); ///< "os", "database", "declared"

/// An operator as the workspace records them.
struct OperatorAccount
{
    QString name; ///< the OS account or database login
    ConsoleRole role = ConsoleRole::Auditor;
    QStringList tenantIds; ///< the tenants the role applies to; empty = all
    /// Organization admins are users of a tenant: their memberships decide their organizations.
    QString userTenantId;
    QString userId;
    qint64 createdAt = 0;
    qint64 version = 0;

    /// Whether the role reaches `tenantId` at all.
    bool reachesTenant(const QString &tenantId) const;
    friend bool operator==(const OperatorAccount &, const OperatorAccount &) = default;
};

/// Who acts now, and how that was established.
struct OperatorIdentity
{
    OperatorAccount account;
    IdentitySource source = IdentitySource::OsAccount;
    QString declaredName; ///< IdentitySource::Declared only
    /// Previewing another operator ("view as"): `account` is theirs; the changes made are still
    /// the real operator's (`actingName`).
    bool preview = false;
    QString actingName;
};

/// A tenant's delegation policy: which organization permission (organization scope of the
/// template) lends each delegable ability to the members who hold it in an organization.
struct DelegationPolicy
{
    QString tenantId;
    QMap<Ability, QString> permissions; ///< ability → organization scope id
    qint64 version = 0;
};

/// One member of an organization holding delegated abilities there, with the organization
/// role(s) that grant each ("who can do what in organization X").
struct OrganizationAdmin
{
    QString userId;
    QString username;                     ///< or the email, for display
    QMap<Ability, QStringList> abilities; ///< ability → names of the granting roles, sorted
};

/// What an organization admin holds in each of their organizations.
struct AdminGrant
{
    QString organizationId;
    QString organizationName;
    QMap<Ability, QStringList> abilities; ///< ability → granting role names
    QStringList permissionIds;            ///< every organization scope their roles grant there
    QStringList resourceScopeIds;         ///< every API-resource scope their roles grant there
};

} // namespace gatehouse::policy

Q_DECLARE_METATYPE(gatehouse::policy::Ability)
