#include "FakeLogto.h"

#include "FakeLogtoState.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>
#include <QUrl>

namespace gatehouse::test {

namespace {

constexpr int defaultPageSize = 20;
constexpr int maxPageSize = 100;

/// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        auto decode = [](QByteArray text) {
            return QUrl::fromPercentEncoding(text.replace('+', ' '));
        };
        form.insert(decode(pair.left(equals < 0 ? pair.size() : equals)),
                    equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return form;
}

HttpResponse oidcError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                                        {QStringLiteral("error_description"), description}}));
}

int queryInt(const HttpRequest &request, const QString &key, int fallback, bool *ok)
{
    if (!request.query.hasQueryItem(key)) {
        *ok = true;
        return fallback;
    }
    return request.query.queryItemValue(key, QUrl::FullyDecoded).toInt(ok);
}

} // namespace

struct FakeLogto::Private
{
    struct Token
    {
        qint64 expiresAtMs = 0;
        bool all = false;
    };

    bool tls = false;
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    QString clientId = fakelogto::newId(21);
    QString clientSecret = fakelogto::newSecret();

    mutable QMutex mutex;
    QHash<QByteArray, Token> tokens;
    int lifetimeSeconds = 3600;
    int tokenRequests = 0;

    HttpTestServer server; // last: stops (and joins its thread) before the state above goes away

