// The demo workspace and the journal through gatehouse-cli: demo create, journal list/verify,
// and tampering with the stored journal behind Gatehouse's back.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace gatehouse::test;

namespace {
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Runs one statement on the workspace file directly, as an attacker with file access would.
QString tamper(const QString &path, const QString &sql)
{
    const QString connection = QStringLiteral("tamper");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
            else if (q.numRowsAffected() != 1)
                error = QStringLiteral("expected one changed row, got %1").arg(q.numRowsAffected());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QJsonObject findByName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWorkspace();
    void demoRefusesNonEmptyWorkspace();
    void journalList();
    void verifyDetectsEdit();
    void verifyDetectsDeletion();
    void anchoredHeadDetectsTruncationAndRewrites();
    void exportCarriesTheHead();
};

void TestCliJournal::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

void TestCliJournal::demoWorkspace()
{
    CliRunner cli;
    const CliResult demo = cli.runBare({QStringLiteral("demo"), QStringLiteral("create"), cli.workspace()});
    GH_EXPECT_EXIT(demo, 0);
    QVERIFY(demo.outText().contains(QStringLiteral("Acme SaaS")));

    const CliResult verify = cli.run(words("journal verify"));
    GH_EXPECT_EXIT(verify, 0);
    QVERIFY2(verify.outText().startsWith(QStringLiteral("Journal intact: ")), verify.describe().constData());

    const CliResult tenants = cli.run(words("--json tenant list"));
    GH_EXPECT_EXIT(tenants, 0);
    const QJsonArray list = tenants.json().array();
    QCOMPARE(list.size(), 2);
    const QJsonObject production = findByName(list, QStringLiteral("Acme SaaS"));
    const QJsonObject development = findByName(list, QStringLiteral("Acme SaaS (dev)"));
    QCOMPARE(production.value(QStringLiteral("tag")).toString(), QStringLiteral("production"));
    QCOMPARE(development.value(QStringLiteral("tag")).toString(), QStringLiteral("development"));

    for (const QJsonObject &tenant : {production, development}) {
        const QStringList in{QStringLiteral("--json"), QStringLiteral("--tenant"),
                             tenant.value(QStringLiteral("id")).toString()};
        const QJsonArray apps = cli.run(in + words("app list")).json().array();
        QStringList types;
        for (const QJsonValue &a : apps)
            types.append(a.toObject().value(QStringLiteral("type")).toString());
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("MachineToMachine"), QStringLiteral("Native"),
                                     QStringLiteral("Protected"), QStringLiteral("SAML"),
                                     QStringLiteral("SPA"), QStringLiteral("Traditional")}));
        const QJsonObject web = findByName(apps, QStringLiteral("Acme Web"));
        const QString callback = web.value(QStringLiteral("oidcClientMetadata"))
                                     .toObject()
                                     .value(QStringLiteral("redirectUris"))
                                     .toArray()
                                     .first()
                                     .toString();
        QCOMPARE(callback, tenant == production ? QStringLiteral("https://app.acme.example/callback")
                                                : QStringLiteral("http://localhost:3000/callback"));

        const QJsonArray resources = cli.run(in + words("resource list")).json().array();
        QCOMPARE(resources.size(), 2);
        const QJsonObject api = findByName(resources, QStringLiteral("Acme API"));
        QCOMPARE(api.value(QStringLiteral("indicator")).toString(),
                 QStringLiteral("https://api.acme.example"));
        const QJsonArray scopes =
            cli.run(in + words("resource scope list") << api.value(QStringLiteral("id")).toString())
                .json()
                .array();
        QCOMPARE(scopes.size(), 4);
        QVERIFY(!findByName(scopes, QStringLiteral("manage:billing"))
                     .value(QStringLiteral("description"))
                     .toString()
                     .isEmpty());

        const QJsonArray roles = cli.run(in + words("role list")).json().array();
        QCOMPARE(roles.size(), 5);
        QVERIFY(findByName(roles, QStringLiteral("Member")).value(QStringLiteral("isDefault")).toBool());
        const QString admin =
            findByName(roles, QStringLiteral("Admin")).value(QStringLiteral("id")).toString();
        QCOMPARE(cli.run(in + words("role scopes") << admin).json().array().size(), 6);
        const QString billing =
            findByName(roles, QStringLiteral("Billing service")).value(QStringLiteral("id")).toString();
        const QJsonArray assigned = cli.run(in + words("role apps") << billing).json().array();
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Billing Service"));
    }
}

