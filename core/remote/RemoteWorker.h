#pragma once

#include "remote/RemoteSession.h"

#include <QObject>
#include <functional>
#include <memory>

namespace gatehouse::remote {

/// Runs a RemoteBackend's jobs, one at a time and in the order they were posted, on the
/// backend's worker thread. Owns the connection's one RemoteSession, made on that thread by the
/// first job. Every method runs on the worker thread; the object is deleted there when the
/// thread stops, after the jobs already queued have run.
class RemoteWorker : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(RemoteSession &, bool cancelled)>;

    RemoteWorker(ConnectionSettings settings, std::shared_ptr<TokenCache> tokens);
    ~RemoteWorker() override;

    /// Runs `job`. While it runs, the session's cancel check is `isCancelled`. A job waits for its requests
    /// in a local event loop, which also delivers the next posted jobs: those are queued here and run after
    /// it, so jobs never nest.
    void run(const Job &job, const std::function<bool()> &isCancelled);

    /// Where the session records requests that may change the server (before the first job).
    void setRequestJournal(RequestJournal *journal) { m_requestJournal = journal; }

    /// The session of the running job (null before the first one). Worker thread only.
    RemoteSession *session() const { return m_session.get(); }

    /// Stops the thread's event loop once no job is running (after the queued ones).
    void stop();

private:
    ConnectionSettings m_settings;
    std::shared_ptr<TokenCache> m_tokens;
    std::unique_ptr<RemoteSession> m_session;
    RequestJournal *m_requestJournal = nullptr;
    QList<std::pair<Job, std::function<bool()>>> m_queue; ///< posted while a job was running
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace gatehouse::remote
