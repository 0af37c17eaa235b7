#include "io/UserRecordReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace gatehouse;

#if defined(__SANITIZE_ADDRESS__)
// Memory is what this test measures. AddressSanitizer's quarantine keeps freed blocks out of reuse
// on purpose (up to 256 MiB), which would read as growth; without it the figures are the
// reader's own, plus the sanitizer's red zones.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=0:thread_local_quarantine_size_kb=0";
}
#endif

namespace {

constexpr qint64 TenMiB = 10 * 1024 * 1024;
constexpr qint64 AllowedGrowthKiB = 50 * 1024;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next peak belongs to what follows.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/// Writes a file piece by piece (never whole in memory): `piece(i)` for i in [0, count).
bool writeFile(const QString &path, qint64 count, const std::function<QByteArray(qint64)> &piece)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray batch;
    for (qint64 i = 0; i < count; ++i) {
        batch += piece(i);
        if (batch.size() > 1024 * 1024) {
            file.write(batch);
            batch.clear();
        }
    }
    return file.write(batch) == batch.size() && file.flush();
}

struct Run
{
    qint64 records = 0;
    qint64 recordErrors = 0;
    QList<UserRecord> kept; ///< the first few records
    Error error;
    qint64 peakGrowthKiB = 0;
    double mibPerSecond = 0;
};

/// Reads a whole file and measures how far the peak resident memory rose while doing so.
Run readMeasured(const QString &path)
{
    Run run;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        run.error = Error(ErrorCode::NotFound, file.errorString());
        return run;
    }
    const bool reset = resetPeakRss();
    const qint64 before = reset ? currentRssKiB() : peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    {
        const auto reader = UserRecordReader::create(detectFormat(path, &file), &file);
        UserRecord record;
        while (reader->next(&record)) {
            ++run.records;
            if (!record.errors.isEmpty())
                ++run.recordErrors;
            if (run.kept.size() < 3)
                run.kept.append(record);
        }
        run.error = reader->error();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakGrowthKiB = peakRssKiB() - before;
    run.mibPerSecond = double(file.size()) / 1048576.0 / seconds;
    return run;
}

QByteArray userJson(qint64 i)
{
    const QByteArray n = QByteArray::number(i);
    return "{\"id\":\"u" + n.rightJustified(11, '0') + "\",\"username\":\"user_" + n +
           "\",\"primaryEmail\":\"user." + n + "@example.com\",\"name\":\"Jane Doe " + n +
           "\",\"passwordDigest\":\"$2b$12$ursz4gLBuDm18mfWQj9JpuJASkO9giKQcF676.1G7oSd9QE85TcOq\","
           "\"passwordAlgorithm\":\"Bcrypt\",\"isSuspended\":false,\"createdAt\":1714564800000,"
           "\"profile\":{\"givenName\":\"Jane\",\"address\":{\"locality\":\"Springfield\"}},"
           "\"customData\":{\"plan\":\"pro\",\"seats\":" +
           QByteArray::number(i % 50) + "}}";
}

} // namespace

class TestUserRecordReaderLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oversizedCsvField();
    void oversizedJsonElement();
    void oversizedJsonLine();
    void largeCsv();
    void largeJson();

private:
    QTemporaryDir m_dir;
};

void TestUserRecordReaderLarge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(peakRssKiB() > 0, "needs /proc/self/status");
    // The measurement must be able to see growth, or "stays flat" would prove nothing.
    const bool reset = resetPeakRss();
    const qint64 before = reset ? currentRssKiB() : peakRssKiB();
    {
        QByteArray touched(64 * 1024 * 1024, 'x');
        QVERIFY(touched.at(touched.size() - 1) == 'x');
    }
    QVERIFY2(peakRssKiB() - before >= 60 * 1024, qPrintable(QString::number(peakRssKiB() - before)));
}

void TestUserRecordReaderLarge::oversizedCsvField()
{
    // Generated here, never committed: 10 MiB and one byte in one cell.
    const QString path = m_dir.filePath(QStringLiteral("big_field.csv"));
    QVERIFY(writeFile(path, 3, [](qint64 i) -> QByteArray {
        if (i == 0)
            return QByteArray("username,name\nfirst,ok\nx,\"");
        if (i == 1)
            return QByteArray(TenMiB + 1, 'a');
        return QByteArray("\"\ny,ok\n");
    }));
    const Run run = readMeasured(path);
    QCOMPARE(run.records, 1);
    QCOMPARE(run.error.code(), ErrorCode::Validation);
    QCOMPARE(run.error.message(), QStringLiteral("line 3, column 3: field is larger than 1 MiB"));
    QVERIFY2(run.peakGrowthKiB < AllowedGrowthKiB, qPrintable(QString::number(run.peakGrowthKiB)));
}

