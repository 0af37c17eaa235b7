#include "remote/RemoteSession.h"

#include "remote/HttpErrors.h"
#include "remote/HttpExchange.h"
#include "remote/HttpPolicy.h"
#include "remote/TokenCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <climits>
#include <optional>
#include <utility>
#include <vector>

namespace gatehouse::remote {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "gatehouse.remote.http", QtInfoMsg)

constexpr int cancelPollMs = 50;
constexpr int pageSize = 100;
/// getAll() reads at most this many items of one list (configuration lists, not users).
constexpr int maxListItems = 100000;

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::remote::RemoteSession", text);
}

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, tr("The operation was cancelled."));
}

} // namespace

Request Request::get(const QString &path, const QUrlQuery &query)
{
    Request request;
    request.path = path;
    request.query = query;
    return request;
}

Request Request::del(const QString &path)
{
    Request request;
    request.method = "DELETE";
    request.path = path;
    return request;
}

Request Request::post(const QString &path, const QJsonDocument &body)
{
    Request request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.bodyIsSet = true;
    request.idempotent = false;
    return request;
}

Request Request::patch(const QString &path, const QJsonDocument &body)
{
    Request request = post(path, body);
    request.method = "PATCH";
    return request;
}

Request Request::put(const QString &path, const QJsonDocument &body)
{
    Request request = post(path, body);
    request.method = "PUT";
    request.idempotent = true;
    return request;
}

QJsonObject Response::object() const
{
    return json.object();
}

QJsonArray Response::array() const
{
    return json.array();
}

namespace {

/// One request through its attempts (token, retries, backoff). Owned by the caller's stack frame
/// or by the session (the token request); lives on the session's thread.
struct Call
{
    Request request;
    QList<int> accepted;
    bool isToken = false;
    QByteArray formBody; ///< token requests only
    int attempts = 0;
    bool uncertainAttempt = false; ///< an earlier attempt may have been carried out (see Response)
    QElapsedTimer started;         ///< since the first attempt: the request's total deadline
    bool tokenRenewed = false;
    QByteArray token;
    HttpExchange *exchange = nullptr;
    QTimer retryTimer;
    std::optional<Result<Response>> result;
    std::function<void()> onFinished;

    Call() { retryTimer.setSingleShot(true); }
    ~Call() { dropExchange(); }
    Call(const Call &) = delete;
    Call &operator=(const Call &) = delete;

    void dropExchange()
    {
        if (exchange) {
            exchange->abort();
            exchange->deleteLater();
            exchange = nullptr;
        }
    }
    http::RequestInfo info() const { return {request.method, request.path}; }
};

} // namespace

struct RemoteSession::Private
{
    ConnectionSettings settings;
    std::shared_ptr<TokenCache> tokens;
    std::unique_ptr<QNetworkAccessManager> manager;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    std::optional<Error> setupError;
    std::function<bool()> cancelCheck;
    int requestCount = 0;
    int tokenRequestCount = 0;
    QEventLoop *loop = nullptr;
    std::vector<Call *> active;
    std::unique_ptr<Call> tokenCall;
    std::vector<std::function<void(const Result<QByteArray> &)>> tokenWaiters;
    RequestJournal *requestJournal = nullptr;

    /// Records the requests among `requests` that may change the server (see RequestJournal);
    /// returns the record's id, empty when none was recorded. Throws when it cannot be recorded.
    QString intend(const QList<Request> &requests) const
    {
        if (!requestJournal)
            return {};
        QList<Request> changing;
        for (const Request &request : requests) {
            if (request.mayChangeServer())
                changing.append(request);
        }
        return changing.isEmpty() ? QString() : requestJournal->intend(changing);
    }

    /// Records how the requests recorded as `record` ended. When that cannot be recorded, a
    /// request that failed anyway reports its own failure (the intent stays, without outcome).
    void conclude(const QString &record, const QList<Result<Response>> &results) const
    {
        if (record.isEmpty())
            return;
        try {
            requestJournal->conclude(record, results);
        } catch (const Failure &) {
            if (std::all_of(results.begin(), results.end(), [](const auto &r) { return r.ok(); }))
                throw;
        }
    }

    void checkReady() const
    {
        if (setupError)
            throw Failure{*setupError};
        if (cancelCheck && cancelCheck())
            throw Failure{cancelledError()};
    }

