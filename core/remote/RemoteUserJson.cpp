#include "remote/RemoteUserJson.h"

#include "model/UserJson.h"
#include "model/UserValidation.h"
#include "remote/RemoteCommon.h"

#include <QDateTime>

namespace gatehouse::remote::logto {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString()) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

[[noreturn]] void unreadable(const QString &detail)
{
    throw Failure{
        Error(ErrorCode::Internal, rtr("The Logto server sent a user that Gatehouse cannot read."), detail)};
}
} // namespace

User user(const QJsonObject &o, const QString &tenantId)
{
    Result<User> parsed = json::userFromJson(o);
    if (!parsed.ok()) {
        QStringList fields;
        for (const FieldError &f : parsed.error().fields())
            fields.append(f.field + QStringLiteral(": ") + f.message);
        unreadable(fields.join(QStringLiteral("; ")));
    }
    User u = std::move(parsed).value();
    if (u.id.isEmpty())
        unreadable(QStringLiteral("id: missing"));
    u.tenantId = tenantId;
    u.passwordDigest.clear();
    u.passwordAlgorithm = o.value(QLatin1String("hasPassword")).toBool()
                              ? QLatin1String(undisclosedPasswordAlgorithm)
                              : QString();
    u.updatedAt = timeOf(o.value(QLatin1String("updatedAt"))).value_or(u.createdAt);
    u.version = userVersion(u);
    return u;
}

qint64 userVersion(const User &u)
{
    return contentVersion(QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("username"), u.username},
        {QStringLiteral("primaryEmail"), u.primaryEmail},
        {QStringLiteral("primaryPhone"), u.primaryPhone},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("avatar"), u.avatar},
        {QStringLiteral("profile"), u.profile},
        {QStringLiteral("customData"), u.customData},
        {QStringLiteral("identities"), u.identities},
        {QStringLiteral("isSuspended"), u.isSuspended},
        {QStringLiteral("hasPassword"), u.hasPassword()},
    });
}

MfaVerification mfaVerification(const QJsonObject &o)
{
    MfaVerification v;
    v.id = o.value(QLatin1String("id")).toString();
    v.type = o.value(QLatin1String("type")).toString();
    v.name = o.value(QLatin1String("name")).toString();
    v.createdAt = timeOf(o.value(QLatin1String("createdAt"))).value_or(0);
    v.lastUsedAt = timeOf(o.value(QLatin1String("lastUsedAt")));
    if (v.id.isEmpty() || v.type.isEmpty())
        throw Failure{Error(ErrorCode::Internal,
                            rtr("The Logto server sent an MFA factor that Gatehouse cannot read."),
                            QStringLiteral("id or type missing"))};
    return v;
}

QString phoneForLogto(const QString &phone)
{
    return validation::phoneKey(phone);
}

QJsonObject userCreateBody(const User &draft, const QString &password)
{
    QJsonObject body;
    auto text = [&body](const char *key, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    text("username", draft.username);
    text("primaryEmail", draft.primaryEmail);
    text("primaryPhone", phoneForLogto(draft.primaryPhone));
    text("name", draft.name);
    text("avatar", draft.avatar);
    if (!draft.profile.isEmpty())
        body.insert(QStringLiteral("profile"), draft.profile);
    if (!draft.customData.isEmpty())
        body.insert(QStringLiteral("customData"), draft.customData);
    if (!password.isEmpty()) {
        body.insert(QStringLiteral("password"), password);
    } else if (!draft.passwordDigest.isEmpty()) {
        body.insert(QStringLiteral("passwordDigest"), draft.passwordDigest);
        body.insert(QStringLiteral("passwordAlgorithm"), draft.passwordAlgorithm);
    }
    return body;
}

QJsonObject userPatch(const User &before, const User &after)
{
    QJsonObject patch;
    auto text = [&patch](const char *key, const QString &was, const QString &now) {
        if (was != now)
            patch.insert(QLatin1String(key), textOrNull(now));
    };
    text("username", before.username, after.username);
    text("primaryEmail", before.primaryEmail, after.primaryEmail);
    text("primaryPhone", phoneForLogto(before.primaryPhone), phoneForLogto(after.primaryPhone));
    text("name", before.name, after.name);
    text("avatar", before.avatar, after.avatar);
    if (before.profile != after.profile)
        patch.insert(QStringLiteral("profile"), after.profile);
    if (before.customData != after.customData)
        patch.insert(QStringLiteral("customData"), after.customData);
    return patch;
}

QString containsPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 8);
    pattern += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    pattern += QLatin1Char('%');
    return pattern;
}

void addQueryValue(QUrlQuery &query, const QString &key, const QString &value)
{
    // QUrlQuery takes "%41" in a value for an escaped 'A'; "%25" is a literal '%'.
    query.addQueryItem(key, QString(value).replace(QLatin1Char('%'), QStringLiteral("%25")));
}

} // namespace gatehouse::remote::logto
