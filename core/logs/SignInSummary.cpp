#include "logs/SignInSummary.h"

#include "model/LogKeys.h"

#include <QCoreApplication>

namespace gatehouse {

namespace {
QString str(const char *text)
{
    return QCoreApplication::translate("gatehouse::SignInSummary", text);
}

/// `one` for 1, else `many` with %1 = n (English plurals without a translation file).
QString counted(qint64 n, const char *one, const char *many)
{
    return n == 1 ? str(one) : str(many).arg(n);
}

bool isCompletedSignIn(const LogEvent &e)
{
    return e.result == LogResult::Success &&
           (e.key.compare(QLatin1String("Interaction.SignIn.Submit"), Qt::CaseInsensitive) == 0 ||
            e.key.compare(QLatin1String("ExchangeTokenBy.AuthorizationCode"), Qt::CaseInsensitive) == 0);
}

bool isFailedSignInStep(const LogEvent &e)
{
    return e.result == LogResult::Error &&
           e.key.startsWith(QLatin1String("Interaction.SignIn."), Qt::CaseInsensitive);
}
} // namespace

SignInSummary summarizeSignIns(const QList<LogEvent> &newestFirst)
{
    SignInSummary s;
    for (const LogEvent &e : newestFirst) {
        if (isCompletedSignIn(e)) {
            s.lastSuccess = e;
            break;
        }
        if (isFailedSignInStep(e)) {
            ++s.failuresSince;
            if (!s.lastFailure)
                s.lastFailure = e;
        }
    }
    return s;
}

QString ageText(qint64 ageMs)
{
    const qint64 minutes = qMax<qint64>(0, ageMs) / 60000;
    if (minutes < 1)
        return str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "just now"));
    if (minutes < 60)
        return counted(minutes, QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "a minute ago"),
                       QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 minutes ago"));
    if (minutes < 48 * 60)
        return counted(minutes / 60, QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "an hour ago"),
                       QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 hours ago"));
    if (minutes < 60 * 24 * 60)
        return counted(minutes / (24 * 60), QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "a day ago"),
                       QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 days ago"));
    return counted(minutes / (30 * 24 * 60), QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "a month ago"),
                   QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 months ago"));
}

QString browserOf(const QString &ua)
{
    if (ua.isEmpty())
        return {};
    const auto has = [&ua](const char *word) {
        return ua.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    QString browser;
    if (has("Edg/"))
        browser = QStringLiteral("Edge");
    else if (has("OPR/"))
        browser = QStringLiteral("Opera");
    else if (has("Firefox/"))
        browser = QStringLiteral("Firefox");
    else if (has("Chrome/") || has("CriOS/"))
        browser = QStringLiteral("Chrome");
    else if (has("Safari/"))
        browser = QStringLiteral("Safari");
    else if (has("curl/"))
        return QStringLiteral("curl");
    QString os;
    if (has("iPhone") || has("iPad"))
        os = QStringLiteral("iOS");
    else if (has("Android"))
        os = QStringLiteral("Android");
    else if (has("Windows"))
        os = QStringLiteral("Windows");
    else if (has("Mac OS X") || has("Macintosh"))
        os = QStringLiteral("macOS");
    else if (has("Linux") || has("X11"))
        os = QStringLiteral("Linux");
    if (browser.isEmpty())
        return os;
    return os.isEmpty() ? browser
                        : str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 on %2")).arg(browser, os);
}

QString SignInSummary::text(qint64 nowMs) const
{
    QString out;
    if (lastSuccess) {
        QString where = lastSuccess->ip;
        const QString browser = browserOf(lastSuccess->userAgent);
        if (!browser.isEmpty())
            where = where.isEmpty()
                        ? browser
                        : str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 (%2)")).arg(where, browser);
        out = where.isEmpty() ? str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "Last sign-in %1"))
                                    .arg(ageText(nowMs - lastSuccess->createdAt))
                              : str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "Last sign-in %1 from %2"))
                                    .arg(ageText(nowMs - lastSuccess->createdAt), where);
    } else {
        out = str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "No completed sign-in recorded"));
    }
    if (failuresSince > 0 && lastFailure) {
        const QString what = logkeys::describe(*lastFailure);
        const QString attempts =
            counted(failuresSince, QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "1 failed attempt"),
                    QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "%1 failed attempts"));
        out +=
            (lastSuccess ? str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "; %1 since, the last %2: %3"))
                         : str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "; %1, the last %2: %3")))
                .arg(attempts, ageText(nowMs - lastFailure->createdAt), what);
    } else if (lastSuccess) {
        out += str(QT_TRANSLATE_NOOP("gatehouse::SignInSummary", "; no failed attempt since"));
    }
    return out + QLatin1Char('.');
}

} // namespace gatehouse
