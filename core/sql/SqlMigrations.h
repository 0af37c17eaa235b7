#pragma once

#include "sql/SqlSession.h"

#include <QList>
#include <QStringList>

namespace gatehouse::sql {

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

/// Where a set of migrations records the versions it applied, and the PostgreSQL advisory lock
/// that serialises it between clients. A workspace and a journal-only store keep separate ledgers.
struct MigrationLedger
{
    QString table; ///< a constant of the code, never input
    qint64 lockKey = 0;
};

/// Brings the database up to the newest of `migrations`. Safe against a second process doing the
/// same at the same moment (SQLite: BEGIN IMMEDIATE; PostgreSQL: the ledger's advisory lock).
/// Refuses a database whose version is newer than `migrations` know. Throws Failure.
/// Returns the number of migrations applied (0 = already current).
int migrate(SqlSession &session, const QList<Migration> &migrations, const MigrationLedger &ledger);

/// The version recorded in `ledger` (0 for an empty database).
int schemaVersion(SqlSession &session, const MigrationLedger &ledger);

} // namespace gatehouse::sql