void TestCliJournal::demoRefusesNonEmptyWorkspace()
{
    CliRunner cli;
    cli.create(words("tenant create Mine"));
    const CliResult demo = cli.runBare(
        {QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("create"), cli.workspace()});
    GH_EXPECT_EXIT(demo, 4);
    QVERIFY(demo.errText().contains(QStringLiteral("already has")));
    QCOMPARE(cli.run(words("--json tenant list")).json().array().size(), 1);
}

void TestCliJournal::journalList()
{
    CliRunner cli;
    const QString first = cli.create(words("tenant create First"));
    const QString second = cli.create(words("tenant create Second"));
    const QString app = cli.create(QStringList{QStringLiteral("--tenant"), first} +
                                   words("app create --type SAML --name Sso"));
    cli.create(QStringList{QStringLiteral("--tenant"), first} + words("app create --type SAML --name Other"));

    GH_EXPECT_EXIT(cli.run(words("journal list")), 2); // two tenants: which one?
    const CliResult all = cli.run(words("--json journal list --all-tenants"));
    GH_EXPECT_EXIT(all, 0);
    QCOMPARE(all.json().array().size(), 4);
    const QJsonObject newest = all.json().array().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("seq")).toInt(), 4);
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("application.create"));
    QCOMPARE(newest.value(QStringLiteral("hash")).toString().size(), 64);

    const CliResult inFirst =
        cli.run(QStringList{QStringLiteral("--tenant"), first} + words("--json journal list"));
    QCOMPARE(inFirst.json().array().size(), 3);
    const CliResult limited = cli.run(words("--json journal list --all-tenants --limit 1"));
    QCOMPARE(limited.json().array().size(), 1);
    // Paging: every entry once, newest first, a page at a time.
    QList<int> seqs;
    QString before;
    for (int page = 0; page < 10; ++page) {
        QStringList args = words("--json journal list --all-tenants --limit 3");
        if (!before.isEmpty())
            args << QStringLiteral("--before") << before;
        const CliResult part = cli.run(args);
        GH_EXPECT_EXIT(part, 0);
        for (const QJsonValue &entry : part.json().array())
            seqs.append(entry.toObject().value(QStringLiteral("seq")).toInt());
        if (part.json().array().size() < 3)
            break;
        before = QString::number(seqs.last());
    }
    QCOMPARE(seqs, (QList<int>{4, 3, 2, 1}));
    const CliResult firstPage = cli.run(words("journal list --all-tenants --limit 2"));
    QVERIFY2(firstPage.errText().contains(QStringLiteral("--before 3")), qPrintable(firstPage.errText()));
    GH_EXPECT_EXIT(cli.run(words("journal list --all-tenants --before 0")), 4);
    const CliResult target = cli.run(words("--json journal list --all-tenants --target") << app);
    QCOMPARE(target.json().array().size(), 1);
    const CliResult text = cli.run(QStringList{QStringLiteral("--tenant"), second} + words("journal list"));
    GH_EXPECT_EXIT(text, 0);
    QVERIFY(text.outText().contains(QStringLiteral("tenant.create")));

    // Filters: action (exact or prefix), target type, operator, time.
    const auto sizeOf = [&cli](const QStringList &args) {
        const CliResult r = cli.run(words("--json journal list --all-tenants") + args);
        return r.exitCode == 0 ? int(r.json().array().size()) : -r.exitCode;
    };
    QCOMPARE(sizeOf(words("--action application.create")), 2);
    QCOMPARE(sizeOf(words("--action application.")), 2);
    QCOMPARE(sizeOf(words("--action application.*")), 2);
    QCOMPARE(sizeOf(words("--action tenant.create --target-type tenant")), 2);
    QCOMPARE(sizeOf(words("--target-type application")), 2);
    const QString who = newest.value(QStringLiteral("operator")).toString();
    QCOMPARE(sizeOf(QStringList{QStringLiteral("--by"), who}), 4);
    QCOMPARE(sizeOf(words("--by nobody-at-all")), 0);
    QCOMPARE(sizeOf(words("--since 1d")), 4);
    QCOMPARE(sizeOf(words("--until 2001-01-01")), 0);
    QCOMPARE(sizeOf(words("--since 2099-01-01")), 0);
    QCOMPARE(sizeOf(words("--since yesterday-ish")), -2);
    QCOMPARE(sizeOf(words("--since 2d --until 3d")), -2);

    // One entry, field by field.
    const CliResult shown = cli.run(QStringList{QStringLiteral("--json"), QStringLiteral("journal"),
                                                QStringLiteral("show"), QStringLiteral("3")});
    GH_EXPECT_EXIT(shown, 0);
    const QJsonObject entry = shown.json().object();
    QCOMPARE(entry.value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(entry.value(QStringLiteral("targetId")).toString(), app);
    bool named = false;
    for (const QJsonValue &change : entry.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = change.toObject();
        QCOMPARE(c.value(QStringLiteral("change")).toString(), QStringLiteral("added"));
        if (c.value(QStringLiteral("field")).toString() == QLatin1String("name")) {
            named = true;
            QCOMPARE(c.value(QStringLiteral("after")).toString(), QStringLiteral("Sso"));
            QVERIFY(!c.contains(QStringLiteral("before")));
        }
    }
    QVERIFY(named);
    const CliResult readable = cli.run(words("journal show 3"));
    GH_EXPECT_EXIT(readable, 0);
    QVERIFY2(readable.outText().contains(QStringLiteral("+ name: Sso")), qPrintable(readable.outText()));
    GH_EXPECT_EXIT(cli.run(words("journal show 99")), 3);
    GH_EXPECT_EXIT(cli.run(words("journal show three")), 2);
}

