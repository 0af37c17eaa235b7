// "user import" and "user export" of gatehouse-cli end to end: all-or-nothing and skip-invalid
// imports, dry runs, JSON and JSON Lines, password digests, broken files, export and re-import.
#include "UserCliHelpers.h"

using namespace gatehouse::test;
using namespace gatehouse::test::users;

class TestCliUserImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importAllOrNothing();
    void importSkipInvalid();
    void importDryRun();
    void importJson();
    void importDigest();
    void importBadFiles_data();
    void importBadFiles();
    void exportReimport();
};

void TestCliUserImport::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

void TestCliUserImport::importAllOrNothing()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString file = writeFile(cli, QStringLiteral("users.csv"),
                                   csvHeader + "ivan,ivan@example.com,,Ivan\n"
                                               "judy,judy@example.com,+1 415 555 0101,Judy\n"
                                               "mallory,mallory-at-example.com,,Mallory\n"
                                               "niaj,niaj@example.com,,Niaj\n");
    const QString reportFile = cli.dir() + QStringLiteral("/report.txt");
    const CliResult result =
        cli.run(words("user import") << file << QStringLiteral("--report") << reportFile);
    GH_EXPECT_EXIT(result, 4);
    QVERIFY2(result.outText().contains(QStringLiteral("line 4, primaryEmail")),
             result.describe().constData());
    QVERIFY(result.errText().contains(QStringLiteral("nothing was imported")));
    QCOMPARE(userCount(cli), 0);
    QFile report(reportFile);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("line 4, primaryEmail"));

    const CliResult json = cli.run(words("--json user import") << file);
    GH_EXPECT_EXIT(json, 4);
    const QJsonObject r = json.json().object();
    QCOMPARE(r.value(QStringLiteral("rowsRead")).toInt(), 4);
    QCOMPARE(r.value(QStringLiteral("rowsInvalid")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("rowsImported")).toInt(), 0);
    QCOMPARE(r.value(QStringLiteral("committed")).toBool(true), false);
    const QJsonObject problem = r.value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(problem.value(QStringLiteral("field")).toString(), QStringLiteral("primaryEmail"));
    QCOMPARE(userCount(cli), 0);
}

void TestCliUserImport::importSkipInvalid()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    cli.create(words("role create --name Member --type User --default"));
    const QString file = writeFile(cli, QStringLiteral("users.csv"),
                                   csvHeader + "ivan,ivan@example.com,,Ivan\n"
                                               "mallory,mallory-at-example.com,,Mallory\n"
                                               "judy,judy@example.com,+1 415 555 0101,Judy\n");
    const CliResult result = cli.run(words("--json user import --mode skip-invalid") << file);
    GH_EXPECT_EXIT(result, 4);
    QCOMPARE(result.json().object().value(QStringLiteral("rowsImported")).toInt(), 2);
    QVERIFY(result.json().object().value(QStringLiteral("committed")).toBool());
    const QJsonArray users = cli.run(words("--json user list --sort username")).json().array();
    QCOMPARE(field(users, "username"), (QStringList{QStringLiteral("ivan"), QStringLiteral("judy")}));
    QCOMPARE(cli.run(words("--json user list --role Member")).json().array().size(), 2);

    // All valid now (already imported rows are duplicates, so write new ones): exit 0.
    const QString clean =
        writeFile(cli, QStringLiteral("clean.csv"), csvHeader + "ken,ken@example.com,,Ken\n");
    GH_EXPECT_EXIT(cli.run(words("user import --mode skip-invalid") << clean), 0);
    QCOMPARE(userCount(cli), 3);
    QVERIFY(!journalEntry(cli, QStringLiteral("user.import")).isEmpty());
}

