#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace gatehouse {

/// How an authentication event ended (Logto's payload.result).
enum class LogResult { Success, Error };
QString logResultName(LogResult result); ///< "Success", "Error" (Logto's spelling)
bool parseLogResult(const QString &name, LogResult *result);

/// One authentication event as Logto records it (`GET /api/logs`): a sign-in step, a token
/// exchange, an MFA verification… The fields Gatehouse filters and shows are lifted out of the
/// payload; `payload` keeps the whole object as the server sent it.
struct LogEvent
{
    QString id;  ///< Logto's id (1–21 characters), unique within a tenant
    QString key; ///< "Interaction.SignIn.Identifier.Password.Submit", "ExchangeTokenBy.RefreshToken"…
    LogResult result = LogResult::Success;
    qint64 createdAt = 0; ///< unix ms
    QString userId;
    QString applicationId;
    QString sessionId;
    /// The organization the event names (payload.organizationId, or params.organization_id of a
    /// token request); empty when it names none.
    QString organizationId;
    QString ip;
    QString userAgent;
    QJsonObject payload;

    /// payload.error as one line ("session.invalid_credentials: Invalid credentials"), empty
    /// when the event carries no error.
    QString errorText() const;
    friend bool operator==(const LogEvent &, const LogEvent &) = default;
};

/// The payload as compact JSON text: what a free-text search looks through (with key and id).
QString logPayloadText(const QJsonObject &payload);

/// Which events a log list shows. Empty fields match anything.
struct LogQuery
{
    QString userId;
    QString applicationId;
    QString organizationId;
    /// An event key ("ExchangeTokenBy.ClientCredentials"), or a prefix ending in '.' or '*'
    /// ("Interaction.SignIn.", "ExchangeTokenBy*") that matches every key under it.
    QString key;
    std::optional<LogResult> result;
    qint64 since = 0; ///< unix ms, inclusive; 0 = no lower bound
    qint64 until = 0; ///< unix ms, inclusive; 0 = no upper bound
    /// Text in the event's key, id or payload (ids, IP, user agent, error…), case-insensitive
    /// (letters A–Z only on a workspace file: SQLite folds no other case).
    QString search;
    /// Only events of users who are members of this organization now (an organization id).
    /// An archive answers it; a Logto server cannot (Unsupported). matches() does not check it.
    QString memberOf;

    /// The key filter as a prefix ("Interaction.SignIn." for "Interaction.SignIn.*"), or empty
    /// when `key` names one key exactly (or is empty).
    QString keyPrefix() const;
    bool matches(const LogEvent &event) const;
    friend bool operator==(const LogQuery &, const LogQuery &) = default;
};

/// A position in a newest-first event list: after the event (createdAt, id). `offset` is how many
/// events of the list a server has already answered (a Logto server pages by offset); -1 where the
/// backend pages by key only.
struct LogCursor
{
    qint64 createdAt = 0;
    QString id;
    qint64 offset = 0;
    bool isStart() const { return id.isEmpty() && offset == 0; }
    friend bool operator==(const LogCursor &, const LogCursor &) = default;
};

struct LogPage
{
    QList<LogEvent> events; ///< newest first
    LogCursor next;         ///< pass back for the following page
    bool atEnd = false;
    /// Some filters were applied here to the events the server sent (it cannot apply them
    /// itself): a page may hold fewer events than asked for without being the last.
    bool filteredHere = false;
};

/// Counts for charts: per event key and per day (UTC) of the events a query matches.
struct LogStats
{
    qint64 total = 0;
    qint64 errors = 0;
    QList<std::pair<QString, qint64>> perKey; ///< most frequent first
    QList<std::pair<QDate, qint64>> perDay;   ///< ascending, days without events left out
};

/// Where an archive stands with one source: what has been stored, and where an interrupted pass
/// resumes.
struct LogSyncState
{
    QString source; ///< the connection the events come from ("logto+https://auth.example.com")
    /// Every event of the source created at or before this time is stored (unix ms); 0 = none yet.
    qint64 highWater = 0;
    /// A pass in progress: the newest event it started from (unix ms), and the position in the
    /// source's list (newest first) it has stored everything up to. passTop == 0: no pass.
    qint64 passTop = 0;
    LogCursor passCursor;
    qint64 storedTotal = 0; ///< events this source has added to the archive, all passes
    qint64 lastSyncAt = 0;  ///< when a pass last completed (unix ms)
    friend bool operator==(const LogSyncState &, const LogSyncState &) = default;
};

/// What LogsApi::archive() did with one batch.
struct LogArchiveResult
{
    int stored = 0;         ///< new events
    int alreadyPresent = 0; ///< events the archive had (same id)
};

} // namespace gatehouse
