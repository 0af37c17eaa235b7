#pragma once

#include "common/ListModel.h"
#include "model/LogEvent.h"

#include <QCoreApplication>

namespace gatehouse::ui {

class EventNames;

/// The columns every list of authentication events shows the same way (the Logs area, a user's
/// and an organization's Activity tab).
class EventColumns
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::EventColumns)
public:
    using Column = ListModel<LogEvent>::Column;

    /// When: local time, UTC in the tooltip.
    static Column when();
    /// The event in plain language, its key in the tooltip.
    static Column event();
    /// Success or Failed.
    static Column result();
    static Column ip();
    /// "Firefox on Linux", the whole user agent in the tooltip.
    static Column browser();
    /// The user by name from `names` (the id, in monospace, while the name is unknown); the id
    /// in the tooltip.
    static Column user(const QString &title, const EventNames *names);
    /// The application by name from `names`, likewise.
    static Column application(const EventNames *names);
};

} // namespace gatehouse::ui