void TestCliUserImport::importDryRun()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString good =
        writeFile(cli, QStringLiteral("good.csv"), csvHeader + "olivia,olivia@example.com,,O\n");
    const CliResult dry = cli.run(words("user import --dry-run") << good);
    GH_EXPECT_EXIT(dry, 0);
    QVERIFY(dry.outText().contains(QStringLiteral("Dry run")));
    QCOMPARE(userCount(cli), 0);
    const QString bad = writeFile(cli, QStringLiteral("bad.csv"), csvHeader + "9lives,,,\n");
    GH_EXPECT_EXIT(cli.run(words("user import --dry-run --mode skip-invalid") << bad), 4);
    QCOMPARE(userCount(cli), 0);
    GH_EXPECT_EXIT(cli.run(words("user import") << good), 0);
    QCOMPARE(userCount(cli), 1);
}

void TestCliUserImport::importJson()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString file =
        writeFile(cli, QStringLiteral("users.data"), // no telling suffix: detected from the content
                  R"([{"username":"peggy","primaryEmail":"peggy@example.com","customData":{"plan":"pro"},
             "profile":{"givenName":"Peggy"},"isSuspended":true},
            {"username":"quentin","primaryPhone":"+44 20 7946 0000"}])");
    const CliResult result = cli.run(words("user import") << file);
    GH_EXPECT_EXIT(result, 0);
    QVERIFY(result.outText().contains(QStringLiteral("2 imported")));
    const QJsonArray suspended = cli.run(words("--json user list --suspended")).json().array();
    QCOMPARE(suspended.size(), 1);
    const QJsonObject peggy = suspended.first().toObject();
    QCOMPARE(peggy.value(QStringLiteral("username")).toString(), QStringLiteral("peggy"));
    QCOMPARE(peggy.value(QStringLiteral("customData")).toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("pro"));

    const QString lines =
        writeFile(cli, QStringLiteral("more.jsonl"), "{\"username\":\"rupert\"}\n\n{\"username\":7}\n");
    const CliResult jsonl = cli.run(words("--json user import --mode skip-invalid") << lines);
    GH_EXPECT_EXIT(jsonl, 4);
    const QJsonObject problem =
        jsonl.json().object().value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(problem.value(QStringLiteral("field")).toString(), QStringLiteral("username"));
    QCOMPARE(userCount(cli), 3);
}

void TestCliUserImport::importDigest()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString file =
        writeFile(cli, QStringLiteral("digest.csv"),
                  "username,passwordDigest,passwordAlgorithm\nsybil," + bcryptDigest + ",Bcrypt\n");
    GH_EXPECT_EXIT(cli.run(words("user import") << file), 0);
    const QString id = userId(cli, QStringLiteral("sybil"));
    GH_EXPECT_EXIT(cli.run(words("user verify-password") << id, "password123\n"), 0);
    GH_EXPECT_EXIT(cli.run(words("user verify-password") << id, "password124\n"), 1);
    QVERIFY(cli.run(words("user show") << id).outText().contains(QStringLiteral("Bcrypt")));
}

void TestCliUserImport::importBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing.csv") << QByteArray() << QStringList() << 3
                             << QStringLiteral("does not exist");
    // A file that cannot be read as users is invalid input (exit 4), like invalid rows.
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray("") << QStringList() << 4
                           << QStringLiteral("empty");
    QTest::newRow("garbage") << QStringLiteral("garbage.bin")
                             << QByteArray("\x89PNG\r\n\x1a\n\xff\xfe\x00\x01", 12) << QStringList() << 4
                             << QStringLiteral("UTF-8");
    QTest::newRow("invalid UTF-8 in a row")
        << QStringLiteral("users.csv") << (csvHeader + "ana,ana@example.com,,\nb\xc3(b,,,\n") << QStringList()
        << 4 << QStringLiteral("UTF-8");
    QTest::newRow("truncated JSON") << QStringLiteral("users.json")
                                    << QByteArray("[{\"username\": \"ana\"}, {\"username\": \"b")
                                    << QStringList() << 4 << QStringLiteral("line 1");
    QTest::newRow("field over the limit")
        << QStringLiteral("users.csv") << (csvHeader + QByteArray(2 * 1024 * 1024, 'x') + ",,,\n")
        << QStringList() << 4 << QStringLiteral("MiB");
    QTest::newRow("wrong format") << QStringLiteral("users.csv") << (csvHeader + "a,,,\n")
                                  << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 4
                                  << QStringLiteral("JSON array");
    QTest::newRow("unknown format") << QStringLiteral("users.csv") << csvHeader
                                    << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                    << QStringLiteral("csv, json or jsonl");
    QTest::newRow("unknown mode") << QStringLiteral("users.csv") << csvHeader
                                  << QStringList{QStringLiteral("--mode"), QStringLiteral("some")} << 2
                                  << QStringLiteral("skip-invalid");
    QTest::newRow("unknown column") << QStringLiteral("users.csv") << QByteArray("username,shoeSize\na,42\n")
                                    << QStringList() << 4 << QStringLiteral("shoeSize");
}

