#include "ChunkedDevice.h"
#include "io/UserRecordReader.h"
#include "model/UserJson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace gatehouse;
using gatehouse::test::ChunkedDevice;

namespace {

struct ReadAll
{
    QList<UserRecord> records;
    Error error;
    QStringList columns;
};

ReadAll readDevice(QIODevice *device, ImportFormat format)
{
    ReadAll result;
    const auto reader = UserRecordReader::create(format, device);
    result.columns = reader->columns();
    UserRecord record;
    while (reader->next(&record))
        result.records.append(record);
    result.error = reader->error();
    if (reader->next(&record))
        result.error = Error(ErrorCode::Internal, QStringLiteral("a record after the end"));
    return result;
}

ReadAll readBytes(const QByteArray &bytes, ImportFormat format, qint64 chunk = 64 * 1024)
{
    ChunkedDevice device(bytes, chunk);
    return readDevice(&device, format);
}

ReadAll readFile(const QString &name)
{
    QFile file(QStringLiteral(GATEHOUSE_IMPORT_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, Error(ErrorCode::NotFound, file.errorString()), {}};
    return readDevice(&file, detectFormat(name, &file));
}

QString errorText(const UserRecord &record)
{
    QStringList lines;
    for (const FieldError &e : record.errors)
        lines.append(e.field + QStringLiteral(": ") + e.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestUserRecordReader : public QObject
{
    Q_OBJECT

private slots:
    void validCsv();
    void validJson();
    void validJsonLines();
    void bomCsv();
    void brokenFiles();
    void passThroughFiles();
    void notObjects();
    void csvHeaderErrors_data();
    void csvHeaderErrors();
    void csvCells();
    void customDataCells_data();
    void customDataCells();
    void jsonStructure_data();
    void jsonStructure();
    void jsonLines();
    void detectFormatGuesses();
    void chunkBoundaries();
};

void TestUserRecordReader::validCsv()
{
    const ReadAll r = readFile(QStringLiteral("valid.csv"));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.records.size(), 10);
    QCOMPARE(r.columns.first(), QStringLiteral("id"));
    QCOMPARE(r.columns.size(), 16);
    for (const UserRecord &record : r.records)
        QVERIFY2(record.errors.isEmpty(), qPrintable(errorText(record)));
    QList<qint64> lines;
    for (const UserRecord &record : r.records)
        lines.append(record.line);
    QCOMPARE(lines, (QList<qint64>{2, 3, 4, 5, 7, 8, 9, 10, 11, 12}));

    const User &alice = r.records[0].user;
    QCOMPARE(alice.id, QStringLiteral("a1lice000001"));
    QCOMPARE(alice.primaryPhone, QStringLiteral("+1 415 555 0101"));
    QCOMPARE(r.records[0].password, QStringLiteral("Wonderland-2024"));
    QCOMPARE(alice.createdAt, 1714564800000);
    QVERIFY(!alice.lastSignInAt);
    QCOMPARE(alice.profile,
             QJsonObject({{QStringLiteral("givenName"), QStringLiteral("Alice")},
                          {QStringLiteral("address"),
                           QJsonObject{{QStringLiteral("locality"), QStringLiteral("San Francisco")}}}}));
    QCOMPARE(alice.customData,
             QJsonObject({{QStringLiteral("plan"), QStringLiteral("pro")}, {QStringLiteral("seats"), 5}}));
    QVERIFY(alice.tenantId.isEmpty());

    const User &bob = r.records[1].user;
    QCOMPARE(bob.passwordAlgorithm, QStringLiteral("Bcrypt"));
    QVERIFY(bob.passwordDigest.startsWith(QStringLiteral("$2b$12$")));
    QCOMPARE(bob.createdAt, 1709285400000);
    QCOMPARE(bob.lastSignInAt.value_or(0), 1714636800500);
    QVERIFY(!bob.isSuspended);
    QVERIFY(r.records[1].password.isEmpty());

    const User &carol = r.records[2].user;
    QCOMPARE(carol.passwordAlgorithm, QStringLiteral("Legacy"));
    QCOMPARE(carol.passwordDigest,
             QStringLiteral("[\"sha256\",[\"pepper42\",\"@\"],"
                            "\"458a8b6b58db5f7f801952c96a98590fc304d2e48f4fa230b0f736e96a3341f6\"]"));

    const User &dave = r.records[3].user;
    QCOMPARE(dave.name, QStringLiteral("Smith, Dave"));
    QCOMPARE(
        dave.profile.value(QStringLiteral("address")).toObject().value(QStringLiteral("locality")).toString(),
        QStringLiteral("Portland, Oregon"));
    QCOMPARE(dave.customData.value(QStringLiteral("note")).toString(),
             QStringLiteral("Prefers email.\nCall only on weekdays, please."));
    QVERIFY(!dave.customData.contains(QStringLiteral("seats")));

    QCOMPARE(r.records[4].user.name, QStringLiteral("Erin \"Admin\" Baker"));
    QVERIFY(r.records[4].user.isSuspended);
    QVERIFY(r.records[4].user.customData.isEmpty());
    QVERIFY(r.records[4].user.profile.value(QStringLiteral("address")).isUndefined());
    QVERIFY(r.records[5].user.isSuspended);
    QCOMPARE(r.records[5].user.customData.value(QStringLiteral("plan")), QJsonValue(QStringLiteral("42")));
    QCOMPARE(r.records[5].user.lastSignInAt.value_or(0), 1710000000000);
    QVERIFY(!r.records[6].user.isSuspended); // empty cell
    QCOMPARE(r.records[6].user.customData.value(QStringLiteral("seats")),
             QJsonValue(QJsonObject{{QStringLiteral("max"), 10}}));
    QCOMPARE(r.records[7].user.customData.value(QStringLiteral("note")),
             QJsonValue(QStringLiteral("plain text note")));
    QVERIFY(r.records[7].user.username.isEmpty());
    QCOMPARE(r.records[8].user.createdAt, 1704063599000); // 2023-12-31T23:59:59+01:00
    QVERIFY(r.records[8].user.isSuspended);
    QCOMPARE(r.records[9].user.customData.value(QStringLiteral("plan")),
             QJsonValue(QStringLiteral("pro, annual")));
    QVERIFY(r.records[9].user.customData.value(QStringLiteral("note")).isNull());
    QVERIFY(r.records[9].user.customData.contains(QStringLiteral("note")));
}

void TestUserRecordReader::validJson()
{
    const ReadAll r = readFile(QStringLiteral("valid.json"));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.columns.isEmpty());
    QCOMPARE(r.records.size(), 4);
    for (const UserRecord &record : r.records)
        QVERIFY2(record.errors.isEmpty(), qPrintable(errorText(record)));
    QCOMPARE(r.records[0].line, 2);
    QCOMPARE(r.records[1].line, 14);
    QCOMPARE(r.records[2].line, 24);
    QCOMPARE(r.records[3].line, 25);
    QCOMPARE(r.records[0].password, QStringLiteral("Wonderland-2024"));
    QCOMPARE(r.records[0].user.customData.value(QStringLiteral("seats")).toInt(), 5);
    QCOMPARE(r.records[0]
                 .user.profile.value(QStringLiteral("address"))
                 .toObject()
                 .value(QStringLiteral("locality")),
             QJsonValue(QStringLiteral("San Francisco")));
    QCOMPARE(r.records[1].user.passwordAlgorithm, QStringLiteral("Bcrypt"));
    QCOMPARE(r.records[1].user.customData.value(QStringLiteral("note")).toString(),
             QStringLiteral("a ] and a } and a \" inside a string, and [nested, {brackets}]"));
    QCOMPARE(r.records[1].user.lastSignInAt.value_or(0), 1714636800500);
    QVERIFY(r.records[2].user.isSuspended);
    QCOMPARE(r.records[2].user.passwordAlgorithm, QStringLiteral("Legacy"));
    QCOMPARE(r.records[3].user.name, QStringLiteral("Smith, Dave"));
    QCOMPARE(r.records[3].user.customData.value(QStringLiteral("escaped")).toString(),
             QStringLiteral("line\nbreak \\ backslash é"));
}

void TestUserRecordReader::validJsonLines()
{
    const ReadAll r = readFile(QStringLiteral("valid.jsonl"));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.records.size(), 3);
    QCOMPARE(r.records[0].line, 1);
    QCOMPARE(r.records[1].line, 2);
    QCOMPARE(r.records[2].line, 4);
    for (const UserRecord &record : r.records)
        QVERIFY2(record.errors.isEmpty(), qPrintable(errorText(record)));
    QCOMPARE(r.records[0].password, QStringLiteral("Wonderland-2024"));
    QCOMPARE(r.records[2].user.createdAt, 1714564800000);
}

void TestUserRecordReader::bomCsv()
{
    const ReadAll r = readFile(QStringLiteral("bom.csv"));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.columns, (QStringList{QStringLiteral("username"), QStringLiteral("primaryEmail"),
                                     QStringLiteral("name")}));
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records[0].user.name, QStringLiteral("Zoë Adler"));
    QCOMPARE(r.records[1].user.name, QStringLiteral("雪 Tanaka"));
    QCOMPARE(r.records[1].line, 3);
}

