#pragma once

#include "backend/Result.h"
#include "io/UserExport.h"
#include "journal/JournalEntry.h"
#include "journal/JournalSeal.h"
#include "model/AccessSnapshot.h"
#include "model/Application.h"
#include "model/Dashboard.h"
#include "model/LogEvent.h"
#include "model/Organization.h"
#include "model/Resource.h"
#include "model/Role.h"
#include "model/SignInExperience.h"
#include "model/SsoConnector.h"
#include "model/Tenant.h"
#include "model/User.h"
#include "policy/Access.h"
#include "util/Futures.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace gatehouse {

/// What a backend can do. A capability the remote API lacks is declared here, never faked.
struct Capabilities
{
    bool tenantManagement = true; ///< create/rename/delete tenants (a Logto connection is one tenant)
    bool journalVerify = true;    ///< the journal can be verified
    /// Requests to a server are journaled before they are sent and with their outcome
    /// (JournalQuery::withRequests shows them).
    bool journalsRequests = false;
    /// A stale edit is refused inside the store's own transaction. Without it (Logto) the backend
    /// compares the object with the version that was read just before writing: a change made in
    /// between by someone else is still caught, one made in the same instant may not be.
    bool atomicConflictCheck = true;
    /// UserQuery filters beyond `search` (suspended, hasPassword, hasMfa, created/last-sign-in
    /// ranges) and sorts other than CreatedDesc.
    bool userFilters = true;
    bool userSorts = true;
    bool userRoleFilter = true;        ///< UserQuery::roleId (alone or with search)
    bool passwordExpiry = true;        ///< UsersApi::setPasswordExpired
    bool exportPasswordDigests = true; ///< ExportOptions::withPasswordDigests (Logto never returns digests)
    /// Rows per request the user list should ask for (one request per page on a server).
    int userPageSize = 256;
    /// Rows the user list asks for first, before the rest of its first chunk: one screenful,
    /// which a local search finds several times faster than a whole chunk. 0: the whole chunk at
    /// once (a server answers a page of any size in about the same time).
    int userFirstRows = 64;
    /// A substring search over the users takes a second or more (a Logto server with a large
    /// pool): the user list waits longer after a key, asks an exact search first
    /// (UserQuery::exactSearch) and says that the server is searching.
    bool userSearchIsSlow = false;
    /// Counting a list's users is much cheaper than listing the positions of its chunks
    /// (UsersApi::anchors scans them all): the user list asks the total first, with
    /// anchors(every = INT_MAX), and shows it while the positions are still being found.
    bool userCountFirst = true;
    /// Counting the users takes long enough to show an estimate first (PostgreSQL: a million
    /// users take most of a second): the user list asks UsersApi::estimateUsers before the count
    /// and shows "about N" until the exact total arrives.
    bool userCountEstimate = false;
    /// Row versions count 1, 2, 3… with every change. Without it (Logto) a version is a
    /// fingerprint of the object's content: only "same or different" means anything.
    bool sequentialVersions = true;
    /// Application types ApplicationsApi::create accepts (Logto: Protected apps need Logto Cloud
    /// settings Gatehouse does not manage).
    QList<ApplicationType> applicationTypes = allApplicationTypes();
    /// Whether isThirdParty can change after an application was created (Logto fixes it then).
    bool thirdPartyEditable = true;
    /// Operators and the delegation policy are kept by the workspace (AccessControlApi). A Logto
    /// connection has neither: its machine-to-machine credentials act as an administrator, so
    /// only owners and developers use it.
    bool accessControl = true;
    /// Role descriptions: whether one is required and how long it may be (Logto: 1–128 characters).
    bool roleDescriptionRequired = false;
    int roleDescriptionMax = limits::descriptionMax;
    /// The backend keeps an archive of authentication events (LogsApi::archive, retention): a
    /// workspace. A Logto connection is a source of events, not an archive.
    bool logArchive = true;
    /// LogsApi::stats answers (a Logto server would have to send every event to count them).
    bool logStats = true;
    /// Filters a Logto server cannot apply (result, key prefixes, organization, free text, and
    /// time ranges on a server without time windows) are applied here to the events it sends:
    /// a page may then hold fewer events than asked for, and a rare match may take many requests.
    bool logsFilteredHere = false;
};

