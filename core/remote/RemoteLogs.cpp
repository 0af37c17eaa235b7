// Authentication events on a Logto connection: GET /api/logs (newest first, paged by offset) and
// GET /api/logs/{id}. The server filters by user, application and exact key; time windows
// (start_time, end_time) only where it honours them, which is found out by asking once. The other
// filters apply here to the events it sends.
#include "model/LogEventJson.h"
#include "model/LogKeys.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"

#include <QJsonArray>

namespace gatehouse::remote {

namespace {

constexpr int serverPageSize = 100;
/// Server pages one call reads at most while filters apply here: a rare match must not keep
/// one call going through a whole tenant's history.
constexpr int maxPagesPerCall = 10;
/// Calls of readPage the dashboard makes for failed sign-ins (up to 3,000 events read).
constexpr int maxCallsForFailures = 3;

/// Whether a server honours start_time/end_time on /api/logs. Logto's OpenAPI document does not
/// list them; newer servers accept them. A window ending at the epoch's first millisecond is
/// empty on a server that honours it; one that ignores it answers with its newest event.
enum class TimeWindows { Unknown, Honoured, Ignored };

TimeWindows probeTimeWindows(RemoteSession &s)
{
    QUrlQuery plain;
    plain.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    plain.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
    QUrlQuery windowed = plain;
    windowed.addQueryItem(QStringLiteral("end_time"), QStringLiteral("1"));
    const Response answer = s.send(Request::get(QStringLiteral("/api/logs"), windowed), {400});
    if (answer.status == 400)
        return TimeWindows::Ignored; // a server whose guard refuses parameters it does not know
    if (!answer.array().isEmpty())
        return TimeWindows::Ignored;
    // Empty: either the window was honoured or the server has no events at all (ask again later).
    return s.get(QStringLiteral("/api/logs"), plain).array().isEmpty() ? TimeWindows::Unknown
                                                                       : TimeWindows::Honoured;
}

/// Whether the server itself applies every filter of `query` (then pages come back full).
bool serverFiltersAll(const LogQuery &q, bool windows)
{
    return q.organizationId.isEmpty() && q.keyPrefix().isEmpty() && !q.result && q.search.isEmpty() &&
           (windows || (q.since == 0 && q.until == 0));
}

/// Logto's /api/logs selects by one user at most: events of an organization's members would mean
/// downloading every event. Refused with the way that works.
void refuseMembership(const LogQuery &q)
{
    if (!q.memberOf.isEmpty())
        throw Failure{Error(ErrorCode::Unsupported,
                            rtr("A Logto server cannot select events by organization membership. Sync its "
                                "events into a workspace, whose archive can, or list one member's events."))};
}

class RemoteLogs final : public LogsApi
{
public:
    explicit RemoteLogs(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<LogPage> page(const QString &tenantId, const LogQuery &query, const LogCursor &after,
                         int limit) override
    {
        return m_backend.submit<LogPage>([this, tenantId, query, after, limit](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            refuseMembership(query);
            return readPage(s, query, after, limit);
        });
    }

    Future<LogEvent> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<LogEvent>([this, tenantId, id](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            const QJsonObject o =
                getObject(s, QStringLiteral("/api/logs/") + segment(id),
                          Error(ErrorCode::NotFound, rtr("The Logto server has no event with id %1 "
                                                         "(it may be past the server's retention).")
                                                         .arg(id)));
            Result<LogEvent> parsed = json::logEventFromJson(o);
            if (!parsed)
                throw Failure{
                    Error(ErrorCode::Internal, rtr("The Logto server sent an event Gatehouse cannot read: %1")
                                                   .arg(parsed.error().message()))};
            return parsed.value();
        });
    }

    Future<LogStats> stats(const QString &, const LogQuery &) override
    {
        return failedFuture<LogStats>(Error(
            ErrorCode::Unsupported, rtr("A Logto server does not count its events; counting them here would "
                                        "mean downloading every one. Sync them into a workspace's archive "
                                        "to see counts.")));
    }

    Future<Dashboard> dashboard(const QString &tenantId, const QDate &day) override
    {
        return m_backend.submit<Dashboard>([this, tenantId, day](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            Dashboard board;
            board.day = day;
            const auto countDelta = [](const QJsonObject &o) {
                return CountDelta{qint64(o.value(QStringLiteral("count")).toDouble()),
                                  qint64(o.value(QStringLiteral("delta")).toDouble())};
            };
            board.totalUsers = qint64(s.get(QStringLiteral("/api/dashboard/users/total"))
                                          .object()
                                          .value(QStringLiteral("totalUserCount"))
                                          .toDouble());
            const QJsonObject created = s.get(QStringLiteral("/api/dashboard/users/new")).object();
            board.newUsersToday = countDelta(created.value(QStringLiteral("today")).toObject());
            board.newUsers7d = countDelta(created.value(QStringLiteral("last7Days")).toObject());

            QUrlQuery date;
            date.addQueryItem(QStringLiteral("date"), day.toString(Qt::ISODate));
            const QJsonObject active = s.get(QStringLiteral("/api/dashboard/users/active"), date).object();
            board.dau = countDelta(active.value(QStringLiteral("dau")).toObject());
            board.wau = countDelta(active.value(QStringLiteral("wau")).toObject());
            board.mau = countDelta(active.value(QStringLiteral("mau")).toObject());
            QHash<QDate, qint64> curve;
            for (const QJsonValue &point : active.value(QStringLiteral("dauCurve")).toArray()) {
                const QJsonObject o = point.toObject();
                // "2024-05-01" (the sample's form); a full timestamp's date part is read too.
                const QDate d =
                    QDate::fromString(o.value(QStringLiteral("date")).toString().left(10), Qt::ISODate);
                if (d.isValid())
                    curve.insert(d, qint64(o.value(QStringLiteral("count")).toDouble()));
            }
            for (QDate d = day.addDays(1 - dashboard::days); d <= day; d = d.addDays(1))
                board.dailyActive.append({d, curve.value(d)});

            QUrlQuery one;
            one.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
            one.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
            const Response organizations = s.get(QStringLiteral("/api/organizations"), one);
            board.organizations =
                organizations.totalNumber >= 0 ? organizations.totalNumber : organizations.array().size();
            // Logto offers no count of memberships across organizations: left unknown.

            // Failed sign-in steps from the newest events, a bounded number of server pages.
            LogQuery failures;
            failures.key = dashboard::signInKeyPrefix();
            failures.result = LogResult::Error;
            failures.since = dashboard::failuresStart(day);
            failures.until = failures.since + dashboard::days * dashboard::dayMs - 1;
            dashboard::FailureTally tally(day);
            LogCursor cursor;
            bool complete = false;
            for (int call = 0; call < maxCallsForFailures && !complete; ++call) {
                const LogPage page = readPage(s, failures, cursor, 500);
                for (const LogEvent &e : page.events)
                    tally.add(e.createdAt, e.key, logkeys::errorCode(e.payload));
                complete = page.atEnd;
                cursor = page.next;
            }
            tally.finish(board);
            board.failuresComplete = complete;
            if (!complete)
                board.failuresSince = cursor.createdAt;
            return board;
        });
    }

