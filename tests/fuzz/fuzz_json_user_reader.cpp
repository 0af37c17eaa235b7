// Fuzz target for the JSON-array and JSON Lines user readers. Oracles: no crash or sanitizer
// report, the same records and errors whatever the read size (1 byte vs 64 KiB), and agreement
// with QJsonDocument: a file it reads as an array of N values gives N records and no fatal error.
#include "ChunkedDevice.h"
#include "FuzzCheck.h"
#include "io/UserRecordReader.h"
#include "model/UserJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace gatehouse;

namespace {

struct UserRun
{
    QList<qint64> lines;
    QList<QList<FieldError>> errors;
    QList<QByteArray> users;
    QString fatal;
    friend bool operator==(const UserRun &, const UserRun &) = default;
};

UserRun readUsers(ImportFormat format, const QByteArray &input, qint64 chunk)
{
    test::ChunkedDevice device(input, chunk);
    const auto reader = UserRecordReader::create(format, &device);
    FUZZ_CHECK(reader->columns().isEmpty());
    UserRun run;
    UserRecord record;
    qint64 lastLine = 0;
    while (reader->next(&record)) {
        // Elements of an array may share a line; lines of JSON Lines may not.
        FUZZ_CHECK(format == ImportFormat::Json ? record.line >= lastLine : record.line > lastLine);
        FUZZ_CHECK(record.line >= 1);
        lastLine = record.line;
        for (const FieldError &error : std::as_const(record.errors))
            FUZZ_CHECK(!error.message.isEmpty());
        run.lines.append(record.line);
        run.errors.append(record.errors);
        run.users.append(QJsonDocument(json::toJson(record.user, true)).toJson(QJsonDocument::Compact) +
                         '\n' + record.password.toUtf8());
    }
    FUZZ_CHECK(!reader->next(&record));
    FUZZ_CHECK(reader->bytesRead() <= input.size());
    const Error error = reader->error();
    run.fatal = error.message();
    FUZZ_CHECK(!error.isError() ||
               (error.code() == ErrorCode::Validation && run.fatal.startsWith(QStringLiteral("line "))));
    FUZZ_CHECK(format == ImportFormat::Json || !error.isError()); // JSON Lines has no fatal parse errors
    if (!error.isError())
        FUZZ_CHECK(reader->bytesRead() == input.size());
    return run;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::currentInput() = input;

    for (const ImportFormat format : {ImportFormat::Json, ImportFormat::JsonLines}) {
        const UserRun whole = readUsers(format, input, 64 * 1024);
        const UserRun split = readUsers(format, input, 1 + qint64(size % 5));
        FUZZ_CHECK(whole == split);
        if (format == ImportFormat::Json) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
            if (parseError.error == QJsonParseError::NoError && document.isArray()) {
                FUZZ_CHECK(whole.fatal.isEmpty());
                FUZZ_CHECK(whole.lines.size() == document.array().size());
            }
        }
    }
    return 0;
}