// All area interfaces share one contract:
// - every method may be called from the UI thread and never blocks it; work happens elsewhere;
// - every returned future finishes exactly once, with a value or an Error (never an exception);
// - a future may finish on another thread: attach continuations with a context object
//   (`future.then(this, ...)`) to come back to the caller's thread;
// - every mutation runs in one transaction together with its journal entry; either both are
//   stored or neither is;
// - updates carry the row version that was read; a stale version fails with ErrorCode::Conflict.

class TenantsApi
{
public:
    virtual ~TenantsApi() = default;
    virtual Future<QList<Tenant>> list() = 0;
    virtual Future<Tenant> get(const QString &id) = 0;
    virtual Future<Tenant> create(const Tenant &draft) = 0;
    virtual Future<Tenant> update(const Tenant &tenant) = 0;
    /// Deletes the tenant and everything in it (applications, resources, roles, users,
    /// organizations…). `reason` is required (rules::reasonProblems); the journal entry records
    /// it with the tenant and how many of each kind of object went with it.
    virtual Future<Done> remove(const QString &id, const QString &reason) = 0;
};

class ApplicationsApi
{
public:
    virtual ~ApplicationsApi() = default;
    virtual Future<QList<Application>> list(const QString &tenantId) = 0;
    virtual Future<Application> get(const QString &tenantId, const QString &id) = 0;
    /// For confidential types the result carries the initial secret's value in `secret`, once.
    virtual Future<Application> create(const QString &tenantId, const Application &draft) = 0;
    virtual Future<Application> update(const QString &tenantId, const Application &app) = 0;
    /// Deletes the application with its secrets and role assignments.
    virtual Future<Done> remove(const QString &tenantId, const QString &id) = 0;

    virtual Future<QList<ApplicationSecret>> secrets(const QString &tenantId, const QString &appId) = 0;
    /// The returned secret carries `value`; it is never available again.
    virtual Future<ApplicationSecret> createSecret(const QString &tenantId, const QString &appId,
                                                   const QString &name, std::optional<qint64> expiresAt) = 0;
    virtual Future<Done> deleteSecret(const QString &tenantId, const QString &appId, const QString &name) = 0;
};

class ResourcesApi
{
public:
    virtual ~ResourcesApi() = default;
    virtual Future<QList<Resource>> list(const QString &tenantId) = 0;
    virtual Future<Resource> get(const QString &tenantId, const QString &id) = 0;
    virtual Future<Resource> create(const QString &tenantId, const Resource &draft) = 0;
    /// Setting isDefault clears the flag on the tenant's previous default resource.
    virtual Future<Resource> update(const QString &tenantId, const Resource &resource) = 0;
    /// Deletes the resource, its scopes and every role grant of those scopes.
    virtual Future<Done> remove(const QString &tenantId, const QString &id) = 0;

    virtual Future<QList<Scope>> scopes(const QString &tenantId, const QString &resourceId) = 0;
    virtual Future<Scope> createScope(const QString &tenantId, const Scope &draft) = 0;
    virtual Future<Scope> updateScope(const QString &tenantId, const Scope &scope) = 0;
    /// Deletes the scope and every role grant of it.
    virtual Future<Done> removeScope(const QString &tenantId, const QString &scopeId) = 0;
};

class RolesApi
{
public:
    virtual ~RolesApi() = default;
    virtual Future<QList<Role>> list(const QString &tenantId) = 0;
    virtual Future<Role> get(const QString &tenantId, const QString &id) = 0;
    virtual Future<Role> create(const QString &tenantId, const Role &draft) = 0;
    virtual Future<Role> update(const QString &tenantId, const Role &role) = 0;
    /// Deletes the role with its scope grants and assignments.
    virtual Future<Done> remove(const QString &tenantId, const QString &id) = 0;