void TestUserRecordReader::brokenFiles()
{
    ReadAll r = readFile(QStringLiteral("bad_quoting.csv"));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.error.code(), ErrorCode::Validation);
    QVERIFY2(r.error.message().startsWith(QStringLiteral("line 3, column 25: quote in the middle")),
             qPrintable(r.error.message()));

    r = readFile(QStringLiteral("invalid_utf8.csv"));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.error.message(),
             QStringLiteral("line 3, column 22: invalid UTF-8 (byte 0xFF); save the file as UTF-8"));

    r = readFile(QStringLiteral("truncated.csv"));
    QCOMPARE(r.records.size(), 1);
    QVERIFY2(r.error.message().startsWith(QStringLiteral("line 3, column 21: quoted field is never closed")),
             qPrintable(r.error.message()));

    r = readFile(QStringLiteral("truncated.json"));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.error.code(), ErrorCode::Validation);
    QVERIFY2(r.error.message().startsWith(QStringLiteral("line 3: the file ends inside the element")),
             qPrintable(r.error.message()));

    r = readFile(QStringLiteral("unknown_column.csv"));
    QVERIFY(r.records.isEmpty());
    QVERIFY(r.columns.isEmpty());
    QVERIFY2(r.error.message().startsWith(QStringLiteral("line 1, column 2: unknown column \"email\"")),
             qPrintable(r.error.message()));
    QVERIFY(r.error.message().contains(QStringLiteral("primaryEmail")));
    QVERIFY(r.error.message().contains(QStringLiteral("customData.<key>")));

    r = readFile(QStringLiteral("wrong_column_count.csv"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.records.size(), 4);
    QVERIFY(r.records[0].errors.isEmpty());
    QCOMPARE(r.records[1].errors,
             (QList<FieldError>{{QString(), QStringLiteral("2 fields, the header has 3")}}));
    QCOMPARE(r.records[2].errors,
             (QList<FieldError>{{QString(), QStringLiteral("5 fields, the header has 3")}}));
    QVERIFY(r.records[3].errors.isEmpty());
    QCOMPARE(r.records[3].user.username, QStringLiteral("dave"));
}

