#include "TestSupport.h"
#include "security/Password.h"

#include <QElapsedTimer>
#include <QTest>

using namespace gatehouse;
using security::PasswordAlgorithm;

Q_DECLARE_METATYPE(security::PasswordAlgorithm)

/// Known-answer tests for every digest format Logto accepts. Vectors come from independent
/// sources: the Argon2 reference README, Logto's user-migration guide (salted SHA-256),
/// crypt_blowfish's test vectors (Openwall), `htpasswd -B` of Apache's apr-util (its own bcrypt),
/// and Python 3's hashlib for the plain digests, the Legacy expressions and PBKDF2.
class TestPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<PasswordAlgorithm>("algorithm");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("password");

        QTest::newRow("argon2i README") << PasswordAlgorithm::Argon2i
                                        << QStringLiteral("$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$"
                                                          "RdescudvJCsgt3ub+b+dWRWJTmaaJObG")
                                        << QStringLiteral("password");
        QTest::newRow("argon2id") << PasswordAlgorithm::Argon2id
                                  << QStringLiteral("$argon2id$v=19$m=4096,t=2,p=1$c29tZXNhbHQ$"
                                                    "jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk")
                                  << QStringLiteral("password");
        QTest::newRow("argon2d") << PasswordAlgorithm::Argon2d
                                 << QStringLiteral("$argon2d$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$"
                                                   "Li5eBf5XrCz0cuzQRe9oflYqmA/VAzmzichw4ZYrvEU")
                                 << QStringLiteral("password");
        QTest::newRow("bcrypt 2a") << PasswordAlgorithm::Bcrypt
                                   << QStringLiteral(
                                          "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
                                   << QStringLiteral("U*U");
        QTest::newRow("bcrypt 2b") << PasswordAlgorithm::Bcrypt
                                   << QStringLiteral(
                                          "$2b$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i")
                                   << QStringLiteral("password123");
        QTest::newRow("bcrypt 2y") << PasswordAlgorithm::Bcrypt
                                   << QStringLiteral(
                                          "$2y$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i")
                                   << QStringLiteral("password123");
        QTest::newRow("md5") << PasswordAlgorithm::MD5 << QStringLiteral("482c811da5d5b4bc6d497ffa98491e38")
                             << QStringLiteral("password123");
        QTest::newRow("md5 uppercase")
            << PasswordAlgorithm::MD5 << QStringLiteral("482C811DA5D5B4BC6D497FFA98491E38")
            << QStringLiteral("password123");
        QTest::newRow("sha1") << PasswordAlgorithm::SHA1
                              << QStringLiteral("cbfdac6008f9cab4083784cbd1874f76618d2a97")
                              << QStringLiteral("password123");
        QTest::newRow("sha256") << PasswordAlgorithm::SHA256
                                << QStringLiteral(
                                       "ef92b778bafe771e89245b89ecbc08a44a4e166c06659911881f383d4473e94f")
                                << QStringLiteral("password123");
        QTest::newRow("legacy sha256 salted (Logto docs)")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"sha256\", [\"salt123\", \"@\"], "
                              "\"c465f66c6ac481a7a17e9ed5b4e2e7e7288d892f12bf1c95c140901e9a70436e\"]")
            << QStringLiteral("password123");
        QTest::newRow("legacy pbkdf2 sha512")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"pbkdf2\", [\"salt\", \"1000\", \"20\", \"sha512\", \"@\"], "
                              "\"0ecb3c32f57685303ff0878481d223bc1a16eb13\"]")
            << QStringLiteral("password123");
        QTest::newRow("legacy sha512 pepper, utf-8 password")
            << PasswordAlgorithm::Legacy
            << QStringLiteral(
                   "[\"sha512\", [\"pepper\", \"@\", \"tail\"], "
                   "\"0f0771a321946e8c1e960ba475a5146289fe5be0e486ea148adeb6edb326565bcb1f52e06915941cbbf"
                   "819de1bcbe6b2cf41eef6ce7d6d6c629e8f2a526ba431\"]")
            << QStringLiteral("p\u00e4ss");
        // Python: hashlib.md5(b"salt123" + b"password123").hexdigest()
        QTest::newRow("legacy md5 salted")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"md5\", [\"salt123\", \"@\"], \"6d19eb6c78af2c6d3e9f8157a555c45f\"]")
            << QStringLiteral("password123");
        // Python: hashlib.sha1(b"password123" + b"pepper").hexdigest()
        QTest::newRow("legacy sha1 peppered")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"sha1\", [\"@\", \"pepper\"], \"b26db2293f4f7af4aa75d8fa421ded645f049e60\"]")
            << QStringLiteral("password123");
        // Python: hashlib.md5(b"password123" + b":" + b"password123").hexdigest()
        QTest::newRow("legacy md5, the password twice")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"md5\", [\"@\", \":\", \"@\"], \"77309580c851b893b18218aa9cb9ffd8\"]")
            << QStringLiteral("password123");
        // Python: hashlib.sha1("sälz".encode() + "päss🔑".encode()).hexdigest(); Node's hash
        // names are case-insensitive.
        QTest::newRow("legacy SHA1, utf-8 salt and password")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"SHA1\", [\"s\u00e4lz\", \"@\"], "
                              "\"71db1274d72ff93a874c9f7d71b49591ad58dc17\"]")
            << QStringLiteral("p\u00e4ss\U0001F511");
        // htpasswd -nbBC 4 u 'pässwörd🔑'
        QTest::newRow("bcrypt utf-8 (htpasswd)")
            << PasswordAlgorithm::Bcrypt
            << QStringLiteral("$2y$04$DNQFJCTEOC8hwA/HpifcsOHdK9zFI/w1xXvUgyobykDXWw2NvmP9u")
            << QStringLiteral("p\u00e4ssw\u00f6rd\U0001F511");
    }

    /// bcrypt reads at most 72 bytes of a password and stops at a NUL byte. The first is how
    /// every implementation works (a longer password verifies by its first 72 bytes, even when
    /// that cuts a character in two); the second would let "U*U\0anything" pass for "U*U", so a
    /// password with a NUL byte never verifies against a bcrypt digest.
    void bcryptLongAndNulPasswords_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("matches");
        // crypt_blowfish (Openwall) test vectors.
        const QString longDigest =
            QStringLiteral("$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui");
        const QString first72 =
            QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        QCOMPARE(first72.size(), 72);
        QTest::newRow("72 bytes") << longDigest << first72 << true;
        QTest::newRow("more than 72: the rest is ignored")
            << longDigest << first72 + QStringLiteral("chars after 72 are ignored") << true;
        QTest::newRow("71 bytes") << longDigest << first72.chopped(1) << false;
        QTest::newRow("a change within the first 72")
            << longDigest << QStringLiteral("X") + first72.mid(1) + QStringLiteral("tail") << false;
        // htpasswd -nbBC 4 u "$(printf 'a%.0s' {1..71})é": 73 bytes, cut after 0xC3.
        const QString cutDigest =
            QStringLiteral("$2y$04$3fPlwZX6ZSQGusIqfMLg0OBqb3t2HSWV9fNwlsVk0RNdn4s4TS76.");
        const QString a71(71, QLatin1Char('a'));
        QTest::newRow("a character cut at byte 72") << cutDigest << a71 + QStringLiteral("\u00e9") << true;
        QTest::newRow("another character, same first byte")
            << cutDigest << a71 + QStringLiteral("\u00e8") << true;
        QTest::newRow("without the cut character") << cutDigest << a71 << false;
        // htpasswd -nbBC 4 u "$(printf 'a%.0s' {1..71})"
        QTest::newRow("71 bytes (htpasswd)")
            << QStringLiteral("$2y$04$1txWKMkzGEgTq1cSPrxwIOk8DB4nyXW4JoLJIUc3pxb7NbLTxdGxC") << a71 << true;
        const QString uu =
            QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"); // "U*U"
        QTest::newRow("U*U") << uu << QStringLiteral("U*U") << true;
        QTest::newRow("U*U, NUL, more")
            << uu << QStringLiteral("U*U") + QChar(0) + QStringLiteral("U*U") << false;
        QTest::newRow("U*U, NUL") << uu << QStringLiteral("U*U") + QChar(0) << false;
        const QString empty =
            QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy"); // ""
        QTest::newRow("a lone NUL against the empty password") << empty << QString(QChar(0)) << false;
        QTest::newRow("NUL, then a password")
            << empty << QString(QChar(0)) + QStringLiteral("secret") << false;
    }

    void bcryptLongAndNulPasswords()
    {
        QFETCH(QString, digest);
        QFETCH(QString, password);
        QFETCH(bool, matches);
        const auto result = security::verifyPassword(password, PasswordAlgorithm::Bcrypt, digest);
        GH_VERIFY_OK(result);
        QCOMPARE(result.value(), matches);
    }

    void knownAnswers()
    {
        QFETCH(PasswordAlgorithm, algorithm);
        QFETCH(QString, digest);
        QFETCH(QString, password);
        QVERIFY2(security::digestProblem(algorithm, digest).isEmpty(),
                 qPrintable(security::digestProblem(algorithm, digest)));
        const auto right = security::verifyPassword(password, algorithm, digest);
        GH_VERIFY_OK(right);
        QVERIFY(right.value());
        const auto wrong = security::verifyPassword(password + QStringLiteral("x"), algorithm, digest);
        GH_VERIFY_OK(wrong);
        QVERIFY(!wrong.value());
        const auto empty = security::verifyPassword(QString(), algorithm, digest);
        GH_VERIFY_OK(empty);
        QVERIFY(!empty.value());
    }

    void malformed_data()
    {
        QTest::addColumn<PasswordAlgorithm>("algorithm");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << PasswordAlgorithm::SHA256 << QString();
        QTest::newRow("md5 too short") << PasswordAlgorithm::MD5 << QStringLiteral("482c811da5d5b4bc");
        QTest::newRow("sha1 not hex")
            << PasswordAlgorithm::SHA1 << QStringLiteral("zzfdac6008f9cab4083784cbd1874f76618d2a97");
        QTest::newRow("argon2 wrong variant") << PasswordAlgorithm::Argon2id
                                              << QStringLiteral("$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$"
                                                                "RdescudvJCsgt3ub+b+dWRWJTmaaJObG");
        QTest::newRow("argon2 garbage") << PasswordAlgorithm::Argon2i << QStringLiteral("$argon2i$nonsense");
        QTest::newRow("bcrypt short") << PasswordAlgorithm::Bcrypt << QStringLiteral("$2b$04$abc");
        QTest::newRow("bcrypt unknown prefix")
            << PasswordAlgorithm::Bcrypt
            << QStringLiteral("$2x$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i");
        QTest::newRow("legacy not json") << PasswordAlgorithm::Legacy << QStringLiteral("sha256:salt:hash");
        QTest::newRow("legacy two elements")
            << PasswordAlgorithm::Legacy << QStringLiteral("[\"sha256\", [\"@\"]]");
        QTest::newRow("legacy unknown hash")
            << PasswordAlgorithm::Legacy << QStringLiteral("[\"whirlpool9000\", [\"@\"], \"abcd\"]");
        QTest::newRow("legacy no placeholder")
            << PasswordAlgorithm::Legacy << QStringLiteral("[\"sha256\", [\"salt\"], \"abcd\"]");
        QTest::newRow("legacy non-string arg")
            << PasswordAlgorithm::Legacy << QStringLiteral("[\"sha256\", [1, \"@\"], \"abcd\"]");
        QTest::newRow("legacy expected not hex")
            << PasswordAlgorithm::Legacy << QStringLiteral("[\"sha256\", [\"@\"], \"not-hex\"]");
        QTest::newRow("pbkdf2 bad iterations")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"pbkdf2\", [\"salt\", \"-5\", \"20\", \"sha512\", \"@\"], \"ab\"]");
        QTest::newRow("pbkdf2 unknown digest")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"pbkdf2\", [\"salt\", \"10\", \"20\", \"nope\", \"@\"], \"ab\"]");
        QTest::newRow("pbkdf2 missing args")
            << PasswordAlgorithm::Legacy << QStringLiteral("[\"pbkdf2\", [\"salt\", \"@\"], \"ab\"]");
    }

    void malformed()
    {
        QFETCH(PasswordAlgorithm, algorithm);
        QFETCH(QString, digest);
        QVERIFY(!security::digestProblem(algorithm, digest).isEmpty());
        const auto result = security::verifyPassword(QStringLiteral("password"), algorithm, digest);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QCOMPARE(result.error().fields().first().field, QStringLiteral("passwordDigest"));
    }

    void absurdCosts_data()
    {
        QTest::addColumn<PasswordAlgorithm>("algorithm");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("limit"); // named in the message
        const QString tail = QStringLiteral("$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG");
        QTest::newRow("argon2 4 GiB, 2^32-1 passes")
            << PasswordAlgorithm::Argon2id
            << (QStringLiteral("$argon2id$v=19$m=4194304,t=4294967295,p=1") + tail)
            << QStringLiteral("m=1048576");
        QTest::newRow("argon2 memory")
            << PasswordAlgorithm::Argon2id << (QStringLiteral("$argon2id$v=19$m=2097152,t=1,p=1") + tail)
            << QStringLiteral("m=1048576");
        QTest::newRow("argon2 memory × passes")
            << PasswordAlgorithm::Argon2i << (QStringLiteral("$argon2i$v=19$m=1048576,t=8,p=1") + tail)
            << QStringLiteral("4194304");
        QTest::newRow("argon2 lanes")
            << PasswordAlgorithm::Argon2d << (QStringLiteral("$argon2d$v=19$m=65536,t=2,p=255") + tail)
            << QStringLiteral("p=16");
        QTest::newRow("argon2 digits beyond 64 bits")
            << PasswordAlgorithm::Argon2id
            << (QStringLiteral("$argon2id$v=19$m=99999999999999999999999,t=1,p=1") + tail)
            << QStringLiteral("m=1048576");
        QTest::newRow("bcrypt 31") << PasswordAlgorithm::Bcrypt
                                   << QStringLiteral(
                                          "$2b$31$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i")
                                   << QStringLiteral("4 to 16");
        QTest::newRow("bcrypt 03") << PasswordAlgorithm::Bcrypt
                                   << QStringLiteral(
                                          "$2b$03$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i")
                                   << QStringLiteral("4 to 16");
        QTest::newRow("pbkdf2 10^9 iterations")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"pbkdf2\", [\"salt\", \"1000000000\", \"32\", \"sha256\", \"@\"], \"ab\"]")
            << QStringLiteral("5000000");
        QTest::newRow("pbkdf2 huge key")
            << PasswordAlgorithm::Legacy
            << QStringLiteral("[\"pbkdf2\", [\"salt\", \"1000\", \"1000000\", \"sha256\", \"@\"], \"ab\"]")
            << QStringLiteral("1024");
    }

    void absurdCosts()
    {
        // Refused before any work: verifying these would tie up the console for hours or days.
        QFETCH(PasswordAlgorithm, algorithm);
        QFETCH(QString, digest);
        QFETCH(QString, limit);
        const QString problem = security::digestProblem(algorithm, digest);
        QVERIFY2(problem.contains(limit), qPrintable(problem));
        QElapsedTimer timer;
        timer.start();
        const auto result = security::verifyPassword(QStringLiteral("password"), algorithm, digest);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QVERIFY(timer.elapsed() < 1000);
    }

    void costsAtTheLimitsAreAccepted()
    {
        const QString tail = QStringLiteral("$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG");
        QVERIFY(security::digestProblem(PasswordAlgorithm::Argon2id,
                                        QStringLiteral("$argon2id$v=19$m=1048576,t=4,p=16") + tail)
                    .isEmpty());
        QVERIFY(security::digestProblem(
                    PasswordAlgorithm::Bcrypt,
                    QStringLiteral("$2b$16$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i"))
                    .isEmpty());
        QVERIFY(security::digestProblem(PasswordAlgorithm::Legacy,
                                        QStringLiteral("[\"pbkdf2\", [\"salt\", \"5000000\", \"32\", "
                                                       "\"sha256\", \"@\"], \"ab\"]"))
                    .isEmpty());
    }

    void hashNewPassword()
    {
        QElapsedTimer timer;
        timer.start();
        const QString phc = security::hashPassword(QStringLiteral("correct horse battery staple"));
        const qint64 ms = timer.elapsed();
        QVERIFY(phc.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
        qInfo("Argon2id (64 MiB, t=3, p=1) took %lld ms", ms);
        const auto ok = security::verifyPassword(QStringLiteral("correct horse battery staple"),
                                                 PasswordAlgorithm::Argon2id, phc);
        GH_VERIFY_OK(ok);
        QVERIFY(ok.value());
        // Fresh salt each time.
        QVERIFY(phc != security::hashPassword(QStringLiteral("correct horse battery staple")));
    }

    void algorithmNames()
    {
        for (const char *name :
             {"Argon2i", "Argon2id", "Argon2d", "SHA1", "SHA256", "MD5", "Bcrypt", "Legacy"}) {
            PasswordAlgorithm algorithm;
            QVERIFY(security::parsePasswordAlgorithm(QLatin1String(name), &algorithm));
            QCOMPARE(security::passwordAlgorithmName(algorithm), QLatin1String(name));
        }
        PasswordAlgorithm algorithm;
        QVERIFY(!security::parsePasswordAlgorithm(QStringLiteral("scrypt"), &algorithm));
    }
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
