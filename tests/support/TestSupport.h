#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace gatehouse::test {

/// Waits for a future while processing events (tests only: production code never blocks on a
/// future). Fails the wait after `timeoutMs`.
template <typename T>
Result<T> await(QFuture<Result<T>> future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        // The watcher posts an event to this thread when the future finishes, on whatever thread
        // that happens; the nested loop also lets futures that finish on this thread progress.
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return Error(ErrorCode::Internal, QStringLiteral("test timed out waiting for a future"));
    return future.result();
}

/// The URL of the test PostgreSQL maintenance database (GATEHOUSE_TEST_PG_URL), or empty.
QString postgresAdminUrl();

/// Runs `sql` on the test server's maintenance database as its administrator (creating and
/// dropping databases and logins). False and *error on failure.
bool adminExec(const QString &sql, QString *error);

/// True when PostgreSQL tests must run (CI=true or GATEHOUSE_TEST_PG_URL set): a missing or
/// broken server is then a failure, not a skip.
bool postgresRequired();

/// Creates a fresh, uniquely named PostgreSQL database for one test and drops it on destruction.
class PostgresDatabase
{
public:
    PostgresDatabase();
    ~PostgresDatabase();
    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; } ///< postgres://... of the new database (with password)

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

/// Opens a backend and waits for it; returns nullptr (and sets *error) on failure.
std::unique_ptr<Backend> openBackend(const QString &workspace, QString *error = nullptr);

} // namespace gatehouse::test

/// QVERIFY for a Result: prints the error text on failure.
#define GH_VERIFY_OK(result)                                                                                 \
    do {                                                                                                     \
        const auto &gh_r = (result);                                                                         \
        if (!gh_r.ok())                                                                                      \
            QFAIL(qPrintable(QStringLiteral("operation failed: ") + gh_r.error().toString()));               \
    } while (false)