    virtual Future<QList<GrantedScope>> scopes(const QString &tenantId, const QString &roleId) = 0;
    /// Grants all of `scopeIds` in one transaction; already granted ones are kept as they are.
    virtual Future<Done> grantScopes(const QString &tenantId, const QString &roleId,
                                     const QStringList &scopeIds) = 0;
    virtual Future<Done> revokeScope(const QString &tenantId, const QString &roleId,
                                     const QString &scopeId) = 0;

    /// MachineToMachine roles only, to MachineToMachine applications only.
    virtual Future<Done> assignToApplication(const QString &tenantId, const QString &appId,
                                             const QStringList &roleIds) = 0;
    virtual Future<Done> unassignFromApplication(const QString &tenantId, const QString &appId,
                                                 const QString &roleId) = 0;
    virtual Future<QList<Role>> rolesOfApplication(const QString &tenantId, const QString &appId) = 0;
    virtual Future<QList<Application>> applicationsOfRole(const QString &tenantId, const QString &roleId) = 0;
};

class UsersApi
{
public:
    virtual ~UsersApi() = default;

    /// One page of users matching `query`, starting after `after`. `limit` is capped at 500.
    virtual Future<UserPage> page(const QString &tenantId, const UserQuery &query, const UserCursor &after,
                                  int limit) = 0;
    /// Positions for jumping: the cursor before rows 0, `every`, 2·`every`, … of the sorted
    /// list, plus the total count — one scan, meant to run in the background.
    virtual Future<UserAnchors> anchors(const QString &tenantId, const UserQuery &query, int every) = 0;
    /// How many users `query` matches by the database's own estimate, found without counting them
    /// (Capabilities::userCountEstimate); -1 where the backend has no estimate worth showing.
    virtual Future<qint64> estimateUsers(const QString &tenantId, const UserQuery &query) = 0;
    virtual Future<User> get(const QString &tenantId, const QString &id) = 0;
    /// `password` (plain, hashed here with Argon2id) or draft.passwordDigest+passwordAlgorithm
    /// (verified to be well-formed). Default user roles are assigned.
    virtual Future<User> create(const QString &tenantId, const User &draft, const QString &password) = 0;
    /// Updates profile fields (username, emails, phone, name, avatar, profile, customData).
    virtual Future<User> update(const QString &tenantId, const User &user) = 0;
    virtual Future<Done> remove(const QString &tenantId, const QString &id, const QString &reason) = 0;
    virtual Future<User> setSuspended(const QString &tenantId, const QString &id, bool suspended,
                                      const QString &reason) = 0;
    virtual Future<User> setPassword(const QString &tenantId, const QString &id, const QString &password,
                                     const QString &reason) = 0;
    /// Require (or stop requiring) a new password at the next sign-in.
    virtual Future<User> setPasswordExpired(const QString &tenantId, const QString &id, bool expired,
                                            const QString &reason) = 0;
    /// True when `password` matches the stored digest (any algorithm Logto imports).
    virtual Future<bool> verifyPassword(const QString &tenantId, const QString &id,
                                        const QString &password) = 0;

    virtual Future<QList<MfaVerification>> mfaVerifications(const QString &tenantId,
                                                            const QString &userId) = 0;
    virtual Future<Done> removeMfaVerification(const QString &tenantId, const QString &userId,
                                               const QString &verificationId, const QString &reason) = 0;

    virtual Future<QList<Role>> roles(const QString &tenantId, const QString &userId) = 0;
    /// User roles only.
    virtual Future<Done> assignRoles(const QString &tenantId, const QString &userId,
                                     const QStringList &roleIds) = 0;
    virtual Future<Done> removeRole(const QString &tenantId, const QString &userId,
                                    const QString &roleId) = 0;

