#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace gatehouse;

/// SIGKILL in the middle of a large import leaves a workspace that opens, passes SQLite's and
/// FTS5's integrity checks, verifies its journal, and holds only whole import batches.
class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;

    qint64 countUsers(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        qint64 n = -1;
        if (db.open()) {
            QSqlQuery integrity(db);
            if (integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next() &&
                integrity.value(0).toString() == QLatin1String("ok")) {
                QSqlQuery fts(db);
                if (fts.exec(QStringLiteral("INSERT INTO users_fts(users_fts) VALUES('integrity-check')"))) {
                    QSqlQuery trigger(db);
                    trigger.exec(
                        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'users_fts_insert'"));
                    if (trigger.next() && trigger.value(0).toInt() == 1) {
                        QSqlQuery q(db);
                        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next())
                            n = q.value(0).toLongLong();
                    }
                }
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return n;
    }

    void crashOnce(const QString &mode, int delayMs, bool wholeBatches)
    {
        const QString workspace = m_dir.filePath(QStringLiteral("crash-%1-%2.sqlite").arg(mode).arg(delayMs));
        {
            auto backend = test::openBackend(workspace);
            QVERIFY(backend);
            Tenant t;
            t.name = QStringLiteral("Crash");
            GH_VERIFY_OK(test::await(backend->tenants().create(t)));
        }
        QProcess child;
        child.start(qEnvironmentVariable("GATEHOUSE_IMPORT_CHILD"), {workspace, m_csv, mode});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(20000));
        QTest::qWait(delayMs);
        QCOMPARE(child.state(), QProcess::Running); // still importing: the kill lands mid-write
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));

        const qint64 users = countUsers(workspace);
        QVERIFY2(users >= 0, "the workspace failed an integrity check after SIGKILL");
        if (wholeBatches)
            QCOMPARE(users % 10000, 0); // skip-invalid commits batches of whole rows
        else
            QCOMPARE(users, 0); // all-or-nothing: nothing until the single commit
        auto backend = test::openBackend(workspace);
        QVERIFY(backend);
        const auto report = test::await(backend->journal().verify());
        GH_VERIFY_OK(report);
        QVERIFY(report->intact());
        qInfo("%s killed after %d ms: %lld users kept", qPrintable(mode), delayMs, users);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray out = "username,primaryEmail,name,passwordDigest,passwordAlgorithm\n";
        for (int i = 0; i < 120000; ++i)
            out += "user_" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com,User " +
                   QByteArray::number(i) + ",482c811da5d5b4bc6d497ffa98491e38,MD5\n";
        QCOMPARE(file.write(out), out.size());
    }

    void allOrNothing()
    {
        for (int delay : {300, 900, 1800})
            crashOnce(QStringLiteral("all"), delay, false);
    }

    void skipInvalid()
    {
        for (int delay : {600, 1500, 2500})
            crashOnce(QStringLiteral("skip"), delay, true);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
