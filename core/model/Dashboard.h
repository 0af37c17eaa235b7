#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <utility>

namespace gatehouse {

/// A figure and how it moved against the window of the same length before it.
struct CountDelta
{
    qint64 count = 0;
    qint64 delta = 0;
    friend bool operator==(const CountDelta &, const CountDelta &) = default;
};

/// One reason sign-ins failed: an event key and the error code it carried (empty without one).
struct FailureReason
{
    QString key;
    QString errorCode;
    qint64 count = 0;
    friend bool operator==(const FailureReason &, const FailureReason &) = default;
};

/// What a tenant's first page shows, for the 30 UTC days ending at `day`.
struct Dashboard
{
    QDate day; ///< the UTC day the figures end at (today unless asked otherwise)
    qint64 totalUsers = 0;
    CountDelta newUsersToday; ///< created in the 24 hours before now
    CountDelta newUsers7d;    ///< created in the 7 × 24 hours before now
    /// Users with a successful token exchange (ExchangeTokenBy.*) on `day`, in the 7 and the 30
    /// days ending at it: what Logto counts as active.
    CountDelta dau;
    CountDelta wau;
    CountDelta mau;
    QList<std::pair<QDate, qint64>> dailyActive; ///< the 30 days ending at `day`, oldest first, every day
    /// Failed sign-in steps (Interaction.* events with result Error) per day, the same 30 days.
    QList<std::pair<QDate, qint64>> failedSignIns;
    qint64 failedSignIns7d = 0; ///< in the 7 days ending at `day`
    /// The last 7 days' failures by key and error code, most frequent first, at most
    /// dashboard::topFailureCount.
    QList<FailureReason> topFailures;
    qint64 organizations = 0;
    std::optional<qint64> organizationMembers; ///< memberships; unknown where the source cannot say
    /// False when the failures come from the newest events only (a Logto connection reads a
    /// bounded number of pages); failuresSince is then the oldest event read (unix ms).
    bool failuresComplete = true;
    qint64 failuresSince = 0;
};

namespace dashboard {

inline constexpr int days = 30;
inline constexpr int topFailureCount = 5;
inline constexpr qint64 dayMs = 86400000;

/// The first millisecond of the oldest day a dashboard ending at `day` reads events from (the
/// 30 days before its 30 days, for MAU's delta).
qint64 activityStart(const QDate &day);
/// The first millisecond of the oldest day of the failure chart.
qint64 failuresStart(const QDate &day);
/// The key range of successful token exchanges and of sign-in steps (prefixes).
QString activeKeyPrefix();
QString signInKeyPrefix();

/// Fills dau/wau/mau and dailyActive from the distinct active users of each UTC day (days since
/// the epoch → user ids).
void fillActivity(Dashboard &board, const QHash<qint64, QSet<QString>> &activeByDay);

/// Adds up failed sign-in steps into failedSignIns, failedSignIns7d and topFailures: add each
/// failure (in any order), then finish.
class FailureTally
{
public:
    explicit FailureTally(const QDate &day);
    void add(qint64 createdAt, const QString &key, const QString &errorCode);
    void finish(Dashboard &board) const;

private:
    qint64 m_firstDay = 0;
    QHash<qint64, qint64> m_perDay;
    QHash<std::pair<QString, QString>, qint64> m_reasons;
    qint64 m_week = 0;
};

} // namespace dashboard

} // namespace gatehouse
