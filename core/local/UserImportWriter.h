#pragma once

#include "local/LocalSql.h"
#include "model/User.h"

#include <QHash>
#include <memory>

namespace gatehouse::local {

// Writers of an import's valid rows (worker-thread code). The import reads and validates rows
// and hands each valid one to a writer; the writer reports, in line order, the rows that clash
// with a user already stored or with an earlier row of the same file, and keeps none of them.
// Both writers give the same answer a row-by-row insert would: a row clashes when one of its
// keys (id, username, email, phone, checked in that order) belongs to a user stored before it or
// to an earlier row of the file that was imported.

/// A row refused because one of its keys is taken.
struct ImportClash
{
    qint64 line = 0;
    QString field;   ///< "id", "username", "primaryEmail" or "primaryPhone"
    QString message; ///< says who holds the value
};

class UserImportWriter
{
public:
    virtual ~UserImportWriter() = default;
    /// A valid row, with its final id and password digest.
    virtual void add(qint64 line, const User &user) = 0;
    /// Rows added since the last flush().
    virtual qint64 queued() const = 0;
    /// Writes every queued row into the current transaction; returns how many were stored and
    /// appends the refused ones to `clashes` in line order.
    virtual qint64 flush(QList<ImportClash> *clashes) = 0;

    /// Call right after each BEGIN and right before each COMMIT (after flush()).
    virtual void beginBatch() {}
    virtual void finishBatch(qint64 batchStartSeq) { Q_UNUSED(batchStartSeq) }

    /// The highest users.seq before the import: rows above it came from this file.
    qint64 startSeq() const { return m_startSeq; }

    /// A writer for the session's dialect; `tenantId` receives the rows.
    static std::unique_ptr<UserImportWriter> create(SqlSession &s, const QString &tenantId);

protected:
    explicit UserImportWriter(SqlSession &s);
    SqlSession &m_s;
    qint64 m_startSeq = 0;
};

/// The words for a clash: `value` is held by user `holderId`, stored by this import or before it.
QString importClashMessage(const QString &value, const QString &holderId, bool fromThisFile);
/// The field a unique key column belongs to ("email_key" → "primaryEmail").
QString importClashField(int keyIndex);

/// PostgreSQL's writer: rows stream into a temporary table through COPY while the file is read;
/// flush() finds clashes with stored users in one statement (an index lookup per key of each
/// row), resolves clashes inside the batch in memory, and moves the rest into users with one
/// INSERT … SELECT. A handful of round trips per batch, none per row.
std::unique_ptr<UserImportWriter> createPostgresImportWriter(SqlSession &s, const QString &tenantId);

} // namespace gatehouse::local
