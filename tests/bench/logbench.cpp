// gatehouse-logbench — the budgets of the log archive, printed as one JSON object on stdout.
// Usage: gatehouse-logbench [--events N] [--dir DIR] [--sync-events M] [--check]
//
// 1. A child process fills a workspace's archive with N generated events (a year of them, newest
//    now: token exchanges, sign-in steps with 8 % failures, registrations, password resets, MFA;
//    20,000 users) through LogsApi::archive in batches, as a sync stores them: events/s.
// 2. Another child opens the workspace cold and measures what the Logs area asks: the first page
//    (no filter), pages filtered by user, by key prefix within a 30-day window, by result, the
//    chart counts of 30 days and a free-text search; p50/p95 of each, peak RSS.
// 3. This process serves M events from the in-process Logto test server and measures the rate it
//    serves them at (the remote backend paging through /api/logs, nothing stored) against the
//    rate a LogSync stores them into a fresh workspace at.
#include "BenchSupport.h"
#include "FakeLogto.h"
#include "FakeLogtoState.h"
#include "factory/BackendFactory.h"
#include "logs/LogSync.h"

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
#include <QMutexLocker>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace gatehouse;
using bench::await;
using bench::die;
using bench::ms;
using bench::peakRssMb;
using bench::percentile;
using bench::runChild;

namespace {
constexpr qint64 dayMs = 86400000;
constexpr int usersInData = 20000;
constexpr int pageSize = 100;

std::unique_ptr<Backend> openWorkspace(const WorkspaceSpec &spec)
{
    auto backend = createBackend(spec);
    const auto opened = await(backend->open());
    if (!opened.ok())
        die(opened.error().toString());
    backend->declareOperator(QStringLiteral("gatehouse-logbench"));
    return backend;
}

std::unique_ptr<Backend> openWorkspace(const QString &path)
{
    const auto spec = WorkspaceSpec::parse(path);
    if (!spec.ok())
        die(spec.error().toString());
    return openWorkspace(spec.value());
}

QString tenantOf(Backend &backend, bool create)
{
    if (create) {
        Tenant t;
        t.name = QStringLiteral("Bench");
        const auto created = await(backend.tenants().create(t));
        if (!created.ok())
            die(created.error().toString());
        return created->id;
    }
    const auto tenants = await(backend.tenants().list());
    if (!tenants.ok() || tenants->size() != 1)
        die(QStringLiteral("the workspace must hold exactly the benchmark's tenant"));
    return tenants->first().id;
}

QString userId(int n)
{
    return QStringLiteral("benchuser%1").arg(n, 5, 10, QLatin1Char('0'));
}

/// What the generator draws from: key, share (per mille), and whether it can fail.
struct KeyShare
{
    const char *key;
    int perMille;
    bool fails;
};
constexpr KeyShare keyShares[] = {
    {"ExchangeTokenBy.RefreshToken", 420, false},
    {"ExchangeTokenBy.AuthorizationCode", 150, false},
    {"ExchangeTokenBy.ClientCredentials", 60, false},
    {"Interaction.SignIn.Identifier.Password.Submit", 150, true},
    {"Interaction.SignIn.Submit", 100, true},
    {"Interaction.SignIn.Verification.Totp.Submit", 40, true},
    {"Interaction.Register.Submit", 40, true},
    {"Interaction.ForgotPassword.Submit", 20, true},
    {"Interaction.SignIn.Identifier.VerificationCode.Submit", 20, true},
};

/// Event `n` of `total`, spread evenly over the last year, the newest at `now`.
LogEvent makeEvent(qint64 n, qint64 total, qint64 now, QRandomGenerator &random)
{
    LogEvent e;
    e.id = QStringLiteral("ev%1").arg(n, 12, 36, QLatin1Char('0'));
    e.createdAt = now - (total - 1 - n) * (365 * dayMs / qMax<qint64>(1, total));
    int pick = int(random.bounded(1000));
    const KeyShare *share = &keyShares[0];
    for (const KeyShare &k : keyShares) {
        share = &k;
        if (pick < k.perMille)
            break;
        pick -= k.perMille;
    }
    e.key = QLatin1String(share->key);
    const bool failed = share->fails && random.bounded(100) < 8;
    e.result = failed ? LogResult::Error : LogResult::Success;
    // A few users are far more active than the rest.
    const int user = random.bounded(10) < 3 ? int(random.bounded(200)) : int(random.bounded(usersInData));
    e.userId = userId(user);
    e.applicationId = QStringLiteral("benchapp%1").arg(user % 6);
    e.ip = QStringLiteral("203.0.%1.%2").arg(user % 256).arg(user / 256);
    e.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
    e.sessionId = QStringLiteral("sess%1").arg(n / 4);
    e.payload = {{QStringLiteral("key"), e.key},
                 {QStringLiteral("result"), failed ? QStringLiteral("Error") : QStringLiteral("Success")},
                 {QStringLiteral("userId"), e.userId},
                 {QStringLiteral("applicationId"), e.applicationId},
                 {QStringLiteral("ip"), e.ip},
                 {QStringLiteral("userAgent"), e.userAgent},
                 {QStringLiteral("sessionId"), e.sessionId}};
    if (failed)
        e.payload.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("session.invalid_credentials")},
                                     {QStringLiteral("message"), QStringLiteral("Invalid credentials.")}});
    return e;
}

