#pragma once

#include "backend/Backend.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <list>
#include <optional>

namespace gatehouse {

/// A windowed, never-blocking table of a tenant's users, for a million rows and more.
///
/// - Rows come in chunks of chunkSize() rows — the backend's Capabilities::userPageSize (256 on a
///   local workspace; 100 on a Logto server, where each chunk is exactly one page request) —
///   fetched by cursor (UserCursor), never by OFFSET on a local workspace: the first chunk
///   starts at the beginning; a background "anchors" scan returns the cursor before every chunk
///   plus the total, after which any chunk can be fetched directly (a jump is one page query).
/// - The first chunk may come in two requests (Capabilities::userFirstRows): one screenful
///   first, shown as soon as it arrives, then the rest of the chunk from where it ended. A
///   common search term fills a screenful several times faster than a whole chunk.
/// - A chunk is requested once per query: while it is loading or cached it is not asked for
///   again.
/// - data() never waits: a row not loaded yet reads as a placeholder (LoadingRole = true) and
///   schedules its chunk plus one chunk of margin each side; dataChanged() follows when it
///   arrives.
/// - Every query change bumps a generation counter: results of older queries are dropped and
///   their not-yet-started requests cancelled.
/// - At most maxCachedRows rows are kept, in whole chunks (least recently used are dropped), so
///   memory stays flat however far the view scrolls.
/// - The total comes before the positions where counting is cheaper (Capabilities::
///   userCountFirst); rows past the first chunk are placeholders until the positions arrive.
///   Counting starts once the first rows have arrived, so it never delays them.
/// - rowCount() is the first chunk's size until the total is known, then the total
///   (rowsInserted/rowsRemoved keep views consistent). totalChanged() tells when it is exact.
/// - A reload or a new query keeps the rows on screen, marked as updating (isUpdating()), until
///   the first chunk of the new answer arrives and replaces them at once: typing a search never
///   blanks the list between keys. Nothing else is fetched for the old rows meanwhile.
/// - Where a substring search is slow (Capabilities::userSearchIsSlow: a Logto server), a search
///   asks the exact matches first (UserQuery::exactSearch: a whole id, username, email or phone,
///   which the server answers from its indexes at once) and shows them until the substring
///   search's first chunk replaces them. isSearching() is true until that chunk has arrived.
/// - A reload or a new query can keep one user: the model looks for that id in the rows as they
///   arrive (its former row first) and emits keptRowFound() with its new row, so a view can
///   select the same user again after an edit, an import or a new search.
///
/// Thread rule: lives on the UI thread; backend futures report back to it via continuations.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UsernameColumn,
        EmailColumn,
        PhoneColumn,
        CreatedColumn,
        LastSignInColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles { LoadingRole = Qt::UserRole + 1, UserIdRole, SuspendedRole, TimestampRole };

    static constexpr int defaultChunkSize = 256; ///< without a backend
    static constexpr int maxCachedRows = 48 * 256;

    explicit UserListModel(QObject *parent = nullptr);

    /// Switches backend/tenant (nullptr clears) and reloads. Takes the chunk size from the
    /// backend's capabilities.
    void setSource(Backend *backend, const QString &tenantId);
    /// Rows per request (and per anchor) for the current backend.
    int chunkSize() const { return m_chunkSize; }
    /// Rows of the first request of a query: a screenful, or the whole first chunk.
    int firstRequestRows() const { return m_firstRows > 0 ? m_firstRows : m_chunkSize; }
    /// Changes the query (nothing when it is the same) and keeps `keepId` as reload() does.
    void setQuery(const UserQuery &query, const QString &keepId = {});
    const UserQuery &query() const { return m_query; }
    /// Drops everything and loads again (after edits). With `keepId`, keptRowFound() tells the
    /// row of that user once it is loaded; `nearRow` (where the user was) is loaded first. The
    /// search ends when the row is found, when every requested chunk has arrived without it, or
    /// at stopKeeping().
    void reload(const QString &keepId = {}, int nearRow = -1);
    /// Stops looking for the kept user (the person selected another one).
    void stopKeeping();
    /// The row of the user with `id` among the loaded rows, or -1.
    int loadedRowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The user at `row` if its chunk is loaded.
    std::optional<User> userAt(int row) const;
    /// Makes sure rows [first, last] are (being) loaded. Views trigger this through data().
    void prefetch(int first, int last);
    /// True when every row in [first, last] is loaded.
    bool isLoaded(int first, int last) const;

    /// True from a reload or query change until the new answer's first rows replace the rows
    /// shown (which belong to the previous query meanwhile).
    bool isUpdating() const { return m_updating; }
    /// True while a slow search's first chunk is on its way (the rows shown are the previous
    /// query's, or the exact matches of this one).
    bool isSearching() const { return m_searching; }

