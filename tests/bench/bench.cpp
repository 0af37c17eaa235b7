// gatehouse-bench — measures the budgets of DESIGN.md §6 and prints one JSON object on stdout.
// Usage: gatehouse-bench [--users N] [--dir DIR] [--workspace postgres://…] [--delay-ms MS] [--check]
//
// 1. This process generates N users as CSV and, on SQLite, measures the reference: the same rows
//    through the raw sqlite3 C API into a workspace's users table (same columns, same indexes),
//    then one bulk build of the same trigram index — the least any import must do; on PostgreSQL,
//    COPY of the same rows into a copy of the workspace's users table with all its indexes.
// 2. A child process imports the CSV through the real import path (peak RSS is the import's own),
//    exports it, imports a file whose every row clashes with an existing user, and creates the
//    demo workspace.
// 3. Another child opens the workspace cold: first page of the user model, searches in classes
//    of terms drawn from the data (each with its p50/p95 and hit count), random jumps in the
//    model, a scroll from top to bottom; peak RSS.
#include "BenchData.h"
#include "BenchPostgres.h"
#include "BenchSupport.h"
#include "DelayProxy.h"
#include "factory/BackendFactory.h"
#include "io/DemoWorkspace.h"
#include "viewmodel/UserListModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <sqlite3.h>

using namespace gatehouse;
using bench::await;
using bench::die;
using bench::ms;
using bench::peakRssMb;
using bench::percentile;
using bench::runChild;