QJsonObject fill(const QString &workspace, qint64 total, qint64 now)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(workspace + QLatin1String(suffix));
    auto backend = openWorkspace(workspace);
    const QString tenant = tenantOf(*backend, true);
    QRandomGenerator random(20261207);
    LogSyncState state;
    state.source = QStringLiteral("logto+https://bench.example");
    state.passTop = now; // a pass in progress: journaled once, when the last batch completes it
    constexpr int batch = 5000;
    QElapsedTimer clock;
    qint64 stored = 0;
    double storeMs = 0;
    // Stored newest first, as a sync pages them.
    for (qint64 upper = total; upper > 0; upper -= batch) {
        QList<LogEvent> events;
        events.reserve(batch);
        for (qint64 n = upper - 1; n >= qMax<qint64>(0, upper - batch); --n)
            events.append(makeEvent(n, total, now, random));
        state.passCursor = {events.constLast().createdAt, events.constLast().id, 0};
        if (upper - batch <= 0) {
            state.passTop = 0;
            state.highWater = now;
        }
        clock.start();
        const auto result = await(backend->logs().archive(tenant, events, state));
        storeMs += ms(clock);
        if (!result.ok())
            die(result.error().toString());
        stored += result->stored;
    }
    QJsonObject out;
    out.insert(QStringLiteral("events"), total);
    out.insert(QStringLiteral("archive_events_per_s"), static_cast<double>(stored) / (storeMs / 1000.0));
    out.insert(QStringLiteral("fill_rss_mb"), peakRssMb());
    return out;
}

QJsonObject timed(const QList<double> &samples, const QList<double> &hits)
{
    QJsonObject out{{QStringLiteral("p50_ms"), percentile(samples, 0.5)},
                    {QStringLiteral("p95_ms"), percentile(samples, 0.95)}};
    if (!hits.isEmpty())
        out.insert(QStringLiteral("hits_median"), percentile(hits, 0.5));
    return out;
}

