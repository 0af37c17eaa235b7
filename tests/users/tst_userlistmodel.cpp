#include "TestSupport.h"
#include "viewmodel/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

namespace {

/// The users of a list the test controls: every page() and anchors() call is kept as a pending
/// request that the test answers when it likes, in any order, or never. The rows are made up on
/// the spot from the row number (row r is "user r", newest first), so lists of any length cost
/// nothing; `revision` changes what the rows say (an edit elsewhere). Cursors carry the row number.
/// The other user operations go to a real workspace: the list never calls them.
class ControllableUsers : public UsersApi
{
public:
    struct PageRequest
    {
        int order = 0; ///< among all requests, pages and anchors
        UserQuery query;
        UserCursor after;
        int limit = 0;
        Promise<UserPage> promise;
    };
    struct AnchorsRequest
    {
        int order = 0;
        UserQuery query;
        int every = 0;
        Promise<UserAnchors> promise;
    };
    struct EstimateRequest
    {
        int order = 0;
        UserQuery query;
        Promise<qint64> promise;
    };

    explicit ControllableUsers(UsersApi &real)
        : m_real(real)
    {}

    int rows = 0;
    int revision = 1;
    int asked = 0;                    ///< requests so far
    bool atOnce = false;              ///< answer every request as it is made (a finished future)
    QList<PageRequest> pages;         ///< every page request so far, answered or not
    QList<AnchorsRequest> anchorss;   ///< every anchors request so far
    QList<EstimateRequest> estimates; ///< every estimate request so far

    static int rowOf(const UserCursor &cursor) { return cursor.isStart() ? 0 : cursor.key.toInt(); }

    User userAt(int row) const
    {
        User u;
        u.id = QStringLiteral("u%1").arg(row, 8, 10, QLatin1Char('0'));
        u.username = QStringLiteral("user_%1").arg(row);
        u.name = QStringLiteral("User %1 r%2").arg(row).arg(revision);
        u.createdAt = 1700000000000LL - row;
        return u;
    }

    /// Rows matching `query`: every row, or (with a search) every tenth.
    int matching(const UserQuery &query) const { return query.search.isEmpty() ? rows : rows / 10; }
    User matchingAt(const UserQuery &query, int index) const
    {
        return userAt(query.search.isEmpty() ? index : index * 10);
    }

    /// Finishes pages[i] with what the rows hold now.
    void answerPage(int i)
    {
        PageRequest &r = pages[i];
        UserPage page;
        const int first = rowOf(r.after);
        const int total = matching(r.query);
        for (int row = first; row < qMin(total, first + r.limit); ++row)
            page.users.append(matchingAt(r.query, row));
        page.atEnd = first + r.limit >= total;
        page.next = UserCursor{QString::number(first + r.limit), {}};
        r.promise.finish(page);
    }

    void answerAnchors(int i)
    {
        AnchorsRequest &r = anchorss[i];
        UserAnchors anchors;
        anchors.every = r.every;
        anchors.total = matching(r.query);
        for (qint64 row = 0; row < anchors.total; row += r.every)
            anchors.cursors.append(row == 0 ? UserCursor{} : UserCursor{QString::number(row), {}});
        r.promise.finish(anchors);
    }

    bool pageOpen(int i) const { return !pages[i].promise.future().isFinished(); }
    bool anchorsOpen(int i) const { return !anchorss[i].promise.future().isFinished(); }

    /// Indexes of page requests not finished yet (cancelled ones included).
    QList<int> openPages() const
    {
        QList<int> open;
        for (int i = 0; i < pages.size(); ++i) {
            if (pageOpen(i))
                open.append(i);
        }
        return open;
    }

    /// Answers everything still open, pages in the order given by `reverse`.
    void answerAll(bool reverse = false)
    {
        for (int i = 0; i < anchorss.size(); ++i) {
            if (anchorsOpen(i))
                answerAnchors(i);
        }
        QList<int> open = openPages();
        if (reverse)
            std::reverse(open.begin(), open.end());
        for (int i : std::as_const(open))
            answerPage(i);
    }

