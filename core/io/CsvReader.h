#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace gatehouse {

/// Streaming RFC 4180 reader for UTF-8 text.
///
/// Reads the device in chunks of 64 KiB and keeps only the current chunk and the record being
/// built, so memory stays flat whatever the file size. Accepts:
///  - UTF-8 with or without a byte-order mark;
///  - quoted fields with "" for a quote, embedded commas and line breaks (CR, LF or CRLF, kept
///    as they are in the field);
///  - records ended by LF, CRLF or CR, and a last record without a line break;
///  - empty lines anywhere (skipped; a line holding only `""` is a record with one empty field).
///
/// Stops at the first problem; error() then says what and where in words a person understands
/// ("line 4, column 9: …"), errorLine()/errorColumn() give the position (1-based; columns count
/// UTF-16 code units). Problems: invalid UTF-8, a quote that is never closed (reported at the
/// line where it opened), a quote inside an unquoted field, text after a closing quote, a field
/// or record larger than its limit, a record with too many fields, a device read error.
///
/// Sizes are measured in UTF-16 code units, which is what the fields cost in memory and never
/// more than their UTF-8 byte count.
///
/// Not thread-safe; use from one thread. The device must be open for reading and outlive the
/// reader; the reader reads it from its current position and never seeks.
class CsvReader
{
public:
    static constexpr qsizetype DefaultMaxFieldSize = 1024 * 1024;
    static constexpr qsizetype DefaultMaxRecordSize = 16 * 1024 * 1024;
    static constexpr int DefaultMaxFields = 1000;

    explicit CsvReader(QIODevice *device);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    void setMaxFieldSize(qsizetype size) { m_maxFieldSize = size; }
    void setMaxRecordSize(qsizetype size) { m_maxRecordSize = size; }
    void setMaxFields(int count) { m_maxFields = count; }
    qsizetype maxFieldSize() const { return m_maxFieldSize; }

    /// Reads the next record into *fields (cleared first). Returns false at the end of the file
    /// or on an error (see hasError()); every later call returns false too.
    bool readRecord(QStringList *fields);

    bool hasError() const { return !m_error.isEmpty(); }
    /// "line L, column C: what is wrong", or empty.
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

    /// Physical line (1-based) where the record last returned by readRecord() starts.
    qint64 recordLine() const { return m_recordLine; }
    /// Bytes taken from the device so far (for progress; runs up to one chunk ahead).
    qint64 bytesRead() const { return m_bytesRead; }

    /// "1 MiB", "512 KiB" or "300 bytes": a limit as the error messages spell it.
    static QString sizeText(qsizetype size);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    enum class Step { NeedMore, RecordDone, Failed };

    Step scan(QStringList *fields);
    bool refill();
    void commitSpan();
    bool checkSize(qsizetype fieldSize);
    bool finishField(QStringList *fields, qsizetype start, qsizetype end);
    bool finishAtEnd(QStringList *fields);
    void newline(QChar c, qsizetype pos);
    qint64 columnAt(qsizetype pos) const { return m_bufBase + pos - m_lineStart + 1; }
    void fail(qint64 line, qint64 column, const QString &message);
    void failUtf8();
    /// Length of the valid UTF-8 prefix of s[0, n), continuing a sequence from the last chunk.
    qsizetype validateUtf8(const uchar *s, qsizetype n);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QByteArray m_chunk;
    QString m_buf;        ///< decoded text of the current chunk
    qsizetype m_pos = 0;  ///< scan position in m_buf
    qint64 m_bufBase = 0; ///< offset of m_buf[0] in the decoded text
    QChar m_lastChar;     ///< last character of the previous chunk (to join CR LF)

    // UTF-8 validation carried across chunks.
    int m_utf8Need = 0;
    uchar m_utf8Lo = 0x80, m_utf8Hi = 0xBF;
    bool m_utf8Invalid = false;
    uchar m_utf8BadByte = 0; ///< 0: the file ends inside a character
    bool m_eof = false;

    State m_state = State::FieldStart;
    QString m_field;           ///< committed part of the current field
    qsizetype m_spanStart = 0; ///< start of the uncommitted part in m_buf
    qsizetype m_spanEnd = 0;   ///< end of it in QuoteInQuoted (the closing quote)
    qsizetype m_recordSize = 0;
    bool m_recordStarted = false;
    qint64 m_fieldLine = 1, m_fieldColumn = 1;

    qint64 m_line = 1;
    qint64 m_lineStart = 0; ///< offset in the decoded text where m_line starts
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;

    qsizetype m_maxFieldSize = DefaultMaxFieldSize;
    qsizetype m_maxRecordSize = DefaultMaxRecordSize;
    int m_maxFields = DefaultMaxFields;

    bool m_done = false;
    QString m_error;
    qint64 m_errorLine = 0, m_errorColumn = 0;
};

} // namespace gatehouse
