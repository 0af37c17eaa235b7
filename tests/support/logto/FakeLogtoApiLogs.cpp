// The fake's logs and dashboard, answering as Logto 1.37 does (samples logs_list, logs_filtered,
// log_get):
// - GET /api/logs: sign-in and token events only (keys starting with ExchangeTokenBy,
//   RevokeToken, Interaction or Unknown), filtered by userId / applicationId (the payload's,
//   exactly), logKey (the key, exactly) — empty values filter nothing, as in Logto — and, unless
//   state.logTimeWindows is off, start_time < createdAt <= end_time (unix ms; not an integer →
//   400 guard.invalid_input). Newest first (ties: last inserted first), always paginated.
// - GET /api/logs/{id}: any log by id, or 404 entity.not_exists_with_id.
// - GET /api/dashboard/users/total: {totalUserCount}.
// - GET /api/dashboard/users/new: users created in the last 24 h and the last 7×24 h (before
//   clock::nowMs()), each with its delta against the window before it.
// - GET /api/dashboard/users/active?date=YYYY-MM-DD (default: today, UTC): distinct userIds of
//   successful ExchangeTokenBy.* logs per UTC day; dauCurve for the 30 days ending at `date`,
//   dau / wau / mau over 1 / 7 / 30 days ending at `date`, deltas against the windows before.
// Times come from clock::nowMs() so that tests can move them.

#include "FakeLogtoState.h"
#include "util/Clock.h"

#include <QDate>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace gatehouse::test {

namespace {
using namespace fakelogto;
using State = FakeLogto::State;

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

/// The key prefixes GET /api/logs lists (Logto's includeKeyPrefix, matched with `like 'X%'`).
const char *const listedKeyPrefixes[] = {"ExchangeTokenBy", "RevokeToken", "Interaction", "Unknown"};

qint64 createdAtOf(const QJsonObject &object)
{
    return static_cast<qint64>(object.value(QLatin1String("createdAt")).toDouble());
}

QString payloadText(const QJsonObject &log, const char *key)
{
    return log.value(QLatin1String("payload")).toObject().value(QLatin1String(key)).toString();
}

/// The log as GET returns it: with tenantId even when a test seeded it without one.
QJsonObject published(QJsonObject log, const QString &tenant)
{
    if (!log.contains(QLatin1String("tenantId")))
        log.insert(QStringLiteral("tenantId"), tenant);
    return log;
}

bool listed(const QJsonObject &log)
{
    const QString key = log.value(QLatin1String("key")).toString();
    return std::any_of(std::begin(listedKeyPrefixes), std::end(listedKeyPrefixes),
                       [&](const char *prefix) { return key.startsWith(QLatin1String(prefix)); });
}

/// A unix-ms bound from the query: nullopt when absent; *bad when present but not an integer.
std::optional<qint64> timeBound(const HttpRequest &request, const QString &name, bool *bad)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok) {
        *bad = true;
        return std::nullopt;
    }
    return value;
}

/// Days since 1970-01-01 (UTC) of a unix-ms time.
qint64 epochDay(qint64 ms)
{
    return ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
}

constexpr qint64 epochJulianDay = 2440588; ///< QDate(1970, 1, 1).toJulianDay()

QString dateText(qint64 day)
{
    return QDate::fromJulianDay(epochJulianDay + day).toString(Qt::ISODate);
}

/// The successful token exchanges that make a user active: (createdAt, userId).
QList<std::pair<qint64, QString>> activity(const State &s)
{
    QList<std::pair<qint64, QString>> out;
    for (const QJsonObject &log : s.logs) {
        const QString userId = payloadText(log, "userId");
        if (log.value(QLatin1String("key")).toString().startsWith(QLatin1String("ExchangeTokenBy.")) &&
            payloadText(log, "result") == QLatin1String("Success") && !userId.isEmpty())
            out.append({createdAtOf(log), userId});
    }
    return out;
}

/// Distinct users active on the UTC days firstDay..lastDay (inclusive).
int activeUsers(const QList<std::pair<qint64, QString>> &activity, qint64 firstDay, qint64 lastDay)
{
    QSet<QString> users;
    for (const auto &[at, userId] : activity) {
        if (at >= firstDay * dayMs && at < (lastDay + 1) * dayMs)
            users.insert(userId);
    }
    return int(users.size());
}

QJsonObject countAndDelta(int count, int previous)
{
    return QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("delta"), count - previous}};
}