    Future<UserPage> page(const QString &, const UserQuery &query, const UserCursor &after,
                          int limit) override
    {
        pages.append({++asked, query, after, limit, {}});
        if (atOnce)
            answerPage(pages.size() - 1);
        return pages.constLast().promise.future();
    }
    Future<UserAnchors> anchors(const QString &, const UserQuery &query, int every) override
    {
        anchorss.append({++asked, query, every, {}});
        if (atOnce)
            answerAnchors(anchorss.size() - 1);
        return anchorss.constLast().promise.future();
    }

    Future<qint64> estimateUsers(const QString &, const UserQuery &query) override
    {
        estimates.append({++asked, query, {}});
        return estimates.constLast().promise.future();
    }

    Future<User> get(const QString &t, const QString &id) override { return m_real.get(t, id); }
    Future<User> create(const QString &t, const User &draft, const QString &password) override
    {
        return m_real.create(t, draft, password);
    }
    Future<User> update(const QString &t, const User &user) override { return m_real.update(t, user); }
    Future<Done> remove(const QString &t, const QString &id, const QString &reason) override
    {
        return m_real.remove(t, id, reason);
    }
    Future<User> setSuspended(const QString &t, const QString &id, bool suspended,
                              const QString &reason) override
    {
        return m_real.setSuspended(t, id, suspended, reason);
    }
    Future<User> setPassword(const QString &t, const QString &id, const QString &password,
                             const QString &reason) override
    {
        return m_real.setPassword(t, id, password, reason);
    }
    Future<User> setPasswordExpired(const QString &t, const QString &id, bool expired,
                                    const QString &reason) override
    {
        return m_real.setPasswordExpired(t, id, expired, reason);
    }
    Future<bool> verifyPassword(const QString &t, const QString &id, const QString &password) override
    {
        return m_real.verifyPassword(t, id, password);
    }
    Future<QList<MfaVerification>> mfaVerifications(const QString &t, const QString &userId) override
    {
        return m_real.mfaVerifications(t, userId);
    }
    Future<Done> removeMfaVerification(const QString &t, const QString &userId, const QString &verificationId,
                                       const QString &reason) override
    {
        return m_real.removeMfaVerification(t, userId, verificationId, reason);
    }
    Future<QList<Role>> roles(const QString &t, const QString &userId) override
    {
        return m_real.roles(t, userId);
    }
    Future<Done> assignRoles(const QString &t, const QString &userId, const QStringList &roleIds) override
    {
        return m_real.assignRoles(t, userId, roleIds);
    }
    Future<Done> removeRole(const QString &t, const QString &userId, const QString &roleId) override
    {
        return m_real.removeRole(t, userId, roleId);
    }
    Future<ImportReport> importUsers(const QString &t, const QString &filePath, const ImportOptions &options,
                                     std::shared_ptr<ImportControl> control) override
    {
        return m_real.importUsers(t, filePath, options, std::move(control));
    }
    Future<ExportReport> exportUsers(const QString &t, const UserQuery &query, const QString &filePath,
                                     const ExportOptions &options,
                                     std::shared_ptr<ImportControl> control) override
    {
        return m_real.exportUsers(t, query, filePath, options, std::move(control));
    }

private:
    UsersApi &m_real;
};

/// A real SQLite workspace whose users area is a ControllableUsers, with the page size the test
/// chooses.
class ControllableBackend : public Backend
{
public:
    ControllableBackend(std::unique_ptr<Backend> real, int pageSize, int firstRows, bool countFirst,
                        bool countEstimate)
        : m_real(std::move(real))
        , m_users(m_real->users())
        , m_pageSize(pageSize)
        , m_firstRows(firstRows)
        , m_countFirst(countFirst)
        , m_countEstimate(countEstimate)
    {}

    ControllableUsers &controllable() { return m_users; }

