#include "PostgresConnection.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace gatehouse;

/// SIGKILL in the middle of a large import leaves a workspace that opens, passes SQLite's and
/// FTS5's integrity checks, keeps its search trigger, verifies its journal, and holds only whole
/// import batches. The importing child stops inside the import's write transaction (on a given
/// row, or inside a commit before it takes effect) and says so; only then is it killed, so every
/// run is known to interrupt a write. On PostgreSQL the child is killed while the server is
/// receiving rows through the import's COPY.
class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    static constexpr int fileRows = 120000;
    QTemporaryDir m_dir;
    QString m_csv;
    int m_interrupted = 0;
    int m_interruptedCopies = 0;

    /// SQLite's own checks on a connection of this process, then the number of users.
    void checkStorage(const QString &path, qint64 *users)
    {
        const QString name = QStringLiteral("inspect");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO users_fts(users_fts) VALUES('integrity-check')")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                          "name = 'users_fts_insert'")) &&
                    q.next());
            QVERIFY2(q.value(0).toInt() == 1, "the search index trigger is gone");
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next());
            *users = q.value(0).toLongLong();
            // Every stored row is in the search index, and nothing else is.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM users_fts")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), *users);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// PostgreSQL: waits until the killed child's server process is gone (it ends when it
    /// notices the closed socket), then the number of users.
    void checkPostgres(const QString &url, qint64 *users)
    {
        const QString name = QStringLiteral("inspect");
        {
            const auto spec = WorkspaceSpec::parse(url);
            QSqlDatabase db = test::addPostgresConnection(spec.value(), name);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QDeadlineTimer deadline(30000);
            qint64 copying = -1;
            while (copying != 0 && !deadline.hasExpired()) {
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                              "current_database() AND pid <> pg_backend_pid() AND query LIKE "
                                              "'COPY gatehouse_import_staging%'")) &&
                        q.next());
                copying = q.value(0).toLongLong();
                if (copying != 0)
                    QThread::msleep(20);
            }
            QCOMPARE(copying, 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next());
            *users = q.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void crashOnce(const QString &mode, const QString &pause, qint64 expectedUsers,
                   const QString &postgresUrl = {})
    {
        const QString workspace =
            !postgresUrl.isEmpty()
                ? postgresUrl
                : m_dir.filePath(QStringLiteral("crash-%1-%2.sqlite")
                                     .arg(mode, QString(pause).replace(QLatin1Char(':'), u'-')));
        {
            auto backend = test::openBackend(workspace);
            QVERIFY(backend);
            Tenant t;
            t.name = QStringLiteral("Crash");
            GH_VERIFY_OK(test::await(backend->tenants().create(t)));
        }
        QProcess child;
        child.start(qEnvironmentVariable("GATEHOUSE_IMPORT_CHILD"), {workspace, m_csv, mode, pause});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

        // Wait until the child reports that it stands still inside the write.
        QByteArray paused;
        QDeadlineTimer deadline(120000);
        while (paused.isEmpty() && !deadline.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                QVERIFY2(line.startsWith("paused "), line.constData()); // "committed": never paused
                paused = line;
            }
        }
        QVERIFY2(!paused.isEmpty(),
                 qPrintable(QStringLiteral("the child never reached %1: %2")
                                .arg(pause, QString::fromLocal8Bit(child.readAllStandardError()))));
        QCOMPARE(child.state(), QProcess::Running);
        QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!child.readAllStandardOutput().contains("committed"), "the import finished before the kill");
        ++m_interrupted;

        qint64 users = -1;
        if (postgresUrl.isEmpty())
            checkStorage(workspace, &users);
        else
            checkPostgres(workspace, &users);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(users, expectedUsers);

        auto backend = test::openBackend(workspace);
        QVERIFY(backend);
        const auto report = test::await(backend->journal().verify());
        GH_VERIFY_OK(report);
        QVERIFY(report->intact());
        // One journal entry per committed batch, after the tenant's own.
        const auto entries = test::await(backend->journal().list({}));
        GH_VERIFY_OK(entries);
        qint64 imported = 0;
        for (const JournalEntry &e : entries.value()) {
            if (e.action == QLatin1String("user.import"))
                imported += e.after.toObject().value(QStringLiteral("rows")).toInteger();
        }
        QCOMPARE(imported, expectedUsers);
        // The workspace takes the same import again, and finds what it imported.
        const auto tenants = test::await(backend->tenants().list());
        GH_VERIFY_OK(tenants);
        ImportOptions options;
        options.mode = ImportOptions::Mode::SkipInvalid;
        const auto again =
            test::await(backend->users().importUsers(tenants->first().id, m_csv, options, {}), 300000);
        GH_VERIFY_OK(again);
        QCOMPARE(again->rowsImported, fileRows - expectedUsers);
        UserQuery q;
        q.search = QStringLiteral("user99999@example");
        const auto found = test::await(backend->users().page(tenants->first().id, q, {}, 10));
        GH_VERIFY_OK(found);
        QCOMPARE(found->users.size(), 1);
        qInfo("%s: %s, %lld users kept", qPrintable(mode), paused.constData(), users);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("GATEHOUSE_IMPORT_CHILD"),
                 "GATEHOUSE_IMPORT_CHILD is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray out = "username,primaryEmail,name,passwordDigest,passwordAlgorithm\n";
        for (int i = 0; i < fileRows; ++i)
            out += "user_" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com,User " +
                   QByteArray::number(i) + ",482c811da5d5b4bc6d497ffa98491e38,MD5\n";
        QCOMPARE(file.write(out), out.size());
    }

    void allOrNothing_data()
    {
        QTest::addColumn<QString>("pause");
        QTest::newRow("first row") << QStringLiteral("row:1");
        QTest::newRow("row 70000") << QStringLiteral("row:70000");
        QTest::newRow("in the commit") << QStringLiteral("commit:1"); // every row and the index written
    }

    void allOrNothing()
    {
        QFETCH(QString, pause);
        crashOnce(QStringLiteral("all"), pause, 0); // nothing until the single commit
    }

    void skipInvalid_data()
    {
        QTest::addColumn<QString>("pause");
        QTest::addColumn<qint64>("kept");
        // Batches of 10000 rows commit one by one: the ones before the kill stay, whole.
        QTest::newRow("first batch") << QStringLiteral("row:5000") << qint64(0);
        QTest::newRow("first row of the second batch") << QStringLiteral("row:10001") << qint64(10000);
        QTest::newRow("third batch") << QStringLiteral("row:25000") << qint64(20000);
        QTest::newRow("in the second commit") << QStringLiteral("commit:2") << qint64(10000);
    }

    void skipInvalid()
    {
        QFETCH(QString, pause);
        QFETCH(qint64, kept);
        crashOnce(QStringLiteral("skip"), pause, kept);
    }

    void postgresMidCopy_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("pause");
        QTest::addColumn<qint64>("kept");
        // The third batch is arriving when the kill lands.
        QTest::newRow("all or nothing") << QStringLiteral("all") << QStringLiteral("copy:25000") << qint64(0);
        // The first batch of 10000 rows is committed; the second is arriving when the kill lands.
        QTest::newRow("skip invalid, second batch")
            << QStringLiteral("skip") << QStringLiteral("copy:15000") << qint64(10000);
    }

    void postgresMidCopy()
    {
        GH_REQUIRE_POSTGRES();
        QFETCH(QString, mode);
        QFETCH(QString, pause);
        QFETCH(qint64, kept);
        test::PostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        crashOnce(mode, pause, kept, pg.url());
        if (!QTest::currentTestFailed())
            ++m_interruptedCopies;
    }

    void cleanupTestCase()
    {
        // Every kill landed inside a write (each run checked its own); zero would mean none ran.
        QVERIFY(m_interrupted >= 7);
        if (!test::postgresAdminUrl().isEmpty())
            QCOMPARE(m_interruptedCopies, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
