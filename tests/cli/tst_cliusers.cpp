// The "user" commands of gatehouse-cli end to end: profile round trip, uniqueness, reasons in the
// journal, passwords over stdin, roles, search, paging and the demo users. Import and export:
// tst_cliuserimport.cpp.
#include "UserCliHelpers.h"
#include "io/DemoWorkspace.h"

using namespace gatehouse::test;
using namespace gatehouse::test::users;

class TestCliUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void uniqueness();
    void reasonRequired_data();
    void reasonRequired();
    void reasonIsJournaled();
    void passwords();
    void roles();
    void search();
    void paging();
    void demoUsers();
};

void TestCliUsers::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

void TestCliUsers::roundTrip()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    cli.create(words("role create --name Member --type User --default"));
    const QString id = cli.create(
        words("user create --username ada_l --email ada@example.com --phone +14155550100 --name Ada") +
        QStringList{QStringLiteral("--custom-data"), QStringLiteral("{\"plan\":\"pro\"}"),
                    QStringLiteral("--profile"),
                    QStringLiteral("{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}")});
    QCOMPARE(id.size(), 12);

    const CliResult show = cli.run(words("--json user show") << id);
    GH_EXPECT_EXIT(show, 0);
    const QJsonObject u = show.json().object();
    QCOMPARE(u.value(QStringLiteral("username")).toString(), QStringLiteral("ada_l"));
    QCOMPARE(u.value(QStringLiteral("primaryEmail")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(u.value(QStringLiteral("primaryPhone")).toString(), QStringLiteral("+14155550100"));
    QCOMPARE(u.value(QStringLiteral("customData")).toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("pro"));
    QCOMPARE(u.value(QStringLiteral("profile")).toObject().value(QStringLiteral("familyName")).toString(),
             QStringLiteral("Lovelace"));
    QCOMPARE(u.value(QStringLiteral("hasPassword")).toBool(true), false);
    QVERIFY(!u.contains(QStringLiteral("passwordDigest")));
    QCOMPARE(field(u.value(QStringLiteral("roles")).toArray(), "name"),
             QStringList{QStringLiteral("Member")});
    QVERIFY(u.value(QStringLiteral("mfaVerifications")).isArray());

    const CliResult update = cli.run(words("--json user update")
                                     << id << words("--name Countess --email ada@lovelace.example --phone="));
    GH_EXPECT_EXIT(update, 0);
    const CliResult text = cli.run(words("user show") << id);
    GH_EXPECT_EXIT(text, 0);
    QVERIFY(text.outText().contains(QStringLiteral("Countess")));
    QVERIFY(text.outText().contains(QStringLiteral("ada@lovelace.example")));
    QVERIFY(!text.outText().contains(QStringLiteral("4155550100")));
    QVERIFY(text.outText().contains(QStringLiteral("Member")));
    const CliResult list = cli.run(words("user list"));
    GH_EXPECT_EXIT(list, 0);
    QVERIFY(list.outText().contains(QStringLiteral("ada@lovelace.example")));
    QVERIFY(list.outText().contains(QStringLiteral("STATUS")));

    GH_EXPECT_EXIT(cli.run(words("user update") << id), 2); // nothing to change
    GH_EXPECT_EXIT(cli.run(words("user update") << id << words("--custom-data [1]")), 2);
    GH_EXPECT_EXIT(cli.run(words("user update") << id << words("--email not-an-email")), 4);

    GH_EXPECT_EXIT(cli.run(words("user delete") << id << words("--reason cleanup")), 2); // no --yes
    const CliResult removed = cli.run(words("user delete --yes --reason cleanup") << id);
    GH_EXPECT_EXIT(removed, 0);
    QVERIFY(removed.outText().contains(id));
    GH_EXPECT_EXIT(cli.run(words("user show") << id), 3);
    QCOMPARE(userCount(cli), 0);
}

void TestCliUsers::uniqueness()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString alice =
        cli.create(words("user create --username alice --email alice@example.com --phone +1-415-555-0100"));
    const QString bob = cli.create(words("user create --username bob"));

    const CliResult username = cli.run(words("user create --username ALICE"));
    GH_EXPECT_EXIT(username, 4);
    QVERIFY2(username.errText().contains(QStringLiteral("username")) && username.errText().contains(alice),
             username.describe().constData());
    const CliResult email = cli.run(words("--json user create --email Alice@Example.com"));
    GH_EXPECT_EXIT(email, 4);
    QVERIFY2(email.errText().contains(QStringLiteral("alice@example.com")), email.describe().constData());
    QCOMPARE(
        email.errorJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("already_exists"));
    const CliResult phone = cli.run(words("user update") << bob << words("--phone +1(415)5550100"));
    GH_EXPECT_EXIT(phone, 4);
    QVERIFY2(phone.errText().contains(QStringLiteral("phone")), phone.describe().constData());
    QCOMPARE(userCount(cli), 2);
}