    QString location() const override { return m_real->location(); }
    Capabilities capabilities() const override
    {
        Capabilities c = m_real->capabilities();
        c.userPageSize = m_pageSize;
        c.userFirstRows = m_firstRows;
        c.userCountFirst = m_countFirst;
        c.userCountEstimate = m_countEstimate;
        return c;
    }
    Future<Done> open() override { return m_real->open(); }
    Result<Done> declareOperator(const QString &name) override { return m_real->declareOperator(name); }
    void sealJournal(const JournalSeal &seal) override { m_real->sealJournal(seal); }
    QString operatorName() const override { return m_real->operatorName(); }
    TenantsApi &tenants() override { return m_real->tenants(); }
    ApplicationsApi &applications() override { return m_real->applications(); }
    ResourcesApi &resources() override { return m_real->resources(); }
    RolesApi &roles() override { return m_real->roles(); }
    UsersApi &users() override { return m_users; }
    OrganizationTemplateApi &organizationTemplate() override { return m_real->organizationTemplate(); }
    OrganizationsApi &organizations() override { return m_real->organizations(); }
    SsoConnectorsApi &ssoConnectors() override { return m_real->ssoConnectors(); }
    SignInExperienceApi &signInExperience() override { return m_real->signInExperience(); }
    LogsApi &logs() override { return m_real->logs(); }
    JournalApi &journal() override { return m_real->journal(); }
    AccessControlApi &access() override { return m_real->access(); }

private:
    std::unique_ptr<Backend> m_real;
    ControllableUsers m_users;
    int m_pageSize;
    int m_firstRows;
    bool m_countFirst;
    bool m_countEstimate;
};

} // namespace