void TestCliUserImport::importBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString path = content.isNull() && name == QLatin1String("missing.csv")
                             ? cli.dir() + QLatin1Char('/') + name
                             : writeFile(cli, name, content);
    const CliResult result = cli.run(words("user import") << path << options);
    GH_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.errText().startsWith(QStringLiteral("error: ")), result.describe().constData());
    QVERIFY2(result.errText().contains(message), result.describe().constData());
    QCOMPARE(userCount(cli), 0);
}

void TestCliUserImport::exportReimport()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    const QString source =
        writeFile(cli, QStringLiteral("source.csv"),
                  "username,primaryEmail,primaryPhone,name,avatar,isSuspended,lastSignInAt,profile.givenName,"
                  "customData.plan,passwordDigest,passwordAlgorithm\n"
                  "trent,trent@acme.example,+1 415 555 0199,Trent O'Neil,https://img.example/t.png,true,"
                  "2024-05-01T12:00:00Z,Trent,pro," +
                      bcryptDigest +
                      ",Bcrypt\n"
                      "uma,\"uma@globex.example\",,\"Uma, \"\"the\"\" Brave\",,false,,Uma,team,,\n"
                      "victor,,+49 30 5550 0001,Victor Müller,,no,,,free,,\n");
    GH_EXPECT_EXIT(cli.run(words("user import") << source), 0);
    const QString file = cli.dir() + QStringLiteral("/export.csv");
    const CliResult exported = cli.run(words("user export --with-password-digests") << file);
    GH_EXPECT_EXIT(exported, 0);
    QVERIFY2(exported.errText().contains(QStringLiteral("password hashes")), exported.describe().constData());
    QVERIFY(QFile(file).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFile(file).permissions().testFlag(QFileDevice::ReadOther));
    const QJsonObject entry = journalEntry(cli, QStringLiteral("user.export"));
    QVERIFY(entry.value(QStringLiteral("after"))
                .toObject()
                .value(QStringLiteral("withPasswordDigests"))
                .toBool());

    const CliResult plain =
        cli.run(words("user export --active") << cli.dir() + QStringLiteral("/plain.jsonl"));
    GH_EXPECT_EXIT(plain, 0);
    QVERIFY(plain.outText().contains(QStringLiteral("Exported 2 user")));
    QVERIFY(!plain.errText().contains(QStringLiteral("password hashes")));
    QCOMPARE(journalEntry(cli, QStringLiteral("user.export"))
                 .value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("withPasswordDigests"))
                 .toBool(true),
             false);

    // A fresh workspace keeps the ids, so everything but updatedAt must match.
    CliRunner fresh;
    fresh.create(words("tenant create Copy"));
    GH_EXPECT_EXIT(fresh.run(words("user import") << file), 0);
    auto normalized = [](const CliRunner &runner) {
        QJsonArray users = runner.run(words("--json user list --sort username")).json().array();
        for (qsizetype i = 0; i < users.size(); ++i) {
            QJsonObject u = users.at(i).toObject();
            u.remove(QStringLiteral("updatedAt"));
            users.replace(i, u);
        }
        return users;
    };
    const QJsonArray original = normalized(cli);
    QCOMPARE(original.size(), 3);
    QCOMPARE(normalized(fresh), original);
    GH_EXPECT_EXIT(
        fresh.run(words("user verify-password") << userId(fresh, QStringLiteral("trent")), "password123"), 0);
}

QTEST_GUILESS_MAIN(TestCliUserImport)
#include "tst_cliuserimport.moc"
