// gatehouse-cli commands end to end: output shapes, tenant selection, help, exit codes.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
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

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readmeExample();
    void textOutputShowsSecretOnce();
    void tenantSelection();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void notFound();
    void readOnlyCommandDoesNotCreateWorkspace();
    void validation_data();
    void validation();
    void applicationsRolesAndResources();
    void tenantLifecycle();
    void operatorIsJournaled();
};

void TestCliCommands::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

void TestCliCommands::readmeExample()
{
    CliRunner cli;
    const CliResult tenant = cli.run(words("--json tenant create Acme"));
    GH_EXPECT_EXIT(tenant, 0);
    const QJsonObject t = tenant.json().object();
    QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    const QString tenantId = t.value(QStringLiteral("id")).toString();
    QCOMPARE(tenantId.size(), 12);
    QVERIFY(tenant.err.isEmpty());

    const CliResult app = cli.run(QStringList{QStringLiteral("--tenant"), tenantId} +
                                  words("--json app create --type MachineToMachine --name Billing"));
    GH_EXPECT_EXIT(app, 0);
    const QJsonObject a = app.json().object();
    QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("MachineToMachine"));
    const QString secret = a.value(QStringLiteral("secret")).toString();
    QCOMPARE(secret.size(), 43);
    const QString appId = a.value(QStringLiteral("id")).toString();

    const CliResult secrets =
        cli.run(QStringList{QStringLiteral("--tenant"), tenantId, QStringLiteral("--json"),
                            QStringLiteral("app"), QStringLiteral("secret"), QStringLiteral("list"), appId});
    GH_EXPECT_EXIT(secrets, 0);
    const QJsonArray list = secrets.json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject s = list.first().toObject();
    QVERIFY(!s.contains(QStringLiteral("value")));
    QVERIFY(s.value(QStringLiteral("maskedValue")).toString().endsWith(secret.right(4)));
    QVERIFY(!secrets.out.contains(secret.toUtf8()));

    // Shown once: never again in show output, the journal, or the workspace files.
    const CliResult show =
        cli.run(QStringList{QStringLiteral("--json"), QStringLiteral("app"), QStringLiteral("show"), appId});
    GH_EXPECT_EXIT(show, 0);
    QVERIFY(!show.json().object().contains(QStringLiteral("secret")));
    const CliResult journal = cli.run(words("--json journal list --all-tenants"));
    GH_EXPECT_EXIT(journal, 0);
    QVERIFY(!journal.out.contains(secret.toUtf8()));
    const QDir dir(cli.dir());
    for (const QString &file : dir.entryList({QStringLiteral("w.sqlite*")}, QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
    }
}

void TestCliCommands::textOutputShowsSecretOnce()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const CliResult app = cli.run(
        words("app create --type Traditional --name Portal --redirect-uri https://portal.example.com/cb"));
    GH_EXPECT_EXIT(app, 0);
    QVERIFY(app.outText().contains(QStringLiteral("Secret:")));
    QVERIFY2(app.outText().contains(QStringLiteral("will not be shown again")), app.describe().constData());

    const CliResult spa =
        cli.run(words("app create --type SPA --name Web --redirect-uri https://web.example.com/cb"));
    GH_EXPECT_EXIT(spa, 0);
    QVERIFY(!spa.outText().contains(QStringLiteral("Secret:")));

    const CliResult list = cli.run(words("app list"));
    GH_EXPECT_EXIT(list, 0);
    QVERIFY(list.outText().contains(QStringLiteral("Portal")));
    QVERIFY(list.outText().contains(QStringLiteral("Traditional")));
}

