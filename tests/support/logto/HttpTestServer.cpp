#include "HttpTestServer.h"

#include "HttpTestConnection.h"

#include <QJsonObject>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

namespace gatehouse::test {

HttpResponse HttpResponse::json(int status, const QJsonDocument &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message}}));
}

namespace {

/// Accepts connections and wraps each in a (TLS) socket and an HttpTestConnection.
class TestTcpServer : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

bool matches(const QByteArray &method, const QString &pattern, const HttpRequest &request)
{
    if (!method.isEmpty() && method != request.method)
        return false;
    return pattern.isEmpty() ||
           QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(request.rawPath).hasMatch();
}

HttpResponse faultStatus(int status)
{
    switch (status) {
    case 429:
        return HttpResponse::error(status, QStringLiteral("request.too_many_requests"),
                                   QStringLiteral("Too many requests."));
    case 502:
        return HttpResponse::error(status, QStringLiteral("request.bad_gateway"),
                                   QStringLiteral("Bad gateway."));
    case 503:
        return HttpResponse::error(status, QStringLiteral("request.service_unavailable"),
                                   QStringLiteral("Service unavailable."));
    case 504:
        return HttpResponse::error(status, QStringLiteral("request.gateway_timeout"),
                                   QStringLiteral("Gateway timeout."));
    default:
        return HttpResponse::error(status, QStringLiteral("unknown"),
                                   QStringLiteral("An unexpected error occurred."));
    }
}

} // namespace

struct HttpTestServer::Private
{
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };

    QThread thread;
    QObject *context = nullptr; // lives in `thread`
    TestTcpServer *server = nullptr;
    QSslCertificate certificate;
    QSslKey key;
    bool tls = false;
    quint16 port = 0;

    mutable QMutex mutex;
    QList<Route> routes;
    QList<HttpFault> faults;
    QList<HttpRequest> log;
    int pending = 0;
    int maxPending = 0;

    template <typename F>
    void onServerThread(F f)
    {
        QMetaObject::invokeMethod(context, std::move(f), Qt::BlockingQueuedConnection);
    }

    /// The first matching fault that the server itself acts on, with one use spent.
    std::optional<HttpFault> takeFault(const HttpRequest &request, std::optional<HttpFault::Kind> only)
    {
        QMutexLocker lock(&mutex);
        for (qsizetype i = 0; i < faults.size(); ++i) {
            HttpFault &fault = faults[i];
            const bool routeFault = fault.kind == HttpFault::Kind::ExpireToken;
            if (only ? fault.kind != *only : routeFault)
                continue;
            if (!matches(fault.method, fault.pathPattern, request))
                continue;
            if (fault.after > 0) {
                --fault.after;
                continue;
            }
            const HttpFault taken = fault;
            if (fault.times > 0 && --fault.times == 0)
                faults.removeAt(i);
            return taken;
        }
        return std::nullopt;
    }

    void answered()
    {
        QMutexLocker lock(&mutex);
        --pending;
    }

    void dispatch(HttpTestConnection *connection, HttpRequest request)
    {
        {
            QMutexLocker lock(&mutex);
            log.append(request);
            maxPending = std::max(maxPending, ++pending);
        }
        std::optional<HttpFault> fault = takeFault(request, std::nullopt);
        const bool actsFirst = fault && (fault->kind == HttpFault::Kind::LoseAnswer ||
                                         fault->kind == HttpFault::Kind::ActNoAnswer);
        if (fault && !actsFirst) {
            applyFault(connection, *fault);
            return;
        }
        Handler handler;
        {
            QMutexLocker lock(&mutex);
            for (const Route &route : routes) {
                if (route.method != request.method)
                    continue;
                const QRegularExpressionMatch match = route.pattern.match(request.rawPath);
                if (match.hasMatch()) {
                    for (const QString &capture : match.capturedTexts().mid(1))
                        request.captures.append(QUrl::fromPercentEncoding(capture.toUtf8()));
                    handler = route.handler;
                    break;
                }
            }
        }
        if (!handler) {
            // What Logto (Koa) answers for a path no route serves (samples/tenants.*): plain text,
            // not a JSON error body.
            HttpResponse notFound;
            notFound.status = 404;
            notFound.body = "Not Found";
            notFound.contentType = "text/plain; charset=utf-8";
            connection->respond(notFound);
            return;
        }
        const HttpResponse response = handler(request);
        if (fault && fault->kind == HttpFault::Kind::ActNoAnswer) { // done, and silence
            connection->ignore();
            return;
        }
        if (fault) { // LoseAnswer: done on the server, the answer never reaches the client
            connection->respond(faultStatus(fault->status));
            return;
        }
        connection->respond(response);
    }

    void applyFault(HttpTestConnection *connection, const HttpFault &fault)
    {
        switch (fault.kind) {
        case HttpFault::Kind::Status:
            connection->respond(faultStatus(fault.status));
            return;
        case HttpFault::Kind::RetryAfter: {
            HttpResponse response = faultStatus(429);
            response.headers.append({"Retry-After", fault.retryAfter});
            connection->respond(response);
            return;
        }
        case HttpFault::Kind::Stall: {
            QByteArray body = "[";
            for (int i = 0; i < 100; ++i)
                body += "{\"id\":\"stalled" + QByteArray::number(i) + "\"},";
            body += "{}]";
            connection->stall(HttpResponse::json(200, QJsonDocument::fromJson(body)));
            return;
        }
        case HttpFault::Kind::NoAnswer:
            connection->ignore();
            return;
        case HttpFault::Kind::Close:
            connection->close();
            return;
        case HttpFault::Kind::MalformedJson: {
            HttpResponse response;
            response.body = R"({"id":"abc","name":"trunc)";
            connection->respond(response);
            return;
        }
        case HttpFault::Kind::WrongContentType: {
            HttpResponse response;
            response.contentType = "text/html; charset=utf-8";
            response.body =
                "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Sign in</body></html>";
            connection->respond(response);
            return;
        }
        case HttpFault::Kind::HugeBody:
            connection->streamHugeJson(fault.hugeBytes);
            return;
        case HttpFault::Kind::LoseAnswer:
        case HttpFault::Kind::ActNoAnswer:
            break; // dispatch()'s business: the route runs first
        case HttpFault::Kind::Drip:
            connection->drip(fault.dripMs);
            return;
        case HttpFault::Kind::ExpireToken:
            break; // a route's business (consumeFault)
        }
    }

    void accept(qintptr descriptor)
    {
        QTcpSocket *socket = nullptr;
        if (tls) {
            auto *ssl = new QSslSocket;
            if (!ssl->setSocketDescriptor(descriptor)) {
                delete ssl;
                return;
            }
            ssl->setLocalCertificate(certificate);
            ssl->setPrivateKey(key);
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket;
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
        }
        auto *connection = new HttpTestConnection(
            socket, [this](HttpTestConnection *c, HttpRequest request) { dispatch(c, std::move(request)); },
            [this] { answered(); });
        connection->setParent(server);
    }
};