QJsonObject browse(const QString &workspace, qint64 now)
{
    QElapsedTimer clock;
    clock.start();
    auto backend = openWorkspace(workspace);
    const QString tenant = tenantOf(*backend, false);
    const double openMs = ms(clock);
    LogsApi &logs = backend->logs();
    const auto page = [&](const LogQuery &q, QList<double> *samples, QList<double> *hits) {
        QElapsedTimer t;
        t.start();
        const auto result = await(logs.page(tenant, q, {}, pageSize));
        if (!result.ok())
            die(result.error().toString());
        if (samples)
            samples->append(ms(t));
        if (hits)
            hits->append(double(result->events.size()));
        return ms(t);
    };
    QJsonObject out;
    out.insert(QStringLiteral("open_ms"), openMs);
    out.insert(QStringLiteral("first_page_ms"), page({}, nullptr, nullptr));
    // Scrolling on: the next pages after the first, by key.
    {
        QList<double> samples;
        LogCursor cursor;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            const auto result = await(logs.page(tenant, {}, cursor, pageSize));
            samples.append(ms(t));
            if (!result.ok() || result->atEnd)
                break;
            cursor = result->next;
        }
        out.insert(QStringLiteral("next_page"), timed(samples, {}));
    }
    QRandomGenerator random(7);
    {
        QList<double> samples, hits;
        for (int i = 0; i < 200; ++i) {
            LogQuery q;
            q.userId =
                userId(random.bounded(10) < 3 ? int(random.bounded(200)) : int(random.bounded(usersInData)));
            page(q, &samples, &hits);
        }
        out.insert(QStringLiteral("user_filter"), timed(samples, hits));
    }
    {
        const QStringList prefixes{QStringLiteral("Interaction.SignIn."), QStringLiteral("ExchangeTokenBy."),
                                   QStringLiteral("Interaction.ForgotPassword."),
                                   QStringLiteral("Interaction."), QStringLiteral("Interaction.Register.")};
        QList<double> samples, hits;
        for (int i = 0; i < 200; ++i) {
            LogQuery q;
            q.key = prefixes[i % prefixes.size()];
            q.until = now - qint64(random.bounded(330)) * dayMs;
            q.since = q.until - 30 * dayMs;
            page(q, &samples, &hits);
        }
        out.insert(QStringLiteral("key_prefix_30d"), timed(samples, hits));
    }
    {
        QList<double> samples, hits;
        for (int i = 0; i < 50; ++i) {
            LogQuery q;
            q.result = LogResult::Error;
            q.key = QStringLiteral("Interaction.");
            q.until = now - qint64(random.bounded(330)) * dayMs;
            q.since = q.until - 30 * dayMs;
            page(q, &samples, &hits);
        }
        out.insert(QStringLiteral("failures_30d"), timed(samples, hits));
    }
    {
        QList<double> samples, hits;
        for (int i = 0; i < 5; ++i) {
            LogQuery q;
            q.search = QStringLiteral("203.0.%1.").arg(random.bounded(256));
            page(q, &samples, &hits);
        }
        out.insert(QStringLiteral("free_text_search"), timed(samples, hits));
    }
    {
        QList<double> samples;
        for (int i = 0; i < 5; ++i) {
            LogQuery q;
            q.since = now - 30 * dayMs;
            QElapsedTimer t;
            t.start();
            if (!await(logs.stats(tenant, q)).ok())
                die(QStringLiteral("stats failed"));
            samples.append(ms(t));
        }
        out.insert(QStringLiteral("chart_counts_30d"), timed(samples, {}));
    }
    {
        QElapsedTimer t;
        t.start();
        if (!await(logs.dashboard(tenant, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date())).ok())
            die(QStringLiteral("dashboard failed"));
        out.insert(QStringLiteral("dashboard_ms"), ms(t));
    }
    out.insert(QStringLiteral("rss_mb"), peakRssMb());
    out.insert(QStringLiteral("disk_mb"),
               static_cast<double>(QFileInfo(workspace).size() +
                                   QFileInfo(workspace + QStringLiteral("-wal")).size()) /
                   (1024.0 * 1024.0));
    return out;
}

