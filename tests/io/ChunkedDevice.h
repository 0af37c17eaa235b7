#pragma once

#include <QByteArray>
#include <QIODevice>
#include <cstring>

namespace gatehouse::test {

/// A read-only device over a byte array that hands out at most `chunk` bytes per read, so a
/// reader sees every possible split of its input (a character, a CRLF, a "" escape, a BOM cut
/// across two reads). Unbuffered: each read() of the reader is one readData() here.
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(QByteArray data, qint64 chunk)
        : m_data(std::move(data))
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    qint64 size() const override { return m_data.size(); }
    bool isSequential() const override { return false; }
    qint64 reads() const { return m_reads; }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_data.size())
            return false;
        m_offset = pos;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        ++m_reads;
        const qint64 n = qMin(qMin(maxSize, m_chunk), qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_offset = 0;
    qint64 m_reads = 0;
};

} // namespace gatehouse::test