void TestCliUsers::reasonRequired_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("delete") << QStringLiteral("user delete --yes");
    QTest::newRow("suspend") << QStringLiteral("user suspend");
    QTest::newRow("unsuspend") << QStringLiteral("user unsuspend");
    QTest::newRow("set-password") << QStringLiteral("user set-password");
    QTest::newRow("expire-password") << QStringLiteral("user expire-password");
    QTest::newRow("mfa remove") << QStringLiteral("user mfa remove");
}

void TestCliUsers::reasonRequired()
{
    QFETCH(QString, command);
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString id = cli.create(words("user create --username carol"));
    QStringList args = command.split(QLatin1Char(' ')) << id;
    if (command.endsWith(QLatin1String("mfa remove")))
        args << QStringLiteral("mfa1");
    const CliResult missing = cli.run(args, "new-password-1\n");
    GH_EXPECT_EXIT(missing, 2);
    QVERIFY2(missing.errText().contains(QStringLiteral("--reason")), missing.describe().constData());
    GH_EXPECT_EXIT(cli.run(args << QStringLiteral("--reason") << QStringLiteral("  "), "new-password-1\n"),
                   2);
    QCOMPARE(journal(cli).size(), 2); // tenant.create, user.create: nothing else happened
}

void TestCliUsers::reasonIsJournaled()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString id = cli.create(words("user create --username dave"));
    const CliResult suspend = cli.run(words("user suspend") << id << QStringLiteral("--reason")
                                                            << QStringLiteral("Chargeback #4411"));
    GH_EXPECT_EXIT(suspend, 0);
    QCOMPARE(cli.run(words("--json user list --suspended")).json().array().size(), 1);
    QCOMPARE(cli.run(words("--json user list --active")).json().array().size(), 0);
    const QJsonObject entry = journalEntry(cli, QStringLiteral("user.suspend"));
    QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("Chargeback #4411"));
    QCOMPARE(entry.value(QStringLiteral("targetId")).toString(), id);

    GH_EXPECT_EXIT(cli.run(words("user unsuspend") << id << words("--reason resolved")), 0);
    GH_EXPECT_EXIT(cli.run(words("user expire-password") << id << words("--reason rotation")), 0);
    QVERIFY(cli.run(words("--json user show") << id)
                .json()
                .object()
                .value(QStringLiteral("passwordExpired"))
                .toBool());
    QCOMPARE(journalEntry(cli, QStringLiteral("user.unsuspend")).value(QStringLiteral("reason")).toString(),
             QStringLiteral("resolved"));
    const CliResult mfa = cli.run(words("user mfa remove") << id << words("nosuchfactor --reason lost"));
    GH_EXPECT_EXIT(mfa, 3);
    GH_EXPECT_EXIT(cli.run(words("--json user mfa list") << id), 0);
}