void installLogObjects(FakeLogto &fake, State &state)
{
    State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/logs"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        ++s->logListRequests;
        std::optional<qint64> startTime;
        std::optional<qint64> endTime;
        if (s->logTimeWindows) {
            bool bad = false;
            startTime = timeBound(request, QStringLiteral("start_time"), &bad);
            endTime = timeBound(request, QStringLiteral("end_time"), &bad);
            if (bad)
                return invalidInput(QStringLiteral("`start_time` and `end_time` must be integers."));
        }
        const auto filter = [&](const char *name) {
            return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        };
        const QString userId = filter("userId");
        const QString applicationId = filter("applicationId");
        const QString logKey = filter("logKey");

        QList<QJsonObject> hits;
        for (auto it = s->logs.crbegin(); it != s->logs.crend(); ++it) { // newest inserted first
            const QJsonObject &log = *it;
            const qint64 at = createdAtOf(log);
            if (listed(log) && (userId.isEmpty() || payloadText(log, "userId") == userId) &&
                (applicationId.isEmpty() || payloadText(log, "applicationId") == applicationId) &&
                (logKey.isEmpty() || log.value(QLatin1String("key")).toString() == logKey) &&
                (!startTime || at > *startTime) && (!endTime || at <= *endTime))
                hits.append(log);
        }
        std::stable_sort(hits.begin(), hits.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return createdAtOf(a) > createdAtOf(b);
        });
        QJsonArray all;
        for (const QJsonObject &log : std::as_const(hits))
            all.append(published(log, tenant));
        HttpResponse response = FakeLogto::paged(request, all, true);
        response.delayMs = s->logListDelayMs;
        return response;
    });

    fake.apiRoute("GET", QStringLiteral("/api/logs/([^/]+)"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        for (const QJsonObject &log : std::as_const(s->logs)) {
            if (log.value(QLatin1String("id")).toString() == id)
                return HttpResponse::json(200, QJsonDocument(published(log, tenant)));
        }
        return notFound(id);
    });
}

void installDashboard(FakeLogto &fake, State &state)
{
    State *s = &state;

    fake.apiRoute("GET", QStringLiteral("/api/dashboard/users/total"), [s](const HttpRequest &) {
        QMutexLocker lock(&s->mutex);
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("totalUserCount"), int(s->users.size())}}));
    });

    fake.apiRoute("GET", QStringLiteral("/api/dashboard/users/new"), [s](const HttpRequest &) {
        QMutexLocker lock(&s->mutex);
        const qint64 now = clock::nowMs();
        // Users created in (now - to, now - from].
        const auto created = [&](qint64 from, qint64 to) {
            return int(std::count_if(s->users.cbegin(), s->users.cend(), [&](const QJsonObject &user) {
                const qint64 at = createdAtOf(user);
                return at > now - to && at <= now - from;
            }));
        };
        const QJsonObject body{
            {QStringLiteral("today"), countAndDelta(created(0, dayMs), created(dayMs, 2 * dayMs))},
            {QStringLiteral("last7Days"),
             countAndDelta(created(0, 7 * dayMs), created(7 * dayMs, 14 * dayMs))},
        };
        return HttpResponse::json(200, QJsonDocument(body));
    });

    fake.apiRoute("GET", QStringLiteral("/api/dashboard/users/active"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        qint64 day = epochDay(clock::nowMs());
        if (request.query.hasQueryItem(QStringLiteral("date"))) {
            static const QRegularExpression dateRule(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QString text = request.query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded);
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!dateRule.match(text).hasMatch() || !date.isValid())
                return invalidInput(QStringLiteral("`date` must be a date (YYYY-MM-DD)."));
            day = date.toJulianDay() - epochJulianDay;
        }
        const auto events = activity(*s);
        QJsonArray curve;
        for (qint64 d = day - 29; d <= day; ++d)
            curve.append(QJsonObject{{QStringLiteral("date"), dateText(d)},
                                     {QStringLiteral("count"), activeUsers(events, d, d)}});
        const QJsonObject body{
            {QStringLiteral("dauCurve"), curve},
            {QStringLiteral("dau"),
             countAndDelta(activeUsers(events, day, day), activeUsers(events, day - 1, day - 1))},
            {QStringLiteral("wau"),
             countAndDelta(activeUsers(events, day - 6, day), activeUsers(events, day - 13, day - 7))},
            {QStringLiteral("mau"),
             countAndDelta(activeUsers(events, day - 29, day), activeUsers(events, day - 59, day - 30))},
        };
        return HttpResponse::json(200, QJsonDocument(body));
    });
}
} // namespace

void installLogsApi(FakeLogto &fake, FakeLogto::State &state)
{
    installLogObjects(fake, state);
    installDashboard(fake, state);
}

namespace fakelogto {
QJsonObject addLog(FakeLogto::State &state, const QString &key, bool success, qint64 createdAt,
                   const QJsonObject &extraPayload)
{
    QJsonObject payload = extraPayload;
    payload.insert(QStringLiteral("key"), key);
    payload.insert(QStringLiteral("result"), success ? QStringLiteral("Success") : QStringLiteral("Error"));
    const QJsonObject log{
        {QStringLiteral("tenantId"), QStringLiteral("default")},
        {QStringLiteral("id"), newId(21)},
        {QStringLiteral("key"), key},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("createdAt"), static_cast<double>(createdAt)},
    };
    state.logs.append(log);
    return log;
}
} // namespace fakelogto

} // namespace gatehouse::test
