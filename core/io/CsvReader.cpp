#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>

namespace gatehouse {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr int SequentialWaitMs = 30000;

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    , m_decoder(QStringDecoder::Utf8) // skips a leading byte-order mark
{}

QString CsvReader::sizeText(qsizetype size)
{
    constexpr qsizetype KiB = 1024, MiB = 1024 * 1024;
    if (size >= MiB && size % MiB == 0)
        return tr("%1 MiB").arg(size / MiB);
    if (size >= KiB && size % KiB == 0)
        return tr("%1 KiB").arg(size / KiB);
    return tr("%1 bytes").arg(size);
}

void CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    m_done = true;
    m_errorLine = line;
    m_errorColumn = column;
    m_error = tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

void CsvReader::failUtf8()
{
    const qint64 column = columnAt(m_pos);
    if (m_utf8BadByte == 0)
        fail(m_line, column, tr("the file ends in the middle of a UTF-8 character"));
    else
        fail(m_line, column,
             tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                 .arg(QString::number(m_utf8BadByte, 16).toUpper()));
}

void CsvReader::newline(QChar c, qsizetype pos)
{
    const qint64 offset = m_bufBase + pos;
    const QChar previous = pos > 0 ? m_buf.at(pos - 1) : m_lastChar;
    m_lineStart = offset + 1;
    if (c == u'\n' && previous == u'\r')
        return; // the LF of a CRLF: same line break
    ++m_line;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (m_done)
        return false;
    m_recordStarted = false;
    m_recordSize = 0;
    m_state = State::FieldStart;
    m_field.clear();
    for (;;) {
        const Step step = scan(fields);
        if (step == Step::RecordDone)
            return true;
        if (step == Step::NeedMore) {
            commitSpan();
            if (!m_done && !refill()) {
                if (m_done) // read error
                    break;
                if (m_utf8Invalid) {
                    failUtf8();
                    break;
                }
                m_done = true;
                if (finishAtEnd(fields))
                    return true;
                break;
            }
        }
        if (m_done)
            break;
    }
    fields->clear();
    return false;
}

void CsvReader::commitSpan()
{
    qsizetype end = 0;
    switch (m_state) {
    case State::FieldStart:
        return;
    case State::Unquoted:
    case State::Quoted:
        end = m_buf.size();
        break;
    case State::QuoteInQuoted:
        end = m_spanEnd;
        break;
    }
    const qsizetype length = end - m_spanStart;
    if (!checkSize(m_field.size() + length))
        return;
    m_field.append(QStringView(m_buf).sliced(m_spanStart, length));
}

bool CsvReader::refill()
{
    if (!m_buf.isEmpty())
        m_lastChar = m_buf.back();
    m_bufBase += m_buf.size();
    m_buf.resize(0);
    m_pos = m_spanStart = m_spanEnd = 0;
    for (;;) {
        if (m_utf8Invalid || m_eof)
            return false;
        m_chunk.resize(ChunkSize);
        const qint64 n = m_device->read(m_chunk.data(), ChunkSize);
        if (n < 0) {
            fail(m_line, columnAt(0), tr("cannot read the file: %1").arg(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            if (m_device->isSequential() && m_device->isOpen() &&
                m_device->waitForReadyRead(SequentialWaitMs))
                continue;
            m_eof = true;
            if (m_utf8Need > 0) {
                m_utf8Invalid = true;
                m_utf8BadByte = 0;
            }
            return false;
        }
        m_bytesRead += n;
        const qsizetype valid = validateUtf8(reinterpret_cast<const uchar *>(m_chunk.constData()), n);
        if (valid > 0) {
            m_buf.resize(m_decoder.requiredSpace(valid));
            const QChar *end =
                m_decoder.appendToBuffer(m_buf.data(), QByteArrayView(m_chunk.constData(), valid));
            m_buf.truncate(end - m_buf.constData());
            if (m_decoder.hasError() && !m_utf8Invalid) {
                // Both validators follow the Unicode rules; should they ever disagree, stop
                // rather than hand out replacement characters.
                m_utf8Invalid = true;
                m_utf8BadByte = 0xFF;
            }
        }
        if (!m_buf.isEmpty())
            return true;
        // Only a byte-order mark or part of a character so far: read on.
    }
}

qsizetype CsvReader::validateUtf8(const uchar *s, qsizetype n)
{
    qsizetype i = 0;
    qsizetype sequenceStart = 0; // a sequence carried from the previous chunk starts "at 0"
    while (i < n) {
        if (m_utf8Need == 0) {
            while (i + 8 <= n) {
                quint64 word;
                std::memcpy(&word, s + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i >= n)
                break;
            const uchar b = s[i];
            if (b < 0x80) {
                ++i;
                continue;
            }
            sequenceStart = i;
            m_utf8Lo = 0x80;
            m_utf8Hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_utf8Need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_utf8Need = 2;
                if (b == 0xE0)
                    m_utf8Lo = 0xA0; // no overlong forms
                else if (b == 0xED)
                    m_utf8Hi = 0x9F; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_utf8Need = 3;
                if (b == 0xF0)
                    m_utf8Lo = 0x90;
                else if (b == 0xF4)
                    m_utf8Hi = 0x8F; // nothing above U+10FFFF
            } else {
                m_utf8Invalid = true;
                m_utf8BadByte = b;
                return i;
            }
            ++i;
        } else {
            const uchar b = s[i];
            if (b < m_utf8Lo || b > m_utf8Hi) {
                m_utf8Invalid = true;
                m_utf8BadByte = b;
                return sequenceStart;
            }
            m_utf8Lo = 0x80;
            m_utf8Hi = 0xBF;
            --m_utf8Need;
            ++i;
        }
    }
    return n;
}

bool CsvReader::checkSize(qsizetype fieldSize)
{
    const bool fieldTooLarge = fieldSize > m_maxFieldSize;
    const bool recordTooLarge = m_recordSize + fieldSize > m_maxRecordSize;
    if (!fieldTooLarge && !recordTooLarge)
        return true;
    // Report the limit the field crossed first, so the error does not depend on where the
    // chunks happen to end.
    if (recordTooLarge && (!fieldTooLarge || m_maxRecordSize - m_recordSize < m_maxFieldSize))
        fail(m_recordLine, 1, tr("record is larger than %1").arg(sizeText(m_maxRecordSize)));
    else
        fail(m_fieldLine, m_fieldColumn, tr("field is larger than %1").arg(sizeText(m_maxFieldSize)));
    return false;
}

bool CsvReader::finishField(QStringList *fields, qsizetype start, qsizetype end)
{
    const qsizetype length = end - start;
    if (!checkSize(m_field.size() + length))
        return false;
    if (fields->size() >= m_maxFields) {
        fail(m_fieldLine, m_fieldColumn, tr("record has more than %1 fields").arg(m_maxFields));
        return false;
    }
    QString value;
    if (m_field.isEmpty()) {
        value = QString(m_buf.constData() + start, length);
    } else {
        m_field.append(QStringView(m_buf).sliced(start, length));
        value = std::move(m_field);
        m_field = QString();
    }
    m_recordSize += value.size();
    fields->append(std::move(value));
    return true;
}

bool CsvReader::finishAtEnd(QStringList *fields)
{
    switch (m_state) {
    case State::Quoted:
        fail(m_fieldLine, m_fieldColumn,
             tr("quoted field is never closed: the file ends inside the quotes that open here"));
        return false;
    case State::FieldStart:
        if (!m_recordStarted)
            return false;
        m_fieldLine = m_line; // "a,b," at the very end: a last, empty field
        m_fieldColumn = columnAt(0);
        return finishField(fields, 0, 0);
    case State::Unquoted:
    case State::QuoteInQuoted:
        return finishField(fields, 0, 0); // the field is all in m_field by now
    }
    return false;
}

CsvReader::Step CsvReader::scan(QStringList *fields)
{
    const QChar *data = m_buf.constData();
    const qsizetype size = m_buf.size();
    qsizetype pos = m_pos;
    while (pos < size) {
        switch (m_state) {
        case State::FieldStart: {
            const QChar c = data[pos];
            if (c == u'\n' || c == u'\r') {
                if (m_recordStarted) { // "a,b,": a last, empty field
                    m_fieldLine = m_line;
                    m_fieldColumn = columnAt(pos);
                }
                newline(c, pos);
                ++pos;
                if (!m_recordStarted)
                    continue; // an empty line, or the LF after the CR that ended the last record
                m_pos = pos;
                return finishField(fields, pos, pos) ? Step::RecordDone : Step::Failed;
            }
            if (!m_recordStarted) {
                m_recordStarted = true;
                m_recordLine = m_line;
            }
            m_fieldLine = m_line;
            m_fieldColumn = columnAt(pos);
            if (c == u',') {
                if (!finishField(fields, pos, pos))
                    return Step::Failed;
            } else if (c == u'"') {
                m_state = State::Quoted;
                m_spanStart = pos + 1;
            } else {
                m_state = State::Unquoted;
                m_spanStart = pos;
            }
            ++pos;
            break;
        }
        case State::Unquoted: {
            // The common case: letters, digits, '@', '.', '-' are all above ','.
            while (pos < size) {
                const char16_t u = data[pos].unicode();
                if (u > u',' || (u != u',' && u != u'"' && u != u'\n' && u != u'\r'))
                    ++pos;
                else
                    break;
            }
            if (pos == size)
                break;
            const QChar c = data[pos];
            if (c == u'"') {
                if (!checkSize(m_field.size() + pos - m_spanStart)) // the field grew too large first
                    return Step::Failed;
                fail(m_line, columnAt(pos),
                     tr("quote in the middle of an unquoted field; put the whole field in quotes and "
                        "double each quote inside it (\"\")"));
                return Step::Failed;
            }
            if (!finishField(fields, m_spanStart, pos))
                return Step::Failed;
            m_state = State::FieldStart;
            if (c != u',') {
                newline(c, pos);
                m_pos = pos + 1;
                return Step::RecordDone;
            }
            ++pos;
            break;
        }
        case State::Quoted: {
            while (pos < size) {
                const char16_t u = data[pos].unicode();
                if (u > u'"') {
                    ++pos;
                    continue;
                }
                if (u == u'"')
                    break;
                if (u == u'\n' || u == u'\r')
                    newline(data[pos], pos);
                ++pos;
            }
            if (pos == size)
                break;
            m_spanEnd = pos;
            m_state = State::QuoteInQuoted;
            ++pos;
            break;
        }
        case State::QuoteInQuoted: {
            const QChar c = data[pos];
            if (c == u'"') { // "" inside quotes: one quote
                m_field.append(QStringView(m_buf).sliced(m_spanStart, m_spanEnd - m_spanStart));
                m_field.append(u'"');
                if (!checkSize(m_field.size()))
                    return Step::Failed;
                m_spanStart = pos + 1;
                m_state = State::Quoted;
                ++pos;
                break;
            }
            if (c != u',' && c != u'\n' && c != u'\r') {
                if (!checkSize(m_field.size() + m_spanEnd - m_spanStart))
                    return Step::Failed;
                fail(m_line, columnAt(pos),
                     tr("text after the closing quote of a field; double each quote inside a quoted "
                        "field (\"\")"));
                return Step::Failed;
            }
            if (!finishField(fields, m_spanStart, m_spanEnd))
                return Step::Failed;
            m_state = State::FieldStart;
            if (c != u',') {
                newline(c, pos);
                m_pos = pos + 1;
                return Step::RecordDone;
            }
            ++pos;
            break;
        }
        }
    }
    m_pos = pos;
    return Step::NeedMore;
}

} // namespace gatehouse
