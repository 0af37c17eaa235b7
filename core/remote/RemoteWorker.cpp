#include "remote/RemoteWorker.h"

#include "remote/TokenCache.h"

#include <QThread>

namespace gatehouse::remote {

RemoteWorker::RemoteWorker(ConnectionSettings settings, std::shared_ptr<TokenCache> tokens)
    : m_settings(std::move(settings))
    , m_tokens(std::move(tokens))
{}

RemoteWorker::~RemoteWorker() = default;

void RemoteWorker::run(const Job &job, const std::function<bool()> &isCancelled)
{
    m_queue.append({job, isCancelled});
    if (m_running)
        return; // delivered by the running job's local event loop: it runs when that job is done
    m_running = true;
    while (!m_queue.isEmpty()) {
        const auto [next, cancelled] = m_queue.takeFirst();
        // The session owns a QNetworkAccessManager, which must live on the thread that uses it.
        if (!m_session) {
            m_session = std::make_unique<RemoteSession>(m_settings, m_tokens);
            m_session->setRequestJournal(m_requestJournal);
        }
        m_session->setCancelCheck(cancelled);
        m_session->takeJournalNote(); // a note belongs to the job that made it
        next(*m_session, cancelled && cancelled());
        m_session->setCancelCheck({});
    }
    m_running = false;
    if (m_stopRequested)
        QThread::currentThread()->quit();
}

void RemoteWorker::stop()
{
    // QThread::quit() would also end a running job's local event loop: wait for the job instead.
    if (m_running)
        m_stopRequested = true;
    else
        QThread::currentThread()->quit();
}

} // namespace gatehouse::remote
