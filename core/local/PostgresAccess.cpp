#include "local/PostgresAccess.h"

#include "security/Scram.h"

#include <QCoreApplication>

namespace gatehouse::local::postgres {

namespace {
using policy::ConsoleRole;

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::local::postgres", text);
}

/// Runs a statement whose identifiers and literals the server itself quotes: `format` is a
/// constant of this file using %I / %L, the values are bound to format()'s arguments. Nothing
/// from input is ever spliced into SQL text here.
void execFormatted(SqlSession &s, const char *format, const QVariantList &values)
{
    QString call = QStringLiteral("SELECT format(?");
    for (qsizetype i = 0; i < values.size(); ++i)
        call += QStringLiteral(", ?::text");
    call += QLatin1Char(')');
    QSqlQuery q = s.exec(call, QVariantList{QString::fromLatin1(format)} + values);
    if (!q.next())
        throw SqlSession::fail(ErrorCode::Internal, tr("The database could not prepare a statement."));
    s.execRaw(q.value(0).toString());
}

const char *groupSuffix(ConsoleRole role)
{
    switch (role) {
    case ConsoleRole::Owner:
        return "_owner";
    case ConsoleRole::Developer:
        return "_developer";
    case ConsoleRole::Support:
        return "_support";
    case ConsoleRole::Auditor:
        return "_auditor";
    case ConsoleRole::OrganizationAdmin:
        return "_orgadmin";
    }
    return "_auditor";
}

QString rolePrefix(SqlSession &s, bool create)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT role_prefix FROM access_control WHERE id = 1"));
    if (q.next())
        return q.value(0).toString();
    if (!create)
        return {};
    QSqlQuery made = s.exec(QStringLiteral("SELECT 'gh_' || substr(md5(current_database()), 1, 12)"));
    made.next();
    const QString prefix = made.value(0).toString();
    s.exec(QStringLiteral("INSERT INTO access_control (id, role_prefix) VALUES (1, ?)"), {prefix});
    return prefix;
}

QString groupOf(const QString &prefix, ConsoleRole role)
{
    return prefix + QLatin1String(groupSuffix(role));
}

QStringList tablesOfWorkspace(SqlSession &s)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                              "current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList columnsOf(SqlSession &s, const QString &table)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                              "current_schema() AND table_name = ? ORDER BY ordinal_position"),
               {table});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool hasColumn(SqlSession &s, const QString &table, const QString &column)
{
    return columnsOf(s, table).contains(column);
}

/// Columns nobody but owners and developers reads: password digests, secret hashes, SSO client
/// secrets.
const QHash<QString, QStringList> &secretColumns()
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("users"), {QStringLiteral("password_digest")}},
        {QStringLiteral("application_secrets"), {QStringLiteral("value_hash")}},
        {QStringLiteral("sso_connectors"), {QStringLiteral("client_secret")}},
    };
    return columns;
}

/// Tables whose rows only owners write (or nobody: the journal, through its function only).
bool protectedTable(const QString &table)
{
    static const QStringList tables{QStringLiteral("operators"),
                                    QStringLiteral("operator_tenants"),
                                    QStringLiteral("delegation_permissions"),
                                    QStringLiteral("access_control"),
                                    QStringLiteral("journal"),
                                    QStringLiteral("journal_head"),
                                    QStringLiteral("schema_migrations")};
    return tables.contains(table);
}

void grantReadWithoutSecrets(SqlSession &s, const QString &table, const QString &group)
{
    const QStringList hidden = secretColumns().value(table);
    if (hidden.isEmpty()) {
        execFormatted(s, "GRANT SELECT ON %I TO %I", {table, group});
        return;
    }
    for (const QString &column : columnsOf(s, table)) {
        if (!hidden.contains(column))
            execFormatted(s, "GRANT SELECT (%I) ON %I TO %I", {column, table, group});
    }
}

