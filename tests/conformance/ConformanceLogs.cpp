#include "ConformanceTest.h"
#include "FakeLogtoState.h"
#include "model/LogEventJson.h"
#include "util/Clock.h"

#include <QMutexLocker>
#include <QSet>
#include <algorithm>

Q_DECLARE_METATYPE(gatehouse::LogQuery)

namespace gatehouse::test {

namespace {

constexpr qint64 dayMs = 86400000;
const QString passwordKey = QStringLiteral("Interaction.SignIn.Verification.Password.Submit");
const QString registerKey = QStringLiteral("Interaction.Register.Identifier.Submit");
const QString refreshKey = QStringLiteral("ExchangeTokenBy.RefreshToken");
const QString clientKey = QStringLiteral("ExchangeTokenBy.ClientCredentials");

LogEvent eventAt(int i, qint64 createdAt)
{
    static const QString users[] = {QStringLiteral("user0000alice"), QStringLiteral("user00000bob"),
                                    QStringLiteral("user000carol")};
    static const QString keys[] = {passwordKey, refreshKey, clientKey, registerKey, passwordKey};
    LogEvent e;
    e.id = QStringLiteral("log%1").arg(i, 6, 10, QLatin1Char('0'));
    e.key = keys[i % 5];
    e.createdAt = createdAt;
    e.result = i % 7 == 3 ? LogResult::Error : LogResult::Success;
    e.applicationId = e.key == clientKey ? QStringLiteral("m2mapp000001") : QStringLiteral("spaapp000001");
    if (e.key != clientKey)
        e.userId = users[i % 3];
    e.ip = QStringLiteral("10.0.0.%1").arg(i % 11);
    e.userAgent = i % 2 ? QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
                        : QStringLiteral("Mozilla/5.0 (Macintosh) Safari/605.1.15");
    if (i % 4 == 0 && e.key == refreshKey)
        e.organizationId = QStringLiteral("orgacme00001");
    e.sessionId = QStringLiteral("sess%1").arg(i / 3);
    QJsonObject payload{{QStringLiteral("key"), e.key},
                        {QStringLiteral("result"), logResultName(e.result)},
                        {QStringLiteral("ip"), e.ip},
                        {QStringLiteral("userAgent"), e.userAgent},
                        {QStringLiteral("applicationId"), e.applicationId},
                        {QStringLiteral("sessionId"), e.sessionId}};
    if (!e.userId.isEmpty())
        payload.insert(QStringLiteral("userId"), e.userId);
    if (!e.organizationId.isEmpty())
        payload.insert(QStringLiteral("params"),
                       QJsonObject{{QStringLiteral("organization_id"), e.organizationId},
                                   {QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
    if (e.result == LogResult::Error)
        payload.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), QStringLiteral("session.invalid_credentials")},
                                   {QStringLiteral("message"),
                                    QStringLiteral("Invalid credentials. Check your input.")}});
    e.payload = payload;
    return e;
}

QStringList idsOf(const QList<LogEvent> &events)
{
    QStringList ids;
    for (const LogEvent &e : events)
        ids.append(e.id);
    ids.sort();
    return ids;
}

QList<LogEvent> matching(const QList<LogEvent> &events, const LogQuery &query)
{
    QList<LogEvent> out;
    for (const LogEvent &e : events) {
        if (query.matches(e))
            out.append(e);
    }
    return out;
}

} // namespace

