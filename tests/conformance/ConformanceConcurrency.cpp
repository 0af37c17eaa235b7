#include "ConformanceTest.h"
#include "PostgresLockWait.h"
#include "SqliteHooks.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

namespace gatehouse::test {

void TestConformance::concurrentStaleUpdate()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(
                      t.id, appDraft(ApplicationType::SPA, QStringLiteral("Original"))));
    QString error;
    std::unique_ptr<Backend> other = fixture().openBackend(&error);
    QVERIFY2(other, qPrintable(error));
    other->declareOperator(QStringLiteral("someone else"));

    AWAIT_OK(mine, backend().applications().get(t.id, app.id));
    AWAIT_OK(theirs, other->applications().get(t.id, app.id));
    QCOMPARE(mine.version, theirs.version);
    AWAIT_OK(head, journalHead());

    mine.name = QStringLiteral("First");
    mine.corsAllowedOrigins = {QStringLiteral("https://first.example.com")};
    theirs.name = QStringLiteral("Second");
    theirs.description = QStringLiteral("lost update");
    AWAIT_OK(mineSaved, backend().applications().update(t.id, mine));
    COMPARE_NEW_VERSION(mineSaved.version, 2, app.version);
    EXPECT_ERROR(other->applications().update(t.id, theirs), ErrorCode::Conflict);

    for (Backend *b : {m_backend.get(), other.get()}) {
        AWAIT_OK(stored, b->applications().get(t.id, app.id));
        QCOMPARE(stored.name, QStringLiteral("First"));
        QCOMPARE(stored.corsAllowedOrigins, mine.corsAllowedOrigins);
        QVERIFY(stored.description.isEmpty());
        QCOMPARE(stored.version, mineSaved.version);
        AWAIT_OK(report, b->journal().verify());
        QVERIFY(report.intact());
    }
    const QString journal = checkJournal(head, {{QStringLiteral("application.update"), app.id, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::updateRacingAnotherWriter()
{
    // Another client changes the row after this backend read it but before its UPDATE ran: the
    // update must fail with Conflict instead of silently writing nothing (and journaling it).
    if (!backend().capabilities().atomicConflictCheck)
        QSKIP("an atomic conflict check is not a capability of this backend");
    if (!fixture().hasDataSqlAccess())
        QSKIP("this backend's storage cannot be reached with SQL");
    const bool postgres = m_kind == BackendKind::Postgres;
    // SQLite: watch the statements the updating backend's own connection starts (see below).
    struct Started
    {
        std::atomic<bool> watching{false};
        QMutex mutex;
        Qt::HANDLE mainThread = QThread::currentThreadId();
        QList<QByteArray> statements; // started on other threads than this one, in order
    };
    static Started started;
    started.watching = true;
    const auto stopWatching = qScopeGuard([] { started.watching = false; });
    Backend *updater = &backend();
    std::unique_ptr<Backend> watched;
    if (!postgres) {
        sqlitehooks::Hooks hooks;
        hooks.statement = [](sqlite3 *, const char *sql) {
            if (!started.watching.load() || QThread::currentThreadId() == started.mainThread)
                return;
            QMutexLocker lock(&started.mutex);
            started.statements.append(QByteArray(sql));
        };
        sqlitehooks::install(std::move(hooks));
        QString error;
        watched = fixture().openBackend(&error); // its connections carry the hooks
        QVERIFY2(watched, qPrintable(error));
        updater = watched.get();
    }

    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(
                      t.id, appDraft(ApplicationType::SPA, QStringLiteral("Original"))));
    AWAIT_OK(head, journalHead());

    QSqlDatabase writer = fixture().sqlConnection();
    QSqlQuery tx(writer);
    QVERIFY(tx.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(
        tx.prepare(QStringLiteral("UPDATE applications SET name = ?, version = version + 1 WHERE id = ?")));
    tx.addBindValue(QStringLiteral("Changed elsewhere"));
    tx.addBindValue(app.id);
    QVERIFY2(tx.exec(), qPrintable(tx.lastError().text()));
    // Never leave the transaction open on failure: the backend would wait for it forever.
    const auto release = qScopeGuard([&writer] { QSqlQuery(writer).exec(QStringLiteral("ROLLBACK")); });

    Application edit = app;
    edit.name = QStringLiteral("Mine");
    {
        QMutexLocker lock(&started.mutex);
        started.statements.clear();
    }
    Future<Application> pending = updater->applications().update(t.id, edit);

    if (postgres) {
        // Wait until the backend's UPDATE is blocked on the row the other transaction holds.
        QVERIFY2(waitForGatehouseLockWait(fixture().sqlConnection()),
                 "the backend never waited for the row lock");
    } else {
        // SQLite has one writer: the backend's transaction starts with BEGIN IMMEDIATE, which
        // waits for the write lock the raw transaction holds. Wait until that statement has
        // started on the backend's connection; from then on it can only be waiting.
        QDeadlineTimer deadline(10000);
        QList<QByteArray> seen;
        while (!deadline.hasExpired()) {
            {
                QMutexLocker lock(&started.mutex);
                seen = started.statements;
            }
            if (seen.contains("BEGIN IMMEDIATE"))
                break;
            QThread::msleep(5);
        }
        QVERIFY2(seen.contains("BEGIN IMMEDIATE"), "the update never started its transaction");
        QCOMPARE(seen.constLast(), QByteArray("BEGIN IMMEDIATE")); // nothing ran past it
        QVERIFY(!pending.isFinished());
    }
    QVERIFY(tx.exec(QStringLiteral("COMMIT")));

    AWAIT_ERROR(conflict, pending, ErrorCode::Conflict);
    QVERIFY(!conflict.message().isEmpty());
    if (!postgres) {
        QMutexLocker lock(&started.mutex);
        QVERIFY(started.statements.size() > 1); // it went on after the lock was released
    }
    AWAIT_OK(stored, backend().applications().get(t.id, app.id));
    QCOMPARE(stored.name, QStringLiteral("Changed elsewhere"));
    QCOMPARE(stored.version, qint64(2));
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(report.intact());
}

void TestConformance::concurrentWritersKeepJournalIntact()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(head, journalHead());
    QString error;
    std::unique_ptr<Backend> other = fixture().openBackend(&error);
    QVERIFY2(other, qPrintable(error));

    // Both connections write at the same time; neither waits for the other's results.
    constexpr int perBackend = 15;
    QList<Future<Role>> futures;
    for (int i = 0; i < perBackend; ++i) {
        futures.append(backend().roles().create(t.id, roleDraft(QStringLiteral("mine %1").arg(i))));
        futures.append(other->roles().create(t.id, roleDraft(QStringLiteral("theirs %1").arg(i))));
    }
    for (const Future<Role> &f : std::as_const(futures))
        AWAIT_DONE(f);

    AWAIT_OK(roles, backend().roles().list(t.id));
    QCOMPARE(roles.size(), 2 * perBackend);
    for (Backend *b : {m_backend.get(), other.get()}) {
        AWAIT_OK(report, b->journal().verify());
        QVERIFY2(report.intact(), qPrintable(report.problems.value(0).message));
        QCOMPARE(report.entries, head + 2 * perBackend * entriesPerChange());
        QCOMPARE(report.unfinishedCount, qint64(0));
    }
    AWAIT_OK(entries, journalAfter(0, true));
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries[i].seq, qint64(i + 1));
}

void TestConformance::verifyWhileOthersWrite()
{
    // Verifying reads one consistent state of the journal: writes committed meanwhile by another
    // connection must not look like tampering.
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(head, journalHead());
    QString error;
    std::unique_ptr<Backend> other = fixture().openBackend(&error);
    QVERIFY2(other, qPrintable(error));

    QList<Future<Role>> writes;
    for (int i = 0; i < 150; ++i)
        writes.append(other->roles().create(t.id, roleDraft(QStringLiteral("role %1").arg(i))));
    QStringList alarms;
    int verified = 0;
    int midway = 0; // verifies that saw some of the writes but not all of them
    QDeadlineTimer deadline(120000);
    while (!writes.constLast().isFinished() && !deadline.hasExpired()) {
        AWAIT_OK(report, backend().journal().verify());
        ++verified;
        if (report.entries > head && report.entries < head + 150 * entriesPerChange())
            ++midway;
        for (const JournalProblem &p : report.problems)
            alarms.append(QStringLiteral("%1 %2: %3").arg(p.seq).arg(p.kind, p.message));
    }
    for (const Future<Role> &f : std::as_const(writes))
        AWAIT_DONE(f);
    QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(QLatin1Char('\n'))));
    QVERIFY2(midway > 0, qPrintable(QStringLiteral("none of %1 verifies ran while the other connection "
                                                   "was writing")
                                        .arg(verified)));
    AWAIT_OK(final, backend().journal().verify());
    QVERIFY(final.intact());
    QCOMPARE(final.entries, head + 150 * entriesPerChange());
}