void grantColumns(SqlSession &s, const char *privilege, const QString &table, const QStringList &columns,
                  const QString &group)
{
    const QString statement = QStringLiteral("GRANT %1 (%I) ON %I TO %I").arg(QLatin1String(privilege));
    for (const QString &column : columns) {
        if (hasColumn(s, table, column))
            execFormatted(s, statement.toLatin1().constData(), {column, table, group});
    }
}

void policy(SqlSession &s, const QString &table, const char *name, const char *command, const QString &group,
            const char *usingSql, const char *checkSql = nullptr)
{
    execFormatted(s, "DROP POLICY IF EXISTS %I ON %I", {QLatin1String(name), table});
    // The predicates are constants of this file; doubling % keeps format() from reading them.
    const auto literal = [](const char *sql) {
        return QString::fromLatin1(sql).replace(QLatin1Char('%'), QStringLiteral("%%"));
    };
    QString statement =
        QStringLiteral("CREATE POLICY %I ON %I FOR ") + QLatin1String(command) + QStringLiteral(" TO %I");
    if (usingSql)
        statement += QStringLiteral(" USING (") + literal(usingSql) + QLatin1Char(')');
    if (checkSql)
        statement += QStringLiteral(" WITH CHECK (") + literal(checkSql) + QLatin1Char(')');
    execFormatted(s, statement.toLatin1().constData(), {QLatin1String(name), table, group});
}
} // namespace

Login currentLogin(SqlSession &s)
{
    QSqlQuery q = s.exec(QStringLiteral(
        "SELECT session_user, pg_catalog.pg_get_userbyid(d.datdba) = session_user OR r.rolsuper "
        "FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = session_user"));
    Login login;
    if (q.next()) {
        login.name = q.value(0).toString();
        login.ownsWorkspace = q.value(1).toBool();
    }
    return login;
}

QStringList journalFunctionStatements()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS access_control (id INTEGER PRIMARY KEY, role_prefix TEXT NOT NULL)"),
        // Locks the head for the rest of the transaction (a login without UPDATE on it cannot
        // lock it itself) and says where the next entry goes.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION gatehouse_journal_head(OUT head_seq BIGINT, OUT head_hash TEXT) "
            "LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp "
            "AS $$ SELECT seq, hash FROM journal_head WHERE id = 1 FOR UPDATE $$"),
        // The only way into the journal for an operator: the entry must continue the chain, and
        // the database, not the client, says who made it.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION gatehouse_journal_append(p_seq BIGINT, p_at BIGINT, p_declared TEXT, "
            "p_tenant TEXT, p_action TEXT, p_target_type TEXT, p_target_id TEXT, p_before TEXT, p_after "
            "TEXT, "
            "p_reason TEXT, p_prev TEXT, p_hash TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path = public, pg_temp AS $$ "
            "DECLARE h RECORD; "
            "BEGIN "
            "  SELECT seq, hash INTO h FROM journal_head WHERE id = 1 FOR UPDATE; "
            "  IF NOT FOUND THEN RAISE EXCEPTION 'The journal head record is missing.'; END IF; "
            "  IF p_seq <> h.seq + 1 OR p_prev <> h.hash THEN "
            "    RAISE EXCEPTION 'The entry does not continue the journal.' USING ERRCODE = '40001'; "
            "  END IF; "
            "  IF p_hash !~ '^[0-9a-f]{64}$' THEN RAISE EXCEPTION 'Not a journal hash.'; END IF; "
            "  INSERT INTO journal (seq, at, operator, tenant_id, action, target_type, target_id, "
            "before_json, "
            "    after_json, reason, prev_hash, hash, declared_operator) VALUES (p_seq, p_at, session_user, "
            "    p_tenant, p_action, p_target_type, p_target_id, p_before, p_after, p_reason, p_prev, "
            "p_hash, "
            "    p_declared); "
            "  UPDATE journal_head SET seq = p_seq, hash = p_hash WHERE id = 1; "
            "END $$"),
        // The tenants the session's operator reaches, and the organizations where it holds a
        // delegated ability (any, when p_ability is null). The row-level security policies ask
        // these, with the rights of the workspace's owner.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION gatehouse_reachable_tenants() RETURNS SETOF TEXT LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "SELECT t.id FROM tenants t JOIN operators o ON o.name = session_user WHERE "
            "(o.role = 'org-admin' AND t.id = o.user_tenant_id) OR (o.role <> 'org-admin' AND "
            "(NOT EXISTS (SELECT 1 FROM operator_tenants x WHERE x.operator_name = o.name) OR "
            "t.id IN (SELECT x.tenant_id FROM operator_tenants x WHERE x.operator_name = o.name))) $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION gatehouse_admin_organizations(p_ability TEXT) RETURNS SETOF TEXT "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "SELECT DISTINCT ur.organization_id FROM operators o "
            "JOIN organization_user_roles ur ON ur.user_id = o.user_id AND ur.tenant_id = o.user_tenant_id "
            "JOIN organization_role_scopes rs ON rs.organization_role_id = ur.organization_role_id "
            "JOIN delegation_permissions dp ON dp.organization_scope_id = rs.organization_scope_id AND "
            "dp.tenant_id = o.user_tenant_id "
            "WHERE o.name = session_user AND o.role = 'org-admin' AND (p_ability IS NULL OR dp.ability = "
            "p_ability) $$"),
        // A user all of whose organizations the session's organization admin administers with
        // the ability (no reaching into another organization's members through a shared user).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION gatehouse_user_administered(p_user TEXT, p_ability TEXT) RETURNS "
            "BOOLEAN "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "SELECT EXISTS (SELECT 1 FROM organization_users ou WHERE ou.user_id = p_user) AND NOT EXISTS "
            "(SELECT 1 FROM organization_users ou WHERE ou.user_id = p_user AND ou.organization_id NOT IN "
            "(SELECT gatehouse_admin_organizations(p_ability))) $$"),
        QStringLiteral(
            "REVOKE ALL ON FUNCTION gatehouse_journal_head(), gatehouse_journal_append(BIGINT, BIGINT, "
            "TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT), gatehouse_reachable_tenants(), "
            "gatehouse_admin_organizations(TEXT), gatehouse_user_administered(TEXT, TEXT) FROM PUBLIC"),
    };
}

