#include "sql/SqlMigrations.h"

#include "util/Clock.h"

#include <QCoreApplication>

namespace gatehouse::sql {

int schemaVersion(SqlSession &session, const MigrationLedger &ledger)
{
    QSqlQuery q = session.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ") + ledger.table);
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {
bool tableExists(SqlSession &session, const QString &table)
{
    QSqlQuery q =
        session.dialect() == Dialect::Postgres
            ? session.exec(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {table})
            : session.exec(QStringLiteral("SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' "
                                          "AND name = ?"),
                           {table});
    return q.next() && q.value(0).toBool();
}
} // namespace

int migrate(SqlSession &session, const QList<Migration> &migrations, const MigrationLedger &ledger)
{
    // Under the same lock as the steps: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe
    // against a second session creating the table at the same moment. Only when the ledger is
    // missing: an operator's login may not create tables (it is refused even when the table
    // exists), yet opens a workspace that is up to date.
    if (!tableExists(session, ledger.table))
        session.write([&] {
            if (session.dialect() == Dialect::Postgres)
                session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {ledger.lockKey});
            session.execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS ") + ledger.table +
                            QStringLiteral(" ("
                                           " version INTEGER PRIMARY KEY,"
                                           " description TEXT NOT NULL,"
                                           " applied_at BIGINT NOT NULL)"));
        });
    const int known = migrations.isEmpty() ? 0 : migrations.constLast().version;
    // Up to date (the common case): one read, no lock, no transaction per step. A step's ledger
    // row commits with the step, so a workspace at `known` holds every step.
    if (schemaVersion(session, ledger) == known)
        return 0;
    int applied = 0;
    for (const Migration &m : migrations) {
        const bool ran = session.write([&] {
            if (session.dialect() == Dialect::Postgres)
                session.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {ledger.lockKey});
            // Re-read inside the transaction: another process may have migrated meanwhile.
            const int current = schemaVersion(session, ledger);
            if (current > known)
                throw SqlSession::fail(ErrorCode::Unsupported,
                                       QCoreApplication::translate(
                                           "gatehouse::sql",
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
                    throw SqlSession::fail(ErrorCode::Internal,
                                           QCoreApplication::translate(
                                               "gatehouse::sql", "Upgrading the workspace to schema version "
                                                                 "%1 failed; it stays at version %2.")
                                               .arg(m.version)
                                               .arg(current),
                                           f.error.detail());
                }
            }
            session.exec(QStringLiteral("INSERT INTO ") + ledger.table +
                             QStringLiteral(" (version, description, applied_at) VALUES (?, ?, ?)"),
                         {m.version, m.description, clock::nowMs()});
            return true;
        });
        if (ran)
            ++applied;
    }
    if (applied == 0 && schemaVersion(session, ledger) > known) {
        throw SqlSession::fail(
            ErrorCode::Unsupported,
            QCoreApplication::translate("gatehouse::sql",
                                        "This workspace was written by a newer Gatehouse. Update "
                                        "Gatehouse to open it."));
    }
    return applied;
}

} // namespace gatehouse::sql