void TestCliUsers::passwords()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString id = cli.create(words("user create --username erin"));
    const CliResult none = cli.run(words("user verify-password") << id, "whatever\n");
    GH_EXPECT_EXIT(none, 4);
    QVERIFY2(none.errText().contains(QStringLiteral("no password")), none.describe().constData());

    GH_EXPECT_EXIT(cli.run(words("user set-password --reason reset") << id, QByteArray()), 4); // empty stdin
    GH_EXPECT_EXIT(cli.run(words("user set-password --reason reset") << id, "short\n"), 4);
    const CliResult set =
        cli.run(words("user set-password --reason support-ticket-12") << id, "s3cret pass!\n");
    GH_EXPECT_EXIT(set, 0);
    QVERIFY(!journal(cli).isEmpty());
    QVERIFY(!cli.run(words("--json journal list")).out.contains("s3cret"));
    QCOMPARE(
        journalEntry(cli, QStringLiteral("user.password.set")).value(QStringLiteral("reason")).toString(),
        QStringLiteral("support-ticket-12"));

    const CliResult right = cli.run(words("user verify-password") << id, "s3cret pass!\n");
    GH_EXPECT_EXIT(right, 0);
    QCOMPARE(right.outText().trimmed(), QStringLiteral("Password matches."));
    const CliResult wrong = cli.run(words("user verify-password") << id, "s3cret pass?\n");
    GH_EXPECT_EXIT(wrong, 1);
    QCOMPARE(wrong.outText().trimmed(), QStringLiteral("Password does not match."));
    // Only one trailing newline is dropped.
    GH_EXPECT_EXIT(cli.run(words("user verify-password") << id, "s3cret pass!\n\n"), 1);
    const CliResult json = cli.run(words("--json user verify-password") << id, "s3cret pass!");
    GH_EXPECT_EXIT(json, 0);
    QVERIFY(json.json().object().value(QStringLiteral("matches")).toBool());

    GH_EXPECT_EXIT(cli.run(words("user create --username frank --password-stdin")), 4); // empty stdin
    QCOMPARE(userCount(cli), 1);
    const QString grace =
        cli.run(words("--json user create --username grace --password-stdin"), "grace-pass-1\n")
            .json()
            .object()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!grace.isEmpty());
    GH_EXPECT_EXIT(cli.run(words("user verify-password") << grace, "grace-pass-1\n"), 0);
}

void TestCliUsers::roles()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString viewer = cli.create(words("role create --name Viewer --type User"));
    cli.create(words("role create --name Robot --type MachineToMachine"));
    const QString id = cli.create(words("user create --username hank"));
    const CliResult assign = cli.run(words("--json user assign-role") << id << QStringLiteral("Viewer"));
    GH_EXPECT_EXIT(assign, 0);
    QCOMPARE(field(assign.json().array(), "id"), QStringList{viewer});
    GH_EXPECT_EXIT(cli.run(words("user assign-role") << id << QStringLiteral("Robot")), 4);
    GH_EXPECT_EXIT(cli.run(words("user assign-role") << id << QStringLiteral("Nope")), 3);
    QCOMPARE(cli.run(words("--json user list --role Viewer")).json().array().size(), 1);
    QCOMPARE(cli.run(words("--json user list --role") << viewer).json().array().size(), 1);
    GH_EXPECT_EXIT(cli.run(words("user remove-role") << id << viewer), 0);
    QCOMPARE(cli.run(words("--json user roles") << id).json().array().size(), 0);
    QCOMPARE(cli.run(words("--json user list --role Viewer")).json().array().size(), 0);
}

void TestCliUsers::search()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString file = writeFile(cli, QStringLiteral("people.csv"),
                                   csvHeader + "zoe_k,zoe.kim@globex.example,+1 415 555 0142,Zoë Kim\n"
                                               "walter,walter@acme.example,+44 20 7946 0977,Walter White\n"
                                               "xavier,xavier@gmail.com,,Xavier Zed\n");
    GH_EXPECT_EXIT(cli.run(words("user import") << file), 0);
    auto found = [&cli](const QString &text) {
        QStringList names =
            field(cli.run(words("--json user list --search") << text).json().array(), "username");
        names.sort();
        return names;
    };
    QCOMPARE(found(QStringLiteral("globex")), QStringList{QStringLiteral("zoe_k")});
    QCOMPARE(found(QStringLiteral("kim@glo")), QStringList{QStringLiteral("zoe_k")});
    QCOMPARE(found(QStringLiteral("7946 09")), QStringList{QStringLiteral("walter")});
    QCOMPARE(found(QStringLiteral("0142")), QStringList{QStringLiteral("zoe_k")});
    QCOMPARE(found(QStringLiteral("wa")), QStringList{QStringLiteral("walter")});
    QCOMPARE(found(QStringLiteral("XA")), QStringList{QStringLiteral("xavier")});
    QCOMPARE(found(QStringLiteral("nobody")), QStringList());
    const CliResult text = cli.run(words("user list --search nobody"));
    GH_EXPECT_EXIT(text, 0);
    QVERIFY(text.outText().contains(QStringLiteral("No users match")));
    const CliResult count = cli.run(words("user list --count --search example"));
    QCOMPARE(count.outText().trimmed().section(QLatin1Char(' '), 0, 0), QStringLiteral("2"));
}

