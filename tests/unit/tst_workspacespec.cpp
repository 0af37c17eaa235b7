#include "backend/WorkspaceSpec.h"

#include <QDir>
#include <QTest>

using namespace gatehouse;

/// Parsing what a person types as a workspace, and showing it back without secrets.
class TestWorkspaceSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("display");

        QTest::newRow("everything")
            << QStringLiteral("postgres://gh:hunter2@db.example.com:6543/gatehouse?sslmode=require")
            << QStringLiteral("db.example.com") << 6543 << QStringLiteral("gatehouse") << QStringLiteral("gh")
            << QStringLiteral("hunter2") << QStringLiteral("require")
            << QStringLiteral("postgres://gh@db.example.com:6543/gatehouse?sslmode=require");
        QTest::newRow("postgresql scheme, no password, default port")
            << QStringLiteral("postgresql://gh@db/gatehouse") << QStringLiteral("db") << 5432
            << QStringLiteral("gatehouse") << QStringLiteral("gh") << QString() << QString()
            << QStringLiteral("postgres://gh@db:5432/gatehouse");
        QTest::newRow("encoded password")
            << QStringLiteral("postgres://gh:p%40ss%2Fw%3Ard@db/x") << QStringLiteral("db") << 5432
            << QStringLiteral("x") << QStringLiteral("gh") << QStringLiteral("p@ss/w:rd") << QString()
            << QStringLiteral("postgres://gh@db:5432/x");
        QTest::newRow("no database: user's")
            << QStringLiteral("postgres://alice@db.example.com") << QStringLiteral("db.example.com") << 5432
            << QStringLiteral("alice") << QStringLiteral("alice") << QString() << QString()
            << QStringLiteral("postgres://alice@db.example.com:5432/alice");
        QTest::newRow("no user, no database")
            << QStringLiteral("postgres://db.example.com:5433") << QStringLiteral("db.example.com") << 5433
            << QStringLiteral("postgres") << QString() << QString() << QString()
            << QStringLiteral("postgres://db.example.com:5433/postgres");
        QTest::newRow("IPv6") << QStringLiteral("postgres://u:pw@[::1]:5433/x") << QStringLiteral("::1")
                              << 5433 << QStringLiteral("x") << QStringLiteral("u") << QStringLiteral("pw")
                              << QString() << QStringLiteral("postgres://u@[::1]:5433/x");
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  postgres://u@h/d  ") << QStringLiteral("h") << 5432 << QStringLiteral("d")
            << QStringLiteral("u") << QString() << QString() << QStringLiteral("postgres://u@h:5432/d");
    }

    void postgres()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, sslMode);
        QFETCH(QString, display);
        const Result<WorkspaceSpec> spec = WorkspaceSpec::parse(text);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().toString()));
        QCOMPARE(spec->kind, WorkspaceSpec::Kind::Postgres);
        QCOMPARE(spec->host, host);
        QCOMPARE(spec->port, port);
        QCOMPARE(spec->database, database);
        QCOMPARE(spec->user, user);
        QCOMPARE(spec->password, password);
        QCOMPARE(spec->sslMode, sslMode);
        QCOMPARE(spec->displayLocation(), display);
        if (!password.isEmpty()) {
            QVERIFY(!spec->displayLocation().contains(password));
            QVERIFY(!spec->keychainAccount().contains(password));
        }
        // What is displayed parses back to the same place, minus the password.
        const Result<WorkspaceSpec> again = WorkspaceSpec::parse(spec->displayLocation());
        QVERIFY(again.ok());
        QCOMPARE(again->host, host);
        QCOMPARE(again->port, port);
        QCOMPARE(again->database, database);
        QCOMPARE(again->user, user);
        QCOMPARE(again->sslMode, sslMode);
        QVERIFY(again->password.isEmpty());
    }

    void sqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << QStringLiteral("/tmp/gh/ws.sqlite")
                                  << QStringLiteral("/tmp/gh/ws.sqlite");
        QTest::newRow("relative") << QStringLiteral("ws.sqlite")
                                  << QDir::current().absoluteFilePath(QStringLiteral("ws.sqlite"));
        QTest::newRow("dot-dot") << QStringLiteral("/tmp/a/../b/ws.sqlite")
                                 << QStringLiteral("/tmp/b/ws.sqlite");
        QTest::newRow("file URL") << QStringLiteral("file:///tmp/my%20ws.sqlite")
                                  << QStringLiteral("/tmp/my ws.sqlite");
        QTest::newRow("spaces around")
            << QStringLiteral("  /tmp/ws.sqlite ") << QStringLiteral("/tmp/ws.sqlite");
        QTest::newRow("unicode") << QStringLiteral("/tmp/\u00e9t\u00e9 \U0001F600.sqlite")
                                 << QStringLiteral("/tmp/\u00e9t\u00e9 \U0001F600.sqlite");
    }

    void sqlite()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const Result<WorkspaceSpec> spec = WorkspaceSpec::parse(text);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().toString()));
        QCOMPARE(spec->kind, WorkspaceSpec::Kind::Sqlite);
        QCOMPARE(spec->path, path);
        QCOMPARE(spec->displayLocation(), path);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("no host") << QStringLiteral("postgres://");
        QTest::newRow("no host, port") << QStringLiteral("postgres://:5432/db");
        QTest::newRow("bad port") << QStringLiteral("postgres://u:hunter2@db:notaport/x");
        QTest::newRow("space in host") << QStringLiteral("postgres://u:hunter2@d b/x");
        QTest::newRow("mysql") << QStringLiteral("mysql://u:hunter2@db/x");
        QTest::newRow("https") << QStringLiteral("https://logto.example.com");
        // Plain http only for a host that is this machine by its form, not by a name.
        QTest::newRow("http, 127 as a name") << QStringLiteral("logto+http://127.attacker.example");
        QTest::newRow("http, localhost as a prefix")
            << QStringLiteral("logto+http://localhost.attacker.example");
        QTest::newRow("http, loopback in a DNS name") << QStringLiteral("logto+http://127.0.0.1.nip.io:3001");
        QTest::newRow("http, other host") << QStringLiteral("logto+http://auth.example.com");
        QTest::newRow("http, private address") << QStringLiteral("logto+http://10.0.0.5:3001");
        // Never plain http for a Production connection (the default tag), even on this machine.
        QTest::newRow("http, production by default") << QStringLiteral("logto+http://127.0.0.1:3001");
        QTest::newRow("http, production") << QStringLiteral("logto+http://localhost:3001?tag=production");
    }

    void rejected()
    {
        QFETCH(QString, text);
        const Result<WorkspaceSpec> spec = WorkspaceSpec::parse(text);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code(), ErrorCode::Validation);
        QVERIFY(!spec.error().message().isEmpty());
        QVERIFY2(!spec.error().toString().contains(QStringLiteral("hunter2")),
                 qPrintable(spec.error().toString()));
    }

    void logtoLoopback_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("endpoint");
        // Development connections only: Production ones never use plain http.
        QTest::newRow("127.0.0.1") << QStringLiteral("logto+http://127.0.0.1:3001?tag=development")
                                   << QStringLiteral("http://127.0.0.1:3001");
        QTest::newRow("127.1.2.3") << QStringLiteral("logto+http://127.1.2.3:3001/api?tag=development")
                                   << QStringLiteral("http://127.1.2.3:3001");
        QTest::newRow("[::1]") << QStringLiteral("logto+http://[::1]:3001?tag=development")
                               << QStringLiteral("http://[::1]:3001");
        QTest::newRow("localhost") << QStringLiteral("logto+http://LOCALHOST:3001?tag=development")
                                   << QStringLiteral("http://localhost:3001");
        QTest::newRow("https anywhere")
            << QStringLiteral("logto+https://auth.example.com") << QStringLiteral("https://auth.example.com");
    }

    void logtoLoopback()
    {
        QFETCH(QString, text);
        QFETCH(QString, endpoint);
        const Result<WorkspaceSpec> spec = WorkspaceSpec::parse(text);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().toString()));
        QCOMPARE(spec->kind, WorkspaceSpec::Kind::Logto);
        QCOMPARE(spec->endpoint, endpoint);
    }

    void postgresTlsByDefault()
    {
        // Another machine: the certificate is checked unless the URL asks for less (then warned).
        WorkspaceSpec remote = WorkspaceSpec::parse(QStringLiteral("postgres://gh@db.example.com/x")).value();
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("verify-full"));
        QVERIFY(!remote.weakerThanVerifyFull());
        QCOMPARE(remote.displayLocation(), QStringLiteral("postgres://gh@db.example.com:5432/x"));
        remote =
            WorkspaceSpec::parse(QStringLiteral("postgres://gh@db.example.com/x?sslmode=require")).value();
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("require"));
        QVERIFY(remote.weakerThanVerifyFull());
        // This machine: libpq's default, no warning.
        for (const char *local :
             {"postgres://gh@127.0.0.1/x", "postgres://gh@localhost/x", "postgres://gh@[::1]/x"}) {
            const WorkspaceSpec spec = WorkspaceSpec::parse(QLatin1String(local)).value();
            QVERIFY2(spec.effectiveSslMode().isEmpty(), local);
            QVERIFY2(!spec.weakerThanVerifyFull(), local);
        }
    }

    void defaultWorkspace()
    {
        const WorkspaceSpec spec = WorkspaceSpec::defaultWorkspace();
        QCOMPARE(spec.kind, WorkspaceSpec::Kind::Sqlite);
        QVERIFY(spec.path.endsWith(QStringLiteral("/workspace.sqlite")));
        QVERIFY(QDir::isAbsolutePath(spec.path));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSpec)
#include "tst_workspacespec.moc"
