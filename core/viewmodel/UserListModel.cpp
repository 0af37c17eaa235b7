#include "viewmodel/UserListModel.h"

#include <QDateTime>
#include <limits>
#include <utility>

namespace gatehouse {

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setSource(Backend *backend, const QString &tenantId)
{
    m_backend = backend;
    m_tenantId = tenantId;
    m_chunkSize = backend ? qBound(1, backend->capabilities().userPageSize, 500) : defaultChunkSize;
    m_maxCachedChunks = qMax(2, maxCachedRows / m_chunkSize);
    const Capabilities capabilities = backend ? backend->capabilities() : Capabilities{};
    m_firstRows = capabilities.userFirstRows > 0 && capabilities.userFirstRows < m_chunkSize
                      ? capabilities.userFirstRows
                      : 0;
    m_searchIsSlow = backend && capabilities.userSearchIsSlow;
    m_countFirst = backend && capabilities.userCountFirst;
    m_estimateFirst = backend && capabilities.userCountEstimate;
    reload();
}

void UserListModel::setQuery(const UserQuery &query, const QString &keepId)
{
    if (query == m_query)
        return;
    m_query = query;
    reload(keepId);
}

void UserListModel::reload(const QString &keepId, int nearRow)
{
    m_keepId = keepId;
    m_keepRow = nearRow;
    ++m_generation;
    // Only what has not finished: cancelling a finished future whose continuation already ran
    // walks a continuation that no longer exists (Qt 6.4).
    for (auto &future : m_pending) {
        if (!future.isFinished())
            future.cancel(); // not started yet → skipped by the backend
    }
    m_pending.clear();
    // The superseded total too: a scan of the table, or one more request to a server.
    if (!m_anchorsRequest.isFinished())
        m_anchorsRequest.cancel();
    m_anchorsRequest = {};
    if (!m_countRequest.isFinished())
        m_countRequest.cancel();
    m_countRequest = {};
    if (!m_estimateRequest.isFinished())
        m_estimateRequest.cancel();
    m_estimateRequest = {};
    m_estimate = -1;
    m_countingStarted = false;
    m_wanted.clear();
    m_inFlight.clear();
    m_anchors = {};
    m_total = 0;
    m_totalKnown = false;
    m_anchorsPending = false;
    m_deferredAnchors.reset();
    m_provisional = false;
    const bool fetching = m_backend && !m_tenantId.isEmpty();
    if (fetching && m_rows > 0) {
        setUpdating(true); // the rows stay until the new first chunk replaces them
    } else {
        beginResetModel();
        clearRows();
        endResetModel();
        setUpdating(false);
    }
    Q_EMIT totalChanged(0, false);
    const bool slowSearch =
        fetching && m_searchIsSlow && !m_query.exactSearch && !m_query.search.trimmed().isEmpty();
    setSearching(slowSearch);
    if (!fetching)
        return;
    if (slowSearch) {
        // Asked before the search itself, so a server that works through requests in order
        // answers it first.
        UserQuery exact = m_query;
        exact.exactSearch = true;
        const quint64 generation = m_generation;
        auto future = m_backend->users().page(m_tenantId, exact, {}, firstRequestRows());
        m_pending.append(future);
        future.then(this, [this, generation](const Result<UserPage> &r) { exactArrived(generation, r); });
    }
    // Pending before anything is asked: an answer may come back while it is being asked.
    m_anchorsPending = true;
    m_idle = false;
    requestChunk(0);
    if (m_firstRows == 0)
        startCounting(); // else after the first rows, so that the rest of their chunk comes first
}

void UserListModel::startCounting()
{
    if (m_countingStarted || !m_backend)
        return;
    m_countingStarted = true;
    const quint64 generation = m_generation;
    if (m_estimateFirst) {
        // Asked first: the database answers it from its statistics while the count takes a
        // while.
        m_estimateRequest = m_backend->users().estimateUsers(m_tenantId, m_query);
        m_estimateRequest.then(
            this, [this, generation](const Result<qint64> &r) { estimateArrived(generation, r); });
    }
    if (m_countFirst) {
        m_countRequest = m_backend->users().anchors(m_tenantId, m_query, std::numeric_limits<int>::max());
        m_countRequest.then(
            this, [this, generation](const Result<UserAnchors> &r) { countArrived(generation, r); });
    }
    m_anchorsRequest = m_backend->users().anchors(m_tenantId, m_query, m_chunkSize);
    m_anchorsRequest.then(
        this, [this, generation](const Result<UserAnchors> &r) { anchorsArrived(generation, r); });
}

void UserListModel::countArrived(quint64 generation, const Result<UserAnchors> &result)
{
    // Only while the positions are still on their way, and over this query's own rows; a failure
    // is reported by the positions' request, which fails the same way.
    if (generation != m_generation || !m_anchorsPending || m_updating || m_provisional || !result.ok())
        return;
    applyTotal(result->total);
}

void UserListModel::estimateArrived(quint64 generation, const Result<qint64> &result)
{
    // Shown only until the count: no rows are added for it, and a failure is no loss (the count
    // follows, and reports its own).
    if (generation != m_generation || m_totalKnown || !result.ok() || result.value() < 0)
        return;
    m_estimate = result.value();
    Q_EMIT totalChanged(m_estimate, false);
}

void UserListModel::applyTotal(qint64 total)
{
    m_total = total;
    m_totalKnown = true;
    const int rows = static_cast<int>(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
    if (rows > m_rows) {
        const int from = m_rows;
        beginInsertRows({}, from, rows - 1);
        m_rows = rows;
        endInsertRows();
        lookForKept(from, rows - 1);
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    Q_EMIT totalChanged(m_total, true);
}

void UserListModel::clearRows()
{
    m_chunks.clear();
    m_lru.clear();
    m_rows = 0;
}

void UserListModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

void UserListModel::exactArrived(quint64 generation, const Result<UserPage> &result)
{
    // Only until the search's own first chunk is there: that is the answer. A failure here is not
    // the list's (the search itself reports its own).
    if (generation != m_generation || !m_searching || !result.ok() || result->users.isEmpty())
        return;
    beginResetModel();
    clearRows();
    m_chunks.insert(0, result->users);
    touch(0);
    m_rows = static_cast<int>(result->users.size());
    endResetModel();
    m_provisional = true;
    setUpdating(false);
    lookForKept(0, m_rows - 1);
}

void UserListModel::setUpdating(bool updating)
{
    if (updating == m_updating)
        return;
    m_updating = updating;
    Q_EMIT updatingChanged(updating);
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<User> *UserListModel::chunkIfLoaded(int chunk) const
{
    const auto it = m_chunks.constFind(chunk);
    return it == m_chunks.constEnd() ? nullptr : &it.value();
}

void UserListModel::touch(int chunk) const
{
    if (!m_lru.empty() && m_lru.front() == chunk)
        return;
    m_lru.remove(chunk);
    m_lru.push_front(chunk);
}

std::optional<User> UserListModel::userAt(int row) const
{
    const QList<User> *chunk = chunkIfLoaded(row / m_chunkSize);
    if (!chunk || row % m_chunkSize >= chunk->size())
        return std::nullopt;
    return chunk->at(row % m_chunkSize);
}

bool UserListModel::isLoaded(int first, int last) const
{
    for (int c = first / m_chunkSize; c <= last / m_chunkSize; ++c) {
        const QList<User> *chunk = chunkIfLoaded(c);
        // A first chunk whose rest is on its way holds only its first rows.
        if (!chunk || (m_inFlight.contains(c) &&
                       qMin(last, (c + 1) * m_chunkSize - 1) - c * m_chunkSize >= chunk->size()))
            return false;
    }
    return true;
}

void UserListModel::prefetch(int first, int last)
{
    if (m_rows == 0 || m_updating || m_provisional)
        return;
    const int lastChunk = (m_rows - 1) / m_chunkSize;
    const int from = qMax(0, first / m_chunkSize - 1);
    const int to = qMin(lastChunk, last / m_chunkSize + 1);
    for (int c = from; c <= to; ++c) {
        if (!chunkIfLoaded(c) && !m_inFlight.contains(c))
            requestChunk(c);
    }
}

void UserListModel::requestChunk(int chunk)
{
    if (!m_backend)
        return;
    UserCursor cursor;
    if (chunk > 0) {
        if (chunk >= m_anchors.cursors.size()) {
            if (m_anchorsPending)
                m_wanted.insert(chunk); // positions not known yet; anchorsArrived() asks for it
            return;
        }
        cursor = m_anchors.cursors.at(chunk);
    }
    m_inFlight.insert(chunk);
    requestPage(chunk, cursor, chunk == 0 && m_firstRows > 0 ? m_firstRows : m_chunkSize, false);
}

void UserListModel::requestPage(int chunk, const UserCursor &cursor, int limit, bool rest)
{
    m_idle = false;
    const quint64 generation = m_generation;
    auto future = m_backend->users().page(m_tenantId, m_query, cursor, limit);
    m_pending.append(future);
    future.then(this, [this, generation, chunk, rest](const Result<UserPage> &r) {
        if (rest)
            restArrived(generation, chunk, r);
        else
            chunkArrived(generation, chunk, r);
    });
}

void UserListModel::chunkArrived(quint64 generation, int chunk, const Result<UserPage> &result)
{
    if (generation != m_generation)
        return;
    m_pending.erase(
        std::remove_if(m_pending.begin(), m_pending.end(), [](const auto &f) { return f.isFinished(); }),
        m_pending.end());
    // The first rows of a chunk that comes in two requests: the chunk stays in flight until its
    // rest arrives.
    const bool restFollows = chunk == 0 && m_firstRows > 0 && result.ok() && !result->atEnd;
    if (!restFollows)
        m_inFlight.remove(chunk);
    if (chunk == 0)
        setSearching(false);
    placeChunk(chunk, result);
    // What follows is asked only now that the rows are in place: an answer may come back at once
    // (a finished future runs its continuation as it is attached).
    if (generation != m_generation)
        return;
    if (restFollows)
        requestPage(chunk, result->next, m_chunkSize - m_firstRows, true);
    if (chunk == 0)
        startCounting();
    if (!applyDeferredAnchors())
        checkIdle();
}

void UserListModel::placeChunk(int chunk, const Result<UserPage> &result)
{
    if (m_updating || m_provisional) {
        // The new answer's first chunk (the only one asked for meanwhile) replaces the previous
        // query's rows, or the exact matches shown meanwhile, in one reset, so a view never
        // shows an empty list in between; a failure leaves no rows.
        m_provisional = false;
        beginResetModel();
        clearRows();
        if (result.ok()) {
            m_chunks.insert(chunk, result->users);
            touch(chunk);
            m_rows = static_cast<int>(result->users.size());
        }
        endResetModel();
        setUpdating(false);
        if (result.ok()) {
            if (result->atEnd) {
                m_total = m_rows;
                m_totalKnown = true;
                Q_EMIT totalChanged(m_total, true);
            }
            lookForKept(0, m_rows - 1);
            return;
        }
    }
    if (!result.ok()) {
        if (result.error().code() != ErrorCode::Cancelled)
            Q_EMIT loadFailed(result.error());
        return;
    }
    m_chunks.insert(chunk, result->users);
    touch(chunk);
    const int first = chunk * m_chunkSize;
    const int count = static_cast<int>(result->users.size());
    if (chunk == 0 && !m_totalKnown) {
        // Until the total arrives, show what the first page holds.
        if (count > m_rows) {
            const int from = m_rows;
            beginInsertRows({}, from, count - 1);
            m_rows = count;
            endInsertRows();
            lookForKept(from, count - 1);
        }
        if (result->atEnd && !m_totalKnown) {
            m_total = count;
            m_totalKnown = true;
            Q_EMIT totalChanged(m_total, true);
        }
    } else if (count > 0 && first < m_rows) {
        const int last = qMin(m_rows, first + count) - 1;
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        lookForKept(first, last);
    }
    evict();
}

void UserListModel::restArrived(quint64 generation, int chunk, const Result<UserPage> &result)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(chunk);
    m_pending.erase(
        std::remove_if(m_pending.begin(), m_pending.end(), [](const auto &f) { return f.isFinished(); }),
        m_pending.end());
    const auto it = m_chunks.find(chunk);
    if (!result.ok() || it == m_chunks.end()) {
        // Without its rest the chunk is dropped whole: the rows show placeholders again and the
        // next look at them asks for the chunk anew.
        if (it != m_chunks.end()) {
            m_chunks.erase(it);
            m_lru.remove(chunk);
            const int first = chunk * m_chunkSize;
            if (first < m_rows)
                Q_EMIT dataChanged(index(first, 0),
                                   index(qMin(m_rows, first + m_chunkSize) - 1, ColumnCount - 1));
        }
        if (!result.ok() && result.error().code() != ErrorCode::Cancelled)
            Q_EMIT loadFailed(result.error());
        if (!applyDeferredAnchors())
            checkIdle();
        return;
    }
    const int first = chunk * m_chunkSize + static_cast<int>(it->size());
    it->append(result->users);
    touch(chunk);
    const int end = chunk * m_chunkSize + static_cast<int>(it->size()); // one past the chunk's last row
    if (!m_totalKnown) {
        if (end > m_rows) {
            const int from = m_rows;
            beginInsertRows({}, from, end - 1);
            m_rows = end;
            endInsertRows();
        }
        if (result->atEnd) {
            m_total = end;
            m_totalKnown = true;
            Q_EMIT totalChanged(m_total, true);
        }
    } else if (first < qMin(m_rows, end)) {
        Q_EMIT dataChanged(index(first, 0), index(qMin(m_rows, end) - 1, ColumnCount - 1));
    }
    lookForKept(first, end - 1);
    evict();
    if (!applyDeferredAnchors())
        checkIdle();
}

bool UserListModel::applyDeferredAnchors()
{
    if (!m_deferredAnchors)
        return false;
    const Result<UserAnchors> anchors = std::move(*m_deferredAnchors);
    m_deferredAnchors.reset();
    anchorsArrived(m_generation, anchors); // ends with checkIdle()
    return true;
}

void UserListModel::anchorsArrived(quint64 generation, const Result<UserAnchors> &result)
{
    if (generation != m_generation)
        return;
    if (m_updating || m_provisional) {
        m_deferredAnchors = result; // the rows shown are not this query's first chunk yet
        return;
    }
    m_anchorsPending = false;
    if (!result.ok()) {
        m_wanted.clear();
        if (result.error().code() != ErrorCode::Cancelled)
            Q_EMIT loadFailed(result.error());
        checkIdle();
        return;
    }
    m_anchors = result.value();
    applyTotal(m_anchors.total);
    // What views looked at while the positions were unknown (the total came first).
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (const int chunk : wanted) {
        if (chunk < m_anchors.cursors.size() && !chunkIfLoaded(chunk) && !m_inFlight.contains(chunk))
            requestChunk(chunk);
    }
    checkIdle();
}

void UserListModel::evict()
{
    while (static_cast<int>(m_lru.size()) > m_maxCachedChunks) {
        const int victim = m_lru.back();
        m_lru.pop_back();
        m_chunks.remove(victim);
    }
}

void UserListModel::checkIdle()
{
    if (m_inFlight.isEmpty() && !m_anchorsPending && !m_idle) {
        m_idle = true;
        stopKeeping();
        Q_EMIT idle();
    }
}

void UserListModel::stopKeeping()
{
    m_keepId.clear();
    m_keepRow = -1;
}

int UserListModel::loadedRowOf(const QString &id) const
{
    for (auto it = m_chunks.constBegin(); it != m_chunks.constEnd(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return it.key() * m_chunkSize + i;
        }
    }
    return -1;
}

void UserListModel::lookForKept(int first, int last)
{
    if (m_keepRow >= 0 && m_keepRow < m_rows && !isLoaded(m_keepRow, m_keepRow))
        prefetch(m_keepRow, m_keepRow);
    if (m_keepId.isEmpty())
        return;
    for (int row = qMax(0, first); row <= qMin(last, m_rows - 1); ++row) {
        const std::optional<User> user = userAt(row);
        if (user && user->id == m_keepId) {
            stopKeeping();
            Q_EMIT keptRowFound(row);
            return;
        }
    }
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int chunk = index.row() / m_chunkSize;
    const QList<User> *rows = chunkIfLoaded(chunk);
    if (!rows || index.row() % m_chunkSize >= rows->size()) {
        if (!m_inFlight.contains(chunk))
            const_cast<UserListModel *>(this)->prefetch(index.row(), index.row());
        if (role == LoadingRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    touch(chunk);
    const User &u = rows->at(index.row() % m_chunkSize);
    auto time = [](std::optional<qint64> ms) -> QVariant {
        if (!ms)
            return {};
        return QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    switch (role) {
    case LoadingRole:
        return false;
    case UserIdRole:
        return u.id;
    case SuspendedRole:
        return u.isSuspended;
    case TimestampRole:
        if (index.column() == CreatedColumn)
            return u.createdAt;
        if (index.column() == LastSignInColumn && u.lastSignInAt)
            return *u.lastSignInAt;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return QDateTime::fromMSecsSinceEpoch(u.createdAt, Qt::UTC).toString(Qt::ISODateWithMs);
        if (index.column() == LastSignInColumn && u.lastSignInAt)
            return QDateTime::fromMSecsSinceEpoch(*u.lastSignInAt, Qt::UTC).toString(Qt::ISODateWithMs);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.name.isEmpty() ? (u.username.isEmpty() ? u.id : u.username) : u.name;
        case UsernameColumn:
            return u.username;
        case EmailColumn:
            return u.primaryEmail;
        case PhoneColumn:
            return u.primaryPhone;
        case CreatedColumn:
            return time(u.createdAt);
        case LastSignInColumn:
            return u.lastSignInAt ? time(u.lastSignInAt) : tr("Never");
        case StatusColumn:
            return u.isSuspended ? tr("Suspended") : tr("Active");
        }
        return {};
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case CreatedColumn:
        return tr("Created");
    case LastSignInColumn:
        return tr("Last sign-in");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace gatehouse
