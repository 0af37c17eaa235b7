// Credentials of Logto connections: the environment variables, the keychain entry, and the
// errors when neither is there. The secret must never appear in an error.

#include "TestSupport.h"
#include "security/Credentials.h"
#include "security/Keychain.h"
#include "security/Random.h"

#include <QTest>

using namespace gatehouse;

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    /// GATEHOUSE_CREDENTIALS_EXPECT=keychain: a working keychain (packaging/run-tests.sh);
    /// anything else: the session bus points nowhere, so no keychain answers.
    static bool keychainExpected()
    {
        return qEnvironmentVariable("GATEHOUSE_CREDENTIALS_EXPECT") == QLatin1String("keychain");
    }

    static WorkspaceSpec connection(const QString &tenant = QStringLiteral("default"))
    {
        auto parsed = WorkspaceSpec::parse(QStringLiteral("logto+https://auth.example.com?tenant=") + tenant);
        return parsed.ok() ? parsed.value() : WorkspaceSpec();
    }

    static void clearEnvironment()
    {
        qunsetenv("GATEHOUSE_CLIENT_ID");
        qunsetenv("GATEHOUSE_CLIENT_SECRET");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (keychainExpected() && qEnvironmentVariable("GATEHOUSE_TEST_KEYCHAIN") != QLatin1String("1")) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI must provide a keyring (packaging/run-tests.sh starts gnome-keyring)");
            QSKIP("No unlocked keyring in this environment; packaging/run-tests.sh provides one.");
        }
    }

    void init() { clearEnvironment(); }
    void cleanupTestCase() { clearEnvironment(); }

    void encodedValueRoundTrips()
    {
        const QString secret = QStringLiteral("s\u00e9cret \"quoted\" ") + security::generateSecret();
        const auto decoded =
            security::decodeCredentials(security::encodeCredentials(QStringLiteral("m2m-app"), secret));
        QVERIFY(decoded);
        QCOMPARE(decoded->first, QStringLiteral("m2m-app"));
        QCOMPARE(decoded->second, secret);
        QVERIFY(!security::decodeCredentials(QStringLiteral("just a password")));
        QVERIFY(!security::decodeCredentials(QStringLiteral("{\"clientId\":\"x\"}")));
        QVERIFY(!security::decodeCredentials(QStringLiteral("{\"clientId\":\"\",\"clientSecret\":\"y\"}")));
    }

    void environmentTakesPrecedence()
    {
        if (keychainExpected())
            QSKIP("covered by the run without a keychain");
        qputenv("GATEHOUSE_CLIENT_ID", " env-client ");
        qputenv("GATEHOUSE_CLIENT_SECRET", "env-secret-value");
        security::Keychain keychain;
        security::CredentialResolver credentials(&keychain);
        const auto resolved = test::await(credentials.resolve(connection()), 5000);
        GH_VERIFY_OK(resolved);
        QCOMPARE(resolved->clientId, QStringLiteral("env-client"));
        QCOMPARE(resolved->clientSecret, QStringLiteral("env-secret-value"));
        QCOMPARE(resolved->logtoTenant, QStringLiteral("default"));
    }

    void sessionMemoryComesBeforeEnvironment()
    {
        // The order every caller relies on: the spec itself, this session, the environment, the
        // keychain. A session copy wins over the environment; forgetting it falls back to it.
        qputenv("GATEHOUSE_CLIENT_ID", "env-client");
        qputenv("GATEHOUSE_CLIENT_SECRET", "env-secret-value");
        security::CredentialResolver credentials(nullptr);
        WorkspaceSpec typed = connection();
        typed.clientId = QStringLiteral("session-client");
        typed.clientSecret = QStringLiteral("session-secret");
        credentials.remember(typed);
        QVERIFY(credentials.remembers(connection()));
        const auto fromSession = test::await(credentials.resolve(connection()), 5000);
        GH_VERIFY_OK(fromSession);
        QCOMPARE(fromSession->clientId, QStringLiteral("session-client"));
        QCOMPARE(fromSession->clientSecret, QStringLiteral("session-secret"));

        WorkspaceSpec explicitSpec = connection();
        explicitSpec.clientId = QStringLiteral("typed-client");
        explicitSpec.clientSecret = QStringLiteral("typed-secret");
        const auto fromSpec = test::await(credentials.resolve(explicitSpec), 5000);
        GH_VERIFY_OK(fromSpec);
        QCOMPARE(fromSpec->clientId, QStringLiteral("typed-client"));

        credentials.forget(connection());
        QVERIFY(!credentials.remembers(connection()));
        const auto fromEnvironment = test::await(credentials.resolve(connection()), 5000);
        GH_VERIFY_OK(fromEnvironment);
        QCOMPARE(fromEnvironment->clientId, QStringLiteral("env-client"));

        // Without a keychain object at all, the last step says that none is available.
        qunsetenv("GATEHOUSE_CLIENT_ID");
        qunsetenv("GATEHOUSE_CLIENT_SECRET");
        const auto none = test::await(credentials.resolve(connection()), 5000);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), ErrorCode::Unavailable);
        QVERIFY(none.error().message().contains(QStringLiteral("GATEHOUSE_CLIENT_ID")));
    }

    void halfSetEnvironmentIsAnError_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QString>("missing");
        QTest::newRow("id only") << QByteArray("GATEHOUSE_CLIENT_ID")
                                 << QStringLiteral("GATEHOUSE_CLIENT_SECRET");
        QTest::newRow("secret only") << QByteArray("GATEHOUSE_CLIENT_SECRET")
                                     << QStringLiteral("GATEHOUSE_CLIENT_ID");
    }

    void halfSetEnvironmentIsAnError()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QString, missing);
        qputenv(variable.constData(), "half-set-value-123");
        security::Keychain keychain;
        security::CredentialResolver credentials(&keychain);
        const auto resolved = test::await(credentials.resolve(connection()), 5000);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code(), ErrorCode::Validation);
        QVERIFY2(resolved.error().message().contains(missing), qPrintable(resolved.error().message()));
        QVERIFY(resolved.error().message().contains(QStringLiteral("both")));
        QVERIFY(!resolved.error().toString().contains(QStringLiteral("half-set-value-123")));
    }

    void emptyVariableIsAnError()
    {
        qputenv("GATEHOUSE_CLIENT_ID", "client");
        qputenv("GATEHOUSE_CLIENT_SECRET", "  ");
        const auto environment = security::credentialsFromEnvironment();
        QVERIFY(!environment.ok());
        QVERIFY(environment.error().message().contains(QStringLiteral("GATEHOUSE_CLIENT_SECRET is empty")));
    }

    void givenCredentialsAndOtherWorkspacesAreKept()
    {
        qputenv("GATEHOUSE_CLIENT_ID", "env-client");
        qputenv("GATEHOUSE_CLIENT_SECRET", "env-secret");
        security::Keychain keychain;
        security::CredentialResolver credentials(&keychain);
        WorkspaceSpec typed = connection();
        typed.clientId = QStringLiteral("typed-client");
        typed.clientSecret = QStringLiteral("typed-secret");
        const auto resolved = test::await(credentials.resolve(typed), 5000);
        GH_VERIFY_OK(resolved);
        QCOMPARE(resolved->clientId, QStringLiteral("typed-client"));
        QCOMPARE(resolved->clientSecret, QStringLiteral("typed-secret"));

        const WorkspaceSpec sqlite = WorkspaceSpec::defaultWorkspace();
        const auto unchanged = test::await(credentials.resolve(sqlite), 5000);
        GH_VERIFY_OK(unchanged);
        QCOMPARE(unchanged->path, sqlite.path);
        QVERIFY(unchanged->clientId.isEmpty());
    }

    void withoutKeychainTheErrorSaysWhatToDo()
    {
        if (keychainExpected())
            QSKIP("a keychain works in this run");
        security::Keychain keychain;
        security::CredentialResolver credentials(&keychain);
        keychain.setTimeout(3000);
        const WorkspaceSpec spec = connection();
        const auto resolved = test::await(credentials.resolve(spec), 20000);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code(), ErrorCode::Unavailable);
        QVERIFY(resolved.error().message().contains(spec.keychainAccount()));
        QVERIFY(resolved.error().message().contains(QStringLiteral("GATEHOUSE_CLIENT_SECRET")));

        WorkspaceSpec withSecret = spec;
        withSecret.clientId = QStringLiteral("client");
        withSecret.clientSecret = QStringLiteral("never-shown-") + security::generateSecret();
        const auto saved = test::await(credentials.save(withSecret), 20000);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code(), ErrorCode::Unavailable);
        QVERIFY(saved.error().message().contains(QStringLiteral("cannot be saved")));
        QVERIFY(!saved.error().toString().contains(withSecret.clientSecret));
        const auto removed = test::await(credentials.remove(spec), 20000);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code(), ErrorCode::Unavailable);
    }

    void incompleteSpecIsRefused()
    {
        security::Keychain keychain;
        security::CredentialResolver credentials(&keychain);
        WorkspaceSpec spec = connection();
        spec.clientId = QStringLiteral("client");
        const auto saved = test::await(credentials.save(spec), 5000);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code(), ErrorCode::Validation);
        const auto notRemote = test::await(credentials.save(WorkspaceSpec::defaultWorkspace()), 5000);
        QVERIFY(!notRemote.ok());
        QCOMPARE(notRemote.error().code(), ErrorCode::Validation);
    }

    void keychainRoundTrip()
    {
        if (!keychainExpected())
            QSKIP("needs a keychain (label keychain, packaging/run-tests.sh)");
        security::Keychain keychain;
        security::CredentialResolver credentials(&keychain);
        keychain.setTimeout(3000);
        // A tenant of its own, so runs never see each other's entries.
        WorkspaceSpec spec = connection(QStringLiteral("t") + security::generateId(10));
        spec.clientId = QStringLiteral("m2m-client");
        spec.clientSecret = QStringLiteral("kc-secret-") + security::generateSecret();
        GH_VERIFY_OK(test::await(credentials.save(spec), 20000));

        WorkspaceSpec bare = spec;
        bare.clientId.clear();
        bare.clientSecret.clear();
        bare.production = !spec.production; // the tag is not part of the entry's account
        const auto resolved = test::await(credentials.resolve(bare), 20000);
        GH_VERIFY_OK(resolved);
        QCOMPARE(resolved->clientId, spec.clientId);
        QCOMPARE(resolved->clientSecret, spec.clientSecret);

        // The environment still wins over the keychain.
        qputenv("GATEHOUSE_CLIENT_ID", "env-client");
        qputenv("GATEHOUSE_CLIENT_SECRET", "env-secret");
        const auto fromEnvironment = test::await(credentials.resolve(bare), 20000);
        GH_VERIFY_OK(fromEnvironment);
        QCOMPARE(fromEnvironment->clientId, QStringLiteral("env-client"));
        clearEnvironment();

        // A value that is not the expected JSON is reported without its content.
        GH_VERIFY_OK(test::await(keychain.write(security::credentialsKind(), spec.keychainAccount(),
                                                QStringLiteral("plain-old-secret")),
                                 20000));
        const auto broken = test::await(credentials.resolve(bare), 20000);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code(), ErrorCode::Internal);
        QVERIFY(!broken.error().toString().contains(QStringLiteral("plain-old-secret")));

        GH_VERIFY_OK(test::await(credentials.remove(spec), 20000));
        const auto gone = test::await(credentials.resolve(bare), 20000);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code(), ErrorCode::NotFound);
        QVERIFY(gone.error().message().contains(QStringLiteral("connection save")));
        GH_VERIFY_OK(test::await(credentials.remove(spec), 20000));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
