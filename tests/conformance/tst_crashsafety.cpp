#include "TestSupport.h"
#include "local/Migrations.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <signal.h>

using namespace gatehouse;

/// A SQLite workspace survives its writer being killed (SIGKILL) in the middle of large
/// transactions: it opens, its schema is current, SQLite finds no corruption, the journal
/// verifies, and every transaction is all or nothing (a role has none or all of its 2000 grants).
/// The writer stops inside the grant transaction and says so before each kill, so every run is
/// known to interrupt a write; the role it was granting must come back with no grants at all.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidWrite()
    {
        const QString writer = qEnvironmentVariable("GATEHOUSE_CRASHWRITER");
        QVERIFY2(!writer.isEmpty(), "GATEHOUSE_CRASHWRITER is not set (run through ctest)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = dir.filePath(QStringLiteral("crash.sqlite"));

        // Each run lets the writer go on to its n-th new role and stops it inside the transaction
        // that grants that role 2000 scopes: on a given grant row, or inside the commit before it
        // takes effect. The writer says when it stands there; only then is it killed.
        struct Run
        {
            int role;
            const char *pause;
        };
        const Run runs[] = {{1, "row:1"}, {3, "row:700"}, {2, "row:2000"}, {4, "commit"}, {2, "row:1999"}};
        int interrupted = 0;
        for (const Run &run : runs) {
            QProcess process;
            process.setProgram(writer);
            process.setArguments({workspace, QString::number(run.role), QLatin1String(run.pause)});
            process.start();
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));

            QByteArray paused;
            QDeadlineTimer deadline(120000);
            while (paused.isEmpty() && !deadline.hasExpired() && process.state() == QProcess::Running) {
                process.waitForReadyRead(20);
                while (process.canReadLine()) {
                    const QByteArray line = process.readLine().trimmed();
                    if (line.startsWith("paused "))
                        paused = line;
                }
            }
            QVERIFY2(!paused.isEmpty(), qPrintable(QStringLiteral("the writer never reached role %1 %2: ")
                                                       .arg(run.role)
                                                       .arg(QLatin1String(run.pause)) +
                                                   QString::fromLocal8Bit(process.readAllStandardError())));
            QCOMPARE(paused, QByteArray("paused ") + QByteArray::number(run.role) + ' ' + run.pause);
            QCOMPARE(process.state(), QProcess::Running);
            const qint64 pid = process.processId();
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);

            // The writer names its roles "role <pid>-<n>"; the killed grant must have left none.
            const QString killedRole = QStringLiteral("role %1-%2").arg(pid).arg(run.role);
            bool grantInterrupted = false;
            checkStorage(workspace, killedRole, &grantInterrupted);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(grantInterrupted, qPrintable(killedRole + QStringLiteral(" kept its grants")));
            ++interrupted;
        }
        QCOMPARE(interrupted, int(std::size(runs)));

        QString error;
        const auto backend = test::openBackend(workspace, &error);
        QVERIFY2(backend, qPrintable(error));
        const auto report = test::await(backend->journal().verify());
        GH_VERIFY_OK(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.value(0).message));
        QVERIFY(report->entries > 2000);

        const auto tenants = test::await(backend->tenants().list());
        GH_VERIFY_OK(tenants);
        QCOMPARE(tenants->size(), 1);
        const QString tenantId = tenants->first().id;
        const auto resources = test::await(backend->resources().list(tenantId));
        GH_VERIFY_OK(resources);
        QCOMPARE(resources->size(), 1);
        const auto scopes = test::await(backend->resources().scopes(tenantId, resources->first().id));
        GH_VERIFY_OK(scopes);
        QCOMPARE(scopes->size(), 2000);

        const auto roles = test::await(backend->roles().list(tenantId));
        GH_VERIFY_OK(roles);
        QVERIFY(!roles->isEmpty());
        for (const Role &role : roles.value()) {
            const auto granted = test::await(backend->roles().scopes(tenantId, role.id));
            GH_VERIFY_OK(granted);
            QVERIFY2(
                granted->isEmpty() || granted->size() == 2000,
                qPrintable(QStringLiteral("%1 has %2 of 2000 grants").arg(role.name).arg(granted->size())));
        }
        // The workspace still takes writes.
        Role draft;
        draft.name = QStringLiteral("after the crash");
        GH_VERIFY_OK(test::await(backend->roles().create(tenantId, draft)));
    }

private:
    /// SQLite's own checks on a connection of our own, the schema version, and all-or-nothing
    /// grants (every role has none or all of the scopes). *interrupted: `role` exists and has none.
    void checkStorage(const QString &workspace, const QString &role, bool *interrupted)
    {
        const QString name = QStringLiteral("crash-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(workspace);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery integrity(db);
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            QSqlQuery keys(db);
            QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!keys.next(), "dangling references after the crash");
            QSqlQuery grants(db);
            QVERIFY(
                grants.exec(QStringLiteral("SELECT r.name, COUNT(rs.scope_id) FROM roles r LEFT JOIN "
                                           "roles_scopes rs ON rs.role_id = r.id GROUP BY r.id, r.name")));
            while (grants.next()) {
                const int count = grants.value(1).toInt();
                QVERIFY2(count == 0 || count == 2000, qPrintable(QStringLiteral("%1 has %2 of 2000 grants")
                                                                     .arg(grants.value(0).toString())
                                                                     .arg(count)));
                if (grants.value(0).toString() == role)
                    *interrupted = count == 0; // stays false when the role is missing
            }
            local::SqlSession session(db, local::Dialect::Sqlite);
            QCOMPARE(local::schemaVersion(session), local::latestSchemaVersion());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