    Future<LogSyncState> syncState(const QString &, const QString &) override
    {
        return failedFuture<LogSyncState>(noArchive());
    }
    Future<LogArchiveResult> archive(const QString &, const QList<LogEvent> &, const LogSyncState &) override
    {
        return failedFuture<LogArchiveResult>(noArchive());
    }
    Future<int> retentionDays(const QString &) override { return failedFuture<int>(noArchive()); }
    Future<qint64> setRetentionDays(const QString &, int) override
    {
        return failedFuture<qint64>(noArchive());
    }

private:
    static Error noArchive()
    {
        return Error(ErrorCode::Unsupported,
                     rtr("A Logto connection keeps no archive of events: the server keeps them for its own "
                         "retention period. Sync them into a workspace to keep them longer."));
    }

    /// Worker thread only. One page of LogsApi::page.
    LogPage readPage(RemoteSession &s, const LogQuery &query, const LogCursor &after, int limit)
    {
        const bool windows = timeWindows(s);
        const int n = qBound(1, limit, 500);
        QUrlQuery base;
        if (!query.userId.isEmpty())
            base.addQueryItem(QStringLiteral("userId"), query.userId);
        if (!query.applicationId.isEmpty())
            base.addQueryItem(QStringLiteral("applicationId"), query.applicationId);
        if (!query.key.isEmpty() && query.keyPrefix().isEmpty())
            base.addQueryItem(QStringLiteral("logKey"), query.key);
        // One millisecond wider on each side than asked: whether the server's bounds are
        // inclusive or not, nothing inside the range is missed (the range is checked here).
        if (windows && query.since > 0)
            base.addQueryItem(QStringLiteral("start_time"), QString::number(query.since - 1));
        if (windows && query.until > 0)
            base.addQueryItem(QStringLiteral("end_time"), QString::number(query.until + 1));

        LogPage page;
        page.filteredHere = !serverFiltersAll(query, windows);
        page.next = after;
        qint64 offset = qMax<qint64>(0, after.offset);
        for (int pages = 0; pages < maxPagesPerCall; ++pages) {
            QUrlQuery q = base;
            q.addQueryItem(QStringLiteral("page"), QString::number(offset / serverPageSize + 1));
            q.addQueryItem(QStringLiteral("page_size"), QString::number(serverPageSize));
            const QJsonArray items = s.get(QStringLiteral("/api/logs"), q).array();
            for (qsizetype i = offset % serverPageSize; i < items.size(); ++i) {
                ++offset;
                Result<LogEvent> parsed = json::logEventFromJson(items.at(i).toObject());
                if (!parsed)
                    throw Failure{Error(ErrorCode::Internal,
                                        rtr("The Logto server sent an event Gatehouse cannot read: %1")
                                            .arg(parsed.error().message()))};
                const LogEvent &e = parsed.value();
                // Events newer than the cursor's were shown already, pushed down by newer
                // ones arriving since; the cursor's own event too.
                const bool seen = !after.id.isEmpty() && (e.createdAt > after.createdAt || e.id == after.id);
                page.next = {e.createdAt, e.id, offset};
                if (!seen && query.matches(e))
                    page.events.append(e);
                // Newest first: once past the range's start nothing older can match.
                if (query.since > 0 && e.createdAt < query.since) {
                    page.atEnd = true;
                    return page;
                }
                if (page.events.size() >= n)
                    return page;
            }
            if (items.size() < serverPageSize) {
                page.atEnd = true;
                return page;
            }
        }
        return page;
    }

    /// Worker thread only (jobs run one at a time there).
    bool timeWindows(RemoteSession &s)
    {
        if (m_windows == TimeWindows::Unknown)
            m_windows = probeTimeWindows(s);
        return m_windows == TimeWindows::Honoured;
    }

    RemoteBackend &m_backend;
    TimeWindows m_windows = TimeWindows::Unknown;
};

} // namespace

std::unique_ptr<LogsApi> makeLogs(RemoteBackend &backend)
{
    return std::make_unique<RemoteLogs>(backend);
}

} // namespace gatehouse::remote
