#include "io/JsonArrayScanner.h"

#include <QCoreApplication>
#include <QIODevice>

namespace gatehouse {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr int SequentialWaitMs = 30000;

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::JsonArrayScanner", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

JsonArrayScanner::JsonArrayScanner(QIODevice *device, qsizetype maxElementSize)
    : m_device(device)
    , m_maxElementSize(maxElementSize)
{
    m_chunk.resize(ChunkSize);
}

void JsonArrayScanner::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_error = tr("line %1: %2").arg(line).arg(message);
}

bool JsonArrayScanner::fill()
{
    for (;;) {
        const qint64 n = m_device->read(m_chunk.data(), ChunkSize);
        if (n < 0) {
            fail(m_line, tr("cannot read the file: %1").arg(m_device->errorString()));
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
        m_spanStart = 0;
        m_bytesRead += n;
        return true;
    }
}

void JsonArrayScanner::take(qsizetype end)
{
    const qsizetype length = end - m_spanStart;
    m_elementSize += length;
    if (!m_tooLarge) {
        if (m_elementSize > m_maxElementSize) {
            m_tooLarge = true;
            m_element = QByteArray(); // release it; the rest of the element is only counted
        } else {
            m_element.append(m_chunk.constData() + m_spanStart, length);
        }
    }
    m_spanStart = end;
}

JsonArrayScanner::Status JsonArrayScanner::next()
{
    if (!m_error.isEmpty())
        return Status::Error;
    if (m_ended)
        return Status::End;
    for (;;) {
        const Step step = scan();
        if (step == Step::Element)
            return Status::Element;
        if (step == Step::Failed)
            return Status::Error;
        if (m_state == State::InElement)
            take(m_chunkSize);
        if (fill())
            continue;
        if (!m_error.isEmpty())
            return Status::Error;
        switch (m_state) {
        case State::AfterArray:
            m_ended = true;
            return Status::End;
        case State::BeforeArray:
            fail(m_line, tr("the file is empty; it must hold a JSON array of user objects ([{…}, …])"));
            break;
        case State::InElement:
            fail(m_elementLine, tr("the file ends inside the element that starts here, before the array is "
                                   "closed with ']'; it may be truncated"));
            break;
        default:
            fail(m_line, tr("the file ends before the array is closed with ']'; it may be truncated"));
            break;
        }
        return Status::Error;
    }
}

JsonArrayScanner::Step JsonArrayScanner::scan()
{
    const char *data = m_chunk.constData();
    const qsizetype size = m_chunkSize;
    qsizetype pos = m_pos;
    auto elementDone = [&](qsizetype end) {
        take(end);
        m_state = State::AfterElement;
        m_pos = end;
        return Step::Element;
    };
    while (pos < size) {
        const char c = data[pos];
        if (m_state == State::InElement) {
            if (m_inString) {
                for (; pos < size; ++pos) {
                    const char s = data[pos];
                    if (s == '\n')
                        ++m_line;
                    if (m_escape)
                        m_escape = false;
                    else if (s == '\\')
                        m_escape = true;
                    else if (s == '"')
                        break;
                }
                if (pos == size)
                    break;
                m_inString = false;
                ++pos;
                if (m_depth == 0)
                    return elementDone(pos); // a string element
                continue;
            }
            switch (c) {
            case '"':
                m_inString = true;
                break;
            case '{':
            case '[':
                ++m_depth;
                break;
            case '}':
            case ']':
                if (m_depth == 0)
                    return elementDone(pos); // "[1]": ends a bare value
                if (--m_depth == 0)
                    return elementDone(pos + 1);
                break;
            case ',':
            case ' ':
            case '\t':
            case '\r':
            case '\n':
                if (m_depth == 0)
                    return elementDone(pos);
                if (c == '\n')
                    ++m_line;
                break;
            default:
                break;
            }
            ++pos;
            continue;
        }

        if (m_state == State::BeforeArray && m_bomBytes < 3 &&
            m_bytesRead - m_chunkSize + pos == m_bomBytes &&
            static_cast<uchar>(c) == static_cast<uchar>("\xEF\xBB\xBF"[m_bomBytes])) {
            ++m_bomBytes;
            ++pos;
            continue;
        }
        if (isSpace(c)) {
            if (c == '\n')
                ++m_line;
            ++pos;
            continue;
        }
        switch (m_state) {
        case State::BeforeArray:
            if (c != '[') {
                fail(m_line,
                     c == '{' ? tr("the file holds a JSON object, but it must hold an array of user objects "
                                   "([{…}, …]); for one object per line, name the file .jsonl")
                              : tr("the file must hold a JSON array of user objects ([{…}, …])"));
                return Step::Failed;
            }
            m_state = State::FirstElement;
            ++pos;
            continue;
        case State::FirstElement:
        case State::NextElement:
            if (c == ']' && m_state == State::FirstElement) {
                m_state = State::AfterArray;
                ++pos;
                continue;
            }
            if (c == ']' || c == ',') {
                fail(m_line, m_state == State::FirstElement
                                 ? tr("expected a user object or ']' after '['")
                                 : tr("a ',' must be followed by another element"));
                return Step::Failed;
            }
            m_state = State::InElement;
            m_spanStart = pos;
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            ++m_index;
            m_elementLine = m_line;
            m_element.resize(0);
            m_elementSize = 0;
            m_tooLarge = false;
            continue; // InElement looks at this byte again
        case State::AfterElement:
            if (c == ',')
                m_state = State::NextElement;
            else if (c == ']')
                m_state = State::AfterArray;
            else {
                fail(m_line, tr("expected ',' or ']' after element %1 of the array").arg(m_index + 1));
                return Step::Failed;
            }
            ++pos;
            continue;
        case State::AfterArray:
            fail(m_line, tr("unexpected text after the end of the array"));
            return Step::Failed;
        case State::InElement:
            break;
        }
    }
    m_pos = pos;
    return Step::NeedMore;
}

} // namespace gatehouse
