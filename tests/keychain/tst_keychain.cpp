#include "TestSupport.h"
#include "security/Keychain.h"
#include "security/Random.h"

#include <QElapsedTimer>
#include <QTest>

using namespace gatehouse;

/// Runs against the real Secret Service started by packaging/run-tests.sh (available), or with
/// the session bus pointed nowhere (unavailable).
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    bool expectAvailable() const
    {
        return qEnvironmentVariable("GATEHOUSE_KEYCHAIN_EXPECT") == QLatin1String("available");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (expectAvailable() && qEnvironmentVariable("GATEHOUSE_TEST_KEYCHAIN") != QLatin1String("1")) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI must provide a keyring (packaging/run-tests.sh starts gnome-keyring)");
            QSKIP("No unlocked keyring in this environment; packaging/run-tests.sh provides one.");
        }
    }

    void probe()
    {
        security::Keychain keychain;
        keychain.setTimeout(3000);
        QElapsedTimer timer;
        timer.start();
        const auto probed = test::await(keychain.probe(), 20000);
        GH_VERIFY_OK(probed);
        QCOMPARE(probed.value(), expectAvailable());
        QVERIFY2(timer.elapsed() < 15000, "the probe must end within its job timeouts");
        // The answer is cached: a second call returns at once with the same result.
        const auto again = test::await(keychain.probe(), 1000);
        GH_VERIFY_OK(again);
        QCOMPARE(again.value(), expectAvailable());
    }

    void roundTrip()
    {
        security::Keychain keychain;
        keychain.setTimeout(3000);
        const QString account = QStringLiteral("postgres://test@127.0.0.1:5432/") + security::generateId(8);
        const QString secret = QStringLiteral("s3cr\u00e9t with spaces ") + security::generateSecret();
        const auto written = test::await(keychain.write(QStringLiteral("postgres"), account, secret), 10000);
        if (!expectAvailable()) {
            QVERIFY(!written.ok());
            QCOMPARE(written.error().code(), ErrorCode::Unavailable);
            QVERIFY(!written.error().message().contains(secret));
            QVERIFY(!written.error().detail().contains(secret));
            return;
        }
        GH_VERIFY_OK(written);
        const auto read = test::await(keychain.read(QStringLiteral("postgres"), account), 10000);
        GH_VERIFY_OK(read);
        QCOMPARE(read.value(), secret);
        // Another kind with the same account is a different entry.
        const auto other = test::await(keychain.read(QStringLiteral("logto"), account), 10000);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code(), ErrorCode::NotFound);
        GH_VERIFY_OK(test::await(keychain.remove(QStringLiteral("postgres"), account), 10000));
        const auto gone = test::await(keychain.read(QStringLiteral("postgres"), account), 10000);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code(), ErrorCode::NotFound);
        // Removing twice is fine.
        GH_VERIFY_OK(test::await(keychain.remove(QStringLiteral("postgres"), account), 10000));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