void TestUserRecordReader::passThroughFiles()
{
    // The reader only parses: uniqueness and algorithms are for the import to judge.
    ReadAll r = readFile(QStringLiteral("duplicate_emails.csv"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(r.records[1].user.primaryEmail, QStringLiteral("ALICE@example.com"));
    r = readFile(QStringLiteral("unknown_algorithm.csv"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records[1].user.passwordAlgorithm, QStringLiteral("Whirlpool"));
    QVERIFY(r.records[1].errors.isEmpty());
}

void TestUserRecordReader::notObjects()
{
    const ReadAll r = readFile(QStringLiteral("not_objects.json"));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.records.size(), 7);
    QVERIFY(r.records[0].errors.isEmpty());
    QCOMPARE(r.records[1].errors.value(0).message,
             QStringLiteral("element 2 of the array is a number, not a user object"));
    QCOMPARE(r.records[2].errors.value(0).message,
             QStringLiteral("element 3 of the array is a string, not a user object"));
    QCOMPARE(r.records[3].errors.value(0).message,
             QStringLiteral("element 4 of the array is an array, not a user object"));
    QCOMPARE(r.records[4].errors.value(0).message,
             QStringLiteral("element 5 of the array is null, not a user object"));
    QCOMPARE(r.records[5].errors,
             (QList<FieldError>{{QStringLiteral("isSuspended"), QStringLiteral("must be true or false")}}));
    QVERIFY(r.records[6].errors.isEmpty());
    QCOMPARE(r.records[6].user.username, QStringLiteral("erin"));

    // A broken element is a record error that names the line of the problem inside it.
    const ReadAll broken =
        readBytes("[\n{\"username\":\n\n tru}\n, {\"username\": \"ok\"}, 7\n]", ImportFormat::Json);
    QVERIFY(!broken.error.isError());
    QCOMPARE(broken.records.size(), 3);
    QCOMPARE(broken.records[0].line, 2);
    QCOMPARE(broken.records[0].errors.value(0).message,
             QStringLiteral("element 1 of the array is not valid JSON: illegal value on line 4"));
    QVERIFY(broken.records[1].errors.isEmpty());
    QCOMPARE(broken.records[1].line, 5);
    QCOMPARE(broken.records[2].errors.value(0).message,
             QStringLiteral("element 3 of the array is a number, not a user object"));
}

void TestUserRecordReader::csvHeaderErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("line 1: the file is empty");
    QTest::newRow("only bom and blank lines")
        << QByteArray("\xEF\xBB\xBF\n\n") << QStringLiteral("line 1: the file is empty");
    QTest::newRow("duplicate") << QByteArray("username,name,username\n")
                               << QStringLiteral(
                                      "line 1: column \"username\" appears twice (columns 1 and 3)");
    QTest::newRow("duplicate after trim") << QByteArray("name, name\n") << QStringLiteral("appears twice");
    QTest::newRow("no name") << QByteArray("username,,name\n")
                             << QStringLiteral("line 1, column 2: the column has no name");
    QTest::newRow("wrong case") << QByteArray("Username\n")
                                << QStringLiteral("unknown column \"Username\" (did you mean \"username\"?)");
    QTest::newRow("empty claim") << QByteArray("profile.\n") << QStringLiteral("unknown column \"profile.\"");
    QTest::newRow("empty key part") << QByteArray("customData.a..b\n") << QStringLiteral("unknown column");
    QTest::newRow("overlap") << QByteArray("profile.address.locality,profile.address\n")
                             << QStringLiteral(
                                    "columns \"profile.address\" and \"profile.address.locality\" overlap");
    QTest::newRow("header after blank lines")
        << QByteArray("\n\nusername,nope\n") << QStringLiteral("line 3, column 2: unknown column \"nope\"");
    QTest::newRow("broken header quoting")
        << QByteArray("\"username\n") << QStringLiteral("line 1, column 1: quoted field is never closed");
}

void TestUserRecordReader::csvHeaderErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const ReadAll r = readBytes(input, ImportFormat::Csv);
    QVERIFY(r.records.isEmpty());
    QCOMPARE(r.error.code(), ErrorCode::Validation);
    QVERIFY2(r.error.message().contains(message), qPrintable(r.error.message()));
    QVERIFY(r.columns.isEmpty());
}

