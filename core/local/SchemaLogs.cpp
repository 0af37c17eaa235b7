#include "local/Migrations.h"

namespace gatehouse::local {

namespace {
/// The archive's table. `key` compares byte by byte on PostgreSQL too (COLLATE "C"), so a key
/// prefix is one index range whatever the database's collation (a linguistic collation would
/// ignore the dots that separate a key's parts).
QString logsTable(const char *keyCollation)
{
    return QStringLiteral("CREATE TABLE logs ("
                          " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                          " id TEXT NOT NULL,"
                          " key TEXT %1NOT NULL,"
                          " result SMALLINT NOT NULL,"
                          " created_at BIGINT NOT NULL,"
                          " user_id TEXT NOT NULL DEFAULT '',"
                          " application_id TEXT NOT NULL DEFAULT '',"
                          " organization_id TEXT NOT NULL DEFAULT '',"
                          " session_id TEXT NOT NULL DEFAULT '',"
                          " ip TEXT NOT NULL DEFAULT '',"
                          " user_agent TEXT NOT NULL DEFAULT '',"
                          " payload TEXT NOT NULL,"
                          " PRIMARY KEY (tenant_id, id))")
        .arg(QLatin1String(keyCollation));
}

/// Groups that already hold privileges on the workspace (operators were added before this
/// version) get the same ones on the new tables: owners and developers change them, support and
/// auditors read them, organization admins have no access; rows by reachable tenant.
QString grantExistingGroups()
{
    return QStringLiteral(
        "DO $$ DECLARE p TEXT; t TEXT; BEGIN "
        "  SELECT role_prefix INTO p FROM access_control WHERE id = 1; "
        "  IF p IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p || '_owner') THEN RETURN; "
        "  END IF; "
        "  FOREACH t IN ARRAY ARRAY['logs', 'log_sync_state', 'log_settings'] LOOP "
        "    EXECUTE format('GRANT ALL ON %I TO %I', t, p || '_owner'); "
        "    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t, p || '_developer'); "
        "    EXECUTE format('GRANT SELECT ON %I TO %I', t, p || '_support'); "
        "    EXECUTE format('GRANT SELECT ON %I TO %I', t, p || '_auditor'); "
        "    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t); "
        "    EXECUTE format('CREATE POLICY gatehouse_owner ON %I FOR ALL TO %I USING (true) WITH CHECK "
        "(true)', t, p || '_owner'); "
        "    EXECUTE format('CREATE POLICY gatehouse_developer ON %I FOR ALL TO %I USING (tenant_id IN "
        "(SELECT gatehouse_reachable_tenants())) WITH CHECK (tenant_id IN (SELECT "
        "gatehouse_reachable_tenants()))', t, p || '_developer'); "
        "    EXECUTE format('CREATE POLICY gatehouse_support ON %I FOR ALL TO %I USING (tenant_id IN "
        "(SELECT gatehouse_reachable_tenants())) WITH CHECK (tenant_id IN (SELECT "
        "gatehouse_reachable_tenants()))', t, p || '_support'); "
        "    EXECUTE format('CREATE POLICY gatehouse_auditor ON %I FOR SELECT TO %I USING (tenant_id IN "
        "(SELECT gatehouse_reachable_tenants()))', t, p || '_auditor'); "
        "  END LOOP; "
        "END $$");
}
} // namespace

/// Schema version 8: the archive of authentication events (logs), where each source's sync stands
/// (log_sync_state) and how long a tenant keeps its events (log_settings).
Migration logsMigration()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("archive of authentication events");
    // The shared statements of a migration run before the dialect's own: all go after the table.
    const QStringList rest = {
        // Newest first, for the whole list and for time ranges.
        QStringLiteral("CREATE INDEX logs_time ON logs (tenant_id, created_at, id)"),
        QStringLiteral("CREATE INDEX logs_user ON logs (tenant_id, user_id, created_at, id)"),
        QStringLiteral("CREATE INDEX logs_key ON logs (tenant_id, key, created_at, id)"),
        QStringLiteral("CREATE INDEX logs_application ON logs (tenant_id, application_id, created_at, id)"),
        QStringLiteral("CREATE TABLE log_sync_state ("
                       " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " source TEXT NOT NULL,"
                       " high_water BIGINT NOT NULL DEFAULT 0,"
                       " pass_top BIGINT NOT NULL DEFAULT 0,"
                       " pass_cursor_at BIGINT NOT NULL DEFAULT 0,"
                       " pass_cursor_id TEXT NOT NULL DEFAULT '',"
                       " pass_cursor_offset BIGINT NOT NULL DEFAULT 0,"
                       " stored_total BIGINT NOT NULL DEFAULT 0,"
                       " last_sync_at BIGINT NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (tenant_id, source))"),
        QStringLiteral("CREATE TABLE log_settings ("
                       " tenant_id TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,"
                       " retention_days INTEGER NOT NULL DEFAULT 0)"),
    };
    m.sqliteOnly = QStringList{logsTable("")} + rest;
    m.postgresOnly = QStringList{logsTable("COLLATE \"C\" ")} + rest;
    m.postgresOnly.append(grantExistingGroups());
    return m;
}

} // namespace gatehouse::local
