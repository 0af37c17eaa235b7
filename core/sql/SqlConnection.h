#pragma once

#include "sql/SqlWorker.h"

#include <QThread>

namespace gatehouse::sql {

/// One database connection on a thread of its own: operations run there in submission order,
/// so the caller's thread never waits on SQL. The plumbing under a local workspace
/// (LocalBackend) and a journal-only store (SqlJournalStore).
///
/// Thread rule: create, use and destroy it on one thread. Futures finish on the connection's
/// thread. Destroying it runs the operations already queued (their futures finish), then closes
/// the connection on its own thread.
class SqlConnection
{
public:
    SqlConnection(WorkspaceSpec spec, SqlWorker::Prepare prepare, const QString &threadName);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Connects, configures and prepares the database (see SqlWorker::Prepare).
    Future<Done> open();
    /// Who the operations from now on are made by (the journal records it), and the name they
    /// declared for themselves (empty for none).
    void setOperatorName(const QString &name);
    void setDeclaredOperator(const QString &name);
    /// What the journal is sealed and verified with from now on (see JournalSeal.h).
    void setJournalSeal(const JournalSeal &seal);

    /// Runs `fn(SqlSession &)` on the connection's thread. `fn` returns T or throws Failure.
    template <typename T, typename F>
    Future<T> submit(F fn)
    {
        return runOn<T>(m_worker,
                        [worker = m_worker, fn = std::move(fn)]() mutable { return worker->call<T>(fn); });
    }

private:
    QThread m_thread;
    SqlWorker *m_worker; // lives in m_thread; deleted there
};

} // namespace gatehouse::sql
