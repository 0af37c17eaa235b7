#include "backend/DecoratorGate.h"

namespace gatehouse::detail {

namespace {

class Users final : public UsersApi
{
public:
    explicit Users(const Gate &gate)
        : g(gate)
    {}
    Future<UserPage> page(const QString &t, const UserQuery &query, const UserCursor &after,
                          int limit) override
    {
        const BackendCall call = callOf(Operation::UsersPage, t);
        return g.read<UserPage>(
            call, [=, this] { return api().page(t, g.hooks().visibleUsers(call, query), after, limit); });
    }
    Future<UserAnchors> anchors(const QString &t, const UserQuery &query, int every) override
    {
        const BackendCall call = callOf(Operation::UsersAnchors, t);
        return g.read<UserAnchors>(
            call, [=, this] { return api().anchors(t, g.hooks().visibleUsers(call, query), every); });
    }
    Future<qint64> estimateUsers(const QString &t, const UserQuery &query) override
    {
        // The same rows as the count: the same permission and the same visibility.
        const BackendCall call = callOf(Operation::UsersAnchors, t);
        return g.read<qint64>(
            call, [=, this] { return api().estimateUsers(t, g.hooks().visibleUsers(call, query)); });
    }
    Future<User> get(const QString &t, const QString &id) override
    {
        return g.read<User>(callOf(Operation::UsersGet, t, id), [=, this] { return api().get(t, id); });
    }
    Future<User> create(const QString &t, const User &draft, const QString &password) override
    {
        return g.write<User>(
            callOf(Operation::UsersCreate, t), [=, this] { return api().create(t, draft, password); },
            [t](const User &u) { return changeOf(Operation::UsersCreate, t, u.id); });
    }
    Future<User> update(const QString &t, const User &user) override
    {
        return g.write<User>(callOf(Operation::UsersUpdate, t, user.id),
                             [=, this] { return api().update(t, user); });
    }
    Future<Done> remove(const QString &t, const QString &id, const QString &reason) override
    {
        return g.write<Done>(withReason(callOf(Operation::UsersRemove, t, id), reason),
                             [=, this] { return api().remove(t, id, reason); });
    }
    Future<User> setSuspended(const QString &t, const QString &id, bool suspended,
                              const QString &reason) override
    {
        return g.write<User>(withReason(callOf(Operation::UsersSetSuspended, t, id), reason),
                             [=, this] { return api().setSuspended(t, id, suspended, reason); });
    }
    Future<User> setPassword(const QString &t, const QString &id, const QString &password,
                             const QString &reason) override
    {
        return g.write<User>(withReason(callOf(Operation::UsersSetPassword, t, id), reason),
                             [=, this] { return api().setPassword(t, id, password, reason); });
    }
    Future<User> setPasswordExpired(const QString &t, const QString &id, bool expired,
                                    const QString &reason) override
    {
        return g.write<User>(withReason(callOf(Operation::UsersSetPasswordExpired, t, id), reason),
                             [=, this] { return api().setPasswordExpired(t, id, expired, reason); });
    }
    Future<bool> verifyPassword(const QString &t, const QString &id, const QString &password) override
    {
        return g.read<bool>(callOf(Operation::UsersVerifyPassword, t, id),
                            [=, this] { return api().verifyPassword(t, id, password); });
    }
    Future<QList<MfaVerification>> mfaVerifications(const QString &t, const QString &userId) override
    {
        return g.read<QList<MfaVerification>>(callOf(Operation::UsersMfaVerifications, t, userId),
                                              [=, this] { return api().mfaVerifications(t, userId); });
    }
    Future<Done> removeMfaVerification(const QString &t, const QString &userId, const QString &verificationId,
                                       const QString &reason) override
    {
        return g.write<Done>(
            withReason(callOf(Operation::UsersRemoveMfaVerification, t, userId), reason),
            [=, this] { return api().removeMfaVerification(t, userId, verificationId, reason); });
    }
    Future<QList<Role>> roles(const QString &t, const QString &userId) override
    {
        return g.read<QList<Role>>(callOf(Operation::UsersRoles, t, userId),
                                   [=, this] { return api().roles(t, userId); });
    }
    Future<Done> assignRoles(const QString &t, const QString &userId, const QStringList &roleIds) override
    {
        return g.write<Done>(
            callOf(Operation::UsersAssignRoles, t, userId),
            [=, this] { return api().assignRoles(t, userId, roleIds); }, roleIds);
    }
    Future<Done> removeRole(const QString &t, const QString &userId, const QString &roleId) override
    {
        return g.write<Done>(callOf(Operation::UsersRemoveRole, t, userId),
                             [=, this] { return api().removeRole(t, userId, roleId); }, {roleId});
    }
    Future<ImportReport> importUsers(const QString &t, const QString &filePath, const ImportOptions &options,
                                     std::shared_ptr<ImportControl> control) override
    {
        return g.write<ImportReport>(
            callOf(Operation::UsersImportUsers, t),
            [=, this] { return api().importUsers(t, filePath, options, control); },
            [t](const ImportReport &report) -> std::optional<Change> {
                if (report.rowsImported == 0)
                    return std::nullopt;
                return changeOf(Operation::UsersImportUsers, t, {});
            });
    }
    Future<ExportReport> exportUsers(const QString &t, const UserQuery &query, const QString &filePath,
                                     const ExportOptions &options,
                                     std::shared_ptr<ImportControl> control) override
    {
        BackendCall call = callOf(Operation::UsersExportUsers, t);
        call.withPasswordDigests = options.withPasswordDigests;
        return g.write<ExportReport>(
            call, [=, this] { return api().exportUsers(t, query, filePath, options, control); });
    }

private:
    UsersApi &api() const { return g.inner().users(); }
    const Gate &g;
};

class OrganizationTemplate final : public OrganizationTemplateApi
{
public:
    explicit OrganizationTemplate(const Gate &gate)
        : g(gate)
    {}
    Future<QList<OrganizationScope>> scopes(const QString &t) override
    {
        return g.read<QList<OrganizationScope>>(callOf(Operation::OrganizationTemplateScopes, t),
                                                [=, this] { return api().scopes(t); });
    }
    Future<OrganizationScope> createScope(const QString &t, const OrganizationScope &draft) override
    {
        return g.write<OrganizationScope>(
            callOf(Operation::OrganizationTemplateCreateScope, t),
            [=, this] { return api().createScope(t, draft); },
            [t](const OrganizationScope &s) {
                return changeOf(Operation::OrganizationTemplateCreateScope, t, s.id);
            });
    }
    Future<OrganizationScope> updateScope(const QString &t, const OrganizationScope &scope) override
    {
        return g.write<OrganizationScope>(callOf(Operation::OrganizationTemplateUpdateScope, t, scope.id),
                                          [=, this] { return api().updateScope(t, scope); });
    }
    Future<Done> removeScope(const QString &t, const QString &scopeId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateRemoveScope, t, scopeId),
                             [=, this] { return api().removeScope(t, scopeId); });
    }
    Future<QList<OrganizationRole>> roles(const QString &t) override
    {
        return g.read<QList<OrganizationRole>>(callOf(Operation::OrganizationTemplateRoles, t),
                                               [=, this] { return api().roles(t); });
    }
    Future<OrganizationRole> getRole(const QString &t, const QString &roleId) override
    {
        return g.read<OrganizationRole>(callOf(Operation::OrganizationTemplateGetRole, t, roleId),
                                        [=, this] { return api().getRole(t, roleId); });
    }
    Future<OrganizationRole> createRole(const QString &t, const OrganizationRole &draft) override
    {
        return g.write<OrganizationRole>(
            callOf(Operation::OrganizationTemplateCreateRole, t),
            [=, this] { return api().createRole(t, draft); },
            [t](const OrganizationRole &r) {
                return changeOf(Operation::OrganizationTemplateCreateRole, t, r.id);
            });
    }
    Future<OrganizationRole> updateRole(const QString &t, const OrganizationRole &role) override
    {
        return g.write<OrganizationRole>(callOf(Operation::OrganizationTemplateUpdateRole, t, role.id),
                                         [=, this] { return api().updateRole(t, role); });
    }
    Future<Done> removeRole(const QString &t, const QString &roleId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateRemoveRole, t, roleId),
                             [=, this] { return api().removeRole(t, roleId); });
    }
    Future<OrganizationRoleGrants> grants(const QString &t, const QString &roleId) override
    {
        return g.read<OrganizationRoleGrants>(callOf(Operation::OrganizationTemplateGrants, t, roleId),
                                              [=, this] { return api().grants(t, roleId); });
    }
    Future<Done> setOrganizationScopes(const QString &t, const QString &roleId,
                                       const QStringList &ids) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateSetOrganizationScopes, t, roleId),
                             [=, this] { return api().setOrganizationScopes(t, roleId, ids); });
    }
    Future<Done> setResourceScopes(const QString &t, const QString &roleId, const QStringList &ids) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateSetResourceScopes, t, roleId),
                             [=, this] { return api().setResourceScopes(t, roleId, ids); });
    }