    /// Streams users from a CSV, JSON or JSON Lines file (see io/UserRecordReader.h for the
    /// columns) into the tenant. Every row is validated (fields, digests, uniqueness within the
    /// file and against existing users) and each problem is reported by line. All-or-nothing
    /// (default) writes nothing unless every row is valid; skip-invalid commits valid rows in
    /// batches of whole rows; a dry run writes nothing. Plain-text passwords are hashed with
    /// Argon2id (slow). `control` (optional) reports progress and takes cancellation; a
    /// cancelled all-or-nothing import writes nothing. The result is the report (an Error only
    /// when the import could not start, e.g. the file cannot be opened).
    virtual Future<ImportReport> importUsers(const QString &tenantId, const QString &filePath,
                                             const ImportOptions &options,
                                             std::shared_ptr<ImportControl> control) = 0;

    /// Writes every user matching `query` (in its order) to `filePath` as CSV (the columns of
    /// userExportColumns, re-importable), JSON or JSON Lines. The file appears only when complete.
    /// Journaled, including whether password digests were included.
    virtual Future<ExportReport> exportUsers(const QString &tenantId, const UserQuery &query,
                                             const QString &filePath, const ExportOptions &options,
                                             std::shared_ptr<ImportControl> control) = 0;
};

/// The organization template: organization scopes and roles shared by every organization of the
/// tenant. Changing it changes what every member of every organization may do.
class OrganizationTemplateApi
{
public:
    virtual ~OrganizationTemplateApi() = default;
    virtual Future<QList<OrganizationScope>> scopes(const QString &tenantId) = 0;
    virtual Future<OrganizationScope> createScope(const QString &tenantId,
                                                  const OrganizationScope &draft) = 0;
    virtual Future<OrganizationScope> updateScope(const QString &tenantId,
                                                  const OrganizationScope &scope) = 0;
    /// Deletes the scope and its grants to organization roles.
    virtual Future<Done> removeScope(const QString &tenantId, const QString &scopeId) = 0;

    virtual Future<QList<OrganizationRole>> roles(const QString &tenantId) = 0;
    virtual Future<OrganizationRole> getRole(const QString &tenantId, const QString &roleId) = 0;
    virtual Future<OrganizationRole> createRole(const QString &tenantId, const OrganizationRole &draft) = 0;
    /// The type cannot change once the role exists.
    virtual Future<OrganizationRole> updateRole(const QString &tenantId, const OrganizationRole &role) = 0;
    /// Deletes the role with its grants, the member and application assignments of it, the
    /// invitations' and JIT's references to it.
    virtual Future<Done> removeRole(const QString &tenantId, const QString &roleId) = 0;

    virtual Future<OrganizationRoleGrants> grants(const QString &tenantId, const QString &roleId) = 0;
    /// Replace-all: the role grants exactly these organization scopes afterwards.
    virtual Future<Done> setOrganizationScopes(const QString &tenantId, const QString &roleId,
                                               const QStringList &organizationScopeIds) = 0;
    /// Replace-all: the role grants exactly these API-resource scopes afterwards.
    virtual Future<Done> setResourceScopes(const QString &tenantId, const QString &roleId,
                                           const QStringList &scopeIds) = 0;
};

class OrganizationsApi
{
public:
    virtual ~OrganizationsApi() = default;
    /// Organizations whose id or name contains `q` (case-insensitive; empty = all), by name,
    /// with memberCount filled.
    virtual Future<QList<Organization>> list(const QString &tenantId, const QString &q) = 0;
    virtual Future<Organization> get(const QString &tenantId, const QString &id) = 0;
    /// isMfaRequired is refused while the sign-in experience enables no MFA factor.
    virtual Future<Organization> create(const QString &tenantId, const Organization &draft) = 0;
    virtual Future<Organization> update(const QString &tenantId, const Organization &organization) = 0;
    /// Deletes the organization with its memberships, application links, invitations and JIT.
    virtual Future<Done> remove(const QString &tenantId, const QString &id) = 0;

