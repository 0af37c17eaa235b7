#pragma once

#include "backend/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

namespace QKeychain {
class Job;
}

namespace gatehouse::security {

/// Asynchronous access to the OS keychain (QtKeychain → Secret Service on Linux).
///
/// Entries are scoped by account: the key is "<kind>:<account>", e.g.
/// "postgres:postgres://gatehouse@db:5432/gatehouse". Secrets never pass through logs, QSettings
/// or error messages.
///
/// Thread rule: create and call from a thread with a running event loop (normally the UI
/// thread); futures finish on that thread. Every job has a timeout (default 5 s): a keychain
/// that does not answer ends in ErrorCode::Unavailable instead of a hang.
///
/// On Linux, QtKeychain reports OtherError for everything when no Secret Service runs, and a
/// read may even claim EntryNotFound. So callers should probe() once and trust read() only
/// when the probe succeeded.
class Keychain : public QObject
{
    Q_OBJECT
public:
    explicit Keychain(QObject *parent = nullptr);
    ~Keychain() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }

    QFuture<Result<Done>> write(const QString &kind, const QString &account, const QString &secret);
    /// ErrorCode::NotFound when no entry exists.
    QFuture<Result<QString>> read(const QString &kind, const QString &account);
    /// Removing an entry that does not exist succeeds.
    QFuture<Result<Done>> remove(const QString &kind, const QString &account);

    /// Writes a random sentinel, reads it back and deletes it. Resolves to true only if the
    /// value came back intact. The answer is computed once per Keychain object.
    QFuture<Result<bool>> probe();

    static QString serviceName();

private:
    /// Starts `job` (see runJob in Keychain.cpp) and remembers it until it is gone.
    template <typename T, typename OnFinished>
    QFuture<Result<T>> start(QKeychain::Job *job, OnFinished onFinished);

    int m_timeoutMs = 5000;
    QList<QPointer<QObject>> m_jobs; ///< running jobs and their timers (they signal to this)
    QFuture<Result<bool>> m_probe;
    bool m_probeStarted = false;
};

} // namespace gatehouse::security