HttpTestServer::HttpTestServer()
    : d(std::make_unique<Private>())
{
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->context, &QObject::deleteLater);
    d->thread.setObjectName(QStringLiteral("HttpTestServer"));
    d->thread.start();
}

HttpTestServer::~HttpTestServer()
{
    d->onServerThread([this] {
        delete d->server; // and every connection with it
        d->server = nullptr;
    });
    d->thread.quit();
    d->thread.wait();
}

void HttpTestServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    d->certificate = certificate;
    d->key = key;
    d->tls = true;
}

bool HttpTestServer::listen(quint16 port)
{
    bool ok = false;
    d->onServerThread([this, port, &ok] {
        d->server = new TestTcpServer;
        d->server->onIncoming = [this](qintptr descriptor) {
            d->accept(descriptor);
        };
        ok = d->server->listen(QHostAddress::LocalHost, port);
        d->port = d->server->serverPort();
    });
    return ok;
}

quint16 HttpTestServer::port() const
{
    return d->port;
}

QString HttpTestServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(d->tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(d->port);
}

void HttpTestServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    QMutexLocker lock(&d->mutex);
    d->routes.append(
        {method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), std::move(handler)});
}

void HttpTestServer::addFault(const HttpFault &fault)
{
    QMutexLocker lock(&d->mutex);
    if (fault.times != 0)
        d->faults.append(fault);
}

void HttpTestServer::clearFaults()
{
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

bool HttpTestServer::consumeFault(HttpFault::Kind kind, const HttpRequest &request)
{
    return d->takeFault(request, kind).has_value();
}

QList<HttpRequest> HttpTestServer::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->log;
}

int HttpTestServer::requestCount(const QByteArray &method, const QString &pathPattern) const
{
    QMutexLocker lock(&d->mutex);
    return int(std::count_if(d->log.cbegin(), d->log.cend(),
                             [&](const HttpRequest &r) { return matches(method, pathPattern, r); }));
}

void HttpTestServer::clearRequests()
{
    QMutexLocker lock(&d->mutex);
    d->log.clear();
    d->maxPending = d->pending;
}

int HttpTestServer::maxPendingRequests() const
{
    QMutexLocker lock(&d->mutex);
    return d->maxPending;
}

} // namespace gatehouse::test
