#include "security/Random.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <array>

using namespace gatehouse;

/// Ids and secrets: shape, uniqueness, rough uniformity; constant-time comparison.
class TestIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idShape_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("1") << 1;
        QTest::newRow("12 (tenants, users)") << 12;
        QTest::newRow("21 (applications, resources, roles)") << 21;
        QTest::newRow("64") << 64;
        QTest::newRow("500") << 500;
    }

    void idShape()
    {
        QFETCH(int, length);
        static const QRegularExpression charset(QStringLiteral("^[0-9a-z]*$"));
        for (int i = 0; i < 50; ++i) {
            const QString id = security::generateId(length);
            QCOMPARE(id.size(), length);
            QVERIFY2(charset.match(id).hasMatch(), qPrintable(id));
        }
    }

    void defaultLength() { QCOMPARE(security::generateId().size(), 21); }

    void uniqueAndUniform()
    {
        constexpr int count = 100000;
        QSet<QString> seen;
        seen.reserve(count);
        std::array<qint64, 36> frequency{};
        qint64 total = 0;
        for (int i = 0; i < count; ++i) {
            const QString id = security::generateId(21);
            seen.insert(id);
            for (QChar c : id) {
                const char l = c.toLatin1();
                const int index = l <= '9' ? l - '0' : 10 + (l - 'a');
                QVERIFY(index >= 0 && index < 36);
                ++frequency[static_cast<size_t>(index)];
                ++total;
            }
        }
        QCOMPARE(seen.size(), count);

        // Chi-square against the uniform distribution, 35 degrees of freedom. The 1e-6 tail is
        // about 90; a generator with modulo bias (256 % 36 != 0) lands in the thousands.
        const double expected = static_cast<double>(total) / 36.0;
        double chiSquare = 0;
        for (qint64 observed : frequency) {
            const double d = static_cast<double>(observed) - expected;
            chiSquare += d * d / expected;
        }
        QVERIFY2(chiSquare < 120.0, qPrintable(QStringLiteral("chi-square %1").arg(chiSquare)));
    }

    void secretShape()
    {
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString secret = security::generateSecret();
            QVERIFY2(secret.size() >= 43, qPrintable(secret));
            QVERIFY2(base64url.match(secret).hasMatch(), qPrintable(secret));
            const auto decoded = QByteArray::fromBase64Encoding(
                secret.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), 32);
            seen.insert(secret);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void randomBytes()
    {
        QCOMPARE(security::randomBytes(0).size(), 0);
        QCOMPARE(security::randomBytes(1000).size(), 1000);
        QVERIFY(security::randomBytes(32) != security::randomBytes(32));
    }

    void sha256Hex()
    {
        QCOMPARE(security::sha256Hex("abc"),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(security::sha256Hex(QByteArray()),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("s3cr3t-value") << QByteArray("s3cr3t-value") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("last byte differs")
            << QByteArray("s3cr3t-value") << QByteArray("s3cr3t-valuf") << false;
        QTest::newRow("first byte differs") << QByteArray("a-value") << QByteArray("b-value") << false;
        QTest::newRow("prefix") << QByteArray("s3cr3t") << QByteArray("s3cr3t-value") << false;
        QTest::newRow("empty vs one") << QByteArray() << QByteArray("x") << false;
        QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
        QTest::newRow("embedded NUL same") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3) << true;
    }

    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(security::constantTimeEquals(a, b), equal);
        QCOMPARE(security::constantTimeEquals(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
