// Imports FILE into the first tenant of WORKSPACE (mode all|skip) and stops dead inside the
// import's write at PAUSE, printing "paused <what> <n>", so that tst_importcrash kills it exactly
// there. PAUSE is row:N (while the N-th user row is being inserted) or commit:K (in the K-th
// commit after the first user row, before it takes effect) on SQLite, or copy:N on PostgreSQL:
// the import reads FILE through a pipe that this process feeds with its first N rows and then
// holds open, and "paused" is printed once the server reports that rows arrived through the
// import's COPY and stopped arriving (the COPY is then open, waiting for the rest of the file).
#include "PostgresConnection.h"
#include "SqliteHooks.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

using namespace gatehouse;

namespace {
enum class PauseKind { Row, Commit, Copy };
PauseKind pauseKind = PauseKind::Row;
qint64 pauseAt = 0;
std::atomic<qint64> usersInserted{0};
std::atomic<qint64> commits{0};

/// Holds the calling connection where it is until the parent kills this process. A parent that
/// never does cannot hang the test: the import goes on after two minutes.
void holdHere(const char *what, qint64 n)
{
    std::printf("paused %s %lld\n", what, static_cast<long long>(n));
    std::fflush(stdout);
    QThread::sleep(120);
}

/// Feeds `pipe` with the header and the first `rows` rows of `file`, waits until the server shows
/// the import's COPY open with rows received and no more arriving, says so and holds the pipe.
void feedAndHold(const QString &file, const QString &pipe, qint64 rows, const QString &workspace)
{
    QFile source(file);
    QFile sink(pipe);
    if (!source.open(QIODevice::ReadOnly) || !sink.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        std::fprintf(stderr, "cannot open the file or the pipe\n");
        std::exit(1);
    }
    for (qint64 i = 0; i <= rows && !source.atEnd(); ++i)
        sink.write(source.readLine());

    const auto spec = WorkspaceSpec::parse(workspace);
    {
        QSqlDatabase db = test::addPostgresConnection(spec.value(), QStringLiteral("watch"));
        if (!db.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError().text()));
            std::exit(1);
        }
        // Rows have arrived and no more do: the import waits on the pipe with its COPY open.
        QSqlQuery q(db);
        qint64 previous = 0;
        for (int attempt = 0; attempt < 600; ++attempt) {
            qint64 arrived = 0;
            if (q.exec(
                    QStringLiteral("SELECT p.tuples_processed FROM pg_stat_progress_copy p JOIN "
                                   "pg_stat_activity a ON a.pid = p.pid WHERE a.datname = current_database() "
                                   "AND a.query LIKE 'COPY gatehouse_import_staging%'")) &&
                q.next())
                arrived = q.value(0).toLongLong();
            q.finish();
            if (arrived > 0 && arrived == previous)
                holdHere("copy", arrived);
            previous = arrived;
            QThread::msleep(200);
        }
    }
    std::fprintf(stderr, "the import's COPY never started\n");
    std::exit(1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return 2;
    const QByteArray pause = argv[4];
    const qsizetype colon = pause.indexOf(':');
    pauseKind = pause.left(colon) == "commit" ? PauseKind::Commit
                : pause.left(colon) == "copy" ? PauseKind::Copy
                                              : PauseKind::Row;
    pauseAt = pause.mid(colon + 1).toLongLong();
    if (colon < 0 || pauseAt < 1)
        return 2;

    test::sqlitehooks::Hooks hooks;
    hooks.inserted = [](sqlite3 *, const char *table) {
        if (std::strcmp(table, "users") != 0)
            return;
        const qint64 n = ++usersInserted;
        if (pauseKind == PauseKind::Row && n == pauseAt)
            holdHere("row", n);
    };
    hooks.committing = [](sqlite3 *) {
        if (usersInserted.load() == 0)
            return;
        const qint64 k = ++commits;
        if (pauseKind == PauseKind::Commit && k == pauseAt)
            holdHere("commit", k);
    };
    test::sqlitehooks::install(std::move(hooks));

    const QString workspace = QString::fromLocal8Bit(argv[1]);
    QString file = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir pipeDir;
    std::unique_ptr<QThread> feeder;
    if (pauseKind == PauseKind::Copy) {
        const QString pipe = pipeDir.filePath(QStringLiteral("feed.csv"));
        if (::mkfifo(QFile::encodeName(pipe).constData(), 0600) != 0)
            return 1;
        feeder.reset(QThread::create(feedAndHold, file, pipe, pauseAt, workspace));
        feeder->start();
        file = pipe;
    }

    QString error;
    auto backend = test::openBackend(workspace, &error);
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto tenants = test::await(backend->tenants().list());
    if (!tenants.ok() || tenants->isEmpty())
        return 1;
    ImportOptions options;
    options.mode =
        qstrcmp(argv[3], "skip") == 0 ? ImportOptions::Mode::SkipInvalid : ImportOptions::Mode::AllOrNothing;
    const auto report =
        test::await(backend->users().importUsers(tenants->first().id, file, options, nullptr), 600000);
    std::puts(report.ok() && report->committed ? "committed" : "not committed");
    std::fflush(stdout);
    if (feeder)
        std::_Exit(0); // the feeder may still hold the pipe
    return 0;
}
