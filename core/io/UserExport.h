#pragma once

#include "io/UserImport.h"

namespace gatehouse {

struct ExportOptions
{
    ImportFormat format = ImportFormat::Csv; ///< the same formats import reads
    /// Include passwordDigest/passwordAlgorithm. Off by default; the journal records it.
    bool withPasswordDigests = false;
};

struct ExportReport
{
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false; ///< the partial file was removed
};

/// CSV columns of an export, in order; import reads the same names.
QStringList userExportColumns(bool withPasswordDigests);

} // namespace gatehouse
