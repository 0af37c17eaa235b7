#include "CliOutput.h"

#include "HelpText.h"
#include "backend/Error.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

namespace gatehouse::cli {

void CliOutput::object(const QJsonObject &object, const Fields &fields, const QString &note)
{
    if (m_json) {
        printJson(object);
        return;
    }
    printFields(fields);
    if (!note.isEmpty())
        printLine(note);
}

void CliOutput::deleted(const QJsonObject &object, const QString &line)
{
    done(QJsonObject{{QStringLiteral("deleted"), object}}, line);
}

void CliOutput::done(const QJsonValue &json, const QString &line)
{
    if (m_json)
        printJson(json);
    else
        printLine(line);
}

void CliOutput::either(const QJsonValue &json, const std::function<void()> &readable)
{
    if (m_json)
        printJson(json);
    else
        readable();
}

void CliOutput::writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliOutput::writeErr(const QString &text)
{
    std::fflush(stdout);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliOutput::printLine(const QString &line)
{
    writeOut(line + QLatin1Char('\n'));
}

void CliOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliOutput::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 == cells.size() ? cells[c]
                                          : HelpText::padded(cells[c], widths[c]) + QStringLiteral("  ");
        printLine(text);
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

void CliOutput::printTable(const QStringList &headers, const QList<QStringList> &rows,
                           const QString &emptyLine)
{
    if (rows.isEmpty())
        printLine(emptyLine);
    else
        printTable(headers, rows);
}

void CliOutput::printFields(const Fields &fields)
{
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        width = std::max(width, label.size() + 1);
    for (const auto &[label, value] : fields)
        printLine(HelpText::padded(label + QLatin1Char(':'), width) + QLatin1Char(' ') + value);
}

void CliOutput::printError(const Error &error)
{
    const QList<FieldError> &fields = error.fields();
    QString text;
    if (fields.size() == 1 && fields.first().message == error.message()) {
        text = QStringLiteral("error: ") + fields.first().field + QStringLiteral(": ") + error.message();
    } else {
        text = QStringLiteral("error: ") + error.message();
        for (const FieldError &f : fields)
            text += QStringLiteral("\n  ") + f.field + QStringLiteral(": ") + f.message;
    }
    if (!error.detail().isEmpty())
        text += QStringLiteral("\n  (") + error.detail() + QLatin1Char(')');
    writeErr(text + QLatin1Char('\n'));
    if (!m_json)
        return;
    QJsonArray fieldArray;
    for (const FieldError &f : fields)
        fieldArray.append(
            QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("message"), f.message}});
    QJsonObject body{{QStringLiteral("code"), errorCodeName(error.code())},
                     {QStringLiteral("message"), error.message()},
                     {QStringLiteral("fields"), fieldArray}};
    if (!error.detail().isEmpty())
        body.insert(QStringLiteral("detail"), error.detail());
    printErrorJson(body);
}

void CliOutput::printError(const QString &codeName, const QString &message)
{
    writeErr(QStringLiteral("error: ") + message + QLatin1Char('\n'));
    if (m_json)
        printErrorJson(QJsonObject{{QStringLiteral("code"), codeName},
                                   {QStringLiteral("message"), message},
                                   {QStringLiteral("fields"), QJsonArray()}});
}

void CliOutput::printErrorJson(const QJsonObject &body)
{
    writeErr(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("error"), body}}).toJson(QJsonDocument::Compact) + '\n'));
}

QString CliOutput::formatTime(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODate);
}

QString CliOutput::formatList(const QStringList &items)
{
    return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
}

QString CliOutput::formatObject(const QJsonObject &object)
{
    return object.isEmpty() ? tr("(none)")
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString CliOutput::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

} // namespace gatehouse::cli