void TestUserRecordReaderLarge::oversizedJsonElement()
{
    const QString path = m_dir.filePath(QStringLiteral("big_element.json"));
    QVERIFY(writeFile(path, 3, [](qint64 i) -> QByteArray {
        if (i == 0)
            return QByteArray("[\n{\"username\": \"big\", \"name\": \"");
        if (i == 1)
            return QByteArray(TenMiB, 'a');
        return QByteArray("\"},\n{\"username\": \"next\"}\n]\n");
    }));
    const Run run = readMeasured(path);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.message()));
    QCOMPARE(run.records, 2);
    QCOMPARE(run.kept[0].errors.value(0).message,
             QStringLiteral("element 1 of the array is larger than 10 MiB"));
    QVERIFY(run.kept[1].errors.isEmpty());
    QCOMPARE(run.kept[1].user.username, QStringLiteral("next"));
    QCOMPARE(run.kept[1].line, 3);
    QVERIFY2(run.peakGrowthKiB < AllowedGrowthKiB, qPrintable(QString::number(run.peakGrowthKiB)));
}

void TestUserRecordReaderLarge::oversizedJsonLine()
{
    const QString path = m_dir.filePath(QStringLiteral("big_line.jsonl"));
    QVERIFY(writeFile(path, 3, [](qint64 i) -> QByteArray {
        if (i == 0)
            return QByteArray("{\"username\": \"first\"}\n{\"username\": \"big\", \"name\": \"");
        if (i == 1)
            return QByteArray(TenMiB, 'a');
        return QByteArray("\"}\n{\"username\": \"next\"}\n");
    }));
    const Run run = readMeasured(path);
    QVERIFY(!run.error.isError());
    QCOMPARE(run.records, 3);
    QCOMPARE(run.kept[1].errors.value(0).message, QStringLiteral("the line is larger than 10 MiB"));
    QCOMPARE(run.kept[2].user.username, QStringLiteral("next"));
    QVERIFY2(run.peakGrowthKiB < AllowedGrowthKiB, qPrintable(QString::number(run.peakGrowthKiB)));
}

void TestUserRecordReaderLarge::largeCsv()
{
    constexpr qint64 count = 200000;
    const QString path = m_dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeFile(path, count + 1, [](qint64 i) -> QByteArray {
        if (i == 0)
            return QByteArray(
                "id,username,primaryEmail,primaryPhone,name,passwordDigest,passwordAlgorithm,isSuspended,"
                "createdAt,profile.givenName,profile.address.locality,customData.plan,customData.seats\n");
        const QByteArray n = QByteArray::number(i);
        return "u" + n.rightJustified(11, '0') + ",user_" + n + ",user." + n + "@example.com,+1 415 555 " +
               n.right(4) + ",\"Doe, Jane " + n +
               "\",$2b$12$ursz4gLBuDm18mfWQj9JpuJASkO9giKQcF676.1G7oSd9QE85TcOq,Bcrypt," +
               (i % 10 ? "false" : "true") + ",1714564800000,Jane,Springfield,pro," +
               QByteArray::number(i % 50) + "\n";
    }));
    const Run run = readMeasured(path);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.message()));
    QCOMPARE(run.records, count);
    QCOMPARE(run.recordErrors, 0);
    QCOMPARE(run.kept[0].user.name, QStringLiteral("Doe, Jane 1"));
    QCOMPARE(run.kept[0].user.customData.value(QStringLiteral("seats")).toInt(), 1);
    qInfo("CSV: %lld users, %.0f MiB/s, peak memory +%lld KiB", count, run.mibPerSecond, run.peakGrowthKiB);
    QVERIFY2(run.peakGrowthKiB < AllowedGrowthKiB, qPrintable(QString::number(run.peakGrowthKiB)));
}

void TestUserRecordReaderLarge::largeJson()
{
    constexpr qint64 count = 200000;
    const QString path = m_dir.filePath(QStringLiteral("users.json"));
    QVERIFY(writeFile(path, count + 2, [](qint64 i) -> QByteArray {
        if (i == 0)
            return QByteArray("[\n");
        if (i == count + 1)
            return QByteArray("]\n");
        return "  " + userJson(i) + (i < count ? ",\n" : "\n");
    }));
    const Run run = readMeasured(path);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.message()));
    QCOMPARE(run.records, count);
    QCOMPARE(run.recordErrors, 0);
    QCOMPARE(run.kept[0].line, 2);
    QCOMPARE(run.kept[0].user.primaryEmail, QStringLiteral("user.1@example.com"));
    qInfo("JSON: %lld users, %.0f MiB/s, peak memory +%lld KiB", count, run.mibPerSecond, run.peakGrowthKiB);
    QVERIFY2(run.peakGrowthKiB < AllowedGrowthKiB, qPrintable(QString::number(run.peakGrowthKiB)));
}

QTEST_GUILESS_MAIN(TestUserRecordReaderLarge)
#include "tst_userrecordreader_large.moc"
