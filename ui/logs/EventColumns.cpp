#include "logs/EventColumns.h"

#include "common/Style.h"
#include "logs/EventNames.h"
#include "logs/SignInSummary.h"
#include "model/LogKeys.h"

namespace gatehouse::ui {

namespace {
using Model = ListModel<LogEvent>;

/// A name where one is known, else the id; the id always in the tooltip.
EventColumns::Column named(const QString &title, std::function<QString(const LogEvent &)> nameOf,
                           QString LogEvent::*id)
{
    return {title, [nameOf = std::move(nameOf), id](const LogEvent &e, int role) -> QVariant {
                const QString name = nameOf(e);
                if (role == Qt::DisplayRole || role == Qt::UserRole)
                    return name.isEmpty() ? e.*id : name;
                if (role == Qt::ToolTipRole)
                    return e.*id;
                return role == Qt::FontRole && name.isEmpty() ? QVariant(style::monospace()) : QVariant();
            }};
}
} // namespace

EventColumns::Column EventColumns::when()
{
    return Column::time(tr("When"), &LogEvent::createdAt);
}

EventColumns::Column EventColumns::event()
{
    return Column::text(tr("Event"), qOverload<const LogEvent &>(&logkeys::describe), Model::Plain,
                        [](const LogEvent &e) { return e.key; });
}

EventColumns::Column EventColumns::result()
{
    return Column::text(tr("Result"), [](const LogEvent &e) {
        return e.result == LogResult::Success ? tr("Success") : tr("Failed");
    });
}

EventColumns::Column EventColumns::ip()
{
    return Column::text(tr("IP"), &LogEvent::ip);
}

EventColumns::Column EventColumns::browser()
{
    return Column::text(
        tr("Browser"), [](const LogEvent &e) { return browserOf(e.userAgent); }, Model::Plain,
        [](const LogEvent &e) { return e.userAgent; });
}

EventColumns::Column EventColumns::user(const QString &title, const EventNames *names)
{
    return named(
        title, [names](const LogEvent &e) { return names->user(e.userId); }, &LogEvent::userId);
}

EventColumns::Column EventColumns::application(const EventNames *names)
{
    return named(
        tr("Application"), [names](const LogEvent &e) { return names->application(e.applicationId); },
        &LogEvent::applicationId);
}

} // namespace gatehouse::ui
