#pragma once

#include "backend/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <utility>

namespace gatehouse::remote {

/// How to reach one Logto server and who we are there. The secret never reaches logs, settings,
/// the journal or error messages.
struct ConnectionSettings
{
    QString endpoint;      ///< "https://auth.example.com" (no trailing slash, no /api)
    QString tenant;        ///< "default" (self-hosted) or the Logto Cloud tenant id
    QString clientId;      ///< machine-to-machine application id
    QString clientSecret;  ///< its secret
    QString caFile;        ///< extra trusted CA certificates (PEM); empty = system store only
    int timeoutMs = 30000; ///< per attempt: no byte for this long ends the attempt
    /// Per request, every attempt and wait included: a server that answers a byte at a time, or
    /// asks to retry again and again, cannot hold a job longer than this.
    int totalTimeoutMs = 120000;
    int maxAttempts = 4;                      ///< for requests that may be retried (idempotent ones, 429)
    int parallel = 4;                         ///< requests in flight at once in sendAll()
    qint64 maxBodyBytes = 32LL * 1024 * 1024; ///< larger responses are refused

    /// The Management API resource indicator the token is requested for:
    /// "https://default.logto.app/api" self-hosted, "https://<tenant>.logto.app/api" on Cloud.
    QString resourceIndicator() const { return QStringLiteral("https://%1.logto.app/api").arg(tenant); }
};

/// One HTTP request to the Management API. `path` starts with "/api/"; ids and names in it are
/// percent-encoded (QUrl::toPercentEncoding), so a "/" inside a name is sent as %2F.
struct Request
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QJsonDocument body;     ///< sent as application/json when not null
    bool bodyIsSet = false; ///< true to send `body` (also for an empty array/object)
    /// Whether repeating the request is harmless. GET/PUT/DELETE default to yes; POST and PATCH
    /// to no. Only idempotent requests are retried after a 5xx or a network error; every request
    /// is retried after a 429 (the server did not act on it).
    bool idempotent = true;
    /// A request other than GET that changes nothing on the server (a password check): not
    /// journaled as a request (see RequestJournal).
    bool readOnly = false;

    /// Whether the request may change something on the server.
    bool mayChangeServer() const { return method != "GET" && method != "HEAD" && !readOnly; }

    static Request get(const QString &path, const QUrlQuery &query = {});
    static Request del(const QString &path);
    static Request post(const QString &path, const QJsonDocument &body);
    static Request patch(const QString &path, const QJsonDocument &body);
    static Request put(const QString &path, const QJsonDocument &body);
};

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;      ///< parsed body (null for an empty body, e.g. 204)
    qint64 totalNumber = -1; ///< the Total-Number header, -1 when absent
    QByteArray etag;
    /// An earlier attempt of this request may have been carried out by the server although its
    /// answer was lost (the connection dropped after sending, or a 500/502/504): a retried
    /// DELETE that now answers 404 deleted the object itself.
    bool afterUncertainAttempt = false;

    QJsonObject object() const;
    QJsonArray array() const;
};

/// Where a session records the requests that may change the server: each before its first byte
/// is sent, and how it ended after its answer (or its failure). A crash in between leaves the
/// intent without an outcome, never nothing.
class RequestJournal
{
public:
    virtual ~RequestJournal() = default;
    /// Records that `requests` are about to be sent and returns the record's id. Throws Failure
    /// when that cannot be recorded: then none of them is sent.
    virtual QString intend(const QList<Request> &requests) = 0;
    /// Records how each of the requests recorded as `id` ended (in the same order). Throws
    /// Failure when that cannot be recorded.
    virtual void conclude(const QString &id, const QList<Result<Response>> &results) = 0;
};

/// The token cache, shared by every session of one connection. Thread-safe; default-constructible
/// (remote/TokenCache.h).
class TokenCache;

