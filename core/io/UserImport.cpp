#include "io/UserImport.h"

#include <QCoreApplication>

namespace gatehouse {

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::Json:
        return QStringLiteral("json");
    case ImportFormat::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

bool parseImportFormat(const QString &name, ImportFormat *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        *format = ImportFormat::Csv;
    else if (n == QLatin1String("json"))
        *format = ImportFormat::Json;
    else if (n == QLatin1String("jsonl") || n == QLatin1String("ndjson"))
        *format = ImportFormat::JsonLines;
    else
        return false;
    return true;
}

QString ImportReport::toText() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("gatehouse::ImportReport", text);
    };
    QString text;
    if (fatal.isError())
        text += tr("Stopped: %1").arg(fatal.toString()) + QLatin1Char('\n');
    for (const ImportProblem &p : problems) {
        // A reader failure is both the fatal error and a file-level problem; say it once.
        if (fatal.isError() && p.line <= 0 && p.field.isEmpty() && p.message == fatal.message())
            continue;
        text += p.line > 0 ? tr("line %1").arg(p.line) : tr("file");
        if (!p.field.isEmpty())
            text += QStringLiteral(", ") + p.field;
        text += QStringLiteral(": ") + p.message + QLatin1Char('\n');
    }
    if (problemCount > problems.size())
        text += tr("… and %1 more problems.").arg(problemCount - problems.size()) + QLatin1Char('\n');
    text += tr("%1 rows read, %2 imported, %3 invalid%4.")
                .arg(rowsRead)
                .arg(rowsImported)
                .arg(rowsInvalid)
                .arg(cancelled ? tr(", cancelled") : QString());
    return text;
}

} // namespace gatehouse
