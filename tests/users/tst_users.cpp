#include "ExpectedUserOrder.h"
#include "FakeLogtoState.h"
#include "PostgresConnection.h"
#include "PostgresLockWait.h"
#include "UsersFixture.h"
#include "journal/JournalChain.h"
#include "model/UserJson.h"
#include "model/UserRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <limits>

using namespace gatehouse;

/// Every user operation of the Backend interface, with the same expectations on each backend.
/// Where a Logto server cannot do what a local workspace does, the backend declares it in its
/// Capabilities and the test expects Unsupported; where Logto's own rules differ (phones kept as
/// digits, ids and creation times chosen by the server, digests never disclosed), the test says so.
class TestUsers : public QObject
{
    Q_OBJECT

private:
    test::UsersFixture m_fx;
    QString m_tenant;
    QTemporaryDir m_files;

    UsersApi &users() { return m_fx.backend->users(); }
    Capabilities caps() const { return m_fx.backend->capabilities(); }
    bool remote() const { return m_fx.isRemote(); }

    ErrorCode pageError(const UserQuery &q)
    {
        const auto page = test::await(users().page(m_tenant, q, {}, 100));
        return page.ok() ? ErrorCode::None : page.error().code();
    }

    User draft(const QString &username, const QString &email = {}, const QString &phone = {})
    {
        User u;
        u.username = username;
        u.primaryEmail = email;
        u.primaryPhone = phone;
        u.name = username.isEmpty() ? QString() : QStringLiteral("Name of ") + username;
        return u;
    }

    User create(const User &u, const QString &password = {})
    {
        const auto created = test::await(users().create(m_tenant, u, password));
        if (!created.ok())
            qWarning("create failed: %s", qPrintable(created.error().toString()));
        return created.ok() ? created.value() : User{};
    }

    QStringList ids(const UserQuery &q, int limit = 500)
    {
        const auto page = test::await(users().page(m_tenant, q, {}, limit));
        QStringList out;
        if (page.ok()) {
            for (const User &u : page->users)
                out << u.id;
        }
        return out;
    }

    /// PostgreSQL: connections of this test's database that wait for a lock now.
    int lockWaiters()
    {
        const QString name = QStringLiteral("observer");
        int n = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::contains(name)
                    ? QSqlDatabase::database(name)
                    : test::addPostgresConnection(WorkspaceSpec::parse(m_fx.workspace()).value(), name);
            if (!db.isOpen()) {
                if (!db.open())
                    return -1;
            }
            QSqlQuery q(db); // autocommit: every query sees the activity of that moment
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                      "AND datname = current_database()")) &&
                q.next())
                n = q.value(0).toInt();
        }
        return n;
    }

    JournalEntry lastJournal()
    {
        const auto entries = test::await(m_fx.backend->journal().list({m_tenant, {}, 0, 1}));
        return entries.ok() && !entries->isEmpty() ? entries->first() : JournalEntry{};
    }

