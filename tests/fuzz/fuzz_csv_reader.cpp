// Fuzz target for CsvReader and the CSV user reader. Oracles: no crash or sanitizer report,
// the same records and error whatever the read size (1 byte vs 64 KiB), and well-formed
// positions in every error.
#include "ChunkedDevice.h"
#include "FuzzCheck.h"
#include "io/CsvReader.h"
#include "io/UserRecordReader.h"
#include "model/UserJson.h"

#include <QJsonDocument>

using namespace gatehouse;

namespace {

struct CsvRun
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0, errorColumn = 0;
};

CsvRun readCsv(const QByteArray &input, qint64 chunk, bool smallLimits)
{
    test::ChunkedDevice device(input, chunk);
    CsvReader reader(&device);
    if (smallLimits) {
        reader.setMaxFieldSize(16);
        reader.setMaxFields(8);
        reader.setMaxRecordSize(64);
    }
    CsvRun run;
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.readRecord(&fields)) {
        FUZZ_CHECK(!fields.isEmpty());
        FUZZ_CHECK(reader.recordLine() > lastLine);
        FUZZ_CHECK(!smallLimits || (fields.size() <= 8));
        for (const QString &field : std::as_const(fields))
            FUZZ_CHECK(!smallLimits || field.size() <= 16);
        lastLine = reader.recordLine();
        run.records.append(fields);
        run.lines.append(lastLine);
    }
    FUZZ_CHECK(!reader.readRecord(&fields));
    FUZZ_CHECK(reader.bytesRead() <= input.size());
    run.error = reader.error();
    run.errorLine = reader.errorLine();
    run.errorColumn = reader.errorColumn();
    if (reader.hasError()) {
        FUZZ_CHECK(run.errorLine >= 1 && run.errorColumn >= 1);
        FUZZ_CHECK(run.errorLine >= lastLine);
        FUZZ_CHECK(run.error.startsWith(
            QStringLiteral("line %1, column %2: ").arg(run.errorLine).arg(run.errorColumn)));
    } else {
        FUZZ_CHECK(reader.bytesRead() == input.size());
    }
    return run;
}

struct UserRun
{
    QList<qint64> lines;
    QList<QList<FieldError>> errors;
    QList<QByteArray> users;
    QString fatal;
};

UserRun readUsers(const QByteArray &input, qint64 chunk)
{
    test::ChunkedDevice device(input, chunk);
    const auto reader = UserRecordReader::create(ImportFormat::Csv, &device);
    UserRun run;
    UserRecord record;
    qint64 lastLine = 0;
    while (reader->next(&record)) {
        FUZZ_CHECK(record.line > lastLine);
        lastLine = record.line;
        for (const FieldError &error : std::as_const(record.errors))
            FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(record.user.tenantId.isEmpty());
        run.lines.append(record.line);
        run.errors.append(record.errors);
        run.users.append(QJsonDocument(json::toJson(record.user, true)).toJson(QJsonDocument::Compact) +
                         '\n' + record.password.toUtf8());
    }
    run.fatal = reader->error().message();
    FUZZ_CHECK(reader->error().isError() == !run.fatal.isEmpty());
    FUZZ_CHECK(!reader->error().isError() || reader->error().code() == ErrorCode::Validation);
    FUZZ_CHECK(!reader->error().isError() || run.fatal.startsWith(QStringLiteral("line ")));
    return run;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::currentInput() = input;

    for (const bool smallLimits : {false, true}) {
        const CsvRun whole = readCsv(input, 64 * 1024, smallLimits);
        const CsvRun split = readCsv(input, 1 + qint64(size % 3), smallLimits);
        FUZZ_CHECK(whole.records == split.records);
        FUZZ_CHECK(whole.lines == split.lines);
        FUZZ_CHECK(whole.error == split.error);
    }

    const UserRun whole = readUsers(input, 64 * 1024);
    const UserRun split = readUsers(input, 1);
    FUZZ_CHECK(whole.lines == split.lines);
    FUZZ_CHECK(whole.errors == split.errors);
    FUZZ_CHECK(whole.users == split.users);
    FUZZ_CHECK(whole.fatal == split.fatal);
    return 0;
}