private:
    OrganizationTemplateApi &api() const { return g.inner().organizationTemplate(); }
    const Gate &g;
};

class Organizations final : public OrganizationsApi
{
public:
    explicit Organizations(const Gate &gate)
        : g(gate)
    {}
    Future<QList<Organization>> list(const QString &t, const QString &q) override
    {
        const BackendCall call = callOf(Operation::OrganizationsList, t);
        return g.read<QList<Organization>>(call, [=, this] {
            return api().list(t, q).then(QtFuture::Launch::Sync, [&hooks = g.hooks(),
                                                                  call](Result<QList<Organization>> r) {
                return r.ok() ? Result<QList<Organization>>(hooks.visibleOrganizations(call, r.value())) : r;
            });
        });
    }
    Future<Organization> get(const QString &t, const QString &id) override
    {
        return g.read<Organization>(callOf(Operation::OrganizationsGet, t, {}, id),
                                    [=, this] { return api().get(t, id); });
    }
    Future<Organization> create(const QString &t, const Organization &draft) override
    {
        return g.write<Organization>(
            callOf(Operation::OrganizationsCreate, t), [=, this] { return api().create(t, draft); },
            [t](const Organization &o) { return changeOf(Operation::OrganizationsCreate, t, o.id); });
    }
    Future<Organization> update(const QString &t, const Organization &organization) override
    {
        BackendCall call = callOf(Operation::OrganizationsUpdate, t, {}, organization.id);
        call.organization = std::make_shared<const Organization>(organization);
        return g.write<Organization>(call, [=, this] { return api().update(t, organization); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsRemove, t, {}, id),
                             [=, this] { return api().remove(t, id); });
    }

