#pragma once

#include "HttpTestServer.h"

#include <QObject>
#include <QTcpSocket>
#include <functional>

namespace gatehouse::test {

/// One client connection of HttpTestServer: parses HTTP/1.1 requests (keep-alive, Content-Length
/// bodies), hands each to `dispatch`, and answers one request at a time (a later request on the
/// same connection waits until the earlier one is answered). Server thread only.
class HttpTestConnection : public QObject
{
public:
    using Dispatch = std::function<void(HttpTestConnection *, HttpRequest)>;

    /// Takes ownership of `socket`. `answered` is called once per dispatched request when its
    /// answer is complete or the connection ends before that.
    HttpTestConnection(QTcpSocket *socket, Dispatch dispatch, std::function<void()> answered);
    ~HttpTestConnection() override;

    void respond(const HttpResponse &response);
    /// Headers and half of `response`'s body, then silence; the connection stays open.
    void stall(const HttpResponse &response);
    /// Never answer; ignore whatever else arrives.
    void ignore();
    /// Close without answering.
    void close();
    /// 200 with a well-formed JSON array of exactly `bytes` bytes, written as the socket drains.
    void streamHugeJson(qint64 bytes);
    /// Headers for a 1 MiB JSON body, then one byte of it every `intervalMs`.
    void drip(int intervalMs);

private:
    void onReadyRead();
    void processBuffer();
    void write(const HttpResponse &response, bool withBody);
    void writeMore();
    void done();

    QTcpSocket *const m_socket; // child of this connection
    Dispatch m_dispatch;
    std::function<void()> m_answered;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_dead = false;
    bool m_closeAfter = false;
    qint64 m_streamTotal = 0;
    qint64 m_streamPos = -1;
};

} // namespace gatehouse::test