Result<QList<LogEvent>> TestConformance::seedLogs(const QString &tenantId)
{
    // Ten days back from a minute ago, a few events per hour; every 9th event shares the
    // millisecond of the one before (ties must neither repeat nor vanish between pages).
    const qint64 newest = clock::nowMs() - 60000;
    QList<LogEvent> events;
    qint64 at = newest;
    for (int i = 0; i < 240; ++i) {
        if (i % 9 != 8)
            at -= dayMs * 10 / 240;
        events.append(eventAt(i, at));
    }
    if (FakeLogto *server = fixture().logto()) {
        QMutexLocker lock(&server->state().mutex);
        for (const LogEvent &e : std::as_const(events)) {
            QJsonObject o = json::toJson(e);
            o.insert(QStringLiteral("tenantId"), server->tenant());
            server->state().logs.append(o);
        }
        return events;
    }
    LogSyncState state;
    state.source = QStringLiteral("conformance");
    state.highWater = newest;
    const Result<LogArchiveResult> stored = await(backend().logs().archive(tenantId, events, state));
    if (!stored)
        return stored.error();
    if (stored.value().stored != events.size())
        return Error(ErrorCode::Internal,
                     QStringLiteral("archived %1 of %2").arg(stored.value().stored).arg(events.size()));
    return events;
}

Result<QList<LogEvent>> TestConformance::allLogs(const QString &tenantId, const LogQuery &query, int limit)
{
    QList<LogEvent> all;
    QSet<QString> seen;
    LogCursor cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const Result<LogPage> page = await(backend().logs().page(tenantId, query, cursor, limit));
        if (!page)
            return page.error();
        if (page.value().events.size() > limit)
            return Error(
                ErrorCode::Internal,
                QStringLiteral("a page of %1 for a limit of %2").arg(page.value().events.size()).arg(limit));
        for (const LogEvent &e : page.value().events) {
            if (seen.contains(e.id))
                return Error(ErrorCode::Internal, QStringLiteral("%1 came twice").arg(e.id));
            if (!all.isEmpty() && e.createdAt > all.constLast().createdAt)
                return Error(ErrorCode::Internal,
                             QStringLiteral("%1 is newer than the event before it").arg(e.id));
            seen.insert(e.id);
            all.append(e);
        }
        if (page.value().atEnd)
            return all;
        cursor = page.value().next;
    }
    return Error(ErrorCode::Internal, QStringLiteral("the list never ended"));
}

void TestConformance::logsPagesNewestFirst()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    for (const int limit : {1, 37, 100, 500}) {
        AWAIT_OK(all, allLogs(t.id, {}, limit));
        QCOMPARE(all.size(), seeded.size());
        QCOMPARE(idsOf(all), idsOf(seeded));
    }
    AWAIT_OK(first, backend().logs().page(t.id, {}, {}, 5));
    QCOMPARE(first.events.size(), 5);
    QVERIFY(!first.atEnd);
    QCOMPARE(first.events.first().createdAt, seeded.first().createdAt);
    // The fields lifted from the payload, and the payload itself, arrive as they were recorded.
    const auto original = std::find_if(seeded.begin(), seeded.end(),
                                       [&](const LogEvent &e) { return e.id == first.events[2].id; });
    QVERIFY(original != seeded.end());
    QCOMPARE(first.events[2], *original);

    // An empty tenant, or a query nothing matches: one empty page at its end.
    LogQuery none;
    none.userId = QStringLiteral("nobody000000");
    AWAIT_OK(empty, backend().logs().page(t.id, none, {}, 50));
    QVERIFY(empty.events.isEmpty());
    QVERIFY(empty.atEnd);
    EXPECT_ERROR(backend().logs().page(QStringLiteral("no-such-tenant"), {}, {}, 10), ErrorCode::NotFound);
}

