#include "model/UserValidation.h"

#include "model/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse::validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::validation", text);
}

const QStringList &profileStringClaims()
{
    static const QStringList claims{QStringLiteral("familyName"),
                                    QStringLiteral("givenName"),
                                    QStringLiteral("middleName"),
                                    QStringLiteral("nickname"),
                                    QStringLiteral("preferredUsername"),
                                    QStringLiteral("profile"),
                                    QStringLiteral("website"),
                                    QStringLiteral("gender"),
                                    QStringLiteral("birthdate"),
                                    QStringLiteral("zoneinfo"),
                                    QStringLiteral("locale")};
    return claims;
}
} // namespace

QString usernameProblem(const QString &username)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (username.size() > 128)
        return tr("is too long (at most 128 characters)");
    if (!rule.match(username).hasMatch())
        return tr("must start with a letter or underscore and contain only letters, digits and underscores");
    return {};
}

QString emailProblem(const QString &email)
{
    static const QRegularExpression rule(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"));
    if (email.size() > 254)
        return tr("is too long (at most 254 characters)");
    if (!rule.match(email).hasMatch())
        return tr("is not a valid email address (expected name@example.com)");
    for (QChar c : email) {
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control)
            return tr("contains invalid characters");
    }
    return {};
}

QString phoneProblem(const QString &phone)
{
    static const QRegularExpression rule(QStringLiteral("^\\+?[0-9 ().-]+$"));
    if (!rule.match(phone).hasMatch())
        return tr("is not a valid phone number (digits with an optional leading +, e.g. +1 555 010 1234)");
    const qsizetype digits = phoneKey(phone).size();
    if (digits < 7 || digits > 15)
        return tr("must have 7 to 15 digits (E.164)");
    return {};
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return tr("must be at least 8 characters");
    if (password.size() > 256)
        return tr("is too long (at most 256 characters)");
    return {};
}

QList<FieldError> user(const User &u)
{
    QList<FieldError> errors;
    auto check = [&errors](const char *field, const QString &problem) {
        if (!problem.isEmpty())
            errors.append({QLatin1String(field), problem});
    };
    if (!u.username.isEmpty())
        check("username", usernameProblem(u.username));
    if (!u.primaryEmail.isEmpty())
        check("primaryEmail", emailProblem(u.primaryEmail));
    if (!u.primaryPhone.isEmpty())
        check("primaryPhone", phoneProblem(u.primaryPhone));
    check("name", textProblem(u.name, 128, false));
    if (!u.avatar.isEmpty()) {
        const QUrl url(u.avatar, QUrl::StrictMode);
        if (u.avatar.size() > 2048 || !url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            errors.append({QStringLiteral("avatar"), tr("must be an http(s) URL of an image")});
    }
    for (auto it = u.profile.constBegin(); it != u.profile.constEnd(); ++it) {
        const QString field = QStringLiteral("profile.") + it.key();
        if (profileStringClaims().contains(it.key())) {
            if (!it.value().isString())
                errors.append({field, tr("must be text")});
        } else if (it.key() == QLatin1String("address")) {
            if (!it.value().isObject())
                errors.append(
                    {field, tr("must be an object (formatted, streetAddress, locality, region, postalCode, "
                               "country)")});
        } else {
            errors.append({field, tr("is not a standard profile claim; put it in customData instead")});
        }
    }
    const qsizetype customSize = QJsonDocument(u.customData).toJson(QJsonDocument::Compact).size();
    if (customSize > 65536)
        errors.append(
            {QStringLiteral("customData"), tr("is too large (%1 bytes; at most 64 KiB)").arg(customSize)});
    return errors;
}

QString usernameKey(const QString &username)
{
    return username.toLower();
}

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString phoneKey(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

QString searchPhoneKey(const QString &text)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 ().-]+$"));
    return phoneLike.match(text).hasMatch() ? phoneKey(text) : QString();
}

} // namespace gatehouse::validation