    Future<MemberPage> members(const QString &t, const QString &org, const MemberQuery &query) override
    {
        return g.read<MemberPage>(callOf(Operation::OrganizationsMembers, t, {}, org),
                                  [=, this] { return api().members(t, org, query); });
    }
    Future<Done> addMembers(const QString &t, const QString &org, const QStringList &userIds,
                            const QStringList &roleIds) override
    {
        return g.write<Done>(
            withUsersAndRoles(callOf(Operation::OrganizationsAddMembers, t, {}, org), userIds, roleIds),
            [=, this] { return api().addMembers(t, org, userIds, roleIds); }, userIds);
    }
    Future<Done> removeMember(const QString &t, const QString &org, const QString &userId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsRemoveMember, t, userId, org),
                             [=, this] { return api().removeMember(t, org, userId); }, {userId});
    }
    Future<Done> setMemberRoles(const QString &t, const QString &org, const QString &userId,
                                const QStringList &roleIds) override
    {
        return g.write<Done>(withUsersAndRoles(callOf(Operation::OrganizationsSetMemberRoles, t, userId, org),
                                               {userId}, roleIds),
                             [=, this] { return api().setMemberRoles(t, org, userId, roleIds); }, {userId});
    }
    Future<Done> assignMemberRoles(const QString &t, const QString &org, const QStringList &userIds,
                                   const QStringList &roleIds) override
    {
        return g.write<Done>(
            withUsersAndRoles(callOf(Operation::OrganizationsAssignMemberRoles, t, {}, org), userIds,
                              roleIds),
            [=, this] { return api().assignMemberRoles(t, org, userIds, roleIds); }, userIds);
    }
    Future<QList<EffectivePermission>> effectivePermissions(const QString &t, const QString &org,
                                                            const QString &userId) override
    {
        return g.read<QList<EffectivePermission>>(
            callOf(Operation::OrganizationsEffectivePermissions, t, userId, org),
            [=, this] { return api().effectivePermissions(t, org, userId); });
    }
    Future<QList<UserOrganization>> organizationsOfUser(const QString &t, const QString &userId) override
    {
        const BackendCall call = callOf(Operation::OrganizationsOrganizationsOfUser, t, userId);
        return g.read<QList<UserOrganization>>(call, [=, this] {
            return api().organizationsOfUser(t, userId).then(
                QtFuture::Launch::Sync, [&hooks = g.hooks(), call](Result<QList<UserOrganization>> r) {
                    return r.ok() ? Result<QList<UserOrganization>>(hooks.visibleMemberships(call, r.value()))
                                  : r;
                });
        });
    }

    Future<QList<OrganizationApplication>> applications(const QString &t, const QString &org) override
    {
        return g.read<QList<OrganizationApplication>>(
            callOf(Operation::OrganizationsApplications, t, {}, org),
            [=, this] { return api().applications(t, org); });
    }
    Future<Done> addApplications(const QString &t, const QString &org, const QStringList &appIds) override
    {
        return g.write<Done>(
            callOf(Operation::OrganizationsAddApplications, t, {}, org),
            [=, this] { return api().addApplications(t, org, appIds); }, appIds);
    }
    Future<Done> removeApplication(const QString &t, const QString &org, const QString &appId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsRemoveApplication, t, appId, org),
                             [=, this] { return api().removeApplication(t, org, appId); }, {appId});
    }
    Future<Done> setApplicationRoles(const QString &t, const QString &org, const QString &appId,
                                     const QStringList &roleIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetApplicationRoles, t, appId, org),
                             [=, this] { return api().setApplicationRoles(t, org, appId, roleIds); },
                             {appId});
    }

    Future<QList<OrganizationInvitation>> invitations(const QString &t, const QString &org) override
    {
        return g.read<QList<OrganizationInvitation>>(callOf(Operation::OrganizationsInvitations, t, {}, org),
                                                     [=, this] { return api().invitations(t, org); });
    }
    Future<OrganizationInvitation> createInvitation(const QString &t, const OrganizationInvitation &draft,
                                                    const QString &reason) override
    {
        BackendCall call =
            withReason(callOf(Operation::OrganizationsCreateInvitation, t, {}, draft.organizationId), reason);
        for (const OrganizationRole &role : draft.roles)
            call.roleIds.append(role.id);
        return g.write<OrganizationInvitation>(
            call, [=, this] { return api().createInvitation(t, draft, reason); },
            [t](const OrganizationInvitation &i) {
                return changeOf(Operation::OrganizationsCreateInvitation, t, i.organizationId);
            });
    }
    Future<OrganizationInvitation> revokeInvitation(const QString &t, const QString &invitationId,
                                                    const QString &reason) override
    {
        return g.write<OrganizationInvitation>(
            withReason(callOf(Operation::OrganizationsRevokeInvitation, t, invitationId), reason),
            [=, this] { return api().revokeInvitation(t, invitationId, reason); },
            [t](const OrganizationInvitation &i) {
                return changeOf(Operation::OrganizationsRevokeInvitation, t, i.organizationId);
            });
    }
    Future<OrganizationInvitation> acceptInvitation(const QString &t, const QString &invitationId,
                                                    const QString &userId) override
    {
        return g.write<OrganizationInvitation>(
            callOf(Operation::OrganizationsAcceptInvitation, t, invitationId),
            [=, this] { return api().acceptInvitation(t, invitationId, userId); },
            [t, userId](const OrganizationInvitation &i) {
                return changeOf(Operation::OrganizationsAcceptInvitation, t, i.organizationId, {userId});
            });
    }

    Future<OrganizationJit> jit(const QString &t, const QString &org) override
    {
        return g.read<OrganizationJit>(callOf(Operation::OrganizationsJit, t, {}, org),
                                       [=, this] { return api().jit(t, org); });
    }
    Future<Done> setJitEmailDomains(const QString &t, const QString &org, const QStringList &domains) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetJitEmailDomains, t, {}, org),
                             [=, this] { return api().setJitEmailDomains(t, org, domains); });
    }
    Future<Done> setJitSsoConnectors(const QString &t, const QString &org,
                                     const QStringList &connectorIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetJitSsoConnectors, t, {}, org),
                             [=, this] { return api().setJitSsoConnectors(t, org, connectorIds); });
    }
    Future<Done> setJitRoles(const QString &t, const QString &org, const QStringList &roleIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetJitRoles, t, {}, org),
                             [=, this] { return api().setJitRoles(t, org, roleIds); });
    }

