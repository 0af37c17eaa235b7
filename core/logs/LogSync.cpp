#include "logs/LogSync.h"

#include <QCoreApplication>

namespace gatehouse {

namespace {
QString str(const char *text)
{
    return QCoreApplication::translate("gatehouse::LogSync", text);
}
} // namespace

LogSync::LogSync(LogsApi &source, QString sourceTenantId, QString sourceName, LogsApi &archive,
                 QString archiveTenantId, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_sourceTenant(std::move(sourceTenantId))
    , m_archive(archive)
    , m_archiveTenant(std::move(archiveTenantId))
{
    m_state.source = std::move(sourceName);
}

void LogSync::start()
{
    m_clock.start();
    m_archive.syncState(m_archiveTenant, m_state.source)
        .then(this, [this](const Result<LogSyncState> &state) {
            if (!state)
                return fail(state.error());
            begin(state.value());
        });
}

void LogSync::cancel()
{
    m_cancelled = true;
}

void LogSync::begin(const LogSyncState &state)
{
    const QString source = m_state.source;
    m_state = state;
    m_state.source = source;
    if (m_state.passTop != 0) {
        m_progress.resumed = true;
        return fetch();
    }
    // A new pass: its top is the newest event the source has now. Every page of the pass then
    // asks for the same list (down from that top), so its positions stay meaningful.
    m_source.page(m_sourceTenant, {}, {}, 1).then(this, [this](const Result<LogPage> &newest) {
        if (!newest)
            return fail(newest.error());
        ++m_progress.pages;
        if (newest.value().events.isEmpty()) {
            // Nothing at the source: the pass is complete as it starts.
            LogSyncState ended = m_state;
            ended.passTop = 0;
            ended.passCursor = {};
            m_archive.archive(m_archiveTenant, {}, ended)
                .then(this, [this](const Result<LogArchiveResult> &r) {
                    if (!r)
                        return fail(r.error());
                    m_progress.complete = true;
                    done();
                });
            return;
        }
        m_state.passTop = newest.value().events.constFirst().createdAt;
        m_state.passCursor = {};
        fetch();
    });
}

LogQuery LogSync::passQuery() const
{
    LogQuery q;
    q.since = m_state.highWater > 0 ? qMax<qint64>(1, m_state.highWater - overlapMs) : 0;
    q.until = m_state.passTop;
    return q;
}

void LogSync::fetch()
{
    if (m_cancelled)
        return fail(
            Error(ErrorCode::Cancelled, str("The sync was stopped; the next sync continues from here.")));
    m_source.page(m_sourceTenant, passQuery(), m_state.passCursor, m_batch)
        .then(this, [this](const Result<LogPage> &page) {
            if (!page)
                return fail(page.error());
            store(page.value());
        });
}

void LogSync::store(const LogPage &page)
{
    ++m_progress.pages;
    m_progress.fetched += page.events.size();
    if (!page.events.isEmpty())
        m_progress.oldestSeen = page.events.constLast().createdAt;
    if (!page.atEnd && page.next == m_state.passCursor)
        return fail(
            Error(ErrorCode::Internal, str("The source answered the same position twice; the sync stopped "
                                           "to avoid going round in circles.")));
    LogSyncState next = m_state;
    next.passCursor = page.next;
    if (page.atEnd) {
        next.highWater = qMax(next.highWater, next.passTop);
        next.passTop = 0;
        next.passCursor = {};
    }
    m_archive.archive(m_archiveTenant, page.events, next)
        .then(this, [this, next, atEnd = page.atEnd](const Result<LogArchiveResult> &stored) {
            if (!stored)
                return fail(stored.error());
            m_state = next;
            m_progress.stored += stored.value().stored;
            m_progress.alreadyPresent += stored.value().alreadyPresent;
            m_progress.elapsedMs = m_clock.elapsed();
            emit progressed();
            if (atEnd) {
                m_progress.complete = true;
                return done();
            }
            fetch();
        });
}

void LogSync::fail(const Error &error)
{
    m_error = error;
    done();
}

void LogSync::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_progress.elapsedMs = m_clock.elapsed();
    emit finished();
}

} // namespace gatehouse
