// gatehouse-cli against a Logto server: the real binary talks to a FakeLogto started in this
// process; credentials reach the child through its environment (or the keychain, when one works).

#include "CliRunner.h"
#include "FakeLogto.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestCliRemote : public QObject
{
    Q_OBJECT

private:
    FakeLogto m_logto;
    QString m_workspace;

    /// The child's environment: no keychain (the session bus points nowhere) unless `keychain`,
    /// and the fake's credentials unless `credentials` is false.
    QProcessEnvironment environment(CliRunner &runner, bool credentials = true, bool keychain = false) const
    {
        QProcessEnvironment env = runner.environment();
        env.remove(QStringLiteral("GATEHOUSE_CLIENT_ID"));
        env.remove(QStringLiteral("GATEHOUSE_CLIENT_SECRET"));
        if (!keychain)
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/gatehouse-bus"));
        if (credentials) {
            env.insert(QStringLiteral("GATEHOUSE_CLIENT_ID"), m_logto.clientId());
            env.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), m_logto.clientSecret());
        }
        return env;
    }

    CliResult run(const CliRunner &runner, const QStringList &args, const QProcessEnvironment &env,
                  const QByteArray &input = {}) const
    {
        return runner.runBare(QStringList{QStringLiteral("--workspace"), m_workspace} + args, input, env);
    }

    CliResult run(CliRunner &runner, const QStringList &args) const
    {
        return run(runner, args, environment(runner));
    }

    /// Creates a user on the server through the CLI; its id (empty, and the test failed, on error).
    QString createUser(CliRunner &runner, const QString &username) const
    {
        const CliResult user =
            run(runner, {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--json"),
                         QStringLiteral("--username"), username});
        if (user.exitCode != 0)
            QTest::qFail(user.describe().constData(), __FILE__, __LINE__);
        return user.json().object().value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_logto.start(), qPrintable(m_logto.error()));
        m_workspace = QStringLiteral("logto+") + m_logto.endpoint() + QStringLiteral("?tenant=") +
                      m_logto.tenant() + QStringLiteral("&tag=development");
        CliRunner runner;
        QVERIFY2(runner.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
    }

    void connectionTestReportsServerTenantAndCapabilities()
    {
        CliRunner runner;
        const CliResult text = run(runner, {QStringLiteral("connection"), QStringLiteral("test")});
        GH_EXPECT_EXIT(text, 0);
        QVERIFY2(text.outText().contains(m_logto.endpoint()), text.describe().constData());
        QVERIFY(text.outText().contains(QStringLiteral("default (development)")));
        QVERIFY(text.outText().contains(QStringLiteral("environment")));
        QVERIFY(text.outText().contains(QStringLiteral("Create, rename and delete tenants")));
        QVERIFY(!text.outText().contains(m_logto.clientSecret()));

        const CliResult json =
            run(runner, {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(json, 0);
        const QJsonObject report = json.json().object();
        QCOMPARE(report.value(QStringLiteral("server")).toString(), m_logto.endpoint());
        QCOMPARE(report.value(QStringLiteral("tenant")).toString(), m_logto.tenant());
        QCOMPARE(report.value(QStringLiteral("production")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("clientId")).toString(), m_logto.clientId());
        const QJsonObject caps = report.value(QStringLiteral("capabilities")).toObject();
        QCOMPARE(caps.value(QStringLiteral("tenantManagement")).toBool(true), false);
        QCOMPARE(caps.value(QStringLiteral("userFilters")).toBool(true), false);
        QCOMPARE(caps.value(QStringLiteral("userRoleFilter")).toBool(false), true);
        QCOMPARE(caps.value(QStringLiteral("passwordExpiry")).toBool(true), false);
        QCOMPARE(caps.value(QStringLiteral("exportPasswordDigests")).toBool(true), false);
        QVERIFY(caps.value(QStringLiteral("userPageSize")).toInt() > 0);
    }

    void refusedOrMissingCredentialsAreClearErrors()
    {
        CliRunner runner;
        QProcessEnvironment wrong = environment(runner);
        wrong.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), QStringLiteral("wrong-secret-4711"));
        const CliResult refused = run(runner, {QStringLiteral("connection"), QStringLiteral("test")}, wrong);
        GH_EXPECT_EXIT(refused, 5); // forbidden: the server refused the credentials
        QVERIFY2(refused.errText().startsWith(QStringLiteral("error: ")), refused.describe().constData());
        QVERIFY(!refused.errText().contains(QStringLiteral("wrong-secret-4711")));

        QProcessEnvironment half = environment(runner, false);
        half.insert(QStringLiteral("GATEHOUSE_CLIENT_ID"), m_logto.clientId());
        const CliResult halfSet = run(runner, {QStringLiteral("app"), QStringLiteral("list")}, half);
        GH_EXPECT_EXIT(halfSet, 4);
        QVERIFY(halfSet.errText().contains(QStringLiteral("GATEHOUSE_CLIENT_SECRET is not")));

        const CliResult none =
            run(runner, {QStringLiteral("app"), QStringLiteral("list")}, environment(runner, false));
        GH_EXPECT_EXIT(none, 1);
        QVERIFY2(none.errText().contains(QStringLiteral("no system keychain")), none.describe().constData());
        QVERIFY(none.errText().contains(QStringLiteral("GATEHOUSE_CLIENT_ID")));

        const CliResult local =
            runner.run({QStringLiteral("connection"), QStringLiteral("test")}); // a SQLite workspace
        GH_EXPECT_EXIT(local, 2);
        QVERIFY(local.errText().contains(QStringLiteral("logto+https://")));
    }

    void everyCommandWorksThroughTheConnection()
    {
        CliRunner runner;
        const CliResult tenants =
            run(runner, {QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(tenants, 0);
        QCOMPARE(tenants.json().array().size(), 1);
        QCOMPARE(tenants.json().array().first().toObject().value(QStringLiteral("id")).toString(),
                 m_logto.tenant());

        const CliResult created =
            run(runner, {QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("--json"),
                         QStringLiteral("--type"), QStringLiteral("SPA"), QStringLiteral("--name"),
                         QStringLiteral("CLI web app"), QStringLiteral("--redirect-uri"),
                         QStringLiteral("https://app.example.com/callback")});
        GH_EXPECT_EXIT(created, 0);
        const QString appId = created.json().object().value(QStringLiteral("id")).toString();
        QVERIFY(!appId.isEmpty());
        const CliResult apps = run(runner, {QStringLiteral("app"), QStringLiteral("list")});
        GH_EXPECT_EXIT(apps, 0);
        QVERIFY2(apps.outText().contains(QStringLiteral("CLI web app")), apps.describe().constData());

        const CliResult user =
            run(runner, {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--json"),
                         QStringLiteral("--username"), QStringLiteral("cli_remote_user")});
        GH_EXPECT_EXIT(user, 0);
        const CliResult users = run(runner, {QStringLiteral("user"), QStringLiteral("list"),
                                             QStringLiteral("--search"), QStringLiteral("cli_remote")});
        GH_EXPECT_EXIT(users, 0);
        QVERIFY2(users.outText().contains(QStringLiteral("cli_remote_user")), users.describe().constData());

        const CliResult journal = run(runner, {QStringLiteral("journal"), QStringLiteral("list")});
        GH_EXPECT_EXIT(journal, 0);
        QVERIFY2(journal.outText().contains(appId), journal.describe().constData());
    }

    void aChangeIsJournaledBeforeItIsSentAndWithItsOutcome()
    {
        CliRunner runner;
        QVERIFY(!createUser(runner, QStringLiteral("intent_user")).isEmpty());

        // The changes alone by default; with --requests the intent and outcome of the POST too.
        const CliResult changes =
            run(runner, {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(changes, 0);
        QCOMPARE(changes.json().array().size(), 1);
        QCOMPARE(changes.json().array().first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.create"));
        const CliResult all = run(runner, {QStringLiteral("journal"), QStringLiteral("list"),
                                           QStringLiteral("--requests"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(all, 0);
        const QJsonArray entries = all.json().array(); // newest first
        QCOMPARE(entries.size(), 3);
        const QJsonObject intent = entries.at(2).toObject();
        const QJsonObject outcome = entries.at(1).toObject();
        QCOMPARE(intent.value(QStringLiteral("action")).toString(), QStringLiteral("request.intent"));
        QCOMPARE(outcome.value(QStringLiteral("action")).toString(), QStringLiteral("request.outcome"));
        QCOMPARE(outcome.value(QStringLiteral("targetId")), intent.value(QStringLiteral("targetId")));
        const QJsonObject sent = intent.value(QStringLiteral("after"))
                                     .toObject()
                                     .value(QStringLiteral("requests"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(sent.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(sent.value(QStringLiteral("path")).toString(), QStringLiteral("/api/users"));
        // No request body in the journal (it may carry a password).
        QVERIFY(!intent.value(QStringLiteral("after")).toObject().contains(QStringLiteral("body")));
        QCOMPARE(outcome.value(QStringLiteral("after")).toObject().value(QStringLiteral("done")).toInt(), 1);
        QCOMPARE(outcome.value(QStringLiteral("after")).toObject().value(QStringLiteral("status")).toInt(),
                 200);

        // A request the server refuses is recorded as refused (it did not act).
        const CliResult missing =
            run(runner, {QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("nosuchuser123"),
                         QStringLiteral("--name"), QStringLiteral("Nobody")});
        QVERIFY2(missing.exitCode != 0, missing.describe().constData());
        const CliResult verify =
            run(runner, {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(verify, 0);
        QCOMPARE(verify.json().object().value(QStringLiteral("unfinishedCount")).toInt(), 0);
    }

    void killedAfterTheServerActedLeavesAnOutcomeUnknown()
    {
        CliRunner runner;
        const QString id = createUser(runner, QStringLiteral("killed_midway"));
        QVERIFY(!id.isEmpty());
        const QString path = QStringLiteral("/api/users/") + id;

        // The server carries the PATCH out and never answers; the console is killed meanwhile.
        HttpFault fault;
        fault.kind = HttpFault::Kind::ActNoAnswer;
        fault.method = "PATCH";
        fault.pathPattern = QRegularExpression::escape(path);
        m_logto.server().addFault(fault);
        const int patchesBefore = m_logto.server().requestCount("PATCH", fault.pathPattern);
        QProcess child;
        child.setProcessEnvironment(environment(runner));
        child.setWorkingDirectory(runner.dir());
        child.start(runner.program(), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("user"),
                                       QStringLiteral("update"), id, QStringLiteral("--name"),
                                       QStringLiteral("Changed Then Killed")});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_logto.server().requestCount("PATCH", fault.pathPattern) > patchesBefore,
                                 30000);
        QCOMPARE(child.state(), QProcess::Running); // still waiting for the answer
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        m_logto.server().clearFaults();

        const CliResult shown =
            run(runner, {QStringLiteral("user"), QStringLiteral("show"), id, QStringLiteral("--json")});
        GH_EXPECT_EXIT(shown, 0);
        QCOMPARE(shown.json().object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Changed Then Killed"));

        // No change entry (the answer never came), but the intent is there without an outcome.
        const CliResult verify =
            run(runner, {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--json")});
        GH_EXPECT_EXIT(verify, 0);
        const QJsonObject report = verify.json().object();
        QVERIFY2(report.value(QStringLiteral("intact")).toBool(), verify.describe().constData());
        QCOMPARE(report.value(QStringLiteral("unfinishedCount")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("unfinished"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("requests"))
                     .toString(),
                 QStringLiteral("PATCH ") + path);
        const CliResult text = run(runner, {QStringLiteral("journal"), QStringLiteral("verify")});
        GH_EXPECT_EXIT(text, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("no recorded outcome")), text.describe().constData());
        QVERIFY2(text.outText().contains(QStringLiteral("PATCH ") + path), text.describe().constData());
    }

    void whatTheConnectionCannotDoExitsWithItsMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("tenant create")
            << QStringList{QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("Another")}
            << QStringLiteral("one tenant");
        QTest::newRow("user filter") << QStringList{QStringLiteral("user"), QStringLiteral("list"),
                                                    QStringLiteral("--suspended")}
                                     << QStringLiteral("cannot filter users");
        QTest::newRow("user sort") << QStringList{QStringLiteral("user"), QStringLiteral("list"),
                                                  QStringLiteral("--sort"), QStringLiteral("email")}
                                   << QStringLiteral("newest first");
        QTest::newRow("export digests")
            << QStringList{QStringLiteral("user"), QStringLiteral("export"), QStringLiteral("users.csv"),
                           QStringLiteral("--with-password-digests")}
            << QStringLiteral("password digests");
    }

    void whatTheConnectionCannotDoExitsWithItsMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        CliRunner runner;
        const CliResult result = run(runner, args + QStringList{QStringLiteral("--json")});
        GH_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(message), result.describe().constData());
        QCOMPARE(result.errorJson()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unsupported"));
    }

    void passwordExpiryIsUnsupported()
    {
        CliRunner runner;
        const QString id = createUser(runner, QStringLiteral("expiry_user"));
        QVERIFY(!id.isEmpty());
        const CliResult expire = run(runner, {QStringLiteral("user"), QStringLiteral("expire-password"), id,
                                              QStringLiteral("--reason"), QStringLiteral("test")});
        GH_EXPECT_EXIT(expire, 1);
        QVERIFY2(expire.errText().contains(QStringLiteral("cannot require a new password")),
                 expire.describe().constData());
    }

    void saveWithoutKeychainTestsThenSaysWhy()
    {
        CliRunner runner;
        const QProcessEnvironment env = environment(runner, false);
        const QStringList save{QStringLiteral("connection"), QStringLiteral("save"),
                               QStringLiteral("--client-id"), m_logto.clientId()};
        const CliResult wrong = run(runner, save, env, "wrong-secret-0815\n");
        GH_EXPECT_EXIT(wrong, 5); // forbidden: the server refused the credentials
        QVERIFY(!wrong.errText().contains(QStringLiteral("cannot be saved"))); // the test failed first
        QVERIFY(!wrong.errText().contains(QStringLiteral("wrong-secret-0815")));

        const CliResult right = run(runner, save, env, m_logto.clientSecret().toUtf8() + '\n');
        GH_EXPECT_EXIT(right, 1);
        QVERIFY2(right.outText().contains(m_logto.endpoint()), right.describe().constData());
        QVERIFY(right.errText().contains(QStringLiteral("cannot be saved")));
        QVERIFY(!right.errText().contains(m_logto.clientSecret()));

        const CliResult noId =
            run(runner, {QStringLiteral("connection"), QStringLiteral("save")}, env, "x\n");
        GH_EXPECT_EXIT(noId, 2);
        const CliResult empty = run(runner, save, env, "\n");
        GH_EXPECT_EXIT(empty, 4);
        QVERIFY(empty.errText().contains(QStringLiteral("No client secret on stdin")));
    }

    void saveTestForgetWithKeychain()
    {
        if (qEnvironmentVariable("GATEHOUSE_TEST_KEYCHAIN") != QLatin1String("1"))
            QSKIP("needs a keychain (packaging/run-tests.sh provides one)");
        CliRunner runner;
        const QProcessEnvironment env = environment(runner, false, true);
        const CliResult saved =
            run(runner,
                {QStringLiteral("connection"), QStringLiteral("save"), QStringLiteral("--client-id"),
                 m_logto.clientId(), QStringLiteral("--json")},
                env, m_logto.clientSecret().toUtf8());
        GH_EXPECT_EXIT(saved, 0);
        QVERIFY(saved.json().object().contains(QStringLiteral("saved")));

        const CliResult tested = run(runner, {QStringLiteral("connection"), QStringLiteral("test")}, env);
        GH_EXPECT_EXIT(tested, 0);
        QVERIFY(tested.outText().contains(QStringLiteral("keychain")));
        const CliResult apps = run(runner, {QStringLiteral("app"), QStringLiteral("list")}, env);
        GH_EXPECT_EXIT(apps, 0);

        const CliResult forgotten =
            run(runner, {QStringLiteral("connection"), QStringLiteral("forget")}, env);
        GH_EXPECT_EXIT(forgotten, 0);
        const CliResult gone = run(runner, {QStringLiteral("connection"), QStringLiteral("test")}, env);
        GH_EXPECT_EXIT(gone, 3);
        QVERIFY(gone.errText().contains(QStringLiteral("connection save")));
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "tst_cliremote.moc"