    /// What is left of the request's total deadline (ms; may be negative).
    qint64 remainingMs(const Call &call) const
    {
        return call.started.isValid() ? settings.totalTimeoutMs - call.started.elapsed()
                                      : settings.totalTimeoutMs;
    }

    void start(Call &call)
    {
        if (std::find(active.begin(), active.end(), &call) == active.end())
            active.push_back(&call);
        if (!call.started.isValid())
            call.started.start();
        if (call.isToken) {
            attempt(call);
            return;
        }
        withToken([this, &call](const Result<QByteArray> &token) {
            if (!token.ok()) {
                finish(call, token.error());
                return;
            }
            call.token = token.value();
            attempt(call);
        });
    }

    QNetworkRequest networkRequest(const Call &call) const
    {
        QUrl url(settings.endpoint);
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        // Tolerant: ids and names in the path arrive percent-encoded (a "/" inside a secret name
        // is %2F) and must reach the server as they are.
        url.setPath(base + call.request.path, QUrl::TolerantMode);
        if (!call.request.query.isEmpty())
            url.setQuery(http::encodeQuery(call.request.query), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "Gatehouse");
        if (url.scheme() == QLatin1String("https"))
            request.setSslConfiguration(ssl);
        if (call.isToken) {
            // RFC 6749 §2.3.1: both parts form-encoded before they are joined for Basic auth.
            const QByteArray credentials = QUrl::toPercentEncoding(settings.clientId) + ':' +
                                           QUrl::toPercentEncoding(settings.clientSecret);
            request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        } else {
            request.setRawHeader("Authorization", "Bearer " + call.token);
            if (call.request.bodyIsSet || !call.request.body.isNull())
                request.setRawHeader("Content-Type", "application/json");
        }
        return request;
    }

    void attempt(Call &call)
    {
        ++call.attempts;
        ++requestCount;
        if (call.isToken)
            ++tokenRequestCount;
        QByteArray body = call.formBody;
        if (!call.isToken && (call.request.bodyIsSet || !call.request.body.isNull()))
            body = call.request.body.toJson(QJsonDocument::Compact);
        qCDebug(lcHttp).noquote() << call.request.method << call.request.path << "attempt" << call.attempts;
        call.dropExchange();
        const qint64 remaining = remainingMs(call);
        if (remaining <= 0) {
            finish(call, http::deadlineError(settings.totalTimeoutMs, call.info(),
                                             !call.request.idempotent && call.attempts > 1));
            return;
        }
        call.exchange = new HttpExchange(
            manager.get(), networkRequest(call), call.request.method, body, settings.timeoutMs,
            int(std::min<qint64>(remaining, INT_MAX)), settings.maxBodyBytes,
            [this, &call](HttpExchange::Outcome outcome) { onOutcome(call, std::move(outcome)); });
        call.exchange->setParent(manager.get());
    }

    void retryLater(Call &call, int delayMs)
    {
        qCDebug(lcHttp).noquote() << call.request.method << call.request.path << "retry in" << delayMs
                                  << "ms";
        if (remainingMs(call) <= std::clamp(delayMs, 0, http::maxRetryWaitMs)) {
            // Waiting would end past the deadline: say so now instead of after the wait.
            finish(call, http::deadlineError(settings.totalTimeoutMs, call.info(), !call.request.idempotent));
            return;
        }
        QObject::disconnect(&call.retryTimer, nullptr, nullptr, nullptr);
        QObject::connect(&call.retryTimer, &QTimer::timeout, &call.retryTimer,
                         [this, &call] { start(call); });
        call.retryTimer.start(std::clamp(delayMs, 0, http::maxRetryWaitMs));
    }

