#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

namespace gatehouse::test {

/// Waits until a Gatehouse connection (application_name 'gatehouse') of the observer's database
/// is blocked on a lock held by another transaction: the moment a race test lets the other writer
/// commit. False when none blocked within `timeoutMs`. `observer` is a separate connection.
inline bool waitForGatehouseLockWait(QSqlDatabase observer, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QSqlQuery q(observer);
        if (!q.exec(
                QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'gatehouse' "
                               "AND wait_event_type = 'Lock' AND datname = current_database()")))
            return false;
        if (q.next() && q.value(0).toInt() > 0)
            return true;
        QThread::msleep(5);
    }
    return false;
}

} // namespace gatehouse::test
