// The archive of authentication events kept by a workspace: pages newest first by key
// (created_at, id), counts for charts, the sync state of each source, and retention.
#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "model/LogKeys.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::local {

namespace {

constexpr qint64 dayMs = 86400000;
/// Rows per INSERT of a batch: 12 values each, well under SQLite's 32,766 parameters.
constexpr int rowsPerInsert = 50;

const char *columns =
    "id, key, result, created_at, user_id, application_id, organization_id, session_id, ip, "
    "user_agent, payload";

/// `text` for a LIKE pattern that finds it anywhere, '\' escaping the wildcards.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// The smallest text greater than every text starting with `prefix` (byte order).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

/// The archived keys under `prefix`, in order: one index seek per key (a loose index scan), so a
/// query can then use the (tenant, key, created_at) index with an exact key and a time range
/// instead of walking every event under the prefix.
QStringList keysUnder(SqlSession &s, const QString &tenantId, const QString &prefix)
{
    const QString end = prefixEnd(prefix);
    QStringList keys;
    QSqlQuery first =
        s.exec(QStringLiteral("SELECT min(key) FROM logs WHERE tenant_id = ? AND key >= ? AND key < ?"),
               {tenantId, prefix, end});
    QString key = first.next() ? first.value(0).toString() : QString();
    // Logto has a few hundred keys; the bound only guards against a runaway archive.
    while (!key.isEmpty() && keys.size() < 10000) {
        keys << key;
        QSqlQuery next =
            s.exec(QStringLiteral("SELECT min(key) FROM logs WHERE tenant_id = ? AND key > ? AND key < ?"),
                   {tenantId, key, end});
        key = next.next() ? next.value(0).toString() : QString();
    }
    return keys;
}

/// " AND …" conditions of `query` (after "tenant_id = ?"), their values appended to `binds`.
QString conditions(const SqlSession &s, const LogQuery &query, QVariantList &binds)
{
    QString sql;
    const auto add = [&](const char *condition, const QVariant &value) {
        sql += QStringLiteral(" AND ") + QLatin1String(condition);
        binds << value;
    };
    if (!query.userId.isEmpty())
        add("user_id = ?", query.userId);
    if (!query.applicationId.isEmpty())
        add("application_id = ?", query.applicationId);
    if (!query.organizationId.isEmpty())
        add("organization_id = ?", query.organizationId);
    if (!query.memberOf.isEmpty())
        add("user_id IN (SELECT user_id FROM organization_users WHERE organization_id = ?)", query.memberOf);
    if (!query.key.isEmpty()) {
        const QString prefix = query.keyPrefix();
        if (prefix.isEmpty()) {
            add("key = ?", query.key);
        } else if (!prefix.isEmpty()) {
            add("key >= ?", prefix);
            add("key < ?", prefixEnd(prefix));
        }
    }
    if (query.result)
        add("result = ?", b2i(*query.result == LogResult::Success));
    if (query.since > 0)
        add("created_at >= ?", query.since);
    if (query.until > 0)
        add("created_at <= ?", query.until);
    if (!query.search.isEmpty()) {
        // ILIKE: case-insensitive beyond ASCII on PostgreSQL; SQLite's LIKE folds A–Z only.
        add(s.dialect() == Dialect::Postgres ? "(key || ' ' || id || ' ' || payload) ILIKE ? ESCAPE '\\'"
                                             : "(key || ' ' || id || ' ' || payload) LIKE ? ESCAPE '\\'",
            containsPattern(query.search));
    }
    return sql;
}

LogEvent eventOf(const QSqlQuery &q)
{
    LogEvent e;
    e.id = q.value(0).toString();
    e.key = q.value(1).toString();
    e.result = q.value(2).toInt() ? LogResult::Success : LogResult::Error;
    e.createdAt = q.value(3).toLongLong();
    e.userId = q.value(4).toString();
    e.applicationId = q.value(5).toString();
    e.organizationId = q.value(6).toString();
    e.sessionId = q.value(7).toString();
    e.ip = q.value(8).toString();
    e.userAgent = q.value(9).toString();
    e.payload = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return e;
}

/// Refuses an event the archive could not keep faithfully, naming it.
void checkEvent(const LogEvent &e, int index)
{
    QString problem;
    if (e.id.isEmpty() || e.id.size() > 21)
        problem = ltr("its id must be 1 to 21 characters long");
    else if (e.key.isEmpty() || e.key.size() > 128)
        problem = ltr("its key must be 1 to 128 characters long");
    else if (e.createdAt <= 0)
        problem = ltr("it has no time");
    if (!problem.isEmpty())
        throw Failure{
            Error(ErrorCode::Validation,
                  ltr("Event %1 (\"%2\") cannot be archived: %3.").arg(index + 1).arg(e.id, problem))};
}

LogSyncState readState(SqlSession &s, const QString &tenantId, const QString &source)
{
    LogSyncState state;
    state.source = source;
    QSqlQuery q = s.exec(QStringLiteral("SELECT high_water, pass_top, pass_cursor_at, pass_cursor_id, "
                                        "pass_cursor_offset, stored_total, last_sync_at FROM log_sync_state "
                                        "WHERE tenant_id = ? AND source = ?"),
                         {tenantId, source});
    if (q.next()) {
        state.highWater = q.value(0).toLongLong();
        state.passTop = q.value(1).toLongLong();
        state.passCursor = {q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toLongLong()};
        state.storedTotal = q.value(5).toLongLong();
        state.lastSyncAt = q.value(6).toLongLong();
    }
    return state;
}

QJsonObject stateJson(const LogSyncState &state)
{
    return {{QStringLiteral("source"), state.source},
            {QStringLiteral("highWater"), static_cast<double>(state.highWater)},
            {QStringLiteral("storedTotal"), static_cast<double>(state.storedTotal)}};
}

int retention(SqlSession &s, const QString &tenantId)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT retention_days FROM log_settings WHERE tenant_id = ?"), {tenantId});
    return q.next() ? q.value(0).toInt() : 0;
}

