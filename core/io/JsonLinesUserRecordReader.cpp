#include "io/JsonLinesUserRecordReader.h"

#include "io/CsvReader.h"
#include "io/JsonUserRecordReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <cstring>

namespace gatehouse {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr int SequentialWaitMs = 30000;

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::JsonLinesUserRecordReader", text);
}

/// The first byte that is not white space, or '\0' for a blank line.
char firstNonSpace(const QByteArray &text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r')
            return c;
    }
    return '\0';
}

} // namespace

JsonLinesUserRecordReader::JsonLinesUserRecordReader(QIODevice *device)
    : m_device(device)
{
    m_chunk.resize(ChunkSize);
}

bool JsonLinesUserRecordReader::fill()
{
    for (;;) {
        const qint64 n = m_device->read(m_chunk.data(), ChunkSize);
        if (n < 0) {
            m_error = Error(
                ErrorCode::Validation,
                tr("line %1: cannot read the file: %2").arg(m_lineNumber + 1).arg(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            if (m_device->isSequential() && m_device->isOpen() &&
                m_device->waitForReadyRead(SequentialWaitMs))
                continue;
            return false;
        }
        m_chunkSize = n;
        m_pos = 0;
        m_bytesRead += n;
        return true;
    }
}

bool JsonLinesUserRecordReader::readLine()
{
    m_text.resize(0);
    m_lineSize = 0;
    m_tooLarge = false;
    bool started = false;
    for (;;) {
        if (m_pos >= m_chunkSize && !fill()) {
            if (!started || m_error.isError())
                return false;
            ++m_lineNumber; // a last line without a line break
            break;
        }
        started = true;
        const char *data = m_chunk.constData();
        const void *newline = std::memchr(data + m_pos, '\n', m_chunkSize - m_pos);
        const qsizetype end = newline ? static_cast<const char *>(newline) - data : m_chunkSize;
        const qsizetype length = end - m_pos;
        m_lineSize += length;
        if (m_lineSize > MaxRecordSize) {
            m_tooLarge = true;
            m_text = QByteArray(); // release it; the rest of the line is only counted
        } else {
            m_text.append(data + m_pos, length);
        }
        m_pos = end;
        if (newline) {
            ++m_pos;
            ++m_lineNumber;
            break;
        }
    }
    if (m_text.endsWith('\r'))
        m_text.chop(1);
    if (m_lineNumber == 1 && m_text.startsWith("\xEF\xBB\xBF"))
        m_text.remove(0, 3);
    return true;
}

bool JsonLinesUserRecordReader::next(UserRecord *record)
{
    *record = UserRecord();
    if (m_error.isError())
        return false;
    for (;;) {
        if (!readLine())
            return false;
        const char first = firstNonSpace(m_text);
        if (!m_tooLarge && first == '\0')
            continue;
        record->line = m_lineNumber;
        if (m_tooLarge) {
            record->errors.append(
                {QString(), tr("the line is larger than %1").arg(CsvReader::sizeText(MaxRecordSize))});
            return true;
        }
        if (first != '{') {
            const QString what = JsonUserRecordReader::describeValue(first);
            record->errors.append({QString(), what.isEmpty()
                                                  ? tr("the line is not valid JSON")
                                                  : tr("the line holds %1, not a user object").arg(what)});
            return true;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const qsizetype column = QString::fromUtf8(m_text.left(parseError.offset)).size() + 1;
            record->errors.append(
                {QString(), tr("not valid JSON: %1 at column %2").arg(parseError.errorString()).arg(column)});
            return true;
        }
        JsonUserRecordReader::readObject(document.object(), record);
        return true;
    }
}

} // namespace gatehouse