void TestConformance::logsFilters_data()
{
    QTest::addColumn<LogQuery>("query");
    const qint64 now = clock::nowMs();
    const auto q = [](auto set) {
        LogQuery query;
        set(query);
        return query;
    };
    QTest::newRow("user") << q([](LogQuery &x) { x.userId = QStringLiteral("user00000bob"); });
    QTest::newRow("application") << q([](LogQuery &x) { x.applicationId = QStringLiteral("m2mapp000001"); });
    QTest::newRow("organization") << q(
        [](LogQuery &x) { x.organizationId = QStringLiteral("orgacme00001"); });
    QTest::newRow("exact key") << q([](LogQuery &x) { x.key = passwordKey; });
    QTest::newRow("key prefix with dot") << q([](LogQuery &x) { x.key = QStringLiteral("Interaction."); });
    QTest::newRow("key prefix with star")
        << q([](LogQuery &x) { x.key = QStringLiteral("ExchangeTokenBy*"); });
    QTest::newRow("prefix inside a word")
        << q([](LogQuery &x) { x.key = QStringLiteral("Interaction.Sign*"); });
    QTest::newRow("errors") << q([](LogQuery &x) { x.result = LogResult::Error; });
    QTest::newRow("successes") << q([](LogQuery &x) { x.result = LogResult::Success; });
    QTest::newRow("last three days") << q([now](LogQuery &x) { x.since = now - 3 * dayMs; });
    QTest::newRow("a window") << q([now](LogQuery &x) {
        x.since = now - 6 * dayMs;
        x.until = now - 4 * dayMs;
    });
    QTest::newRow("search with a quote") << q([](LogQuery &x) { x.search = QStringLiteral("10.0.0.7\""); });
    QTest::newRow("search error code")
        << q([](LogQuery &x) { x.search = QStringLiteral("INVALID_credentials"); });
    QTest::newRow("search wildcard text") << q([](LogQuery &x) { x.search = QStringLiteral("100%_"); });
    QTest::newRow("user, key prefix, errors, range") << q([now](LogQuery &x) {
        x.userId = QStringLiteral("user0000alice");
        x.key = QStringLiteral("Interaction.SignIn.");
        x.result = LogResult::Error;
        x.since = now - 8 * dayMs;
    });
}

void TestConformance::logsFilters()
{
    QFETCH(LogQuery, query);
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    const QList<LogEvent> expected = matching(seeded, query);
    AWAIT_OK(found, allLogs(t.id, query, 25));
    QCOMPARE(idsOf(found), idsOf(expected));
}

void TestConformance::logsGet()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    const LogEvent &wanted = seeded[42];
    AWAIT_OK(got, backend().logs().get(t.id, wanted.id));
    QCOMPARE(got, wanted);
    QCOMPARE(got.errorText(), wanted.errorText());
    EXPECT_ERROR(backend().logs().get(t.id, QStringLiteral("nosuchlog0000")), ErrorCode::NotFound);
}

void TestConformance::logsStats()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    if (!backend().capabilities().logStats) {
        EXPECT_ERROR(backend().logs().stats(t.id, {}), ErrorCode::Unsupported);
        return;
    }
    LogQuery query;
    query.key = QStringLiteral("Interaction.");
    const QList<LogEvent> expected = matching(seeded, query);
    AWAIT_OK(stats, backend().logs().stats(t.id, query));
    QCOMPARE(stats.total, qint64(expected.size()));
    QHash<QString, qint64> perKey;
    QMap<QDate, qint64> perDay;
    qint64 errors = 0;
    for (const LogEvent &e : expected) {
        ++perKey[e.key];
        ++perDay[QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC).date()];
        errors += e.result == LogResult::Error;
    }
    QCOMPARE(stats.errors, errors);
    QCOMPARE(stats.perKey.size(), perKey.size());
    for (qsizetype i = 0; i < stats.perKey.size(); ++i) {
        QCOMPARE(stats.perKey[i].second, perKey.value(stats.perKey[i].first));
        if (i > 0)
            QVERIFY(stats.perKey[i - 1].second >= stats.perKey[i].second);
    }
    QCOMPARE(stats.perDay.size(), perDay.size());
    for (const auto &[day, count] : stats.perDay)
        QCOMPARE(count, perDay.value(day));
}