    void onOutcome(Call &call, HttpExchange::Outcome outcome)
    {
        using Kind = HttpExchange::Outcome::Kind;
        if (call.exchange) {
            call.exchange->deleteLater();
            call.exchange = nullptr;
        }
        const http::RequestInfo info = call.info();
        const bool idempotent = call.request.idempotent;
        const bool mayRetry = call.attempts < settings.maxAttempts;
        switch (outcome.kind) {
        case Kind::Answer:
            onAnswer(call, outcome);
            return;
        case Kind::NetworkError:
            qCDebug(lcHttp).noquote() << call.request.method << call.request.path << outcome.errorText;
            if ((idempotent || !outcome.mayHaveReachedServer) && mayRetry) {
                call.uncertainAttempt = call.uncertainAttempt || outcome.mayHaveReachedServer;
                retryLater(call, http::backoffMs(call.attempts));
                return;
            }
            finish(call,
                   http::networkError(outcome.errorText, info, !idempotent && outcome.mayHaveReachedServer));
            return;
        case Kind::Timeout:
            // Not repeated: a server that keeps silent for a whole timeout rarely answers the next one.
            finish(call, http::timeoutError(settings.timeoutMs, info, !idempotent));
            return;
        case Kind::Deadline:
            finish(call, http::deadlineError(settings.totalTimeoutMs, info, !idempotent));
            return;
        case Kind::TooLarge:
            finish(call, http::bodyTooLarge(settings.maxBodyBytes, info));
            return;
        case Kind::Certificate:
            finish(call, http::certificateError(outcome.errorText, outcome.certificate, info));
            return;
        }
    }

    void onAnswer(Call &call, const HttpExchange::Outcome &outcome)
    {
        const int status = outcome.status;
        const http::RequestInfo info = call.info();
        qCDebug(lcHttp).noquote() << call.request.method << call.request.path << "->" << status;
        if (status == 401 && !call.isToken && !call.tokenRenewed) {
            // The token expired or was revoked; the server did not act on the request.
            call.tokenRenewed = true;
            tokens->drop(call.token);
            start(call);
            return;
        }
        const bool mayRetry = call.attempts < settings.maxAttempts;
        if (status == 429 && mayRetry) {
            const int wait = http::retryAfterMs(outcome.retryAfter);
            retryLater(call, wait >= 0 ? wait : http::backoffMs(call.attempts));
            return;
        }
        if (http::isRetryableStatus(status) && call.request.idempotent && mayRetry) {
            // 503 says the server did not take the request on; the others do not promise that.
            call.uncertainAttempt = call.uncertainAttempt || status != 503;
            retryLater(call, http::backoffMs(call.attempts));
            return;
        }
        if ((status >= 200 && status < 300) || status == 304 || call.accepted.contains(status)) {
            // Only a 200 promises data. Logto answers some writes with 201 and a plain-text
            // "Created" (POST /api/applications/{id}/roles), which is fine.
            Result<Response> parsed = parse(outcome, info, status == 200);
            if (parsed.ok())
                parsed.value().afterUncertainAttempt = call.uncertainAttempt;
            finish(call, std::move(parsed));
            return;
        }
        if (call.isToken)
            finish(call, http::tokenError(status, outcome.body));
        else if (status >= 300 && status < 400)
            finish(call, http::unexpectedStatus(status, outcome.location, info));
        else
            finish(call,
                   http::statusError(status, outcome.body, info, !call.request.idempotent && status >= 500));
    }

