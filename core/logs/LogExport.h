#pragma once

#include "backend/Backend.h"

#include <QFuture>
#include <QObject>
#include <QSaveFile>
#include <memory>
#include <optional>

namespace gatehouse {

enum class LogExportFormat { Csv, JsonLines };

/// The CSV columns of an event export, in order: createdAt (ISO 8601 UTC), createdAtMs, id, key,
/// description (plain language), result, userId, applicationId, organizationId, sessionId, ip,
/// userAgent, error, payload (compact JSON). JSON Lines: one event per line in Logto's shape
/// (id, key, payload, createdAt) — what a SIEM ingests from Logto directly.
QStringList logExportColumns();

/// Writes every event a query matches, newest first, to a file: pages of 500 through
/// LogsApi::page, so memory stays flat however many events there are; each page is formatted and
/// written on a pool thread, not the caller's. The file appears only when
/// complete (QSaveFile), readable only by its owner; a failure or cancel leaves no file.
///
/// Use on one thread with an event loop; finished() follows start() once.
class LogExport : public QObject
{
    Q_OBJECT
public:
    LogExport(LogsApi &logs, QString tenantId, LogQuery query, QString path, LogExportFormat format,
              QObject *parent = nullptr);
    ~LogExport() override;

    void start();
    void cancel() { m_cancelled = true; }

    qint64 written() const { return m_written; }
    const std::optional<Error> &error() const { return m_error; }

signals:
    void progressed();
    void finished();

private:
    void fetch();
    void advance(const LogPage &page);
    void fail(const Error &error);

    LogsApi &m_logs;
    QString m_tenantId;
    LogQuery m_query;
    QString m_path;
    LogExportFormat m_format;
    std::unique_ptr<QSaveFile> m_file;
    QFuture<Result<LogPage>> m_writing; ///< the page being fetched and written
    LogCursor m_cursor;
    qint64 m_written = 0;
    std::optional<Error> m_error;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace gatehouse