void TestConformance::logsArchive()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    LogSyncState state;
    state.source = QStringLiteral("logto+https://auth.example.com");
    if (!backend().capabilities().logArchive) {
        EXPECT_ERROR(backend().logs().syncState(t.id, state.source), ErrorCode::Unsupported);
        EXPECT_ERROR(backend().logs().archive(t.id, seeded.mid(0, 3), state), ErrorCode::Unsupported);
        return;
    }
    // A source never synced from.
    AWAIT_OK(fresh, backend().logs().syncState(t.id, state.source));
    QCOMPARE(fresh.source, state.source);
    QCOMPARE(fresh.highWater, qint64(0));
    QCOMPARE(fresh.passTop, qint64(0));
    QVERIFY(fresh.passCursor.isStart());

    // A pass in progress: its events and position are stored together, not journaled.
    AWAIT_OK(head, journalHead());
    state.passTop = seeded.first().createdAt;
    state.passCursor = {seeded[99].createdAt, seeded[99].id, 100};
    QList<LogEvent> batch = seeded.mid(0, 100);
    batch.append(eventAt(1000, seeded.first().createdAt + 5));
    AWAIT_OK(first, backend().logs().archive(t.id, batch, state));
    QCOMPARE(first.stored, 1); // the rest were archived by seedLogs()
    QCOMPARE(first.alreadyPresent, 100);
    AWAIT_OK(during, backend().logs().syncState(t.id, state.source));
    QCOMPARE(during.passTop, state.passTop);
    QCOMPARE(during.passCursor, state.passCursor);
    QCOMPARE(during.storedTotal, qint64(1));
    AWAIT_OK(afterBatch, journalHead());
    QCOMPARE(afterBatch, head);

    // The pass ends: high-water mark, no position, one journal entry.
    LogSyncState ended = during;
    ended.highWater = state.passTop;
    ended.passTop = 0;
    ended.passCursor = {};
    AWAIT_OK(last, backend().logs().archive(t.id, {}, ended));
    QCOMPARE(last.stored, 0);
    AWAIT_OK(done, backend().logs().syncState(t.id, state.source));
    QCOMPARE(done.highWater, state.passTop);
    QCOMPARE(done.passTop, qint64(0));
    QVERIFY(done.lastSyncAt > 0);
    QString journal = checkJournal(head, {{QStringLiteral("logs.sync"), state.source, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(all, allLogs(t.id, {}, 500));
    QCOMPARE(all.size(), seeded.size() + 1);

    // A batch with an event that cannot be kept stores nothing, position included.
    QList<LogEvent> bad = {eventAt(2000, clock::nowMs()), eventAt(2001, clock::nowMs())};
    bad[1].id.clear();
    LogSyncState moved = done;
    moved.passTop = 12345;
    EXPECT_ERROR(backend().logs().archive(t.id, bad, moved), ErrorCode::Validation);
    AWAIT_OK(unchanged, backend().logs().syncState(t.id, state.source));
    QCOMPARE(unchanged, done);
    EXPECT_ERROR(backend().logs().get(t.id, bad[0].id), ErrorCode::NotFound);
    LogSyncState nameless;
    EXPECT_ERROR(backend().logs().archive(t.id, {}, nameless), ErrorCode::Validation);

    // Another tenant's archive is its own.
    if (backend().capabilities().tenantManagement) {
        AWAIT_OK(other, makeTenant(QStringLiteral("Other")));
        AWAIT_OK(otherPage, backend().logs().page(other.id, {}, {}, 10));
        QVERIFY(otherPage.events.isEmpty());
        EXPECT_ERROR(backend().logs().get(other.id, seeded[0].id), ErrorCode::NotFound);
        AWAIT_OK(otherState, backend().logs().syncState(other.id, state.source));
        QCOMPARE(otherState.highWater, qint64(0));
    }
}

void TestConformance::logsRetention()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    if (!backend().capabilities().logArchive) {
        EXPECT_ERROR(backend().logs().retentionDays(t.id), ErrorCode::Unsupported);
        EXPECT_ERROR(backend().logs().setRetentionDays(t.id, 7), ErrorCode::Unsupported);
        return;
    }
    AWAIT_OK(initial, backend().logs().retentionDays(t.id));
    QCOMPARE(initial, 0);
    AWAIT_OK(head, journalHead());
    AWAIT_OK(deleted, backend().logs().setRetentionDays(t.id, 5));
    const qint64 cutoff = clock::nowMs() - 5 * dayMs;
    LogQuery older;
    older.until = cutoff - 1000; // clear of the moment the backend took its own clock
    QVERIFY(deleted >= qint64(matching(seeded, older).size()));
    AWAIT_OK(kept, allLogs(t.id, {}, 500));
    QCOMPARE(qint64(kept.size()) + deleted, qint64(seeded.size()));
    for (const LogEvent &e : std::as_const(kept))
        QVERIFY(e.createdAt >= cutoff - 1000);
    AWAIT_OK(now, backend().logs().retentionDays(t.id));
    QCOMPARE(now, 5);
    QString journal = checkJournal(head, {{QStringLiteral("logs.retention"), t.id, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    EXPECT_ERROR(backend().logs().setRetentionDays(t.id, -1), ErrorCode::Validation);
    AWAIT_OK(keepAll, backend().logs().setRetentionDays(t.id, 0));
    QCOMPARE(keepAll, qint64(0));
}

void TestConformance::logsOfOrganizationMembers()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    User draft;
    draft.username = QStringLiteral("member1");
    AWAIT_OK(member, backend().users().create(t.id, draft, {}));
    draft.username = QStringLiteral("outsider");
    AWAIT_OK(outsider, backend().users().create(t.id, draft, {}));
    Organization org;
    org.name = QStringLiteral("Globex");
    AWAIT_OK(globex, backend().organizations().create(t.id, org));
    GH_VERIFY_OK(await(backend().organizations().addMembers(t.id, globex.id, {member.id}, {})));
    LogQuery query;
    query.memberOf = globex.id;
    if (!backend().capabilities().logArchive) {
        // A Logto server cannot select by membership: refused, with the way that works.
        EXPECT_ERROR(backend().logs().page(t.id, query, {}, 50), ErrorCode::Unsupported);
        return;
    }
    const qint64 now = clock::nowMs() - 60000;
    QList<LogEvent> events;
    for (int i = 0; i < 30; ++i) {
        LogEvent e = eventAt(i, now - i * 1000);
        e.userId = i % 3 == 0 ? member.id : i % 3 == 1 ? outsider.id : QString();
        events.append(e);
    }
    LogSyncState state;
    state.source = QStringLiteral("conformance");
    GH_VERIFY_OK(await(backend().logs().archive(t.id, events, state)));
    AWAIT_OK(ofMembers, allLogs(t.id, query, 4));
    QCOMPARE(ofMembers.size(), 10);
    for (const LogEvent &e : ofMembers)
        QCOMPARE(e.userId, member.id);
    // With the other filters, and none once the member has left.
    query.result = LogResult::Error;
    AWAIT_OK(failed, allLogs(t.id, query, 50));
    QCOMPARE(failed.size(), 2);
    for (const LogEvent &e : failed)
        QVERIFY(e.result == LogResult::Error && e.userId == member.id);
    query.result.reset();
    GH_VERIFY_OK(await(backend().organizations().removeMember(t.id, globex.id, member.id)));
    AWAIT_OK(none, allLogs(t.id, query, 50));
    QVERIFY(none.isEmpty());
}

void TestConformance::logsDashboard()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(seeded, seedLogs(t.id));
    User draft;
    draft.username = QStringLiteral("alice");
    AWAIT_OK(alice, backend().users().create(t.id, draft, {}));
    draft.username = QStringLiteral("bob");
    AWAIT_OK(bob, backend().users().create(t.id, draft, {}));
    Organization org;
    org.name = QStringLiteral("Globex");
    AWAIT_OK(globex, backend().organizations().create(t.id, org));
    GH_VERIFY_OK(await(backend().organizations().addMembers(t.id, globex.id, {alice.id}, {})));

    const QDate today = QDateTime::fromMSecsSinceEpoch(clock::nowMs(), Qt::UTC).date();
    AWAIT_OK(board, backend().logs().dashboard(t.id, today));
    QCOMPARE(board.day, today);
    QCOMPARE(board.totalUsers, qint64(2));
    QCOMPARE(board.newUsersToday, (CountDelta{2, 2}));
    QCOMPARE(board.newUsers7d, (CountDelta{2, 2}));
    QCOMPARE(board.organizations, qint64(1));
    if (fixture().logto())
        QVERIFY(!board.organizationMembers); // Logto has no count of memberships
    else
        QCOMPARE(board.organizationMembers.value_or(-1), qint64(1));

    // Worked out here from the seeded events: active = a successful token exchange by a user.
    const auto dayOf = [](qint64 at) {
        return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date();
    };
    QMap<QDate, QSet<QString>> active;
    QMap<QDate, qint64> failedPerDay;
    QMap<std::pair<QString, QString>, qint64> reasons;
    qint64 failedWeek = 0;
    for (const LogEvent &e : std::as_const(seeded)) {
        const QDate d = dayOf(e.createdAt);
        if (e.key.startsWith(QStringLiteral("ExchangeTokenBy.")) && e.result == LogResult::Success &&
            !e.userId.isEmpty())
            active[d].insert(e.userId);
        if (e.key.startsWith(QStringLiteral("Interaction.")) && e.result == LogResult::Error &&
            d.daysTo(today) < 30) {
            ++failedPerDay[d];
            if (d.daysTo(today) < 7) {
                ++failedWeek;
                ++reasons[{e.key, QStringLiteral("session.invalid_credentials")}];
            }
        }
    }
    const auto activeIn = [&](int newest, int oldest) { // days before today, inclusive
        QSet<QString> users;
        for (int back = newest; back <= oldest; ++back)
            users.unite(active.value(today.addDays(-back)));
        return qint64(users.size());
    };
    QCOMPARE(board.dau, (CountDelta{activeIn(0, 0), activeIn(0, 0) - activeIn(1, 1)}));
    QCOMPARE(board.wau, (CountDelta{activeIn(0, 6), activeIn(0, 6) - activeIn(7, 13)}));
    QCOMPARE(board.mau, (CountDelta{activeIn(0, 29), activeIn(0, 29) - activeIn(30, 59)}));
    QVERIFY(board.mau.count > 0);
    QCOMPARE(board.dailyActive.size(), 30);
    QCOMPARE(board.dailyActive.constLast().first, today);
    for (const auto &[d, count] : std::as_const(board.dailyActive))
        QCOMPARE(count, qint64(active.value(d).size()));

    QVERIFY(board.failuresComplete);
    QCOMPARE(board.failedSignIns.size(), 30);
    QCOMPARE(board.failedSignIns.constFirst().first, today.addDays(-29));
    for (const auto &[d, count] : std::as_const(board.failedSignIns))
        QCOMPARE(count, failedPerDay.value(d));
    QCOMPARE(board.failedSignIns7d, failedWeek);
    QVERIFY(failedWeek > 0);
    QCOMPARE(board.topFailures.size(), qMin<qsizetype>(reasons.size(), 5));
    for (qsizetype i = 0; i < board.topFailures.size(); ++i) {
        const FailureReason &r = board.topFailures[i];
        QCOMPARE(r.count, reasons.value({r.key, r.errorCode}));
        if (i > 0)
            QVERIFY(board.topFailures[i - 1].count >= r.count);
    }

    // Another tenant's figures are its own.
    if (backend().capabilities().tenantManagement) {
        AWAIT_OK(other, makeTenant(QStringLiteral("Other")));
        AWAIT_OK(empty, backend().logs().dashboard(other.id, today));
        QCOMPARE(empty.totalUsers, qint64(0));
        QCOMPARE(empty.mau.count, qint64(0));
        QCOMPARE(empty.failedSignIns7d, qint64(0));
    }
}

} // namespace gatehouse::test
