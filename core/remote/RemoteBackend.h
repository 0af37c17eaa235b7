#pragma once

#include "backend/AreaBackend.h"
#include "backend/WorkspaceSpec.h"
#include "journal/JournalStore.h"
#include "remote/RemoteSession.h"

#include <QHash>
#include <QJsonValue>
#include <QThread>
#include <atomic>
#include <memory>

namespace gatehouse::remote {

class RemoteWorker;
class TokenCache;
class RequestLog;

/// The Backend for a Logto server's Management API (one connection = one Logto tenant).
///
/// One worker thread owns the HTTP session; operations run there in submission order, written
/// as straight-line code against RemoteSession (which blocks only that thread). Futures finish on
/// the worker thread. Cancelling a returned future aborts its request in flight.
///
/// Logto does not record Management API changes, so every change made through a connection is
/// appended to the connection's JournalStore (given by whoever creates the backend; see
/// factory/BackendFactory.h), after the server has accepted it. Each request that may change the
/// server is recorded there too: before it is sent and with its outcome after (RequestJournal). Each area is
/// implemented in its own file (RemoteAreas.h, RemoteUsers.h, RemoteOrganizations.h).
class RemoteBackend final : public AreaBackend
{
public:
    /// `spec` must be of Kind::Logto with clientId and clientSecret filled in (see
    /// security/Credentials.h). `journal` records what this connection changes.
    RemoteBackend(WorkspaceSpec spec, std::unique_ptr<JournalStore> journal);
    ~RemoteBackend() override;

    QString location() const override;
    Capabilities capabilities() const override;
    /// Opens the journal, fetches a token and reads one page (so a wrong endpoint, refused
    /// credentials or an untrusted certificate show up here, in plain words).
    Future<Done> open() override;
    Result<Done> declareOperator(const QString &name) override;
    void sealJournal(const JournalSeal &seal) override;
    QString operatorName() const override;

    const WorkspaceSpec &spec() const { return m_spec; }
    /// The id the single tenant of this connection has in the core API (the Logto tenant id).
    QString tenantId() const { return m_spec.logtoTenant; }
    /// The name declared with declareOperator() (empty for none).
    QString declaredOperator() const { return m_declared; }
    /// Whether open() has succeeded; until then area calls fail with Unavailable.
    bool isOpen() const { return m_open.load(); }

    /// Runs `fn(RemoteSession &)` on the worker thread. `fn` returns T or throws Failure.
    template <typename T, typename F>
    Future<T> submit(F fn)
    {
        Promise<T> promise;
        post(
            [promise, fn = std::move(fn)](RemoteSession &session, bool cancelled) mutable {
                promise.finish(cancelled || promise.isCancelled()
                                   ? Result<T>(Error(ErrorCode::Cancelled, {}))
                                   : guarded<T>([&] { return fn(session); }, internalMessage()));
            },
            [promise] { return promise.isCancelled(); });
        return promise.future();
    }

    /// Called on the worker thread after the server accepted a change: appends the journal entry
    /// (operator, tenant, action, target, before/after with secrets redacted, reason) and waits
    /// for it. Throws Failure when the journal cannot be written (the change on the server stays;
    /// the error says so).
    void journalChange(const QString &action, const QString &targetType, const QString &targetId,
                       const QJsonValue &before, const QJsonValue &after, const QString &reason = {});

    /// Called on the worker thread before a request that changes nothing on the server but must
    /// be on record (a password check): appends the entry and waits for it. Throws Failure when
    /// it cannot be written — then the request is not sent.
    void journalAttempt(const QString &action, const QString &targetType, const QString &targetId);
    /// The times (unix ms) of this connection's journal entries with `action` about `targetId`
    /// since `sinceMs` (worker thread; waits for the journal).
    QList<qint64> journalTimes(const QString &action, const QString &targetId, qint64 sinceMs);

    /// Which API resource each scope id belongs to (Logto addresses scopes through their
    /// resource; the core API by scope id alone). A cache: entries may be stale. Worker thread
    /// only (jobs run there one at a time).
    QHash<QString, QString> &scopeResources() const { return m_scopeResources; }

private:
    friend class RequestLog;
    using Job = std::function<void(RemoteSession &, bool cancelled)>;
    /// Appends `draft` to the connection's journal and waits; throws Failure with
    /// `failureMessage` (its %1 the journal's error) when it cannot be written.
    void appendAndWait(const JournalDraft &draft, const QString &failureMessage);
    /// Queues `job` on the worker; `isCancelled` is polled while its requests are in flight.
    void post(Job job, std::function<bool()> isCancelled);
    static QString internalMessage();

    WorkspaceSpec m_spec;
    QString m_operator;
    QString m_declared;
    std::shared_ptr<TokenCache> m_tokens;
    QThread m_thread;
    RemoteWorker *m_worker;                 // lives in m_thread; deleted there
    JournalStore *m_journal;                ///< owned by the areas (it is the journal area)
    std::unique_ptr<RequestLog> m_requests; ///< records the session's requests in m_journal
    std::atomic<bool> m_open = false;
    mutable QHash<QString, QString> m_scopeResources; ///< a cache (see scopeResources())
};

} // namespace gatehouse::remote
