#include "PostgresLockWait.h"
#include "SqliteHooks.h"
#include "WorkspaceFixture.h"
#include "factory/BackendFactory.h"
#include "local/Migrations.h"
#include "local/UserSql.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace gatehouse;
using namespace gatehouse::local;
using gatehouse::test::BackendKind;
using gatehouse::test::WorkspaceFixture;

Q_DECLARE_METATYPE(QStringList)

/// Schema migrations on each local dialect: from empty to current, idempotent, all-or-nothing
/// per step, and refusing a workspace written by a newer build.
class TestMigrations : public QObject
{
    Q_OBJECT

public:
    explicit TestMigrations(BackendKind kind)
        : m_kind(kind)
    {}

private Q_SLOTS:
    void initTestCase()
    {
        bool mustRun = false;
        const QString reason = WorkspaceFixture::unavailableReason(m_kind, &mustRun);
        if (!reason.isEmpty()) {
            if (mustRun)
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
    }

    void init()
    {
        m_fixture = std::make_unique<WorkspaceFixture>(m_kind);
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        QSqlDatabase db = m_fixture->sqlConnection();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        m_session = std::make_unique<SqlSession>(db, m_kind == BackendKind::Postgres ? Dialect::Postgres
                                                                                     : Dialect::Sqlite);
    }

    void cleanup()
    {
        m_session.reset();
        m_fixture.reset();
    }

    void emptyToLatest()
    {
        QVERIFY(latestSchemaVersion() >= 1);
        QCOMPARE(latestSchemaVersion(), builtinMigrations().constLast().version);
        int applied = -1;
        QVERIFY2(run([&] { applied = migrate(*m_session); }), qPrintable(m_failure));
        QCOMPARE(applied, int(builtinMigrations().size()));
        QCOMPARE(schemaVersion(*m_session), latestSchemaVersion());
        const QStringList tables = m_session->database().tables();
        for (const char *table : {"tenants", "applications", "application_secrets", "resources", "scopes",
                                  "roles", "roles_scopes", "applications_roles", "journal", "journal_head"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void secondRunAppliesNothing()
    {
        QVERIFY2(run([&] { migrate(*m_session); }), qPrintable(m_failure));
        int applied = -1;
        QVERIFY2(run([&] { applied = migrate(*m_session); }), qPrintable(m_failure));
        QCOMPARE(applied, 0);
        QCOMPARE(schemaVersion(*m_session), latestSchemaVersion());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 qint64(builtinMigrations().size()));
    }

    void brokenMigrationRollsBack_data()
    {
        QTest::addColumn<QStringList>("shared");
        QTest::addColumn<QStringList>("dialectOnly");
        const QString create = QStringLiteral("CREATE TABLE gh_probe (x INTEGER)");
        const QString insert = QStringLiteral("INSERT INTO gh_probe (x) VALUES (1)");
        const QString broken = QStringLiteral("THIS IS NOT SQL");
        QTest::newRow("shared statement broken") << QStringList{create, insert, broken} << QStringList{};
        QTest::newRow("dialect statement broken") << QStringList{create, insert} << QStringList{broken};
        QTest::newRow("constraint violation")
            << QStringList{create, insert,
                           QStringLiteral("INSERT INTO tenants (id, name, tag, "
                                          "created_at) VALUES (NULL, NULL, 'x', 0)")}
            << QStringList{};
    }

    void brokenMigrationRollsBack()
    {
        QFETCH(QStringList, shared);
        QFETCH(QStringList, dialectOnly);
        QVERIFY2(run([&] { migrate(*m_session); }), qPrintable(m_failure));
        const int latest = latestSchemaVersion();

        QList<Migration> migrations = builtinMigrations();
        Migration broken;
        broken.version = latest + 1;
        broken.description = QStringLiteral("broken on purpose");
        broken.statements = shared;
        (m_kind == BackendKind::Postgres ? broken.postgresOnly : broken.sqliteOnly) = dialectOnly;
        migrations.append(broken);

        QVERIFY(!run([&] { migrate(*m_session, migrations); }));
        QCOMPARE(m_failureCode, ErrorCode::Internal);
        QVERIFY2(m_failure.contains(QString::number(latest + 1)) &&
                     m_failure.contains(QString::number(latest)),
                 qPrintable(m_failure));
        QCOMPARE(schemaVersion(*m_session), latest);
        QVERIFY2(!m_session->database().tables().contains(QStringLiteral("gh_probe")),
                 "the step's first statement was not rolled back");

        // The connection is usable afterwards and nothing is left half-done.
        int applied = -1;
        QVERIFY2(run([&] { applied = migrate(*m_session); }), qPrintable(m_failure));
        QCOMPARE(applied, 0);
    }

    void partialUpgradeStopsAtFailure()
    {
        // On an empty database the good steps are kept and the broken one is not.
        QList<Migration> migrations = builtinMigrations();
        Migration broken;
        broken.version = latestSchemaVersion() + 1;
        broken.description = QStringLiteral("broken on purpose");
        broken.statements = {QStringLiteral("CREATE TABLE gh_probe (x INTEGER)"), QStringLiteral("NOT SQL")};
        migrations.append(broken);
        QVERIFY(!run([&] { migrate(*m_session, migrations); }));
        QCOMPARE(schemaVersion(*m_session), latestSchemaVersion());
        QVERIFY(!m_session->database().tables().contains(QStringLiteral("gh_probe")));
        QVERIFY(m_session->database().tables().contains(QStringLiteral("tenants")));
    }

    /// Every lookup of a user by a unique key (username, email, phone: uniqueness checks on
    /// create and update, the clash report of an import) is answered by that key's unique index,
    /// never by walking the tenant's users. On PostgreSQL the plan checked is the generic one (the
    /// key unknown), as a prepared statement reused by the import gets.
    void uniqueKeyLookupsUseTheirIndexes_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("index");
        QTest::newRow("username") << "username_key"
                                  << "users_username";
        QTest::newRow("email") << "email_key"
                               << "users_email";
        QTest::newRow("phone") << "phone_key"
                               << "users_phone";
    }

    void uniqueKeyLookupsUseTheirIndexes()
    {
        QFETCH(QString, column);
        QFETCH(QString, index);
        QVERIFY2(run([&] { migrate(*m_session); }), qPrintable(m_failure));
        QString sql = QStringLiteral("SELECT id FROM users WHERE ") +
                      usersql::keyLookup(column.toLatin1().constData()) + QStringLiteral(" AND id <> ?");
        QString plan;
        QSqlDatabase db = m_session->database();
        QSqlQuery q(db);
        if (m_kind == BackendKind::Postgres) {
            for (int n = 1; sql.contains(QLatin1Char('?')); ++n)
                sql.replace(sql.indexOf(QLatin1Char('?')), 1, QStringLiteral("$%1").arg(n));
            QVERIFY(q.exec(QStringLiteral("SET plan_cache_mode = force_generic_plan")));
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
            QVERIFY2(q.exec(QStringLiteral("PREPARE key_lookup(text, text, text) AS ") + sql),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("EXPLAIN EXECUTE key_lookup('t', 'k', 'i')")));
            while (q.next())
                plan += q.value(0).toString() + QLatin1Char('\n');
            QVERIFY(q.exec(QStringLiteral("DEALLOCATE key_lookup")));
            QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
            QVERIFY(q.exec(QStringLiteral("RESET plan_cache_mode")));
        } else {
            QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            for (const char *value : {"t", "k", "i"})
                q.addBindValue(QString::fromLatin1(value));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(plan.contains(index) && !plan.contains(QLatin1String("SCAN")) &&
                     !plan.contains(QLatin1String("Seq Scan")),
                 qPrintable(plan));
    }

    void newerWorkspaceRefused()
    {
        QVERIFY2(run([&] { migrate(*m_session); }), qPrintable(m_failure));
        const int future = latestSchemaVersion() + 5;
        QVERIFY2(run([&] {
                     m_session->exec(QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                                    "applied_at) VALUES (?, ?, ?)"),
                                     {future, QStringLiteral("from a newer build"), 0});
                 }),
                 qPrintable(m_failure));

        QVERIFY(!run([&] { migrate(*m_session); }));
        QCOMPARE(m_failureCode, ErrorCode::Unsupported);

        auto backend = createBackend(WorkspaceSpec::parse(m_fixture->workspace()).value());
        const auto opened = test::await(backend->open());
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().code()), int(ErrorCode::Unsupported));
        QVERIFY2(opened.error().message().contains(QString::number(future)),
                 qPrintable(opened.error().message()));
        // Nothing was touched: the newer version is still recorded and calls are refused.
        QCOMPARE(schemaVersion(*m_session), future);
        const auto listed = test::await(backend->tenants().list());
        QVERIFY(!listed.ok());
        QCOMPARE(int(listed.error().code()), int(ErrorCode::Unavailable));
    }

    void backendsOpeningTogether()
    {
        // Several clients opening a new workspace at the same moment migrate it exactly once.
        std::vector<std::unique_ptr<Backend>> backends;
        QList<Future<Done>> opening;
        for (int i = 0; i < 8; ++i) {
            backends.push_back(createBackend(WorkspaceSpec::parse(m_fixture->workspace()).value()));
            opening.append(backends.back()->open());
        }
        for (const Future<Done> &f : std::as_const(opening)) {
            const auto r = test::await(f);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        }
        QCOMPARE(schemaVersion(*m_session), latestSchemaVersion());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 qint64(builtinMigrations().size()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_head")), qint64(1));
    }

    void openWhileAnotherClientMigrates()
    {
        // Another client is in the middle of creating the schema (same lock protocol as
        // local::migrate, left uncommitted); opening must wait for it, then find it done.
        const bool postgres = m_kind == BackendKind::Postgres;
        // SQLite: the statements the opening backend's connection starts (not this thread's).
        struct Started
        {
            std::atomic<bool> watching{false};
            QMutex mutex;
            Qt::HANDLE mainThread = QThread::currentThreadId();
            QList<QByteArray> statements;
        };
        static Started started;
        started.watching = true;
        const auto stopWatching = qScopeGuard([] { started.watching = false; });
        if (!postgres) {
            test::sqlitehooks::Hooks hooks;
            hooks.statement = [](sqlite3 *, const char *sql) {
                if (!started.watching.load() || QThread::currentThreadId() == started.mainThread)
                    return;
                QMutexLocker lock(&started.mutex);
                started.statements.append(QByteArray(sql));
            };
            test::sqlitehooks::install(std::move(hooks));
        }
        QVERIFY2(run([&] {
                     if (!postgres) // as SqlWorker::open does before migrating
                         m_session->execRaw(QStringLiteral("PRAGMA journal_mode = WAL"));
                     m_session->begin();
                     if (postgres)
                         m_session->exec(QStringLiteral("SELECT pg_advisory_xact_lock(7346235)"));
                     m_session->execRaw(
                         QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                        "INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                        "applied_at BIGINT NOT NULL)"));
                 }),
                 qPrintable(m_failure));

        auto backend = createBackend(WorkspaceSpec::parse(m_fixture->workspace()).value());
        Future<Done> opening = backend->open();
        if (postgres) {
            QVERIFY2(test::waitForGatehouseLockWait(m_fixture->sqlConnection()),
                     "the opening client did not wait for the migrating one");
        } else {
            // The opening client takes the write lock with BEGIN IMMEDIATE before it migrates: once
            // that statement has started and nothing ran after it, it can only be waiting.
            QDeadlineTimer deadline(10000);
            QList<QByteArray> seen;
            while (!deadline.hasExpired()) {
                {
                    QMutexLocker lock(&started.mutex);
                    seen = started.statements;
                }
                if (seen.contains("BEGIN IMMEDIATE"))
                    break;
                QThread::msleep(5);
            }
            QVERIFY2(seen.contains("BEGIN IMMEDIATE"), "the opening client never started its migration");
            QCOMPARE(seen.constLast(), QByteArray("BEGIN IMMEDIATE")); // nothing ran past it
        }
        QVERIFY2(!opening.isFinished(), "the opening client did not wait for the migrating one");
        QVERIFY2(run([&] { m_session->commit(); }), qPrintable(m_failure));

        const auto opened = test::await(opening);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(schemaVersion(*m_session), latestSchemaVersion());
    }

private:
    /// Runs `fn`, catching a migration Failure into m_failure / m_failureCode. True if none.
    template <typename F>
    bool run(F fn)
    {
        m_failure.clear();
        m_failureCode = ErrorCode::None;
        try {
            fn();
            return true;
        } catch (const Failure &f) {
            m_failure = f.error.toString();
            m_failureCode = f.error.code();
            return false;
        }
    }

    qint64 count(const QString &sql)
    {
        qint64 n = -1;
        run([&] {
            QSqlQuery q = m_session->exec(sql);
            if (q.next())
                n = q.value(0).toLongLong();
        });
        return n;
    }

    BackendKind m_kind;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<SqlSession> m_session;
    QString m_failure;
    ErrorCode m_failureCode = ErrorCode::None;
};

int main(int argc, char **argv)
{
    QString error;
    const auto kind = test::backendKindFromArguments(argc, argv, &error);
    if (!kind) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    QCoreApplication app(argc, argv);
    TestMigrations test(*kind);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_migrations.moc"
