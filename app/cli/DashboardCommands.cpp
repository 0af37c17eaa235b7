// "dashboard": a tenant's figures at a glance — users, new users, active users, failed sign-ins
// and their reasons, organizations.
#include "CliApp.h"
#include "model/Dashboard.h"
#include "model/LogKeys.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::cli {

namespace {

class DashboardCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::DashboardCommands)
public:
    static Noun noun();

private:
    static QJsonArray curveJson(const QList<std::pair<QDate, qint64>> &curve)
    {
        QJsonArray out;
        for (const auto &[day, count] : curve)
            out.append(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                   {QStringLiteral("count"), static_cast<double>(count)}});
        return out;
    }

    static QJsonObject deltaJson(const CountDelta &figure)
    {
        return {{QStringLiteral("count"), static_cast<double>(figure.count)},
                {QStringLiteral("delta"), static_cast<double>(figure.delta)}};
    }

    /// "12 (+3)": a figure and how it moved against the window before.
    static QString withDelta(const CountDelta &figure)
    {
        return QStringLiteral("%1 (%2%3)")
            .arg(figure.count)
            .arg(figure.delta >= 0 ? QStringLiteral("+") : QString())
            .arg(figure.delta);
    }

    /// The 30 days as one line of bars, oldest first, scaled to the busiest day.
    static QString sparkline(const QList<std::pair<QDate, qint64>> &curve)
    {
        static const QString bars = QStringLiteral("▁▂▃▄▅▆▇█");
        qint64 top = 0;
        for (const auto &point : curve)
            top = qMax(top, point.second);
        QString line;
        for (const auto &point : curve)
            line += top == 0 ? bars.at(0) : bars.at(int(point.second * (bars.size() - 1) / top));
        return line;
    }

    static void show(CliApp &app, Invocation &in)
    {
        QDate day = QDateTime::currentDateTimeUtc().date();
        if (in.isSet(QStringLiteral("date"))) {
            const QString text = in.value(QStringLiteral("date")).trimmed();
            day = QDate::fromString(text, Qt::ISODate);
            if (!day.isValid() || text.size() != 10)
                app.usageError(tr("--date: \"%1\" is not a date; give it as 2026-12-01.").arg(text),
                               in.command());
        }
        const Dashboard board = app.await(app.backend().logs().dashboard(app.tenantId(), day));

        QJsonArray reasons;
        for (const FailureReason &r : board.topFailures)
            reasons.append(
                QJsonObject{{QStringLiteral("key"), r.key},
                            {QStringLiteral("errorCode"), r.errorCode},
                            {QStringLiteral("description"), logkeys::describe(r.key, false, r.errorCode)},
                            {QStringLiteral("count"), static_cast<double>(r.count)}});
        const QJsonObject json{
            {QStringLiteral("date"), board.day.toString(Qt::ISODate)},
            {QStringLiteral("totalUsers"), static_cast<double>(board.totalUsers)},
            {QStringLiteral("newUsersToday"), static_cast<double>(board.newUsersToday.count)},
            {QStringLiteral("newUsers7d"), static_cast<double>(board.newUsers7d.count)},
            {QStringLiteral("dau"), static_cast<double>(board.dau.count)},
            {QStringLiteral("wau"), static_cast<double>(board.wau.count)},
            {QStringLiteral("mau"), static_cast<double>(board.mau.count)},
            {QStringLiteral("deltas"),
             QJsonObject{{QStringLiteral("newUsersToday"), static_cast<double>(board.newUsersToday.delta)},
                         {QStringLiteral("newUsers7d"), static_cast<double>(board.newUsers7d.delta)},
                         {QStringLiteral("dau"), static_cast<double>(board.dau.delta)},
                         {QStringLiteral("wau"), static_cast<double>(board.wau.delta)},
                         {QStringLiteral("mau"), static_cast<double>(board.mau.delta)}}},
            {QStringLiteral("dailyActive"), curveJson(board.dailyActive)},
            {QStringLiteral("failedSignIns7d"), static_cast<double>(board.failedSignIns7d)},
            {QStringLiteral("failedSignIns"), curveJson(board.failedSignIns)},
            {QStringLiteral("topFailures"), reasons},
            {QStringLiteral("failuresComplete"), board.failuresComplete},
            {QStringLiteral("failuresSince"),
             board.failuresComplete ? QJsonValue() : QJsonValue(static_cast<double>(board.failuresSince))},
            {QStringLiteral("organizations"), static_cast<double>(board.organizations)},
            {QStringLiteral("organizationMembers"),
             board.organizationMembers ? QJsonValue(static_cast<double>(*board.organizationMembers))
                                       : QJsonValue()},
        };
        app.out().either(json, [&] {
            CliOutput::Fields fields{
                {tr("date (UTC)"), board.day.toString(Qt::ISODate)},
                {tr("users"), QString::number(board.totalUsers)},
                {tr("new today"), withDelta(board.newUsersToday)},
                {tr("new in 7 days"), withDelta(board.newUsers7d)},
                {tr("active today"), withDelta(board.dau)},
                {tr("active in 7 days"), withDelta(board.wau)},
                {tr("active in 30 days"), withDelta(board.mau)},
                {tr("daily active, 30 days"), sparkline(board.dailyActive)},
                {tr("failed sign-ins, 7 days"), QString::number(board.failedSignIns7d)},
                {tr("failed sign-ins, 30 days"), sparkline(board.failedSignIns)},
                {tr("organizations"), QString::number(board.organizations)},
                {tr("memberships"), board.organizationMembers
                                        ? QString::number(*board.organizationMembers)
                                        : tr("unknown (the server does not count them)")},
            };
            app.out().printFields(fields);
            if (!board.failuresComplete)
                app.out().printLine(
                    tr("Failed sign-ins are counted from the server's newest events only, back "
                       "to %1.")
                        .arg(CliOutput::formatTime(board.failuresSince)));
            if (!board.topFailures.isEmpty()) {
                app.out().printLine();
                app.out().printLine(tr("Why sign-ins failed in the last 7 days:"));
                QList<QStringList> rows;
                for (const FailureReason &r : board.topFailures)
                    rows.append({QString::number(r.count), logkeys::describe(r.key, false, r.errorCode),
                                 r.errorCode.isEmpty() ? r.key : r.errorCode});
                app.out().printTable({tr("COUNT"), tr("REASON"), tr("CODE")}, rows);
            }
        });
    }
};

Noun DashboardCommands::noun()
{
    Noun noun{QStringLiteral("dashboard"),
              tr("A tenant at a glance: users, active users, failed sign-ins, organizations."),
              {}};
    noun.verbs = {
        {QString(),
         QStringLiteral("[--date YYYY-MM-DD]"),
         tr("Show the tenant's figures for the 30 days ending today (UTC)."),
         tr("Active users are those with a successful token exchange that day, as Logto counts them; on a "
            "workspace they come from the archive of events (\"logs sync\"). Failed sign-ins are sign-in "
            "steps that ended in an error. --json: totalUsers, newUsersToday, newUsers7d, dau, wau, mau, "
            "deltas, dailyActive and failedSignIns (30 {date, count}), failedSignIns7d, topFailures, "
            "organizations, organizationMembers (null when unknown)."),
         {{QStringLiteral("date"), tr("End the 30 days at this UTC day instead of today."),
           QStringLiteral("YYYY-MM-DD")}},
         0,
         0,
         false,
         &show},
    };
    return noun;
}

} // namespace

Noun dashboardNoun()
{
    return DashboardCommands::noun();
}

} // namespace gatehouse::cli