/// UserListModel driven by a backend whose answers the test holds back, reorders, answers after
/// the query changed, or never gives: what a slow or busy backend does to the list, checked with
/// Qt's model tester attached throughout.
class TestUserListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ControllableBackend> m_backend;
    std::unique_ptr<UserListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    ControllableUsers &users() { return m_backend->controllable(); }
    UserListModel &model() { return *m_model; }

    /// Lets queued continuations reach the model.
    static void settle() { QCoreApplication::processEvents(QEventLoop::AllEvents, 50); }

    /// A model over `rows` users in chunks of `pageSize`; `tester`: with Qt's model tester
    /// attached (it reads row 0 after every change, which keeps that chunk in use); `firstRows`:
    /// the first chunk in two requests, this many rows first (0: one request); `countFirst`: the
    /// total asked before the positions; `estimate`: an estimate of the total asked before it.
    void start(int rows, int pageSize, bool tester = true, int firstRows = 0, bool countFirst = false,
               bool atOnce = false, bool estimate = false)
    {
        QString error;
        auto real = test::openBackend(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)), &error);
        QVERIFY2(real, qPrintable(error));
        m_backend =
            std::make_unique<ControllableBackend>(std::move(real), pageSize, firstRows, countFirst, estimate);
        users().rows = rows;
        users().atOnce = atOnce;
        m_model = std::make_unique<UserListModel>();
        if (tester)
            m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model().setSource(m_backend.get(), QStringLiteral("tenant"));
    }

    /// What a view does to show `row`: asks for its data (which schedules what is missing).
    QVariant show(int row, int role = Qt::DisplayRole)
    {
        return model().data(model().index(row, UserListModel::NameColumn), role);
    }

    /// Whether `row` shows the user it should, at the current revision.
    bool showsRow(int row, int matchingIndex = -1)
    {
        const auto u = model().userAt(row);
        const User expected = users().matchingAt(model().query(), matchingIndex < 0 ? row : matchingIndex);
        return u && u->id == expected.id && u->name == expected.name &&
               show(row).toString() == expected.name && !show(row, UserListModel::LoadingRole).toBool();
    }

    int loadedChunks() const
    {
        int n = 0;
        for (int row = 0; row < m_model->rowCount(); row += m_model->chunkSize())
            n += m_model->isLoaded(row, row) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void cleanup()
    {
        // The backend first: the requests it never answered end while the model that waits for
        // them is still there to see them cancelled.
        m_tester.reset();
        m_backend.reset();
        m_model.reset();
    }

    void resultsOutOfOrder()
    {
        start(10000, 100);
        QCOMPARE(users().pages.size(), 1);
        QCOMPARE(users().anchorss.size(), 1);
        QCOMPARE(model().rowCount(), 0);
        // The total comes before the first page: the rows exist and show placeholders.
        users().answerAnchors(0);
        settle();
        QVERIFY(model().totalKnown());
        QCOMPARE(model().rowCount(), 10000);
        QCOMPARE(show(0, UserListModel::LoadingRole).toBool(), true);
        // Views ask for a row deep down and one near the top; pages arrive last-asked-first.
        show(5050);
        show(250);
        const QList<int> open = users().openPages();
        QVERIFY(open.size() >= 6); // page 0, 49..51, 1..3
        QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
        users().answerAll(true);
        settle();
        QVERIFY(changed.count() >= open.size() - 1);
        for (int row : {0, 99, 100, 250, 399, 4900, 5050, 5199})
            QVERIFY2(showsRow(row), qPrintable(QStringLiteral("row %1").arg(row)));
        QCOMPARE(model().pendingRequests(), 0);
        // Every page was asked for once, at the position of its chunk.
        QSet<int> starts;
        for (const auto &r : std::as_const(users().pages)) {
            QCOMPARE(r.limit, 100);
            starts.insert(ControllableUsers::rowOf(r.after));
        }
        QCOMPARE(starts.size(), users().pages.size());
    }

    void staleGenerationsAreDropped()
    {
        start(10000, 100);
        users().answerAnchors(0);
        settle();
        show(3000);
        const int firstGeneration = users().pages.size();
        QVERIFY(firstGeneration >= 4);
        // A new query before any page came back; then the old answers arrive, before and after
        // the new ones.
        UserQuery tenth;
        tenth.search = QStringLiteral("tenth");
        const int shown = model().rowCount();
        model().setQuery(tenth);
        // The previous rows stay, marked as updating, until the new answer's first chunk.
        QVERIFY(model().isUpdating());
        QCOMPARE(model().rowCount(), shown);
        QVERIFY(users().pages.size() > firstGeneration);
        users().answerPage(0); // old page 0: all users, not every tenth
        settle();
        QVERIFY(model().isUpdating());
        QCOMPARE(model().rowCount(), shown);
        QVERIFY(!model().totalKnown());
        users().answerAll();
        settle();
        QVERIFY(!model().isUpdating());
        QVERIFY(model().totalKnown());
        QCOMPARE(model().rowCount(), 1000);
        QVERIFY(showsRow(0, 0));
        QCOMPARE(model().userAt(1)->id, users().userAt(10).id);
        // Late answers of the first generation change nothing.
        for (int i = 0; i < firstGeneration; ++i) {
            if (users().pageOpen(i))
                users().answerPage(i);
        }
        users().answerAll();
        settle();
        QCOMPARE(model().rowCount(), 1000);
        for (int row : {0, 1, 99})
            QCOMPARE(model().userAt(row)->id, users().userAt(row * 10).id);
        QVERIFY(!model().isLoaded(300, 300)); // the old generation's rows around 3000 never landed
    }

    /// Typing a search: between keys the list keeps the rows it shows (marked as updating) and
    /// changes once, when the new answer's first chunk arrives — even when the new total comes
    /// first, or when a later key supersedes the query before anything came back.
    void previousRowsStayWhileASearchIsTyped()
    {
        start(10000, 100);
        users().answerAll();
        settle();
        QCOMPARE(model().rowCount(), 10000);
        QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
        QSignalSpy updating(&model(), &UserListModel::updatingChanged);
        QSignalSpy idle(&model(), &UserListModel::idle);

        UserQuery q;
        q.search = QStringLiteral("t");
        model().setQuery(q);
        q.search = QStringLiteral("te"); // the next key, before any answer
        model().setQuery(q);
        QVERIFY(model().isUpdating());
        QCOMPARE(updating.count(), 1);
        QCOMPARE(model().rowCount(), 10000);
        QCOMPARE(model().userAt(0)->id, users().userAt(0).id);

        // The new total first: kept aside, the rows still the old ones.
        users().answerAnchors(users().anchorss.size() - 1);
        settle();
        QVERIFY(model().isUpdating());
        QCOMPARE(model().rowCount(), 10000);
        QVERIFY(!model().totalKnown());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(idle.count(), 0);

        // The first chunk: one reset, then the new rows with the total that came before.
        users().answerPage(users().pages.size() - 1);
        settle();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model().isUpdating());
        QCOMPARE(updating.count(), 2);
        QVERIFY(model().totalKnown());
        QCOMPARE(model().rowCount(), 1000);
        QVERIFY(showsRow(0));
        QCOMPARE(model().userAt(1)->id, users().userAt(10).id);
        QCOMPARE(idle.count(), 1);
        // The superseded first key's requests were cancelled, never answered into the list.
        users().answerAll();
        settle();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model().rowCount(), 1000);
    }

    /// With Capabilities::userFirstRows the first chunk comes in two requests: a screenful shown
    /// at once, then the rest of the chunk from the cursor where the screenful ended. Rows past
    /// the screenful are placeholders (not loaded) until then, and nothing asks for them twice.
    void firstChunkComesInTwoRequests()
    {
        start(1000, 100, true, 30);
        QCOMPARE(model().firstRequestRows(), 30);
        QCOMPARE(users().pages.size(), 1);
        QCOMPARE(users().pages.at(0).limit, 30);
        QVERIFY(users().pages.at(0).after.isStart());
        QSignalSpy idle(&model(), &UserListModel::idle);
        users().answerPage(0);
        settle();
        QCOMPARE(model().rowCount(), 30);
        QVERIFY(showsRow(0));
        QVERIFY(showsRow(29));
        QVERIFY(model().isLoaded(0, 29));
        // The rest is asked for from where the screenful ended.
        QCOMPARE(users().pages.size(), 2);
        QCOMPARE(ControllableUsers::rowOf(users().pages.at(1).after), 30);
        QCOMPARE(users().pages.at(1).limit, 70);
        QCOMPARE(idle.count(), 0);
        // The total comes next: rows 30–99 are placeholders, and looking at them asks nothing new.
        users().answerAnchors(0);
        settle();
        QCOMPARE(model().rowCount(), 1000);
        QVERIFY(!model().isLoaded(0, 99));
        QVERIFY(!model().isLoaded(50, 50));
        QCOMPARE(show(50, UserListModel::LoadingRole).toBool(), true);
        QCOMPARE(users().openPages(), QList<int>{1});
        QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
        users().answerPage(1);
        settle();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 30);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 99);
        for (int row : {0, 29, 30, 99})
            QVERIFY2(showsRow(row), qPrintable(QStringLiteral("row %1").arg(row)));
        QVERIFY(model().isLoaded(0, 99));
        QCOMPARE(idle.count(), 1);
        // The rest of the list comes by anchors, a whole chunk per request.
        show(500);
        show(100);
        for (int i : users().openPages())
            QCOMPARE(users().pages.at(i).limit, 100);
        users().answerAll();
        settle();
        QVERIFY(showsRow(500));
        QVERIFY(showsRow(100));
    }

    /// With Capabilities::userCountFirst the total is asked before the positions — both after the
    /// first rows and the request for the rest of their chunk — and shown as soon as it comes;
    /// rows a view looks at meanwhile are asked for when their positions arrive.
    void countComesBeforeThePositions()
    {
        start(1000, 100, true, 30, true);
        QCOMPARE(users().pages.size(), 1);
        QCOMPARE(users().anchorss.size(), 0); // nothing ahead of the first rows
        QSignalSpy totals(&model(), &UserListModel::totalChanged);
        QSignalSpy idle(&model(), &UserListModel::idle);
        users().answerPage(0);
        settle();
        QCOMPARE(users().pages.size(), 2);
        QCOMPARE(users().anchorss.size(), 2);
        QCOMPARE(users().anchorss.at(0).every, std::numeric_limits<int>::max()); // the count
        QCOMPARE(users().anchorss.at(1).every, 100);                             // the positions
        QVERIFY(users().pages.at(1).order < users().anchorss.at(0).order);       // the rest comes first
        QVERIFY(users().anchorss.at(0).order < users().anchorss.at(1).order);

        users().answerAnchors(0);
        settle();
        QVERIFY(model().totalKnown());
        QCOMPARE(model().rowCount(), 1000);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.last().at(0).toLongLong(), 1000);
        QCOMPARE(idle.count(), 0);
        // A row deep down: a placeholder, asked for once the positions are known.
        QCOMPARE(show(550, UserListModel::LoadingRole).toBool(), true);
        QCOMPARE(users().pages.size(), 2);
        users().answerPage(1);
        settle();
        QVERIFY(showsRow(99));
        users().answerAnchors(1);
        settle();
        QVERIFY(users().pages.size() > 2);
        users().answerAll();
        settle();
        QVERIFY(showsRow(550));
        QCOMPARE(model().rowCount(), 1000);
        QCOMPARE(idle.count(), 1);
        QCOMPARE(model().pendingRequests(), 0);
    }

    /// With Capabilities::userCountEstimate an estimate is asked before the count and shown until
    /// the count arrives — without rows for it; one that comes after the count, or for a
    /// superseded query, is dropped.
    void estimateShowsUntilTheCount()
    {
        start(1000, 100, true, 30, true, false, true);
        QCOMPARE(users().estimates.size(), 0); // nothing ahead of the first rows
        QSignalSpy totals(&model(), &UserListModel::totalChanged);
        users().answerPage(0);
        settle();
        QCOMPARE(users().estimates.size(), 1);
        QCOMPARE(users().anchorss.size(), 2);
        QVERIFY(users().estimates.at(0).order < users().anchorss.at(0).order);
        QCOMPARE(model().estimatedTotal(), -1);

        users().estimates[0].promise.finish(qint64(980));
        settle();
        QCOMPARE(model().estimatedTotal(), 980);
        QVERIFY(!model().totalKnown());
        QCOMPARE(model().rowCount(), 30); // the rows loaded, not the estimate
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.last().at(0).toLongLong(), 980);
        QCOMPARE(totals.last().at(1).toBool(), false);

        users().answerAnchors(0);
        settle();
        QVERIFY(model().totalKnown());
        QCOMPARE(model().total(), 1000);
        QCOMPARE(model().estimatedTotal(), -1);
        QCOMPARE(model().rowCount(), 1000);
        QCOMPARE(totals.last().at(1).toBool(), true);

        // A new query whose estimate comes after its count: dropped.
        UserQuery q;
        q.search = QStringLiteral("tenth");
        model().setQuery(q);
        users().answerAll();
        settle();
        users().answerAll();
        settle();
        QCOMPARE(users().estimates.size(), 2);
        QVERIFY(model().totalKnown());
        const int before = static_cast<int>(totals.count());
        users().estimates[1].promise.finish(qint64(5));
        settle();
        QCOMPARE(totals.count(), before);
        QCOMPARE(model().estimatedTotal(), -1);
        QCOMPARE(model().total(), 100);
        QCOMPARE(model().rowCount(), 100);

        // An estimate that fails, or that the backend does not have (-1), shows nothing.
        UserQuery q2;
        q2.search = QStringLiteral("again");
        model().setQuery(q2);
        users().answerAll();
        settle();
        QCOMPARE(users().estimates.size(), 3);
        users().estimates[2].promise.finish(qint64(-1));
        settle();
        QCOMPARE(model().estimatedTotal(), -1);
    }

    /// A backend may answer before the model attaches to the answer (the continuation of a
    /// finished future runs as it is attached, inside the request): with every request answered
    /// the moment it is made, the model still ends idle, with the whole first chunk, the total
    /// and the positions — and a new query does the same, falling idle once.
    void answersThatComeAtOnce()
    {
        start(1000, 100, true, 30, true, true);
        QCOMPARE(model().pendingRequests(), 0);
        QVERIFY(model().totalKnown());
        QCOMPARE(model().rowCount(), 1000);
        QVERIFY(model().isLoaded(0, 99));
        QVERIFY(showsRow(99));
        show(550); // asked for and answered at once
        QVERIFY(showsRow(550));
        UserQuery q;
        q.search = QStringLiteral("tenth");
        QSignalSpy idle(&model(), &UserListModel::idle);
        model().setQuery(q);
        QCOMPARE(model().pendingRequests(), 0);
        QVERIFY(!model().isUpdating());
        QCOMPARE(model().rowCount(), 100);
        QVERIFY(model().isLoaded(0, 99));
        QVERIFY(showsRow(99, 99));
        QCOMPARE(idle.count(), 1);
    }

    /// A short list fits in the screenful: one request, the total known from it.
    void shortListNeedsNoSecondRequest()
    {
        start(20, 100, true, 30);
        users().answerPage(0);
        settle();
        QCOMPARE(users().pages.size(), 1);
        QVERIFY(model().totalKnown());
        QCOMPARE(model().rowCount(), 20);
        users().answerAll();
        settle();
        QCOMPARE(model().pendingRequests(), 0);
        QVERIFY(showsRow(19));
    }

    /// A search typed over a list: the screenful replaces the rows shown at once; the rest
    /// follows; a failed rest drops the chunk (placeholders), says so, and is asked for again.
    void searchShowsAScreenfulThenTheRest()
    {
        start(10000, 100, true, 30);
        users().answerAll();
        settle();
        users().answerAll(); // the rest of the first chunk
        settle();
        QVERIFY(model().isLoaded(0, 99));
        QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
        QSignalSpy failed(&model(), &UserListModel::loadFailed);
        UserQuery q;
        q.search = QStringLiteral("tenth");
        model().setQuery(q);
        QVERIFY(model().isUpdating());
        const int head = users().pages.size() - 1;
        QCOMPARE(users().pages.at(head).limit, 30);
        users().answerPage(head);
        settle();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model().isUpdating());
        QCOMPARE(model().rowCount(), 30);
        QCOMPARE(model().userAt(1)->id, users().userAt(10).id);
        // The rest fails: the screenful goes back to placeholders and the failure is reported.
        QCOMPARE(users().pages.size(), head + 2);
        users().pages.last().promise.finish(Error(ErrorCode::Unavailable, QStringLiteral("gone")));
        settle();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model().isLoaded(0, 0));
        // Looking at the rows again asks for the chunk again.
        QCOMPARE(show(0, UserListModel::LoadingRole).toBool(), true);
        QCOMPARE(users().pages.size(), head + 3);
        QCOMPARE(users().pages.last().limit, 30);
        users().answerAll();
        settle();
        users().answerAll();
        settle();
        QVERIFY(showsRow(0, 0));
        QVERIFY(showsRow(50, 50));
        QCOMPARE(model().pendingRequests(), 0);
    }

    /// When the new answer fails, the previous query's rows do not stay as if they were it.
    void failedAnswerClearsThePreviousRows()
    {
        start(1000, 100);
        users().answerAll();
        settle();
        QSignalSpy failed(&model(), &UserListModel::loadFailed);
        QSignalSpy idle(&model(), &UserListModel::idle);
        UserQuery q;
        q.search = QStringLiteral("boom");
        model().setQuery(q);
        QVERIFY(model().isUpdating());
        users().anchorss.last().promise.finish(UserAnchors{});
        users().pages.last().promise.finish(Error(ErrorCode::Unavailable, QStringLiteral("gone")));
        settle();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model().isUpdating());
        QCOMPARE(model().rowCount(), 0);
        QCOMPARE(idle.count(), 1);
    }

    void queuedRequestsAreCancelled()
    {
        start(10000, 100);
        users().answerAnchors(0);
        settle();
        show(7000);
        const int pages = users().pages.size();
        UserQuery q;
        q.search = QStringLiteral("again");
        model().setQuery(q);
        // Everything the old query still waited for is cancelled, so a backend skips it.
        for (int i = 0; i < pages; ++i)
            QVERIFY2(!users().pageOpen(i) || users().pages[i].promise.isCancelled(),
                     qPrintable(QStringLiteral("page request %1").arg(i)));
        QVERIFY(!users().pages.constLast().promise.isCancelled()); // the new query's own is not

        // The total of a superseded query is a request like the others (a scan, or one more
        // call to a server for every keystroke of a search).
        const int anchors = users().anchorss.size();
        model().setQuery(UserQuery{});
        QCOMPARE(users().anchorss.size(), anchors + 1);
        QVERIFY(users().anchorsOpen(anchors - 1));
        QVERIFY(users().anchorss[anchors - 1].promise.isCancelled());
        QVERIFY(!users().anchorss.constLast().promise.isCancelled());
    }

    void evictionPastTheCacheLimit()
    {
        // 500-row chunks: at most maxCachedRows / 500 = 24 of them stay; 14000 rows are 28. No
        // model tester here: it would keep row 0 in use, and which chunk goes first is the point.
        start(14000, 500, false);
        const int limit = UserListModel::maxCachedRows / 500;
        users().answerAll();
        settle();
        QCOMPARE(model().rowCount(), 14000);
        for (int row = 0; row < 14000; row += 250) {
            show(row);
            users().answerAll();
            settle();
            QVERIFY2(showsRow(row), qPrintable(QStringLiteral("row %1").arg(row)));
            QVERIFY2(loadedChunks() <= limit,
                     qPrintable(QStringLiteral("%1 chunks held at row %2").arg(loadedChunks()).arg(row)));
        }
        QCOMPARE(loadedChunks(), limit);
        QVERIFY(!model().isLoaded(0, 0)); // the least recently shown went first
        QVERIFY(model().isLoaded(13999, 13999));
        // Back at the top: the evicted chunk is asked for again, from the start, and shows.
        const int before = users().pages.size();
        QCOMPARE(show(0, UserListModel::LoadingRole).toBool(), true);
        QVERIFY(users().pages.size() > before);
        QVERIFY(users().pages[before].after.isStart());
        users().answerAll();
        settle();
        QVERIFY(showsRow(0));
        QVERIFY(loadedChunks() <= limit);
        // A chunk shown all along is kept although others keep arriving.
        for (int row = 2000; row < 14000; row += 500) {
            show(0);
            show(row);
            users().answerAll();
            settle();
            QVERIFY(loadedChunks() <= limit);
        }
        QVERIFY(model().isLoaded(0, 0));
    }

    void reloadWhileScrolled()
    {
        start(20000, 256);
        users().answerAll();
        settle();
        show(15000); // chunk 58, and 57 and 59 with it
        users().answerAll();
        settle();
        QVERIFY(showsRow(15000));
        show(15600); // chunk 60 (and 61): asked for, not answered yet
        const int stale = users().pages.size() - 1;
        QVERIFY(users().pageOpen(stale));

        // The data changed elsewhere; the view stays where it was and asks for the same rows.
        users().revision = 2;
        QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
        const int pagesBefore = users().pages.size();
        model().reload();
        // Until the new first chunk arrives the old rows stay (nothing more is asked for them).
        QCOMPARE(reset.count(), 0);
        QVERIFY(model().isUpdating());
        QCOMPARE(model().rowCount(), 20000);
        QVERIFY(model().isLoaded(15000, 15000)); // the previous revision's row, still shown
        show(16000);
        QCOMPARE(users().pages.size(), pagesBefore + 1); // only the new first chunk
        users().answerPage(stale);                       // from before the reload: dropped
        settle();
        QCOMPARE(reset.count(), 0);
        users().answerAll();
        settle();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model().isUpdating());
        QCOMPARE(model().rowCount(), 20000);
        QVERIFY(!model().isLoaded(15600, 15600));
        QVERIFY(!model().isLoaded(15000, 15000));
        const int before = users().pages.size();
        show(15000);
        // One jump: the chunk of row 15000 and one each side, straight from their anchors.
        QCOMPARE(users().pages.size(), before + 3);
        for (int i = before; i < users().pages.size(); ++i)
            QCOMPARE(ControllableUsers::rowOf(users().pages[i].after) % 256, 0);
        users().answerAll();
        settle();
        QVERIFY(showsRow(15000)); // as the rows are now
        QVERIFY(model().userAt(15000)->name.endsWith(QStringLiteral("r2")));
        QVERIFY(showsRow(15300)); // the neighbour chunk came along
        QVERIFY(!model().isLoaded(15600, 15600));
    }
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