    // Members
    virtual Future<MemberPage> members(const QString &tenantId, const QString &organizationId,
                                       const MemberQuery &query) = 0;
    /// Adds the users (already members are kept) and gives each of them `roleIds` as well.
    virtual Future<Done> addMembers(const QString &tenantId, const QString &organizationId,
                                    const QStringList &userIds, const QStringList &roleIds) = 0;
    /// Removes the membership and the member's roles in this organization.
    virtual Future<Done> removeMember(const QString &tenantId, const QString &organizationId,
                                      const QString &userId) = 0;
    /// Replace-all: the member holds exactly these User organization roles afterwards.
    virtual Future<Done> setMemberRoles(const QString &tenantId, const QString &organizationId,
                                        const QString &userId, const QStringList &roleIds) = 0;
    /// Bulk: every listed member gets every listed role (roles already held are kept).
    virtual Future<Done> assignMemberRoles(const QString &tenantId, const QString &organizationId,
                                           const QStringList &userIds, const QStringList &roleIds) = 0;
    /// The union of the member's roles' scopes, each with the roles that grant it.
    virtual Future<QList<EffectivePermission>>
    effectivePermissions(const QString &tenantId, const QString &organizationId, const QString &userId) = 0;
    /// The user's organizations with their roles in each, by organization name.
    virtual Future<QList<UserOrganization>> organizationsOfUser(const QString &tenantId,
                                                                const QString &userId) = 0;

    // Machine-to-machine applications
    virtual Future<QList<OrganizationApplication>> applications(const QString &tenantId,
                                                                const QString &organizationId) = 0;
    /// MachineToMachine applications only.
    virtual Future<Done> addApplications(const QString &tenantId, const QString &organizationId,
                                         const QStringList &applicationIds) = 0;
    virtual Future<Done> removeApplication(const QString &tenantId, const QString &organizationId,
                                           const QString &applicationId) = 0;
    /// Replace-all; MachineToMachine organization roles only.
    virtual Future<Done> setApplicationRoles(const QString &tenantId, const QString &organizationId,
                                             const QString &applicationId, const QStringList &roleIds) = 0;

    // Invitations
    /// Newest first; Pending ones past their expiry are reported as Expired.
    virtual Future<QList<OrganizationInvitation>> invitations(const QString &tenantId,
                                                              const QString &organizationId) = 0;
    /// draft: organizationId, invitee, inviterId (optional), roles (ids), expiresAt (0 = 7 days).
    /// `reason` (may be empty; support staff must give one) goes into the journal.
    virtual Future<OrganizationInvitation>
    createInvitation(const QString &tenantId, const OrganizationInvitation &draft, const QString &reason) = 0;
    /// Pending invitations only. `reason` as for createInvitation().
    virtual Future<OrganizationInvitation>
    revokeInvitation(const QString &tenantId, const QString &invitationId, const QString &reason) = 0;
    /// Pending, unexpired invitations only: the user becomes a member with the invited roles.
    virtual Future<OrganizationInvitation>
    acceptInvitation(const QString &tenantId, const QString &invitationId, const QString &userId) = 0;

    // Just-in-time provisioning
    virtual Future<OrganizationJit> jit(const QString &tenantId, const QString &organizationId) = 0;
    /// Replace-all setters; the journal records the set before and after.
    virtual Future<Done> setJitEmailDomains(const QString &tenantId, const QString &organizationId,
                                            const QStringList &domains) = 0;
    virtual Future<Done> setJitSsoConnectors(const QString &tenantId, const QString &organizationId,
                                             const QStringList &connectorIds) = 0;
    virtual Future<Done> setJitRoles(const QString &tenantId, const QString &organizationId,
                                     const QStringList &roleIds) = 0;
};

