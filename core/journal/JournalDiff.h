#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace gatehouse::journaldiff {

/// One field a journal entry changed, as a person reads it: "customData.plan", "free" → "pro".
struct FieldChange
{
    enum class Kind { Added, Removed, Changed };
    QString field; ///< dotted path into the object; "roles[]" for items of a list
    Kind kind = Kind::Changed;
    QJsonValue before; ///< undefined when Added
    QJsonValue after;  ///< undefined when Removed
};

/// The fields that differ between an entry's before and after, in the order of the after object
/// (then the fields only before had). Objects are compared field by field at any depth; a list
/// of plain values reports the items it gained and lost (field "name[]"); any other list, or a
/// value whose type changed, is one change of the whole field. An object created (before null)
/// lists each of its fields as Added; one deleted lists each as Removed.
QList<FieldChange> changes(const QJsonValue &before, const QJsonValue &after);

/// A value as one line of text: strings as they are, numbers and booleans as JSON writes them,
/// lists of plain values comma-separated, anything else compact JSON; "" for null/undefined.
/// Fields whose name ends in "At" and hold unix milliseconds are shown as ISO 8601 UTC unless
/// `localTimes` — then in the local time zone with its offset.
QString text(const QString &field, const QJsonValue &value, bool localTimes = false);

} // namespace gatehouse::journaldiff