private:
    OrganizationsApi &api() const { return g.inner().organizations(); }
    const Gate &g;
};

class SsoConnectors final : public SsoConnectorsApi
{
public:
    explicit SsoConnectors(const Gate &gate)
        : g(gate)
    {}
    Future<QList<SsoConnector>> list(const QString &t) override
    {
        return g.read<QList<SsoConnector>>(callOf(Operation::SsoConnectorsList, t),
                                           [=, this] { return api().list(t); });
    }
    Future<SsoConnector> get(const QString &t, const QString &id) override
    {
        return g.read<SsoConnector>(callOf(Operation::SsoConnectorsGet, t, id),
                                    [=, this] { return api().get(t, id); });
    }
    Future<SsoConnector> create(const QString &t, const SsoConnector &draft) override
    {
        return g.write<SsoConnector>(
            callOf(Operation::SsoConnectorsCreate, t), [=, this] { return api().create(t, draft); },
            [t](const SsoConnector &c) { return changeOf(Operation::SsoConnectorsCreate, t, c.id); });
    }
    Future<SsoConnector> update(const QString &t, const SsoConnector &connector) override
    {
        return g.write<SsoConnector>(callOf(Operation::SsoConnectorsUpdate, t, connector.id),
                                     [=, this] { return api().update(t, connector); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::SsoConnectorsRemove, t, id),
                             [=, this] { return api().remove(t, id); });
    }

private:
    SsoConnectorsApi &api() const { return g.inner().ssoConnectors(); }
    const Gate &g;
};

