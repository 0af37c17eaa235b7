#include "users/UserText.h"

#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace gatehouse::ui {

QString UserText::displayName(const User &user)
{
    for (const QString *candidate : {&user.name, &user.username, &user.primaryEmail, &user.primaryPhone}) {
        if (!candidate->trimmed().isEmpty())
            return candidate->trimmed();
    }
    return user.id;
}

QString UserText::initials(const User &user)
{
    const QString source = displayName(user);
    QString letters;
    const QStringList words = source.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto first =
            std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (first != word.cend())
            letters.append(first->toUpper());
        if (letters.size() == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QString UserText::confirmationText(const User &user)
{
    if (!user.username.isEmpty())
        return user.username;
    if (!user.primaryEmail.isEmpty())
        return user.primaryEmail;
    return user.id;
}

QString UserText::number(qint64 value)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value);
}

QString UserText::userCount(qint64 count)
{
    // Explicit singular and plural forms: no English plural catalogue is needed.
    return count == 1 ? tr("1 user") : tr("%1 users").arg(number(count));
}

void UserText::makeBadge(QLabel *label, Tone tone)
{
    label->setProperty("role", QLatin1String("badge"));
    switch (tone) {
    case Tone::Danger:
        label->setStyleSheet(
            QStringLiteral("background: #fde4e1; color: #b42318; border: 1px solid #f5b5ad;"));
        break;
    case Tone::Warning:
        label->setStyleSheet(
            QStringLiteral("background: #fff4d6; color: #8a5a00; border: 1px solid #f0d58c;"));
        break;
    case Tone::Info:
        label->setStyleSheet(
            QStringLiteral("background: #e0ecff; color: #1d5bbf; border: 1px solid #b3cdf5;"));
        break;
    case Tone::Success:
        label->setStyleSheet(
            QStringLiteral("background: #e3f6e8; color: #1e7a3a; border: 1px solid #b5e0c2;"));
        break;
    case Tone::Neutral:
        label->setStyleSheet(
            QStringLiteral("background: #f0f0f5; color: #4b4b5c; border: 1px solid #dcdce6;"));
        break;
    }
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace gatehouse::ui