void TestUserRecordReader::csvCells()
{
    const QByteArray input =
        "username,isSuspended,createdAt,lastSignInAt,profile,customData,profile.givenName,customData.plan\n"
        "ok,YES,2024-05-01T12:00:00.250Z,0,\"{\"\"nickname\"\":\"\"Al\"\"}\",\"{\"\"plan\"\":\"\"free\"\","
        "\"\"x\"\":1}\",Al,pro\n"
        "bad,maybe,2024-05-01T12:00:00,yesterday,[1],{oops,,\n"
        "conflict,,,,\"{\"\"givenName\"\":1}\",\"{\"\"plan\"\":{\"\"a\"\":1}}\",Bo,\n";
    const ReadAll r = readBytes(input, ImportFormat::Csv);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.records.size(), 3);

    const UserRecord &ok = r.records[0];
    QVERIFY2(ok.errors.isEmpty(), qPrintable(errorText(ok)));
    QVERIFY(ok.user.isSuspended);
    QCOMPARE(ok.user.createdAt, 1714564800250);
    QCOMPARE(ok.user.lastSignInAt.value_or(-1), 0);
    QCOMPARE(ok.user.profile, QJsonObject({{QStringLiteral("nickname"), QStringLiteral("Al")},
                                           {QStringLiteral("givenName"), QStringLiteral("Al")}}));
    // customData.plan wins over the plan inside the customData column.
    QCOMPARE(ok.user.customData,
             QJsonObject({{QStringLiteral("plan"), QStringLiteral("pro")}, {QStringLiteral("x"), 1}}));

    const UserRecord &bad = r.records[1];
    QCOMPARE(bad.errors.size(), 5);
    QCOMPARE(bad.errors[0].field, QStringLiteral("isSuspended"));
    QCOMPARE(bad.errors[0].message, QStringLiteral("column 2: must be true or false (or 1/0, yes/no)"));
    QCOMPARE(bad.errors[1].field, QStringLiteral("createdAt")); // no zone: ambiguous
    QVERIFY(bad.errors[1].message.startsWith(QStringLiteral("column 3: must be a time")));
    QCOMPARE(bad.errors[2].field, QStringLiteral("lastSignInAt"));
    QCOMPARE(bad.errors[3].field, QStringLiteral("profile"));
    QCOMPARE(bad.errors[3].message,
             QStringLiteral("column 5: must be a JSON object, for example {\"plan\": \"pro\"}"));
    QCOMPARE(bad.errors[4].field, QStringLiteral("customData"));
    QVERIFY(bad.errors[4].message.startsWith(QStringLiteral("column 6: is not valid JSON")));

    // A dotted column replaces a value of another type; one that needs an object on its path
    // where there is none is an error.
    const UserRecord &conflict = r.records[2];
    QVERIFY2(conflict.errors.isEmpty(), qPrintable(errorText(conflict)));
    QCOMPARE(conflict.user.profile.value(QStringLiteral("givenName")).toString(), QStringLiteral("Bo"));
    const ReadAll nested =
        readBytes("profile,profile.address.locality\n\"{\"\"address\"\":\"\"Main St\"\"}\",Springfield\n",
                  ImportFormat::Csv);
    QCOMPARE(nested.records.value(0).errors.value(0).field, QStringLiteral("profile.address.locality"));
    QVERIFY(
        nested.records.value(0).errors.value(0).message.startsWith(QStringLiteral("column 2: cannot set")));
}

