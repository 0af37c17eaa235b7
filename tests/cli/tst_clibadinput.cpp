// Hostile and broken input through gatehouse-cli: oversized text, broken UTF-8, control
// characters and SQL metacharacters. Nothing is stored wrongly, the journal stays intact.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse::test;

namespace {
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oversizedText_data();
    void oversizedText();
    void brokenUtf8Argument();
    void controlCharacters();
    void blankName();
    void textStoredVerbatim_data();
    void textStoredVerbatim();
    void passwordInPostgresUrlIsRefused();
};

void TestCliBadInput::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

void TestCliBadInput::oversizedText_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QString huge(100000, QLatin1Char('x'));
    QTest::newRow("tenant name") << (words("tenant create") << huge) << QStringLiteral("name");
    QTest::newRow("app name") << (words("app create --type SPA --name") << huge) << QStringLiteral("name");
    QTest::newRow("app description") << (words("app create --type SAML --name Ok --description") << huge)
                                     << QStringLiteral("description");
    QTest::newRow("redirect uri") << (words("app create --type SPA --name Ok --redirect-uri")
                                      << QStringLiteral("https://example.com/") + huge)
                                  << QStringLiteral("redirectUris[0]");
    QTest::newRow("role name") << (words("role create --type User --name") << huge) << QStringLiteral("name");
    QTest::newRow("resource indicator") << (words("resource create --name Ok --indicator")
                                            << QStringLiteral("https://api.example.com/") + huge)
                                        << QStringLiteral("indicator");
}

void TestCliBadInput::oversizedText()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    CliRunner cli;
    if (args.first() != QLatin1String("tenant"))
        cli.create(words("tenant create Acme"));
    const CliResult result = cli.run(QStringList{QStringLiteral("--json")} + args);
    GH_EXPECT_EXIT(result, 4);
    QVERIFY2(result.errText().contains(QStringLiteral("too long")), result.describe().constData());
    // The message names the field and stays readable (the value itself is not echoed).
    QVERIFY(result.err.size() < 2000);
    const QJsonObject error = result.errorJson().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("fields"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             field);
    GH_EXPECT_EXIT(cli.run(words("journal verify")), 0);
}

void TestCliBadInput::brokenUtf8Argument()
{
    CliRunner cli;
    // Argument 5 is "Acme\xff\xfe" (invalid UTF-8).
    const CliResult result = cli.runShell(
        QStringLiteral("exec \"$CLI\" --workspace \"$WS\" tenant create \"$(printf 'Acme\\377\\376')\""));
    GH_EXPECT_EXIT(result, 4);
    QVERIFY2(result.errText().contains(QStringLiteral("argument 5 is not valid UTF-8")),
             result.describe().constData());
    QVERIFY(result.out.isEmpty());

    const CliResult json = cli.runShell(
        QStringLiteral("exec \"$CLI\" --json --workspace \"$WS\" tenant create \"$(printf '\\300\\257')\""));
    GH_EXPECT_EXIT(json, 4);
    QCOMPARE(
        json.errorJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("validation"));

    // Nothing was stored: the workspace was never even opened.
    QVERIFY(!QFile::exists(cli.workspace()));
    // Valid multi-byte UTF-8 in the C locale is still UTF-8.
    cli.environment().insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    const QString name = QStringLiteral("Z\u00fcrich \u6771\u4eac \U0001F680");
    const CliResult created = cli.run(words("--json tenant create") << name);
    GH_EXPECT_EXIT(created, 0);
    QCOMPARE(created.json().object().value(QStringLiteral("name")).toString(), name);
}

void TestCliBadInput::controlCharacters()
{
    CliRunner cli;
    const CliResult result = cli.run(words("tenant create") << QStringLiteral("Acme\u0001Corp"));
    GH_EXPECT_EXIT(result, 4);
    QVERIFY(result.errText().contains(QStringLiteral("control characters")));
    const CliResult escape = cli.run(words("tenant create") << QStringLiteral("\u001b[31mred"));
    GH_EXPECT_EXIT(escape, 4);
    const CliResult list = cli.run(words("--json tenant list"));
    GH_EXPECT_EXIT(list, 0);
    QVERIFY(list.json().array().isEmpty());
}

void TestCliBadInput::blankName()
{
    CliRunner cli;
    const CliResult result = cli.run(words("tenant create") << QStringLiteral("   "));
    GH_EXPECT_EXIT(result, 4);
    QVERIFY(result.errText().contains(QStringLiteral("name: must not be empty")));
}

void TestCliBadInput::textStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("drop table") << QStringLiteral("'; DROP TABLE tenants; --");
    QTest::newRow("or 1=1") << QStringLiteral("\" OR 1=1 --");
    QTest::newRow("like wildcards") << QStringLiteral("%_\\");
    QTest::newRow("option-like") << QStringLiteral("--json");
}