class SignInExperienceArea final : public SignInExperienceApi
{
public:
    explicit SignInExperienceArea(const Gate &gate)
        : g(gate)
    {}
    Future<SignInExperience> get(const QString &t) override
    {
        return g.read<SignInExperience>(callOf(Operation::SignInExperienceGet, t),
                                        [=, this] { return api().get(t); });
    }
    Future<SignInExperience> update(const QString &t, const SignInExperience &experience) override
    {
        return g.write<SignInExperience>(callOf(Operation::SignInExperienceUpdate, t),
                                         [=, this] { return api().update(t, experience); });
    }
    Future<AccessSnapshot> accessSnapshot(const QString &t, const QString &email) override
    {
        return g.read<AccessSnapshot>(callOf(Operation::SignInExperienceAccessSnapshot, t),
                                      [=, this] { return api().accessSnapshot(t, email); });
    }

private:
    SignInExperienceApi &api() const { return g.inner().signInExperience(); }
    const Gate &g;
};

class Logs final : public LogsApi
{
public:
    explicit Logs(const Gate &gate)
        : g(gate)
    {}
    Future<LogPage> page(const QString &t, const LogQuery &query, const LogCursor &after, int limit) override
    {
        return g.read<LogPage>(callOf(Operation::LogsPage, t),
                               [=, this] { return api().page(t, query, after, limit); });
    }
    Future<LogEvent> get(const QString &t, const QString &id) override
    {
        return g.read<LogEvent>(callOf(Operation::LogsGet, t, id), [=, this] { return api().get(t, id); });
    }
    Future<LogStats> stats(const QString &t, const LogQuery &query) override
    {
        return g.read<LogStats>(callOf(Operation::LogsStats, t), [=, this] { return api().stats(t, query); });
    }
    Future<Dashboard> dashboard(const QString &t, const QDate &day) override
    {
        return g.read<Dashboard>(callOf(Operation::LogsDashboard, t),
                                 [=, this] { return api().dashboard(t, day); });
    }
    Future<LogSyncState> syncState(const QString &t, const QString &source) override
    {
        return g.read<LogSyncState>(callOf(Operation::LogsSyncState, t),
                                    [=, this] { return api().syncState(t, source); });
    }
    Future<LogArchiveResult> archive(const QString &t, const QList<LogEvent> &events,
                                     const LogSyncState &state) override
    {
        return g.write<LogArchiveResult>(callOf(Operation::LogsArchive, t),
                                         [=, this] { return api().archive(t, events, state); });
    }
    Future<int> retentionDays(const QString &t) override
    {
        return g.read<int>(callOf(Operation::LogsRetentionDays, t),
                           [=, this] { return api().retentionDays(t); });
    }
    Future<qint64> setRetentionDays(const QString &t, int days) override
    {
        return g.write<qint64>(callOf(Operation::LogsSetRetentionDays, t),
                               [=, this] { return api().setRetentionDays(t, days); });
    }

private:
    LogsApi &api() const { return g.inner().logs(); }
    const Gate &g;
};

