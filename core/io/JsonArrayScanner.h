#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace gatehouse {

/// Finds the elements of one top-level JSON array in a stream without parsing them: it follows
/// strings, escapes and nesting to see where each element starts and ends, so only one element
/// is in memory at a time (read in 64 KiB chunks). Whether an element is valid JSON is for its
/// parser to say; the scanner checks only the array around the elements: an optional UTF-8
/// byte-order mark and white space, '[', elements separated by ',', ']', then white space only.
///
/// Not thread-safe. The device must be open for reading and outlive the scanner.
class JsonArrayScanner
{
public:
    enum class Status {
        Element, ///< element() holds the next element
        End,     ///< the array closed and nothing but white space followed
        Error,   ///< errorMessage() says what is wrong; every later call returns Error
    };

    JsonArrayScanner(QIODevice *device, qsizetype maxElementSize);
    JsonArrayScanner(const JsonArrayScanner &) = delete;
    JsonArrayScanner &operator=(const JsonArrayScanner &) = delete;

    Status next();

    /// The bytes of the element found last; empty when it was larger than the limit.
    const QByteArray &element() const { return m_element; }
    bool elementTooLarge() const { return m_tooLarge; }
    qint64 elementLine() const { return m_elementLine; } ///< 1-based line of its first byte
    qint64 elementIndex() const { return m_index; }      ///< 0-based position in the array

    /// "line N: …" for a person, and the line alone.
    QString errorMessage() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class State { BeforeArray, FirstElement, NextElement, InElement, AfterElement, AfterArray };
    enum class Step { Element, NeedMore, Failed };

    Step scan();
    bool fill();
    void take(qsizetype end);
    void fail(qint64 line, const QString &message);

    QIODevice *m_device;
    qsizetype m_maxElementSize;
    QByteArray m_chunk;
    qsizetype m_chunkSize = 0;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    int m_bomBytes = 0; ///< bytes of a leading UTF-8 byte-order mark skipped so far

    State m_state = State::BeforeArray;
    qsizetype m_spanStart = 0;
    qint64 m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;

    QByteArray m_element;
    qsizetype m_elementSize = 0;
    bool m_tooLarge = false;
    qint64 m_elementLine = 0;
    qint64 m_index = -1;

    bool m_ended = false;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace gatehouse