QStringList sealedJournalFunctionStatements()
{
    const QString signature = QStringLiteral("gatehouse_journal_append(BIGINT, BIGINT, TEXT, TEXT, TEXT, "
                                             "TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, "
                                             "TEXT, TEXT)");
    return {
        QStringLiteral("DROP FUNCTION IF EXISTS gatehouse_journal_append(BIGINT, BIGINT, TEXT, TEXT, TEXT, "
                       "TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)"),
        // As before, plus the seal; the database still says who wrote the entry.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION gatehouse_journal_append(p_seq BIGINT, p_at BIGINT, p_declared TEXT, "
            "p_tenant TEXT, p_action TEXT, p_target_type TEXT, p_target_id TEXT, p_before TEXT, p_after "
            "TEXT, "
            "p_reason TEXT, p_prev TEXT, p_hash TEXT, p_key_id TEXT, p_mac TEXT) RETURNS VOID LANGUAGE "
            "plpgsql "
            "SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
            "DECLARE h RECORD; "
            "BEGIN "
            "  SELECT seq, hash INTO h FROM journal_head WHERE id = 1 FOR UPDATE; "
            "  IF NOT FOUND THEN RAISE EXCEPTION 'The journal head record is missing.'; END IF; "
            "  IF p_seq <> h.seq + 1 OR p_prev <> h.hash THEN "
            "    RAISE EXCEPTION 'The entry does not continue the journal.' USING ERRCODE = '40001'; "
            "  END IF; "
            "  IF p_hash !~ '^[0-9a-f]{64}$' THEN RAISE EXCEPTION 'Not a journal hash.'; END IF; "
            "  IF p_key_id !~ '^([0-9a-f]{16})?$' OR p_mac !~ '^([0-9a-f]{64})?$' THEN "
            "    RAISE EXCEPTION 'Not a journal seal.'; "
            "  END IF; "
            "  INSERT INTO journal (seq, at, operator, tenant_id, action, target_type, target_id, "
            "before_json, "
            "    after_json, reason, prev_hash, hash, declared_operator, key_id, mac) VALUES (p_seq, p_at, "
            "    session_user, p_tenant, p_action, p_target_type, p_target_id, p_before, p_after, p_reason, "
            "    p_prev, p_hash, p_declared, p_key_id, p_mac); "
            "  UPDATE journal_head SET seq = p_seq, hash = p_hash WHERE id = 1; "
            "END $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION ") + signature + QStringLiteral(" FROM PUBLIC"),
        // Workspaces with operators already: their groups keep the right to append.
        QStringLiteral(
            "DO $$ DECLARE p TEXT; g TEXT; BEGIN "
            "  SELECT role_prefix INTO p FROM access_control WHERE id = 1; "
            "  IF p IS NULL THEN RETURN; END IF; "
            "  FOREACH g IN ARRAY ARRAY['_owner', '_developer', '_support', '_auditor', '_orgadmin'] "
            "  LOOP "
            "    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p || g) THEN "
            "      EXECUTE format('GRANT EXECUTE ON FUNCTION ") +
            signature +
            QStringLiteral(" TO %I', p || g); "
                           "    END IF; "
                           "  END LOOP; "
                           "END $$"),
    };
}