class Journal final : public JournalApi
{
public:
    explicit Journal(const Gate &gate)
        : g(gate)
    {}
    Future<QList<JournalEntry>> list(const JournalQuery &query) override
    {
        const BackendCall call = callOf(Operation::JournalList, query.tenantId);
        return g.read<QList<JournalEntry>>(
            call, [=, this] { return api().list(g.hooks().visibleJournal(call, query)); });
    }
    Future<JournalVerifyReport> verify() override
    {
        return g.read<JournalVerifyReport>(callOf(Operation::JournalVerify),
                                           [=, this] { return api().verify(); });
    }

private:
    JournalApi &api() const { return g.inner().journal(); }
    const Gate &g;
};

class Access final : public AccessControlApi
{
public:
    explicit Access(const Gate &gate)
        : g(gate)
    {}
    Future<policy::OperatorIdentity> whoami() override
    {
        return g.read<policy::OperatorIdentity>(callOf(Operation::AccessWhoami),
                                                [=, this] { return api().whoami(); });
    }
    Future<QList<policy::OperatorAccount>> operators() override
    {
        return g.read<QList<policy::OperatorAccount>>(callOf(Operation::AccessOperators),
                                                      [=, this] { return api().operators(); });
    }
    Future<policy::OperatorAccount> addOperator(const policy::OperatorAccount &draft,
                                                const QString &password) override
    {
        return g.write<policy::OperatorAccount>(callOf(Operation::AccessAddOperator, {}, draft.name),
                                                [=, this] { return api().addOperator(draft, password); });
    }
    Future<policy::OperatorAccount> updateOperator(const policy::OperatorAccount &account) override
    {
        return g.write<policy::OperatorAccount>(callOf(Operation::AccessUpdateOperator, {}, account.name),
                                                [=, this] { return api().updateOperator(account); });
    }
    Future<Done> removeOperator(const QString &name) override
    {
        return g.write<Done>(callOf(Operation::AccessRemoveOperator, {}, name),
                             [=, this] { return api().removeOperator(name); });
    }
    Future<policy::DelegationPolicy> delegation(const QString &t) override
    {
        return g.read<policy::DelegationPolicy>(callOf(Operation::AccessDelegation, t),
                                                [=, this] { return api().delegation(t); });
    }
    Future<policy::DelegationPolicy> setDelegation(const QString &t, policy::Ability ability,
                                                   const QString &organizationScopeId) override
    {
        return g.write<policy::DelegationPolicy>(callOf(Operation::AccessSetDelegation, t), [=, this] {
            return api().setDelegation(t, ability, organizationScopeId);
        });
    }
    Future<QList<policy::OrganizationAdmin>> organizationAdmins(const QString &t, const QString &org) override
    {
        return g.read<QList<policy::OrganizationAdmin>>(
            callOf(Operation::AccessOrganizationAdmins, t, {}, org),
            [=, this] { return api().organizationAdmins(t, org); });
    }
    Future<QList<policy::AdminGrant>> adminGrants(const QString &t, const QString &userId) override
    {
        return g.read<QList<policy::AdminGrant>>(callOf(Operation::AccessAdminGrants, t, userId),
                                                 [=, this] { return api().adminGrants(t, userId); });
    }

private:
    AccessControlApi &api() const { return g.inner().access(); }
    const Gate &g;
};

} // namespace

std::unique_ptr<UsersApi> decoratedUsers(const Gate &gate)
{
    return std::make_unique<Users>(gate);
}

std::unique_ptr<OrganizationTemplateApi> decoratedOrganizationTemplate(const Gate &gate)
{
    return std::make_unique<OrganizationTemplate>(gate);
}

std::unique_ptr<OrganizationsApi> decoratedOrganizations(const Gate &gate)
{
    return std::make_unique<Organizations>(gate);
}

std::unique_ptr<SsoConnectorsApi> decoratedSsoConnectors(const Gate &gate)
{
    return std::make_unique<SsoConnectors>(gate);
}

std::unique_ptr<SignInExperienceApi> decoratedSignInExperience(const Gate &gate)
{
    return std::make_unique<SignInExperienceArea>(gate);
}

std::unique_ptr<LogsApi> decoratedLogs(const Gate &gate)
{
    return std::make_unique<Logs>(gate);
}

std::unique_ptr<JournalApi> decoratedJournal(const Gate &gate)
{
    return std::make_unique<Journal>(gate);
}

std::unique_ptr<AccessControlApi> decoratedAccess(const Gate &gate)
{
    return std::make_unique<Access>(gate);
}

} // namespace gatehouse::detail