    HttpResponse issueToken(const HttpRequest &request)
    {
        {
            QMutexLocker lock(&mutex);
            ++tokenRequests;
        }
        const QHash<QString, QString> form = parseForm(request.body);
        QString id = form.value(QStringLiteral("client_id"));
        QString secret = form.value(QStringLiteral("client_secret"));
        const QByteArray authorization = request.header("authorization");
        if (authorization.startsWith("Basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            id = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
        if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
            return oidcError(400, QStringLiteral("unsupported_grant_type"),
                             QStringLiteral("unsupported grant_type requested"));
        if (id != clientId || secret != clientSecret) // a test server: no timing to hide
            return oidcError(401, QStringLiteral("invalid_client"),
                             QStringLiteral("client authentication failed"));
        const QString resource = form.value(QStringLiteral("resource"));
        if (resource.isEmpty())
            return oidcError(400, QStringLiteral("invalid_target"),
                             QStringLiteral("resource indicator is missing"));
        if (resource != QLatin1String("https://default.logto.app/api"))
            return oidcError(400, QStringLiteral("invalid_target"),
                             QStringLiteral("resource indicator is invalid"));

        const bool all =
            form.value(QStringLiteral("scope")).split(QLatin1Char(' ')).contains(QLatin1String("all"));
        const QByteArray token = fakelogto::newToken();
        QMutexLocker lock(&mutex);
        tokens.insert(token, Token{clock::nowMs() + qint64(lifetimeSeconds) * 1000, all});
        return HttpResponse::json(200, QJsonDocument(QJsonObject{
                                           {QStringLiteral("access_token"), QString::fromLatin1(token)},
                                           {QStringLiteral("expires_in"), lifetimeSeconds},
                                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                           {QStringLiteral("scope"), all ? QStringLiteral("all") : QString()},
                                       }));
    }

    /// nullopt when the request may go on; else Logto's 401/403 answer.
    std::optional<HttpResponse> checkToken(const HttpRequest &request)
    {
        const QByteArray authorization = request.header("authorization");
        if (!authorization.startsWith("Bearer ")) {
            return HttpResponse::error(401, QStringLiteral("auth.authorization_header_missing"),
                                       QStringLiteral("Authorization header is missing."));
        }
        const QByteArray token = authorization.mid(7).trimmed();
        const auto unauthorized =
            HttpResponse::error(401, QStringLiteral("auth.unauthorized"),
                                QStringLiteral("Unauthorized. Please check credentials and its scope."));
        QMutexLocker lock(&mutex);
        const auto found = tokens.constFind(token);
        if (found == tokens.cend())
            return unauthorized;
        if (clock::nowMs() >= found->expiresAtMs) {
            tokens.remove(token);
            return unauthorized;
        }
        if (server.consumeFault(HttpFault::Kind::ExpireToken, request)) {
            tokens.remove(token);
            return unauthorized;
        }
        if (!found->all) {
            return HttpResponse::error(
                403, QStringLiteral("auth.forbidden"),
                QStringLiteral("Forbidden. Please check your user roles and permissions."));
        }
        return std::nullopt;
    }
};

FakeLogto::FakeLogto(bool tls)
    : d(std::make_unique<Private>())
{
    d->tls = tls;
}

FakeLogto::~FakeLogto()
{
    d.reset(); // stop the server (and its handlers) before the data endpoints' state goes away
}

bool FakeLogto::start()
{
    if (d->tls) {
        if (!HttpTestServer::makeSelfSignedCertificate(&d->certificate, &d->key)) {
            d->error = QStringLiteral("could not make a self-signed certificate");
            return false;
        }
        d->server.setTls(d->certificate, d->key);
    }
    if (!d->server.listen()) {
        d->error = QStringLiteral("could not listen on 127.0.0.1");
        return false;
    }
    Private *p = d.get();
    d->server.route("POST", QStringLiteral("/oidc/token"),
                    [p](const HttpRequest &request) { return p->issueToken(request); });
    installApi();
    return true;
}

QString FakeLogto::error() const
{
    return d->error;
}

HttpTestServer &FakeLogto::server()
{
    return d->server;
}

QString FakeLogto::endpoint() const
{
    return d->server.baseUrl();
}

QSslCertificate FakeLogto::certificate() const
{
    return d->certificate;
}

QString FakeLogto::clientId() const
{
    return d->clientId;
}

QString FakeLogto::clientSecret() const
{
    return d->clientSecret;
}

void FakeLogto::setTokenLifetimeSeconds(int seconds)
{
    QMutexLocker lock(&d->mutex);
    d->lifetimeSeconds = seconds;
}

int FakeLogto::tokenRequestCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->tokenRequests;
}

QString FakeLogto::tenant() const
{
    return QStringLiteral("default");
}

void FakeLogto::apiRoute(const QByteArray &method, const QString &pattern, HttpTestServer::Handler handler)
{
    // `pattern` is the whole path ("/api/users/([^/]+)"); "/api" is prepended when missing.
    const QString full = pattern.startsWith(QLatin1String("/api/")) || pattern == QLatin1String("/api")
                             ? pattern
                             : QStringLiteral("/api") + pattern;
    Private *p = d.get();
    d->server.route(method, full, [p, handler = std::move(handler)](const HttpRequest &request) {
        if (auto refusal = p->checkToken(request))
            return *refusal;
        return handler(request);
    });
}

HttpResponse FakeLogto::paged(const HttpRequest &request, const QJsonArray &all, bool pagedByDefault)
{
    const QString pageKey = QStringLiteral("page");
    const QString sizeKey = QStringLiteral("page_size");
    const bool sizeGiven = request.query.hasQueryItem(sizeKey);
    if (!pagedByDefault && !sizeGiven && !request.query.hasQueryItem(pageKey))
        return HttpResponse::json(200, QJsonDocument(all));
    bool pageOk = false;
    bool sizeOk = false;
    const int page = queryInt(request, pageKey, 1, &pageOk);
    const int size = queryInt(request, sizeKey, defaultPageSize, &sizeOk);
    if (!pageOk || !sizeOk || page < 1 || size < 1 || size > maxPageSize)
        return HttpResponse::error(400, QStringLiteral("guard.invalid_pagination"),
                                   QStringLiteral("Invalid pagination value."));

    QJsonArray slice;
    const qint64 from = qint64(page - 1) * size;
    for (qint64 i = from; i < std::min<qint64>(from + size, all.size()); ++i)
        slice.append(all.at(i));
    HttpResponse response = HttpResponse::json(200, QJsonDocument(slice));
    response.headers.append({"Total-Number", QByteArray::number(all.size())});

    // Logto's Link URLs drop the /api prefix (see the samples); clients must not follow them.
    QString path = request.path;
    if (path.startsWith(QLatin1String("/api/")))
        path = path.mid(4);
    const QByteArray host =
        request.header("host").isEmpty() ? QByteArray("127.0.0.1") : request.header("host");
    const int last = std::max<int>(1, int((all.size() + size - 1) / size));
    const auto link = [&](int target, const char *rel) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(pageKey);
        query.removeAllQueryItems(sizeKey);
        query.addQueryItem(pageKey, QString::number(target));
        if (sizeGiven)
            query.addQueryItem(sizeKey, QString::number(size));
        response.headers.append({"Link", "<http://" + host + path.toUtf8() + '?' +
                                             query.toString(QUrl::FullyEncoded).toLatin1() + ">; rel=\"" +
                                             rel + '"'});
    };
    link(1, "first");
    if (page > 1 && page <= last)
        link(page - 1, "prev");
    if (page < last)
        link(page + 1, "next");
    link(last, "last");
    return response;
}

} // namespace gatehouse::test
