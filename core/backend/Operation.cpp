#include "backend/Operation.h"

#include <iterator>

namespace gatehouse {

namespace {
constexpr OperationInfo operationTable[] = {
    {Operation::TenantsList, "tenants.list", ChangeArea::Tenants, false},
    {Operation::TenantsGet, "tenants.get", ChangeArea::Tenants, false},
    {Operation::TenantsCreate, "tenants.create", ChangeArea::Tenants, true},
    {Operation::TenantsUpdate, "tenants.update", ChangeArea::Tenants, true},
    {Operation::TenantsRemove, "tenants.remove", ChangeArea::Tenants, true},
    {Operation::ApplicationsList, "applications.list", ChangeArea::Applications, false},
    {Operation::ApplicationsGet, "applications.get", ChangeArea::Applications, false},
    {Operation::ApplicationsCreate, "applications.create", ChangeArea::Applications, true},
    {Operation::ApplicationsUpdate, "applications.update", ChangeArea::Applications, true},
    {Operation::ApplicationsRemove, "applications.remove", ChangeArea::Applications, true},
    {Operation::ApplicationsSecrets, "applications.secrets", ChangeArea::Applications, false},
    {Operation::ApplicationsCreateSecret, "applications.createSecret", ChangeArea::Applications, true},
    {Operation::ApplicationsDeleteSecret, "applications.deleteSecret", ChangeArea::Applications, true},
    {Operation::ResourcesList, "resources.list", ChangeArea::Resources, false},
    {Operation::ResourcesGet, "resources.get", ChangeArea::Resources, false},
    {Operation::ResourcesCreate, "resources.create", ChangeArea::Resources, true},
    {Operation::ResourcesUpdate, "resources.update", ChangeArea::Resources, true},
    {Operation::ResourcesRemove, "resources.remove", ChangeArea::Resources, true},
    {Operation::ResourcesScopes, "resources.scopes", ChangeArea::Resources, false},
    {Operation::ResourcesCreateScope, "resources.createScope", ChangeArea::Resources, true},
    {Operation::ResourcesUpdateScope, "resources.updateScope", ChangeArea::Resources, true},
    {Operation::ResourcesRemoveScope, "resources.removeScope", ChangeArea::Resources, true},
    {Operation::RolesList, "roles.list", ChangeArea::Roles, false},
    {Operation::RolesGet, "roles.get", ChangeArea::Roles, false},
    {Operation::RolesCreate, "roles.create", ChangeArea::Roles, true},
    {Operation::RolesUpdate, "roles.update", ChangeArea::Roles, true},
    {Operation::RolesRemove, "roles.remove", ChangeArea::Roles, true},
    {Operation::RolesScopes, "roles.scopes", ChangeArea::Roles, false},
    {Operation::RolesGrantScopes, "roles.grantScopes", ChangeArea::Roles, true},
    {Operation::RolesRevokeScope, "roles.revokeScope", ChangeArea::Roles, true},
    {Operation::RolesAssignToApplication, "roles.assignToApplication", ChangeArea::Roles, true},
    {Operation::RolesUnassignFromApplication, "roles.unassignFromApplication", ChangeArea::Roles, true},
    {Operation::RolesRolesOfApplication, "roles.rolesOfApplication", ChangeArea::Roles, false},
    {Operation::RolesApplicationsOfRole, "roles.applicationsOfRole", ChangeArea::Roles, false},
    {Operation::UsersPage, "users.page", ChangeArea::Users, false},
    {Operation::UsersAnchors, "users.anchors", ChangeArea::Users, false},
    {Operation::UsersGet, "users.get", ChangeArea::Users, false},
    {Operation::UsersCreate, "users.create", ChangeArea::Users, true},
    {Operation::UsersUpdate, "users.update", ChangeArea::Users, true},
    {Operation::UsersRemove, "users.remove", ChangeArea::Users, true},
    {Operation::UsersSetSuspended, "users.setSuspended", ChangeArea::Users, true},
    {Operation::UsersSetPassword, "users.setPassword", ChangeArea::Users, true},
    {Operation::UsersSetPasswordExpired, "users.setPasswordExpired", ChangeArea::Users, true},
    {Operation::UsersVerifyPassword, "users.verifyPassword", ChangeArea::Users, false},
    {Operation::UsersMfaVerifications, "users.mfaVerifications", ChangeArea::Users, false},
    {Operation::UsersRemoveMfaVerification, "users.removeMfaVerification", ChangeArea::Users, true},
    {Operation::UsersRoles, "users.roles", ChangeArea::Users, false},
    {Operation::UsersAssignRoles, "users.assignRoles", ChangeArea::Users, true},
    {Operation::UsersRemoveRole, "users.removeRole", ChangeArea::Users, true},
    {Operation::UsersImportUsers, "users.importUsers", ChangeArea::Users, true},
    {Operation::UsersExportUsers, "users.exportUsers", ChangeArea::Journal, true},
    {Operation::OrganizationTemplateScopes, "organizationTemplate.scopes", ChangeArea::OrganizationTemplate,
     false},
    {Operation::OrganizationTemplateCreateScope, "organizationTemplate.createScope",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateUpdateScope, "organizationTemplate.updateScope",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateRemoveScope, "organizationTemplate.removeScope",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateRoles, "organizationTemplate.roles", ChangeArea::OrganizationTemplate,
     false},
    {Operation::OrganizationTemplateGetRole, "organizationTemplate.getRole", ChangeArea::OrganizationTemplate,
     false},
    {Operation::OrganizationTemplateCreateRole, "organizationTemplate.createRole",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateUpdateRole, "organizationTemplate.updateRole",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateRemoveRole, "organizationTemplate.removeRole",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateGrants, "organizationTemplate.grants", ChangeArea::OrganizationTemplate,
     false},
    {Operation::OrganizationTemplateSetOrganizationScopes, "organizationTemplate.setOrganizationScopes",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationTemplateSetResourceScopes, "organizationTemplate.setResourceScopes",
     ChangeArea::OrganizationTemplate, true},
    {Operation::OrganizationsList, "organizations.list", ChangeArea::Organizations, false},
    {Operation::OrganizationsGet, "organizations.get", ChangeArea::Organizations, false},
    {Operation::OrganizationsCreate, "organizations.create", ChangeArea::Organizations, true},
    {Operation::OrganizationsUpdate, "organizations.update", ChangeArea::Organizations, true},
    {Operation::OrganizationsRemove, "organizations.remove", ChangeArea::Organizations, true},
    {Operation::OrganizationsMembers, "organizations.members", ChangeArea::Organizations, false},
    {Operation::OrganizationsAddMembers, "organizations.addMembers", ChangeArea::Organizations, true},
    {Operation::OrganizationsRemoveMember, "organizations.removeMember", ChangeArea::Organizations, true},
    {Operation::OrganizationsSetMemberRoles, "organizations.setMemberRoles", ChangeArea::Organizations, true},
    {Operation::OrganizationsAssignMemberRoles, "organizations.assignMemberRoles", ChangeArea::Organizations,
     true},
    {Operation::OrganizationsEffectivePermissions, "organizations.effectivePermissions",
     ChangeArea::Organizations, false},
    {Operation::OrganizationsOrganizationsOfUser, "organizations.organizationsOfUser",
     ChangeArea::Organizations, false},
    {Operation::OrganizationsApplications, "organizations.applications", ChangeArea::Organizations, false},
    {Operation::OrganizationsAddApplications, "organizations.addApplications", ChangeArea::Organizations,
     true},
    {Operation::OrganizationsRemoveApplication, "organizations.removeApplication", ChangeArea::Organizations,
     true},
    {Operation::OrganizationsSetApplicationRoles, "organizations.setApplicationRoles",
     ChangeArea::Organizations, true},
    {Operation::OrganizationsInvitations, "organizations.invitations", ChangeArea::Organizations, false},
    {Operation::OrganizationsCreateInvitation, "organizations.createInvitation", ChangeArea::Organizations,
     true},
    {Operation::OrganizationsRevokeInvitation, "organizations.revokeInvitation", ChangeArea::Organizations,
     true},
    {Operation::OrganizationsAcceptInvitation, "organizations.acceptInvitation", ChangeArea::Organizations,
     true},
    {Operation::OrganizationsJit, "organizations.jit", ChangeArea::Organizations, false},
    {Operation::OrganizationsSetJitEmailDomains, "organizations.setJitEmailDomains",
     ChangeArea::Organizations, true},
    {Operation::OrganizationsSetJitSsoConnectors, "organizations.setJitSsoConnectors",
     ChangeArea::Organizations, true},
    {Operation::OrganizationsSetJitRoles, "organizations.setJitRoles", ChangeArea::Organizations, true},
    {Operation::SsoConnectorsList, "ssoConnectors.list", ChangeArea::SsoConnectors, false},
    {Operation::SsoConnectorsGet, "ssoConnectors.get", ChangeArea::SsoConnectors, false},
    {Operation::SsoConnectorsCreate, "ssoConnectors.create", ChangeArea::SsoConnectors, true},
    {Operation::SsoConnectorsUpdate, "ssoConnectors.update", ChangeArea::SsoConnectors, true},
    {Operation::SsoConnectorsRemove, "ssoConnectors.remove", ChangeArea::SsoConnectors, true},
    {Operation::SignInExperienceGet, "signInExperience.get", ChangeArea::SignInExperience, false},
    {Operation::SignInExperienceUpdate, "signInExperience.update", ChangeArea::SignInExperience, true},
    {Operation::SignInExperienceAccessSnapshot, "signInExperience.accessSnapshot",
     ChangeArea::SignInExperience, false},
    {Operation::LogsPage, "logs.page", ChangeArea::Logs, false},
    {Operation::LogsGet, "logs.get", ChangeArea::Logs, false},
    {Operation::LogsStats, "logs.stats", ChangeArea::Logs, false},
    {Operation::LogsDashboard, "logs.dashboard", ChangeArea::Logs, false},
    {Operation::LogsSyncState, "logs.syncState", ChangeArea::Logs, false},
    {Operation::LogsArchive, "logs.archive", ChangeArea::Logs, true},
    {Operation::LogsRetentionDays, "logs.retentionDays", ChangeArea::Logs, false},
    {Operation::LogsSetRetentionDays, "logs.setRetentionDays", ChangeArea::Logs, true},
    {Operation::JournalList, "journal.list", ChangeArea::Journal, false},
    {Operation::JournalVerify, "journal.verify", ChangeArea::Journal, false},
    {Operation::AccessWhoami, "access.whoami", ChangeArea::Access, false},
    {Operation::AccessOperators, "access.operators", ChangeArea::Access, false},
    {Operation::AccessAddOperator, "access.addOperator", ChangeArea::Access, true},
    {Operation::AccessUpdateOperator, "access.updateOperator", ChangeArea::Access, true},
    {Operation::AccessRemoveOperator, "access.removeOperator", ChangeArea::Access, true},
    {Operation::AccessDelegation, "access.delegation", ChangeArea::Access, false},
    {Operation::AccessSetDelegation, "access.setDelegation", ChangeArea::Access, true},
    {Operation::AccessOrganizationAdmins, "access.organizationAdmins", ChangeArea::Access, false},
    {Operation::AccessAdminGrants, "access.adminGrants", ChangeArea::Access, false},
};
} // namespace

const OperationInfo &operationInfo(Operation operation)
{
    const auto index = static_cast<std::size_t>(operation);
    Q_ASSERT(index < std::size(operationTable) && operationTable[index].operation == operation);
    return operationTable[index];
}

QString operationName(Operation operation)
{
    return QString::fromLatin1(operationInfo(operation).name);
}

const QList<Operation> &allOperations()
{
    static const QList<Operation> all = [] {
        QList<Operation> out;
        for (const OperationInfo &info : operationTable)
            out.append(info.operation);
        return out;
    }();
    return all;
}

} // namespace gatehouse
