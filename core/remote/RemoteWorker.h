#pragma once

#include "remote/RemoteSession.h"

#include <QHash>
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

    /// Runs `job`. While it runs, the session's cancel check is `isCancelled` and current() is
    /// this worker. A job waits for its requests in a local event loop, which also delivers the
    /// next posted jobs: those are queued here and run after it, so jobs never nest.
    void run(const Job &job, const std::function<bool()> &isCancelled);

    /// Stops the thread's event loop once no job is running (after the queued ones).
    void stop();

    /// The worker whose job is running on this thread (nullptr outside a job).
    static RemoteWorker *current();

    /// Set by the job of RemoteBackend::open() once the connection answered; until then area
    /// calls fail with Unavailable.
    bool isOpen() const { return m_open; }
    void setOpen(bool open) { m_open = open; }

    /// Which API resource each scope id belongs to (Logto addresses scopes through their
    /// resource; the core API by scope id alone). A cache: entries may be stale.
    QHash<QString, QString> &scopeResources() { return m_scopeResources; }

private:
    ConnectionSettings m_settings;
    std::shared_ptr<TokenCache> m_tokens;
    std::unique_ptr<RemoteSession> m_session;
    bool m_open = false;
    QHash<QString, QString> m_scopeResources;
    QList<std::pair<Job, std::function<bool()>>> m_queue; ///< posted while a job was running
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace gatehouse::remote
