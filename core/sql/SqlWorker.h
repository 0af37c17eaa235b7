#pragma once

#include "backend/Result.h"
#include "backend/WorkspaceSpec.h"
#include "sql/SqlSession.h"
#include "util/Futures.h"

#include <QObject>
#include <functional>
#include <memory>

namespace gatehouse::sql {

/// Owns one database connection (SQLite file or PostgreSQL server) and runs operations on it,
/// one at a time. Lives in the thread of its SqlConnection; every method runs there.
class SqlWorker : public QObject
{
    Q_OBJECT
public:
    /// What a database needs on every open once connected and configured (SQLite: WAL, foreign
    /// keys, busy timeout): its migrations, SQL functions… Throws Failure.
    using Prepare = std::function<void(SqlSession &)>;

    SqlWorker(WorkspaceSpec spec, Prepare prepare);
    ~SqlWorker() override;

    Result<Done> open();
    void close();
    void setOperatorName(const QString &name);
    void setDeclaredOperator(const QString &name);
    void setJournalSeal(const JournalSeal &seal);

    /// Runs `fn(session)`; an operation before open() fails with Unavailable.
    template <typename T, typename F>
    Result<T> call(F &fn)
    {
        if (!m_session)
            return Error(ErrorCode::Unavailable, notOpenMessage());
        return guarded<T>([&] { return fn(*m_session); }, internalMessage());
    }

private:
    static QString notOpenMessage();
    static QString internalMessage();

    WorkspaceSpec m_spec;
    Prepare m_prepare;
    QString m_connectionName;
    QString m_operator;
    QString m_declaredOperator;
    JournalSeal m_seal;
    std::unique_ptr<SqlSession> m_session;
};

} // namespace gatehouse::sql
