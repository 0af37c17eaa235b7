#include "Invocation.h"

#include "CliApp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace gatehouse::cli {

Invocation::Invocation(CliApp &app, const Verb &verb, const QCommandLineParser &parser,
                       const QString &command)
    : m_app(app)
    , m_parser(parser)
    , m_args(parser.positionalArguments())
    , m_command(command)
{
    for (const QCommandLineOption &option : verb.options)
        m_optionNames += option.names();
}

bool Invocation::isSet(const QString &option) const
{
    return m_optionNames.contains(option) && m_parser.isSet(option);
}

qint64 Invocation::integer(const QString &option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!isSet(option))
        return fallback;
    bool ok = false;
    const qint64 number = m_parser.value(option).trimmed().toLongLong(&ok);
    if (!ok)
        m_app.usageError(tr("--%1 needs a whole number, not \"%2\".").arg(option, m_parser.value(option)),
                         m_command);
    if (number < min || number > max)
        m_app.failWith(ExitInvalid, tr("--%1 must be between %2 and %3.").arg(option).arg(min).arg(max),
                       QStringLiteral("validation"));
    return number;
}

qint64 Invocation::time(const QString &option) const
{
    const QString text = value(option).trimmed();
    if (text.isEmpty())
        return 0;
    static const QRegularExpression age(QStringLiteral("^(\\d{1,6})([mhd])$"));
    if (const QRegularExpressionMatch m = age.match(text); m.hasMatch()) {
        const qint64 unit = m.captured(2) == QLatin1String("m")   ? 60000
                            : m.captured(2) == QLatin1String("h") ? 3600000
                                                                  : 86400000;
        return QDateTime::currentMSecsSinceEpoch() - m.captured(1).toLongLong() * unit;
    }
    bool number = false;
    const qint64 ms = text.toLongLong(&number);
    if (number && ms > 0)
        return ms;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0), Qt::UTC);
    } else if (at.timeSpec() == Qt::LocalTime) {
        at.setTimeSpec(Qt::UTC);
    }
    if (!at.isValid())
        m_app.usageError(tr("--%1: \"%2\" is not a time; give 2026-12-01, 2026-12-01T08:30:00Z, unix "
                            "milliseconds, or an age such as 30m, 24h or 7d.")
                             .arg(option, text),
                         m_command);
    return at.toMSecsSinceEpoch();
}

bool Invocation::toggle(const QString &flag, bool fallback) const
{
    const QString negative = QStringLiteral("no-") + flag;
    const bool on = isSet(flag);
    const bool off = isSet(negative);
    if (on && off)
        m_app.usageError(tr("--%1 and --%2 contradict each other.").arg(flag, negative), m_command);
    return on ? true : off ? false : fallback;
}

QJsonObject Invocation::jsonObject(const QString &option, const QString &example) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_parser.value(option).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        m_app.usageError(tr("--%1 is not valid JSON (%2 at character %3).")
                             .arg(option, error.errorString())
                             .arg(error.offset + 1),
                         m_command);
    if (!doc.isObject())
        m_app.usageError(tr("--%1 must be a JSON object, for example '%2'.").arg(option, example), m_command);
    return doc.object();
}

void Invocation::requireAnyOf(const QStringList &options) const
{
    for (const QString &option : options) {
        if (isSet(option))
            return;
    }
    m_app.usageError(
        tr("nothing to change; pass at least one of --%1.").arg(options.join(QStringLiteral(", --"))),
        m_command);
}

} // namespace gatehouse::cli
