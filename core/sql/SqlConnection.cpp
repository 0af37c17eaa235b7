#include "sql/SqlConnection.h"

#include "util/WorkerThread.h"

namespace gatehouse::sql {

SqlConnection::SqlConnection(WorkspaceSpec spec, SqlWorker::Prepare prepare, const QString &threadName)
    : m_worker(new SqlWorker(std::move(spec), std::move(prepare)))
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    deleteWorkerWhenFinished(m_thread, m_worker);
    m_thread.start();
}

SqlConnection::~SqlConnection()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Future<Done> SqlConnection::open()
{
    return runOn<Done>(m_worker, [w = m_worker] { return w->open(); });
}

void SqlConnection::setOperatorName(const QString &name)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, name] { w->setOperatorName(name); }, Qt::QueuedConnection);
}

void SqlConnection::setDeclaredOperator(const QString &name)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, name] { w->setDeclaredOperator(name); }, Qt::QueuedConnection);
}

void SqlConnection::setJournalSeal(const JournalSeal &seal)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, seal] { w->setJournalSeal(seal); }, Qt::QueuedConnection);
}

} // namespace gatehouse::sql
