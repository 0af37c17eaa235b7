// gatehouse-bench — measures the budgets of DESIGN.md §6 on the local SQLite backend and prints
// one JSON object on stdout. Usage: gatehouse-bench [--users N] [--dir DIR] [--keep] [--check]
//
// Phase 1 (this process): generate N users as CSV; insert them with the raw sqlite3 C API into
// a freshly migrated workspace (the reference); import the same CSV through the real import path
// into another; export it. Phase 2 (a child process, so memory and "open" are measured cold):
// open the imported workspace, first page of the user model, searches through the core API,
// random jumps in the model, a scroll from top to bottom; peak RSS.
#include "BenchData.h"
#include "factory/BackendFactory.h"
#include "security/Random.h"
#include "viewmodel/UserListModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace gatehouse;

namespace {
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

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "gatehouse-bench: %s\n", qPrintable(message));
    std::exit(1);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i =
        qMin(values.size() - 1, static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5));
    return values[i];
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

std::unique_ptr<Backend> openWorkspace(const QString &path)
{
    auto spec = WorkspaceSpec::parse(path);
    auto backend = createBackend(spec.value());
    const auto opened = await(backend->open());
    if (!opened.ok())
        die(opened.error().toString());
    backend->setOperator(QStringLiteral("gatehouse-bench"));
    return backend;
}

QString createTenant(Backend &backend)
{
    Tenant t;
    t.name = QStringLiteral("Bench");
    const auto created = await(backend.tenants().create(t));
    if (!created.ok())
        die(created.error().toString());
    return created->id;
}

