#include "ChunkedDevice.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace gatehouse;
using gatehouse::test::ChunkedDevice;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

/// Every read size the reader must cope with: single bytes, odd splits, whole chunks.
const QList<qint64> chunkSizes{1, 2, 3, 5, 7, 64 * 1024};

struct ReadResult
{
    Records records;
    Lines lines;
    QString error;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
};

ReadResult readAll(const QByteArray &input, qint64 chunk, qsizetype maxField = 0, int maxFields = 0)
{
    ChunkedDevice device(input, chunk);
    CsvReader reader(&device);
    if (maxField > 0)
        reader.setMaxFieldSize(maxField);
    if (maxFields > 0)
        reader.setMaxFields(maxFields);
    ReadResult result;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    result.errorColumn = reader.errorColumn();
    if (reader.readRecord(&fields)) // stays at the end
        result.error += QStringLiteral(" [read again after the end]");
    return result;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *cell : cells)
        list.append(QString::fromUtf8(cell));
    return list;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void fieldLimits();
    void bytesRead();
    void throughput();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("lf") << QByteArray("a,b,c\n1,2,3\n") << Records{row({"a", "b", "c"}), row({"1", "2", "3"})}
                        << Lines{1, 2};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Records{row({"a", "b"}), row({"1", "2"})}
                          << Lines{1, 2};
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r") << Records{row({"a", "b"}), row({"1", "2"})}
                        << Lines{1, 2};
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd")
                                     << Records{row({"a"}), row({"b"}), row({"c"}), row({"d"})}
                                     << Lines{1, 2, 3, 4};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2};
    QTest::newRow("empty file") << QByteArray() << Records{} << Lines{};
    QTest::newRow("only newlines") << QByteArray("\n\r\n\r\n") << Records{} << Lines{};
    QTest::newRow("empty lines skipped") << QByteArray("\n\na\n\n\nb\r\n\r\nc\n\n")
                                         << Records{row({"a"}), row({"b"}), row({"c"})} << Lines{3, 6, 8};
    QTest::newRow("empty fields") << QByteArray(",\n,,\n") << Records{row({"", ""}), row({"", "", ""})}
                                  << Lines{1, 2};
    QTest::newRow("trailing comma at end") << QByteArray("a,") << Records{row({"a", ""})} << Lines{1};
    QTest::newRow("trailing comma crlf")
        << QByteArray("a,\r\nb") << Records{row({"a", ""}), row({"b"})} << Lines{1, 2};
    QTest::newRow("single field") << QByteArray("x") << Records{row({"x"})} << Lines{1};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records{row({" a ", " b "})} << Lines{1};
    QTest::newRow("quoted") << QByteArray("\"a\",\"b\"\n") << Records{row({"a", "b"})} << Lines{1};
    QTest::newRow("quoted comma") << QByteArray("\"Smith, Dave\",x\n") << Records{row({"Smith, Dave", "x"})}
                                  << Lines{1};
    QTest::newRow("quoted lf") << QByteArray("\"a\nb\",c\nd\n") << Records{row({"a\nb", "c"}), row({"d"})}
                               << Lines{1, 3};
    QTest::newRow("quoted crlf") << QByteArray("\"a\r\nb\"\r\nd") << Records{row({"a\r\nb"}), row({"d"})}
                                 << Lines{1, 3};
    QTest::newRow("quoted cr") << QByteArray("\"a\rb\"\rd") << Records{row({"a\rb"}), row({"d"})}
                               << Lines{1, 3};
    QTest::newRow("quoted empty lines")
        << QByteArray("\"\n\n\"\nx") << Records{row({"\n\n"}), row({"x"})} << Lines{1, 4};
    QTest::newRow("escaped quote") << QByteArray("\"a\"\"b\"\n") << Records{row({"a\"b"})} << Lines{1};
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"") << Records{row({"\""})} << Lines{1};
    QTest::newRow("many quotes") << QByteArray("\"\"\"\"\"\"\"\",x") << Records{row({"\"\"\"", "x"})}
                                 << Lines{1};
    QTest::newRow("empty quoted") << QByteArray("\"\"\n") << Records{row({""})} << Lines{1};
    QTest::newRow("empty quoted last") << QByteArray("a,\"\"") << Records{row({"a", ""})} << Lines{1};
    QTest::newRow("quoted then crlf")
        << QByteArray("\"a\"\r\n\"b\"\r\n") << Records{row({"a"}), row({"b"})} << Lines{1, 2};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n")
                         << Records{row({"a", "b"})} << Lines{1};
    QTest::newRow("bom quoted") << QByteArray("\xEF\xBB\xBF\"a\"") << Records{row({"a"})} << Lines{1};
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << Records{} << Lines{};
    QTest::newRow("bom not at start is text")
        << QByteArray("a\xEF\xBB\xBF") << Records{row({"a\xEF\xBB\xBF"})} << Lines{1};
    QTest::newRow("utf8") << QByteArray("\xC3\xA9,\xE6\xBC\xA2\xE5\xAD\x97,\xF0\x9F\x98\x80\n")
                          << Records{row({"é", "漢字", "😀"})} << Lines{1};
    QTest::newRow("noncharacter") << QByteArray("\xEF\xBF\xBF")
                                  << Records{QStringList{QString(QChar(0xFFFF))}} << Lines{1};
    QTest::newRow("nul byte") << QByteArray("a\0b", 3)
                              << Records{QStringList{QStringView(u"a\0b", 3).toString()}} << Lines{1};
    QTest::newRow("punctuation below comma")
        << QByteArray("!#$%&'()*+ x,y\n") << Records{row({"!#$%&'()*+ x", "y"})} << Lines{1};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);
    for (const qint64 chunk : chunkSizes) {
        const ReadResult result = readAll(input, chunk);
        QVERIFY2(result.error.isEmpty(),
                 qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(result.error)));
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"abc\n") << 1 << qint64(2) << qint64(3)
                                        << QStringLiteral("line 2, column 3: quoted field is never closed");
    QTest::newRow("unterminated over lines")
        << QByteArray("a\n\"x\ny\r\nz,") << 1 << qint64(2) << qint64(1) << QStringLiteral("never closed");
    QTest::newRow("unterminated after escape")
        << QByteArray("\"a\"\"") << 0 << qint64(1) << qint64(1) << QStringLiteral("never closed");
    QTest::newRow("quote in unquoted")
        << QByteArray("a,b\"c\n") << 0 << qint64(1) << qint64(4)
        << QStringLiteral("line 1, column 4: quote in the middle of an unquoted field");
    QTest::newRow("quote after space") << QByteArray("x\na, \"b\"\n") << 1 << qint64(2) << qint64(4)
                                       << QStringLiteral("quote in the middle");
    QTest::newRow("text after closing quote")
        << QByteArray("\"a\"b\n") << 0 << qint64(1) << qint64(4)
        << QStringLiteral("line 1, column 4: text after the closing quote");
    QTest::newRow("space after closing quote") << QByteArray("x\r\ny,\"a\" ,b") << 1 << qint64(2) << qint64(6)
                                               << QStringLiteral("text after the closing quote");
    QTest::newRow("text after multiline quote") << QByteArray("\"a\nbc\"d") << 0 << qint64(2) << qint64(4)
                                                << QStringLiteral("text after the closing quote");
    QTest::newRow("invalid byte") << QByteArray("a,b\nc,\xFF\n") << 1 << qint64(2) << qint64(3)
                                  << QStringLiteral("line 2, column 3: invalid UTF-8 (byte 0xFF)");
    QTest::newRow("invalid after multibyte") << QByteArray("\xC3\xA9\xFE") << 0 << qint64(1) << qint64(2)
                                             << QStringLiteral("invalid UTF-8 (byte 0xFE)");
    QTest::newRow("bad continuation") << QByteArray("ab\xC3(") << 0 << qint64(1) << qint64(3)
                                      << QStringLiteral("invalid UTF-8 (byte 0x28)");
    QTest::newRow("overlong") << QByteArray("a\xC0\x80") << 0 << qint64(1) << qint64(2)
                              << QStringLiteral("invalid UTF-8 (byte 0xC0)");
    QTest::newRow("overlong three bytes") << QByteArray("a\xE0\x9F\xBF") << 0 << qint64(1) << qint64(2)
                                          << QStringLiteral("invalid UTF-8 (byte 0x9F)");
    QTest::newRow("surrogate") << QByteArray("\"x\",\xED\xA0\x80") << 0 << qint64(1) << qint64(5)
                               << QStringLiteral("invalid UTF-8 (byte 0xA0)");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0 << qint64(1) << qint64(1)
                                    << QStringLiteral("invalid UTF-8");
    QTest::newRow("invalid inside quotes") << QByteArray("\"a\nb\x80\"") << 0 << qint64(2) << qint64(2)
                                           << QStringLiteral("invalid UTF-8 (byte 0x80)");
    QTest::newRow("invalid after crlf lines") << QByteArray("a\r\nb\r\n\xFF") << 2 << qint64(3) << qint64(1)
                                              << QStringLiteral("line 3, column 1: invalid UTF-8");
    QTest::newRow("truncated character") << QByteArray("ab\xE2\x82") << 0 << qint64(1) << qint64(3)
                                         << QStringLiteral("ends in the middle of a UTF-8 character");
    QTest::newRow("broken bom") << QByteArray("\xEF\xBB"
                                              "a")
                                << 0 << qint64(1) << qint64(1) << QStringLiteral("invalid UTF-8 (byte 0x61)");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsBefore);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    for (const qint64 chunk : chunkSizes) {
        const ReadResult result = readAll(input, chunk);
        QVERIFY2(result.error.contains(message),
                 qPrintable(QStringLiteral("chunk %1: \"%2\"").arg(chunk).arg(result.error)));
        QCOMPARE(result.records.size(), recordsBefore);
        QCOMPARE(result.errorLine, line);
        QCOMPARE(result.errorColumn, column);
        QVERIFY(result.error.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
    }
}