void TestCliCommands::tenantSelection()
{
    CliRunner cli;
    const QString gone = cli.create(words("tenant create Gone"));
    GH_EXPECT_EXIT(cli.run(words("tenant delete --yes --reason Cleanup") << gone), 0);
    CliResult none = cli.run(words("app list"));
    GH_EXPECT_EXIT(none, 2);
    QVERIFY(none.errText().contains(QStringLiteral("Pass --tenant ID")));

    const QString first = cli.create(words("tenant create First"));
    GH_EXPECT_EXIT(cli.run(words("app list")), 0); // the only tenant is used

    const QString second = cli.create(words("tenant create Second --tag production"));
    const CliResult ambiguous = cli.run(words("app list"));
    GH_EXPECT_EXIT(ambiguous, 2);
    QVERIFY(ambiguous.errText().contains(QStringLiteral("Pass --tenant ID (tenants: ")));
    QVERIFY(ambiguous.errText().contains(first));
    QVERIFY(ambiguous.errText().contains(second));

    const QString appId =
        cli.create(QStringList{QStringLiteral("--tenant"), second} +
                   words("app create --type SPA --name Web --redirect-uri https://a.example.com/cb"));
    QVERIFY(!appId.isEmpty());
    // By unique name, by environment, and the wrong tenant does not see the app.
    GH_EXPECT_EXIT(cli.run(words("--tenant Second app show") << appId), 0);
    cli.environment().insert(QStringLiteral("GATEHOUSE_TENANT"), second);
    GH_EXPECT_EXIT(cli.run(words("app show") << appId), 0);
    GH_EXPECT_EXIT(cli.run(QStringList{QStringLiteral("--tenant"), first, QStringLiteral("app"),
                                       QStringLiteral("show"), appId}),
                   3);
    cli.environment().remove(QStringLiteral("GATEHOUSE_TENANT"));
    const CliResult unknown = cli.run(words("--tenant nosuchtenant app list"));
    GH_EXPECT_EXIT(unknown, 3);
    QVERIFY(unknown.errText().contains(QStringLiteral("nosuchtenant")));
    // Global options also work after the command.
    const CliResult after =
        cli.run(QStringList{QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--tenant"), second,
                            QStringLiteral("--json")});
    GH_EXPECT_EXIT(after, 0);
    QCOMPARE(after.json().array().size(), 1);
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringLiteral("no command given");
    QTest::newRow("unknown noun") << words("tenants list") << QStringLiteral("Did you mean \"tenant\"?");
    QTest::newRow("unknown verb") << words("app frobnicate")
                                  << QStringLiteral("unknown command \"app frobnicate\"");
    QTest::newRow("verb typo") << words("role lsit") << QStringLiteral("Did you mean \"list\"?");
    QTest::newRow("noun only") << words("role") << QStringLiteral("\"role\" needs a command");
    QTest::newRow("sub-noun only") << words("app secret")
                                   << QStringLiteral("needs one of: create, list, delete");
    QTest::newRow("missing argument") << words("tenant show") << QStringLiteral("missing arguments");
    QTest::newRow("extra argument") << words("tenant list extra")
                                    << QStringLiteral("unexpected argument \"extra\"");
    QTest::newRow("unknown global option")
        << words("--frob tenant list") << QStringLiteral("unknown option \"--frob\"");
    QTest::newRow("unknown verb option") << words("tenant list --frob") << QStringLiteral("frob");
    QTest::newRow("missing option value") << words("tenant create X --tag") << QStringLiteral("--tag");
    QTest::newRow("bad tag") << words("tenant create X --tag staging")
                             << QStringLiteral("development or production");
    QTest::newRow("delete without --yes") << words("tenant delete abc") << QStringLiteral("--yes");
    QTest::newRow("app create without type") << words("app create --name X") << QStringLiteral("--type");
    QTest::newRow("unknown app type")
        << words("app create --type Robot --name X") << QStringLiteral("MachineToMachine");
    QTest::newRow("unknown role type")
        << words("role create --type Robot --name X") << QStringLiteral("User or MachineToMachine");
    QTest::newRow("not a number") << words("journal list --all-tenants --limit many")
                                  << QStringLiteral("whole number");
    QTest::newRow("contradicting flags")
        << words("resource update abc --default --no-default") << QStringLiteral("contradict");
    QTest::newRow("assign without --app") << words("role assign abc") << QStringLiteral("--app");
    QTest::newRow("empty workspace option")
        << words("tenant list --workspace=") << QStringLiteral("must not be empty");
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const CliResult result = cli.run(args);
    GH_EXPECT_EXIT(result, 2);
    QVERIFY2(result.errText().contains(message), result.describe().constData());
    QVERIFY(result.errText().startsWith(QStringLiteral("error: ")));
    QVERIFY(result.out.isEmpty());

    const CliResult json = cli.run(QStringList{QStringLiteral("--json")} + args);
    GH_EXPECT_EXIT(json, 2);
    QCOMPARE(
        json.errorJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("usage"));
}