/// The reference: the same rows through sqlite3_prepare/bind/step in one transaction.
double rawInsertRowsPerSecond(const QString &path, const QString &tenantId, qint64 count)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(QStringLiteral("raw open failed"));
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA "
                 "cache_size=-131072",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    const char *sql =
        "INSERT INTO users (tenant_id, id, username, primary_email, primary_phone, username_key, "
        "email_key, phone_key, name, avatar, profile, custom_data, identities, password_digest, "
        "password_algorithm, is_suspended, last_sign_in_at, created_at, updated_at, version) VALUES "
        "(?,?,?,?,?,?,?,?,?,'','{}','{}','{}',?,?,?,?,?,?,1)";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    // Rows are generated before the clock starts, like the CSV the import reads.
    QList<bench::GeneratedUser> users;
    users.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        users.append(bench::generatedUser(i));
    const QByteArray tenant = tenantId.toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const bench::GeneratedUser &u : std::as_const(users)) {
        const QByteArray f[] = {
            tenant,
            u.id.toUtf8(),
            u.username.toUtf8(),
            u.email.toUtf8(),
            u.phone.toUtf8(),
            u.username.toLower().toUtf8(),
            u.email.toLower().toUtf8(),
            QString(u.phone).remove(QRegularExpression(QStringLiteral("[^0-9]"))).toUtf8(),
            u.name.toUtf8(),
            u.digest.toUtf8(),
            u.algorithm.toUtf8()};
        int i = 0;
        for (const QByteArray &b : f)
            sqlite3_bind_text(stmt, ++i, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(stmt, ++i, u.suspended ? 1 : 0);
        sqlite3_bind_int64(stmt, ++i, u.lastSignInAt);
        sqlite3_bind_int64(stmt, ++i, u.createdAt);
        sqlite3_bind_int64(stmt, ++i, u.createdAt);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return static_cast<double>(count) / seconds;
}

/// Waits until the model has no request in flight (or a timeout).
void waitIdle(UserListModel &model, int timeoutMs = 60000)
{
    if (model.pendingRequests() == 0)
        return;
    QEventLoop loop;
    QObject::connect(&model, &UserListModel::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void waitLoaded(UserListModel &model, int first, int last)
{
    model.prefetch(first, last);
    QElapsedTimer guard;
    guard.start();
    while (!model.isLoaded(first, last) && guard.elapsed() < 30000) {
        QEventLoop loop;
        // Rows arrive as dataChanged (placeholders filled) or, while the total is still unknown,
        // as rowsInserted; wake on either so the timing is the model's, not the poll interval's.
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop, &QEventLoop::quit);
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, &QEventLoop::quit);
        QObject::connect(&model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
        QObject::connect(&model, &UserListModel::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

/// Phase 2, in a fresh process.
QJsonObject browse(const QString &path, qint64 users)
{
    QJsonObject out;
    QElapsedTimer timer;
    timer.start();
    auto backend = openWorkspace(path);
    const auto tenants = await(backend->tenants().list());
    if (!tenants.ok() || tenants->isEmpty())
        die(QStringLiteral("no tenant in the imported workspace"));
    const QString tenantId = tenants->first().id;
    UserListModel model;
    model.setSource(backend.get(), tenantId);
    waitLoaded(model, 0, 49);
    out.insert(QStringLiteral("first_page_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6);

    waitIdle(model); // anchors: total known, jumps possible
    out.insert(QStringLiteral("anchors_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6);
    if (model.total() != users)
        die(QStringLiteral("model total %1, expected %2").arg(model.total()).arg(users));

    QList<double> searches;
    QRandomGenerator rng(42);
    for (int i = 0; i < 240; ++i) {
        UserQuery q;
        q.search = bench::searchTermFor(static_cast<qint64>(rng.bounded(static_cast<quint64>(users))), i);
        QElapsedTimer t;
        t.start();
        const auto page = await(backend->users().page(tenantId, q, {}, 50));
        searches.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!page.ok() || (i % 6 != 5 && page->users.isEmpty()))
            die(QStringLiteral("search \"%1\" found nothing").arg(q.search));
    }
    out.insert(QStringLiteral("search_queries"), static_cast<int>(searches.size()));
    out.insert(QStringLiteral("search_p50_ms"), percentile(searches, 0.5));
    out.insert(QStringLiteral("search_p95_ms"), percentile(searches, 0.95));

    QList<double> jumps;
    for (int i = 0; i < 200; ++i) {
        const int row = static_cast<int>(rng.bounded(static_cast<quint64>(qMax<qint64>(1, users - 50))));
        QElapsedTimer t;
        t.start();
        waitLoaded(model, row, row + 40);
        jumps.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    out.insert(QStringLiteral("jump_p50_ms"), percentile(jumps, 0.5));
    out.insert(QStringLiteral("jump_p95_ms"), percentile(jumps, 0.95));

    QElapsedTimer scroll;
    scroll.start();
    const int step = model.chunkSize();
    for (int row = 0; row < model.rowCount(); row += step)
        waitLoaded(model, row, qMin(model.rowCount() - 1, row + 40));
    out.insert(QStringLiteral("scroll_end_to_end_s"), static_cast<double>(scroll.nsecsElapsed()) / 1e9);
    out.insert(QStringLiteral("rss_mb"), peakRssMb());
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("users"), QStringLiteral("Number of users (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("check"), QStringLiteral("Exit 1 when a budget is missed.")});
    parser.addOption({QStringLiteral("browse"), QStringLiteral("(internal) phase 2 on WORKSPACE."),
                      QStringLiteral("WORKSPACE")});
    parser.process(app);
    const qint64 users = parser.value(QStringLiteral("users")).toLongLong();
    if (users < 1000)
        die(QStringLiteral("--users must be at least 1000"));

    if (parser.isSet(QStringLiteral("browse"))) {
        const QJsonObject out = browse(parser.value(QStringLiteral("browse")), users);
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }

    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/users.csv");
    const QString rawPath = dir + QStringLiteral("/raw.sqlite");
    const QString importPath = dir + QStringLiteral("/import.sqlite");
    for (const QString &f : {rawPath, importPath})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(f + QLatin1String(suffix));
    QJsonObject out;
    out.insert(QStringLiteral("users"), users);
    if (!bench::writeUsersCsv(csv, users))
        die(QStringLiteral("cannot write %1").arg(csv));

    QString rawTenant;
    {
        auto backend = openWorkspace(rawPath);
        rawTenant = createTenant(*backend);
    }
    const double raw = rawInsertRowsPerSecond(rawPath, rawTenant, users);
    out.insert(QStringLiteral("raw_insert_rows_per_s"), raw);

    {
        auto backend = openWorkspace(importPath);
        const QString tenantId = createTenant(*backend);
        ImportOptions options;
        QElapsedTimer timer;
        timer.start();
        const auto report = await(backend->users().importUsers(tenantId, csv, options, nullptr));
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!report.ok())
            die(report.error().toString());
        if (report->rowsImported != users)
            die(QStringLiteral("import: %1").arg(report->toText().left(2000)));
        out.insert(QStringLiteral("import_rows_per_s"), static_cast<double>(users) / seconds);
        out.insert(QStringLiteral("import_ratio"), static_cast<double>(users) / seconds / raw);

        timer.restart();
        const auto exported = await(
            backend->users().exportUsers(tenantId, {}, dir + QStringLiteral("/export.csv"), {}, nullptr));
        if (!exported.ok() || exported->rows != users)
            die(QStringLiteral("export failed"));
        out.insert(QStringLiteral("export_s"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--users"), QString::number(users), QStringLiteral("--browse"), importPath});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        die(QStringLiteral("browse phase failed"));
    const QJsonObject browsed = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    for (auto it = browsed.begin(); it != browsed.end(); ++it)
        out.insert(it.key(), it.value());

    const QJsonObject budgets{{QStringLiteral("first_page_ms"), 100},
                              {QStringLiteral("jump_p95_ms"), 16},
                              {QStringLiteral("search_p95_ms"), 5},
                              {QStringLiteral("export_s"), 3},
                              {QStringLiteral("rss_mb"), 100}};
    QJsonArray missed;
    for (auto it = budgets.begin(); it != budgets.end(); ++it) {
        if (out.value(it.key()).toDouble() >= it.value().toDouble())
            missed.append(it.key());
    }
    if (out.value(QStringLiteral("import_ratio")).toDouble() < 0.5)
        missed.append(QStringLiteral("import_ratio"));
    out.insert(QStringLiteral("budgets_missed"), missed);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return parser.isSet(QStringLiteral("check")) && !missed.isEmpty() ? 1 : 0;
}
