#include "model/Validation.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::ApplicationType)
Q_DECLARE_METATYPE(gatehouse::TenantTag)

namespace {
QString fieldNames(const QList<FieldError> &errors)
{
    QStringList names;
    for (const FieldError &e : errors)
        names.append(e.field);
    return names.join(QLatin1Char(','));
}

bool allMessagesSet(const QList<FieldError> &errors)
{
    return std::all_of(errors.begin(), errors.end(),
                       [](const FieldError &e) { return !e.message.isEmpty(); });
}

Application validApp(ApplicationType type)
{
    Application a;
    a.name = QStringLiteral("Billing");
    a.type = type;
    return a;
}
} // namespace

/// The business rules of model/Validation.h, one rule per row.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<ApplicationType>("type");
        QTest::addColumn<TenantTag>("tag");
        QTest::addColumn<bool>("valid");

        const auto spa = ApplicationType::SPA;
        const auto web = ApplicationType::Traditional;
        const auto native = ApplicationType::Native;
        const auto dev = TenantTag::Development;
        const auto prod = TenantTag::Production;
        const QString longPath = QStringLiteral("https://app.example.com/") + QString(2100, QLatin1Char('a'));
        const QString maxUri =
            QStringLiteral("https://app.example.com/") + QString(2048 - 24, QLatin1Char('a'));

        QTest::newRow("https") << QStringLiteral("https://app.example.com/callback") << spa << prod << true;
        QTest::newRow("https port query")
            << QStringLiteral("https://app.example.com:8443/cb?x=1") << spa << prod << true;
        QTest::newRow("https upper-case scheme")
            << QStringLiteral("HTTPS://App.Example.com/cb") << spa << prod << true;
        QTest::newRow("https no host") << QStringLiteral("https:///callback") << spa << prod << false;
        QTest::newRow("http localhost")
            << QStringLiteral("http://localhost:3000/callback") << spa << prod << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/cb") << native << prod << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/cb") << spa << prod << true;
        QTest::newRow("http 127.5.5.5") << QStringLiteral("http://127.5.5.5/cb") << spa << prod << true;
        QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:3000/cb") << spa << prod << true;
        QTest::newRow("http look-alike host")
            << QStringLiteral("http://localhost.evil.example/cb") << spa << dev << false;
        QTest::newRow("http 127.0.0.1 subdomain")
            << QStringLiteral("http://127.0.0.1.nip.io/cb") << spa << dev << false;
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1/cb") << spa << dev << false;
        QTest::newRow("http spa dev") << QStringLiteral("http://example.com/cb") << spa << dev << false;
        QTest::newRow("http native dev") << QStringLiteral("http://example.com/cb") << native << dev << false;
        QTest::newRow("http traditional dev")
            << QStringLiteral("http://example.com/cb") << web << dev << true;
        QTest::newRow("http traditional prod")
            << QStringLiteral("http://example.com/cb") << web << prod << false;
        QTest::newRow("native custom scheme")
            << QStringLiteral("com.example.app:/cb") << native << prod << true;
        QTest::newRow("native custom scheme //")
            << QStringLiteral("com.example.app://cb") << native << prod << true;
        QTest::newRow("spa custom scheme") << QStringLiteral("com.example.app:/cb") << spa << dev << false;
        QTest::newRow("traditional custom scheme")
            << QStringLiteral("com.example.app:/cb") << web << dev << false;
        QTest::newRow("native javascript") << QStringLiteral("javascript:alert(1)") << native << dev << false;
        QTest::newRow("native JavaScript") << QStringLiteral("JavaScript:alert(1)") << native << dev << false;
        QTest::newRow("native file") << QStringLiteral("file:///etc/passwd") << native << dev << false;
        QTest::newRow("native data") << QStringLiteral("data:text/html,hi") << native << dev << false;
        QTest::newRow("relative path") << QStringLiteral("/callback") << spa << dev << false;
        QTest::newRow("no scheme") << QStringLiteral("app.example.com/callback") << spa << dev << false;
        QTest::newRow("fragment") << QStringLiteral("https://app.example.com/cb#done") << spa << dev << false;
        QTest::newRow("space inside") << QStringLiteral("https://app.example.com/a b") << spa << dev << false;
        QTest::newRow("leading space")
            << QStringLiteral(" https://app.example.com/cb") << spa << dev << false;
        QTest::newRow("tab") << QStringLiteral("https://app.example.com/\tcb") << spa << dev << false;
        QTest::newRow("empty") << QString() << spa << dev << false;
        QTest::newRow("blank") << QStringLiteral("   ") << spa << dev << false;
        QTest::newRow("exactly 2048") << maxUri << spa << prod << true;
        QTest::newRow("over 2048") << longPath << spa << prod << false;
    }

    void redirectUri()
    {
        QFETCH(QString, uri);
        QFETCH(ApplicationType, type);
        QFETCH(TenantTag, tag);
        QFETCH(bool, valid);
        const QString problem = validation::redirectUriProblem(uri, type, tag);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(QStringLiteral("problem: \"") + problem + u'"'));
    }

    void redirectUrisInApplication()
    {
        Application a = validApp(ApplicationType::SPA);
        a.redirectUris = {QStringLiteral("https://app.example.com/cb"),
                          QStringLiteral("http://example.com/cb"),
                          QStringLiteral("https://app.example.com/cb")};
        a.postLogoutRedirectUris = {QStringLiteral("/relative")};
        const QList<FieldError> errors = validation::application(a, TenantTag::Development);
        QCOMPARE(fieldNames(errors),
                 QStringLiteral("redirectUris[1],redirectUris[2],postLogoutRedirectUris[0]"));
        QVERIFY(allMessagesSet(errors));
        QVERIFY2(errors[1].message.contains(QStringLiteral("https://app.example.com/cb")),
                 qPrintable(errors[1].message)); // the duplicate is named
    }

    void tooManyRedirectUris()
    {
        Application a = validApp(ApplicationType::SPA);
        for (int i = 0; i <= limits::urisPerListMax; ++i)
            a.redirectUris.append(QStringLiteral("https://app.example.com/cb%1").arg(i));
        QCOMPARE(fieldNames(validation::application(a, TenantTag::Production)),
                 QStringLiteral("redirectUris"));
        a.redirectUris.removeLast();
        QVERIFY(validation::application(a, TenantTag::Production).isEmpty());
    }

    void redirectUrisOnlyForBrowserApps_data()
    {
        QTest::addColumn<ApplicationType>("type");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("Native") << ApplicationType::Native << true;
        QTest::newRow("SPA") << ApplicationType::SPA << true;
        QTest::newRow("Traditional") << ApplicationType::Traditional << true;
        QTest::newRow("MachineToMachine") << ApplicationType::MachineToMachine << false;
        QTest::newRow("Protected") << ApplicationType::Protected << false;
        QTest::newRow("SAML") << ApplicationType::SAML << false;
    }

    void redirectUrisOnlyForBrowserApps()
    {
        QFETCH(ApplicationType, type);
        QFETCH(bool, allowed);
        Application a = validApp(type);
        QVERIFY(validation::application(a, TenantTag::Production).isEmpty());
        a.redirectUris = {QStringLiteral("https://app.example.com/cb")};
        const QList<FieldError> errors = validation::application(a, TenantTag::Production);
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(fieldNames(errors), QStringLiteral("redirectUris"));
            QVERIFY(allMessagesSet(errors));
        }
        a.redirectUris.clear();
        a.postLogoutRedirectUris = {QStringLiteral("https://app.example.com/bye")};
        QCOMPARE(validation::application(a, TenantTag::Production).isEmpty(), allowed);
    }

    void corsOrigin_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://app.example.com") << true;
        QTest::newRow("https port") << QStringLiteral("https://app.example.com:8443") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://app.example.com/") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000") << true;
        QTest::newRow("path") << QStringLiteral("https://app.example.com/app") << false;
        QTest::newRow("query") << QStringLiteral("https://app.example.com?x=1") << false;
        QTest::newRow("fragment") << QStringLiteral("https://app.example.com#x") << false;
        QTest::newRow("user info") << QStringLiteral("https://user@app.example.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://files.example.com") << false;
        QTest::newRow("custom scheme") << QStringLiteral("com.example.app://") << false;
        QTest::newRow("no scheme") << QStringLiteral("app.example.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("wildcard") << QStringLiteral("*") << false;
    }

    void corsOrigin()
    {
        QFETCH(QString, origin);
        QFETCH(bool, valid);
        const QString problem = validation::corsOriginProblem(origin);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(QStringLiteral("problem: \"") + problem + u'"'));
    }

    void corsOriginsInApplication()
    {
        Application a = validApp(ApplicationType::SPA);
        a.corsAllowedOrigins = {QStringLiteral("https://app.example.com"),
                                QStringLiteral("https://x.example/p")};
        const QList<FieldError> errors = validation::application(a, TenantTag::Production);
        QCOMPARE(fieldNames(errors), QStringLiteral("corsAllowedOrigins[1]"));
        QVERIFY(allMessagesSet(errors));
    }

    void indicator_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://api.example.com") << true;
        QTest::newRow("https path") << QStringLiteral("https://api.example.com/v1") << true;
        QTest::newRow("http") << QStringLiteral("http://api.internal") << true;
        QTest::newRow("urn") << QStringLiteral("urn:example:billing") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("  ") << false;
        QTest::newRow("relative") << QStringLiteral("/api") << false;
        QTest::newRow("no scheme") << QStringLiteral("api.example.com") << false;
        QTest::newRow("fragment") << QStringLiteral("https://api.example.com#v1") << false;
        QTest::newRow("space") << QStringLiteral("https://api.example.com/a b") << false;
        QTest::newRow("no host") << QStringLiteral("https:///v1") << false;
        QTest::newRow("too long") << QStringLiteral("https://api.example.com/") +
                                         QString(2048, QLatin1Char('x'))
                                  << false;
    }

    void indicator()
    {
        QFETCH(QString, indicator);
        QFETCH(bool, valid);
        const QString problem = validation::indicatorProblem(indicator);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(QStringLiteral("problem: \"") + problem + u'"'));
        Resource r;
        r.name = QStringLiteral("API");
        r.indicator = indicator;
        const QList<FieldError> errors = validation::resource(r);
        QCOMPARE(fieldNames(errors), valid ? QString() : QStringLiteral("indicator"));
        QVERIFY(allMessagesSet(errors));
    }

    void scopeName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("read:projects") << QStringLiteral("read:projects") << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("all allowed punctuation") << QStringLiteral("!#$%&'()*+,-./:;<=>?@[]^_`{|}~") << true;
        QTest::newRow("256 chars") << QString(256, QLatin1Char('s')) << true;
        QTest::newRow("257 chars") << QString(257, QLatin1Char('s')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("read projects") << false;
        QTest::newRow("double quote") << QStringLiteral("read\"x") << false;
        QTest::newRow("backslash") << QStringLiteral("read\\x") << false;
        QTest::newRow("tab") << QStringLiteral("read\tx") << false;
        QTest::newRow("DEL") << QStringLiteral("read") + QChar(0x7f) << false;
        QTest::newRow("non-ASCII") << QStringLiteral("lesen:\u00e4") << false;
        QTest::newRow("emoji") << QStringLiteral("read:\U0001F600") << false;
    }

    void scopeName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        Scope s;
        s.name = name;
        const QList<FieldError> errors = validation::scope(s);
        QCOMPARE(fieldNames(errors), valid ? QString() : QStringLiteral("name"));
        QVERIFY(allMessagesSet(errors));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("Billing") << 256 << true << true;
        QTest::newRow("empty required") << QString() << 256 << true << false;
        QTest::newRow("empty optional") << QString() << 256 << false << true;
        QTest::newRow("blank required") << QStringLiteral(" \t ") << 256 << true << false;
        QTest::newRow("at max") << QString(10, QLatin1Char('x')) << 10 << true << true;
        QTest::newRow("over max") << QString(11, QLatin1Char('x')) << 10 << true << false;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << 256 << true << false;
        QTest::newRow("bell") << QStringLiteral("a\u0007b") << 256 << true << false;
        QTest::newRow("escape") << QStringLiteral("a\u001b[31mred") << 256 << true << false;
        QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << 256 << true << false;
        QTest::newRow("newline") << QStringLiteral("two\nlines") << 256 << false << true;
        QTest::newRow("replacement char") << QStringLiteral("bad \uFFFD text") << 256 << true << false;
        QTest::newRow("lone high surrogate")
            << QStringLiteral("bad ") + QChar(0xD800) << 256 << true << false;
        QTest::newRow("lone low surrogate") << QChar(0xDC00) + QStringLiteral(" bad") << 256 << true << false;
        QTest::newRow("swapped surrogates")
            << QStringLiteral("x") + QChar(0xDE00) + QChar(0xD83D) << 256 << true << false;
        QTest::newRow("emoji") << QStringLiteral("Team \U0001F680 rocket") << 256 << true << true;
        QTest::newRow("RTL") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627")
                             << 256 << true << true;
        QTest::newRow("RTL mark") << QStringLiteral("abc\u200Fdef") << 256 << true << true;
        QTest::newRow("CJK") << QStringLiteral("\u8ACB\u6C42\u66F8") << 256 << true << true;
        QTest::newRow("SQL metacharacters")
            << QStringLiteral("x'); DROP TABLE tenants; --") << 256 << true << true;
    }

    void text()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(bool, required);
        QFETCH(bool, valid);
        const QString problem = validation::textProblem(text, max, required);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(QStringLiteral("problem: \"") + problem + u'"'));
    }

    void names()
    {
        Tenant t;
        QCOMPARE(fieldNames(validation::tenant(t)), QStringLiteral("name"));
        t.name = QString(limits::nameMax + 1, QLatin1Char('n'));
        QCOMPARE(fieldNames(validation::tenant(t)), QStringLiteral("name"));
        t.name = QStringLiteral("Acme");
        QVERIFY(validation::tenant(t).isEmpty());

        Application a = validApp(ApplicationType::SPA);
        a.name.clear();
        a.description = QString(limits::descriptionMax + 1, QLatin1Char('d'));
        const QList<FieldError> errors = validation::application(a, TenantTag::Development);
        QCOMPARE(fieldNames(errors), QStringLiteral("name,description"));
        QVERIFY(allMessagesSet(errors));

        QCOMPARE(fieldNames(validation::secretName(QString())), QStringLiteral("name"));
        QVERIFY(validation::secretName(QStringLiteral("CI deploy key")).isEmpty());
    }

    void ttlRanges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("idTokenTtl 59") << QStringLiteral("idTokenTtl") << 59 << false;
        QTest::newRow("idTokenTtl 60") << QStringLiteral("idTokenTtl") << 60 << true;
        QTest::newRow("idTokenTtl 86400") << QStringLiteral("idTokenTtl") << 86400 << true;
        QTest::newRow("idTokenTtl 86401") << QStringLiteral("idTokenTtl") << 86401 << false;
        QTest::newRow("idTokenTtl negative") << QStringLiteral("idTokenTtl") << -1 << false;
        QTest::newRow("refresh 0 days") << QStringLiteral("refreshTokenTtlInDays") << 0 << false;
        QTest::newRow("refresh 1 day") << QStringLiteral("refreshTokenTtlInDays") << 1 << true;
        QTest::newRow("refresh 180 days") << QStringLiteral("refreshTokenTtlInDays") << 180 << true;
        QTest::newRow("refresh 181 days") << QStringLiteral("refreshTokenTtlInDays") << 181 << false;
        QTest::newRow("access 59") << QStringLiteral("accessTokenTtl") << 59 << false;
        QTest::newRow("access 60") << QStringLiteral("accessTokenTtl") << 60 << true;
        QTest::newRow("access 30 days") << QStringLiteral("accessTokenTtl") << 86400 * 30 << true;
        QTest::newRow("access 30 days + 1") << QStringLiteral("accessTokenTtl") << 86400 * 30 + 1 << false;
    }

    void ttlRanges()
    {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(bool, valid);
        QList<FieldError> errors;
        if (field == QLatin1String("accessTokenTtl")) {
            Resource r;
            r.name = QStringLiteral("API");
            r.indicator = QStringLiteral("https://api.example.com");
            r.accessTokenTtl = value;
            errors = validation::resource(r);
        } else {
            Application a = validApp(ApplicationType::Traditional);
            if (field == QLatin1String("idTokenTtl"))
                a.idTokenTtl = value;
            else
                a.refreshTokenTtlInDays = value;
            errors = validation::application(a, TenantTag::Production);
        }
        QCOMPARE(fieldNames(errors), valid ? QString() : field);
        QVERIFY(allMessagesSet(errors));
    }

    void thirdParty_data()
    {
        QTest::addColumn<ApplicationType>("type");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("Traditional") << ApplicationType::Traditional << true;
        QTest::newRow("SPA") << ApplicationType::SPA << true;
        QTest::newRow("Native") << ApplicationType::Native << true;
        QTest::newRow("MachineToMachine") << ApplicationType::MachineToMachine << false;
        QTest::newRow("Protected") << ApplicationType::Protected << false;
        QTest::newRow("SAML") << ApplicationType::SAML << false;
    }

    void thirdParty()
    {
        QFETCH(ApplicationType, type);
        QFETCH(bool, allowed);
        Application a = validApp(type);
        a.isThirdParty = true;
        QCOMPARE(fieldNames(validation::application(a, TenantTag::Production)),
                 allowed ? QString() : QStringLiteral("isThirdParty"));
    }

    void roles()
    {
        Role r;
        r.name = QStringLiteral("Admin");
        r.type = RoleType::User;
        r.isDefault = true;
        QVERIFY(validation::role(r).isEmpty());
        r.type = RoleType::MachineToMachine;
        QCOMPARE(fieldNames(validation::role(r)), QStringLiteral("isDefault"));
        r.isDefault = false;
        QVERIFY(validation::role(r).isEmpty());
        r.name = QString(129, QLatin1Char('r'));
        QCOMPARE(fieldNames(validation::role(r)), QStringLiteral("name"));
    }

    void everyProblemIsReported()
    {
        Application a;
        a.type = ApplicationType::MachineToMachine;
        a.redirectUris = {QStringLiteral("https://x.example/cb")};
        a.corsAllowedOrigins = {QStringLiteral("nope")};
        a.idTokenTtl = 1;
        a.refreshTokenTtlInDays = 0;
        a.isThirdParty = true;
        const QList<FieldError> errors = validation::application(a, TenantTag::Production);
        QCOMPARE(fieldNames(errors), QStringLiteral("name,redirectUris,corsAllowedOrigins[0],idTokenTtl,"
                                                    "refreshTokenTtlInDays,isThirdParty"));
        QVERIFY(allMessagesSet(errors));
        const Error e = Error::validation(errors);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QCOMPARE(e.fields(), errors);
        QVERIFY(e.toString().contains(QStringLiteral("corsAllowedOrigins[0]")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
