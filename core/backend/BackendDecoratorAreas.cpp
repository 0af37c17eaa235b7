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
        return g.read<UserPage>(callOf(Operation::UsersPage, t),
                                [&] { return api().page(t, query, after, limit); });
    }
    Future<UserAnchors> anchors(const QString &t, const UserQuery &query, int every) override
    {
        return g.read<UserAnchors>(callOf(Operation::UsersAnchors, t),
                                   [&] { return api().anchors(t, query, every); });
    }
    Future<User> get(const QString &t, const QString &id) override
    {
        return g.read<User>(callOf(Operation::UsersGet, t, id), [&] { return api().get(t, id); });
    }
    Future<User> create(const QString &t, const User &draft, const QString &password) override
    {
        return g.write<User>(
            callOf(Operation::UsersCreate, t), [&] { return api().create(t, draft, password); },
            [t](const User &u) { return changeOf(Operation::UsersCreate, t, u.id); });
    }
    Future<User> update(const QString &t, const User &user) override
    {
        return g.write<User>(callOf(Operation::UsersUpdate, t, user.id),
                             [&] { return api().update(t, user); });
    }
    Future<Done> remove(const QString &t, const QString &id, const QString &reason) override
    {
        return g.write<Done>(callOf(Operation::UsersRemove, t, id),
                             [&] { return api().remove(t, id, reason); });
    }
    Future<User> setSuspended(const QString &t, const QString &id, bool suspended,
                              const QString &reason) override
    {
        return g.write<User>(callOf(Operation::UsersSetSuspended, t, id),
                             [&] { return api().setSuspended(t, id, suspended, reason); });
    }
    Future<User> setPassword(const QString &t, const QString &id, const QString &password,
                             const QString &reason) override
    {
        return g.write<User>(callOf(Operation::UsersSetPassword, t, id),
                             [&] { return api().setPassword(t, id, password, reason); });
    }
    Future<User> setPasswordExpired(const QString &t, const QString &id, bool expired,
                                    const QString &reason) override
    {
        return g.write<User>(callOf(Operation::UsersSetPasswordExpired, t, id),
                             [&] { return api().setPasswordExpired(t, id, expired, reason); });
    }
    Future<bool> verifyPassword(const QString &t, const QString &id, const QString &password) override
    {
        return g.read<bool>(callOf(Operation::UsersVerifyPassword, t, id),
                            [&] { return api().verifyPassword(t, id, password); });
    }
    Future<QList<MfaVerification>> mfaVerifications(const QString &t, const QString &userId) override
    {
        return g.read<QList<MfaVerification>>(callOf(Operation::UsersMfaVerifications, t, userId),
                                              [&] { return api().mfaVerifications(t, userId); });
    }
    Future<Done> removeMfaVerification(const QString &t, const QString &userId, const QString &verificationId,
                                       const QString &reason) override
    {
        return g.write<Done>(callOf(Operation::UsersRemoveMfaVerification, t, userId),
                             [&] { return api().removeMfaVerification(t, userId, verificationId, reason); });
    }
    Future<QList<Role>> roles(const QString &t, const QString &userId) override
    {
        return g.read<QList<Role>>(callOf(Operation::UsersRoles, t, userId),
                                   [&] { return api().roles(t, userId); });
    }
    Future<Done> assignRoles(const QString &t, const QString &userId, const QStringList &roleIds) override
    {
        return g.write<Done>(
            callOf(Operation::UsersAssignRoles, t, userId),
            [&] { return api().assignRoles(t, userId, roleIds); }, roleIds);
    }
    Future<Done> removeRole(const QString &t, const QString &userId, const QString &roleId) override
    {
        return g.write<Done>(callOf(Operation::UsersRemoveRole, t, userId),
                             [&] { return api().removeRole(t, userId, roleId); }, {roleId});
    }
    Future<ImportReport> importUsers(const QString &t, const QString &filePath, const ImportOptions &options,
                                     std::shared_ptr<ImportControl> control) override
    {
        return g.write<ImportReport>(
            callOf(Operation::UsersImportUsers, t),
            [&] { return api().importUsers(t, filePath, options, control); },
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
        return g.write<ExportReport>(callOf(Operation::UsersExportUsers, t),
                                     [&] { return api().exportUsers(t, query, filePath, options, control); });
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
                                                [&] { return api().scopes(t); });
    }
    Future<OrganizationScope> createScope(const QString &t, const OrganizationScope &draft) override
    {
        return g.write<OrganizationScope>(
            callOf(Operation::OrganizationTemplateCreateScope, t),
            [&] { return api().createScope(t, draft); },
            [t](const OrganizationScope &s) {
                return changeOf(Operation::OrganizationTemplateCreateScope, t, s.id);
            });
    }
    Future<OrganizationScope> updateScope(const QString &t, const OrganizationScope &scope) override
    {
        return g.write<OrganizationScope>(callOf(Operation::OrganizationTemplateUpdateScope, t, scope.id),
                                          [&] { return api().updateScope(t, scope); });
    }
    Future<Done> removeScope(const QString &t, const QString &scopeId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateRemoveScope, t, scopeId),
                             [&] { return api().removeScope(t, scopeId); });
    }
    Future<QList<OrganizationRole>> roles(const QString &t) override
    {
        return g.read<QList<OrganizationRole>>(callOf(Operation::OrganizationTemplateRoles, t),
                                               [&] { return api().roles(t); });
    }
    Future<OrganizationRole> getRole(const QString &t, const QString &roleId) override
    {
        return g.read<OrganizationRole>(callOf(Operation::OrganizationTemplateGetRole, t, roleId),
                                        [&] { return api().getRole(t, roleId); });
    }
    Future<OrganizationRole> createRole(const QString &t, const OrganizationRole &draft) override
    {
        return g.write<OrganizationRole>(
            callOf(Operation::OrganizationTemplateCreateRole, t), [&] { return api().createRole(t, draft); },
            [t](const OrganizationRole &r) {
                return changeOf(Operation::OrganizationTemplateCreateRole, t, r.id);
            });
    }
    Future<OrganizationRole> updateRole(const QString &t, const OrganizationRole &role) override
    {
        return g.write<OrganizationRole>(callOf(Operation::OrganizationTemplateUpdateRole, t, role.id),
                                         [&] { return api().updateRole(t, role); });
    }
    Future<Done> removeRole(const QString &t, const QString &roleId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateRemoveRole, t, roleId),
                             [&] { return api().removeRole(t, roleId); });
    }
    Future<OrganizationRoleGrants> grants(const QString &t, const QString &roleId) override
    {
        return g.read<OrganizationRoleGrants>(callOf(Operation::OrganizationTemplateGrants, t, roleId),
                                              [&] { return api().grants(t, roleId); });
    }
    Future<Done> setOrganizationScopes(const QString &t, const QString &roleId,
                                       const QStringList &ids) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateSetOrganizationScopes, t, roleId),
                             [&] { return api().setOrganizationScopes(t, roleId, ids); });
    }
    Future<Done> setResourceScopes(const QString &t, const QString &roleId, const QStringList &ids) override
    {
        return g.write<Done>(callOf(Operation::OrganizationTemplateSetResourceScopes, t, roleId),
                             [&] { return api().setResourceScopes(t, roleId, ids); });
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
        return g.read<QList<Organization>>(callOf(Operation::OrganizationsList, t),
                                           [&] { return api().list(t, q); });
    }
    Future<Organization> get(const QString &t, const QString &id) override
    {
        return g.read<Organization>(callOf(Operation::OrganizationsGet, t, {}, id),
                                    [&] { return api().get(t, id); });
    }
    Future<Organization> create(const QString &t, const Organization &draft) override
    {
        return g.write<Organization>(
            callOf(Operation::OrganizationsCreate, t), [&] { return api().create(t, draft); },
            [t](const Organization &o) { return changeOf(Operation::OrganizationsCreate, t, o.id); });
    }
    Future<Organization> update(const QString &t, const Organization &organization) override
    {
        return g.write<Organization>(callOf(Operation::OrganizationsUpdate, t, {}, organization.id),
                                     [&] { return api().update(t, organization); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsRemove, t, {}, id),
                             [&] { return api().remove(t, id); });
    }

    Future<MemberPage> members(const QString &t, const QString &org, const MemberQuery &query) override
    {
        return g.read<MemberPage>(callOf(Operation::OrganizationsMembers, t, {}, org),
                                  [&] { return api().members(t, org, query); });
    }
    Future<Done> addMembers(const QString &t, const QString &org, const QStringList &userIds,
                            const QStringList &roleIds) override
    {
        return g.write<Done>(
            callOf(Operation::OrganizationsAddMembers, t, {}, org),
            [&] { return api().addMembers(t, org, userIds, roleIds); }, userIds);
    }
    Future<Done> removeMember(const QString &t, const QString &org, const QString &userId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsRemoveMember, t, userId, org),
                             [&] { return api().removeMember(t, org, userId); }, {userId});
    }
    Future<Done> setMemberRoles(const QString &t, const QString &org, const QString &userId,
                                const QStringList &roleIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetMemberRoles, t, userId, org),
                             [&] { return api().setMemberRoles(t, org, userId, roleIds); }, {userId});
    }
    Future<Done> assignMemberRoles(const QString &t, const QString &org, const QStringList &userIds,
                                   const QStringList &roleIds) override
    {
        return g.write<Done>(
            callOf(Operation::OrganizationsAssignMemberRoles, t, {}, org),
            [&] { return api().assignMemberRoles(t, org, userIds, roleIds); }, userIds);
    }
    Future<QList<EffectivePermission>> effectivePermissions(const QString &t, const QString &org,
                                                            const QString &userId) override
    {
        return g.read<QList<EffectivePermission>>(
            callOf(Operation::OrganizationsEffectivePermissions, t, userId, org),
            [&] { return api().effectivePermissions(t, org, userId); });
    }
    Future<QList<UserOrganization>> organizationsOfUser(const QString &t, const QString &userId) override
    {
        return g.read<QList<UserOrganization>>(callOf(Operation::OrganizationsOrganizationsOfUser, t, userId),
                                               [&] { return api().organizationsOfUser(t, userId); });
    }

    Future<QList<OrganizationApplication>> applications(const QString &t, const QString &org) override
    {
        return g.read<QList<OrganizationApplication>>(
            callOf(Operation::OrganizationsApplications, t, {}, org),
            [&] { return api().applications(t, org); });
    }
    Future<Done> addApplications(const QString &t, const QString &org, const QStringList &appIds) override
    {
        return g.write<Done>(
            callOf(Operation::OrganizationsAddApplications, t, {}, org),
            [&] { return api().addApplications(t, org, appIds); }, appIds);
    }
    Future<Done> removeApplication(const QString &t, const QString &org, const QString &appId) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsRemoveApplication, t, appId, org),
                             [&] { return api().removeApplication(t, org, appId); }, {appId});
    }
    Future<Done> setApplicationRoles(const QString &t, const QString &org, const QString &appId,
                                     const QStringList &roleIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetApplicationRoles, t, appId, org),
                             [&] { return api().setApplicationRoles(t, org, appId, roleIds); }, {appId});
    }

    Future<QList<OrganizationInvitation>> invitations(const QString &t, const QString &org) override
    {
        return g.read<QList<OrganizationInvitation>>(callOf(Operation::OrganizationsInvitations, t, {}, org),
                                                     [&] { return api().invitations(t, org); });
    }
    Future<OrganizationInvitation> createInvitation(const QString &t,
                                                    const OrganizationInvitation &draft) override
    {
        return g.write<OrganizationInvitation>(
            callOf(Operation::OrganizationsCreateInvitation, t, {}, draft.organizationId),
            [&] { return api().createInvitation(t, draft); },
            [t](const OrganizationInvitation &i) {
                return changeOf(Operation::OrganizationsCreateInvitation, t, i.organizationId);
            });
    }
    Future<OrganizationInvitation> revokeInvitation(const QString &t, const QString &invitationId) override
    {
        return g.write<OrganizationInvitation>(
            callOf(Operation::OrganizationsRevokeInvitation, t, invitationId),
            [&] { return api().revokeInvitation(t, invitationId); },
            [t](const OrganizationInvitation &i) {
                return changeOf(Operation::OrganizationsRevokeInvitation, t, i.organizationId);
            });
    }
    Future<OrganizationInvitation> acceptInvitation(const QString &t, const QString &invitationId,
                                                    const QString &userId) override
    {
        return g.write<OrganizationInvitation>(
            callOf(Operation::OrganizationsAcceptInvitation, t, invitationId),
            [&] { return api().acceptInvitation(t, invitationId, userId); },
            [t, userId](const OrganizationInvitation &i) {
                return changeOf(Operation::OrganizationsAcceptInvitation, t, i.organizationId, {userId});
            });
    }

    Future<OrganizationJit> jit(const QString &t, const QString &org) override
    {
        return g.read<OrganizationJit>(callOf(Operation::OrganizationsJit, t, {}, org),
                                       [&] { return api().jit(t, org); });
    }
    Future<Done> setJitEmailDomains(const QString &t, const QString &org, const QStringList &domains) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetJitEmailDomains, t, {}, org),
                             [&] { return api().setJitEmailDomains(t, org, domains); });
    }
    Future<Done> setJitSsoConnectors(const QString &t, const QString &org,
                                     const QStringList &connectorIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetJitSsoConnectors, t, {}, org),
                             [&] { return api().setJitSsoConnectors(t, org, connectorIds); });
    }
    Future<Done> setJitRoles(const QString &t, const QString &org, const QStringList &roleIds) override
    {
        return g.write<Done>(callOf(Operation::OrganizationsSetJitRoles, t, {}, org),
                             [&] { return api().setJitRoles(t, org, roleIds); });
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
                                           [&] { return api().list(t); });
    }
    Future<SsoConnector> get(const QString &t, const QString &id) override
    {
        return g.read<SsoConnector>(callOf(Operation::SsoConnectorsGet, t, id),
                                    [&] { return api().get(t, id); });
    }
    Future<SsoConnector> create(const QString &t, const SsoConnector &draft) override
    {
        return g.write<SsoConnector>(
            callOf(Operation::SsoConnectorsCreate, t), [&] { return api().create(t, draft); },
            [t](const SsoConnector &c) { return changeOf(Operation::SsoConnectorsCreate, t, c.id); });
    }
    Future<SsoConnector> update(const QString &t, const SsoConnector &connector) override
    {
        return g.write<SsoConnector>(callOf(Operation::SsoConnectorsUpdate, t, connector.id),
                                     [&] { return api().update(t, connector); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::SsoConnectorsRemove, t, id),
                             [&] { return api().remove(t, id); });
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
                                        [&] { return api().get(t); });
    }
    Future<SignInExperience> update(const QString &t, const SignInExperience &experience) override
    {
        return g.write<SignInExperience>(callOf(Operation::SignInExperienceUpdate, t),
                                         [&] { return api().update(t, experience); });
    }
    Future<AccessSnapshot> accessSnapshot(const QString &t, const QString &email) override
    {
        return g.read<AccessSnapshot>(callOf(Operation::SignInExperienceAccessSnapshot, t),
                                      [&] { return api().accessSnapshot(t, email); });
    }

private:
    SignInExperienceApi &api() const { return g.inner().signInExperience(); }
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
        return g.read<QList<JournalEntry>>(callOf(Operation::JournalList, query.tenantId),
                                           [&] { return api().list(query); });
    }
    Future<JournalVerifyReport> verify() override
    {
        return g.read<JournalVerifyReport>(callOf(Operation::JournalVerify), [&] { return api().verify(); });
    }

private:
    JournalApi &api() const { return g.inner().journal(); }
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

std::unique_ptr<JournalApi> decoratedJournal(const Gate &gate)
{
    return std::make_unique<Journal>(gate);
}

} // namespace gatehouse::detail
