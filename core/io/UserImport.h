#pragma once

#include "backend/Error.h"

#include <QList>
#include <QString>

namespace gatehouse {

enum class ImportFormat { Csv, Json, JsonLines };

QString importFormatName(ImportFormat format); ///< "csv", "json", "jsonl"
bool parseImportFormat(const QString &name, ImportFormat *format);

struct ImportOptions
{
    enum class Mode {
        AllOrNothing, ///< one transaction; any bad row → nothing is written
        SkipInvalid,  ///< valid rows are written (in batches of whole rows), bad rows reported
    };
    ImportFormat format = ImportFormat::Csv;
    Mode mode = Mode::AllOrNothing;
    bool dryRun = false; ///< validate everything (uniqueness included), write nothing
};

/// One bad row: where it is and what is wrong with it.
struct ImportProblem
{
    qint64 line = 0;   ///< 1-based line of the record in the file (0 = the whole file)
    QString field;     ///< CSV column / JSON key, empty when the row as a whole is bad
    QString message;
};

struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 rowsImported = 0; ///< committed (0 for a dry run or a rejected all-or-nothing import)
    qint64 rowsInvalid = 0;
    qint64 problemCount = 0;       ///< all problems found
    QList<ImportProblem> problems; ///< the first maxKeptProblems of them
    bool committed = false;
    bool cancelled = false;
    Error fatal; ///< a file-level error that stopped the import (broken header, truncated file, …)
    qint64 elapsedMs = 0;
    static constexpr int maxKeptProblems = 10000;

    /// A plain-text report: one line per problem ("line 12, primaryEmail: …"), then a summary.
    QString toText() const;
};

} // namespace gatehouse

#include <QMutex>

#include <atomic>

namespace gatehouse {

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    qint64 rowsRead = 0;
    double rowsPerSecond = 0;
    bool hashingPasswords = false; ///< plain-text passwords are being hashed (slow on purpose)
};

/// Shared by the caller and a running import: progress flows out, cancellation flows in.
/// Thread-safe; the caller polls progress() (e.g. from a UI timer).
class ImportControl
{
public:
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    void setProgress(const ImportProgress &progress)
    {
        QMutexLocker lock(&m_mutex);
        m_progress = progress;
    }
    ImportProgress progress() const
    {
        QMutexLocker lock(&m_mutex);
        return m_progress;
    }

private:
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    ImportProgress m_progress;
};

} // namespace gatehouse
