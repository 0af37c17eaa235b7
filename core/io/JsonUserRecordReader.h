#pragma once

#include "io/JsonArrayScanner.h"
#include "io/UserRecordReader.h"

#include <QJsonObject>

namespace gatehouse {

/// Reads users from a JSON file holding one top-level array of user objects, element by
/// element (JsonArrayScanner), so memory stays flat for files of any size. Keys are those of
/// Logto's user object (json::userFromJson) plus "password" (plain text). An element that is
/// not an object, is not valid JSON or is larger than MaxRecordSize is a record error; a file
/// that is not an array, has broken separators or ends before its ']' is a fatal error.
class JsonUserRecordReader final : public UserRecordReader
{
public:
    explicit JsonUserRecordReader(QIODevice *device);

    bool next(UserRecord *record) override;
    Error error() const override { return m_error; }
    qint64 bytesRead() const override { return m_scanner.bytesRead(); }

    /// Fills record->user and record->password from a user object, or appends record errors
    /// ("line N: …", N = record->line) naming the keys that have the wrong type.
    static void readObject(const QJsonObject &object, UserRecord *record);
    /// "a number", "an array", …: what a JSON text starting with `first` is, for messages; empty
    /// when no JSON value starts that way.
    static QString describeValue(char first);

private:
    JsonArrayScanner m_scanner;
    Error m_error;
};

} // namespace gatehouse
