#pragma once

#include "backend/Backend.h"

#include <QElapsedTimer>
#include <QObject>
#include <optional>

namespace gatehouse {

/// How far a sync has come.
struct LogSyncProgress
{
    qint64 fetched = 0;        ///< events the source sent in this run
    qint64 stored = 0;         ///< of them, new to the archive
    qint64 alreadyPresent = 0; ///< of them, archived before (same id)
    int pages = 0;             ///< pages asked of the source
    qint64 oldestSeen = 0;     ///< createdAt of the oldest event of this run (unix ms), 0 = none
    qint64 elapsedMs = 0;
    bool resumed = false;  ///< this run continued a pass an earlier run had left unfinished
    bool complete = false; ///< the pass finished: everything up to its start is archived
};

/// Pulls the events of one source (a Logto connection's LogsApi, or any other) into the archive
/// of a workspace tenant, incrementally:
///
/// - A pass fixes its top first (the newest event the source has when it starts) and then asks
///   for one list, newest first, from that top down to the last pass's top (less a minute of
///   overlap for events a server writes late). Every batch is stored together with the position
///   reached (LogsApi::archive: one transaction), so a run interrupted in any way — cancel,
///   lost network, `kill -9` — is resumed by the next run from that position.
/// - Events are de-duplicated by id: pages that shift while events arrive during a pass, the
///   overlap, and a batch repeated after a crash store nothing twice.
/// - Only a completed pass moves the high-water mark, so an unfinished one never hides a gap.
///
/// Use on one thread (normally the UI or the command's main thread); needs its event loop.
class LogSync : public QObject
{
    Q_OBJECT
public:
    /// Events older than this much before the last pass's top are not fetched again.
    static constexpr qint64 overlapMs = 60000;

    LogSync(LogsApi &source, QString sourceTenantId, QString sourceName, LogsApi &archive,
            QString archiveTenantId, QObject *parent = nullptr);

    /// Events per request to the source (at most 500; a Logto server answers 100 per request).
    void setBatchSize(int events) { m_batch = qBound(1, events, 500); }
    /// Starts the run; finished() follows, once.
    void start();
    /// Stops after the batch in flight has been stored; finished() reports Cancelled.
    void cancel();

    const LogSyncProgress &progress() const { return m_progress; }
    /// Where the run stands in the archive's terms: the pass's top and the high-water mark it
    /// works down to (both 0 until the run has read them).
    const LogSyncState &state() const { return m_state; }
    /// After finished(): the error the run ended with, if any (Cancelled after cancel()).
    const std::optional<Error> &error() const { return m_error; }

signals:
    void progressed();
    void finished();

private:
    void begin(const LogSyncState &state);
    void fetch();
    void store(const LogPage &page);
    void fail(const Error &error);
    void done();
    LogQuery passQuery() const;

    LogsApi &m_source;
    QString m_sourceTenant;
    LogsApi &m_archive;
    QString m_archiveTenant;
    int m_batch = 100;
    LogSyncState m_state;
    LogSyncProgress m_progress;
    std::optional<Error> m_error;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace gatehouse
