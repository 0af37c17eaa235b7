// gatehouse-cli output byte for byte, as scripts read it: tables, fields, empty lists, deletions,
// JSON documents, notes and errors on stderr.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse::test;

namespace {
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString isoTime(const QJsonValue &unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(unixMs.toDouble()), Qt::UTC).toString(Qt::ISODate);
}
} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableAndFields();
    void emptyList();
    void deletion();
    void noteGoesToStderr();
    void errors();

private:
    /// A workspace with the tenant "Acme"; its JSON.
    QJsonObject createTenant(CliRunner &cli);
};

void TestCliOutput::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

QJsonObject TestCliOutput::createTenant(CliRunner &cli)
{
    const CliResult created = cli.run(words("--json tenant create Acme"));
    if (created.exitCode != 0)
        qWarning("%s", created.describe().constData());
    return created.json().object();
}

void TestCliOutput::tableAndFields()
{
    CliRunner cli;
    const QJsonObject tenant = createTenant(cli);
    const QString id = tenant.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 12); // the table below is laid out for a 12-character id

    // Columns are padded to the widest cell plus two spaces; the last column is not padded.
    const CliResult list = cli.run(words("tenant list"));
    GH_EXPECT_EXIT(list, 0);
    QCOMPARE(list.outText(),
             QStringLiteral("ID            TAG          NAME\n%1  development  Acme\n").arg(id));
    QVERIFY(list.err.isEmpty());

    // Labels end in a colon, values are aligned one space after the longest label.
    const CliResult show = cli.run({QStringLiteral("tenant"), QStringLiteral("show"), id});
    GH_EXPECT_EXIT(show, 0);
    QCOMPARE(show.outText(), QStringLiteral("ID:      %1\nName:    Acme\nTag:     development\nCreated: %2\n")
                                 .arg(id, isoTime(tenant.value(QStringLiteral("createdAt")))));

    // --json: one indented document with a final newline.
    const CliResult json =
        cli.run({QStringLiteral("--json"), QStringLiteral("tenant"), QStringLiteral("show"), id});
    GH_EXPECT_EXIT(json, 0);
    QCOMPARE(json.out, QJsonDocument(tenant).toJson(QJsonDocument::Indented));
    const CliResult array = cli.run(words("--json tenant list"));
    GH_EXPECT_EXIT(array, 0);
    QCOMPARE(array.out, QJsonDocument(QJsonArray{tenant}).toJson(QJsonDocument::Indented));
}

void TestCliOutput::emptyList()
{
    CliRunner cli;
    QVERIFY(!createTenant(cli).isEmpty());
    const CliResult text = cli.run(words("app list"));
    GH_EXPECT_EXIT(text, 0);
    QCOMPARE(text.outText(), QStringLiteral("No applications in this tenant.\n"));
    const CliResult json = cli.run(words("--json app list"));
    GH_EXPECT_EXIT(json, 0);
    QCOMPARE(json.out, QByteArray("[\n]\n"));
}

void TestCliOutput::deletion()
{
    CliRunner cli;
    const QJsonObject tenant = createTenant(cli);
    const QString id = tenant.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const CliResult json =
        cli.run({QStringLiteral("--json"), QStringLiteral("tenant"), QStringLiteral("delete"), id,
                 QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("Cleanup")});
    GH_EXPECT_EXIT(json, 0);
    QCOMPARE(json.out, QJsonDocument(QJsonObject{{QStringLiteral("deleted"), tenant}}).toJson());

    const QString second = createTenant(cli).value(QStringLiteral("id")).toString();
    QVERIFY(!second.isEmpty());
    const CliResult text =
        cli.run({QStringLiteral("tenant"), QStringLiteral("delete"), second, QStringLiteral("--yes"),
                 QStringLiteral("--reason"), QStringLiteral("Cleanup")});
    GH_EXPECT_EXIT(text, 0);
    QCOMPARE(text.outText(), QStringLiteral("Deleted tenant %1 \"Acme\".\n").arg(second));
}

void TestCliOutput::noteGoesToStderr()
{
    CliRunner cli;
    QVERIFY(!createTenant(cli).isEmpty());
    for (const char *name : {"alice", "bob"})
        QCOMPARE(cli.run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
                          QLatin1String(name)})
                     .exitCode,
                 0);
    const CliResult page = cli.run(words("--json user list --limit 1"));
    GH_EXPECT_EXIT(page, 0);
    QCOMPARE(page.json().array().size(), 1);
    QVERIFY2(page.errText().startsWith(QStringLiteral("note: more users follow; continue with --after ")),
             page.describe().constData());
    QVERIFY(page.errText().endsWith(QStringLiteral(" (same filters and --sort).\n")));
}

void TestCliOutput::errors()
{
    CliRunner cli;
    QVERIFY(!createTenant(cli).isEmpty());
    const CliResult text = cli.run(words("tenant show nope"));
    GH_EXPECT_EXIT(text, 3);
    QVERIFY(text.out.isEmpty());
    QCOMPARE(text.errText(), QStringLiteral("error: Tenant \"nope\" does not exist.\n"));

    // With --json the same line, then the error as one compact JSON line.
    const CliResult json = cli.run(words("--json tenant show nope"));
    GH_EXPECT_EXIT(json, 3);
    QVERIFY(json.out.isEmpty());
    QCOMPARE(json.err, QByteArray("error: Tenant \"nope\" does not exist.\n"
                                  "{\"error\":{\"code\":\"not_found\",\"fields\":[],"
                                  "\"message\":\"Tenant \\\"nope\\\" does not exist.\"}}\n"));

    const CliResult usage = cli.run(words("--json tenant bogus"));
    GH_EXPECT_EXIT(usage, 2);
    QCOMPARE(
        usage.errorJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("usage"));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
