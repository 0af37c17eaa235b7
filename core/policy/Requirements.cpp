#include "policy/Requirements.h"

namespace gatehouse::policy {

namespace {
using A = Ability;
using O = Operation;

Requirement make(Operation op)
{
    switch (op) {
    case O::TenantsList:
    case O::TenantsGet:
        return {A::TenantsRead};
    case O::TenantsCreate:
    case O::TenantsUpdate:
    case O::TenantsRemove:
        return {A::TenantsManage};

    case O::ApplicationsList:
    case O::ApplicationsGet:
    case O::ApplicationsSecrets:
    case O::ResourcesList:
    case O::ResourcesGet:
    case O::ResourcesScopes:
    case O::RolesList:
    case O::RolesGet:
    case O::RolesScopes:
    case O::RolesRolesOfApplication:
    case O::RolesApplicationsOfRole:
    case O::SsoConnectorsList:
    case O::SsoConnectorsGet:
        return {A::ConfigRead};
    case O::ApplicationsCreate:
    case O::ApplicationsUpdate:
    case O::ApplicationsRemove:
    case O::ApplicationsCreateSecret:
    case O::ApplicationsDeleteSecret:
    case O::ResourcesCreate:
    case O::ResourcesUpdate:
    case O::ResourcesRemove:
    case O::ResourcesCreateScope:
    case O::ResourcesUpdateScope:
    case O::ResourcesRemoveScope:
    case O::RolesCreate:
    case O::RolesUpdate:
    case O::RolesRemove:
    case O::RolesGrantScopes:
    case O::RolesRevokeScope:
    case O::RolesAssignToApplication:
    case O::RolesUnassignFromApplication:
    case O::OrganizationTemplateCreateScope:
    case O::OrganizationTemplateUpdateScope:
    case O::OrganizationTemplateRemoveScope:
    case O::OrganizationTemplateCreateRole:
    case O::OrganizationTemplateUpdateRole:
    case O::OrganizationTemplateRemoveRole:
    case O::OrganizationTemplateSetOrganizationScopes:
    case O::OrganizationTemplateSetResourceScopes:
    case O::SsoConnectorsCreate:
    case O::SsoConnectorsUpdate:
    case O::SsoConnectorsRemove:
    case O::SignInExperienceUpdate:
        return {A::ConfigWrite};
    // An organization admin reads the template to know the roles they hand out.
    case O::OrganizationTemplateScopes:
    case O::OrganizationTemplateRoles:
    case O::OrganizationTemplateGetRole:
    case O::OrganizationTemplateGrants:
        return {A::ConfigRead, A::OrgMembersView};
    // …and the sign-in experience to know whether requiring MFA is possible.
    case O::SignInExperienceGet:
        return {A::ConfigRead, A::OrgMfa};

    case O::UsersPage:
    case O::UsersAnchors:
    case O::UsersGet:
    case O::UsersMfaVerifications:
    case O::UsersRoles:
        return {A::UsersRead, A::OrgMembersView};
    case O::UsersCreate:
    case O::UsersUpdate:
    case O::UsersAssignRoles:
    case O::UsersRemoveRole:
        return {A::UsersWrite};
    case O::UsersRemove:
        return {A::UsersDelete};
    case O::UsersSetSuspended:
        return {A::UsersSuspend};
    case O::UsersSetPassword:
    case O::UsersSetPasswordExpired:
        return {A::UsersPassword, A::OrgMembersPassword};
    case O::UsersVerifyPassword:
        return {A::UsersVerifyPassword};
    case O::UsersRemoveMfaVerification:
        return {A::UsersMfa, A::OrgMembersMfa};
    case O::UsersImportUsers:
        return {A::UsersImport};
    case O::UsersExportUsers:
        return {A::UsersExport};
    case O::SignInExperienceAccessSnapshot:
        return {A::UsersRead};

    case O::OrganizationsList:
    case O::OrganizationsGet:
    case O::OrganizationsMembers:
    case O::OrganizationsEffectivePermissions:
        return {A::OrgsRead, A::OrgMembersView};
    case O::OrganizationsOrganizationsOfUser:
        return {A::UsersRead, A::OrgMembersView};
    case O::OrganizationsApplications:
        return {A::OrgsRead};
    case O::OrganizationsCreate:
    case O::OrganizationsRemove:
    case O::OrganizationsAddApplications:
    case O::OrganizationsRemoveApplication:
    case O::OrganizationsSetApplicationRoles:
    case O::OrganizationsAcceptInvitation:
    case O::OrganizationsSetJitSsoConnectors:
    case O::OrganizationsSetJitRoles:
        return {A::OrgsWrite};
    // Which delegated ability a change needs depends on the fields it changes (see the hooks).
    case O::OrganizationsUpdate:
        return {A::OrgsWrite, A::OrgMfa};
    case O::OrganizationsAddMembers:
        return {A::OrgsWrite, A::OrgMembersInvite};
    case O::OrganizationsRemoveMember:
        return {A::OrgsWrite, A::OrgMembersRemove};
    case O::OrganizationsSetMemberRoles:
    case O::OrganizationsAssignMemberRoles:
        return {A::OrgsWrite, A::OrgMembersRoles};
    case O::OrganizationsInvitations:
        return {A::OrgsRead, A::OrgMembersInvite};
    case O::OrganizationsCreateInvitation:
    case O::OrganizationsRevokeInvitation:
        return {A::InvitationsManage, A::OrgMembersInvite, true};
    case O::OrganizationsJit:
        return {A::OrgsRead, A::OrgJitDomains};
    case O::OrganizationsSetJitEmailDomains:
        return {A::OrgsWrite, A::OrgJitDomains};

    case O::LogsPage:
    case O::LogsGet:
    case O::LogsStats:
    case O::LogsDashboard:
    case O::LogsSyncState:
    case O::LogsRetentionDays:
        return {A::LogsRead};
    case O::LogsArchive:
    case O::LogsSetRetentionDays:
        return {A::LogsArchive};

    case O::JournalList:
        return {A::JournalRead};
    case O::JournalVerify:
        return {A::JournalVerify};

    case O::AccessWhoami:
        return {A::TenantsRead};
    case O::AccessOperators:
        return {A::OperatorsRead};
    case O::AccessAddOperator:
    case O::AccessUpdateOperator:
    case O::AccessRemoveOperator:
        return {A::OperatorsManage};
    case O::AccessDelegation:
    case O::AccessOrganizationAdmins:
        return {A::OrgsRead, A::OrgMembersView};
    case O::AccessSetDelegation:
        return {A::DelegationManage};
    case O::AccessAdminGrants:
        return {A::OrgsRead};
    }
    return {A::OperatorsManage};
}
} // namespace

const Requirement &requirementOf(Operation operation)
{
    static const QList<Requirement> table = [] {
        QList<Requirement> out;
        for (Operation op : allOperations())
            out.append(make(op));
        return out;
    }();
    return table[static_cast<qsizetype>(operation)];
}

Ability tenantWideCounterpart(Ability delegable)
{
    switch (delegable) {
    case A::OrgMembersView:
        return A::OrgsRead;
    case A::OrgMembersInvite:
        return A::InvitationsManage;
    case A::OrgMembersPassword:
        return A::UsersPassword;
    case A::OrgMembersMfa:
        return A::UsersMfa;
    case A::OrgMembersRemove:
    case A::OrgMembersRoles:
    case A::OrgMfa:
    case A::OrgBranding:
    case A::OrgJitDomains:
        return A::OrgsWrite;
    default:
        return delegable;
    }
}

} // namespace gatehouse::policy