void TestCliUsers::paging()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    QByteArray rows = "username\n";
    for (int i = 0; i < 7; ++i)
        rows += "user" + QByteArray::number(i) + '\n';
    GH_EXPECT_EXIT(cli.run(words("user import") << writeFile(cli, QStringLiteral("seven.csv"), rows)), 0);
    QStringList seen;
    QStringList args = words("--json user list --sort username --limit 3");
    for (int page = 0; page < 3; ++page) {
        const CliResult result = cli.run(args);
        GH_EXPECT_EXIT(result, 0);
        seen += field(result.json().array(), "username");
        if (page == 2) {
            QVERIFY2(!result.errText().contains(QStringLiteral("--after")), result.describe().constData());
            break;
        }
        const QString note = result.errText();
        QVERIFY2(note.contains(QStringLiteral("--after ")), result.describe().constData());
        const QString cursor = note.section(QStringLiteral("--after "), 1).section(QLatin1Char(' '), 0, 0);
        args = words("--json user list --sort username --limit 3 --after") << cursor;
    }
    QCOMPARE(seen.size(), 7);
    QCOMPARE(seen.first(), QStringLiteral("user0"));
    QCOMPARE(seen.last(), QStringLiteral("user6"));
    GH_EXPECT_EXIT(cli.run(words("user list --after not-a-cursor")), 2);
    GH_EXPECT_EXIT(cli.run(words("user list --limit 0")), 4);
    GH_EXPECT_EXIT(cli.run(words("user list --sort shoe-size")), 2);
    GH_EXPECT_EXIT(cli.run(words("user list --has-password --no-password")), 2);
}

void TestCliUsers::demoUsers()
{
    CliRunner cli;
    // How long this takes is measured by gatehouse-bench (demo_create_s), not here.
    GH_EXPECT_EXIT(cli.runBare({QStringLiteral("demo"), QStringLiteral("create"), cli.workspace()}), 0);
    for (const QString &tenant : {QStringLiteral("Acme SaaS"), QStringLiteral("Acme SaaS (dev)")}) {
        const QStringList in{QStringLiteral("--tenant"), tenant};
        const QJsonArray users = cli.run(in + words("--json user list --limit 1000")).json().array();
        QCOMPARE(users.size(), 200);
        QStringList domains;
        for (const QJsonValue &u : users)
            domains.append(
                u.toObject().value(QStringLiteral("primaryEmail")).toString().section(QLatin1Char('@'), 1));
        for (const char *domain : {"acme.example", "globex.example", "gmail.com"})
            QVERIFY2(domains.count(QLatin1String(domain)) >= 20, domain);
        const qint64 suspended = cli.run(in + words("--json user list --suspended")).json().array().size();
        QVERIFY(suspended > 0 && suspended < 30);
        QCOMPARE(cli.run(in + words("--json user list --limit 1000 --role Member")).json().array().size(),
                 200);

        const QString owner = cli.run(in + words("--json user list --search sam_rivera"))
                                  .json()
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        GH_EXPECT_EXIT(cli.run(in + words("user verify-password") << owner, gatehouse::demoOwnerPassword), 0);
        const QJsonArray migrated =
            cli.run(in + words("--json user list --has-password --limit 1000")).json().array();
        QVERIFY(migrated.size() > 50);
        QString bcryptUser;
        for (const QJsonValue &u : migrated) {
            if (u.toObject().value(QStringLiteral("id")).toString() != owner)
                bcryptUser = u.toObject().value(QStringLiteral("id")).toString();
        }
        GH_EXPECT_EXIT(cli.run(in + words("user verify-password") << bcryptUser, "password123"), 0);
    }
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cliusers.moc"
