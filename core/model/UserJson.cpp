#include "model/UserJson.h"

#include <QCoreApplication>

namespace gatehouse::json {

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::json", text);
}
} // namespace

QJsonObject toJson(const User &u, bool withDigest)
{
    QJsonObject o{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("username"), stringOrNull(u.username)},
        {QStringLiteral("primaryEmail"), stringOrNull(u.primaryEmail)},
        {QStringLiteral("primaryPhone"), stringOrNull(u.primaryPhone)},
        {QStringLiteral("name"), stringOrNull(u.name)},
        {QStringLiteral("avatar"), stringOrNull(u.avatar)},
        {QStringLiteral("customData"), u.customData},
        {QStringLiteral("identities"), u.identities},
        {QStringLiteral("profile"), u.profile},
        {QStringLiteral("lastSignInAt"),
         u.lastSignInAt ? QJsonValue(static_cast<double>(*u.lastSignInAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), static_cast<double>(u.createdAt)},
        {QStringLiteral("updatedAt"), static_cast<double>(u.updatedAt)},
        {QStringLiteral("isSuspended"), u.isSuspended},
        {QStringLiteral("hasPassword"), u.hasPassword()},
        {QStringLiteral("passwordExpired"), u.passwordExpired},
        {QStringLiteral("mfaVerificationCount"), u.mfaCount},
    };
    if (withDigest && u.hasPassword()) {
        o.insert(QStringLiteral("passwordDigest"), u.passwordDigest);
        o.insert(QStringLiteral("passwordAlgorithm"), u.passwordAlgorithm);
    }
    return o;
}

QJsonObject toJson(const MfaVerification &v)
{
    QJsonObject o{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("type"), v.type},
        {QStringLiteral("createdAt"), static_cast<double>(v.createdAt)},
    };
    if (!v.name.isEmpty())
        o.insert(QStringLiteral("name"), v.name);
    if (v.lastUsedAt)
        o.insert(QStringLiteral("lastUsedAt"), static_cast<double>(*v.lastUsedAt));
    return o;
}

Result<User> userFromJson(const QJsonObject &o)
{
    QList<FieldError> errors;
    User u;
    auto text = [&](const char *key, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            *out = v.toString();
        else if (!v.isUndefined() && !v.isNull())
            errors.append({QLatin1String(key), tr("must be a string")});
    };
    auto object = [&](const char *key, QJsonObject *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isObject())
            *out = v.toObject();
        else if (!v.isUndefined() && !v.isNull())
            errors.append({QLatin1String(key), tr("must be a JSON object")});
    };
    auto millis = [&](const char *key) -> std::optional<qint64> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e15)
            return static_cast<qint64>(v.toDouble());
        if (!v.isUndefined() && !v.isNull())
            errors.append({QLatin1String(key), tr("must be a time in unix milliseconds")});
        return std::nullopt;
    };
    text("id", &u.id);
    text("username", &u.username);
    text("primaryEmail", &u.primaryEmail);
    text("primaryPhone", &u.primaryPhone);
    text("name", &u.name);
    text("avatar", &u.avatar);
    text("passwordDigest", &u.passwordDigest);
    text("passwordAlgorithm", &u.passwordAlgorithm);
    object("profile", &u.profile);
    object("customData", &u.customData);
    object("identities", &u.identities);
    const QJsonValue suspended = o.value(QStringLiteral("isSuspended"));
    if (suspended.isBool())
        u.isSuspended = suspended.toBool();
    else if (!suspended.isUndefined() && !suspended.isNull())
        errors.append({QStringLiteral("isSuspended"), tr("must be true or false")});
    u.lastSignInAt = millis("lastSignInAt");
    u.createdAt = millis("createdAt").value_or(0);
    if (!errors.isEmpty())
        return Error::validation(errors);
    return u;
}

} // namespace gatehouse::json
