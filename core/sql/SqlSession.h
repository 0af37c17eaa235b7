#pragma once

#include "backend/Result.h"
#include "journal/JournalSeal.h"

#include <QHash>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <unordered_map>
#include <utility>
#include <vector>

namespace gatehouse::sql {

using gatehouse::Failure;

/// The SQL differences between SQLite and PostgreSQL live here and in the migrations, nowhere
/// else: both run the same schema (BIGINT/TEXT/SMALLINT columns, explicit ids, no serials).
enum class Dialect { Sqlite, Postgres };

/// One open connection plus the helpers every area uses. Lives on, and is used only from, the
/// connection's worker thread.
class SqlSession
{
public:
    SqlSession(QSqlDatabase db, Dialect dialect);

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &database() { return m_db; }

    /// Who the following changes are by (the journal records it), and a name they declared for
    /// themselves (recorded next to it; empty for none).
    void setOperatorName(const QString &name) { m_operator = name; }
    const QString &operatorName() const { return m_operator; }
    void setDeclaredOperator(const QString &name) { m_declaredOperator = name; }
    const QString &declaredOperator() const { return m_declaredOperator; }
    /// What the journal is sealed and verified with (see JournalSeal.h); empty: unsealed.
    void setJournalSeal(const JournalSeal &seal) { m_seal = seal; }
    const JournalSeal &journalSeal() const { return m_seal; }
    /// The entry sealed in the current transaction; the anchor moves to it once that commits.
    void setPendingAnchor(const JournalAnchor &anchor) { m_pendingAnchor = anchor; }

    /// Prepares, binds positionally and executes. Null QStrings are bound as '' (use QVariant() for
    /// SQL NULL). Throws Failure (mapped error) on any database error.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    /// exec() for the statements a workspace runs over and over (a page of users, an import
    /// batch). On PostgreSQL the statement is prepared once per connection and kept: one round
    /// trip per call instead of three (Qt's driver prepares, executes and frees every query).
    /// Read the result while the returned handle lives.
    class ReusedQuery;
    ReusedQuery execReused(const QString &sql, const QVariantList &binds = {});
    /// Frees the statements execReused() keeps (before the connection closes).
    void releaseStatements();
    /// Runs a statement without parameters (DDL, PRAGMA); throws Failure on error.
    void execRaw(const QString &sql);

    /// Runs `fn` inside one write transaction (SQLite: BEGIN IMMEDIATE, so the single writer lock
    /// is taken up front). Commits on return, rolls back and rethrows on Failure.
    template <typename F>
    auto write(F &&fn) -> decltype(fn())
    {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                auto result = fn();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    /// Runs `fn` in a read-only transaction that sees one state of the database throughout
    /// (SQLite: a deferred transaction; PostgreSQL: REPEATABLE READ), so reads spanning several
    /// statements are consistent while other connections write. Writers are not blocked.
    template <typename F>
    auto snapshot(F &&fn) -> decltype(fn())
    {
        execRaw(m_dialect == Dialect::Sqlite
                    ? QStringLiteral("BEGIN")
                    : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                auto result = fn();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    /// Appends a journal entry by operatorName() inside the current write transaction (see
    /// SqlJournal.h).
    void journal(const QString &tenantId, const QString &action, const QString &targetType,
                 const QString &targetId, const QJsonValue &before, const QJsonValue &after,
                 const QString &reason = {});

    /// Turns a database error into a core error (unique violations → AlreadyExists, lost
    /// connection → Unavailable, everything else → Internal), with the driver text as detail.
    Error mapError(const QSqlError &error) const;
    bool isUniqueViolation(const QSqlError &error) const;

    /// Throws Failure(NotFound) unless `sql` (a SELECT 1 ... query) returns a row.
    void requireRow(const QString &sql, const QVariantList &binds, const QString &what, const QString &id);

    static Failure fail(ErrorCode code, const QString &message, const QString &detail = {});

    /// Explicit transaction control for long operations that commit in batches (imports).
    /// Prefer write() everywhere else.
    void begin();
    void commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_operator;
    QString m_declaredOperator;
    JournalSeal m_seal;
    std::optional<JournalAnchor> m_pendingAnchor;
    /// PostgreSQL: statements that failed inside a transaction, kept until it ends. Freeing a
    /// prepared statement in an aborted transaction fails and leaks it on the server.
    std::vector<QSqlQuery> m_failed;
    /// PostgreSQL: execReused()'s statements by SQL text.
    std::unordered_map<QString, QSqlQuery> m_reused;
};

/// What execReused() ran: the kept statement (PostgreSQL) or a query of its own. Its end discards
/// whatever was left unread (an unread SQLite statement would hold its read transaction open).
class SqlSession::ReusedQuery
{
public:
    explicit ReusedQuery(QSqlQuery *kept)
        : m_kept(kept)
    {}
    explicit ReusedQuery(QSqlQuery &&own)
        : m_own(std::move(own))
    {}
    ReusedQuery(ReusedQuery &&other) noexcept
        : m_kept(std::exchange(other.m_kept, nullptr))
        , m_own(std::move(other.m_own))
    {}
    ReusedQuery(const ReusedQuery &) = delete;
    ReusedQuery &operator=(const ReusedQuery &) = delete;
    ReusedQuery &operator=(ReusedQuery &&) = delete;
    ~ReusedQuery()
    {
        if (m_kept)
            m_kept->finish();
    }

    QSqlQuery &operator*() { return m_kept ? *m_kept : m_own; }
    QSqlQuery *operator->() { return &**this; }

private:
    QSqlQuery *m_kept = nullptr;
    QSqlQuery m_own;
};

/// Bind helpers: booleans are stored as 0/1 (SMALLINT) in both dialects.
inline int b2i(bool b)
{
    return b ? 1 : 0;
}

} // namespace gatehouse::sql
