#include "ConformanceTest.h"
#include "journal/JournalChain.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace gatehouse::test {

/// Checks that the entries appended since the previous STEP are exactly `...`.
#define STEP(...)                                                                                            \
    do {                                                                                                     \
        const QList<ExpectedEntry> gh_expected{__VA_ARGS__};                                                 \
        const QString gh_problem = checkJournal(mark, gh_expected);                                          \
        QVERIFY2(gh_problem.isEmpty(), qPrintable(gh_problem));                                              \
        const auto gh_head = journalHead();                                                                  \
        GH_VERIFY_OK(gh_head);                                                                               \
        mark = gh_head.value();                                                                              \
        changes += gh_expected.size();                                                                       \
    } while (false)

void TestConformance::journalRecordsEveryMutation()
{
    qint64 mark = 0;       // the journal's head after the last step
    qsizetype changes = 0; // change entries so far
    auto &apps = backend().applications();
    auto &resources = backend().resources();
    auto &roles = backend().roles();

    // Tenants are journaled where the backend manages them; a connection's one tenant is not.
    const bool tenantManagement = backend().capabilities().tenantManagement;
    Tenant t;
    Tenant t2;
    if (tenantManagement) {
        AWAIT_OK(created, backend().tenants().create(tenantDraft(QStringLiteral("Acme"))));
        t = created;
        STEP({QStringLiteral("tenant.create"), t.id});
        AWAIT_OK(temp, backend().tenants().create(tenantDraft(QStringLiteral("Temp"))));
        t2 = temp;
        STEP({QStringLiteral("tenant.create"), t2.id});
        t.name = QStringLiteral("Acme Inc");
        AWAIT_DONE(backend().tenants().update(t));
        STEP({QStringLiteral("tenant.update"), t.id, true, true});
    } else {
        AWAIT_OK(only, makeTenant(QStringLiteral("Acme")));
        t = only;
    }

    AWAIT_OK(spa, apps.create(t.id, appDraft(ApplicationType::SPA)));
    STEP({QStringLiteral("application.create"), spa.id});
    AWAIT_OK(m2m, apps.create(t.id, appDraft(ApplicationType::MachineToMachine)));
    STEP({QStringLiteral("application.create"), m2m.id},
         {QStringLiteral("application.secret.create"), m2m.id});
    spa.name = QStringLiteral("Renamed");
    AWAIT_OK(spaUpdated, apps.update(t.id, spa));
    STEP({QStringLiteral("application.update"), spa.id, true, true});
    AWAIT_OK(secret, apps.createSecret(t.id, m2m.id, QStringLiteral("second"), std::nullopt));
    STEP({QStringLiteral("application.secret.create"), m2m.id});
    AWAIT_DONE(apps.deleteSecret(t.id, m2m.id, QStringLiteral("second")));
    STEP({QStringLiteral("application.secret.delete"), m2m.id, true, false});

    AWAIT_OK(res, resources.create(
                      t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://api.example.com"))));
    STEP({QStringLiteral("resource.create"), res.id});
    res.accessTokenTtl = 120;
    AWAIT_OK(resUpdated, resources.update(t.id, res));
    STEP({QStringLiteral("resource.update"), res.id, true, true});
    AWAIT_OK(scope, resources.createScope(t.id, scopeDraft(res.id, QStringLiteral("read"))));
    STEP({QStringLiteral("scope.create"), scope.id});
    scope.description = QStringLiteral("Read things");
    AWAIT_OK(scopeUpdated, resources.updateScope(t.id, scope));
    STEP({QStringLiteral("scope.update"), scope.id, true, true});

    AWAIT_OK(role, roles.create(t.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    STEP({QStringLiteral("role.create"), role.id});
    role.description = QStringLiteral("Automation");
    AWAIT_OK(roleUpdated, roles.update(t.id, role));
    STEP({QStringLiteral("role.update"), role.id, true, true});
    AWAIT_DONE(roles.grantScopes(t.id, role.id, {scope.id}));
    STEP({QStringLiteral("role.scopes.grant"), role.id, true, true});
    AWAIT_DONE(roles.assignToApplication(t.id, m2m.id, {role.id}));
    STEP({QStringLiteral("application.roles.assign"), m2m.id, true, true});
    AWAIT_DONE(roles.unassignFromApplication(t.id, m2m.id, role.id));
    STEP({QStringLiteral("application.role.unassign"), m2m.id, true, true});
    AWAIT_DONE(roles.revokeScope(t.id, role.id, scope.id));
    STEP({QStringLiteral("role.scope.revoke"), role.id, true, true});

    AWAIT_DONE(resources.removeScope(t.id, scope.id));
    STEP({QStringLiteral("scope.delete"), scope.id, true, false});
    AWAIT_DONE(roles.remove(t.id, role.id));
    STEP({QStringLiteral("role.delete"), role.id, true, false});
    AWAIT_DONE(resources.remove(t.id, res.id));
    STEP({QStringLiteral("resource.delete"), res.id, true, false});
    AWAIT_DONE(apps.remove(t.id, spa.id));
    STEP({QStringLiteral("application.delete"), spa.id, true, false});
    if (tenantManagement) {
        AWAIT_DONE(backend().tenants().remove(t2.id, QStringLiteral("Staging retired")));
        STEP({QStringLiteral("tenant.delete"), t2.id, true, false});
    }

    // Content: before/after describe the change; tenant ids are recorded.
    AWAIT_OK(all, journalAfter(0));
    QCOMPARE(all.size(), changes);
    qint64 lastAt = 0;
    for (const JournalEntry &e : all) {
        QVERIFY(e.at >= lastAt);
        lastAt = e.at;
        QCOMPARE(e.tenantId, e.targetType == QLatin1String("tenant") ? e.targetId : t.id);
    }
    if (tenantManagement) {
        QCOMPARE(all[2].before.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
        QCOMPARE(all[2].after.toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Acme Inc"));
    }
    const auto ttl = std::find_if(all.begin(), all.end(), [&](const JournalEntry &e) {
        return e.action == QLatin1String("resource.update");
    });
    QVERIFY(ttl != all.end());
    QCOMPARE(ttl->before.toObject().value(QStringLiteral("accessTokenTtl")).toInt(), 3600);
    QCOMPARE(ttl->after.toObject().value(QStringLiteral("accessTokenTtl")).toInt(), 120);

    AWAIT_OK(report, backend().journal().verify());
    QVERIFY2(report.intact(), qPrintable(report.problems.value(0).message));
    QCOMPARE(report.entries, mark);
    QCOMPARE(report.headHash, all.constLast().hash);
}

void TestConformance::journalHidesSecrets()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(earlier, journalAfter(0));
    QStringList values;
    int types = 0;
    for (ApplicationType type :
         {ApplicationType::MachineToMachine, ApplicationType::Traditional, ApplicationType::Protected}) {
        if (!backend().capabilities().applicationTypes.contains(type))
            continue;
        ++types;
        AWAIT_OK(app, backend().applications().create(t.id, appDraft(type)));
        values.append(app.secret);
        AWAIT_OK(extra,
                 backend().applications().createSecret(t.id, app.id, QStringLiteral("extra"), std::nullopt));
        values.append(extra.value);
        AWAIT_DONE(backend().applications().deleteSecret(t.id, app.id, QStringLiteral("extra")));
        AWAIT_DONE(backend().applications().remove(t.id, app.id));
    }
    for (const QString &v : values)
        QVERIFY(v.size() >= minSecretLength());

    AWAIT_OK(changes, journalAfter(0));
    QCOMPARE(changes.size(), earlier.size() + types * 5);
    AWAIT_OK(entries, journalAfter(0, true)); // and what was recorded of the requests
    QVERIFY(entries.size() >= changes.size());
    for (const JournalEntry &e : entries) {
        const QString text = QString::fromUtf8(journalchain::canonicalForm(e));
        for (const QString &v : values) {
            QVERIFY2(!text.contains(v), qPrintable(e.action));
            QVERIFY2(!text.contains(v.right(12)), qPrintable(e.action));
        }
    }
    // Every backend keeps its journal in SQL (a Logto connection in its own file).
    QSqlDatabase db = fixture().sqlConnection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT before_json, after_json, operator, reason FROM journal")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString row =
            q.value(0).toString() + q.value(1).toString() + q.value(2).toString() + q.value(3).toString();
        for (const QString &v : values)
            QVERIFY(!row.contains(v));
    }
    QCOMPARE(rows, entries.size());
}

void TestConformance::failedMutationsAreNotJournaled()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme"), TenantTag::Production));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::SPA)));
    AWAIT_OK(role, backend().roles().create(t.id, roleDraft(QStringLiteral("Admin"))));
    AWAIT_OK(head, journalHead());

    Application bad = appDraft(ApplicationType::Traditional);
    bad.redirectUris = {QStringLiteral("http://example.com/cb")};
    EXPECT_ERROR(backend().applications().create(t.id, bad), ErrorCode::Validation);
    Application stale = app;
    stale.version = 99;
    EXPECT_ERROR(backend().applications().update(t.id, stale), ErrorCode::Conflict);
    EXPECT_ERROR(backend().roles().create(t.id, roleDraft(QStringLiteral("ADMIN"))),
                 ErrorCode::AlreadyExists);
    EXPECT_ERROR(backend().roles().remove(t.id, QStringLiteral("nosuchrole")), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().grantScopes(t.id, role.id, {QStringLiteral("nosuchscope")}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().createSecret(t.id, app.id, QStringLiteral("s"), std::nullopt),
                 ErrorCode::Validation);

    // No change entry (a request the server refused is on record as refused, where requests are).
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(report.intact());
    QCOMPARE(report.unfinishedCount, qint64(0));
    AWAIT_OK(now, journalHead());
    QCOMPARE(report.entries, now);
    if (!backend().capabilities().journalsRequests)
        QCOMPARE(now, head);
}

void TestConformance::journalListFilters()
{
    REQUIRE_TENANT_MANAGEMENT();
    AWAIT_OK(a, backend().tenants().create(tenantDraft(QStringLiteral("A"))));
    AWAIT_OK(b, backend().tenants().create(tenantDraft(QStringLiteral("B"))));
    AWAIT_OK(appA, backend().applications().create(a.id, appDraft(ApplicationType::SPA)));
    AWAIT_OK(appB, backend().applications().create(b.id, appDraft(ApplicationType::SPA)));
    appA.name = QStringLiteral("A2");
    AWAIT_DONE(backend().applications().update(a.id, appA));
    AWAIT_DONE(backend().roles().create(a.id, roleDraft(QStringLiteral("R"))));
    // 6 entries: A, B, appA, appB, appA update, role in A.

    JournalQuery byTenant;
    byTenant.tenantId = a.id;
    AWAIT_OK(inA, backend().journal().list(byTenant));
    QCOMPARE(inA.size(), 4);
    for (const JournalEntry &e : inA)
        QCOMPARE(e.tenantId, a.id);
    QVERIFY(inA[0].seq > inA[1].seq); // newest first

    JournalQuery byTarget;
    byTarget.targetId = appA.id;
    AWAIT_OK(ofApp, backend().journal().list(byTarget));
    QCOMPARE(ofApp.size(), 2);
    QCOMPARE(ofApp[0].action, QStringLiteral("application.update"));
    QCOMPARE(ofApp[1].action, QStringLiteral("application.create"));

    JournalQuery page;
    page.limit = 4;
    AWAIT_OK(first, backend().journal().list(page));
    QCOMPARE(first.size(), 4);
    QCOMPARE(first[0].seq, qint64(6));
    page.beforeSeq = first.constLast().seq;
    AWAIT_OK(second, backend().journal().list(page));
    QCOMPARE(second.size(), 2);
    QCOMPARE(second[0].seq, qint64(2));
    QCOMPARE(second[1].seq, qint64(1));

    JournalQuery nothing;
    nothing.targetId = QStringLiteral("nosuchtarget");
    AWAIT_OK(empty, backend().journal().list(nothing));
    QVERIFY(empty.isEmpty());

    // Action: exact, or a prefix ending in '.', whose LIKE wildcards match only themselves.
    const auto count = [this](const JournalQuery &query) {
        return int(await(backend().journal().list(query)).value().size());
    };
    JournalQuery action;
    action.action = QStringLiteral("application.update");
    QCOMPARE(count(action), 1);
    action.action = QStringLiteral("application.");
    QCOMPARE(count(action), 3);
    action.action = QStringLiteral("appl_cation.");
    QCOMPARE(count(action), 0);
    action.action = QStringLiteral("application");
    QCOMPARE(count(action), 0);
    action.tenantId = b.id;
    action.action = QStringLiteral("application.");
    QCOMPARE(count(action), 1);

    JournalQuery type;
    type.targetType = QStringLiteral("role");
    AWAIT_OK(roles, backend().journal().list(type));
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles[0].action, QStringLiteral("role.create"));

    JournalQuery who;
    who.operatorName = first[0].operatorName;
    QCOMPARE(count(who), 6);
    who.operatorName = QStringLiteral("nobody-here");
    QCOMPARE(count(who), 0);

    // Time range: since inclusive, until exclusive.
    JournalQuery when;
    when.since = first[0].at;
    QVERIFY(count(when) >= 1);
    when.since = first[0].at + 1;
    QCOMPARE(count(when), 0);
    when.since = 0;
    when.until = second[1].at;
    QCOMPARE(count(when), 0);
    when.until = first[0].at + 1;
    QCOMPARE(count(when), 6);
    Q_UNUSED(appB);
}

void TestConformance::journalTamper_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected"); // "seq:kind" that must be reported

    QTest::newRow("edited operator") << QStringList{QStringLiteral(
                                            "UPDATE journal SET operator = 'mallory' WHERE seq = 3")}
                                     << QStringList{QStringLiteral("3:edited")};
    QTest::newRow("edited after")
        << QStringList{QStringLiteral(
               "UPDATE journal SET after_json = '{\"name\":\"forged\"}' WHERE seq = 4")}
        << QStringList{QStringLiteral("4:edited")};
    QTest::newRow("deleted middle") << QStringList{QStringLiteral("DELETE FROM journal WHERE seq = 3")}
                                    << QStringList{QStringLiteral("3:deleted")};
    QTest::newRow("reordered") << QStringList{QStringLiteral("UPDATE journal SET seq = -1 WHERE seq = 2"),
                                              QStringLiteral("UPDATE journal SET seq = 2 WHERE seq = 4"),
                                              QStringLiteral("UPDATE journal SET seq = 4 WHERE seq = -1")}
                               << QStringList{QStringLiteral("2:reordered"), QStringLiteral("4:reordered")};
    QTest::newRow("truncated") << QStringList{QStringLiteral("DELETE FROM journal WHERE seq > 4")}
                               << QStringList{QStringLiteral("5:truncated")};
    QTest::newRow("deleted and renumbered")
        << QStringList{QStringLiteral("DELETE FROM journal WHERE seq = 3"),
                       QStringLiteral("UPDATE journal SET seq = 3 WHERE seq = 4"),
                       QStringLiteral("UPDATE journal SET seq = 4 WHERE seq = 5"),
                       QStringLiteral("UPDATE journal SET seq = 5 WHERE seq = 6"),
                       QStringLiteral("UPDATE journal_head SET seq = 5")}
        << QStringList{QStringLiteral("3:deleted")};
    QTest::newRow("head rewound") << QStringList{QStringLiteral("UPDATE journal_head SET seq = 5")}
                                  << QStringList{QStringLiteral("6:edited")};
    // Data after the first JSON value of a stored column is not what was hashed.
    QTest::newRow("value appended")
        << QStringList{QStringLiteral(
               "UPDATE journal SET after_json = after_json || ',{\"name\":\"forged\"}' WHERE seq = 4")}
        << QStringList{QStringLiteral("4:edited")};
    // The chain alone holds after these; the anchor kept outside the database does not.
    QTest::newRow("truncated and head moved back")
        << QStringList{QStringLiteral("DELETE FROM journal WHERE seq > 4"),
                       QStringLiteral("UPDATE journal_head SET seq = 4, hash = (SELECT hash FROM journal "
                                      "WHERE seq = 4)")}
        << QStringList{QStringLiteral("6:truncated")};
    QTest::newRow("wiped and head reset")
        << QStringList{QStringLiteral("DELETE FROM journal"),
                       QStringLiteral("UPDATE journal_head SET seq = 0, hash = '%1'")
                           .arg(journalchain::genesisHash())}
        << QStringList{QStringLiteral("6:truncated")};
    // Seals: removed, or copied from another entry.
    QTest::newRow("seals stripped")
        << QStringList{QStringLiteral("UPDATE journal SET key_id = '', mac = '' WHERE seq >= 5")}
        << QStringList{QStringLiteral("5:unsealed"), QStringLiteral("6:unsealed")};
    QTest::newRow("seal copied")
        << QStringList{QStringLiteral("UPDATE journal SET mac = (SELECT m.mac FROM (SELECT mac FROM journal "
                                      "WHERE seq = 2) m) WHERE seq = 5")}
        << QStringList{QStringLiteral("5:forged")};
    QTest::newRow("head deleted") << QStringList{QStringLiteral("DELETE FROM journal_head")}
                                  << QStringList{QStringLiteral("0:edited")};
}

void TestConformance::journalHeadDeletedStopsWrites()
{
    // Without its head record the journal cannot tell where it ends: verify says so, and no
    // mutation goes through (it would start a second chain or clash with an entry).
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_DONE(backend().roles().create(t.id, roleDraft(QStringLiteral("Before"))));
    AWAIT_OK(changesBefore, journalAfter(0));
    AWAIT_OK(rolesBefore, backend().roles().list(t.id));
    const QString error = execSql({QStringLiteral("DELETE FROM journal_head")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.first().seq, qint64(0));
    QVERIFY(!report.problems.first().message.isEmpty());

    const auto refused = await(backend().roles().create(t.id, roleDraft(QStringLiteral("After"))));
    QVERIFY2(!refused.ok(), "a mutation was stored without a journal head");
    AWAIT_OK(entries, journalAfter(0));
    QCOMPARE(entries.size(), changesBefore.size());
    if (backend().capabilities().atomicConflictCheck) { // the journal shares the data's transaction
        AWAIT_OK(rolesAfter, backend().roles().list(t.id));
        QCOMPARE(rolesAfter.size(), rolesBefore.size());
    }
}

void TestConformance::journalTamper()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);

    // Six entries: the tenant (where tenants are journaled) and roles for the rest (on a server,
    // each role is three: the request's intent and outcome, and the change).
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    for (int i = 1;; ++i) {
        AWAIT_OK(head, journalHead());
        QVERIFY(head <= 6);
        if (head == 6)
            break;
        AWAIT_DONE(backend().roles().create(t.id, roleDraft(QStringLiteral("Role %1").arg(i))));
    }
    AWAIT_OK(before, backend().journal().verify());
    QVERIFY(before.intact());
    QCOMPARE(before.entries, qint64(6));
    // Every entry was sealed with this machine's key, and the anchor is the newest one.
    QVERIFY(before.keyed);
    QCOMPARE(before.sealedChecked, qint64(6));
    QCOMPARE(before.anchorSeq, qint64(6));

    const QString error = execSql(statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(!report.intact());
    QStringList found;
    for (const JournalProblem &p : report.problems) {
        found.append(QString::number(p.seq) + QLatin1Char(':') + p.kind);
        QVERIFY(!p.message.isEmpty());
    }
    for (const QString &x : expected)
        QVERIFY2(found.contains(x),
                 qPrintable(QStringLiteral("expected %1, reported %2").arg(x, found.join(u' '))));
}

} // namespace gatehouse::test
