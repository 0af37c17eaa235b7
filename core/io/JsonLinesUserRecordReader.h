#pragma once

#include "io/UserRecordReader.h"

#include <QByteArray>

namespace gatehouse {

/// Reads users from JSON Lines: one user object per line (LF or CRLF), blank lines skipped, an
/// optional UTF-8 byte-order mark. Keys as in JsonUserRecordReader. A line that is not a valid
/// JSON object, or is longer than MaxRecordSize, is a record error naming the line; reading
/// goes on with the next line. Only a read error is fatal.
class JsonLinesUserRecordReader final : public UserRecordReader
{
public:
    explicit JsonLinesUserRecordReader(QIODevice *device);

    bool next(UserRecord *record) override;
    Error error() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }

private:
    bool readLine();
    bool fill();

    QIODevice *m_device;
    QByteArray m_chunk;
    qsizetype m_chunkSize = 0;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;

    QByteArray m_text; ///< the current line without its line break
    qsizetype m_lineSize = 0;
    bool m_tooLarge = false;
    qint64 m_lineNumber = 0;
    Error m_error;
};

} // namespace gatehouse
