#pragma once

#include "backend/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <exception>
#include <memory>
#include <utility>

// The one way Gatehouse turns work on another thread into a Future: a Promise handed to the
// work, fulfilled exactly once. Backends, the keychain and the connection manager all use it.

namespace gatehouse {

template <typename T>
using Future = QFuture<Result<T>>;

/// A future that has already finished with `result`.
template <typename T>
Future<T> readyFuture(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

/// A future that has already failed with `error`.
template <typename T>
Future<T> failedFuture(Error error)
{
    return readyFuture<T>(Result<T>(std::move(error)));
}

/// The producing side of one Future<T>. Copies share the same promise; finish() it exactly once,
/// from any thread. The future is started on construction.
template <typename T>
class Promise
{
public:
    Promise()
        : m_promise(std::make_shared<QPromise<Result<T>>>())
    {
        m_promise->start();
    }

    Future<T> future() const { return m_promise->future(); }
    /// Whether the consumer cancelled the future (the work may stop early).
    bool isCancelled() const { return m_promise->isCanceled(); }
    void finish(Result<T> result) const
    {
        m_promise->addResult(std::move(result));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<Result<T>>> m_promise;
};

/// Runs `fn()` and turns what it throws into an error: Failure → its error; any other exception
/// → Internal with `internalMessage` (the exception's text as the detail). `fn` returns T or
/// Result<T>.
template <typename T, typename F>
Result<T> guarded(F &&fn, const QString &internalMessage)
{
    try {
        return Result<T>(fn());
    } catch (const Failure &failure) {
        return failure.error;
    } catch (const std::exception &e) {
        return Error(ErrorCode::Internal, internalMessage, QString::fromLocal8Bit(e.what()));
    }
}

/// Runs `fn()` on `context`'s thread, after what is already queued there, and returns the future
/// of its result (`fn` returns Result<T>). A future cancelled before `fn` starts finishes with
/// ErrorCode::Cancelled and `fn` never runs. `context` must outlive the queued call.
template <typename T, typename F>
Future<T> runOn(QObject *context, F fn)
{
    Promise<T> promise;
    QMetaObject::invokeMethod(
        context,
        [promise, fn = std::move(fn)]() mutable {
            promise.finish(promise.isCancelled() ? Result<T>(Error(ErrorCode::Cancelled, {}))
                                                 : Result<T>(fn()));
        },
        Qt::QueuedConnection);
    return promise.future();
}

} // namespace gatehouse
