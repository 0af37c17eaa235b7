#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace gatehouse::test {

/// One request as the test server received it.
struct HttpRequest
{
    QByteArray method;
    QString path;    ///< decoded path without the query ("/api/users/abc")
    QString rawPath; ///< the path as sent (percent-encoded): routes and faults match this one
    QUrlQuery query; ///< as received: read values with QUrl::FullyDecoded
    QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QStringList captures; ///< captures of the route that matched (1..n), percent-decoded

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Length, Date, Connection
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8"; ///< empty = no Content-Type
    int delayMs = 0; ///< answer this much later (the server keeps serving other connections)

    static HttpResponse json(int status, const QJsonDocument &body);
    static HttpResponse empty(int status); ///< no body (204, or 200 with nothing)
    /// Logto's error body: {"code": code, "message": message}.
    static HttpResponse error(int status, const QString &code, const QString &message);
};

/// What the server should do wrong with the next matching requests (fault tests). A fault
/// applies to requests whose path matches `pathPattern` (empty = every path) and method matches
/// `method` (empty = any), from the (`after` + 1)-th of them on; it is used `times` times (-1 =
/// until cleared), then removed.
struct HttpFault
{
    enum class Kind {
        Status,           ///< answer `status` with a Logto error body (e.g. 500, 502, 503, 429)
        RetryAfter,       ///< 429 with "Retry-After: <retryAfter>" (seconds, or an HTTP date)
        Stall,            ///< send the headers and half the body, then nothing (connection kept open)
        NoAnswer,         ///< read the request, never answer
        Close,            ///< close the connection without answering
        MalformedJson,    ///< 200 with a truncated JSON body
        WrongContentType, ///< 200 with text/html
        HugeBody,         ///< 200 with a well-formed JSON array of `hugeBytes` bytes
        ExpireToken,      ///< treat the bearer token as expired (401) once, as if it timed out
        Drip,             ///< 200 with a long body, one byte every `dripMs` (never idle, never done)
        LoseAnswer,       ///< carry the request out (its route runs), then answer `status` instead
                          ///< (a gateway that gave up: 502, 504)
        ActNoAnswer,      ///< carry the request out (its route runs), then never answer
    };
    Kind kind = Kind::Status;
    QByteArray method;
    QString pathPattern; ///< regular expression matched against the path
    int times = 1;
    int after = 0; ///< let this many matching requests through before the fault applies
    int status = 500;
    QByteArray retryAfter;
    qint64 hugeBytes = 50LL * 1024 * 1024;
    int dripMs = 100;
};

/// A small HTTP/1.1 server on 127.0.0.1 for tests (keep-alive, Content-Length bodies, optional
/// TLS with a certificate the test makes). Routes are matched in the order they were added; a
/// path no route serves gets Logto's 404 (text/plain "Not Found"). Handlers run on the server's
/// thread. The server runs in its own thread so that a test may block its own thread (a
/// synchronous client) while the server answers.
class HttpTestServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpTestServer();
    ~HttpTestServer() override;

    /// TLS: call before listen(). The client must trust `certificate` (or fail).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    /// Listens on 127.0.0.1 (port 0 = any free port). Returns false on failure.
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// "http://127.0.0.1:PORT" or "https://127.0.0.1:PORT".
    QString baseUrl() const;

    /// `pattern` is a regular expression anchored at both ends, matched against the raw path.
    void route(const QByteArray &method, const QString &pattern, Handler handler);

    void addFault(const HttpFault &fault);
    void clearFaults();
    /// For faults a route acts on itself (ExpireToken): true, and one use of the fault spent,
    /// when a fault of `kind` matches `request`. The server ignores such faults otherwise.
    bool consumeFault(HttpFault::Kind kind, const HttpRequest &request);

    /// Every request received so far (method + path + query), and a way to forget them.
    QList<HttpRequest> requests() const;
    int requestCount(const QByteArray &method = {}, const QString &pathPattern = {}) const;
    void clearRequests();
    /// The most requests that were received but not yet answered at one moment (parallelism).
    int maxPendingRequests() const;

    /// A self-signed certificate and key for 127.0.0.1/localhost (made with OpenSSL at runtime).
    static bool makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key,
                                          const QString &commonName = QStringLiteral("127.0.0.1"));

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatehouse::test