class SsoConnectorsApi
{
public:
    virtual ~SsoConnectorsApi() = default;
    virtual Future<QList<SsoConnector>> list(const QString &tenantId) = 0;
    virtual Future<SsoConnector> get(const QString &tenantId, const QString &id) = 0;
    /// Validates config per provider; domains must not be claimed by another connector.
    virtual Future<SsoConnector> create(const QString &tenantId, const SsoConnector &draft) = 0;
    virtual Future<SsoConnector> update(const QString &tenantId, const SsoConnector &connector) = 0;
    /// Deletes the connector and the JIT links of organizations to it.
    virtual Future<Done> remove(const QString &tenantId, const QString &id) = 0;
};

class SignInExperienceApi
{
public:
    virtual ~SignInExperienceApi() = default;
    virtual Future<SignInExperience> get(const QString &tenantId) = 0;
    /// BackupCode cannot be the only factor; removing every factor is refused while an
    /// organization requires MFA.
    virtual Future<SignInExperience> update(const QString &tenantId, const SignInExperience &experience) = 0;
    /// What the access explainer needs about `email`, read in one go.
    virtual Future<AccessSnapshot> accessSnapshot(const QString &tenantId, const QString &email) = 0;
};

/// Authentication events (sign-ins, token exchanges, MFA…): what a Logto server records, or
/// what a workspace's archive has kept of them.
class LogsApi
{
public:
    virtual ~LogsApi() = default;
    /// Events matching `query`, newest first (createdAt, then id, descending), after `after`.
    /// `limit` is capped at 500. On a Logto connection a page asks the server for at most a few
    /// pages of 100 and may come back short when filters apply here (LogPage::filteredHere).
    virtual Future<LogPage> page(const QString &tenantId, const LogQuery &query, const LogCursor &after,
                                 int limit) = 0;
    virtual Future<LogEvent> get(const QString &tenantId, const QString &id) = 0;
    /// Counts of the events `query` matches, per key and per day (Capabilities::logStats).
    virtual Future<LogStats> stats(const QString &tenantId, const LogQuery &query) = 0;
    /// The tenant's first page for the 30 UTC days ending at `day`: users, new users, active
    /// users (DAU / WAU / MAU and the daily curve), failed sign-ins and their reasons,
    /// organizations. A Logto connection asks /api/dashboard/users/* and reads the failures from
    /// its newest events (Dashboard::failuresComplete); a workspace counts its users and archive.
    virtual Future<Dashboard> dashboard(const QString &tenantId, const QDate &day) = 0;

    // The archive (Capabilities::logArchive).
    /// Where the archive stands with `source` (a default state when it never synced from it).
    virtual Future<LogSyncState> syncState(const QString &tenantId, const QString &source) = 0;
    /// Stores `events` (events whose id is already stored are left as they are) and records
    /// `state` for state.source, in one transaction: after a crash either both are stored or
    /// neither. A pass that completes (state.passTop == 0) is journaled with its counts.
    virtual Future<LogArchiveResult> archive(const QString &tenantId, const QList<LogEvent> &events,
                                             const LogSyncState &state) = 0;
    /// How many days the archive keeps events (0 = for ever, the default).
    virtual Future<int> retentionDays(const QString &tenantId) = 0;
    /// Sets the retention and deletes the events older than it at once; returns how many went.
    /// Journaled.
    virtual Future<qint64> setRetentionDays(const QString &tenantId, int days) = 0;
};

class JournalApi
{
public:
    virtual ~JournalApi() = default;
    /// Newest first. Filters are optional (empty = any).
    virtual Future<QList<JournalEntry>> list(const JournalQuery &query) = 0;
    /// Walks the whole chain; see JournalVerifier for what is detected.
    virtual Future<JournalVerifyReport> verify() = 0;
};