/// Served rate (the remote backend paging through the test server's /api/logs, nothing stored)
/// against the stored rate (LogSync from the same server into a fresh workspace).
QJsonObject syncRate(const QString &dir, int count, qint64 now)
{
    test::FakeLogto server;
    if (!server.start())
        die(QStringLiteral("the Logto test server did not start: %1").arg(server.error()));
    {
        QRandomGenerator random(99);
        QMutexLocker lock(&server.state().mutex);
        for (int n = 0; n < count; ++n) {
            const LogEvent e = makeEvent(n, count, now, random);
            QJsonObject extra = e.payload;
            extra.remove(QStringLiteral("key"));
            extra.remove(QStringLiteral("result"));
            test::fakelogto::addLog(server.state(), e.key, e.result == LogResult::Success,
                                    now - qint64(count - n) * 1000, extra);
        }
    }
    // A development connection: the test server speaks plain http on 127.0.0.1.
    Result<WorkspaceSpec> parsed = WorkspaceSpec::parse(QStringLiteral("logto+") + server.endpoint() +
                                                        QStringLiteral("?tag=development"));
    if (!parsed.ok())
        die(parsed.error().toString());
    WorkspaceSpec spec = parsed.value();
    spec.clientId = server.clientId();
    spec.clientSecret = server.clientSecret();
    auto source = openWorkspace(spec);
    const QString sourceTenant = server.tenant();

    QElapsedTimer clock;
    clock.start();
    qint64 served = 0;
    LogCursor cursor;
    for (;;) {
        const auto page = await(source->logs().page(sourceTenant, {}, cursor, 100));
        if (!page.ok())
            die(page.error().toString());
        served += page->events.size();
        if (page->atEnd || page->events.isEmpty())
            break;
        cursor = page->next;
    }
    const double servedS = ms(clock) / 1000.0;

    const QString path = dir + QStringLiteral("/sync.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto archive = openWorkspace(path);
    const QString tenant = tenantOf(*archive, true);
    LogSync sync(source->logs(), sourceTenant, spec.displayLocation(), archive->logs(), tenant);
    QEventLoop loop;
    QObject::connect(&sync, &LogSync::finished, &loop, &QEventLoop::quit);
    clock.start();
    sync.start();
    loop.exec();
    const double storedS = ms(clock) / 1000.0;
    if (sync.error())
        die(sync.error()->toString());
    QJsonObject out;
    out.insert(QStringLiteral("sync_events"), count);
    out.insert(QStringLiteral("served_events_per_s"), static_cast<double>(served) / servedS);
    out.insert(QStringLiteral("synced_events_per_s"), static_cast<double>(sync.progress().stored) / storedS);
    out.insert(QStringLiteral("sync_requests"), sync.progress().pages);
    out.insert(QStringLiteral("sync_ratio"), (static_cast<double>(sync.progress().stored) / storedS) /
                                                 (static_cast<double>(served) / servedS));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Archived events (default 10000000)."),
                      QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption(
        {QStringLiteral("sync-events"),
         QStringLiteral("Events served by the Logto test server for the sync rate (default 50000)."),
         QStringLiteral("M"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("check"), QStringLiteral("Exit 1 when a budget is missed.")});
    parser.addOption(
        {QStringLiteral("phase"), QStringLiteral("(internal) fill or browse."), QStringLiteral("PHASE")});
    parser.addOption(
        {QStringLiteral("now"), QStringLiteral("(internal) the newest event's time."), QStringLiteral("MS")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int syncEvents = parser.value(QStringLiteral("sync-events")).toInt();
    if (events < 1000 || syncEvents < 100)
        die(QStringLiteral("--events must be at least 1000 and --sync-events at least 100"));
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const QString workspace = dir + QStringLiteral("/logs.sqlite");

    const QString phase = parser.value(QStringLiteral("phase"));
    if (!phase.isEmpty()) {
        const qint64 now = parser.value(QStringLiteral("now")).toLongLong();
        const QJsonObject out =
            phase == QLatin1String("fill") ? fill(workspace, events, now) : browse(workspace, now);
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject out;
    const QStringList common{QStringLiteral("--events"), QString::number(events),
                             QStringLiteral("--dir"),    dir,
                             QStringLiteral("--now"),    QString::number(now)};
    for (const char *name : {"fill", "browse"}) {
        const QJsonObject phaseOut =
            runChild(QStringList{QStringLiteral("--phase"), QLatin1String(name)} + common);
        for (auto it = phaseOut.begin(); it != phaseOut.end(); ++it)
            out.insert(it.key(), it.value());
    }
    const QJsonObject sync = syncRate(dir, syncEvents, now);
    for (auto it = sync.begin(); it != sync.end(); ++it)
        out.insert(it.key(), it.value());

    // Issue budgets for an archive of ten million events.
    QJsonArray missed;
    if (out.value(QStringLiteral("first_page_ms")).toDouble() >= 100)
        missed.append(QStringLiteral("first_page_ms"));
    if (out.value(QStringLiteral("user_filter")).toObject().value(QStringLiteral("p95_ms")).toDouble() >= 10)
        missed.append(QStringLiteral("user_filter.p95_ms"));
    if (out.value(QStringLiteral("key_prefix_30d")).toObject().value(QStringLiteral("p95_ms")).toDouble() >=
        50)
        missed.append(QStringLiteral("key_prefix_30d.p95_ms"));
    if (out.value(QStringLiteral("rss_mb")).toDouble() >= 150)
        missed.append(QStringLiteral("rss_mb"));
    if (out.value(QStringLiteral("sync_ratio")).toDouble() < 0.5)
        missed.append(QStringLiteral("sync_ratio"));
    out.insert(QStringLiteral("budgets_missed"), missed);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return parser.isSet(QStringLiteral("check")) && !missed.isEmpty() ? 1 : 0;
}