void TestUserRecordReader::customDataCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QJsonValue>("expected"); // Undefined = key absent
    QTest::newRow("text") << QStringLiteral("pro") << QJsonValue(QStringLiteral("pro"));
    QTest::newRow("integer") << QStringLiteral("42") << QJsonValue(42);
    QTest::newRow("decimal") << QStringLiteral("1.5") << QJsonValue(1.5);
    QTest::newRow("negative") << QStringLiteral("-3e2") << QJsonValue(-300);
    QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("false") << QStringLiteral("false") << QJsonValue(false);
    QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("quoted string") << QStringLiteral("\"42\"") << QJsonValue(QStringLiteral("42"));
    QTest::newRow("object") << QStringLiteral("{\"a\": [1]}")
                            << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{1}}});
    QTest::newRow("array") << QStringLiteral("[1, \"x\"]") << QJsonValue(QJsonArray{1, QStringLiteral("x")});
    QTest::newRow("spaces around") << QStringLiteral(" 7 ") << QJsonValue(7);
    QTest::newRow("leading zero") << QStringLiteral("0123") << QJsonValue(QStringLiteral("0123"));
    QTest::newRow("two values") << QStringLiteral("1,2") << QJsonValue(QStringLiteral("1,2"));
    QTest::newRow("broken object") << QStringLiteral("{a}") << QJsonValue(QStringLiteral("{a}"));
    QTest::newRow("bracket tricks") << QStringLiteral("1],[2") << QJsonValue(QStringLiteral("1],[2"));
    QTest::newRow("True is text") << QStringLiteral("True") << QJsonValue(QStringLiteral("True"));
    QTest::newRow("blank") << QStringLiteral("   ") << QJsonValue(QStringLiteral("   "));
    QTest::newRow("empty") << QString() << QJsonValue(QJsonValue::Undefined);
}

