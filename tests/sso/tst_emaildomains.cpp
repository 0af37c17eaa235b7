// Email-domain normalization and the public-provider list (model/EmailDomains.h).
#include "model/EmailDomains.h"

#include <QTest>

using namespace gatehouse;

class TestEmailDomains : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("acme.com") << QStringLiteral("acme.com");
        QTest::newRow("at and case") << QStringLiteral("@ACME.com") << QStringLiteral("acme.com");
        QTest::newRow("spaces") << QStringLiteral("  Acme.Co.UK ") << QStringLiteral("acme.co.uk");
        QTest::newRow("root dot") << QStringLiteral("acme.com.") << QStringLiteral("acme.com");
        QTest::newRow("idna") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("idna upper") << QStringLiteral("@BÜCHER.example")
                                    << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("punycode kept")
            << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("hyphen inside") << QStringLiteral("my-company.io") << QStringLiteral("my-company.io");
        QTest::newRow("digits") << QStringLiteral("163.com") << QStringLiteral("163.com");
        QTest::newRow("63-char label") << QString(63, QLatin1Char('a')) + QStringLiteral(".com")
                                       << QString(63, QLatin1Char('a')) + QStringLiteral(".com");
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString problem = QStringLiteral("stale");
        QCOMPARE(emaildomains::normalize(input, &problem), expected);
        QVERIFY(problem.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("only at") << QStringLiteral("@");
        QTest::newRow("one label") << QStringLiteral("localhost");
        QTest::newRow("email address") << QStringLiteral("alice@acme.com");
        QTest::newRow("space inside") << QStringLiteral("ac me.com");
        QTest::newRow("underscore") << QStringLiteral("ac_me.com");
        QTest::newRow("double dot") << QStringLiteral("acme..com");
        QTest::newRow("leading dot") << QStringLiteral(".acme.com");
        QTest::newRow("leading hyphen") << QStringLiteral("-acme.com");
        QTest::newRow("trailing hyphen") << QStringLiteral("acme-.com");
        QTest::newRow("ip address") << QStringLiteral("192.168.1.1");
        QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".com");
        QTest::newRow("name too long") << QStringList(52, QStringLiteral("abcd")).join(QLatin1Char('.'));
        QTest::newRow("url") << QStringLiteral("https://acme.com");
        QTest::newRow("slash") << QStringLiteral("acme.com/path");
    }
    void rejects()
    {
        QFETCH(QString, input);
        QString problem;
        QVERIFY(emaildomains::normalize(input, &problem).isEmpty());
        QVERIFY2(problem.contains(QLatin1String("is not a valid domain name")), qPrintable(problem));
        // Without a problem pointer it still answers.
        QVERIFY(emaildomains::normalize(input, nullptr).isEmpty());
    }

    void domainOfEmail()
    {
        QCOMPARE(emaildomains::ofEmail(QStringLiteral("Alice@ACME.com")), QStringLiteral("acme.com"));
        QCOMPARE(emaildomains::ofEmail(QStringLiteral(" bob@bücher.example ")),
                 QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(emaildomains::ofEmail(QStringLiteral("acme.com")), QString());
        QCOMPARE(emaildomains::ofEmail(QStringLiteral("@acme.com")), QString());
        QCOMPARE(emaildomains::ofEmail(QStringLiteral("alice@localhost")), QString());
        QCOMPARE(emaildomains::ofEmail(QString()), QString());
    }

    void publicProviders()
    {
        for (const char *domain : {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "qq.com", "163.com",
                                   "proton.me", "hotmail.com", "gmx.de", "yandex.ru"})
            QVERIFY2(emaildomains::isPublicProvider(QLatin1String(domain)), domain);
        QVERIFY(emaildomains::isPublicProvider(QStringLiteral("GMAIL.com")));
        for (const char *domain : {"acme.com", "example.com", "mail.acme.com", "gmail.co", ""})
            QVERIFY2(!emaildomains::isPublicProvider(QLatin1String(domain)), domain);
    }
};

QTEST_GUILESS_MAIN(TestEmailDomains)
#include "tst_emaildomains.moc"
