#include "journal/JournalDiff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace gatehouse::journaldiff {

namespace {

bool isPlain(const QJsonValue &v)
{
    return !v.isObject() && !v.isArray();
}

bool isPlainList(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray items = v.toArray();
    return std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return isPlain(item); });
}

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

void walk(const QString &path, const QJsonValue &before, const QJsonValue &after, QList<FieldChange> &out);

void walkObjects(const QString &path, const QJsonObject &before, const QJsonObject &after,
                 QList<FieldChange> &out)
{
    // QJsonObject iterates in key order, which keeps the list stable from run to run.
    for (auto it = after.begin(); it != after.end(); ++it)
        walk(join(path, it.key()), before.value(it.key()), it.value(), out);
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            walk(join(path, it.key()), it.value(), QJsonValue(QJsonValue::Undefined), out);
}

void walkLists(const QString &path, const QJsonArray &before, const QJsonArray &after,
               QList<FieldChange> &out)
{
    const QString field = path + QStringLiteral("[]");
    for (const QJsonValue &item : after)
        if (!before.contains(item))
            out.append({field, FieldChange::Kind::Added, QJsonValue(QJsonValue::Undefined), item});
    for (const QJsonValue &item : before)
        if (!after.contains(item))
            out.append({field, FieldChange::Kind::Removed, item, QJsonValue(QJsonValue::Undefined)});
}

void walk(const QString &path, const QJsonValue &before, const QJsonValue &after, QList<FieldChange> &out)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        walkObjects(path, before.toObject(), after.toObject(), out);
        return;
    }
    // A created or deleted object lists its fields one by one.
    if (absent(before) && after.isObject()) {
        walkObjects(path, {}, after.toObject(), out);
        return;
    }
    if (before.isObject() && absent(after)) {
        walkObjects(path, before.toObject(), {}, out);
        return;
    }
    if (isPlainList(before) && isPlainList(after) && !path.isEmpty()) {
        walkLists(path, before.toArray(), after.toArray(), out);
        return;
    }
    if (absent(before) && isPlainList(after) && !path.isEmpty()) {
        walkLists(path, {}, after.toArray(), out);
        return;
    }
    if (isPlainList(before) && absent(after) && !path.isEmpty()) {
        walkLists(path, before.toArray(), {}, out);
        return;
    }
    const FieldChange::Kind kind = absent(before)  ? FieldChange::Kind::Added
                                   : absent(after) ? FieldChange::Kind::Removed
                                                   : FieldChange::Kind::Changed;
    // A field that holds null is shown as "(none)" rather than dropped, so an explicit clear of
    // a value is visible.
    out.append({path.isEmpty() ? QStringLiteral("(value)") : path, kind, before, after});
}

bool isTimeField(const QString &field)
{
    const QString last = field.section(QLatin1Char('.'), -1);
    return last.endsWith(QLatin1String("At")) && last.size() > 2;
}

} // namespace

QList<FieldChange> changes(const QJsonValue &before, const QJsonValue &after)
{
    QList<FieldChange> out;
    walk(QString(), before, after, out);
    return out;
}

QString text(const QString &field, const QJsonValue &value, bool localTimes)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Unix milliseconds between 2001 and 2286: a time, when the field says it is one.
        if (isTimeField(field) && number >= 1e12 && number < 1e13) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(number), Qt::UTC);
            return localTimes ? at.toLocalTime().toString(Qt::ISODate) : at.toString(Qt::ISODate);
        }
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
    case QJsonValue::Array:
        if (isPlainList(value)) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items << text(QString(), item, localTimes);
            return items.join(QStringLiteral(", "));
        }
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace gatehouse::journaldiff