void TestCsvReader::fieldLimits()
{
    // A field over the configured limit, quoted or not, with escapes or not.
    for (const qint64 chunk : chunkSizes) {
        ReadResult r = readAll("12345678,123456789\n", chunk, 8);
        QCOMPARE(r.error, QStringLiteral("line 1, column 10: field is larger than 8 bytes"));
        r = readAll("x\n\"1234\"\"5678\"\n", chunk, 8);
        QCOMPARE(r.errorLine, 2);
        QVERIFY(r.error.contains(QStringLiteral("field is larger than 8 bytes")));
        r = readAll("\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"", chunk, 8);
        QVERIFY(r.error.contains(QStringLiteral("field is larger than 8 bytes")));
        r = readAll("12345678,\"1234\"\"567\"\n", chunk, 8); // exactly at the limit
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.value(0).value(1), QStringLiteral("1234\"567"));
        r = readAll("a,b,c\nd,e,f,g\n", chunk, 0, 3);
        QCOMPARE(r.error, QStringLiteral("line 2, column 7: record has more than 3 fields"));
        QCOMPARE(r.records.size(), 1);
    }

    // The defaults: 1 MiB per field, 1000 fields.
    QByteArray big = "name\n" + QByteArray(CsvReader::DefaultMaxFieldSize, 'x') + "\n";
    ReadResult r = readAll(big, 64 * 1024);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.value(1).value(0).size(), CsvReader::DefaultMaxFieldSize);
    big.insert(10, 'y');
    r = readAll(big, 64 * 1024);
    QCOMPARE(r.error, QStringLiteral("line 2, column 1: field is larger than 1 MiB"));

    QByteArray wide = QByteArray(999, ',') + "\n";
    r = readAll(wide, 64 * 1024);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.value(0).size(), 1000);
    r = readAll(QByteArray(1000, ','), 64 * 1024);
    QCOMPARE(r.error, QStringLiteral("line 1, column 1001: record has more than 1000 fields"));

    // Many fields each under the limit still cannot grow a record without bound.
    ChunkedDevice device(QByteArray(100, 'a') + ',' + QByteArray(100, 'b') + ',' + QByteArray(100, 'c'),
                         64 * 1024);
    CsvReader reader(&device);
    reader.setMaxRecordSize(250);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QCOMPARE(reader.error(), QStringLiteral("line 1, column 1: record is larger than 250 bytes"));

    QCOMPARE(CsvReader::sizeText(10 * 1024 * 1024), QStringLiteral("10 MiB"));
    QCOMPARE(CsvReader::sizeText(512 * 1024), QStringLiteral("512 KiB"));
    QCOMPARE(CsvReader::sizeText(1000), QStringLiteral("1000 bytes"));
}