    qint64 total() const { return m_total; }
    bool totalKnown() const { return m_totalKnown; }
    /// The backend's estimate of the total while it is being counted
    /// (Capabilities::userCountEstimate); -1 when there is none or the total is known.
    qint64 estimatedTotal() const { return m_totalKnown ? -1 : m_estimate; }
    /// Requests the model is waiting for (for busy indicators and tests).
    int pendingRequests() const { return m_inFlight.size() + (m_anchorsPending ? 1 : 0); }

Q_SIGNALS:
    /// The total is known (`exact`), estimated (not exact, estimatedTotal() >= 0) or unknown.
    void totalChanged(qint64 total, bool exact);
    /// A load failed (the message is for a person); the model keeps what it has.
    void loadFailed(const Error &error);
    /// All requested chunks and the total have arrived (once each time the model falls idle).
    void idle();
    /// The user that reload() or setQuery() keeps is at `row` now.
    void keptRowFound(int row);
    /// isUpdating() changed.
    void updatingChanged(bool updating);
    /// isSearching() changed.
    void searchingChanged(bool searching);

private:
    void requestChunk(int chunk);
    /// Asks for `limit` rows after `cursor`, for `chunk`; `rest`: the rest of a chunk whose first
    /// rows are loaded.
    void requestPage(int chunk, const UserCursor &cursor, int limit, bool rest);
    void chunkArrived(quint64 generation, int chunk, const Result<UserPage> &result);
    /// Puts an arrived chunk in place (or reports its failure).
    void placeChunk(int chunk, const Result<UserPage> &result);
    void restArrived(quint64 generation, int chunk, const Result<UserPage> &result);
    void exactArrived(quint64 generation, const Result<UserPage> &result);
    void countArrived(quint64 generation, const Result<UserAnchors> &result);
    void estimateArrived(quint64 generation, const Result<qint64> &result);
    /// Asks for the total (where it comes first) and the positions, once per query.
    void startCounting();
    /// Makes rowCount() `total` (rows inserted or removed) and says so.
    void applyTotal(qint64 total);
    void setSearching(bool searching);
    void anchorsArrived(quint64 generation, const Result<UserAnchors> &result);
    const QList<User> *chunkIfLoaded(int chunk) const;
    void touch(int chunk) const;
    void evict();
    void clearRows();
    /// Applies anchors kept while the previous rows were shown; false when there were none.
    bool applyDeferredAnchors();
    void setUpdating(bool updating);
    void checkIdle();
    /// Loads the kept user's former row, then looks for the user in rows [first, last].
    void lookForKept(int first, int last);

    Backend *m_backend = nullptr;
    QString m_tenantId;
    UserQuery m_query;
    int m_chunkSize = defaultChunkSize;
    int m_firstRows = 0; ///< rows asked first of chunk 0 (0: the whole chunk)
    bool m_searchIsSlow = false;
    bool m_countFirst = false;
    bool m_estimateFirst = false; ///< Capabilities::userCountEstimate
    bool m_countingStarted = false;
    /// Chunks a view wanted before their positions were known: asked for when they arrive.
    QSet<int> m_wanted;
    bool m_searching = false;
    /// The rows shown are a slow search's exact matches: its first chunk replaces them.
    bool m_provisional = false;
    int m_maxCachedChunks = maxCachedRows / defaultChunkSize;
    quint64 m_generation = 0;
    int m_rows = 0;
    qint64 m_total = 0;
    bool m_totalKnown = false;
    qint64 m_estimate = -1;
    bool m_anchorsPending = false;
    bool m_updating = false;
    bool m_idle = true; ///< idle() was emitted since the last request
    /// Anchors that arrived while the previous rows were still shown: applied after chunk 0.
    std::optional<Result<UserAnchors>> m_deferredAnchors;
    QString m_keepId;   ///< the user to find again after a reload, or empty
    int m_keepRow = -1; ///< where that user was before the reload
    UserAnchors m_anchors;
    QHash<int, QList<User>> m_chunks;
    mutable std::list<int> m_lru; ///< most recently used first
    QSet<int> m_inFlight;
    QList<QFuture<Result<UserPage>>> m_pending;
    QFuture<Result<UserAnchors>> m_anchorsRequest; ///< the total and positions being computed
    QFuture<Result<UserAnchors>> m_countRequest;   ///< the total alone, where it comes first
    QFuture<Result<qint64>> m_estimateRequest;     ///< the estimate, where one comes before the count
};

} // namespace gatehouse
