#pragma once

#include "backend/Error.h"
#include "io/UserImport.h"
#include "model/User.h"

#include <QStringList>
#include <memory>

class QIODevice;

namespace gatehouse {

// ImportFormat (declared with the import options):
//  - Csv: RFC 4180, UTF-8, the first record names the columns (see CsvUserRecordReader.h);
//  - Json: one top-level array of Logto-shaped user objects, plus a plain "password" key;
//  - JsonLines: one such object per non-empty line (.jsonl / .ndjson).

/// Guesses the format from the file name (.csv, .json, .jsonl, .ndjson; any case) and, failing
/// that, from the first byte that is not a byte-order mark or white space: '[' is Json, '{' is
/// JsonLines, anything else Csv. Only peeks at the device: its position does not change.
ImportFormat detectFormat(const QString &fileName, QIODevice *device);

/// Column names a user CSV may use, in Logto's spelling (case-sensitive). Besides these,
/// "profile.<claim>" and "customData.<key>" columns set one value inside those objects.
QStringList userCsvColumns();

/// One user as read from an import file. The reader only parses: rules such as unique emails,
/// known password algorithms or valid usernames are checked by whoever consumes the records.
struct UserRecord
{
    qint64 line = 0;          ///< 1-based line where the record starts (CSV: the record; JSON: its '{')
    User user;                ///< parsed fields; tenantId is empty
    QString password;         ///< plain-text password ("password" column or key), if any
    QList<FieldError> errors; ///< parse and type errors of this record; empty when it parsed
};

/// Reads user records one by one from an import file, streaming: memory stays flat whatever the
/// file size (one record and one 64 KiB chunk at a time).
///
/// Errors come at two levels:
///  - record errors (UserRecord::errors): this record cannot be used but the next one can be
///    read. `field` is the CSV column name or JSON key (empty for the record as a whole);
///    `message` leaves the line to UserRecord::line; for CSV cells it starts with the column
///    number ("column 4: must be true or false …"; a short row: "5 fields, the header has 7").
///  - fatal errors: next() returns false and error() says why (ErrorCode::Validation, message
///    "line N: …"): a broken or unknown header, invalid UTF-8 or broken quoting in CSV, a JSON
///    file that is not an array or ends before its closing ']', a read error.
/// No record or field may grow past 10 MiB (CSV fields past 1 MiB): larger ones are errors,
/// never unbounded memory.
///
/// Not thread-safe: use a reader (and its device) from one thread at a time, e.g. an import
/// worker. The device must be open for reading and outlive the reader.
class UserRecordReader
{
public:
    static constexpr qsizetype MaxRecordSize = 10 * 1024 * 1024;

    static std::unique_ptr<UserRecordReader> create(ImportFormat format, QIODevice *device);
    virtual ~UserRecordReader();
    UserRecordReader(const UserRecordReader &) = delete;
    UserRecordReader &operator=(const UserRecordReader &) = delete;

    /// Reads the next record into *record (overwritten). Returns false at the end of the file
    /// or on a fatal error (then error().isError()).
    virtual bool next(UserRecord *record) = 0;
    /// The fatal error, or an Error with ErrorCode::None.
    virtual Error error() const = 0;
    /// Bytes taken from the device so far, for progress.
    virtual qint64 bytesRead() const = 0;
    /// CSV: the header's column names (read when the reader is created), for a column-mapping
    /// preview. Empty for JSON, and for CSV whose header could not be read.
    virtual QStringList columns() const;

protected:
    UserRecordReader() = default;
};

} // namespace gatehouse
