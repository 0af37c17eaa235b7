#pragma once

#include "backend/Result.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// What the benchmark programs (gatehouse-bench, gatehouse-logbench) share.
namespace gatehouse::bench {

/// Waits for `future` with an event loop running (continuations on this thread keep working).
template <typename T>
Result<T> await(QFuture<Result<T>> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

/// Prints "<program>: message" on standard error and exits with 1.
[[noreturn]] void die(const QString &message);
/// The p-quantile (0..1) of `values`, nearest rank; 0 for none.
double percentile(QList<double> values, double p);
/// Elapsed milliseconds, with the fraction.
double ms(const QElapsedTimer &t);
/// This process's peak resident memory (VmHWM) in MiB; 0 where /proc says nothing.
double peakRssMb();
/// Runs this program again with `arguments` (a phase: "--phase NAME …"), its standard error
/// passed through, and returns the JSON object it printed; dies when the phase fails.
QJsonObject runChild(const QStringList &arguments);

} // namespace gatehouse::bench
