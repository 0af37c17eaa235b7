#include "local/Migrations.h"

#include "sql/SqlJournal.h"

namespace gatehouse::local {

namespace {
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE tenants ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " tag TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE applications ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL,"
                       " redirect_uris TEXT NOT NULL DEFAULT '[]',"
                       " post_logout_redirect_uris TEXT NOT NULL DEFAULT '[]',"
                       " cors_allowed_origins TEXT NOT NULL DEFAULT '[]',"
                       " id_token_ttl INTEGER NOT NULL,"
                       " refresh_token_ttl_days INTEGER NOT NULL,"
                       " rotate_refresh_token SMALLINT NOT NULL,"
                       " always_issue_refresh_token SMALLINT NOT NULL,"
                       " is_third_party SMALLINT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX applications_tenant ON applications (tenant_id, created_at)"),
        QStringLiteral("CREATE TABLE application_secrets ("
                       " tenant_id TEXT NOT NULL,"
                       " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " value_hash TEXT NOT NULL,"
                       " value_tail TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT,"
                       " PRIMARY KEY (application_id, name))"),
        QStringLiteral("CREATE TABLE resources ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " indicator TEXT NOT NULL,"
                       " access_token_ttl INTEGER NOT NULL,"
                       " is_default SMALLINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE UNIQUE INDEX resources_indicator ON resources (tenant_id, indicator)"),
        QStringLiteral("CREATE UNIQUE INDEX resources_default ON resources (tenant_id) WHERE is_default = 1"),
        QStringLiteral("CREATE TABLE scopes ("
                       " tenant_id TEXT NOT NULL,"
                       " id TEXT PRIMARY KEY,"
                       " resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX scopes_name ON scopes (resource_id, name)"),
        QStringLiteral("CREATE TABLE roles ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL,"
                       " is_default SMALLINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE UNIQUE INDEX roles_name ON roles (tenant_id, lower(name))"),
        QStringLiteral("CREATE TABLE roles_scopes ("
                       " tenant_id TEXT NOT NULL,"
                       " role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,"
                       " scope_id TEXT NOT NULL REFERENCES scopes(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (role_id, scope_id))"),
        QStringLiteral("CREATE INDEX roles_scopes_scope ON roles_scopes (scope_id)"),
        QStringLiteral("CREATE TABLE applications_roles ("
                       " tenant_id TEXT NOT NULL,"
                       " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                       " role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (application_id, role_id))"),
        QStringLiteral("CREATE INDEX applications_roles_role ON applications_roles (role_id)"),
    };
}
} // namespace

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations{
        {1,
         QStringLiteral("tenants, applications, API resources, roles, journal"),
         schemaV1() + sql::journal::schemaStatements(),
         {},
         {}},
        usersMigration(),
        searchStatsMigration(),
        b2bMigration(),
        accessMigration(),
        journalSealMigration(),
        invitationUniquenessMigration(),
        logsMigration(),
    };
    return migrations;
}

int latestSchemaVersion()
{
    return builtinMigrations().constLast().version;
}

const sql::MigrationLedger &workspaceLedger()
{
    static const sql::MigrationLedger ledger{QStringLiteral("schema_migrations"), 7346235};
    return ledger;
}

int migrate(SqlSession &session, const QList<Migration> &migrations)
{
    return sql::migrate(session, migrations, workspaceLedger());
}

int schemaVersion(SqlSession &session)
{
    return sql::schemaVersion(session, workspaceLedger());
}

} // namespace gatehouse::local
