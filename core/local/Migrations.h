#pragma once

#include "local/SqlSession.h"

#include <QList>
#include <QStringList>

namespace gatehouse::local {

/// One schema step. Statements run in order inside one transaction together with the row that
/// records the version, so a failing step leaves the database at the previous version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; ///< the same SQL for both dialects unless dialect-specific below
    QStringList sqliteOnly;
    QStringList postgresOnly;
};

/// Version 2 (SchemaUsers.cpp).
Migration usersMigration();
/// Version 3 (SchemaUsers.cpp): per-trigram document counts for the search planner (SQLite).
Migration searchStatsMigration();
/// Version 4 (SchemaB2b.cpp): organizations, their template, JIT, SSO connectors, sign-in experience.
Migration b2bMigration();
/// SQLite: the trigger that indexes each new user for search. Bulk imports drop it inside their
/// transaction, index their rows in one INSERT … SELECT (about 4× faster) and recreate it.
QString usersFtsInsertTrigger();

/// The migrations shipped with this build, ascending.
const QList<Migration> &builtinMigrations();
int latestSchemaVersion();

/// Brings the database up to the newest of `migrations`. Safe against a second process doing the
/// same at the same moment (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock). Refuses a
/// database whose version is newer than this build knows. Throws Failure.
/// Returns the number of migrations applied (0 = already current).
int migrate(SqlSession &session, const QList<Migration> &migrations = builtinMigrations());

/// The recorded schema version (0 for an empty database).
int schemaVersion(SqlSession &session);

} // namespace gatehouse::local