/// Who operates the workspace and what organization admins may do (see policy/Access.h).
/// Enforcement is not here: policy::AccessControl wraps any backend and checks every call.
class AccessControlApi
{
public:
    virtual ~AccessControlApi() = default;
    /// Who acts on this backend, as the workspace established it: the PostgreSQL login, or the
    /// OS account (the owner of a workspace file, or of a Logto connection's credentials).
    virtual Future<policy::OperatorIdentity> whoami() = 0;
    /// Every operator of the workspace, by name.
    virtual Future<QList<policy::OperatorAccount>> operators() = 0;
    /// Records an operator. On PostgreSQL also creates the database login with `password` (never
    /// stored) and gives it the role's privileges; a workspace file records the account only.
    virtual Future<policy::OperatorAccount> addOperator(const policy::OperatorAccount &draft,
                                                        const QString &password) = 0;
    /// Changes the role and tenants of an operator (and on PostgreSQL its privileges).
    virtual Future<policy::OperatorAccount> updateOperator(const policy::OperatorAccount &account) = 0;
    /// On PostgreSQL the login loses the workspace's privileges; the login itself stays (it is the
    /// server's, and may serve other databases).
    virtual Future<Done> removeOperator(const QString &name) = 0;

    virtual Future<policy::DelegationPolicy> delegation(const QString &tenantId) = 0;
    /// Lends `ability` through the organization permission `organizationScopeId` (empty: lends it
    /// no longer). Only delegable abilities.
    virtual Future<policy::DelegationPolicy> setDelegation(const QString &tenantId, policy::Ability ability,
                                                           const QString &organizationScopeId) = 0;
    /// The members of the organization who hold delegated abilities there, each ability with the
    /// roles that grant it.
    virtual Future<QList<policy::OrganizationAdmin>> organizationAdmins(const QString &tenantId,
                                                                        const QString &organizationId) = 0;
    /// Where the user holds delegated abilities, with every organization permission held there.
    virtual Future<QList<policy::AdminGrant>> adminGrants(const QString &tenantId, const QString &userId) = 0;
};

/// One workspace or server. Obtain one from openBackend() (BackendFactory.h).
/// Thread rule: create, use and destroy it on one thread (normally the UI thread); the areas'
/// futures may finish on a worker thread.
class Backend
{
public:
    virtual ~Backend() = default;

    /// Where the data lives, for the status bar ("~/.local/share/.../workspace.sqlite",
    /// "postgres://gatehouse@db:5432/gatehouse"). Never contains a password.
    virtual QString location() const = 0;
    virtual Capabilities capabilities() const = 0;

    /// Connects (and, for local workspaces, creates and migrates). Call once before anything
    /// else; other calls fail with ErrorCode::Unavailable until it has succeeded.
    virtual Future<Done> open() = 0;

    /// Labels the changes from now on with a name the operator gives themselves: the journal
    /// records it as declared, next to the operator the workspace established. Refused where the
    /// workspace establishes who acts itself (a PostgreSQL login). An empty name removes the label.
    virtual Result<Done> declareOperator(const QString &name) = 0;
    /// What the journal is sealed and verified with on this machine (see journal/JournalSeal.h;
    /// security::loadJournalSeal() reads it from the keychain). Call before open(); without it
    /// entries are unsealed and verification covers the unkeyed chain only.
    virtual void sealJournal(const JournalSeal &seal) = 0;
    /// The operator as the workspace establishes them (the journal records this name): the
    /// PostgreSQL login, or the OS account.
    virtual QString operatorName() const = 0;

    virtual TenantsApi &tenants() = 0;
    virtual ApplicationsApi &applications() = 0;
    virtual ResourcesApi &resources() = 0;
    virtual RolesApi &roles() = 0;
    virtual UsersApi &users() = 0;
    virtual OrganizationTemplateApi &organizationTemplate() = 0;
    virtual OrganizationsApi &organizations() = 0;
    virtual SsoConnectorsApi &ssoConnectors() = 0;
    virtual SignInExperienceApi &signInExperience() = 0;
    virtual LogsApi &logs() = 0;
    virtual JournalApi &journal() = 0;
    virtual AccessControlApi &access() = 0;
};

} // namespace gatehouse