void TestCliJournal::verifyDetectsEdit()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    cli.create(words("role create --name Admin --type User"));
    cli.create(words("role create --name Viewer --type User"));
    GH_EXPECT_EXIT(cli.run(words("journal verify")), 0);

    const QString error =
        tamper(cli.workspace(), QStringLiteral("UPDATE journal SET operator='mallory' WHERE seq=2"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const CliResult text = cli.run(words("journal verify"));
    GH_EXPECT_EXIT(text, 4);
    QVERIFY2(text.outText().contains(QStringLiteral("Entry 2 (role.create) was edited")),
             text.describe().constData());
    QVERIFY(text.errText().startsWith(QStringLiteral("error: ")));

    const CliResult json = cli.run(words("--json journal verify"));
    GH_EXPECT_EXIT(json, 4);
    const QJsonObject report = json.json().object();
    QVERIFY(!report.value(QStringLiteral("intact")).toBool());
    const QJsonObject problem = report.value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("seq")).toInt(), 2);
    QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("edited"));
}

void TestCliJournal::verifyDetectsDeletion()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    cli.create(words("role create --name Admin --type User"));
    cli.create(words("role create --name Viewer --type User"));
    const QString error = tamper(cli.workspace(), QStringLiteral("DELETE FROM journal WHERE seq=2"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliResult json = cli.run(words("--json journal verify"));
    GH_EXPECT_EXIT(json, 4);
    const QJsonObject problem =
        json.json().object().value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("seq")).toInt(), 2);
    QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("deleted"));
}

