// LogSync: a Logto tenant's events into a workspace's archive — complete, incremental, resumable,
// never losing or doubling an event, with or without the server's time windows, while new events
// arrive during the sync.
#include "../conformance/ConformanceSupport.h"
#include "../users/LogtoConnection.h"
#include "FakeLogtoState.h"
#include "logs/LogSync.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString sourceName = QStringLiteral("logto+http://fake.test");

} // namespace

class TestLogSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLogto> m_fake;
    std::unique_ptr<Backend> m_server;
    std::unique_ptr<Backend> m_archive;
    QString m_tenant;
    qint64 m_clock = 1'790'000'000'000; ///< createdAt of the next event put on the server
    int m_serial = 0;

    /// Puts `count` events on the server, each newer than the last; every fifth shares the
    /// millisecond of the one before.
    void addEvents(int count)
    {
        QMutexLocker lock(&m_fake->state().mutex);
        for (int i = 0; i < count; ++i) {
            if (m_serial % 5 != 4)
                m_clock += 1000;
            const int n = m_serial++;
            fakelogto::addLog(
                m_fake->state(),
                n % 3 ? QStringLiteral("ExchangeTokenBy.RefreshToken")
                      : QStringLiteral("Interaction.SignIn.Verification.Password.Submit"),
                n % 7 != 3, m_clock,
                {{QStringLiteral("userId"), QStringLiteral("user%1").arg(n % 13, 8, 10, QLatin1Char('0'))},
                 {QStringLiteral("ip"), QStringLiteral("192.0.2.%1").arg(n % 200)}});
        }
    }

    QSet<QString> serverIds()
    {
        QMutexLocker lock(&m_fake->state().mutex);
        QSet<QString> ids;
        for (const QJsonObject &log : std::as_const(m_fake->state().logs))
            ids.insert(log.value(QStringLiteral("id")).toString());
        return ids;
    }

    /// Every archived id; fails the test (empty set) when one is listed twice.
    QSet<QString> archiveIds()
    {
        QSet<QString> ids;
        LogCursor cursor;
        for (;;) {
            const Result<LogPage> page = await(m_archive->logs().page(m_tenant, {}, cursor, 500));
            if (!page) {
                QTest::qFail(qPrintable(page.error().toString()), __FILE__, __LINE__);
                return {};
            }
            for (const LogEvent &e : page.value().events) {
                if (ids.contains(e.id)) {
                    QTest::qFail(qPrintable(e.id + QStringLiteral(" archived twice")), __FILE__, __LINE__);
                    return {};
                }
                ids.insert(e.id);
            }
            if (page.value().atEnd)
                return ids;
            cursor = page.value().next;
        }
    }

    /// Runs `sync` to its end (at most 60 s).
    static void run(LogSync &sync)
    {
        QEventLoop loop;
        QObject::connect(&sync, &LogSync::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        sync.start();
        loop.exec();
    }

    std::unique_ptr<LogSync> makeSync()
    {
        auto sync = std::make_unique<LogSync>(m_server->logs(), m_fake->tenant(), sourceName,
                                              m_archive->logs(), m_tenant);
        return sync;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_fake = std::make_unique<FakeLogto>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->error()));
        QString error;
        m_server = connectTo(*m_fake, m_dir->filePath(QStringLiteral("journal.sqlite")), &error);
        QVERIFY2(m_server, qPrintable(error));
        m_archive = openBackend(m_dir->filePath(QStringLiteral("w.sqlite")), &error);
        QVERIFY2(m_archive, qPrintable(error));
        Tenant draft;
        draft.name = QStringLiteral("Acme");
        AWAIT_OK(tenant, m_archive->tenants().create(draft));
        m_tenant = tenant.id;
        m_serial = 0;
    }

    void cleanup()
    {
        m_archive.reset();
        m_server.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void completeThenIncremental_data()
    {
        QTest::addColumn<bool>("windows");
        QTest::newRow("server with time windows") << true;
        QTest::newRow("server without time windows") << false;
    }

    void completeThenIncremental()
    {
        QFETCH(bool, windows);
        m_fake->state().logTimeWindows = windows;
        addEvents(730);
        auto first = makeSync();
        run(*first);
        QVERIFY2(!first->error(), qPrintable(first->error() ? first->error()->toString() : QString()));
        QVERIFY(first->progress().complete);
        QVERIFY(!first->progress().resumed);
        QCOMPARE(first->progress().stored, qint64(730));
        QCOMPARE(archiveIds(), serverIds());
        AWAIT_OK(state, m_archive->logs().syncState(m_tenant, sourceName));
        QCOMPARE(state.passTop, qint64(0));
        QCOMPARE(state.highWater, m_clock);
        QCOMPARE(state.storedTotal, qint64(730));

        // Nothing new: the next sync reads only the top and the minute of overlap.
        const int requestsBefore = m_fake->state().logListRequests;
        auto again = makeSync();
        run(*again);
        QVERIFY(!again->error());
        QCOMPARE(again->progress().stored, qint64(0));
        if (windows)
            QVERIFY2(m_fake->state().logListRequests - requestsBefore <= 3,
                     qPrintable(QString::number(m_fake->state().logListRequests - requestsBefore)));

        // New events: only they are stored.
        addEvents(25);
        auto third = makeSync();
        run(*third);
        QVERIFY(!third->error());
        QCOMPARE(third->progress().stored, qint64(25));
        QVERIFY2(third->progress().fetched < 25 + 100,
                 qPrintable(QString::number(third->progress().fetched)));
        QCOMPARE(archiveIds(), serverIds());
    }

    void eventsArrivingDuringSync_data() { completeThenIncremental_data(); }

    void eventsArrivingDuringSync()
    {
        // Newest-first pages shift under a sync as events arrive: after every batch stored, 30 more
        // appear at the top of the server's list.
        QFETCH(bool, windows);
        m_fake->state().logTimeWindows = windows;
        addEvents(500);
        auto sync = makeSync();
        int batches = 0;
        connect(sync.get(), &LogSync::progressed, this, [&] {
            ++batches;
            addEvents(30);
        });
        run(*sync);
        QVERIFY(!sync->error());
        QVERIFY(batches >= 5);
        // Everything up to the pass's top is archived, exactly once; what came later waits for
        // the next sync.
        const QSet<QString> archived = archiveIds();
        QVERIFY(archived.size() >= 500);
        QVERIFY(archived.size() < serverIds().size());
        auto next = makeSync();
        run(*next);
        QVERIFY(!next->error());
        QCOMPARE(archiveIds(), serverIds());
    }

    void cancelledSyncResumes_data() { completeThenIncremental_data(); }

    void cancelledSyncResumes()
    {
        QFETCH(bool, windows);
        m_fake->state().logTimeWindows = windows;
        addEvents(900);
        auto first = makeSync();
        connect(first.get(), &LogSync::progressed, this, [&] {
            if (first->progress().stored >= 300)
                first->cancel();
        });
        run(*first);
        QVERIFY(first->error());
        QCOMPARE(first->error()->code(), ErrorCode::Cancelled);
        const qint64 storedFirst = first->progress().stored;
        QVERIFY(storedFirst >= 300 && storedFirst < 900);
        AWAIT_OK(state, m_archive->logs().syncState(m_tenant, sourceName));
        QVERIFY(state.passTop != 0);
        QCOMPARE(state.highWater, qint64(0)); // an unfinished pass never moves the mark

        addEvents(40); // arriving while nobody syncs
        auto resumed = makeSync();
        run(*resumed);
        QVERIFY(!resumed->error());
        QVERIFY(resumed->progress().resumed);
        // It continued from where the first stopped: it did not read the first part again.
        QCOMPARE(resumed->progress().stored, 900 - storedFirst);
        QVERIFY2(resumed->progress().fetched <= 900 - storedFirst + 100 + 40,
                 qPrintable(QString::number(resumed->progress().fetched)));
        auto last = makeSync();
        run(*last);
        QVERIFY(!last->error());
        QCOMPARE(last->progress().stored, qint64(40));
        QCOMPARE(archiveIds(), serverIds());
    }

    void serverFailureKeepsWhatWasStored()
    {
        addEvents(400);
        auto sync = makeSync();
        bool failing = false;
        connect(sync.get(), &LogSync::progressed, this, [&] {
            if (sync->progress().stored < 200 || failing)
                return;
            // The server fails from now on (every retry too).
            failing = true;
            HttpFault fault;
            fault.kind = HttpFault::Kind::Status;
            fault.method = "GET";
            fault.pathPattern = QStringLiteral("/api/logs");
            fault.status = 503;
            fault.times = 1000;
            m_fake->server().addFault(fault);
        });
        run(*sync);
        QVERIFY(sync->error());
        QCOMPARE(sync->error()->code(), ErrorCode::Unavailable);
        QVERIFY(archiveIds().size() >= 200);
    }

    void emptySourceCompletes()
    {
        auto sync = makeSync();
        run(*sync);
        QVERIFY(!sync->error());
        QVERIFY(sync->progress().complete);
        QCOMPARE(sync->progress().fetched, qint64(0));
        AWAIT_OK(state, m_archive->logs().syncState(m_tenant, sourceName));
        QVERIFY(state.lastSyncAt > 0);
    }
};

QTEST_GUILESS_MAIN(TestLogSync)
#include "tst_logsync.moc"