void TestConformance::concurrentDuplicateNames()
{
    // A lost race ends in a failed statement; cleaning up after it must not fail either.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(head, journalHead());
    QString error;
    std::unique_ptr<Backend> other = fixture().openBackend(&error);
    QVERIFY2(other, qPrintable(error));
    // Role names are unique ignoring case; a server that enforces uniqueness only as typed (Logto)
    // is checked before writing, which two writers in the same instant can both pass. Indicators
    // are unique on every backend.
    const bool racesRoles = backend().capabilities().atomicConflictCheck;

    // The same names from two connections at once: exactly one of each pair wins.
    constexpr int names = 8;
    QList<std::pair<Future<Role>, Future<Role>>> roleRaces;
    QList<std::pair<Future<Resource>, Future<Resource>>> indicatorRaces;
    for (int i = 0; i < names; ++i) {
        const QString name = QStringLiteral("Role %1").arg(i);
        if (racesRoles)
            roleRaces.append({backend().roles().create(t.id, roleDraft(name)),
                              other->roles().create(t.id, roleDraft(name.toUpper()))});
        const QString indicator = QStringLiteral("https://api%1.example.com").arg(i);
        indicatorRaces.append(
            {backend().resources().create(t.id, resourceDraft(QStringLiteral("Mine"), indicator)),
             other->resources().create(t.id, resourceDraft(QStringLiteral("Theirs"), indicator))});
    }
    QStringList problems;
    auto judge = [&problems](const auto &first, const auto &second, int i) {
        const auto a = await(first);
        const auto b = await(second);
        const int wins = (a.ok() ? 1 : 0) + (b.ok() ? 1 : 0);
        const auto &loser = a.ok() ? b : a;
        if (wins != 1 || loser.error().code() != ErrorCode::AlreadyExists)
            problems.append(
                QStringLiteral("pair %1: %2 / %3").arg(i).arg(describeOutcome(a), describeOutcome(b)));
    };
    for (int i = 0; i < names; ++i) {
        if (racesRoles)
            judge(roleRaces[i].first, roleRaces[i].second, i);
        judge(indicatorRaces[i].first, indicatorRaces[i].second, i);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    AWAIT_OK(roles, backend().roles().list(t.id));
    QCOMPARE(roles.size(), racesRoles ? names : 0);
    AWAIT_OK(resources, backend().resources().list(t.id));
    QCOMPARE(resources.size(), names);
    // One change entry per winner; a loser's request, where it reached a server, is on record as
    // refused.
    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(report.intact());
    QCOMPARE(report.unfinishedCount, qint64(0));
    AWAIT_OK(changes, journalAfter(head));
    QCOMPARE(changes.size(), (racesRoles ? 2 : 1) * names);
}

} // namespace gatehouse::test
