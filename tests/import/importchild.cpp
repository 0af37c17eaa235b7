// Imports FILE into the first tenant of WORKSPACE (mode all|skip) and stops dead inside the
// import's write at PAUSE, printing "paused <what> <n>", so that tst_importcrash kills it exactly
// there. PAUSE is row:N (while the N-th user row is being inserted) or commit:K (in the K-th
// commit after the first user row, before it takes effect).
#include "SqliteHooks.h"
#include "TestSupport.h"

#include <QThread>
#include <atomic>
#include <cstdio>
#include <cstring>

using namespace gatehouse;

namespace {
enum class PauseKind { Row, Commit };
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
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return 2;
    const QByteArray pause = argv[4];
    const qsizetype colon = pause.indexOf(':');
    pauseKind = pause.left(colon) == "commit" ? PauseKind::Commit : PauseKind::Row;
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

    QString error;
    auto backend = test::openBackend(QString::fromLocal8Bit(argv[1]), &error);
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
    const auto report = test::await(
        backend->users().importUsers(tenants->first().id, QString::fromLocal8Bit(argv[2]), options, nullptr),
        600000);
    std::puts(report.ok() && report->committed ? "committed" : "not committed");
    return 0;
}