void installAccessControl(SqlSession &s)
{
    QSqlQuery may =
        s.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user"));
    if (!may.next() || !may.value(0).toBool())
        throw SqlSession::fail(
            ErrorCode::Forbidden,
            tr("This login may not create database roles (it lacks CREATEROLE), so it cannot add operators. "
               "Ask "
               "the server's administrator to grant it CREATEROLE, or add operators as a login that has it."),
            QStringLiteral("CREATEROLE"));
    const QString prefix = rolePrefix(s, true);
    QSqlQuery where = s.exec(QStringLiteral("SELECT current_database(), current_schema()"));
    where.next();
    const QString database = where.value(0).toString();
    const QString schema = where.value(1).toString();
    for (ConsoleRole role : policy::allConsoleRoles()) {
        const QString group = groupOf(prefix, role);
        QSqlQuery exists = s.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {group});
        if (!exists.next())
            execFormatted(s, "CREATE ROLE %I NOLOGIN", {group});
        execFormatted(s, "GRANT CONNECT ON DATABASE %I TO %I", {database, group});
        execFormatted(s, "GRANT USAGE ON SCHEMA %I TO %I", {schema, group});
        execFormatted(s, "REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I", {schema, group});
        execFormatted(
            s,
            "GRANT EXECUTE ON FUNCTION gatehouse_journal_head(), gatehouse_journal_append(BIGINT, BIGINT, "
            "TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT), "
            "gatehouse_reachable_tenants(), "
            "gatehouse_admin_organizations(TEXT), gatehouse_user_administered(TEXT, TEXT) TO %I",
            {group});
    }
    const QString owner = groupOf(prefix, ConsoleRole::Owner);
    const QString developer = groupOf(prefix, ConsoleRole::Developer);
    const QString support = groupOf(prefix, ConsoleRole::Support);
    const QString auditor = groupOf(prefix, ConsoleRole::Auditor);
    const QString orgAdmin = groupOf(prefix, ConsoleRole::OrganizationAdmin);

    const QStringList tables = tablesOfWorkspace(s);
    for (const QString &table : tables) {
        const bool journal = table == QLatin1String("journal") || table == QLatin1String("journal_head");
        // Owners write everything but the journal (which only its function appends to).
        execFormatted(s, journal ? "GRANT SELECT ON %I TO %I" : "GRANT ALL ON %I TO %I", {table, owner});
        execFormatted(s,
                      protectedTable(table) ? "GRANT SELECT ON %I TO %I"
                                            : "GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I",
                      {table, developer});
        if (table != QLatin1String("access_control")) {
            grantReadWithoutSecrets(s, table, support);
            grantReadWithoutSecrets(s, table, auditor);
        }
    }
    execFormatted(s, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I", {schema, owner});
    execFormatted(s, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I", {schema, developer});

    // Support: the narrow actions (suspend, passwords, MFA removal, invitations).
    const QStringList userActionColumns{QStringLiteral("is_suspended"),
                                        QStringLiteral("password_digest"),
                                        QStringLiteral("password_algorithm"),
                                        QStringLiteral("password_expired"),
                                        QStringLiteral("mfa_count"),
                                        QStringLiteral("updated_at"),
                                        QStringLiteral("version")};
    grantColumns(s, "UPDATE", QStringLiteral("users"), userActionColumns, support);
    execFormatted(s, "GRANT DELETE ON user_mfa_verifications TO %I", {support});
    execFormatted(s, "GRANT INSERT, UPDATE ON organization_invitations TO %I", {support});
    execFormatted(s, "GRANT INSERT ON organization_invitation_roles TO %I", {support});

    // Organization admins: read what their organizations need, change members, invitations,
    // JIT domains, MFA and branding, and members' passwords and MFA — rows narrowed below.
    for (const char *table : {"tenants",
                              "organizations",
                              "organization_users",
                              "organization_user_roles",
                              "organization_roles",
                              "organization_scopes",
                              "organization_role_scopes",
                              "organization_role_resource_scopes",
                              "organization_invitations",
                              "organization_invitation_roles",
                              "organization_jit_email_domains",
                              "users",
                              "user_mfa_verifications",
                              "users_roles",
                              "roles",
                              "scopes",
                              "resources",
                              "delegation_permissions",
                              "sign_in_experiences",
                              "operators",
                              "operator_tenants",
                              "schema_migrations"}) {
        const QString name = QLatin1String(table);
        if (tables.contains(name))
            grantReadWithoutSecrets(s, name, orgAdmin);
    }
    execFormatted(s, "GRANT INSERT, DELETE ON organization_users TO %I", {orgAdmin});
    execFormatted(s, "GRANT INSERT, DELETE ON organization_user_roles TO %I", {orgAdmin});
    execFormatted(s, "GRANT INSERT, UPDATE ON organization_invitations TO %I", {orgAdmin});
    execFormatted(s, "GRANT INSERT ON organization_invitation_roles TO %I", {orgAdmin});
    execFormatted(s, "GRANT INSERT, DELETE ON organization_jit_email_domains TO %I", {orgAdmin});
    grantColumns(s, "UPDATE", QStringLiteral("organizations"),
                 {QStringLiteral("is_mfa_required"), QStringLiteral("branding"), QStringLiteral("color"),
                  QStringLiteral("version")},
                 orgAdmin);
    grantColumns(s, "UPDATE", QStringLiteral("users"), userActionColumns, orgAdmin);
    execFormatted(s, "GRANT DELETE ON user_mfa_verifications TO %I", {orgAdmin});

    // Row-level security: every row with a tenant for the tenants the operator reaches (the
    // table's owner, who migrates the workspace, is not subject to it).
    for (const QString &table : tables) {
        const bool tenants = table == QLatin1String("tenants");
        if (!tenants && !hasColumn(s, table, QStringLiteral("tenant_id")))
            continue;
        execFormatted(s, "ALTER TABLE %I ENABLE ROW LEVEL SECURITY", {table});
        policy(s, table, "gatehouse_owner", "ALL", owner, "true", "true");
        // Workspace-level journal entries (operators, tenants created) have no tenant.
        const char *reach = tenants ? "id IN (SELECT gatehouse_reachable_tenants())"
                            : table == QLatin1String("journal")
                                ? "tenant_id = '' OR tenant_id IN (SELECT gatehouse_reachable_tenants())"
                                : "tenant_id IN (SELECT gatehouse_reachable_tenants())";
        policy(s, table, "gatehouse_developer", "ALL", developer, reach, reach);
        policy(s, table, "gatehouse_support", "ALL", support, reach, reach);
        policy(s, table, "gatehouse_auditor", "SELECT", auditor, reach);
    }
    // …and for organization admins, only their organizations.
    const char *anyOrg = "organization_id IN (SELECT gatehouse_admin_organizations(NULL))";
    policy(s, QStringLiteral("tenants"), "gatehouse_orgadmin", "SELECT", orgAdmin,
           "id IN (SELECT gatehouse_reachable_tenants())");
    policy(s, QStringLiteral("organizations"), "gatehouse_orgadmin", "SELECT", orgAdmin,
           "id IN (SELECT gatehouse_admin_organizations(NULL))");
    policy(s, QStringLiteral("organizations"), "gatehouse_orgadmin_update", "UPDATE", orgAdmin,
           "id IN (SELECT gatehouse_admin_organizations('org.mfa')) OR id IN (SELECT "
           "gatehouse_admin_organizations('org.branding'))");
    policy(s, QStringLiteral("organization_users"), "gatehouse_orgadmin", "SELECT", orgAdmin, anyOrg);
    // Only people already in one of the admin's organizations: no pulling in anyone of the tenant.
    policy(s, QStringLiteral("organization_users"), "gatehouse_orgadmin_insert", "INSERT", orgAdmin, nullptr,
           "organization_id IN (SELECT gatehouse_admin_organizations('org.members.invite')) AND user_id IN "
           "(SELECT ou.user_id FROM organization_users ou WHERE ou.organization_id IN "
           "(SELECT gatehouse_admin_organizations('org.members.invite')))");
    policy(s, QStringLiteral("organization_users"), "gatehouse_orgadmin_delete", "DELETE", orgAdmin,
           "organization_id IN (SELECT gatehouse_admin_organizations('org.members.remove'))");
    policy(s, QStringLiteral("organization_user_roles"), "gatehouse_orgadmin", "SELECT", orgAdmin, anyOrg);
    policy(s, QStringLiteral("organization_user_roles"), "gatehouse_orgadmin_insert", "INSERT", orgAdmin,
           nullptr,
           "organization_id IN (SELECT gatehouse_admin_organizations('org.members.roles')) OR "
           "organization_id IN "
           "(SELECT gatehouse_admin_organizations('org.members.invite'))");
    policy(s, QStringLiteral("organization_user_roles"), "gatehouse_orgadmin_delete", "DELETE", orgAdmin,
           "organization_id IN (SELECT gatehouse_admin_organizations('org.members.roles')) OR "
           "organization_id IN "
           "(SELECT gatehouse_admin_organizations('org.members.remove'))");
    policy(s, QStringLiteral("organization_invitations"), "gatehouse_orgadmin", "SELECT", orgAdmin, anyOrg);
    policy(s, QStringLiteral("organization_invitations"), "gatehouse_orgadmin_insert", "INSERT", orgAdmin,
           nullptr, "organization_id IN (SELECT gatehouse_admin_organizations('org.members.invite'))");
    policy(s, QStringLiteral("organization_invitations"), "gatehouse_orgadmin_update", "UPDATE", orgAdmin,
           "organization_id IN (SELECT gatehouse_admin_organizations('org.members.invite'))");
    policy(s, QStringLiteral("organization_invitation_roles"), "gatehouse_orgadmin", "ALL", orgAdmin,
           "invitation_id IN (SELECT id FROM organization_invitations)",
           "invitation_id IN (SELECT id FROM organization_invitations)");
    policy(s, QStringLiteral("organization_jit_email_domains"), "gatehouse_orgadmin", "SELECT", orgAdmin,
           anyOrg);
    policy(s, QStringLiteral("organization_jit_email_domains"), "gatehouse_orgadmin_write", "ALL", orgAdmin,
           "organization_id IN (SELECT gatehouse_admin_organizations('org.jit.domains'))",
           "organization_id IN (SELECT gatehouse_admin_organizations('org.jit.domains'))");
    policy(s, QStringLiteral("users"), "gatehouse_orgadmin", "SELECT", orgAdmin,
           "id IN (SELECT user_id FROM organization_users)");
    policy(s, QStringLiteral("users"), "gatehouse_orgadmin_update", "UPDATE", orgAdmin,
           "gatehouse_user_administered(id, 'org.members.password')");
    policy(s, QStringLiteral("user_mfa_verifications"), "gatehouse_orgadmin", "SELECT", orgAdmin,
           "user_id IN (SELECT id FROM users)");
    policy(s, QStringLiteral("user_mfa_verifications"), "gatehouse_orgadmin_delete", "DELETE", orgAdmin,
           "gatehouse_user_administered(user_id, 'org.members.mfa')");
    for (const char *table : {"organization_roles", "organization_scopes", "organization_role_scopes",
                              "organization_role_resource_scopes", "users_roles", "roles", "scopes",
                              "resources", "delegation_permissions", "sign_in_experiences"}) {
        const QString name = QLatin1String(table);
        if (tables.contains(name))
            policy(s, name, "gatehouse_orgadmin", "SELECT", orgAdmin,
                   "tenant_id IN (SELECT gatehouse_reachable_tenants())");
    }

    // Operators: owners see and change them; the others read their own record (developers and
    // auditors read them all).
    execFormatted(s, "ALTER TABLE %I ENABLE ROW LEVEL SECURITY", {QStringLiteral("operators")});
    policy(s, QStringLiteral("operators"), "gatehouse_owner", "ALL", owner, "true", "true");
    policy(s, QStringLiteral("operators"), "gatehouse_developer", "SELECT", developer, "true");
    policy(s, QStringLiteral("operators"), "gatehouse_auditor", "SELECT", auditor, "true");
    policy(s, QStringLiteral("operators"), "gatehouse_support", "SELECT", support, "name = session_user");
    policy(s, QStringLiteral("operators"), "gatehouse_orgadmin", "SELECT", orgAdmin, "name = session_user");
}

void grantLogin(SqlSession &s, const policy::OperatorAccount &account, const QString &password)
{
    installAccessControl(s);
    const QString prefix = rolePrefix(s, false);
    QSqlQuery exists = s.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {account.name});
    if (!exists.next()) {
        if (password.isEmpty())
            throwIfInvalid({{QStringLiteral("password"),
                             tr("A new database login needs a password (read from standard input).")}});
        // The verifier, never the password, goes to the server.
        execFormatted(s, "CREATE ROLE %I LOGIN PASSWORD %L",
                      {account.name, security::scramSha256Verifier(password)});
    }
    if (account.role == ConsoleRole::Owner)
        execFormatted(s, "ALTER ROLE %I CREATEROLE", {account.name});
    execFormatted(s, "GRANT %I TO %I", {groupOf(prefix, account.role), account.name});
}

