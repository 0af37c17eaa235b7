#include "model/LogEventJson.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace gatehouse::json {

namespace {
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Error invalid(const QString &field, const QString &problem)
{
    return Error(ErrorCode::Validation,
                 QCoreApplication::translate("gatehouse::json", "The event's %1 %2.").arg(field, problem));
}
} // namespace

Result<LogEvent> logEventFromJson(const QJsonObject &o)
{
    LogEvent e;
    e.id = text(o, "id");
    if (e.id.isEmpty() || e.id.size() > 21)
        return invalid(
            QStringLiteral("id"),
            QCoreApplication::translate("gatehouse::json", "is missing or longer than 21 characters"));
    e.key = text(o, "key");
    if (e.key.isEmpty() || e.key.size() > 128)
        return invalid(
            QStringLiteral("key"),
            QCoreApplication::translate("gatehouse::json", "is missing or longer than 128 characters"));
    const QJsonValue created = o.value(QLatin1String("createdAt"));
    if (!created.isDouble())
        return invalid(QStringLiteral("createdAt"),
                       QCoreApplication::translate("gatehouse::json", "is not a number"));
    e.createdAt = static_cast<qint64>(created.toDouble());
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (!payload.isObject())
        return invalid(QStringLiteral("payload"),
                       QCoreApplication::translate("gatehouse::json", "is not an object"));
    e.payload = payload.toObject();
    if (!parseLogResult(text(e.payload, "result"), &e.result))
        return invalid(QStringLiteral("result"),
                       QCoreApplication::translate("gatehouse::json", "is neither Success nor Error"));
    e.userId = text(e.payload, "userId");
    e.applicationId = text(e.payload, "applicationId");
    e.sessionId = text(e.payload, "sessionId");
    e.ip = text(e.payload, "ip");
    e.userAgent = text(e.payload, "userAgent");
    e.organizationId = text(e.payload, "organizationId");
    if (e.organizationId.isEmpty())
        e.organizationId = text(e.payload.value(QLatin1String("params")).toObject(), "organization_id");
    return e;
}

QJsonObject toJson(const LogEvent &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), event.id);
    o.insert(QStringLiteral("key"), event.key);
    o.insert(QStringLiteral("payload"), event.payload);
    o.insert(QStringLiteral("createdAt"), static_cast<double>(event.createdAt));
    return o;
}

} // namespace gatehouse::json