    static Result<Response> parse(const HttpExchange::Outcome &outcome, const http::RequestInfo &info,
                                  bool strict)
    {
        Response response;
        response.status = outcome.status;
        response.body = outcome.body;
        response.totalNumber = outcome.totalNumber;
        response.etag = outcome.etag;
        if (response.body.trimmed().isEmpty())
            return response;
        if (!http::isJsonContentType(outcome.contentType)) {
            if (strict)
                return http::notJson(outcome.contentType, outcome.body, info);
            return response;
        }
        QJsonParseError error;
        response.json = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError) {
            if (strict)
                return http::malformedJson(error.errorString(), error.offset, info);
            response.json = {};
        }
        return response;
    }

    void finish(Call &call, Result<Response> result)
    {
        call.retryTimer.stop();
        call.result = std::move(result);
        std::erase(active, &call);
        if (loop)
            loop->quit();
        if (call.onFinished) {
            auto onFinished = call.onFinished; // may destroy `call`
            onFinished();
        }
    }

    void withToken(std::function<void(const Result<QByteArray> &)> next)
    {
        if (const auto token = tokens->token()) {
            next(*token);
            return;
        }
        tokenWaiters.push_back(std::move(next));
        startTokenCall();
    }

    void startTokenCall()
    {
        if (tokenCall)
            return;
        tokenCall = std::make_unique<Call>();
        Call &call = *tokenCall;
        call.isToken = true;
        call.request.method = "POST";
        call.request.path = QStringLiteral("/oidc/token");
        call.request.idempotent = true; // asking again for a token is harmless
        call.formBody = "grant_type=client_credentials&resource=" +
                        QUrl::toPercentEncoding(settings.resourceIndicator()) + "&scope=all";
        call.onFinished = [this] {
            const std::unique_ptr<Call> done = std::move(tokenCall);
            const Result<QByteArray> token = done->result->ok() ? storeToken(done->result->value())
                                                                : Result<QByteArray>(done->result->error());
            const auto waiters = std::move(tokenWaiters);
            tokenWaiters.clear();
            for (const auto &waiter : waiters)
                waiter(token);
        };
        start(call);
    }

    Result<QByteArray> storeToken(const Response &response)
    {
        const QJsonObject object = response.object();
        const QByteArray token = object.value(QLatin1String("access_token")).toString().toUtf8();
        if (token.isEmpty()) {
            return Error(ErrorCode::Internal, tr("The server's token answer holds no access token."),
                         QStringLiteral("POST /oidc/token"));
        }
        const qint64 expiresIn = object.value(QLatin1String("expires_in")).toInteger(3600);
        tokens->store(token, expiresIn);
        return token;
    }

    /// Asks the token endpoint now (joining a request already on its way) and waits.
    Result<QByteArray> fetchToken()
    {
        std::optional<Result<QByteArray>> token;
        tokenWaiters.push_back([&token](const Result<QByteArray> &result) { token = result; });
        startTokenCall();
        wait([&token] { return token.has_value(); });
        return *token;
    }

    void abortAll()
    {
        for (Call *call : std::vector<Call *>(active)) {
            call->dropExchange();
            call->retryTimer.stop();
        }
        active.clear();
        tokenWaiters.clear();
        tokenCall.reset();
    }

    /// Runs a local event loop until `done()`; polls the cancel check meanwhile.
    void wait(const std::function<bool()> &done)
    {
        QEventLoop eventLoop;
        QTimer poll;
        bool cancelled = false;
        const auto check = [&] {
            if (cancelCheck && cancelCheck()) {
                cancelled = true;
                eventLoop.quit();
            }
        };
        QObject::connect(&poll, &QTimer::timeout, &eventLoop, check);
        poll.start(cancelPollMs);
        QEventLoop *outer = std::exchange(loop, &eventLoop);
        while (!done() && !cancelled) {
            check();
            if (!cancelled)
                eventLoop.exec();
        }
        loop = outer;
        if (cancelled && !done()) {
            abortAll();
            throw Failure{cancelledError()};
        }
    }
};

RemoteSession::RemoteSession(ConnectionSettings settings, std::shared_ptr<TokenCache> tokens)
    : d(std::make_unique<Private>())
{
    d->settings = std::move(settings);
    d->tokens = tokens ? std::move(tokens) : std::make_shared<TokenCache>();
    d->manager = std::make_unique<QNetworkAccessManager>();
    const QUrl endpoint(d->settings.endpoint);
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http"))) {
        d->setupError =
            Error(ErrorCode::Validation,
                  tr("The endpoint \"%1\" is not an http:// or https:// address.").arg(d->settings.endpoint));
    }
    if (!d->settings.caFile.isEmpty()) {
        const QFileInfo file(d->settings.caFile);
        const QList<QSslCertificate> certificates =
            file.isReadable() ? QSslCertificate::fromPath(d->settings.caFile, QSsl::Pem,
                                                          QSslCertificate::PatternSyntax::FixedString)
                              : QList<QSslCertificate>();
        if (!file.exists())
            d->setupError = http::caFileError(d->settings.caFile, tr("the file does not exist."));
        else if (certificates.isEmpty())
            d->setupError = http::caFileError(d->settings.caFile, tr("it holds no PEM certificate."));
        else
            d->ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    }
}

RemoteSession::~RemoteSession()
{
    d->abortAll();
}

