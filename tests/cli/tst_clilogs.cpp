// "gatehouse-cli logs": sync a Logto tenant's events into a workspace file, list, show and export
// them, bad input, and a sync killed with SIGKILL mid-batch that the next run completes.
#include "CliRunner.h"
#include "FakeLogto.h"
#include "FakeLogtoState.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace gatehouse;
using namespace gatehouse::test;

class TestCliLogs : public QObject
{
    Q_OBJECT

private:
    FakeLogto m_logto;
    QString m_connection;
    qint64 m_clock = 1'790'000'000'000;
    int m_serial = 0;

    QProcessEnvironment environment(CliRunner &runner) const
    {
        QProcessEnvironment env = runner.environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/gatehouse-bus"));
        env.insert(QStringLiteral("GATEHOUSE_CLIENT_ID"), m_logto.clientId());
        env.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), m_logto.clientSecret());
        return env;
    }

    CliResult run(CliRunner &runner, const QStringList &args) const
    {
        return runner.runBare(QStringList{QStringLiteral("--workspace"), runner.workspace()} + args, {},
                              environment(runner));
    }

    void addEvents(int count)
    {
        QMutexLocker lock(&m_logto.state().mutex);
        for (int i = 0; i < count; ++i) {
            m_clock += 1000;
            const int n = m_serial++;
            const bool failed = n % 10 == 3;
            QJsonObject extra{{QStringLiteral("userId"),
                               n % 4 ? QStringLiteral("useralice001") : QStringLiteral("userbob00002")},
                              {QStringLiteral("ip"), QStringLiteral("198.51.100.%1").arg(n % 250)},
                              {QStringLiteral("userAgent"), QStringLiteral("Mozilla/5.0 Firefox/133.0")}};
            if (failed)
                extra.insert(
                    QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("session.invalid_credentials")},
                                {QStringLiteral("message"), QStringLiteral("Invalid credentials.")}});
            fakelogto::addLog(m_logto.state(),
                              QStringLiteral("Interaction.SignIn.Verification.Password.Submit"), !failed,
                              m_clock, extra);
        }
    }

    qint64 archivedCount(const QString &workspace)
    {
        const QString name = QStringLiteral("count-%1").arg(QDateTime::currentMSecsSinceEpoch());
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(workspace);
            // Not read-only: after the writer was killed, the first reader may have to recover the
            // write-ahead log's index, which a read-only connection cannot do.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM logs")) && q.next())
                    count = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_logto.start(), qPrintable(m_logto.error()));
        m_connection = QStringLiteral("logto+") + m_logto.endpoint() + QStringLiteral("?tenant=") +
                       m_logto.tenant() + QStringLiteral("&tag=development");
        CliRunner runner;
        QVERIFY2(runner.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
        addEvents(350);
    }

    void syncListShowExport()
    {
        CliRunner runner;
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("Acme")}), 0);
        const CliResult sync =
            run(runner, {QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--from"),
                         m_connection, QStringLiteral("--json")});
        GH_EXPECT_EXIT(sync, 0);
        const QJsonObject report = sync.json().object();
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), 350);
        QCOMPARE(report.value(QStringLiteral("complete")).toBool(), true);
        QVERIFY(!sync.outText().contains(m_logto.clientSecret()));
        QVERIFY(!sync.errText().contains(m_logto.clientSecret()));

        // Again: nothing new.
        const CliResult again =
            run(runner, {QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--from"),
                         m_connection, QStringLiteral("--json")});
        GH_EXPECT_EXIT(again, 0);
        QCOMPARE(again.json().object().value(QStringLiteral("stored")).toInt(), 0);

        // A page, newest first, and the position to go on from.
        const CliResult page =
            run(runner, {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--limit"),
                         QStringLiteral("10"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(page, 0);
        const QJsonArray events = page.json().object().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 10);
        QCOMPARE(qint64(events[0].toObject().value(QStringLiteral("createdAt")).toDouble()), m_clock);
        const QString next = page.json().object().value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const CliResult second =
            run(runner, {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--limit"),
                         QStringLiteral("10"), QStringLiteral("--after"), next, QStringLiteral("--json")});
        GH_EXPECT_EXIT(second, 0);
        const QJsonArray more = second.json().object().value(QStringLiteral("events")).toArray();
        QCOMPARE(more.size(), 10);
        QCOMPARE(qint64(more[0].toObject().value(QStringLiteral("createdAt")).toDouble()), m_clock - 10000);

        // Filters; plain language in the table.
        const CliResult failures =
            run(runner, {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--user"),
                         QStringLiteral("useralice001"), QStringLiteral("--result"), QStringLiteral("error"),
                         QStringLiteral("--limit"), QStringLiteral("500")});
        GH_EXPECT_EXIT(failures, 0);
        QVERIFY2(failures.outText().contains(QStringLiteral("Sign-in: wrong account or password")),
                 failures.describe().constData());
        QVERIFY(!failures.outText().contains(QStringLiteral("userbob00002")));

        // One event with its payload.
        const QString id = events[3].toObject().value(QStringLiteral("id")).toString();
        const CliResult show = run(runner, {QStringLiteral("logs"), QStringLiteral("show"), id});
        GH_EXPECT_EXIT(show, 0);
        QVERIFY(show.outText().contains(QStringLiteral("Interaction.SignIn.Verification.Password.Submit")));
        QVERIFY(show.outText().contains(QStringLiteral("198.51.100.")));
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("logs"), QStringLiteral("show"), QStringLiteral("nosuchevent01")}),
            3);

        // Exports of a filtered view.
        const QString csv = runner.dir() + QStringLiteral("/bob.csv");
        GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("export"), csv,
                                    QStringLiteral("--user"), QStringLiteral("userbob00002")}),
                       0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 350 / 4 + 1); // header + every fourth event (0, 4, …, 348)
        QVERIFY(lines[0].startsWith("createdAt,createdAtMs,id,key,description,result"));
        QVERIFY((QFile::permissions(csv) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
        const QString jsonl = runner.dir() + QStringLiteral("/all.jsonl");
        const CliResult exported =
            run(runner, {QStringLiteral("logs"), QStringLiteral("export"), jsonl, QStringLiteral("--json")});
        GH_EXPECT_EXIT(exported, 0);
        QCOMPARE(exported.json().object().value(QStringLiteral("events")).toInt(), 350);
        QFile jsonlFile(jsonl);
        QVERIFY(jsonlFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> jsonLines = jsonlFile.readAll().trimmed().split('\n');
        QCOMPARE(jsonLines.size(), 350);
        QCOMPARE(QJsonDocument::fromJson(jsonLines[0]).object().value(QStringLiteral("key")).toString(),
                 QStringLiteral("Interaction.SignIn.Verification.Password.Submit"));

        // Retention, journaled syncs.
        const CliResult retention =
            run(runner, {QStringLiteral("logs"), QStringLiteral("retention"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(retention, 0);
        QCOMPARE(retention.json().object().value(QStringLiteral("retentionDays")).toInt(), 0);
        const CliResult journal = run(runner, {QStringLiteral("journal"), QStringLiteral("list")});
        QVERIFY2(journal.outText().contains(QStringLiteral("logs.sync")), journal.describe().constData());
    }

    void listOnTheConnection()
    {
        CliRunner runner;
        const CliResult listed =
            runner.runBare({QStringLiteral("--workspace"), m_connection, QStringLiteral("logs"),
                            QStringLiteral("list"), QStringLiteral("--result"), QStringLiteral("error"),
                            QStringLiteral("--limit"), QStringLiteral("5")},
                           {}, environment(runner));
        GH_EXPECT_EXIT(listed, 0);
        QVERIFY2(listed.errText().contains(QStringLiteral("applied on this machine")),
                 listed.describe().constData());
        QCOMPARE(listed.outText().count(QStringLiteral("wrong account or password")), 5);
        // A connection keeps no archive.
        const CliResult sync =
            runner.runBare({QStringLiteral("--workspace"), m_connection, QStringLiteral("logs"),
                            QStringLiteral("sync"), QStringLiteral("--from"), m_connection},
                           {}, environment(runner));
        QVERIFY2(sync.exitCode != 0 && sync.errText().contains(QStringLiteral("keeps no archive")),
                 sync.describe().constData());
    }

    void badInput()
    {
        CliRunner runner;
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("Acme")}), 0);
        const CliResult since = run(runner, {QStringLiteral("logs"), QStringLiteral("list"),
                                             QStringLiteral("--since"), QStringLiteral("yesterday")});
        GH_EXPECT_EXIT(since, 2);
        QVERIFY(since.errText().contains(QStringLiteral("is not a time")));
        GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("list"),
                                    QStringLiteral("--result"), QStringLiteral("maybe")}),
                       2);
        GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--after"),
                                    QStringLiteral("garbage")}),
                       2);
        GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("sync")}), 2);
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("logs"), QStringLiteral("retention"), QStringLiteral("100000")}), 4);
        GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("export"),
                                    runner.dir() + QStringLiteral("/x.xml"), QStringLiteral("--format"),
                                    QStringLiteral("xml")}),
                       2);
        // Times in every accepted form.
        for (const char *time : {"2026-12-01", "2026-12-01T08:30:00Z", "1790000000000", "7d", "24h", "30m"})
            GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("list"),
                                        QStringLiteral("--since"), QLatin1String(time)}),
                           0);
    }

    void killedSyncResumes()
    {
        // A sync killed with SIGKILL in the middle of its batches: the next run continues from the
        // last batch stored and ends with every event exactly once.
        addEvents(1150);
        CliRunner runner;
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("Acme")}), 0);
        m_logto.state().logListDelayMs = 120;
        QProcess child;
        child.setProcessEnvironment(environment(runner));
        child.start(runner.program(),
                    {QStringLiteral("--workspace"), runner.workspace(), QStringLiteral("logs"),
                     QStringLiteral("sync"), QStringLiteral("--from"), m_connection});
        QVERIFY(child.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        qint64 before = 0;
        while (waited.elapsed() < 30000 && child.state() == QProcess::Running) {
            before = archivedCount(runner.workspace());
            if (before >= 300)
                break;
            QThread::msleep(20);
        }
        child.kill();
        QVERIFY(child.waitForFinished());
        m_logto.state().logListDelayMs = 0;
        before = archivedCount(runner.workspace());
        QVERIFY2(before >= 300 && before < 1500, qPrintable(QString::number(before)));

        const CliResult resumed =
            run(runner, {QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--from"),
                         m_connection, QStringLiteral("--json")});
        GH_EXPECT_EXIT(resumed, 0);
        QCOMPARE(resumed.json().object().value(QStringLiteral("resumed")).toBool(), true);
        QCOMPARE(archivedCount(runner.workspace()), qint64(1500));
        QCOMPARE(qint64(resumed.json().object().value(QStringLiteral("stored")).toDouble()), 1500 - before);
    }

    /// The archive counts active users and failed sign-ins as the Logto server does.
    void dashboardOfTheArchiveMatchesTheServer()
    {
        {
            QMutexLocker lock(&m_logto.state().mutex);
            // Token exchanges by four users over five days, one failed.
            for (int k = 1; k <= 20; ++k) {
                m_clock += 6 * 3600000LL;
                fakelogto::addLog(m_logto.state(), QStringLiteral("ExchangeTokenBy.RefreshToken"), k != 7,
                                  m_clock,
                                  {{QStringLiteral("userId"), QStringLiteral("usertoken%1").arg(k % 4)}});
            }
        }
        const QString day = QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC).date().toString(Qt::ISODate);
        CliRunner runner;
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("Acme")}), 0);
        GH_EXPECT_EXIT(run(runner, {QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--from"),
                                    m_connection}),
                       0);
        const CliResult archive = run(
            runner, {QStringLiteral("--json"), QStringLiteral("dashboard"), QStringLiteral("--date"), day});
        GH_EXPECT_EXIT(archive, 0);
        const CliResult server =
            runner.runBare({QStringLiteral("--workspace"), m_connection, QStringLiteral("--json"),
                            QStringLiteral("dashboard"), QStringLiteral("--date"), day},
                           {}, environment(runner));
        GH_EXPECT_EXIT(server, 0);
        const QJsonObject a = archive.json().object();
        const QJsonObject s = server.json().object();
        QCOMPARE(a.value(QStringLiteral("date")).toString(), day);
        for (const char *key : {"dau", "wau", "mau", "dailyActive", "deltas", "failedSignIns7d",
                                "failedSignIns", "topFailures", "failuresComplete"}) {
            if (QLatin1String(key) == QLatin1String("deltas")) {
                for (const char *figure : {"dau", "wau", "mau"})
                    QCOMPARE(a.value(QLatin1String(key)).toObject().value(QLatin1String(figure)),
                             s.value(QLatin1String(key)).toObject().value(QLatin1String(figure)));
                continue;
            }
            QVERIFY2(a.value(QLatin1String(key)) == s.value(QLatin1String(key)),
                     qPrintable(
                         QStringLiteral("%1: %2 here, %3 on the server")
                             .arg(QLatin1String(key),
                                  QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"),
                                                                               a.value(QLatin1String(key))}})
                                                        .toJson(QJsonDocument::Compact)),
                                  QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"),
                                                                               s.value(QLatin1String(key))}})
                                                        .toJson(QJsonDocument::Compact)))));
        }
        QCOMPARE(a.value(QStringLiteral("mau")).toInt(), 4);
        QCOMPARE(a.value(QStringLiteral("dailyActive")).toArray().size(), 30);
        QVERIFY(a.value(QStringLiteral("failedSignIns7d")).toInt() > 0);
        QCOMPARE(a.value(QStringLiteral("organizationMembers")).toInt(), 0);
        QVERIFY(s.value(QStringLiteral("organizationMembers")).isNull());

        // Read by a person: the figures and the reasons.
        const CliResult text = run(runner, {QStringLiteral("dashboard"), QStringLiteral("--date"), day});
        GH_EXPECT_EXIT(text, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("Sign-in: wrong account or password")),
                 text.describe().constData());
        GH_EXPECT_EXIT(
            run(runner, {QStringLiteral("dashboard"), QStringLiteral("--date"), QStringLiteral("May 1")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_clilogs.moc"