void TestCliJournal::anchoredHeadDetectsTruncationAndRewrites()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    cli.create(words("role create --name Admin --type User"));
    cli.create(words("role create --name Viewer --type User"));
    const CliResult head = cli.run(words("--json journal head"));
    GH_EXPECT_EXIT(head, 0);
    const qint64 seq = head.json().object().value(QStringLiteral("seq")).toInteger();
    const QString hash = head.json().object().value(QStringLiteral("hash")).toString();
    QCOMPARE(seq, 3);
    QCOMPARE(hash.size(), 64);
    const QString anchor = QString::number(seq) + QLatin1Char(':') + hash;
    QCOMPARE(cli.run(words("journal head")).outText().trimmed(), anchor);
    GH_EXPECT_EXIT(cli.run(words("journal verify --expect-head") << anchor), 0);

    // Cutting off the newest entry leaves an intact chain: only the anchor notices.
    QString error = tamper(cli.workspace(), QStringLiteral("DELETE FROM journal WHERE seq=3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // …and the workspace's own record of its head is moved back as well.
    error =
        tamper(cli.workspace(),
               QStringLiteral("UPDATE journal_head SET seq=2, hash=(SELECT hash FROM journal WHERE seq=2)"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Verify alone notices only through what this machine keeps outside the database (the anchor
    // of the entry it last sealed, with a key from the keychain); without a keychain it cannot.
    const CliResult alone = cli.run(words("--json journal verify"));
    if (alone.json().object().value(QStringLiteral("keyed")).toBool()) {
        GH_EXPECT_EXIT(alone, 4);
        const QJsonObject found =
            alone.json().object().value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(found.value(QStringLiteral("seq")).toInteger(), 3);
        QCOMPARE(found.value(QStringLiteral("kind")).toString(), QStringLiteral("truncated"));
    } else {
        GH_EXPECT_EXIT(alone, 0);
        QVERIFY(!alone.json().object().value(QStringLiteral("limitation")).toString().isEmpty());
    }
    const CliResult cut = cli.run(words("--json journal verify --expect-head") << anchor);
    GH_EXPECT_EXIT(cut, 4);
    const QJsonObject problem =
        cut.json().object().value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("seq")).toInteger(), 3);
    QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("truncated"));

    // An anchor that is not one is a usage error.
    GH_EXPECT_EXIT(cli.run(words("journal verify --expect-head 3:xyz")), 2);
    GH_EXPECT_EXIT(cli.run(words("journal verify --expect-head nonsense")), 2);
    // An anchor whose hash does not match the entry: the journal was rewritten.
    const CliResult rewritten = cli.run(words("--json journal verify --expect-head")
                                        << (QStringLiteral("2:") + QString(64, QLatin1Char('a'))));
    GH_EXPECT_EXIT(rewritten, 4);
    QCOMPARE(rewritten.json()
                 .object()
                 .value(QStringLiteral("problems"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("kind")),
             QStringLiteral("rewritten"));
}

void TestCliJournal::exportCarriesTheHead()
{
    CliRunner cli;
    cli.create(words("tenant create Acme"));
    cli.create(words("role create --name =HYPERLINK(1) --type User"));
    const CliResult head = cli.run(words("--json journal head"));
    const QString hash = head.json().object().value(QStringLiteral("hash")).toString();

    const QString jsonl = cli.dir() + QStringLiteral("/journal.jsonl");
    const CliResult exported = cli.run(words("--json journal export") << jsonl);
    GH_EXPECT_EXIT(exported, 0);
    QCOMPARE(exported.json().object().value(QStringLiteral("entries")).toInt(), 2);
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(first.value(QStringLiteral("seq")).toInt(), 1); // oldest first
    QCOMPARE(second.value(QStringLiteral("prevHash")), first.value(QStringLiteral("hash")));
    const QJsonObject last = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(last.value(QStringLiteral("head")).toObject().value(QStringLiteral("hash")).toString(), hash);
    QCOMPARE(last.value(QStringLiteral("entries")).toInt(), 2);

    const QString csv = cli.dir() + QStringLiteral("/journal.csv");
    GH_EXPECT_EXIT(cli.run(words("journal export") << csv), 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith("seq,at,operator,"));
    QVERIFY2(text.trimmed().endsWith(QByteArray(QByteArray(",journal.head,,,,,,,") + hash.toUtf8())),
             text.constData());
    QVERIFY2(!text.contains(",=") && !text.contains(",\"="), text.constData()); // no cell starts a formula
    GH_EXPECT_EXIT(cli.run(words("journal export --format xml") << csv), 2);
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_clijournal.moc"
