#pragma once

#include "backend/Error.h"
#include "io/UserImport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>
#include <optional>

namespace gatehouse::ui {

/// The first records of an import file, read on a pool thread so the dialog never waits for the
/// disk. Columns are the CSV header, or the user fields for JSON and JSON Lines; cells show the
/// parsed values (passwords and digests masked). Each row carries its parse errors and the
/// field rule problems the import will report, by column name.
struct ImportPreview
{
    struct Row
    {
        qint64 line = 0;
        QStringList cells;
        QList<FieldError> errors;
    };

    QString path;
    ImportFormat format = ImportFormat::Csv;
    ImportFormat detectedFormat = ImportFormat::Csv;
    qint64 size = 0;
    QStringList columns;
    QList<Row> rows;
    bool more = false; ///< the file has records after the ones shown
    Error fatal;       ///< the file cannot be read (or stops being readable within the preview)
};

class UserImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(UserImportPreview)

public:
    static constexpr int maxRows = 20;

    /// Reads up to maxRows records of `path` in `format` (detected from the name and the first
    /// bytes when nullopt). The future always finishes with a value.
    static QFuture<ImportPreview> load(const QString &path, std::optional<ImportFormat> format);

    /// Runs synchronously (the work load() hands to a pool thread).
    static ImportPreview read(const QString &path, std::optional<ImportFormat> format);

    /// "CSV", "JSON", "JSON Lines".
    static QString formatTitle(ImportFormat format);
};

} // namespace gatehouse::ui
