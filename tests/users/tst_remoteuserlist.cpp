#include "FakeLogtoState.h"
#include "FakeLogtoUsers.h"
#include "LogtoConnection.h"
#include "viewmodel/UserListModel.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

/// The user list over a Logto server: one GET /api/users per 100 rows shown, none repeated while
/// the query stays the same (DESIGN.md, budgets).
class TestRemoteUserList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeLogto> m_fake;
    std::unique_ptr<Backend> m_backend;
    QTemporaryDir m_dir;
    static constexpr int userCount = 1000;

    /// The page numbers of every GET /api/users with page_size=100 so far, in order.
    QList<int> pagesRequested(const QString &search = {}) const
    {
        QList<int> pages;
        for (const test::HttpRequest &r : m_fake->server().requests()) {
            if (r.method != "GET" || r.path != QLatin1String("/api/users") ||
                r.query.queryItemValue(QStringLiteral("page_size")) != QLatin1String("100") ||
                r.query.hasQueryItem(QStringLiteral("mode"))) // an exact search asked first
                continue;
            if (r.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded) !=
                (search.isEmpty() ? QString() : QLatin1Char('%') + search + QLatin1Char('%')))
                continue;
            pages.append(r.query.queryItemValue(QStringLiteral("page")).toInt());
        }
        return pages;
    }

    int countRequests(const QString &pageSize) const
    {
        int n = 0;
        for (const test::HttpRequest &r : m_fake->server().requests()) {
            if (r.method == "GET" && r.path == QLatin1String("/api/users") &&
                r.query.queryItemValue(QStringLiteral("page_size")) == pageSize)
                ++n;
        }
        return n;
    }

    static bool unique(const QList<int> &pages)
    {
        return QSet<int>(pages.begin(), pages.end()).size() == pages.size();
    }

    /// Shows `row` as a view would: asks for its data, then waits until it is loaded.
    static bool view(UserListModel &model, int row)
    {
        model.data(model.index(row, UserListModel::NameColumn));
        return QTest::qWaitFor([&] { return model.isLoaded(row, row); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<test::FakeLogto>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->error()));
        {
            test::FakeLogto::State &state = m_fake->state();
            QMutexLocker lock(&state.mutex);
            for (int i = 0; i < userCount; ++i) {
                const QJsonObject user = test::fakelogto::newUser(
                    state, QStringLiteral("user_%1").arg(i), QStringLiteral("user%1@example.com").arg(i),
                    i % 10 == 0 ? QStringLiteral("Tenth %1").arg(i) : QString());
                state.users.insert(user.value(QLatin1String("id")).toString(), user);
            }
        }
        QString error;
        m_backend = test::connectTo(*m_fake, m_dir.filePath(QStringLiteral("j.sqlite")), &error);
        QVERIFY2(m_backend, qPrintable(error));
        m_fake->server().clearRequests();
    }

    void cleanup()
    {
        m_backend.reset();
        m_fake.reset();
    }

    void chunkSizeComesFromCapabilities()
    {
        UserListModel model;
        QCOMPARE(model.chunkSize(), UserListModel::defaultChunkSize);
        model.setSource(m_backend.get(), m_fake->tenant());
        QCOMPARE(model.chunkSize(), 100);
        QCOMPARE(m_backend->capabilities().userPageSize, 100);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalKnown() && model.pendingRequests() == 0, 10000);
    }

    void scrollingRequestsEachPageOnce()
    {
        UserListModel model;
        connect(&model, &UserListModel::loadFailed, this,
                [](const Error &e) { QFAIL(qPrintable(QStringLiteral("load failed: ") + e.toString())); });
        model.setSource(m_backend.get(), m_fake->tenant());
        QTRY_VERIFY_WITH_TIMEOUT(model.totalKnown() && model.pendingRequests() == 0, 10000);
        QCOMPARE(model.total(), qint64(userCount));
        QCOMPARE(model.rowCount(), userCount);
        QCOMPARE(countRequests(QStringLiteral("1")), 1); // the total, for the anchors
        QCOMPARE(pagesRequested(), QList<int>{1});

        // Down to the end, 20 rows at a time: each page once, at most one page ahead of the view.
        for (int row = 0; row < userCount; row += 20) {
            QVERIFY2(view(model, row), qPrintable(QStringLiteral("row %1 did not load").arg(row)));
            const QList<int> pages = pagesRequested();
            QVERIFY2(unique(pages),
                     qPrintable(QStringLiteral("a page was requested twice by row %1").arg(row)));
            QVERIFY(*std::max_element(pages.begin(), pages.end()) <= row / 100 + 2);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingRequests(), 0, 10000);
        QList<int> pages = pagesRequested();
        std::sort(pages.begin(), pages.end());
        QCOMPARE(pages, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));

        // Rows are in Logto's order (newest first) and the last one is the oldest user.
        QCOMPARE(model.userAt(0)->username, QStringLiteral("user_999"));
        QCOMPARE(model.userAt(userCount - 1)->username, QStringLiteral("user_0"));

        // Back up and a jump into the middle: everything is cached, nothing is asked again.
        for (int row = userCount - 1; row >= 0; row -= 37)
            QVERIFY(view(model, row));
        QVERIFY(view(model, 555));
        QCOMPARE(pagesRequested().size(), 10);
        QCOMPARE(countRequests(QStringLiteral("1")), 1);

        // The same query again changes nothing; a new one starts over with its own pages.
        model.setQuery(UserQuery{});
        QCOMPARE(pagesRequested().size(), 10);
        UserQuery tenth;
        tenth.search = QStringLiteral("Tenth");
        model.setQuery(tenth);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalKnown() && model.pendingRequests() == 0, 10000);
        QCOMPARE(model.total(), qint64(userCount / 10));
        QVERIFY(view(model, userCount / 10 - 1));
        QCOMPARE(pagesRequested(QStringLiteral("Tenth")), QList<int>{1});
        QCOMPARE(pagesRequested().size(), 10);
    }

    /// A server whose substring search takes 1.5 s: a search for a whole email shows that user
    /// from an exact search (Logto's exact mode, case-sensitive, so its unique indexes answer)
    /// while the substring search runs; its answer then replaces the row. A text that is no
    /// identifier shows nothing early: the previous rows stay, marked as updating.
    void slowSearchShowsExactMatchesFirst()
    {
        {
            QMutexLocker lock(&m_fake->state().mutex);
            m_fake->state().substringSearchDelayMs = 1500;
        }
        UserListModel model;
        model.setSource(m_backend.get(), m_fake->tenant());
        QTRY_VERIFY_WITH_TIMEOUT(model.totalKnown() && model.pendingRequests() == 0, 10000);
        QVERIFY(!model.isSearching());
        m_fake->server().clearRequests();
        QSignalSpy searching(&model, &UserListModel::searchingChanged);

        UserQuery q;
        q.search = QStringLiteral("User42@Example.com");
        QElapsedTimer timer;
        timer.start();
        model.setQuery(q);
        QVERIFY(model.isSearching());
        QCOMPARE(searching.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 1 && model.isLoaded(0, 0), 10000);
        const qint64 exactMs = timer.elapsed();
        QCOMPARE(model.userAt(0)->primaryEmail, QStringLiteral("user42@example.com"));
        QVERIFY(!model.isUpdating());
        QVERIFY(model.isSearching()); // shown before the substring search answered
        QVERIFY(!model.totalKnown());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.pendingRequests() == 0, 10000);
        qInfo("first row after %lld ms, the search's answer after %lld ms", static_cast<long long>(exactMs),
              static_cast<long long>(timer.elapsed()));
        QCOMPARE(searching.count(), 2);
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.userAt(0)->primaryEmail, QStringLiteral("user42@example.com"));
        // The exact search: every identifier, as typed and in lower case, case-sensitively.
        const QList<test::HttpRequest> requests = m_fake->server().requests();
        const auto exact = std::find_if(requests.begin(), requests.end(), [](const test::HttpRequest &r) {
            return r.query.queryItemValue(QStringLiteral("mode")) == QLatin1String("exact");
        });
        QVERIFY(exact != requests.end());
        QCOMPARE(exact->query.allQueryItemValues(QStringLiteral("search.primaryEmail"), QUrl::FullyDecoded),
                 (QStringList{QStringLiteral("User42@Example.com"), QStringLiteral("user42@example.com")}));
        QCOMPARE(exact->query.queryItemValue(QStringLiteral("isCaseSensitive")), QStringLiteral("true"));
        QVERIFY(!exact->query.hasQueryItem(QStringLiteral("search.primaryPhone"))); // not a phone number
        QCOMPARE(pagesRequested(QStringLiteral("User42@Example.com")), QList<int>{1});
        QVERIFY(exact < std::find_if(
                            requests.begin(), requests.end(),
                            [](const test::HttpRequest &r) {
                                return r.query.hasQueryItem(QStringLiteral("search"));
                            })); // asked first

        // No identifier is "Tenth 4": the rows of the previous search stay until the answer.
        q.search = QStringLiteral("Tenth 4");
        model.setQuery(q);
        QVERIFY(model.isUpdating());
        QTRY_VERIFY_WITH_TIMEOUT(pagesRequested(QStringLiteral("Tenth 4")).size() == 1, 10000);
        QVERIFY(model.isUpdating()); // the exact search found nobody
        QCOMPARE(model.userAt(0)->primaryEmail, QStringLiteral("user42@example.com"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.pendingRequests() == 0, 10000);
        QVERIFY(!model.isUpdating());
        QCOMPARE(model.total(), 11); // Tenth 40, Tenth 400, 410 … 490
    }

    void closingWhileLoading()
    {
        // The backend goes away while the list's first requests are in flight: it finishes them
        // (the queued jobs run before it stops), the answers reach the model, and the model ends
        // up idle with exactly what they held.
        UserListModel model;
        QSignalSpy failed(&model, &UserListModel::loadFailed);
        QSignalSpy idle(&model, &UserListModel::idle);
        model.setSource(m_backend.get(), m_fake->tenant());
        QVERIFY(model.pendingRequests() > 0);
        QVERIFY(!model.totalKnown());
        QElapsedTimer timer;
        timer.start();
        m_backend.reset();
        QVERIFY(timer.elapsed() < 10000);

        QTRY_COMPARE_WITH_TIMEOUT(model.pendingRequests(), 0, 10000);
        QVERIFY(idle.count() >= 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(model.totalKnown());
        QCOMPARE(model.total(), qint64(userCount));
        QCOMPARE(model.rowCount(), userCount);
        QVERIFY(model.isLoaded(0, 99)); // the first page arrived
        QCOMPARE(model.userAt(0)->username, QStringLiteral("user_999"));
        QCOMPARE(model.userAt(99)->username, QStringLiteral("user_900"));
        QVERIFY(!model.isLoaded(100, 100)); // and nothing else was asked for
        // The owner detaches the model before it could ask the dead backend for more (the model
        // keeps a plain pointer to its backend).
        model.setSource(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingRequests(), 0);
        QVERIFY(!model.userAt(0));
    }

    void jumpFetchesOnlyThePagesAround()
    {
        UserListModel model;
        model.setSource(m_backend.get(), m_fake->tenant());
        QTRY_VERIFY_WITH_TIMEOUT(model.totalKnown() && model.pendingRequests() == 0, 10000);
        QVERIFY(view(model, 750));
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingRequests(), 0, 10000);
        QList<int> pages = pagesRequested();
        std::sort(pages.begin(), pages.end());
        QCOMPARE(pages, (QList<int>{1, 7, 8, 9})); // the first page, row 750's page and one each side
        QCOMPARE(model.userAt(750)->username, QStringLiteral("user_249"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteUserList)
#include "tst_remoteuserlist.moc"