void TestUserRecordReader::customDataCells()
{
    QFETCH(QString, cell);
    QFETCH(QJsonValue, expected);
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    const QByteArray input = "username,customData.extra.value\nx,\"" + quoted.toUtf8() + "\"\n";
    const ReadAll r = readBytes(input, ImportFormat::Csv);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.records.size(), 1);
    QVERIFY(r.records[0].errors.isEmpty());
    const QJsonObject &custom = r.records[0].user.customData;
    if (expected.isUndefined())
        QVERIFY(custom.isEmpty());
    else
        QCOMPARE(custom.value(QStringLiteral("extra")).toObject().value(QStringLiteral("value")), expected);
}

void TestUserRecordReader::jsonStructure_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("fatal"); // empty: none
    QTest::newRow("empty array") << QByteArray(" [ ] \n") << 0 << QString();
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[{}]") << 1 << QString();
    QTest::newRow("compact") << QByteArray("[{},{},{}]") << 3 << QString();
    QTest::newRow("empty file") << QByteArray("") << 0 << QStringLiteral("line 1: the file is empty");
    QTest::newRow("object") << QByteArray("\n{\"username\": \"a\"}") << 0
                            << QStringLiteral("line 2: the file holds a JSON object");
    QTest::newRow("not json") << QByteArray("username,name\n") << 0
                              << QStringLiteral("line 1: the file must hold a JSON array");
    QTest::newRow("missing comma") << QByteArray("[{}\n{}]") << 1
                                   << QStringLiteral("line 2: expected ',' or ']' after element 1");
    QTest::newRow("trailing comma") << QByteArray("[{},\n]") << 1
                                    << QStringLiteral("line 2: a ',' must be followed by another element");
    QTest::newRow("leading comma") << QByteArray("[,{}]") << 0
                                   << QStringLiteral("line 1: expected a user object or ']'");
    QTest::newRow("text after") << QByteArray("[{}]\n\nx") << 1
                                << QStringLiteral("line 3: unexpected text after the end of the array");
    QTest::newRow("two arrays") << QByteArray("[][]") << 0
                                << QStringLiteral("line 1: unexpected text after the end");
    QTest::newRow("truncated after comma")
        << QByteArray("[{},\n") << 1 << QStringLiteral("line 2: the file ends before the array is closed");
    QTest::newRow("truncated in string")
        << QByteArray("[\n{\"a\": \"]}") << 0 << QStringLiteral("line 2: the file ends inside the element");
    QTest::newRow("truncated bare value")
        << QByteArray("[1") << 0 << QStringLiteral("line 1: the file ends inside the element");
    QTest::newRow("only open") << QByteArray("[") << 0
                               << QStringLiteral("line 1: the file ends before the array is closed");
}

void TestUserRecordReader::jsonStructure()
{
    QFETCH(QByteArray, input);
    QFETCH(int, records);
    QFETCH(QString, fatal);
    for (const qint64 chunk : {qint64(1), qint64(3), qint64(64 * 1024)}) {
        const ReadAll r = readBytes(input, ImportFormat::Json, chunk);
        QCOMPARE(r.records.size(), records);
        if (fatal.isEmpty()) {
            QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        } else {
            QCOMPARE(r.error.code(), ErrorCode::Validation);
            QVERIFY2(r.error.message().startsWith(fatal), qPrintable(r.error.message()));
        }
    }
}

