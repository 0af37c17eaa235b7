#include "local/Migrations.h"

namespace gatehouse::local {

/// Schema version 4: the organization template (organization scopes and roles), organizations
/// with members, member roles, machine-to-machine applications, invitations and just-in-time
/// provisioning; enterprise SSO connectors with their email domains; the sign-in experience
/// (enterprise SSO switch and MFA policy).
///
/// Every relation row goes away with either end (ON DELETE CASCADE), so deleting a user, a role,
/// a scope, a connector or an organization removes exactly its relations. Names are unique per
/// tenant case-insensitively; a claimed SSO email domain is unique per tenant (domains are
/// stored normalized: lowercase, ASCII/punycode).
Migration b2bMigration()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("organization template, organizations, members, invitations, JIT, SSO "
                                   "connectors, sign-in experience");
    m.statements = {
        QStringLiteral("CREATE TABLE organization_scopes ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX organization_scopes_name ON organization_scopes (tenant_id, lower(name))"),
        QStringLiteral("CREATE TABLE organization_roles ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX organization_roles_name ON organization_roles (tenant_id, lower(name))"),
        QStringLiteral(
            "CREATE TABLE organization_role_scopes ("
            " tenant_id TEXT NOT NULL,"
            " organization_role_id TEXT NOT NULL REFERENCES organization_roles(id) ON DELETE CASCADE,"
            " organization_scope_id TEXT NOT NULL REFERENCES organization_scopes(id) ON DELETE CASCADE,"
            " PRIMARY KEY (organization_role_id, organization_scope_id))"),
        QStringLiteral("CREATE INDEX organization_role_scopes_scope ON organization_role_scopes "
                       "(organization_scope_id)"),
        QStringLiteral(
            "CREATE TABLE organization_role_resource_scopes ("
            " tenant_id TEXT NOT NULL,"
            " organization_role_id TEXT NOT NULL REFERENCES organization_roles(id) ON DELETE CASCADE,"
            " scope_id TEXT NOT NULL REFERENCES scopes(id) ON DELETE CASCADE,"
            " PRIMARY KEY (organization_role_id, scope_id))"),
        QStringLiteral("CREATE INDEX organization_role_resource_scopes_scope ON "
                       "organization_role_resource_scopes (scope_id)"),
        QStringLiteral("CREATE TABLE organizations ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " custom_data TEXT NOT NULL DEFAULT '{}',"
                       " is_mfa_required SMALLINT NOT NULL DEFAULT 0,"
                       " branding TEXT NOT NULL DEFAULT '{}',"
                       " color TEXT NOT NULL DEFAULT '{}',"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX organizations_name ON organizations (tenant_id, lower(name), id)"),
        QStringLiteral("CREATE TABLE organization_users ("
                       " tenant_id TEXT NOT NULL,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                       " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (organization_id, user_id))"),
        QStringLiteral("CREATE INDEX organization_users_user ON organization_users (user_id)"),
        // A member's role: the membership must exist (composite FK), so removing the member
        // removes their roles there.
        QStringLiteral(
            "CREATE TABLE organization_user_roles ("
            " tenant_id TEXT NOT NULL,"
            " organization_id TEXT NOT NULL,"
            " user_id TEXT NOT NULL,"
            " organization_role_id TEXT NOT NULL REFERENCES organization_roles(id) ON DELETE CASCADE,"
            " PRIMARY KEY (organization_id, user_id, organization_role_id),"
            " FOREIGN KEY (organization_id, user_id) REFERENCES organization_users (organization_id, user_id)"
            " ON DELETE CASCADE)"),
        QStringLiteral(
            "CREATE INDEX organization_user_roles_role ON organization_user_roles (organization_role_id)"),
        QStringLiteral("CREATE INDEX organization_user_roles_user ON organization_user_roles (user_id)"),
        QStringLiteral("CREATE TABLE organization_applications ("
                       " tenant_id TEXT NOT NULL,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                       " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (organization_id, application_id))"),
        QStringLiteral(
            "CREATE INDEX organization_applications_app ON organization_applications (application_id)"),
        QStringLiteral(
            "CREATE TABLE organization_application_roles ("
            " tenant_id TEXT NOT NULL,"
            " organization_id TEXT NOT NULL,"
            " application_id TEXT NOT NULL,"
            " organization_role_id TEXT NOT NULL REFERENCES organization_roles(id) ON DELETE CASCADE,"
            " PRIMARY KEY (organization_id, application_id, organization_role_id),"
            " FOREIGN KEY (organization_id, application_id) REFERENCES organization_applications"
            " (organization_id, application_id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX organization_application_roles_role ON organization_application_roles "
                       "(organization_role_id)"),
        QStringLiteral("CREATE TABLE organization_invitations ("
                       " tenant_id TEXT NOT NULL,"
                       " id TEXT PRIMARY KEY,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                       " inviter_id TEXT REFERENCES users(id) ON DELETE SET NULL,"
                       " invitee TEXT NOT NULL,"
                       " accepted_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,"
                       " status TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX organization_invitations_org ON organization_invitations "
                       "(organization_id, created_at)"),
        QStringLiteral("CREATE INDEX organization_invitations_invitee ON organization_invitations "
                       "(tenant_id, lower(invitee))"),
        QStringLiteral(
            "CREATE TABLE organization_invitation_roles ("
            " tenant_id TEXT NOT NULL,"
            " invitation_id TEXT NOT NULL REFERENCES organization_invitations(id) ON DELETE CASCADE,"
            " organization_role_id TEXT NOT NULL REFERENCES organization_roles(id) ON DELETE CASCADE,"
            " PRIMARY KEY (invitation_id, organization_role_id))"),
        QStringLiteral("CREATE TABLE sso_connectors ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " provider_name TEXT NOT NULL,"
                       " connector_name TEXT NOT NULL,"
                       " config TEXT NOT NULL DEFAULT '{}',"      // without the client secret
                       " client_secret TEXT NOT NULL DEFAULT ''," // never returned, redacted in the journal
                       " branding TEXT NOT NULL DEFAULT '{}',"
                       " sync_profile SMALLINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX sso_connectors_name ON sso_connectors (tenant_id, lower(connector_name))"),
        QStringLiteral("CREATE TABLE sso_connector_domains ("
                       " tenant_id TEXT NOT NULL,"
                       " sso_connector_id TEXT NOT NULL REFERENCES sso_connectors(id) ON DELETE CASCADE,"
                       " domain TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (sso_connector_id, domain))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX sso_connector_domains_domain ON sso_connector_domains (tenant_id, domain)"),
        QStringLiteral("CREATE TABLE organization_jit_email_domains ("
                       " tenant_id TEXT NOT NULL,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                       " email_domain TEXT NOT NULL,"
                       " PRIMARY KEY (organization_id, email_domain))"),
        QStringLiteral("CREATE INDEX organization_jit_email_domains_domain ON organization_jit_email_domains "
                       "(tenant_id, email_domain)"),
        QStringLiteral("CREATE TABLE organization_jit_sso_connectors ("
                       " tenant_id TEXT NOT NULL,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                       " sso_connector_id TEXT NOT NULL REFERENCES sso_connectors(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (organization_id, sso_connector_id))"),
        QStringLiteral("CREATE INDEX organization_jit_sso_connectors_connector ON "
                       "organization_jit_sso_connectors (sso_connector_id)"),
        QStringLiteral(
            "CREATE TABLE organization_jit_roles ("
            " tenant_id TEXT NOT NULL,"
            " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
            " organization_role_id TEXT NOT NULL REFERENCES organization_roles(id) ON DELETE CASCADE,"
            " PRIMARY KEY (organization_id, organization_role_id))"),
        QStringLiteral(
            "CREATE INDEX organization_jit_roles_role ON organization_jit_roles (organization_role_id)"),
        // One row per tenant, created on first write; absent = Logto's defaults.
        QStringLiteral("CREATE TABLE sign_in_experiences ("
                       " tenant_id TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,"
                       " single_sign_on_enabled SMALLINT NOT NULL DEFAULT 0,"
                       " mfa_factors TEXT NOT NULL DEFAULT '[]',"
                       " mfa_policy TEXT NOT NULL DEFAULT 'UserControlled',"
                       " organization_required_mfa_policy TEXT NOT NULL DEFAULT 'NoPrompt',"
                       " version BIGINT NOT NULL DEFAULT 1)"),
    };
    return m;
}

/// Schema version 7: at most one pending invitation per organization and invitee, held by a
/// unique index instead of a check that two writers can pass at once. Invitations whose time ran
/// out already read as Expired and are stored so; of pending duplicates the newest stays pending.
Migration invitationUniquenessMigration()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("one pending invitation per organization and invitee");
    const QString expireDuplicates = QStringLiteral(
        "UPDATE organization_invitations SET status = 'Expired' WHERE status = 'Pending' AND EXISTS ("
        "SELECT 1 FROM organization_invitations n WHERE n.organization_id = "
        "organization_invitations.organization_id "
        "AND lower(n.invitee) = lower(organization_invitations.invitee) AND n.status = 'Pending' AND "
        "(n.created_at > organization_invitations.created_at OR (n.created_at = "
        "organization_invitations.created_at "
        "AND n.id > organization_invitations.id)))");
    m.sqliteOnly = {
        QStringLiteral("UPDATE organization_invitations SET status = 'Expired' WHERE status = 'Pending' "
                       "AND expires_at <= CAST(strftime('%s', 'now') AS INTEGER) * 1000"),
        expireDuplicates};
    m.postgresOnly = {
        QStringLiteral("UPDATE organization_invitations SET status = 'Expired' WHERE status = "
                       "'Pending' AND expires_at <= (extract(epoch FROM now()) * 1000)::bigint"),
        expireDuplicates};
    // After the clean-up (the shared statements of a migration run first).
    const QString index =
        QStringLiteral("CREATE UNIQUE INDEX organization_invitations_one_pending ON organization_invitations "
                       "(organization_id, lower(invitee)) WHERE status = 'Pending'");
    m.sqliteOnly.append(index);
    m.postgresOnly.append(index);
    return m;
}

} // namespace gatehouse::local
