#pragma once

#include "backend/Change.h"

#include <QList>
#include <QString>

namespace gatehouse {

/// Every operation of the Backend interface, one value per method, named "<area>.<method>"
/// ("applications.create"). Decorators (BackendDecorator) see each call as one of these, so a
/// rule that concerns calls — who may make them, what they change — is written once per
/// operation, not once per backend.
enum class Operation {
    TenantsList,
    TenantsGet,
    TenantsCreate,
    TenantsUpdate,
    TenantsRemove,
    ApplicationsList,
    ApplicationsGet,
    ApplicationsCreate,
    ApplicationsUpdate,
    ApplicationsRemove,
    ApplicationsSecrets,
    ApplicationsCreateSecret,
    ApplicationsDeleteSecret,
    ResourcesList,
    ResourcesGet,
    ResourcesCreate,
    ResourcesUpdate,
    ResourcesRemove,
    ResourcesScopes,
    ResourcesCreateScope,
    ResourcesUpdateScope,
    ResourcesRemoveScope,
    RolesList,
    RolesGet,
    RolesCreate,
    RolesUpdate,
    RolesRemove,
    RolesScopes,
    RolesGrantScopes,
    RolesRevokeScope,
    RolesAssignToApplication,
    RolesUnassignFromApplication,
    RolesRolesOfApplication,
    RolesApplicationsOfRole,
    UsersPage,
    UsersAnchors,
    UsersGet,
    UsersCreate,
    UsersUpdate,
    UsersRemove,
    UsersSetSuspended,
    UsersSetPassword,
    UsersSetPasswordExpired,
    UsersVerifyPassword,
    UsersMfaVerifications,
    UsersRemoveMfaVerification,
    UsersRoles,
    UsersAssignRoles,
    UsersRemoveRole,
    UsersImportUsers,
    UsersExportUsers,
    OrganizationTemplateScopes,
    OrganizationTemplateCreateScope,
    OrganizationTemplateUpdateScope,
    OrganizationTemplateRemoveScope,
    OrganizationTemplateRoles,
    OrganizationTemplateGetRole,
    OrganizationTemplateCreateRole,
    OrganizationTemplateUpdateRole,
    OrganizationTemplateRemoveRole,
    OrganizationTemplateGrants,
    OrganizationTemplateSetOrganizationScopes,
    OrganizationTemplateSetResourceScopes,
    OrganizationsList,
    OrganizationsGet,
    OrganizationsCreate,
    OrganizationsUpdate,
    OrganizationsRemove,
    OrganizationsMembers,
    OrganizationsAddMembers,
    OrganizationsRemoveMember,
    OrganizationsSetMemberRoles,
    OrganizationsAssignMemberRoles,
    OrganizationsEffectivePermissions,
    OrganizationsOrganizationsOfUser,
    OrganizationsApplications,
    OrganizationsAddApplications,
    OrganizationsRemoveApplication,
    OrganizationsSetApplicationRoles,
    OrganizationsInvitations,
    OrganizationsCreateInvitation,
    OrganizationsRevokeInvitation,
    OrganizationsAcceptInvitation,
    OrganizationsJit,
    OrganizationsSetJitEmailDomains,
    OrganizationsSetJitSsoConnectors,
    OrganizationsSetJitRoles,
    SsoConnectorsList,
    SsoConnectorsGet,
    SsoConnectorsCreate,
    SsoConnectorsUpdate,
    SsoConnectorsRemove,
    SignInExperienceGet,
    SignInExperienceUpdate,
    SignInExperienceAccessSnapshot,
    LogsPage,
    LogsGet,
    LogsStats,
    LogsDashboard,
    LogsSyncState,
    LogsArchive,
    LogsRetentionDays,
    LogsSetRetentionDays,
    JournalList,
    JournalVerify,
    AccessWhoami,
    AccessOperators,
    AccessAddOperator,
    AccessUpdateOperator,
    AccessRemoveOperator,
    AccessDelegation,
    AccessSetDelegation,
    AccessOrganizationAdmins,
    AccessAdminGrants,
};

struct OperationInfo
{
    Operation operation;
    const char *name; ///< stable machine name: "organizations.addMembers"
    ChangeArea area;  ///< the area a successful mutation changes
    bool mutates;     ///< changes stored state (and is journaled)
};

/// The description of `operation`.
const OperationInfo &operationInfo(Operation operation);
/// operationInfo(operation).name as a QString.
QString operationName(Operation operation);
/// Every operation, in declaration order.
const QList<Operation> &allOperations();

} // namespace gatehouse