/// Deletes the tenant's events older than its retention; returns how many.
qint64 purge(SqlSession &s, const QString &tenantId, int days)
{
    if (days <= 0)
        return 0;
    QSqlQuery q = s.exec(QStringLiteral("DELETE FROM logs WHERE tenant_id = ? AND created_at < ?"),
                         {tenantId, clock::nowMs() - days * dayMs});
    return q.numRowsAffected();
}

class LocalLogs final : public LogsApi
{
public:
    explicit LocalLogs(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<LogPage> page(const QString &tenantId, const LogQuery &query, const LogCursor &after,
                         int limit) override
    {
        return m_backend.submit<LogPage>([tenantId, query, after, limit](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                const int n = qBound(1, limit, 500);
                QVariantList binds{tenantId};
                QString sql = QStringLiteral("SELECT ") + QLatin1String(columns) +
                              QStringLiteral(" FROM logs WHERE tenant_id = ?") + conditions(s, query, binds);
                if (!after.id.isEmpty()) {
                    sql += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
                    binds << after.createdAt << after.createdAt << after.id;
                }
                // One more row than asked tells whether the list goes on.
                sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
                binds << n + 1;
                auto q = s.execReused(sql, binds);
                LogPage page;
                while (q->next() && page.events.size() < n)
                    page.events.append(eventOf(*q));
                page.atEnd = page.events.size() < n || !q->isValid();
                if (!page.events.isEmpty())
                    page.next = {page.events.constLast().createdAt, page.events.constLast().id,
                                 after.offset + page.events.size()};
                else
                    page.next = after;
                return page;
            });
        });
    }

    Future<LogEvent> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<LogEvent>([tenantId, id](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(columns) +
                                         QStringLiteral(" FROM logs WHERE tenant_id = ? AND id = ?"),
                                     {tenantId, id});
                if (!q.next())
                    throw Failure{
                        Error(ErrorCode::NotFound, ltr("No event with id %1 is archived.").arg(id))};
                return eventOf(q);
            });
        });
    }

    Future<LogStats> stats(const QString &tenantId, const LogQuery &query) override
    {
        return m_backend.submit<LogStats>([tenantId, query](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                LogStats stats;
                QVariantList binds{tenantId};
                const QString where =
                    QStringLiteral(" FROM logs WHERE tenant_id = ?") + conditions(s, query, binds);
                QSqlQuery perKey = s.exec(QStringLiteral("SELECT key, count(*), sum(1 - result)") + where +
                                              QStringLiteral(" GROUP BY key ORDER BY 2 DESC, 1"),
                                          binds);
                while (perKey.next()) {
                    const qint64 count = perKey.value(1).toLongLong();
                    stats.perKey.append({perKey.value(0).toString(), count});
                    stats.total += count;
                    stats.errors += perKey.value(2).toLongLong();
                }
                QSqlQuery perDay = s.exec(QStringLiteral("SELECT created_at / 86400000, count(*)") + where +
                                              QStringLiteral(" GROUP BY created_at / 86400000 ORDER BY 1"),
                                          binds);
                const QDate epoch(1970, 1, 1);
                while (perDay.next())
                    stats.perDay.append(
                        {epoch.addDays(perDay.value(0).toLongLong()), perDay.value(1).toLongLong()});
                return stats;
            });
        });
    }

    Future<Dashboard> dashboard(const QString &tenantId, const QDate &day) override
    {
        return m_backend.submit<Dashboard>([tenantId, day](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                Dashboard board;
                board.day = day;
                const auto count = [&](const QString &sql, const QVariantList &binds) {
                    QSqlQuery q = s.exec(sql, binds);
                    return q.next() ? q.value(0).toLongLong() : 0;
                };
                board.totalUsers =
                    count(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ?"), {tenantId});
                const qint64 now = clock::nowMs();
                // Created in (now - to, now - from], as Logto counts them.
                const auto created = [&](qint64 from, qint64 to) {
                    return count(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ? AND "
                                                "created_at > ? AND created_at <= ?"),
                                 {tenantId, now - to, now - from});
                };
                const qint64 today = created(0, dayMs);
                const qint64 week = created(0, 7 * dayMs);
                board.newUsersToday = {today, today - created(dayMs, 2 * dayMs)};
                board.newUsers7d = {week, week - created(7 * dayMs, 14 * dayMs)};
                board.organizations = count(
                    QStringLiteral("SELECT count(*) FROM organizations WHERE tenant_id = ?"), {tenantId});
                board.organizationMembers =
                    count(QStringLiteral("SELECT count(*) FROM organization_users WHERE tenant_id = ?"),
                          {tenantId});

                // Active users: distinct users of successful token exchanges per UTC day.
                const qint64 end = dashboard::failuresStart(day) + dashboard::days * dayMs;
                // Key by key: each an exact key and a time range on the key index.
                QHash<qint64, QSet<QString>> activeByDay;
                for (const QString &key : keysUnder(s, tenantId, dashboard::activeKeyPrefix())) {
                    QSqlQuery users = s.exec(
                        QStringLiteral(
                            "SELECT DISTINCT created_at / 86400000, user_id FROM logs WHERE tenant_id = ? "
                            "AND key = ? AND result = 1 AND created_at >= ? AND created_at < ? AND "
                            "user_id <> ''"),
                        {tenantId, key, dashboard::activityStart(day), end});
                    while (users.next())
                        activeByDay[users.value(0).toLongLong()].insert(users.value(1).toString());
                }
                dashboard::fillActivity(board, activeByDay);

                dashboard::FailureTally tally(day);
                const qint64 weekStart = end - 7 * dayMs;
                for (const QString &key : keysUnder(s, tenantId, dashboard::signInKeyPrefix())) {
                    QSqlQuery failures = s.exec(
                        QStringLiteral("SELECT created_at, payload FROM logs WHERE tenant_id = ? AND key = ? "
                                       "AND result = 0 AND created_at >= ? AND created_at < ?"),
                        {tenantId, key, dashboard::failuresStart(day), end});
                    while (failures.next()) {
                        const qint64 at = failures.value(0).toLongLong();
                        // Only the last week's reasons are shown: read the payload for those alone.
                        const QString code =
                            at >= weekStart
                                ? logkeys::errorCode(
                                      QJsonDocument::fromJson(failures.value(1).toString().toUtf8()).object())
                                : QString();
                        tally.add(at, key, code);
                    }
                }
                tally.finish(board);
                return board;
            });
        });
    }

    Future<LogSyncState> syncState(const QString &tenantId, const QString &source) override
    {
        return m_backend.submit<LogSyncState>([tenantId, source](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                return readState(s, tenantId, source);
            });
        });
    }

    Future<LogArchiveResult> archive(const QString &tenantId, const QList<LogEvent> &events,
                                     const LogSyncState &state) override
    {
        return m_backend.submit<LogArchiveResult>([tenantId, events, state](SqlSession &s) {
            if (state.source.isEmpty())
                throw Failure{Error(ErrorCode::Validation, ltr("Name the source the events come from."))};
            for (qsizetype i = 0; i < events.size(); ++i)
                checkEvent(events[i], static_cast<int>(i));
            return s.write([&] {
                requireTenant(s, tenantId);
                const LogSyncState before = readState(s, tenantId, state.source);
                LogArchiveResult result;
                for (qsizetype from = 0; from < events.size(); from += rowsPerInsert) {
                    const qsizetype to = qMin(events.size(), from + rowsPerInsert);
                    QString sql = QStringLiteral("INSERT INTO logs (tenant_id, ") + QLatin1String(columns) +
                                  QStringLiteral(") VALUES ");
                    QVariantList binds;
                    for (qsizetype i = from; i < to; ++i) {
                        const LogEvent &e = events[i];
                        sql += (i == from ? QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?)")
                                          : QStringLiteral(",(?,?,?,?,?,?,?,?,?,?,?,?)"));
                        binds << tenantId << e.id << e.key << b2i(e.result == LogResult::Success)
                              << e.createdAt << e.userId << e.applicationId << e.organizationId << e.sessionId
                              << e.ip << e.userAgent << logPayloadText(e.payload);
                    }
                    sql += QStringLiteral(" ON CONFLICT (tenant_id, id) DO NOTHING");
                    const int stored = s.exec(sql, binds).numRowsAffected();
                    result.stored += stored;
                    result.alreadyPresent += static_cast<int>(to - from) - stored;
                }
                LogSyncState after = state;
                after.storedTotal = before.storedTotal + result.stored;
                const bool passEnds = state.passTop == 0;
                if (passEnds)
                    after.lastSyncAt = clock::nowMs();
                s.exec(
                    QStringLiteral(
                        "INSERT INTO log_sync_state (tenant_id, source, high_water, pass_top, "
                        "pass_cursor_at, "
                        "pass_cursor_id, pass_cursor_offset, stored_total, last_sync_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (tenant_id, source) DO UPDATE SET "
                        "high_water = excluded.high_water, pass_top = excluded.pass_top, "
                        "pass_cursor_at = excluded.pass_cursor_at, pass_cursor_id = excluded.pass_cursor_id, "
                        "pass_cursor_offset = excluded.pass_cursor_offset, stored_total = "
                        "excluded.stored_total, "
                        "last_sync_at = excluded.last_sync_at"),
                    {tenantId, state.source, after.highWater, after.passTop, after.passCursor.createdAt,
                     after.passCursor.id, after.passCursor.offset, after.storedTotal, after.lastSyncAt});
                if (passEnds) {
                    purge(s, tenantId, retention(s, tenantId));
                    s.journal(tenantId, QStringLiteral("logs.sync"), QStringLiteral("logSource"),
                              state.source, stateJson(before), stateJson(after));
                }
                return result;
            });
        });
    }

    Future<int> retentionDays(const QString &tenantId) override
    {
        return m_backend.submit<int>([tenantId](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                return retention(s, tenantId);
            });
        });
    }

    Future<qint64> setRetentionDays(const QString &tenantId, int days) override
    {
        return m_backend.submit<qint64>([tenantId, days](SqlSession &s) {
            if (days < 0 || days > 36500)
                throw Failure{Error(ErrorCode::Validation,
                                    ltr("Keep events for 1 to 36,500 days, or 0 for ever."), {},
                                    {{QStringLiteral("retentionDays"), ltr("must be 0 to 36,500")}})};
            return s.write([&] {
                requireTenant(s, tenantId);
                const int before = retention(s, tenantId);
                s.exec(QStringLiteral(
                           "INSERT INTO log_settings (tenant_id, retention_days) VALUES (?, ?) "
                           "ON CONFLICT (tenant_id) DO UPDATE SET retention_days = excluded.retention_days"),
                       {tenantId, days});
                const qint64 purged = purge(s, tenantId, days);
                s.journal(tenantId, QStringLiteral("logs.retention"), QStringLiteral("tenant"), tenantId,
                          QJsonObject{{QStringLiteral("retentionDays"), before}},
                          QJsonObject{{QStringLiteral("retentionDays"), days},
                                      {QStringLiteral("eventsDeleted"), static_cast<double>(purged)}});
                return purged;
            });
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<LogsApi> makeLogs(LocalBackend &backend)
{
    return std::make_unique<LocalLogs>(backend);
}

} // namespace gatehouse::local
