#include "model/LogEvent.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace gatehouse {

QString logResultName(LogResult result)
{
    return result == LogResult::Success ? QStringLiteral("Success") : QStringLiteral("Error");
}

bool parseLogResult(const QString &name, LogResult *result)
{
    if (name.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0)
        *result = LogResult::Success;
    else if (name.compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0)
        *result = LogResult::Error;
    else
        return false;
    return true;
}

QString logPayloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QString LogEvent::errorText() const
{
    const QJsonValue error = payload.value(QLatin1String("error"));
    if (error.isString())
        return error.toString().simplified();
    if (!error.isObject())
        return {};
    const QJsonObject o = error.toObject();
    const QString code = o.value(QLatin1String("code")).toString();
    const QString message = o.value(QLatin1String("message")).toString().simplified();
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : code + QStringLiteral(": ") + message;
}

QString LogQuery::keyPrefix() const
{
    if (key.endsWith(QLatin1Char('*')))
        return key.chopped(1);
    if (key.endsWith(QLatin1Char('.')))
        return key;
    return {};
}

bool LogQuery::matches(const LogEvent &event) const
{
    if (!userId.isEmpty() && event.userId != userId)
        return false;
    if (!applicationId.isEmpty() && event.applicationId != applicationId)
        return false;
    if (!organizationId.isEmpty() && event.organizationId != organizationId)
        return false;
    if (!key.isEmpty()) {
        const QString prefix = keyPrefix();
        if (prefix.isEmpty() ? event.key != key : !event.key.startsWith(prefix))
            return false;
    }
    if (result && event.result != *result)
        return false;
    if (since > 0 && event.createdAt < since)
        return false;
    if (until > 0 && event.createdAt > until)
        return false;
    if (!search.isEmpty()) {
        const auto has = [this](const QString &text) {
            return text.contains(search, Qt::CaseInsensitive);
        };
        if (!has(event.key) && !has(event.id) && !has(logPayloadText(event.payload)))
            return false;
    }
    return true;
}

} // namespace gatehouse