void TestCliBadInput::textStoredVerbatim()
{
    QFETCH(QString, text);
    CliRunner cli;
    auto field = [](const CliResult &r, const char *key) {
        return r.json().object().value(QLatin1String(key)).toString();
    };
    // "--" and "--name=<text>" keep option-like text a value.
    const CliResult tenant = cli.run(words("--json tenant create --") << text);
    GH_EXPECT_EXIT(tenant, 0);
    const QString tenantId = field(tenant, "id");
    QCOMPARE(field(tenant, "name"), text);
    const QStringList inTenant{QStringLiteral("--json"), QStringLiteral("--tenant"), tenantId};

    const CliResult app =
        cli.run(inTenant + words("app create --type MachineToMachine")
                << QStringLiteral("--name=") + text << QStringLiteral("--description=") + text);
    GH_EXPECT_EXIT(app, 0);
    const QString appId = field(app, "id");
    const CliResult secret =
        cli.run(inTenant + words("app secret create") << appId << QStringLiteral("--name=") + text);
    GH_EXPECT_EXIT(secret, 0);
    const CliResult resource =
        cli.run(inTenant + words("resource create --indicator https://api.example.com/a")
                << QStringLiteral("--name=") + text);
    GH_EXPECT_EXIT(resource, 0);
    const QString resourceId = field(resource, "id");
    const CliResult scope =
        cli.run(inTenant + words("resource scope add")
                << resourceId << QStringLiteral("read:a") << QStringLiteral("--description=") + text);
    GH_EXPECT_EXIT(scope, 0);
    const CliResult role =
        cli.run(inTenant + words("role create --type User")
                << QStringLiteral("--name=") + text << QStringLiteral("--description=") + text);
    GH_EXPECT_EXIT(role, 0);
    const QString roleId = field(role, "id");

    // Read everything back through show/list.
    const CliResult tenantShow = cli.run(words("--json tenant show") << tenantId);
    QCOMPARE(field(tenantShow, "name"), text);
    const CliResult appShow = cli.run(inTenant + words("app show") << appId);
    QCOMPARE(field(appShow, "name"), text);
    QCOMPARE(field(appShow, "description"), text);
    const CliResult secrets = cli.run(inTenant + words("app secret list") << appId);
    QStringList secretNames;
    for (const QJsonValue &s : secrets.json().array())
        secretNames.append(s.toObject().value(QStringLiteral("name")).toString());
    QVERIFY2(secretNames.contains(text), qPrintable(secretNames.join(QLatin1Char('|'))));
    const CliResult resourceShow = cli.run(inTenant + words("resource show") << resourceId);
    QCOMPARE(field(resourceShow, "name"), text);
    const CliResult scopes = cli.run(inTenant + words("resource scope list") << resourceId);
    QCOMPARE(scopes.json().array().first().toObject().value(QStringLiteral("description")).toString(), text);
    const CliResult roleShow = cli.run(inTenant + words("role show") << roleId);
    QCOMPARE(field(roleShow, "name"), text);
    QCOMPARE(field(roleShow, "description"), text);

    // Option-like text after "--" is a value, not an option: text output stays text.
    const CliResult plain = cli.run(words("tenant create --") << text);
    GH_EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.outText().startsWith(QStringLiteral("ID:")), plain.describe().constData());

    // Deleting by that name works, the tables are all still there, and the journal verifies.
    GH_EXPECT_EXIT(cli.run(inTenant + words("app secret delete --") << appId << text), 0);
    const CliResult tenants = cli.run(words("--json tenant list"));
    QCOMPARE(tenants.json().array().size(), 2);
    const CliResult verify = cli.run(words("journal verify"));
    GH_EXPECT_EXIT(verify, 0);
    QVERIFY(verify.outText().startsWith(QStringLiteral("Journal intact: ")));
}

void TestCliBadInput::passwordInPostgresUrlIsRefused()
{
    // Refused before any connection is tried (no server listens here), and the password is
    // never echoed back.
    CliRunner cli;
    const CliResult refused = cli.runBare(QStringList{
        QStringLiteral("--workspace"), QStringLiteral("postgres://gh:hunter2@127.0.0.1:1/gatehouse"),
        QStringLiteral("tenant"), QStringLiteral("list")});
    GH_EXPECT_EXIT(refused, 2);
    QVERIFY2(refused.errText().contains(QStringLiteral("PGPASSWORD")), refused.describe().constData());
    QVERIFY2(!refused.errText().contains(QStringLiteral("hunter2")) &&
                 !refused.outText().contains(QStringLiteral("hunter2")),
             refused.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