/// Synchronous Management API access for code that runs on RemoteBackend's worker thread (never
/// on the UI thread). Each call blocks that thread in a local event loop until it has an answer.
///
/// - Token: client credentials (HTTP Basic) at {endpoint}/oidc/token with
///   `resource=<resourceIndicator>` and `scope=all`; cached until 60 s before expiry; a 401 on an
///   API call drops the token, fetches a new one and retries that call once.
/// - Retries: 429 honours Retry-After (seconds or HTTP date), else exponential backoff with
///   jitter; 5xx (except 501) and network errors are retried only when request.idempotent;
///   at most settings.maxAttempts attempts in all.
/// - TLS: the system trust store plus settings.caFile; a certificate error stops the request
///   with ErrorCode::Unavailable naming the certificate's subject and the reason.
/// - Cancellation: when the cancel flag is set, the request in flight is aborted and the call
///   throws Failure(Cancelled).
///
/// Failures are thrown as Failure (backend/Result.h) with a mapped Error:
///   400/422 → Validation (or AlreadyExists for Logto codes meaning "already in use/exists"),
///   401 after the retry / invalid_client → Forbidden ("the client id or secret was refused"),
///   403 → Forbidden, 404 → NotFound, 409 → Conflict/AlreadyExists, 429 after the last attempt →
///   RateLimited, 5xx/network/timeout → Unavailable, a body that is not JSON where JSON is due,
///   a wrong content type or an oversized body → Internal. The server's {code, message} is kept
///   as the detail; message() is a plain sentence for a person.
class RemoteSession
{
public:
    /// Create and use on one thread (the backend's worker thread); it owns one
    /// QNetworkAccessManager there (HTTP/1.1 keep-alive across calls).
    RemoteSession(ConnectionSettings settings, std::shared_ptr<TokenCache> tokens);
    ~RemoteSession();
    RemoteSession(const RemoteSession &) = delete;
    RemoteSession &operator=(const RemoteSession &) = delete;

    /// Sends one request (token, retries and error mapping as above); throws Failure for any
    /// status outside 2xx/304 unless it is listed in `accepted`.
    Response send(const Request &request, const QList<int> &accepted = {});

    Response get(const QString &path, const QUrlQuery &query = {}) { return send(Request::get(path, query)); }
    Response post(const QString &path, const QJsonDocument &body) { return send(Request::post(path, body)); }
    Response patch(const QString &path, const QJsonDocument &body)
    {
        return send(Request::patch(path, body));
    }
    Response put(const QString &path, const QJsonDocument &body) { return send(Request::put(path, body)); }
    Response del(const QString &path) { return send(Request::del(path)); }

    /// Up to settings.parallel requests in flight at once (bulk work). Results in request order;
    /// each is a Response or the Error that request ended in (no throw for per-request failures;
    /// throws Failure(Cancelled) when cancelled).
    QList<Result<Response>> sendAll(const QList<Request> &requests);

    /// Every element of a paginated list: page=1,2,… with page_size=100 until a short page (or
    /// Total-Number reached). Throws Failure like send().
    QJsonArray getAll(const QString &path, QUrlQuery query = {});

    /// Fetches a token now (used by "Test connection"); throws Failure when refused.
    void authenticate();

    /// Records requests that may change the server there (null: not recorded). Not owned.
    void setRequestJournal(RequestJournal *journal);

    /// Polled (every ~50 ms and between attempts) while a call waits; true aborts the call with
    /// Failure(Cancelled). The worker sets it per job.
    void setCancelCheck(std::function<bool()> check);
    bool isCancelled() const;
    const ConnectionSettings &settings() const;

    /// Test hooks and diagnostics: how many HTTP requests this session has sent (token requests
    /// included) and how many of them were token requests.
    int requestCount() const;
    int tokenRequestCount() const;

    /// A word on how the current job's change ended, for its journal entry ("gone (confirmed
    /// after retry)"); taken, and so cleared, by the entry. Worker thread only.
    void setJournalNote(const QString &note) { m_journalNote = note; }
    QString takeJournalNote() { return std::exchange(m_journalNote, QString()); }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_journalNote;
};

} // namespace gatehouse::remote
