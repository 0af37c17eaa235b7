#pragma once

#include "local/LocalSql.h"

#include <QList>
#include <QStringList>

namespace gatehouse::local {

/// Version 2 (SchemaUsers.cpp).
Migration usersMigration();
/// Version 3 (SchemaUsers.cpp): per-trigram document counts for the search planner (SQLite).
Migration searchStatsMigration();
/// Version 4 (SchemaB2b.cpp): organizations, their template, JIT, SSO connectors, sign-in experience.
Migration b2bMigration();
/// Version 5 (SchemaAccess.cpp): operators, console roles and the delegation policy.
Migration accessMigration();
/// Version 6 (SchemaAccess.cpp): journal entries carry the seal of the key that wrote them.
Migration journalSealMigration();
/// Version 7 (SchemaB2b.cpp): at most one pending invitation per organization and invitee.
Migration invitationUniquenessMigration();
/// Version 8 (SchemaLogs.cpp): the archive of authentication events.
Migration logsMigration();
/// SQLite: the trigger that indexes each new user for search. Bulk imports drop it inside their
/// transaction, index their rows in one INSERT … SELECT (about 4× faster) and recreate it.
QString usersFtsInsertTrigger();

/// The workspace schema: the migrations shipped with this build, ascending.
const QList<Migration> &builtinMigrations();
int latestSchemaVersion();

/// Where a workspace records its schema versions (the table schema_migrations).
const sql::MigrationLedger &workspaceLedger();

/// Brings the workspace up to the newest of `migrations` (see sql::migrate). Throws Failure.
/// Returns the number of migrations applied (0 = already current).
int migrate(SqlSession &session, const QList<Migration> &migrations = builtinMigrations());

/// The workspace's recorded schema version (0 for an empty database).
int schemaVersion(SqlSession &session);

} // namespace gatehouse::local