void TestCliCommands::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("main") << words("--help") << QStringLiteral("Exit codes:");
    QTest::newRow("help command") << words("help") << QStringLiteral("Commands:");
    QTest::newRow("noun") << words("app --help") << QStringLiteral("secret create APP_ID");
    QTest::newRow("noun via global") << words("--help role") << QStringLiteral("assign ROLE_ID --app APP_ID");
    QTest::newRow("verb") << words("app create --help") << QStringLiteral("--post-logout-redirect-uri URI");
    QTest::newRow("two-word verb") << words("app secret create --help")
                                   << QStringLiteral("--expires-in-days DAYS");
    QTest::newRow("help noun verb") << words("help resource scope add")
                                    << QStringLiteral("--description TEXT");
    QTest::newRow("short") << words("journal verify -h") << QStringLiteral("Exit code 0 when intact");
    QTest::newRow("version") << words("--version") << QStringLiteral("gatehouse-cli ");
}

void TestCliCommands::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    CliRunner cli;
    const CliResult result = cli.runBare(args);
    GH_EXPECT_EXIT(result, 0);
    QVERIFY2(result.outText().contains(expected), result.describe().constData());
    QVERIFY(result.err.isEmpty());
}

void TestCliCommands::notFound()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString resourceId =
        cli.create(words("resource create --name API --indicator https://api.example.com"));
    const QString roleId = cli.create(words("role create --name Admin --type User"));
    QVERIFY(!resourceId.isEmpty() && !roleId.isEmpty());

    GH_EXPECT_EXIT(cli.run(words("tenant show nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("tenant rename nope New")), 3);
    GH_EXPECT_EXIT(cli.run(words("app show nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("app delete nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("app secret list nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("resource show nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("role update nope --name X")), 3);
    GH_EXPECT_EXIT(cli.run(words("role grant") << roleId << QStringLiteral("nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("role revoke") << roleId << QStringLiteral("nope")), 3);
    GH_EXPECT_EXIT(cli.run(words("resource scope delete") << resourceId << QStringLiteral("read:nothing")),
                   3);
    const CliResult json = cli.run(words("--json role show nope"));
    GH_EXPECT_EXIT(json, 3);
    QCOMPARE(
        json.errorJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("not_found"));
    QVERIFY(json.errText().startsWith(QStringLiteral("error: ")));
    QVERIFY(json.out.isEmpty());
}

void TestCliCommands::readOnlyCommandDoesNotCreateWorkspace()
{
    CliRunner cli;
    const QString missing = cli.dir() + QStringLiteral("/typo.sqlite");
    const CliResult result = cli.runBare(
        {QStringLiteral("--workspace"), missing, QStringLiteral("tenant"), QStringLiteral("list")});
    GH_EXPECT_EXIT(result, 3);
    QVERIFY(result.errText().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(missing));
    GH_EXPECT_EXIT(cli.runBare({QStringLiteral("--workspace"), missing, QStringLiteral("journal"),
                                QStringLiteral("verify")}),
                   3);
    // The default workspace (under XDG_DATA_HOME here) is created on demand.
    GH_EXPECT_EXIT(cli.runBare(words("tenant create Default")), 0);
    const CliResult list = cli.runBare(words("--json tenant list"));
    GH_EXPECT_EXIT(list, 0);
    QCOMPARE(list.json().array().size(), 1);
}

void TestCliCommands::validation_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("http redirect for SPA")
        << QStringList() << words("app create --type SPA --name Web --redirect-uri http://example.com/cb")
        << QStringLiteral("validation") << QStringLiteral("redirectUris[0]");
    QTest::newRow("indicator not a URI")
        << QStringList() << (words("resource create --name API --indicator") << QStringLiteral("not a uri"))
        << QStringLiteral("validation") << QStringLiteral("indicator");
    QTest::newRow("duplicate role name") << words("role create --name Admin --type User")
                                         << words("role create --name admin --type MachineToMachine")
                                         << QStringLiteral("already_exists") << QString();
    QTest::newRow("duplicate indicator")
        << words("resource create --name A --indicator https://api.example.com")
        << words("resource create --name B --indicator https://api.example.com")
        << QStringLiteral("already_exists") << QString();
    QTest::newRow("scope name with a space")
        << words("resource create --name A --indicator https://api.example.com")
        << (words("resource scope add RESOURCE") << QStringLiteral("read projects"))
        << QStringLiteral("validation") << QStringLiteral("name");
    QTest::newRow("duplicate scope name")
        << words("resource create --name A --indicator https://api.example.com")
        << words("resource scope add RESOURCE read:projects") << QStringLiteral("already_exists")
        << QString();
    QTest::newRow("duplicate secret name")
        << words("app create --type MachineToMachine --name Billing")
        << (words("app secret create APP --name") << QStringLiteral("Default secret"))
        << QStringLiteral("already_exists") << QString();
    QTest::newRow("id token ttl out of range")
        << words("app create --type SPA --name Web") << words("app update APP --id-token-ttl 5")
        << QStringLiteral("validation") << QStringLiteral("idTokenTtl");
    QTest::newRow("default machine role")
        << QStringList() << words("role create --name Bot --type MachineToMachine --default")
        << QStringLiteral("validation") << QStringLiteral("isDefault");
    QTest::newRow("user role to app")
        << words("app create --type MachineToMachine --name Billing") << words("role assign ROLE --app APP")
        << QStringLiteral("validation") << QString();
    QTest::newRow("expiry out of range") << words("app create --type MachineToMachine --name Billing")
                                         << words("app secret create APP --name Old --expires-in-days 0")
                                         << QStringLiteral("validation") << QString();
}

void TestCliCommands::validation()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QFETCH(QString, field);
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString roleId = cli.create(words("role create --name Viewer --type User"));
    QString setupId;
    if (!setup.isEmpty()) {
        setupId = cli.create(setup);
        QVERIFY(!setupId.isEmpty());
    }
    if (setup.contains(QStringLiteral("resource")))
        GH_EXPECT_EXIT(cli.run(words("resource scope add") << setupId << QStringLiteral("read:projects")), 0);
    for (QString &arg : args) {
        if (arg == QLatin1String("RESOURCE") || arg == QLatin1String("APP"))
            arg = setupId;
        else if (arg == QLatin1String("ROLE"))
            arg = roleId;
    }
    const CliResult result = cli.run(QStringList{QStringLiteral("--json")} + args);
    GH_EXPECT_EXIT(result, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.errText().startsWith(QStringLiteral("error: ")));
    const QJsonObject error = result.errorJson().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    if (!field.isEmpty()) {
        const QJsonArray fields = error.value(QStringLiteral("fields")).toArray();
        QVERIFY2(!fields.isEmpty(), result.describe().constData());
        QCOMPARE(fields.first().toObject().value(QStringLiteral("field")).toString(), field);
        QVERIFY(result.errText().contains(field));
    }
}

void TestCliCommands::applicationsRolesAndResources()
{
    CliRunner cli;
    cli.create(words("tenant create Acme --tag production"));
    const QString m2m = cli.create(words("app create --type MachineToMachine --name Billing"));
    const QString spa =
        cli.create(words("app create --type SPA --name Web --redirect-uri https://a.example.com/cb "
                         "--redirect-uri https://b.example.com/cb --cors-origin https://a.example.com"));
    const QString api =
        cli.create(words("resource create --name API --indicator https://api.example.com --default"));
    QVERIFY(!m2m.isEmpty() && !spa.isEmpty() && !api.isEmpty());

    const CliResult read = cli.run(words("--json resource scope add")
                                   << api << QStringLiteral("read:projects")
                                   << QStringLiteral("--description") << QStringLiteral("Read projects"));
    GH_EXPECT_EXIT(read, 0);
    const QString readId = read.json().object().value(QStringLiteral("id")).toString();
    const QString writeId =
        cli.create(words("resource scope add") << api << QStringLiteral("write:projects"));
    const CliResult scopes = cli.run(words("--json resource scope list") << api);
    GH_EXPECT_EXIT(scopes, 0);
    QCOMPARE(scopes.json().array().size(), 2);

    const QString role =
        cli.create(words("role create --name Billing --type MachineToMachine --description Bills"));
    const CliResult granted = cli.run(words("--json role grant") << role << readId << writeId);
    GH_EXPECT_EXIT(granted, 0);
    QCOMPARE(granted.json().array().size(), 2);
    const CliResult assigned = cli.run(words("--json role assign") << role << QStringLiteral("--app") << m2m);
    GH_EXPECT_EXIT(assigned, 0);
    QCOMPARE(assigned.json().array().first().toObject().value(QStringLiteral("id")).toString(), m2m);
    GH_EXPECT_EXIT(cli.run(words("role apps") << role), 0);
    const CliResult revoked = cli.run(words("--json role revoke") << role << readId);
    GH_EXPECT_EXIT(revoked, 0);
    QCOMPARE(revoked.json().array().size(), 1);
    GH_EXPECT_EXIT(cli.run(words("role unassign") << role << QStringLiteral("--app") << m2m), 0);
    const CliResult apps = cli.run(words("--json role apps") << role);
    QCOMPARE(apps.json().array().size(), 0);

    // Update only what is given; lists are replaced, "" clears.
    const CliResult updated = cli.run(
        words("--json app update")
        << spa
        << words("--name Website --redirect-uri https://c.example.com/cb --id-token-ttl 600 --third-party"));
    GH_EXPECT_EXIT(updated, 0);
    const QJsonObject u = updated.json().object();
    QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Website"));
    QCOMPARE(u.value(QStringLiteral("oidcClientMetadata"))
                 .toObject()
                 .value(QStringLiteral("redirectUris"))
                 .toArray(),
             QJsonArray{QStringLiteral("https://c.example.com/cb")});
    QCOMPARE(u.value(QStringLiteral("customClientMetadata"))
                 .toObject()
                 .value(QStringLiteral("corsAllowedOrigins"))
                 .toArray(),
             QJsonArray{QStringLiteral("https://a.example.com")});
    QCOMPARE(u.value(QStringLiteral("customClientMetadata"))
                 .toObject()
                 .value(QStringLiteral("idTokenTtl"))
                 .toInt(),
             600);
    QVERIFY(u.value(QStringLiteral("isThirdParty")).toBool());
    const CliResult cleared =
        cli.run(words("--json app update") << spa << QStringLiteral("--cors-origin") << QString());
    GH_EXPECT_EXIT(cleared, 0);
    QVERIFY(cleared.json()
                .object()
                .value(QStringLiteral("customClientMetadata"))
                .toObject()
                .value(QStringLiteral("corsAllowedOrigins"))
                .toArray()
                .isEmpty());

    const CliResult secret =
        cli.run(words("--json app secret create") << m2m << words("--name CI --expires-in-days 30"));
    GH_EXPECT_EXIT(secret, 0);
    QCOMPARE(secret.json().object().value(QStringLiteral("value")).toString().size(), 43);
    QVERIFY(secret.json().object().value(QStringLiteral("expiresAt")).isDouble());
    GH_EXPECT_EXIT(cli.run(words("app secret delete") << m2m << QStringLiteral("CI")), 0);
    GH_EXPECT_EXIT(cli.run(words("app secret delete") << m2m << QStringLiteral("CI")), 3);

    const CliResult renamed = cli.run(words("--json resource update")
                                      << api << words("--name Core --access-token-ttl 900 --no-default"));
    GH_EXPECT_EXIT(renamed, 0);
    QCOMPARE(renamed.json().object().value(QStringLiteral("accessTokenTtl")).toInt(), 900);
    QVERIFY(!renamed.json().object().value(QStringLiteral("isDefault")).toBool());
    GH_EXPECT_EXIT(cli.run(words("resource scope delete") << api << QStringLiteral("write:projects")), 0);
    GH_EXPECT_EXIT(cli.run(words("resource scope delete") << api << readId), 0);
    GH_EXPECT_EXIT(cli.run(words("role delete") << role), 0);
    GH_EXPECT_EXIT(cli.run(words("app delete") << spa), 0);
    GH_EXPECT_EXIT(cli.run(words("resource delete") << api), 0);
    const CliResult remaining = cli.run(words("--json app list"));
    QCOMPARE(remaining.json().array().size(), 1);
    GH_EXPECT_EXIT(cli.run(words("journal verify")), 0);
}

void TestCliCommands::tenantLifecycle()
{
    CliRunner cli;
    const QString id = cli.create(words("tenant create Acme"));
    const CliResult renamed = cli.run(words("--json tenant rename") << id << QStringLiteral("Acme Corp"));
    GH_EXPECT_EXIT(renamed, 0);
    QCOMPARE(renamed.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Corp"));
    const CliResult tagged = cli.run(words("--json tenant tag") << id << QStringLiteral("production"));
    GH_EXPECT_EXIT(tagged, 0);
    QCOMPARE(tagged.json().object().value(QStringLiteral("tag")).toString(), QStringLiteral("production"));
    // Production forbids http redirect URIs for traditional apps on non-loopback hosts.
    GH_EXPECT_EXIT(
        cli.run(words("app create --type Traditional --name P --redirect-uri http://portal.example.com/cb")),
        4);
    const CliResult text = cli.run(words("tenant show") << id);
    GH_EXPECT_EXIT(text, 0);
    QVERIFY(text.outText().contains(QStringLiteral("Acme Corp")));
    GH_EXPECT_EXIT(cli.run(words("tenant delete") << id), 2);
    // A reason is required, and the journal keeps it.
    const CliResult noReason = cli.run(words("tenant delete") << id << QStringLiteral("--yes"));
    GH_EXPECT_EXIT(noReason, 2);
    QVERIFY(noReason.errText().contains(QStringLiteral("--reason")));
    GH_EXPECT_EXIT(cli.run(words("tenant delete --reason")
                           << QStringLiteral("Customer left") << id << QStringLiteral("--yes")),
                   0);
    const CliResult journal = cli.run(words("--json journal list --limit 1 --all-tenants"));
    GH_EXPECT_EXIT(journal, 0);
    const QJsonObject last = journal.json().array().first().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("tenant.delete"));
    QCOMPARE(last.value(QStringLiteral("reason")).toString(), QStringLiteral("Customer left"));
    GH_EXPECT_EXIT(cli.run(words("tenant show") << id), 3);
    GH_EXPECT_EXIT(cli.run(words("journal verify")), 0);
}

void TestCliCommands::operatorIsJournaled()
{
    CliRunner cli;
    cli.create(words("--operator alice tenant create Acme"));
    cli.create(words("tenant create Other"));
    const CliResult journal = cli.run(words("--json journal list --all-tenants"));
    GH_EXPECT_EXIT(journal, 0);
    const QJsonArray entries = journal.json().array();
    QCOMPARE(entries.size(), 2);
    // Newest first. On a workspace file the operator is the OS account: --operator only labels
    // the entry with a declared name, marked as declared, and never replaces the operator.
    const QJsonObject declared = entries.at(1).toObject();
    const QJsonObject plain = entries.at(0).toObject();
    const QString osUser = plain.value(QStringLiteral("operator")).toString();
    QVERIFY(!osUser.isEmpty());
    QVERIFY(osUser != QLatin1String("alice"));
    QCOMPARE(declared.value(QStringLiteral("operator")).toString(), osUser);
    QCOMPARE(declared.value(QStringLiteral("declaredOperator")).toString(), QStringLiteral("alice"));
    QVERIFY(!plain.contains(QStringLiteral("declaredOperator")));
    const CliResult text = cli.run(words("journal list --all-tenants"));
    GH_EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().contains(osUser + QStringLiteral(" (declared: alice)")),
             text.describe().constData());
    GH_EXPECT_EXIT(cli.run(words("journal verify")), 0);
    GH_EXPECT_EXIT(cli.run(words("tenant list --operator=")), 2);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
