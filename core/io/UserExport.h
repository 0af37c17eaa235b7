#pragma once

#include "io/UserImport.h"

namespace gatehouse {

struct ExportOptions
{
    ImportFormat format = ImportFormat::Csv; ///< the same formats import reads
    /// Include passwordDigest/passwordAlgorithm. Off by default; the journal records it.
    bool withPasswordDigests = false;
    /// CSV only: a cell that a spreadsheet would run as a formula (it starts with = + - @, a tab
    /// or a carriage return) is written with a leading ' so it shows as text (OWASP's advice on
    /// CSV injection). For people opening the file; an exact file is for machines and round trips.
    bool spreadsheetSafe = false;
};

struct ExportReport
{
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;       ///< the partial file was removed
    bool spreadsheetSafe = false; ///< the CSV was written spreadsheet-safe (see ExportOptions)
};

/// CSV columns of an export, in order; import reads the same names.
QStringList userExportColumns(bool withPasswordDigests);

} // namespace gatehouse