namespace {
bool isPostgres(const QString &workspace)
{
    return workspace.startsWith(QLatin1String("postgres://")) ||
           workspace.startsWith(QLatin1String("postgresql://"));
}

std::unique_ptr<Backend> openWorkspace(const QString &workspace)
{
    auto spec = WorkspaceSpec::parse(workspace);
    if (!spec.ok())
        die(spec.error().toString());
    auto backend = createBackend(spec.value());
    const auto opened = await(backend->open());
    if (!opened.ok())
        die(opened.error().toString());
    backend->declareOperator(QStringLiteral("gatehouse-bench"));
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

QString onlyTenant(Backend &backend)
{
    const auto tenants = await(backend.tenants().list());
    if (!tenants.ok() || tenants->size() != 1)
        die(QStringLiteral("the workspace must hold exactly the benchmark's tenant"));
    return tenants->first().id;
}

/// Size of the workspace on disk: the SQLite file with its WAL, or the PostgreSQL database.
double diskMb(const QString &workspace)
{
    if (!isPostgres(workspace)) {
        qint64 bytes = 0;
        for (const char *suffix : {"", "-wal"})
            bytes += QFileInfo(workspace + QLatin1String(suffix)).size();
        return static_cast<double>(bytes) / (1024.0 * 1024.0);
    }
    const auto spec = WorkspaceSpec::parse(workspace);
    double mb = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-size"));
        db.setHostName(spec->host);
        db.setPort(spec->port);
        db.setDatabaseName(spec->database);
        db.setUserName(spec->user);
        db.setPassword(spec->password);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && q.next())
                mb = q.value(0).toDouble() / (1024.0 * 1024.0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-size"));
    return mb;
}

/// The reference import, the least any import must do: rows generated in batches outside the
/// clock, inserted with sqlite3_prepare/bind/step in one transaction into a table with the
/// workspace's columns and unique indexes (username, email, phone, id), then the workspace's
/// trigram index built once from the table. `schemaFrom` is a migrated workspace whose
/// definitions are copied; the connection settings are a workspace connection's.
QJsonObject referenceImport(const QString &path, const QString &schemaFrom, qint64 count)
{
    auto open = [](const QString &file) {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            die(QStringLiteral("reference: cannot open %1").arg(file));
        return db;
    };
    QList<QByteArray> schema;
    {
        sqlite3 *source = open(schemaFrom);
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(
            source,
            "SELECT sql FROM sqlite_master WHERE (type = 'table' AND name IN ('users', 'users_fts')) "
            "OR (type = 'index' AND name IN ('users_username', 'users_email', 'users_phone')) "
            "ORDER BY type DESC, name",
            -1, &q, nullptr);
        while (sqlite3_step(q) == SQLITE_ROW)
            schema << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
        sqlite3_close(source);
        if (schema.size() != 5)
            die(QStringLiteral("reference: the workspace schema has %1 of the 5 definitions")
                    .arg(schema.size()));
    }
    sqlite3 *db = open(path);
    auto exec = [db](const char *sql) {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            die(QStringLiteral("reference: %1").arg(QString::fromUtf8(error)));
    };
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    for (const QByteArray &definition : std::as_const(schema))
        exec(definition.constData());
    const QString tenantId = QStringLiteral("reference");

    sqlite3_stmt *stmt = nullptr;
    const char *sql =
        "INSERT INTO users (tenant_id, id, username, primary_email, primary_phone, username_key, "
        "email_key, phone_key, name, avatar, profile, custom_data, identities, password_digest, "
        "password_algorithm, is_suspended, last_sign_in_at, created_at, updated_at, version) VALUES "
        "(?,?,?,?,?,?,?,?,?,'','{}','{}','{}',?,?,?,?,?,?,1)";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    struct RawRow
    {
        QByteArray fields[11];
        int suspended = 0;
        qint64 lastSignInAt = 0, createdAt = 0;
    };
    const QByteArray tenant = tenantId.toUtf8();
    static const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
    QElapsedTimer insertClock;
    qint64 insertNs = 0;
    exec("BEGIN");
    constexpr qint64 batch = 65536;
    QList<RawRow> rows;
    for (qint64 first = 0; first < count; first += batch) {
        rows.clear();
        for (qint64 i = first; i < qMin(count, first + batch); ++i) {
            const bench::GeneratedUser u = bench::generatedUser(i);
            rows.append({{tenant, u.id.toUtf8(), u.username.toUtf8(), u.email.toUtf8(), u.phone.toUtf8(),
                          u.username.toLower().toUtf8(), u.email.toLower().toUtf8(),
                          QString(u.phone).remove(nonDigits).toUtf8(), u.name.toUtf8(), u.digest.toUtf8(),
                          u.algorithm.toUtf8()},
                         u.suspended ? 1 : 0,
                         u.lastSignInAt,
                         u.createdAt});
        }
        insertClock.start();
        for (const RawRow &r : std::as_const(rows)) {
            int i = 0;
            for (const QByteArray &b : r.fields)
                sqlite3_bind_text(stmt, ++i, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
            sqlite3_bind_int(stmt, ++i, r.suspended);
            sqlite3_bind_int64(stmt, ++i, r.lastSignInAt);
            sqlite3_bind_int64(stmt, ++i, r.createdAt);
            sqlite3_bind_int64(stmt, ++i, r.createdAt);
            if (sqlite3_step(stmt) != SQLITE_DONE)
                die(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(stmt);
        }
        insertNs += insertClock.nsecsElapsed();
    }
    sqlite3_finalize(stmt);
    QElapsedTimer indexClock;
    indexClock.start();
    exec("INSERT INTO users_fts (rowid, id, username, primary_email, primary_phone, name) "
         "SELECT seq, id, username, primary_email, primary_phone, name FROM users");
    exec("COMMIT");
    const double indexS = static_cast<double>(indexClock.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    const double insertS = static_cast<double>(insertNs) / 1e9;
    return {{QStringLiteral("import_reference_rows_per_s"), static_cast<double>(count) / (insertS + indexS)},
            {QStringLiteral("import_reference_insert_s"), insertS},
            {QStringLiteral("import_reference_index_s"), indexS}};
}

/// Rows that each clash with an existing user: the email of one, the username of another, the
/// phone number (written differently) of a third.
bool writeClashCsv(const QString &path, qint64 users, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray out = "username,primaryEmail,primaryPhone,name\n";
    QRandomGenerator rng(7);
    for (qint64 i = 0; i < rows; ++i) {
        const bench::GeneratedUser u =
            bench::generatedUser(static_cast<qint64>(rng.bounded(static_cast<quint64>(users))));
        const QByteArray n = QByteArray::number(i);
        switch (i % 3) {
        case 0:
            out += "clash_e" + n + ',' + u.email.toUpper().toUtf8() + ",,Clash\n";
            break;
        case 1:
            out += u.username.toUpper().toUtf8() + ",clash" + n + "@clash.example,,Clash\n";
            break;
        default:
            out += "clash_p" + n + ",clash_p" + n + "@clash.example," +
                   QString(u.phone).remove(QLatin1Char(' ')).toUtf8() + ",Clash\n";
            break;
        }
    }
    return file.write(out) == out.size() && file.flush();
}

/// Phase 2, in a child process: the import as a user runs it, the export, the clashing import.
QJsonObject importPhase(const QString &workspace, const QString &csv, const QString &dir, qint64 users)
{
    QJsonObject out;
    auto backend = openWorkspace(workspace);
    const QString tenantId = createTenant(*backend);
    QElapsedTimer timer;
    timer.start();
    const auto report = await(backend->users().importUsers(tenantId, csv, ImportOptions{}, nullptr));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report.ok())
        die(report.error().toString());
    if (report->rowsImported != users)
        die(QStringLiteral("import: %1").arg(report->toText().left(2000)));
    out.insert(QStringLiteral("import_rows_per_s"), static_cast<double>(users) / seconds);
    out.insert(QStringLiteral("import_rss_mb"), peakRssMb());
    out.insert(QStringLiteral("disk_mb"), diskMb(workspace));

    timer.restart();
    const auto exported =
        await(backend->users().exportUsers(tenantId, {}, dir + QStringLiteral("/export.csv"), {}, nullptr));
    if (!exported.ok() || exported->rows != users)
        die(QStringLiteral("export failed"));
    out.insert(QStringLiteral("export_s"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
    QFile::remove(dir + QStringLiteral("/export.csv"));

    const qint64 clashRows = qMin<qint64>(users, 100000);
    const QString clashCsv = dir + QStringLiteral("/clash.csv");
    if (!writeClashCsv(clashCsv, users, clashRows))
        die(QStringLiteral("cannot write %1").arg(clashCsv));
    ImportOptions skip;
    skip.mode = ImportOptions::Mode::SkipInvalid;
    timer.restart();
    const auto clash = await(backend->users().importUsers(tenantId, clashCsv, skip, nullptr));
    const double clashSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!clash.ok())
        die(clash.error().toString());
    if (clash->rowsImported != 0 || clash->rowsInvalid != clashRows)
        die(QStringLiteral("clashing import: %1 imported, %2 refused of %3")
                .arg(clash->rowsImported)
                .arg(clash->rowsInvalid)
                .arg(clashRows));
    out.insert(QStringLiteral("clash_import_rows_per_s"), static_cast<double>(clashRows) / clashSeconds);
    QFile::remove(clashCsv);

    // The demo workspace a first-time user creates (a SQLite file of its own).
    const QString demoPath = dir + QStringLiteral("/demo.sqlite");
    {
        auto demo = openWorkspace(demoPath);
        timer.restart();
        const auto built = await(buildDemoWorkspace(*demo));
        if (!built.ok())
            die(built.error().toString());
        out.insert(QStringLiteral("demo_create_s"), static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(demoPath + QLatin1String(suffix));
    return out;
}

/// Waits until the model has no request in flight (or a timeout).
void waitIdle(UserListModel &model, int timeoutMs = 600000)
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

/// Search terms in classes of how many users they find, drawn from the generated data.
QList<std::pair<QString, QStringList>> termClasses(qint64 users)
{
    QRandomGenerator rng(42);
    auto someone = [&] {
        return bench::generatedUser(static_cast<qint64>(rng.bounded(static_cast<quint64>(users))));
    };
    constexpr int perClass = 40;
    QStringList unique, selective, common, veryCommon, idFragments, noHit;
    for (int i = 0; i < perClass; ++i) {
        const bench::GeneratedUser u = someone();
        unique << (i % 2 ? u.username : u.email.toLower());
        const bench::GeneratedUser v = someone();
        selective << (i % 2 ? v.email.left(v.email.indexOf(QLatin1Char('@'))).toLower() : v.phone.right(8));
        idFragments << someone().id.mid(3, 6);
        // Letters no generated user has three of in a row.
        QString none;
        for (int k = 0; k < 8; ++k)
            none += QLatin1Char("qxzjvwk"[rng.bounded(7)]);
        noHit << none;
    }
    // A surname (each is held by 5 % of the users) or a company domain (1 in 6).
    const QStringList surnames = bench::surnames();
    const QStringList domains = bench::emailDomains();
    for (int i = 0; common.size() < perClass; ++i) {
        common << surnames.at(i % surnames.size());
        if (i % 4 == 3)
            common << domains.at(2 + (i / 4) % 4); // acme.example, globex.example, yahoo.com, initech.example
    }
    // gmail.com and outlook.com (1 in 6 each), and three letters of a first name.
    const QStringList firstNames = bench::firstNames();
    for (int i = 0; veryCommon.size() < perClass; ++i) {
        if (i % 4 == 0)
            veryCommon << domains.at((i / 4) % 2);
        else
            veryCommon << firstNames.at(i % firstNames.size()).left(3);
    }
    common = common.mid(0, perClass);
    return {{QStringLiteral("unique"), unique},           {QStringLiteral("selective"), selective},
            {QStringLiteral("common"), common},           {QStringLiteral("very_common"), veryCommon},
            {QStringLiteral("id_fragment"), idFragments}, {QStringLiteral("no_hit"), noHit}};
}

/// Phase 3, in a fresh process.
QJsonObject browse(const QString &workspace, qint64 users)
{
    QJsonObject out;
    QElapsedTimer timer;
    timer.start();
    auto backend = openWorkspace(workspace);
    const QString tenantId = onlyTenant(*backend);
    UserListModel model;
    model.setSource(backend.get(), tenantId);
    waitLoaded(model, 0, 49);
    out.insert(QStringLiteral("first_page_ms"), ms(timer));

    // The total, which the list shows before it knows every chunk's position (and, where the
    // backend estimates counts, the estimate shown before the total).
    const bool estimates = backend->capabilities().userCountEstimate;
    while (!model.totalKnown() && model.pendingRequests() > 0) {
        if (estimates && model.estimatedTotal() >= 0 && !out.contains(QStringLiteral("estimate_ms")))
            out.insert(QStringLiteral("estimate_ms"), ms(timer));
        QEventLoop loop;
        QObject::connect(&model, &UserListModel::totalChanged, &loop, &QEventLoop::quit);
        QObject::connect(&model, &UserListModel::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    out.insert(QStringLiteral("total_ms"), ms(timer));

    waitIdle(model); // anchors: every position known, jumps possible
    out.insert(QStringLiteral("anchors_ms"), ms(timer));
    if (model.total() != users)
        die(QStringLiteral("model total %1, expected %2").arg(model.total()).arg(users));

    // Searches as the user list asks for them: the first request of the model (a screenful),
    // the rest of its first chunk from where that ended, then the count.
    const int firstRows = model.firstRequestRows();
    const int chunkRows = model.chunkSize();
    out.insert(QStringLiteral("search_page_rows"), firstRows);
    out.insert(QStringLiteral("search_chunk_rows"), chunkRows);
    QJsonObject byClass;
    QList<double> all;
    for (const auto &[name, terms] : termClasses(users)) {
        QList<double> times, restTimes, countTimes, hits, estimateTimes, estimateRatios;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            UserQuery q;
            q.search = terms.at(i);
            QElapsedTimer t;
            t.start();
            const auto page = await(backend->users().page(tenantId, q, {}, firstRows));
            times.append(ms(t));
            if (!page.ok())
                die(page.error().toString());
            const bool expectHits = name != QLatin1String("no_hit");
            if (page->users.isEmpty() == expectHits)
                die(QStringLiteral("search \"%1\" (%2) found %3 users")
                        .arg(q.search, name)
                        .arg(page->users.size()));
            if (!page->atEnd && firstRows < chunkRows) {
                t.restart();
                const auto rest =
                    await(backend->users().page(tenantId, q, page->next, chunkRows - firstRows));
                restTimes.append(ms(t));
                if (!rest.ok())
                    die(rest.error().toString());
            }
            if (qEnvironmentVariableIsSet("GATEHOUSE_BENCH_TRACE"))
                std::fprintf(stderr, "%s\t%s\t%.2f\t%.2f\n", qPrintable(name), qPrintable(q.search),
                             times.last(), restTimes.isEmpty() ? 0.0 : restTimes.last());
            if (i < 10) {
                // The count the list shows, for the first terms of each class.
                t.restart();
                const auto counted =
                    await(backend->users().anchors(tenantId, q, std::numeric_limits<int>::max()));
                countTimes.append(ms(t));
                if (!counted.ok())
                    die(counted.error().toString());
                hits.append(static_cast<double>(counted->total));
                if (estimates) {
                    t.restart();
                    const auto estimate = await(backend->users().estimateUsers(tenantId, q));
                    estimateTimes.append(ms(t));
                    if (!estimate.ok())
                        die(estimate.error().toString());
                    if (estimate.value() >= 0) // none for few matches: those are counted at once
                        estimateRatios.append(static_cast<double>(estimate.value()) /
                                              static_cast<double>(qMax<qint64>(1, counted->total)));
                }
            }
        }
        all += times;
        QJsonObject c{{QStringLiteral("p50_ms"), percentile(times, 0.5)},
                      {QStringLiteral("p95_ms"), percentile(times, 0.95)},
                      {QStringLiteral("rest_p95_ms"), percentile(restTimes, 0.95)},
                      {QStringLiteral("count_p95_ms"), percentile(countTimes, 0.95)},
                      {QStringLiteral("hits_median"), percentile(hits, 0.5)},
                      {QStringLiteral("queries"), static_cast<int>(times.size())}};
        if (estimates) {
            c.insert(QStringLiteral("estimate_p95_ms"), percentile(estimateTimes, 0.95));
            c.insert(QStringLiteral("estimates_shown"), static_cast<int>(estimateRatios.size()));
            if (!estimateRatios.isEmpty())
                c.insert(QStringLiteral("estimate_ratio_median"), percentile(estimateRatios, 0.5));
        }
        byClass.insert(name, c);
    }

    out.insert(QStringLiteral("search_by_class"), byClass);
    out.insert(QStringLiteral("search_queries"), static_cast<int>(all.size()));
    out.insert(QStringLiteral("search_p50_ms"), percentile(all, 0.5));
    out.insert(QStringLiteral("search_p95_ms"), percentile(all, 0.95));

    QRandomGenerator rng(43);
    QList<double> jumps;
    for (int i = 0; i < 200; ++i) {
        const int row = static_cast<int>(rng.bounded(static_cast<quint64>(qMax<qint64>(1, users - 50))));
        QElapsedTimer t;
        t.start();
        waitLoaded(model, row, row + 40);
        jumps.append(ms(t));
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
    parser.addOption(
        {QStringLiteral("workspace"),
         QStringLiteral("An empty PostgreSQL database to measure (postgres://…); default: a SQLite "
                        "file in the work directory."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("check"), QStringLiteral("Exit 1 when a budget is missed.")});
    parser.addOption(
        {QStringLiteral("delay-ms"),
         QStringLiteral("PostgreSQL: reach the server through a proxy that holds data this long each way "
                        "(a round trip costs twice as much); the URL must name host:port."),
         QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("phase"), QStringLiteral("(internal) import or browse."), QStringLiteral("PHASE")});
    parser.addOption({QStringLiteral("target"), QStringLiteral("(internal) workspace of a phase."),
                      QStringLiteral("WORKSPACE")});
    parser.process(app);
    const qint64 users = parser.value(QStringLiteral("users")).toLongLong();
    if (users < 1000)
        die(QStringLiteral("--users must be at least 1000"));

    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/users.csv");

    const QString phase = parser.value(QStringLiteral("phase"));
    if (!phase.isEmpty()) {
        const QString target = parser.value(QStringLiteral("target"));
        const QJsonObject out =
            phase == QLatin1String("import") ? importPhase(target, csv, dir, users) : browse(target, users);
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }

    QString workspace = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                  : dir + QStringLiteral("/import.sqlite");
    const bool postgres = isPostgres(workspace);
    const int delayMs = parser.value(QStringLiteral("delay-ms")).toInt();
    std::unique_ptr<bench::DelayProxy> proxy;
    if (delayMs > 0) {
        const auto spec = WorkspaceSpec::parse(workspace);
        const QString hostPort = QStringLiteral("%1:%2").arg(spec->host).arg(spec->port);
        if (!postgres || !workspace.contains(hostPort))
            die(QStringLiteral("--delay-ms needs a postgres:// URL that names host:port"));
        proxy = std::make_unique<bench::DelayProxy>(spec->host, spec->port, delayMs);
        if (proxy->port() == 0)
            die(QStringLiteral("the delaying proxy did not start"));
        workspace.replace(hostPort, QStringLiteral("127.0.0.1:%1").arg(proxy->port()));
    }
    const QString referencePath = dir + QStringLiteral("/reference.sqlite");
    for (const QString &f : postgres ? QStringList{referencePath} : QStringList{referencePath, workspace})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(f + QLatin1String(suffix));
    QJsonObject out;
    out.insert(QStringLiteral("users"), users);
    out.insert(QStringLiteral("backend"), postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"));
    if (delayMs > 0)
        out.insert(QStringLiteral("network_delay_ms_each_way"), delayMs);
    if (!bench::writeUsersCsv(csv, users))
        die(QStringLiteral("cannot write %1").arg(csv));

    if (postgres) {
        openWorkspace(workspace); // migrated, then closed
        const QJsonObject reference =
            bench::postgresReferenceImport(WorkspaceSpec::parse(workspace).value(), users);
        for (auto it = reference.begin(); it != reference.end(); ++it)
            out.insert(it.key(), it.value());
    } else {
        const QString schemaPath = dir + QStringLiteral("/schema.sqlite");
        openWorkspace(schemaPath); // migrated, then closed
        const QJsonObject reference = referenceImport(referencePath, schemaPath, users);
        for (auto it = reference.begin(); it != reference.end(); ++it)
            out.insert(it.key(), it.value());
        for (const QString &f : {referencePath, schemaPath})
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(f + QLatin1String(suffix));
    }

    const QStringList common{QStringLiteral("--users"), QString::number(users), QStringLiteral("--dir"), dir};
    for (const char *name : {"import", "browse"}) {
        const QJsonObject phaseOut =
            runChild(common + QStringList{QStringLiteral("--phase"), QLatin1String(name),
                                          QStringLiteral("--target"), workspace});
        for (auto it = phaseOut.begin(); it != phaseOut.end(); ++it)
            out.insert(it.key(), it.value());
    }
    out.insert(QStringLiteral("import_ratio"),
               out.value(QStringLiteral("import_rows_per_s")).toDouble() /
                   out.value(QStringLiteral("import_reference_rows_per_s")).toDouble());

    // DESIGN.md §6, scaled where the budget is per million users.
    const double millions = static_cast<double>(users) / 1e6;
    const double searchBudget = postgres ? 20 : 5;
    QJsonObject budgets{{QStringLiteral("first_page_ms"), 100},
                        {QStringLiteral("total_ms"), 800},
                        {QStringLiteral("jump_p95_ms"), postgres ? 30 : 16},
                        {QStringLiteral("export_s"), qMax(3.0, 3 * millions)},
                        {QStringLiteral("import_rss_mb"), 100},
                        {QStringLiteral("demo_create_s"), 15},
                        {QStringLiteral("rss_mb"), users > 1000000 ? 150 : 100}};
    QJsonArray missed;
    for (auto it = budgets.begin(); it != budgets.end(); ++it) {
        if (out.value(it.key()).toDouble() >= it.value().toDouble())
            missed.append(it.key());
    }
    const QJsonObject byClass = out.value(QStringLiteral("search_by_class")).toObject();
    for (auto it = byClass.begin(); it != byClass.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("p95_ms")).toDouble() >= searchBudget)
            missed.append(QString(QStringLiteral("search_by_class.") + it.key()));
    }
    if (out.value(QStringLiteral("import_ratio")).toDouble() < 0.5)
        missed.append(QStringLiteral("import_ratio"));
    out.insert(QStringLiteral("budgets_missed"), missed);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return parser.isSet(QStringLiteral("check")) && !missed.isEmpty() ? 1 : 0;
}
