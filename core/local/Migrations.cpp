#include "local/Migrations.h"

#include "journal/JournalChain.h"
#include "util/Clock.h"

#include <QCoreApplication>

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
        // The journal has no foreign keys on purpose: entries outlive what they describe.
        QStringLiteral("CREATE TABLE journal ("
                       " seq BIGINT PRIMARY KEY,"
                       " at BIGINT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target_type TEXT NOT NULL,"
                       " target_id TEXT NOT NULL,"
                       " before_json TEXT NOT NULL,"
                       " after_json TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX journal_tenant ON journal (tenant_id, seq)"),
        QStringLiteral("CREATE INDEX journal_target ON journal (target_id, seq)"),
        QStringLiteral(
            "CREATE TABLE journal_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO journal_head (id, seq, hash) VALUES (1, 0, '%1')")
            .arg(journalchain::genesisHash()),
    };
}
} // namespace

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations{
        {1, QStringLiteral("tenants, applications, API resources, roles, journal"), schemaV1(), {}, {}},
        usersMigration(),
        searchStatsMigration(),
        b2bMigration(),
    };
    return migrations;
}

int latestSchemaVersion()
{
    return builtinMigrations().constLast().version;
}

int schemaVersion(SqlSession &session)
{
    QSqlQuery q = session.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return q.next() ? q.value(0).toInt() : 0;
}

int migrate(SqlSession &session, const QList<Migration> &migrations)
{
    // Under the same lock as the steps: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe
    // against a second session creating the table at the same moment.
    session.write([&] {
        if (session.dialect() == Dialect::Postgres)
            session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7346235)"));
        session.execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY,"
                                       " description TEXT NOT NULL,"
                                       " applied_at BIGINT NOT NULL)"));
    });
    const int known = migrations.isEmpty() ? 0 : migrations.constLast().version;
    int applied = 0;
    for (const Migration &m : migrations) {
        const bool ran = session.write([&] {
            if (session.dialect() == Dialect::Postgres)
                session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7346235)"));
            // Re-read inside the transaction: another process may have migrated meanwhile.
            const int current = schemaVersion(session);
            if (current > known)
                throw SqlSession::fail(ErrorCode::Unsupported,
                                       QCoreApplication::translate(
                                           "gatehouse::local",
                                           "This workspace was written by a newer Gatehouse (schema version "
                                           "%1; this build knows up to %2). Update Gatehouse to open it.")
                                           .arg(current)
                                           .arg(known));
            if (m.version <= current)
                return false;
            const QStringList &specific =
                session.dialect() == Dialect::Sqlite ? m.sqliteOnly : m.postgresOnly;
            for (const QString &statement : m.statements + specific) {
                try {
                    session.execRaw(statement);
                } catch (const Failure &f) {
                    throw SqlSession::fail(
                        ErrorCode::Internal,
                        QCoreApplication::translate("gatehouse::local",
                                                    "Upgrading the workspace to schema version "
                                                    "%1 failed; it stays at version %2.")
                            .arg(m.version)
                            .arg(current),
                        f.error.detail());
                }
            }
            session.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                        "VALUES (?, ?, ?)"),
                         {m.version, m.description, clock::nowMs()});
            return true;
        });
        if (ran)
            ++applied;
    }
    if (applied == 0 && schemaVersion(session) > known) {
        throw SqlSession::fail(
            ErrorCode::Unsupported,
            QCoreApplication::translate("gatehouse::local",
                                        "This workspace was written by a newer Gatehouse. Update "
                                        "Gatehouse to open it."));
    }
    return applied;
}

} // namespace gatehouse::local
