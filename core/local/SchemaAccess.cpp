#include "local/Migrations.h"
#include "local/PostgresAccess.h"
#include "sql/SqlJournal.h"

namespace gatehouse::local {

/// Schema version 5: who operates the workspace (operators, their console roles and tenants),
/// the delegation policy per tenant (which organization permission lends which ability to
/// organization admins), and a declared name next to the established operator in the journal.
/// On PostgreSQL the privileges of each console role live in the database itself (see
/// PostgresAccess.cpp); this step only stores the records.
Migration accessMigration()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("operators, console roles, delegation policy");
    m.statements = {
        QStringLiteral("CREATE TABLE operators ("
                       " name TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL,"
                       " user_tenant_id TEXT NOT NULL DEFAULT '',"
                       " user_id TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE operator_tenants ("
                       " operator_name TEXT NOT NULL REFERENCES operators(name) ON DELETE CASCADE,"
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (operator_name, tenant_id))"),
        QStringLiteral(
            "CREATE TABLE delegation_permissions ("
            " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
            " ability TEXT NOT NULL,"
            " organization_scope_id TEXT NOT NULL REFERENCES organization_scopes(id) ON DELETE CASCADE,"
            " PRIMARY KEY (tenant_id, ability))"),
        QStringLiteral(
            "CREATE INDEX delegation_permissions_scope ON delegation_permissions (organization_scope_id)"),
    };
    m.statements += sql::journal::declaredOperatorStatements();
    // Whether a connector has a secret, readable by operators who may not read the secret.
    m.sqliteOnly = {
        QStringLiteral("ALTER TABLE sso_connectors ADD COLUMN client_secret_set INTEGER GENERATED "
                       "ALWAYS AS (CASE WHEN client_secret = '' THEN 0 ELSE 1 END) VIRTUAL")};
    m.postgresOnly = {
        QStringLiteral("ALTER TABLE sso_connectors ADD COLUMN client_secret_set SMALLINT GENERATED "
                       "ALWAYS AS (CASE WHEN client_secret = '' THEN 0 ELSE 1 END) STORED")};
    m.postgresOnly += postgres::journalFunctionStatements();
    return m;
}

/// Schema version 6: each journal entry records the key that sealed it and the seal (see
/// journal/JournalSeal.h); entries written before stay unsealed.
Migration journalSealMigration()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("journal seals");
    m.statements = sql::journal::sealStatements();
    m.postgresOnly = postgres::sealedJournalFunctionStatements();
    return m;
}

} // namespace gatehouse::local