void regrantLogin(SqlSession &s, const policy::OperatorAccount &before, const policy::OperatorAccount &after)
{
    installAccessControl(s);
    const QString prefix = rolePrefix(s, false);
    execFormatted(s, "REVOKE %I FROM %I", {groupOf(prefix, before.role), before.name});
    if (before.role == ConsoleRole::Owner && after.role != ConsoleRole::Owner)
        execFormatted(s, "ALTER ROLE %I NOCREATEROLE", {after.name});
    if (after.role == ConsoleRole::Owner)
        execFormatted(s, "ALTER ROLE %I CREATEROLE", {after.name});
    execFormatted(s, "GRANT %I TO %I", {groupOf(prefix, after.role), after.name});
}

void revokeLogin(SqlSession &s, const policy::OperatorAccount &account)
{
    const QString prefix = rolePrefix(s, false);
    if (prefix.isEmpty())
        return;
    for (ConsoleRole role : policy::allConsoleRoles()) {
        QSqlQuery member = s.exec(QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"),
                                  {account.name, groupOf(prefix, role)});
        if (member.next() && member.value(0).toBool())
            execFormatted(s, "REVOKE %I FROM %I", {groupOf(prefix, role), account.name});
    }
    if (account.role == ConsoleRole::Owner)
        execFormatted(s, "ALTER ROLE %I NOCREATEROLE", {account.name});
}

} // namespace gatehouse::local::postgres