private Q_SLOTS:
    void init()
    {
        bool skip = false;
        const QString error = m_fx.open(&skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!caps().tenantManagement) { // a Logto connection is one tenant
            const auto tenants = test::await(m_fx.backend->tenants().list());
            GH_VERIFY_OK(tenants);
            QCOMPARE(tenants->size(), 1);
            m_tenant = tenants->first().id;
            return;
        }
        Tenant t;
        t.name = QStringLiteral("Users");
        const auto tenant = test::await(m_fx.backend->tenants().create(t));
        GH_VERIFY_OK(tenant);
        m_tenant = tenant->id;
    }

    void cleanup()
    {
        if (m_fx.backend) {
            const auto report = test::await(m_fx.backend->journal().verify());
            QVERIFY(report.ok() && report->intact());
        }
        if (QSqlDatabase::contains(QStringLiteral("observer")))
            QSqlDatabase::removeDatabase(QStringLiteral("observer"));
        m_fx.close();
    }

    void createAndGet()
    {
        User u = draft(QStringLiteral("alice"), QStringLiteral("Alice@Example.com"),
                       QStringLiteral("+1 (415) 555-0101"));
        u.profile = QJsonObject{
            {QStringLiteral("givenName"), QStringLiteral("Alice")},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("locality"), QStringLiteral("SF")}}}};
        u.customData =
            QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}, {QStringLiteral("seats"), 5}};
        const User created = create(u);
        QCOMPARE(created.id.size(), 12);
        QVERIFY(!created.hasPassword());
        const auto got = test::await(users().get(m_tenant, created.id));
        GH_VERIFY_OK(got);
        QCOMPARE(got->primaryEmail, QStringLiteral("Alice@Example.com"));
        // Logto keeps phone numbers as digits.
        QCOMPARE(got->primaryPhone,
                 remote() ? QStringLiteral("14155550101") : QStringLiteral("+1 (415) 555-0101"));
        QCOMPARE(got->profile, u.profile);
        QCOMPARE(got->customData, u.customData);
        if (caps().sequentialVersions)
            QCOMPARE(got->version, 1);
        else
            QCOMPARE(got->version, created.version);
        const JournalEntry e = lastJournal();
        QCOMPARE(e.action, QStringLiteral("user.create"));
        QCOMPARE(e.targetId, created.id);
        QVERIFY(!QJsonDocument(e.after.toObject()).toJson().contains("passwordDigest"));
    }

    void uniqueness_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("field");
        QTest::newRow("username differs in case")
            << QStringLiteral("ALICE") << QString() << QString() << QStringLiteral("username");
        QTest::newRow("email differs in case")
            << QString() << QStringLiteral("alice@EXAMPLE.com") << QString() << QStringLiteral("email");
        QTest::newRow("phone differs in punctuation")
            << QString() << QString() << QStringLiteral("+14155550101") << QStringLiteral("phone");
    }

    void uniqueness()
    {
        QFETCH(QString, username);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, field);
        const User first = create(draft(QStringLiteral("alice"), QStringLiteral("alice@example.com"),
                                        QStringLiteral("+1 415 555 0101")));
        QVERIFY(!first.id.isEmpty());
        const auto clash = test::await(users().create(m_tenant, draft(username, email, phone), {}));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code(), ErrorCode::AlreadyExists);
        QVERIFY2(clash.error().message().contains(first.id), qPrintable(clash.error().message()));
        QVERIFY2(clash.error().message().contains(field), qPrintable(clash.error().message()));
        if (!caps().tenantManagement)
            return;
        // Another tenant may reuse them.
        Tenant other;
        other.name = QStringLiteral("Other");
        const auto tenant = test::await(m_fx.backend->tenants().create(other));
        GH_VERIFY_OK(test::await(users().create(tenant->id, draft(username, email, phone), {})));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("username with space") << QStringLiteral("username") << QStringLiteral("bad name");
        QTest::newRow("username starts with digit") << QStringLiteral("username") << QStringLiteral("1abc");
        QTest::newRow("email without domain") << QStringLiteral("primaryEmail") << QStringLiteral("alice@");
        QTest::newRow("email with space")
            << QStringLiteral("primaryEmail") << QStringLiteral("a b@example.com");
        QTest::newRow("phone letters") << QStringLiteral("primaryPhone") << QStringLiteral("call me");
        QTest::newRow("phone too short") << QStringLiteral("primaryPhone") << QStringLiteral("+1 23");
        QTest::newRow("avatar not a url")
            << QStringLiteral("avatar") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("name too long") << QStringLiteral("name") << QString(200, QLatin1Char('n'));
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        User u;
        if (field == QLatin1String("username"))
            u.username = value;
        else if (field == QLatin1String("primaryEmail"))
            u.primaryEmail = value;
        else if (field == QLatin1String("primaryPhone"))
            u.primaryPhone = value;
        else if (field == QLatin1String("avatar"))
            u.avatar = value;
        else
            u.name = value;
        const auto result = test::await(users().create(m_tenant, u, {}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QCOMPARE(result.error().fields().first().field, field);
        QVERIFY(!result.error().fields().first().message.isEmpty());
    }

    void profileAndCustomDataRules()
    {
        User u = draft(QStringLiteral("bob"));
        u.profile = QJsonObject{{QStringLiteral("favouriteColour"), QStringLiteral("blue")}};
        auto result = test::await(users().create(m_tenant, u, {}));
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QCOMPARE(result.error().fields().first().field, QStringLiteral("profile.favouriteColour"));
        u.profile = {};
        u.customData = QJsonObject{{QStringLiteral("blob"), QString(70000, QLatin1Char('x'))}};
        result = test::await(users().create(m_tenant, u, {}));
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QCOMPARE(result.error().fields().first().field, QStringLiteral("customData"));
    }

    void textStoredVerbatim()
    {
        User u = draft(QStringLiteral("o_brien"), QStringLiteral("o'brien+test@example.com"));
        u.name = QStringLiteral("O'Brien \"; DROP TABLE users; -- 🙂 שלום %_\\");
        u.customData = QJsonObject{{QStringLiteral("note"), QStringLiteral("' OR 1=1 --")}};
        const User created = create(u);
        const auto got = test::await(users().get(m_tenant, created.id));
        QCOMPARE(got->name, u.name);
        QCOMPARE(got->primaryEmail, u.primaryEmail);
        QCOMPARE(got->customData, u.customData);
        // LIKE/FTS metacharacters search literally.
        UserQuery q;
        q.search = QStringLiteral("%_\\");
        QCOMPARE(ids(q), QStringList{created.id});
        q.search = QStringLiteral("\"; drop"); // a double quote inside the FTS phrase
        QCOMPARE(ids(q), QStringList{created.id});
        q.search = QStringLiteral("o'brien+");
        QCOMPARE(ids(q), QStringList{created.id});
        q.search = QStringLiteral("\"");
        // One character: a prefix search on keys only locally; Logto matches any substring.
        QCOMPARE(ids(q).size(), remote() ? 1 : 0);
    }

    void updateAndConflict()
    {
        const User created = create(draft(QStringLiteral("carol"), QStringLiteral("carol@example.com")));
        User first = created;
        first.name = QStringLiteral("Carol One");
        const auto saved = test::await(users().update(m_tenant, first));
        GH_VERIFY_OK(saved);
        if (caps().sequentialVersions)
            QCOMPARE(saved->version, 2);
        else
            QVERIFY(saved->version != created.version);
        User stale = created; // still version 1
        stale.name = QStringLiteral("Carol Two");
        const auto conflict = test::await(users().update(m_tenant, stale));
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code(), ErrorCode::Conflict);
        QCOMPARE(test::await(users().get(m_tenant, created.id))->name, QStringLiteral("Carol One"));
        // Changing the email to one another user has is refused.
        create(draft(QStringLiteral("dave"), QStringLiteral("dave@example.com")));
        User taken = saved.value();
        taken.primaryEmail = QStringLiteral("DAVE@example.com");
        QCOMPARE(test::await(users().update(m_tenant, taken)).error().code(), ErrorCode::AlreadyExists);
    }

    void sensitiveActionsNeedReasons()
    {
        const User u = create(draft(QStringLiteral("erin")));
        QCOMPARE(test::await(users().setSuspended(m_tenant, u.id, true, QStringLiteral("  "))).error().code(),
                 ErrorCode::Validation);
        QCOMPARE(test::await(users().remove(m_tenant, u.id, {})).error().code(), ErrorCode::Validation);
        const auto suspended =
            test::await(users().setSuspended(m_tenant, u.id, true, QStringLiteral("ticket 4711")));
        GH_VERIFY_OK(suspended);
        QVERIFY(suspended->isSuspended);
        JournalEntry e = lastJournal();
        QCOMPARE(e.action, QStringLiteral("user.suspend"));
        QCOMPARE(e.reason, QStringLiteral("ticket 4711"));
        QCOMPARE(e.before.toObject().value(QStringLiteral("isSuspended")).toBool(), false);
        QCOMPARE(e.after.toObject().value(QStringLiteral("isSuspended")).toBool(), true);
        GH_VERIFY_OK(test::await(users().setSuspended(m_tenant, u.id, false, QStringLiteral("resolved"))));
        QCOMPARE(lastJournal().action, QStringLiteral("user.unsuspend"));
        const auto expired =
            test::await(users().setPasswordExpired(m_tenant, u.id, true, QStringLiteral("leak")));
        if (caps().passwordExpiry) {
            GH_VERIFY_OK(expired);
            QVERIFY(expired->passwordExpired);
        } else {
            QCOMPARE(expired.error().code(), ErrorCode::Unsupported);
        }
        GH_VERIFY_OK(test::await(users().remove(m_tenant, u.id, QStringLiteral("GDPR erasure request"))));
        e = lastJournal();
        QCOMPARE(e.action, QStringLiteral("user.delete"));
        QCOMPARE(e.reason, QStringLiteral("GDPR erasure request"));
        QCOMPARE(test::await(users().get(m_tenant, u.id)).error().code(), ErrorCode::NotFound);
    }

    /// Two connections update the same user at the same moment (PostgreSQL, READ COMMITTED:
    /// both read version 1 before either writes; a third transaction holds the row until both
    /// wait for it). One wins; the other gets Conflict and leaves no trace; the journal's only
    /// entry has as "before" the row the winner changed. SQLite has one writer, so there the
    /// second reads after the first committed; the outcome must be the same.
    void concurrentUpdatesOfOneUser()
    {
        if (!caps().atomicConflictCheck)
            QSKIP("an atomic conflict check is not a capability of this backend");
        const User original = create(draft(QStringLiteral("judy"), QStringLiteral("judy@example.com")));
        QVERIFY(!original.id.isEmpty());
        QString error;
        const auto second = test::openBackend(m_fx.workspace(), &error);
        QVERIFY2(second, qPrintable(error));
        const auto entriesBefore = test::await(m_fx.backend->journal().list({m_tenant, {}, 0, 1000}));
        GH_VERIFY_OK(entriesBefore);

        if (m_fx.isPostgres()) {
            QVERIFY(m_fx.rawExec(QStringLiteral("BEGIN")));
            QVERIFY(m_fx.rawExec(QStringLiteral("UPDATE users SET name = name WHERE id = ?"), {original.id}));
        }
        const auto release = qScopeGuard([this] {
            if (m_fx.isPostgres())
                m_fx.rawExec(QStringLiteral("ROLLBACK"));
        });
        User mine = original;
        mine.name = QStringLiteral("Written by the first");
        User theirs = original;
        theirs.name = QStringLiteral("Written by the second");
        theirs.customData = QJsonObject{{QStringLiteral("lost"), true}};
        Future<User> first = users().update(m_tenant, mine);
        Future<User> other = second->users().update(m_tenant, theirs);
        if (m_fx.isPostgres()) {
            // Both have read the row (reads do not wait) and now wait for its lock.
            QVERIFY2(QTest::qWaitFor([this] { return lockWaiters() == 2; }, 20000),
                     qPrintable(QStringLiteral("%1 connections wait for the row").arg(lockWaiters())));
            QVERIFY(!first.isFinished() && !other.isFinished());
            QVERIFY(m_fx.rawExec(QStringLiteral("ROLLBACK")));
        }
        const auto a = test::await(first);
        const auto b = test::await(other);
        QVERIFY2(a.ok() != b.ok(),
                 qPrintable(QStringLiteral("first: %1, second: %2")
                                .arg(a.ok() ? QStringLiteral("ok") : a.error().toString(),
                                     b.ok() ? QStringLiteral("ok") : b.error().toString())));
        const auto &loser = a.ok() ? b : a;
        QCOMPARE(loser.error().code(), ErrorCode::Conflict);
        const User winner = a.ok() ? a.value() : b.value();
        QCOMPARE(winner.version, original.version + 1);

        const auto stored = test::await(users().get(m_tenant, original.id));
        GH_VERIFY_OK(stored);
        QCOMPARE(stored->name, winner.name);
        QCOMPARE(stored->customData, winner.customData);
        QCOMPARE(stored->version, original.version + 1);

        const auto entries = test::await(m_fx.backend->journal().list({m_tenant, {}, 0, 1000}));
        GH_VERIFY_OK(entries);
        QCOMPARE(entries->size(), entriesBefore->size() + 1);
        const JournalEntry &e = entries->first();
        QCOMPARE(e.action, QStringLiteral("user.update"));
        QCOMPARE(e.targetId, original.id);
        const QJsonObject before = e.before.toObject();
        QCOMPARE(before.value(QStringLiteral("name")).toString(), original.name);
        QCOMPARE(before.value(QStringLiteral("customData")).toObject(), original.customData);
        QCOMPARE(e.after.toObject().value(QStringLiteral("name")).toString(), winner.name);
        const auto report = test::await(second->journal().verify());
        GH_VERIFY_OK(report);
        QVERIFY(report->intact());
    }

    /// What the journal hashes and what it stores must agree after a round trip through the
    /// storage, whatever the values: floats, integers beyond 2^53, control characters, keys
    /// outside ASCII.
    void journalKeepsAwkwardValues()
    {
        User u = draft(QStringLiteral("kate"));
        QJsonObject data;
        data.insert(QStringLiteral("ratio"), 0.1);
        data.insert(QStringLiteral("tiny"), 5e-324);
        data.insert(QStringLiteral("huge"), 1.7976931348623157e308);
        data.insert(QStringLiteral("negative"), -2.5);
        data.insert(QStringLiteral("beyond 2^53"), qint64(9007199254740993));
        data.insert(QStringLiteral("int64 min"), std::numeric_limits<qint64>::min());
        data.insert(QStringLiteral("control"), QStringLiteral("a\u0001b\u001fc\td\ne\u007ff\u2028g"));
        data.insert(QStringLiteral("\u00e9t\u00e9"), 1);
        data.insert(QStringLiteral("\u03a9"), 2);
        data.insert(QStringLiteral("\U0001F600"), 3);
        data.insert(QStringLiteral("\uFB00"), 4);
        data.insert(QStringLiteral("Zebra"), 5);
        u.customData = data;
        const User created = create(u);
        QVERIFY(!created.id.isEmpty());
        User changed = created;
        changed.customData.insert(QStringLiteral("ratio"), 0.30000000000000004);
        const auto updated = test::await(users().update(m_tenant, changed));
        GH_VERIFY_OK(updated);

        const auto report = test::await(m_fx.backend->journal().verify());
        GH_VERIFY_OK(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.value(0).message));
        const JournalEntry e = lastJournal();
        QCOMPARE(e.action, QStringLiteral("user.update"));
        // QJsonObject's == depends on how each object was built (inserted or parsed keys sort
        // differently); the canonical text does not.
        QCOMPARE(journalchain::canonicalJson(e.before.toObject().value(QStringLiteral("customData"))),
                 journalchain::canonicalJson(created.customData));
        QCOMPARE(journalchain::canonicalJson(e.after.toObject().value(QStringLiteral("customData"))),
                 journalchain::canonicalJson(updated->customData));
        QCOMPARE(journalchain::canonicalJson(updated->customData),
                 journalchain::canonicalJson(changed.customData));
        QCOMPARE(journalchain::computeHash(e), e.hash);
    }

    void passwords()
    {
        const User u = create(draft(QStringLiteral("frank")), QStringLiteral("first-password"));
        QVERIFY(u.hasPassword());
        if (!remote()) // Logto never says which algorithm holds a password
            QCOMPARE(u.passwordAlgorithm, QStringLiteral("Argon2id"));
        QVERIFY(
            test::await(users().verifyPassword(m_tenant, u.id, QStringLiteral("first-password"))).value());
        QVERIFY(!test::await(users().verifyPassword(m_tenant, u.id, QStringLiteral("wrong"))).value());
        QCOMPARE(
            test::await(users().setPassword(m_tenant, u.id, QStringLiteral("short"), QStringLiteral("r")))
                .error()
                .code(),
            ErrorCode::Validation);
        GH_VERIFY_OK(test::await(users().setPassword(m_tenant, u.id, QStringLiteral("second-password"),
                                                     QStringLiteral("locked out"))));
        const JournalEntry e = lastJournal();
        QCOMPARE(e.action, QStringLiteral("user.password.set"));
        QVERIFY(!QJsonDocument(e.after.toObject()).toJson().contains("argon2"));
        QVERIFY(
            test::await(users().verifyPassword(m_tenant, u.id, QStringLiteral("second-password"))).value());
        // Imported digests in Logto's formats verify; a user without password says so.
        User migrated = draft(QStringLiteral("grace"));
        migrated.passwordAlgorithm = QStringLiteral("bcrypt");
        migrated.passwordDigest =
            QStringLiteral("$2b$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i");
        const User m = create(migrated);
        QVERIFY(m.hasPassword());
        if (!remote())
            QCOMPARE(m.passwordAlgorithm, QStringLiteral("Bcrypt"));
        QVERIFY(test::await(users().verifyPassword(m_tenant, m.id, QStringLiteral("password123"))).value());
        User badDigest = draft(QStringLiteral("heidi"));
        badDigest.passwordAlgorithm = QStringLiteral("MD5");
        badDigest.passwordDigest = QStringLiteral("nothex");
        const auto refused = test::await(users().create(m_tenant, badDigest, {}));
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QCOMPARE(refused.error().fields().first().field, QStringLiteral("passwordDigest"));
        const User none = create(draft(QStringLiteral("ivan")));
        QCOMPARE(test::await(users().verifyPassword(m_tenant, none.id, QStringLiteral("x"))).error().code(),
                 ErrorCode::Validation);
    }

    void changeRacingAnotherWriterIsAConflict()
    {
        // PostgreSQL reads without locking: another connection changes the user after the read and
        // before the UPDATE. The change must fail as a conflict, never overwrite the other writer
        // or journal a change that did not happen as journaled.
        if (!m_fx.isPostgres())
            QSKIP("only PostgreSQL lets a writer in between the read and the write (SQLite takes the write "
                  "lock before reading; a Logto server keeps no row versions)");
        const User u = create(draft(QStringLiteral("nina")));
        const qint64 headBefore = lastJournal().seq;
        QVERIFY(m_fx.rawExec(QStringLiteral("BEGIN")));
        QVERIFY(m_fx.rawExec(QStringLiteral("UPDATE users SET name = ?, version = version + 1 WHERE id = ?"),
                             {QStringLiteral("Changed elsewhere"), u.id}));
        auto release = qScopeGuard([this] { m_fx.rawExec(QStringLiteral("ROLLBACK")); });
        auto pending = users().setSuspended(m_tenant, u.id, true, QStringLiteral("Ticket 77"));

        // Wait until the backend's UPDATE waits for the row the other transaction holds.
        const auto spec = WorkspaceSpec::parse(m_fx.workspace()).value();
        {
            QSqlDatabase observer = test::addPostgresConnection(spec, QStringLiteral("observer"));
            QVERIFY(observer.open());
            QVERIFY2(test::waitForGatehouseLockWait(observer), "the backend never waited for the row lock");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("observer"));
        QVERIFY(m_fx.rawExec(QStringLiteral("COMMIT")));
        release.dismiss();

        const auto result = test::await(pending);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Conflict);
        QCOMPARE(lastJournal().seq, headBefore);
        const auto stored = test::await(users().get(m_tenant, u.id));
        GH_VERIFY_OK(stored);
        QVERIFY(!stored.value().isSuspended);
        QCOMPARE(stored.value().name, QStringLiteral("Changed elsewhere"));
        QCOMPARE(stored.value().version, u.version + 1);
    }

    void passwordChecksAreJournaledAndLimited()
    {
        const QString right = QStringLiteral("judy-password-1");
        const User u = create(draft(QStringLiteral("judy")), right);
        for (int i = 0; i < rules::passwordCheckLimit; ++i) {
            const auto checked =
                test::await(users().verifyPassword(m_tenant, u.id, i == 0 ? right : QStringLiteral("guess")));
            GH_VERIFY_OK(checked);
            QCOMPARE(checked.value(), i == 0);
            // Who checked whose password; neither the password nor the answer.
            const JournalEntry e = lastJournal();
            QCOMPARE(e.action, QStringLiteral("user.password.verify"));
            QCOMPARE(e.targetId, u.id);
            QVERIFY(!e.operatorName.isEmpty());
            QVERIFY(!journalchain::canonicalForm(e).contains(right.toUtf8()));
        }
        const qint64 lastSeq = lastJournal().seq;
        const auto limited = test::await(users().verifyPassword(m_tenant, u.id, right));
        QVERIFY(!limited.ok());
        QCOMPARE(limited.error().code(), ErrorCode::RateLimited);
        QVERIFY2(limited.error().message().contains(QLatin1String("15 minutes")),
                 qPrintable(limited.error().message()));
        QCOMPARE(lastJournal().seq, lastSeq); // a refused check is not one
        // The limit is per user.
        const User other = create(draft(QStringLiteral("kim")), QStringLiteral("kim-password-1"));
        QVERIFY(test::await(users().verifyPassword(m_tenant, other.id, QStringLiteral("kim-password-1")))
                    .value());
        // And per window: checks older than 15 minutes do not count.
        const qint64 now = 1'800'000'000'000;
        QList<qint64> old(rules::passwordCheckLimit, now - rules::passwordCheckWindowMs - 1);
        QVERIFY(!rules::passwordCheckRateProblem(old, now).isError());
        old.last() = now - 1000;
        QVERIFY(!rules::passwordCheckRateProblem(old, now).isError());
        QList<qint64> recent(rules::passwordCheckLimit, now - 60'000);
        QVERIFY(rules::passwordCheckRateProblem(recent, now).isError());
    }

    void roles()
    {
        Role member;
        member.name = QStringLiteral("Member");
        member.description = QStringLiteral("Every user"); // Logto requires descriptions
        member.isDefault = true;
        const auto memberRole = test::await(m_fx.backend->roles().create(m_tenant, member));
        Role admin;
        admin.name = QStringLiteral("Admin");
        admin.description = QStringLiteral("Administrators");
        const auto adminRole = test::await(m_fx.backend->roles().create(m_tenant, admin));
        Role machine;
        machine.name = QStringLiteral("Machine");
        machine.description = QStringLiteral("Services");
        machine.type = RoleType::MachineToMachine;
        const auto machineRole = test::await(m_fx.backend->roles().create(m_tenant, machine));
        const User u = create(draft(QStringLiteral("judy")));
        auto assigned = test::await(users().roles(m_tenant, u.id));
        QCOMPARE(assigned->size(), 1); // the default role
        QCOMPARE(assigned->first().id, memberRole->id);
        GH_VERIFY_OK(test::await(users().assignRoles(m_tenant, u.id, {adminRole->id})));
        QCOMPARE(test::await(users().assignRoles(m_tenant, u.id, {machineRole->id})).error().code(),
                 ErrorCode::Validation);
        QCOMPARE(test::await(users().roles(m_tenant, u.id))->size(), 2);
        UserQuery q;
        q.roleId = adminRole->id;
        QCOMPARE(ids(q), QStringList{u.id});
        GH_VERIFY_OK(test::await(users().removeRole(m_tenant, u.id, adminRole->id)));
        QCOMPARE(test::await(users().removeRole(m_tenant, u.id, adminRole->id)).error().code(),
                 ErrorCode::NotFound);
        // Deleting a role removes its assignments and nothing else.
        GH_VERIFY_OK(test::await(m_fx.backend->roles().remove(m_tenant, memberRole->id)));
        QCOMPARE(test::await(users().roles(m_tenant, u.id))->size(), 0);
        QVERIFY(test::await(users().get(m_tenant, u.id)).ok());
    }

    void mfa()
    {
        const User u = create(draft(QStringLiteral("mallory")));
        const User other = create(draft(QStringLiteral("niaj")));
        if (remote()) {
            // Logto's shape: ISO times.
            test::FakeLogto::State &state = m_fx.fake()->state();
            QMutexLocker lock(&state.mutex);
            state.mfaVerifications[u.id] = {
                QJsonObject{{QStringLiteral("id"), QStringLiteral("mfa1")},
                            {QStringLiteral("type"), QStringLiteral("Totp")},
                            {QStringLiteral("createdAt"), QStringLiteral("2023-11-14T22:13:20.000Z")}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("mfa2")},
                            {QStringLiteral("type"), QStringLiteral("BackupCode")},
                            {QStringLiteral("createdAt"), QStringLiteral("2023-11-14T22:13:20.001Z")}}};
        } else {
            QVERIFY(m_fx.rawExec(
                QStringLiteral("INSERT INTO user_mfa_verifications (tenant_id, id, user_id, type, "
                               "created_at) VALUES (?, 'mfa1', ?, 'Totp', 1700000000000), (?, 'mfa2', ?, "
                               "'BackupCode', 1700000000001)"),
                {m_tenant, u.id, m_tenant, u.id}));
            QVERIFY(m_fx.rawExec(QStringLiteral("UPDATE users SET mfa_count = 2 WHERE id = ?"), {u.id}));
        }
        const auto factors = test::await(users().mfaVerifications(m_tenant, u.id));
        GH_VERIFY_OK(factors);
        QCOMPARE(factors->size(), 2);
        QCOMPARE(factors->first().type, QStringLiteral("Totp"));
        QCOMPARE(factors->first().createdAt, 1700000000000);
        QCOMPARE(test::await(users().get(m_tenant, u.id))->mfaCount, 2);
        UserQuery q;
        q.hasMfa = true;
        if (caps().userFilters) {
            QCOMPARE(ids(q), QStringList{u.id});
            q.hasMfa = false;
            QCOMPARE(ids(q), QStringList{other.id});
        } else {
            QCOMPARE(pageError(q), ErrorCode::Unsupported);
        }
        QCOMPARE(test::await(users().removeMfaVerification(m_tenant, u.id, QStringLiteral("mfa1"), {}))
                     .error()
                     .code(),
                 ErrorCode::Validation);
        GH_VERIFY_OK(test::await(users().removeMfaVerification(m_tenant, u.id, QStringLiteral("mfa1"),
                                                               QStringLiteral("lost phone"))));
        QCOMPARE(test::await(users().get(m_tenant, u.id))->mfaCount, 1);
        const JournalEntry e = lastJournal();
        QCOMPARE(e.action, QStringLiteral("user.mfa.remove"));
        QCOMPARE(e.reason, QStringLiteral("lost phone"));
        QCOMPARE(test::await(users().removeMfaVerification(m_tenant, other.id, QStringLiteral("mfa2"),
                                                           QStringLiteral("wrong user")))
                     .error()
                     .code(),
                 ErrorCode::NotFound);
    }

    void searchAndFilters()
    {
        const User a = create(draft(QStringLiteral("alice_w"), QStringLiteral("Alice.Wonder@Example.com"),
                                    QStringLiteral("+1 415 555 0101")));
        const User b = create(draft(QStringLiteral("bob_b"), QStringLiteral("bob@builder.example"),
                                    QStringLiteral("+44 20 7946 0958")));
        const User c = create(draft(QStringLiteral("carol_c"), QStringLiteral("carol@example.com")));
        UserQuery q;
        q.search = QStringLiteral("WONDER@exa");
        QCOMPARE(ids(q), QStringList{a.id});
        q.search = QStringLiteral("7946 09");
        QCOMPARE(ids(q), QStringList{b.id});
        q.search = QStringLiteral("name of car");
        QCOMPARE(ids(q), QStringList{c.id});
        q.search = c.id.mid(2, 6);
        QVERIFY(ids(q).contains(c.id));
        q.search = QStringLiteral("bo"); // two characters: prefix of username/email/id/phone
        QVERIFY(ids(q).contains(b.id));
        // Logto matches two characters anywhere, a's random id included.
        QVERIFY(!ids(q).contains(a.id) ||
                (remote() ? a.id.contains(QStringLiteral("bo")) : a.id.startsWith(QStringLiteral("bo"))));
        q.search = QStringLiteral("example");
        QCOMPARE(ids(q).size(), 3);
        q.search.clear();
        if (!caps().userFilters) {
            q.suspended = true;
            QCOMPARE(pageError(q), ErrorCode::Unsupported);
            q.suspended.reset();
            q.createdFrom = a.createdAt;
            QCOMPARE(pageError(q), ErrorCode::Unsupported);
            QCOMPARE(test::await(users().anchors(m_tenant, q, 10)).error().code(), ErrorCode::Unsupported);
            QCOMPARE(test::await(users().page(QStringLiteral("another-tenant"), {}, {}, 10)).error().code(),
                     ErrorCode::NotFound);
            return;
        }
        GH_VERIFY_OK(test::await(users().setSuspended(m_tenant, b.id, true, QStringLiteral("spam"))));
        q.suspended = true;
        QCOMPARE(ids(q), QStringList{b.id});
        q.suspended = false;
        QCOMPARE(ids(q).size(), 2);
        q.suspended.reset();
        GH_VERIFY_OK(test::await(
            users().setPassword(m_tenant, c.id, QStringLiteral("long enough"), QStringLiteral("r"))));
        q.hasPassword = true;
        QCOMPARE(ids(q), QStringList{c.id});
        q.hasPassword.reset();
        q.createdFrom = a.createdAt;
        q.createdTo = c.createdAt + 1;
        QCOMPARE(ids(q).size(), 3);
        q.createdTo = a.createdAt; // exclusive
        QCOMPARE(ids(q).size(), 0);
        // Tenant isolation.
        Tenant other;
        other.name = QStringLiteral("Other");
        const auto tenant = test::await(m_fx.backend->tenants().create(other));
        const auto page = test::await(users().page(tenant->id, {}, {}, 100));
        QCOMPARE(page->users.size(), 0);
        QCOMPARE(test::await(users().get(tenant->id, a.id)).error().code(), ErrorCode::NotFound);
    }

    /// UserQuery::exactSearch: a whole id, username, email or phone number (as people write one)
    /// finds its user; a part of one finds nobody. A local workspace compares as its uniqueness
    /// checks do (any case); Logto is asked case-sensitively, so its unique indexes answer, with
    /// the text as typed and in lower case.
    void exactSearch()
    {
        const User a = create(draft(QStringLiteral("exact_alice"), QStringLiteral("Exact.Alice@Example.com"),
                                    QStringLiteral("+1 415 555 0199")));
        const User b = create(draft(QStringLiteral("exact_bob"), QStringLiteral("bob.exact@example.com")));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        UserQuery q;
        q.exactSearch = true;
        auto found = [&](const QString &text) {
            q.search = text;
            return ids(q);
        };
        QCOMPARE(found(a.id), QStringList{a.id});
        QCOMPARE(found(QStringLiteral("exact_bob")), QStringList{b.id});
        QCOMPARE(found(QStringLiteral("EXACT_BOB")), QStringList{b.id});
        QCOMPARE(found(QStringLiteral("Exact.Alice@Example.com")), QStringList{a.id});
        QCOMPARE(found(QStringLiteral("BOB.EXACT@EXAMPLE.COM")), QStringList{b.id});
        QCOMPARE(found(QStringLiteral("exact.alice@example.com")),
                 remote() ? QStringList{} : QStringList{a.id});
        QCOMPARE(found(QStringLiteral("+1 (415) 555-0199")), QStringList{a.id});
        // Parts find nobody, and neither do digits inside a text that is no phone number.
        QCOMPARE(found(QStringLiteral("exact_")), QStringList{});
        QCOMPARE(found(QStringLiteral("bob.exact")), QStringList{});
        QCOMPARE(found(QStringLiteral("415 555")), QStringList{});
        QCOMPARE(found(QStringLiteral("x14155550199")), QStringList{});
        QCOMPARE(found(a.id.left(a.id.size() - 1)), QStringList{});
        // Every exact match is also a match of the substring search the list asks next.
        for (const QString &text :
             {a.id, QStringLiteral("EXACT_BOB"), QStringLiteral("BOB.EXACT@EXAMPLE.COM")}) {
            UserQuery substring;
            substring.search = text;
            q.search = text;
            for (const QString &id : ids(q))
                QVERIFY2(ids(substring).contains(id), qPrintable(text));
        }
    }

    void keysetPagingAndAnchors_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("created") << static_cast<int>(UserQuery::Sort::CreatedDesc);
        QTest::newRow("username") << static_cast<int>(UserQuery::Sort::Username);
        QTest::newRow("email") << static_cast<int>(UserQuery::Sort::Email);
        QTest::newRow("last sign-in") << static_cast<int>(UserQuery::Sort::LastSignInDesc);
    }

    void keysetPagingAndAnchors()
    {
        QFETCH(int, sort);
        if (!caps().userSorts && static_cast<UserQuery::Sort>(sort) != UserQuery::Sort::CreatedDesc) {
            UserQuery q;
            q.sort = static_cast<UserQuery::Sort>(sort);
            QCOMPARE(pageError(q), ErrorCode::Unsupported);
            return;
        }
        // 230 users through the import path (fast, sets createdAt and lastSignInAt; keeps ids on a
        // local workspace, where the ids are shuffled against every other order).
        struct Row
        {
            QString id, username, email;
            qint64 createdAt = 0, lastSignInAt = 0; // 0: never signed in
        };
        QList<Row> rows;
        for (int i = 0; i < 230; ++i) {
            Row r;
            r.id = QStringLiteral("k%1").arg((i * 137) % 230, 3, 10, QLatin1Char('0'));
            r.username = QStringLiteral("user_%1").arg(i);
            r.email = (i % 7 == 0 ? QStringLiteral("same%1").arg(i) : QStringLiteral("mail%1").arg(229 - i)) +
                      QStringLiteral("@example.com");
            r.createdAt = 1700000000000LL + (i / 3) * 1000; // ties on createdAt
            r.lastSignInAt = i % 4 == 0 ? 0 : 1710000000000LL + (i % 11) * 1000;
            rows.append(r);
        }
        const QString csv = m_files.filePath(QStringLiteral("paging.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(remote() ? "username,primaryEmail,createdAt,lastSignInAt\n"
                            : "id,username,primaryEmail,createdAt,lastSignInAt\n");
        for (const Row &r : std::as_const(rows)) {
            file.write(QStringLiteral("%1%2,%3,%4,%5\n")
                           .arg(remote() ? QString() : r.id + QLatin1Char(','), r.username, r.email)
                           .arg(r.createdAt)
                           .arg(r.lastSignInAt ? QString::number(r.lastSignInAt) : QString())
                           .toUtf8());
        }
        file.close();
        ImportOptions options;
        const auto report = test::await(users().importUsers(m_tenant, csv, options, nullptr));
        GH_VERIFY_OK(report);
        QVERIFY2(report->committed, qPrintable(report->toText()));
        UserQuery q;
        q.sort = static_cast<UserQuery::Sort>(sort);

        // The expected order, from the rows themselves: the sort key, then the id in the same
        // direction. A Logto server chooses ids and creation times itself: there the rows are
        // what the server holds, newest first (then by id, descending).
        if (remote()) {
            rows.clear();
            QMutexLocker lock(&m_fx.fake()->state().mutex);
            for (const QJsonObject &u : std::as_const(m_fx.fake()->state().users)) {
                Row r;
                r.id = u.value(QLatin1String("id")).toString();
                r.createdAt = static_cast<qint64>(u.value(QLatin1String("createdAt")).toDouble());
                rows.append(r);
            }
            QCOMPARE(rows.size(), 230);
        }
        const QStringList expected = test::expectedUserOrder(rows, q.sort);
        QCOMPARE(QSet<QString>(expected.begin(), expected.end()).size(), 230);

        // Sequential pages of 17 visit every row once, in that order; so does one page of 500.
        QStringList sequential;
        UserCursor cursor;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = test::await(users().page(m_tenant, q, cursor, 17));
            GH_VERIFY_OK(page);
            for (const User &u : page->users)
                sequential << u.id;
            cursor = page->next;
            if (page->atEnd)
                break;
        }
        QCOMPARE(sequential, expected);
        QCOMPARE(ids(q, 500), expected);
        // Anchors jump straight to any chunk.
        const auto anchors = test::await(users().anchors(m_tenant, q, 50));
        GH_VERIFY_OK(anchors);
        QCOMPARE(anchors->total, 230);
        QVERIFY(anchors->cursors.size() >= 5);
        for (int chunk = 0; chunk < 5; ++chunk) {
            const auto page = test::await(users().page(m_tenant, q, anchors->cursors[chunk], 50));
            GH_VERIFY_OK(page);
            QCOMPARE(page->users.first().id, expected[chunk * 50]);
        }
    }

    /// Where the backend estimates counts (PostgreSQL), the estimate comes from the database's
    /// statistics, which an import refreshes: near the count for the whole list and for a search
    /// most users match; none (-1) for a rare term, which is counted at once, and none on other
    /// backends. Every value is bound (quotes and question marks in the search are text).
    void countEstimate()
    {
        if (!caps().userCountEstimate) {
            const auto none = test::await(users().estimateUsers(m_tenant, UserQuery{}));
            GH_VERIFY_OK(none);
            QCOMPARE(none.value(), -1);
            return;
        }
        const QString csv = m_files.filePath(QStringLiteral("estimate.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("username,primaryEmail\n");
        for (int i = 0; i < 12000; ++i)
            file.write(QStringLiteral("est_%1,est%1@example.com\n").arg(i).toUtf8());
        file.close();
        const auto report = test::await(users().importUsers(m_tenant, csv, ImportOptions{}, nullptr));
        GH_VERIFY_OK(report);
        QVERIFY2(report->committed, qPrintable(report->toText()));

        const auto all = test::await(users().estimateUsers(m_tenant, UserQuery{}));
        GH_VERIFY_OK(all);
        QVERIFY2(all.value() >= 9000 && all.value() <= 15000, qPrintable(QString::number(all.value())));
        UserQuery common;
        common.search = QStringLiteral("example.com");
        const auto many = test::await(users().estimateUsers(m_tenant, common));
        GH_VERIFY_OK(many);
        QVERIFY2(many.value() >= 6000 && many.value() <= 15000, qPrintable(QString::number(many.value())));
        UserQuery rare;
        rare.search = QStringLiteral("est_5917");
        const auto few = test::await(users().estimateUsers(m_tenant, rare));
        GH_VERIFY_OK(few);
        QCOMPARE(few.value(), -1);
        UserQuery awkward;
        awkward.search = QStringLiteral("o'?x\"?$1");
        awkward.suspended = false;
        awkward.createdFrom = 1;
        const auto odd = test::await(users().estimateUsers(m_tenant, awkward));
        GH_VERIFY_OK(odd);
        QCOMPARE(odd.value(), -1);
        QCOMPARE(ids(awkward), QStringList{});
    }

    void exportImportRoundTrip()
    {
        if (!caps().exportPasswordDigests)
            QSKIP("No password digests leave this backend: tst_remoteusers covers its round trip.");
        User u = draft(QStringLiteral("olivia"), QStringLiteral("olivia@example.com"),
                       QStringLiteral("+1 555 010 0000"));
        u.customData = QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro, \"annual\"")}};
        u.profile = QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Olivia")}};
        const User a = create(u, QStringLiteral("olivia-password"));
        create(draft(QStringLiteral("peggy"), QStringLiteral("peggy@example.com")));
        for (const ImportFormat format : {ImportFormat::Csv, ImportFormat::Json, ImportFormat::JsonLines}) {
            const QString path = m_files.filePath(QStringLiteral("export.%1").arg(importFormatName(format)));
            ExportOptions options;
            options.format = format;
            options.withPasswordDigests = true;
            const auto exported = test::await(users().exportUsers(m_tenant, {}, path, options, nullptr));
            GH_VERIFY_OK(exported);
            QCOMPARE(exported->rows, 2);
            QCOMPARE(lastJournal().action, QStringLiteral("user.export"));
            QCOMPARE(lastJournal().after.toObject().value(QStringLiteral("withPasswordDigests")).toBool(),
                     true);
            Tenant t;
            t.name = QStringLiteral("Copy ") + importFormatName(format);
            const auto copy = test::await(m_fx.backend->tenants().create(t));
            ImportOptions importOptions;
            importOptions.format = format;
            // Ids are global: import into another tenant after removing them from the copy's view.
            const auto report = test::await(users().importUsers(copy->id, path, importOptions, nullptr));
            GH_VERIFY_OK(report);
            QVERIFY2(!report->committed, "ids are unique in the workspace: a second import must clash");
            QVERIFY2(report->toText().contains(a.id), qPrintable(report->toText()));
        }
        // Into a fresh workspace, the copy is identical.
        const QString path = m_files.filePath(QStringLiteral("roundtrip.csv"));
        ExportOptions options;
        options.withPasswordDigests = true;
        GH_VERIFY_OK(test::await(users().exportUsers(m_tenant, {}, path, options, nullptr)));
        GH_VERIFY_OK(test::await(users().remove(m_tenant, a.id, QStringLiteral("re-import test"))));
        ImportOptions importOptions;
        importOptions.mode = ImportOptions::Mode::SkipInvalid;
        const auto report = test::await(users().importUsers(m_tenant, path, importOptions, nullptr));
        GH_VERIFY_OK(report);
        QCOMPARE(report->rowsImported, 1); // olivia back; peggy clashes with herself
        const auto back = test::await(users().get(m_tenant, a.id));
        GH_VERIFY_OK(back);
        QCOMPARE(back->customData, u.customData);
        QCOMPARE(back->profile, u.profile);
        QCOMPARE(back->createdAt, a.createdAt);
        QVERIFY(
            test::await(users().verifyPassword(m_tenant, a.id, QStringLiteral("olivia-password"))).value());
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