void TestCsvReader::bytesRead()
{
    const QByteArray input = "a,b\n" + QByteArray(200 * 1024, 'x') + "\n";
    QBuffer buffer;
    buffer.setData(input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY(reader.bytesRead() <= 64 * 1024); // reads one chunk at a time
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(!reader.readRecord(&fields));
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::throughput()
{
    // 100k rows shaped like a user export: ids, names, emails, a quoted digest with commas.
    QByteArray input =
        "id,username,primaryEmail,primaryPhone,name,passwordDigest,passwordAlgorithm,isSuspended,"
        "createdAt,profile.givenName,customData.plan\n";
    input.reserve(20 * 1024 * 1024);
    for (int i = 0; i < 100000; ++i) {
        const QByteArray n = QByteArray::number(i);
        input += "u" + n.rightJustified(11, '0') + ",user_" + n + ",user." + n + "@example.com,+1 415 555 " +
                 n.right(4) + ",\"Doe, Jane " + n +
                 "\",\"$2b$12$ursz4gLBuDm18mfWQj9JpuJASkO9giKQcF676.1G7oSd9QE" + n +
                 "\",Bcrypt,false,1714564800000,Jane,pro\n";
    }
    double best = 0;
    for (int round = 0; round < 3; ++round) {
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields;
        qint64 rows = 0;
        QElapsedTimer timer;
        timer.start();
        while (reader.readRecord(&fields))
            ++rows;
        const qint64 ns = timer.nsecsElapsed();
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(rows, 100001);
        best = qMax(best, double(input.size()) / (1024.0 * 1024.0) / (double(ns) / 1e9));
    }
    qInfo("CsvReader: %.1f MiB of user CSV, 100k rows: %.0f MiB/s (best of 3)",
          double(input.size()) / 1048576.0, best);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
