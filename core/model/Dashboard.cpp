#include "model/Dashboard.h"

#include <algorithm>

namespace gatehouse::dashboard {

namespace {
const QDate epoch(1970, 1, 1);

qint64 epochDay(const QDate &day)
{
    return epoch.daysTo(day);
}

/// Distinct users active on any day of [first, last].
qint64 activeIn(const QHash<qint64, QSet<QString>> &activeByDay, qint64 first, qint64 last)
{
    if (first == last)
        return activeByDay.value(first).size();
    QSet<QString> users;
    for (qint64 d = first; d <= last; ++d) {
        const auto it = activeByDay.constFind(d);
        if (it != activeByDay.cend())
            users.unite(*it);
    }
    return users.size();
}

CountDelta window(const QHash<qint64, QSet<QString>> &activeByDay, qint64 last, qint64 length)
{
    const qint64 now = activeIn(activeByDay, last - length + 1, last);
    const qint64 before = activeIn(activeByDay, last - 2 * length + 1, last - length);
    return {now, now - before};
}
} // namespace

qint64 activityStart(const QDate &day)
{
    return (epochDay(day) - 2 * days + 1) * dayMs;
}

qint64 failuresStart(const QDate &day)
{
    return (epochDay(day) - days + 1) * dayMs;
}

QString activeKeyPrefix()
{
    return QStringLiteral("ExchangeTokenBy.");
}

QString signInKeyPrefix()
{
    return QStringLiteral("Interaction.");
}

void fillActivity(Dashboard &board, const QHash<qint64, QSet<QString>> &activeByDay)
{
    const qint64 last = epochDay(board.day);
    board.dau = window(activeByDay, last, 1);
    board.wau = window(activeByDay, last, 7);
    board.mau = window(activeByDay, last, days);
    board.dailyActive.clear();
    for (qint64 d = last - days + 1; d <= last; ++d)
        board.dailyActive.append({epoch.addDays(d), activeByDay.value(d).size()});
}

FailureTally::FailureTally(const QDate &day)
    : m_firstDay(epochDay(day) - days + 1)
{}

void FailureTally::add(qint64 createdAt, const QString &key, const QString &errorCode)
{
    const qint64 d = createdAt >= 0 ? createdAt / dayMs : (createdAt - dayMs + 1) / dayMs;
    const qint64 last = m_firstDay + days - 1;
    if (d < m_firstDay || d > last)
        return;
    ++m_perDay[d];
    if (d > last - 7) {
        ++m_week;
        ++m_reasons[{key, errorCode}];
    }
}

void FailureTally::finish(Dashboard &board) const
{
    board.failedSignIns.clear();
    for (qint64 d = m_firstDay; d < m_firstDay + days; ++d)
        board.failedSignIns.append({epoch.addDays(d), m_perDay.value(d)});
    board.failedSignIns7d = m_week;
    QList<FailureReason> reasons;
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it)
        reasons.append({it.key().first, it.key().second, it.value()});
    std::sort(reasons.begin(), reasons.end(), [](const FailureReason &a, const FailureReason &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.key != b.key ? a.key < b.key : a.errorCode < b.errorCode;
    });
    if (reasons.size() > topFailureCount)
        reasons.resize(topFailureCount);
    board.topFailures = reasons;
}

} // namespace gatehouse::dashboard
