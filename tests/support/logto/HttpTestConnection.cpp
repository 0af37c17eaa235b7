#include "HttpTestConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace gatehouse::test {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 streamChunk = 256 * 1024;
constexpr qint64 streamHighWater = 1024 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpTestConnection::HttpTestConnection(QTcpSocket *socket, Dispatch dispatch, std::function<void()> answered)
    : m_socket(socket)
    , m_dispatch(std::move(dispatch))
    , m_answered(std::move(answered))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpTestConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpTestConnection::writeMore);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
}

HttpTestConnection::~HttpTestConnection()
{
    if (m_busy && m_answered)
        m_answered();
}

void HttpTestConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_dead)
        return;
    m_buffer += data;
    processBuffer();
}

void HttpTestConnection::processBuffer()
{
    while (!m_busy && !m_dead) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > maxHeaderBytes)
                close();
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            close();
            return;
        }
        HttpRequest request;
        request.method = requestLine[0];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = request.header("content-length").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);

        const QByteArray target = requestLine[1];
        const qsizetype question = target.indexOf('?');
        request.rawPath = QString::fromLatin1(question < 0 ? target : target.left(question));
        request.path = QUrl::fromPercentEncoding(request.rawPath.toLatin1());
        if (question >= 0)
            request.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
        m_closeAfter = request.header("connection").toLower() == "close";
        m_busy = true;
        m_dispatch(this, std::move(request));
    }
}

void HttpTestConnection::write(const HttpResponse &response, bool withBody)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    const bool noBody = response.status == 204 || response.status == 304;
    if (!response.contentType.isEmpty() && !noBody)
        head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!noBody)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += m_closeAfter ? "Connection: close\r\n\r\n"
                         : "Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n";
    m_socket->write(head);
    if (withBody && !noBody)
        m_socket->write(response.body);
}

void HttpTestConnection::respond(const HttpResponse &response)
{
    if (response.delayMs > 0) {
        HttpResponse now = response;
        now.delayMs = 0;
        QTimer::singleShot(response.delayMs, this, [this, now] { respond(now); });
        return;
    }
    write(response, true);
    done();
}

void HttpTestConnection::stall(const HttpResponse &response)
{
    write(response, false);
    m_socket->write(response.body.left(response.body.size() / 2));
    m_dead = true;
}

void HttpTestConnection::ignore()
{
    m_dead = true;
}

void HttpTestConnection::close()
{
    m_dead = true;
    m_socket->abort();
    deleteLater();
}

void HttpTestConnection::streamHugeJson(qint64 bytes)
{
    QByteArray header =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
        QByteArray::number(bytes) + "\r\nDate: " + httpDate() + "\r\nConnection: keep-alive\r\n\r\n";
    m_socket->write(header);
    m_streamTotal = std::max<qint64>(bytes, 4);
    m_streamPos = 0;
    writeMore();
}

void HttpTestConnection::drip(int intervalMs)
{
    constexpr qint64 bytes = 1024 * 1024;
    m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                    QByteArray::number(bytes) + "\r\nDate: " + httpDate() +
                    "\r\nConnection: keep-alive\r\n\r\n[");
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(" ");
    });
    timer->start(intervalMs);
}

void HttpTestConnection::writeMore()
{
    // The body is ["xxxx…x"]: one long string, generated chunk by chunk as the socket drains.
    while (m_streamPos >= 0 && m_socket->bytesToWrite() < streamHighWater) {
        const qint64 n = std::min(streamChunk, m_streamTotal - m_streamPos);
        QByteArray chunk(n, 'x');
        const std::pair<qint64, char> marks[] = {
            {0, '['}, {1, '"'}, {m_streamTotal - 2, '"'}, {m_streamTotal - 1, ']'}};
        for (const auto &[at, c] : marks) {
            if (at >= m_streamPos && at < m_streamPos + n)
                chunk[at - m_streamPos] = c;
        }
        m_socket->write(chunk);
        m_streamPos += n;
        if (m_streamPos >= m_streamTotal) {
            m_streamPos = -1;
            done();
        }
    }
}

void HttpTestConnection::done()
{
    if (!m_busy)
        return;
    m_busy = false;
    if (m_answered)
        m_answered();
    if (m_closeAfter) {
        m_dead = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpTestConnection::processBuffer);
}

} // namespace gatehouse::test