void TestUserRecordReader::jsonLines()
{
    const QByteArray input = "\xEF\xBB\xBF{\"username\": \"a\"}\r\n"
                             "\n"
                             "   \t\n"
                             "{\"username\": \"b\", \"password\": 5}\n"
                             "{\"username\": \"c\"\n"
                             "[1]\n"
                             "42\n"
                             "{\"username\": \"d\"} trailing\n"
                             "{\"username\": \"\xC3\xA9\", \"name\": \"x\"}";
    const ReadAll r = readBytes(input, ImportFormat::JsonLines, 2);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.records.size(), 7);
    QCOMPARE(r.records[0].line, 1);
    QVERIFY(r.records[0].errors.isEmpty());
    QCOMPARE(r.records[0].user.username, QStringLiteral("a"));
    QCOMPARE(r.records[1].line, 4);
    QCOMPARE(r.records[1].errors,
             (QList<FieldError>{{QStringLiteral("password"), QStringLiteral("must be a string")}}));
    QCOMPARE(r.records[2].line, 5);
    QVERIFY2(r.records[2].errors.value(0).message.startsWith(
                 QStringLiteral("not valid JSON: unterminated string at column 17")),
             qPrintable(errorText(r.records[2])));
    QCOMPARE(r.records[3].errors.value(0).message,
             QStringLiteral("the line holds an array, not a user object"));
    QCOMPARE(r.records[4].errors.value(0).message,
             QStringLiteral("the line holds a number, not a user object"));
    QVERIFY(r.records[5].errors.value(0).message.startsWith(QStringLiteral("not valid JSON: ")));
    QCOMPARE(r.records[6].line, 9);
    QVERIFY(r.records[6].errors.isEmpty());
    QCOMPARE(r.records[6].user.username, QStringLiteral("é"));
}

void TestUserRecordReader::detectFormatGuesses()
{
    auto guess = [](const QString &name, const QByteArray &content) {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        const ImportFormat format = detectFormat(name, &buffer);
        return buffer.pos() == 0 ? format : ImportFormat(-1);
    };
    QCOMPARE(guess(QStringLiteral("users.csv"), "[1]"), ImportFormat::Csv);
    QCOMPARE(guess(QStringLiteral("/tmp/Users.JSON"), "a,b"), ImportFormat::Json);
    QCOMPARE(guess(QStringLiteral("users.jsonl"), "[]"), ImportFormat::JsonLines);
    QCOMPARE(guess(QStringLiteral("users.ndjson"), ""), ImportFormat::JsonLines);
    QCOMPARE(guess(QStringLiteral("export.txt"), "\xEF\xBB\xBF \r\n\t[{}]"), ImportFormat::Json);
    QCOMPARE(guess(QStringLiteral("export"), "\n{\"a\":1}\n"), ImportFormat::JsonLines);
    QCOMPARE(guess(QStringLiteral("export"), "username,name\n"), ImportFormat::Csv);
    QCOMPARE(guess(QStringLiteral("export"), ""), ImportFormat::Csv);
    QCOMPARE(detectFormat(QStringLiteral("x.dat"), nullptr), ImportFormat::Csv);
}

void TestUserRecordReader::chunkBoundaries()
{
    // Every data file read one byte at a time gives what it gives read whole.
    for (const char *name : {"valid.csv", "valid.json", "valid.jsonl", "bom.csv", "not_objects.json",
                             "truncated.json", "invalid_utf8.csv", "wrong_column_count.csv"}) {
        QFile file(QStringLiteral(GATEHOUSE_IMPORT_DATA "/") + QLatin1String(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const ImportFormat format = detectFormat(QLatin1String(name), nullptr);
        const ReadAll whole = readBytes(bytes, format);
        const ReadAll bytewise = readBytes(bytes, format, 1);
        QCOMPARE(bytewise.records.size(), whole.records.size());
        QCOMPARE(bytewise.error.message(), whole.error.message());
        for (qsizetype i = 0; i < whole.records.size(); ++i) {
            QCOMPARE(bytewise.records[i].line, whole.records[i].line);
            QCOMPARE(bytewise.records[i].errors, whole.records[i].errors);
            QCOMPARE(json::toJson(bytewise.records[i].user, true), json::toJson(whole.records[i].user, true));
        }
    }
}

QTEST_GUILESS_MAIN(TestUserRecordReader)
#include "tst_userrecordreader.moc"