Response RemoteSession::send(const Request &request, const QList<int> &accepted)
{
    d->checkReady();
    const QString record = d->intend({request});
    Call call;
    call.request = request;
    call.accepted = accepted;
    try {
        d->start(call);
        d->wait([&call] { return call.result.has_value(); });
    } catch (const Failure &failure) {
        d->conclude(record, {Result<Response>(failure.error)});
        throw;
    }
    d->conclude(record, {*call.result});
    if (!call.result->ok())
        throw Failure{call.result->error()};
    return std::move(*call.result).value();
}

QList<Result<Response>> RemoteSession::sendAll(const QList<Request> &requests)
{
    QList<Result<Response>> results;
    if (d->setupError) {
        for (qsizetype i = 0; i < requests.size(); ++i)
            results.append(*d->setupError);
        return results;
    }
    d->checkReady();
    if (!requests.isEmpty() && !d->tokens->token()) {
        // One token request for the whole batch; when it is refused, every request fails alike.
        const Result<QByteArray> token = d->fetchToken();
        if (!token.ok()) {
            for (qsizetype i = 0; i < requests.size(); ++i)
                results.append(token.error());
            return results;
        }
    }
    std::vector<std::unique_ptr<Call>> calls;
    for (const Request &request : requests) {
        calls.push_back(std::make_unique<Call>());
        calls.back()->request = request;
    }
    const QString record = d->intend(requests);
    // How the recorded requests ended, in order (a request the cancellation stopped: Cancelled).
    const auto outcomes = [&] {
        QList<Result<Response>> out;
        for (const auto &call : calls) {
            if (call->request.mayChangeServer())
                out.append(call->result ? *call->result : Result<Response>(cancelledError()));
        }
        return out;
    };
    // QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host; more would queue
    // inside it, where the idle timeout would run without a byte moving.
    const int parallel = std::clamp(d->settings.parallel, 1, 6);
    size_t next = 0;
    size_t finished = 0;
    int running = 0;
    std::function<void()> launch = [&] {
        while (running < parallel && next < calls.size()) {
            ++running;
            d->start(*calls[next++]);
        }
    };
    for (auto &call : calls) {
        call->onFinished = [&] {
            --running;
            ++finished;
            launch();
        };
    }
    try {
        launch();
        d->wait([&] { return finished == calls.size(); });
    } catch (const Failure &) {
        d->conclude(record, outcomes());
        throw;
    }
    d->conclude(record, outcomes());
    for (auto &call : calls)
        results.append(std::move(*call->result));
    return results;
}

QJsonArray RemoteSession::getAll(const QString &path, QUrlQuery query)
{
    query.removeAllQueryItems(QStringLiteral("page"));
    query.removeAllQueryItems(QStringLiteral("page_size"));
    QJsonArray all;
    for (int page = 1;; ++page) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(QStringLiteral("page"), QString::number(page));
        pageQuery.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
        const Response response = get(path, pageQuery);
        if (!response.json.isArray()) {
            throw Failure{Error(ErrorCode::Internal,
                                tr("The server's answer to a list request is not a list."),
                                QStringLiteral("GET ") + path)};
        }
        const QJsonArray items = response.array();
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < pageSize || (response.totalNumber >= 0 && all.size() >= response.totalNumber))
            break;
        // A server that sends full pages forever (and no Total-Number) is not followed forever.
        if (all.size() >= maxListItems)
            throw Failure{Error(ErrorCode::Internal,
                                tr("The server kept sending pages past %1 items for one list; Gatehouse "
                                   "stopped reading it.")
                                    .arg(maxListItems),
                                QStringLiteral("GET ") + path)};
    }
    return all;
}

void RemoteSession::authenticate()
{
    d->checkReady();
    const Result<QByteArray> token = d->fetchToken();
    if (!token.ok())
        throw Failure{token.error()};
}

void RemoteSession::setRequestJournal(RequestJournal *journal)
{
    d->requestJournal = journal;
}

void RemoteSession::setCancelCheck(std::function<bool()> check)
{
    d->cancelCheck = std::move(check);
}

bool RemoteSession::isCancelled() const
{
    return d->cancelCheck && d->cancelCheck();
}

const ConnectionSettings &RemoteSession::settings() const
{
    return d->settings;
}

int RemoteSession::requestCount() const
{
    return d->requestCount;
}

int RemoteSession::tokenRequestCount() const
{
    return d->tokenRequestCount;
}

} // namespace gatehouse::remote
