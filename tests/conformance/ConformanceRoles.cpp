#include "ConformanceTest.h"

namespace gatehouse::test {

namespace {
QStringList ids(const QList<GrantedScope> &granted)
{
    QStringList out;
    for (const GrantedScope &g : granted)
        out.append(g.scope.id);
    out.sort();
    return out;
}

template <typename T>
QStringList idsOf(const QList<T> &items)
{
    QStringList out;
    for (const T &item : items)
        out.append(item.id);
    out.sort();
    return out;
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

void TestConformance::rolesCrud()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    Role draft = roleDraft(QStringLiteral(" Support agent "));
    draft.description = QStringLiteral("Reads tickets");
    draft.isDefault = true;
    AWAIT_OK(head, journalHead());
    AWAIT_OK(role, backend().roles().create(t.id, draft));
    QCOMPARE(role.name, QStringLiteral("Support agent"));
    QCOMPARE(role.type, RoleType::User);
    QVERIFY(role.isDefault);
    COMPARE_NEW_VERSION(role.version, 1, 0);
    QString journal = checkJournal(head, {{QStringLiteral("role.create"), role.id}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    AWAIT_OK(got, backend().roles().get(t.id, role.id));
    QCOMPARE(got.description, draft.description);
    AWAIT_OK(listed, backend().roles().list(t.id));
    QCOMPARE(listed.size(), 1);

    Role edit = got;
    edit.name = QStringLiteral("Support lead");
    edit.description.clear();
    edit.isDefault = false;
    if (backend().capabilities().roleDescriptionRequired) {
        AWAIT_ERROR(needsDescription, backend().roles().update(t.id, edit), ErrorCode::Validation);
        QCOMPARE(needsDescription.fields().value(0).field, QStringLiteral("description"));
        edit.description = QStringLiteral("Leads the support team");
    }
    AWAIT_OK(updated, backend().roles().update(t.id, edit));
    COMPARE_NEW_VERSION(updated.version, 2, got.version);
    AWAIT_OK(reread, backend().roles().get(t.id, role.id));
    QCOMPARE(reread.name, QStringLiteral("Support lead"));
    QCOMPARE(reread.description, edit.description);
    QVERIFY(!reread.isDefault);

    AWAIT_OK(head2, journalHead());
    AWAIT_DONE(backend().roles().remove(t.id, role.id));
    journal = checkJournal(head2, {{QStringLiteral("role.delete"), role.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    EXPECT_ERROR(backend().roles().get(t.id, role.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().remove(t.id, role.id), ErrorCode::NotFound);
}

void TestConformance::roleNameUniqueCaseInsensitive()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_DONE(backend().roles().create(t.id, roleDraft(QStringLiteral("Admin"))));
    AWAIT_ERROR(dup, backend().roles().create(t.id, roleDraft(QStringLiteral("admin"))),
                ErrorCode::AlreadyExists);
    QVERIFY2(dup.message().contains(QStringLiteral("Admin")), qPrintable(dup.message()));
    EXPECT_ERROR(
        backend().roles().create(t.id, roleDraft(QStringLiteral(" ADMIN "), RoleType::MachineToMachine)),
        ErrorCode::AlreadyExists);
    if (backend().capabilities().tenantManagement) {
        AWAIT_OK(other, makeTenant(QStringLiteral("Other")));
        AWAIT_DONE(backend().roles().create(other.id, roleDraft(QStringLiteral("admin"))));
    }
    AWAIT_OK(editor, backend().roles().create(t.id, roleDraft(QStringLiteral("Editor"))));
    Role rename = editor;
    rename.name = QStringLiteral("aDmIn");
    EXPECT_ERROR(backend().roles().update(t.id, rename), ErrorCode::AlreadyExists);
    // Changing only the case of its own name is allowed.
    rename.name = QStringLiteral("EDITOR");
    AWAIT_OK(renamed, backend().roles().update(t.id, rename));
    QCOMPARE(renamed.name, QStringLiteral("EDITOR"));
    AWAIT_OK(roles, backend().roles().list(t.id));
    QCOMPARE(roles.size(), 2);
}

void TestConformance::roleTypeImmutable()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(role,
             backend().roles().create(t.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    Role edit = role;
    edit.type = RoleType::User;
    AWAIT_ERROR(refused, backend().roles().update(t.id, edit), ErrorCode::Validation);
    QCOMPARE(refused.fields().value(0).field, QStringLiteral("type"));
    AWAIT_OK(stored, backend().roles().get(t.id, role.id));
    QCOMPARE(stored.type, RoleType::MachineToMachine);
    COMPARE_VERSION(stored.version, 1, role.version);
}

void TestConformance::roleDefaultOnlyForUserRoles()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    Role m2m = roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine);
    m2m.isDefault = true;
    AWAIT_ERROR(refused, backend().roles().create(t.id, m2m), ErrorCode::Validation);
    QCOMPARE(refused.fields().value(0).field, QStringLiteral("isDefault"));
    m2m.isDefault = false;
    AWAIT_OK(robot, backend().roles().create(t.id, m2m));
    robot.isDefault = true;
    EXPECT_ERROR(backend().roles().update(t.id, robot), ErrorCode::Validation);
    AWAIT_OK(stored, backend().roles().get(t.id, robot.id));
    QVERIFY(!stored.isDefault);

    Role user = roleDraft(QStringLiteral("Member"));
    user.isDefault = true;
    AWAIT_OK(member, backend().roles().create(t.id, user));
    QVERIFY(member.isDefault);
}

void TestConformance::roleStaleUpdate()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(role, backend().roles().create(t.id, roleDraft(QStringLiteral("Viewer"))));
    Role first = role;
    first.description = QStringLiteral("first");
    Role second = role;
    second.description = QStringLiteral("second");
    AWAIT_OK(firstSaved, backend().roles().update(t.id, first));
    COMPARE_NEW_VERSION(firstSaved.version, 2, role.version);
    EXPECT_ERROR(backend().roles().update(t.id, second), ErrorCode::Conflict);
    AWAIT_OK(stored, backend().roles().get(t.id, role.id));
    QCOMPARE(stored.description, QStringLiteral("first"));
    QCOMPARE(stored.version, firstSaved.version);
}

void TestConformance::grantScopesIdempotent()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(s1, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("a"))));
    AWAIT_OK(s2, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("b"))));
    AWAIT_OK(s3, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("c"))));
    AWAIT_OK(role, backend().roles().create(t.id, roleDraft(QStringLiteral("Reader"))));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {s1.id, s2.id}));
    const QString journal = checkJournal(head, {{QStringLiteral("role.scopes.grant"), role.id, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(entries, journalAfter(head));
    QCOMPARE(entries[0].before.toObject().value(QStringLiteral("scopeIds")).toArray().size(), 0);
    QCOMPARE(entries[0].after.toObject().value(QStringLiteral("scopeIds")).toArray().size(), 2);

    AWAIT_OK(granted, backend().roles().scopes(t.id, role.id));
    QCOMPARE(ids(granted), sortedList({s1.id, s2.id}));
    QCOMPARE(granted[0].resourceIndicator, r.indicator);
    QCOMPARE(granted[0].resourceName, r.name);

    AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {s2.id, s3.id, s2.id}));
    AWAIT_OK(granted2, backend().roles().scopes(t.id, role.id));
    QCOMPARE(ids(granted2), sortedList({s1.id, s2.id, s3.id}));
    AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {s1.id}));
    AWAIT_OK(granted3, backend().roles().scopes(t.id, role.id));
    QCOMPARE(granted3.size(), 3);
}

void TestConformance::grantScopesAtomic()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(s1, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("a"))));
    AWAIT_OK(s2, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("b"))));
    // A scope of another tenant (where the backend has more than one).
    QString foreignScopeId;
    if (backend().capabilities().tenantManagement) {
        AWAIT_OK(other, makeTenant(QStringLiteral("Other")));
        AWAIT_OK(foreignResource, backend().resources().create(
                                      other.id, resourceDraft(QStringLiteral("API"),
                                                              QStringLiteral("https://a.example.com"))));
        AWAIT_OK(foreignScope, backend().resources().createScope(
                                   other.id, scopeDraft(foreignResource.id, QStringLiteral("a"))));
        foreignScopeId = foreignScope.id;
    }
    AWAIT_OK(role, backend().roles().create(t.id, roleDraft(QStringLiteral("Reader"))));

    AWAIT_OK(head, journalHead());
    EXPECT_ERROR(backend().roles().grantScopes(t.id, role.id, {s1.id, QStringLiteral("nosuchscope"), s2.id}),
                 ErrorCode::NotFound);
    if (!foreignScopeId.isEmpty())
        EXPECT_ERROR(backend().roles().grantScopes(t.id, role.id, {s1.id, foreignScopeId}),
                     ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().grantScopes(t.id, role.id, {}), ErrorCode::Validation);
    EXPECT_ERROR(backend().roles().grantScopes(t.id, QStringLiteral("nosuchrole"), {s1.id}),
                 ErrorCode::NotFound);
    AWAIT_OK(granted, backend().roles().scopes(t.id, role.id));
    QVERIFY(granted.isEmpty());
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::revokeScope()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(s1, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("a"))));
    AWAIT_OK(s2, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("b"))));
    AWAIT_OK(role, backend().roles().create(t.id, roleDraft(QStringLiteral("Reader"))));
    AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {s1.id, s2.id}));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().roles().revokeScope(t.id, role.id, s1.id));
    const QString journal = checkJournal(head, {{QStringLiteral("role.scope.revoke"), role.id, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(granted, backend().roles().scopes(t.id, role.id));
    QCOMPARE(ids(granted), QStringList({s2.id}));
    EXPECT_ERROR(backend().roles().revokeScope(t.id, role.id, s1.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().revokeScope(t.id, QStringLiteral("nosuchrole"), s2.id),
                 ErrorCode::NotFound);
    // Revoking keeps the scope itself.
    AWAIT_OK(scopes, backend().resources().scopes(t.id, r.id));
    QCOMPARE(scopes.size(), 2);
}

void TestConformance::assignRolesToApplications()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(
                      t.id, appDraft(ApplicationType::MachineToMachine, QStringLiteral("Worker"))));
    AWAIT_OK(app2, backend().applications().create(
                       t.id, appDraft(ApplicationType::MachineToMachine, QStringLiteral("Cron"))));
    AWAIT_OK(
        r1, backend().roles().create(t.id, roleDraft(QStringLiteral("Robot A"), RoleType::MachineToMachine)));
    AWAIT_OK(
        r2, backend().roles().create(t.id, roleDraft(QStringLiteral("Robot B"), RoleType::MachineToMachine)));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().roles().assignToApplication(t.id, app.id, {r1.id, r2.id}));
    const QString journal =
        checkJournal(head, {{QStringLiteral("application.roles.assign"), app.id, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_DONE(backend().roles().assignToApplication(t.id, app2.id, {r1.id}));
    AWAIT_DONE(backend().roles().assignToApplication(t.id, app.id, {r1.id})); // idempotent

    AWAIT_OK(rolesOfApp, backend().roles().rolesOfApplication(t.id, app.id));
    QCOMPARE(idsOf(rolesOfApp), sortedList({r1.id, r2.id}));
    AWAIT_OK(appsOfRole, backend().roles().applicationsOfRole(t.id, r1.id));
    QCOMPARE(idsOf(appsOfRole), sortedList({app.id, app2.id}));
    for (const Application &a : appsOfRole)
        QVERIFY(a.secret.isEmpty());

    AWAIT_OK(head2, journalHead());
    AWAIT_DONE(backend().roles().unassignFromApplication(t.id, app.id, r1.id));
    const QString journal2 =
        checkJournal(head2, {{QStringLiteral("application.role.unassign"), app.id, true, true}});
    QVERIFY2(journal2.isEmpty(), qPrintable(journal2));
    AWAIT_OK(rolesOfApp2, backend().roles().rolesOfApplication(t.id, app.id));
    QCOMPARE(idsOf(rolesOfApp2), QStringList({r2.id}));
    EXPECT_ERROR(backend().roles().unassignFromApplication(t.id, app.id, r1.id), ErrorCode::NotFound);
    AWAIT_OK(appsOfRole2, backend().roles().applicationsOfRole(t.id, r1.id));
    QCOMPARE(idsOf(appsOfRole2), QStringList({app2.id}));
}

void TestConformance::assignmentRules()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(m2mApp, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(spa, backend().applications().create(t.id, appDraft(ApplicationType::SPA)));
    AWAIT_OK(robot,
             backend().roles().create(t.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    AWAIT_OK(userRole, backend().roles().create(t.id, roleDraft(QStringLiteral("Member"))));

    AWAIT_OK(head, journalHead());
    AWAIT_ERROR(userToApp, backend().roles().assignToApplication(t.id, m2mApp.id, {robot.id, userRole.id}),
                ErrorCode::Validation);
    QVERIFY(userToApp.message().contains(QStringLiteral("Member")));
    AWAIT_OK(none, backend().roles().rolesOfApplication(t.id, m2mApp.id));
    QVERIFY2(none.isEmpty(), "a refused assignment must not assign any of the roles");
    EXPECT_ERROR(backend().roles().assignToApplication(t.id, spa.id, {robot.id}), ErrorCode::Validation);
    EXPECT_ERROR(backend().roles().assignToApplication(t.id, m2mApp.id, {QStringLiteral("nosuchrole")}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().assignToApplication(t.id, QStringLiteral("nosuchapp"), {robot.id}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().assignToApplication(t.id, m2mApp.id, {}), ErrorCode::Validation);
    AWAIT_OK(holders, backend().roles().applicationsOfRole(t.id, robot.id));
    QVERIFY(holders.isEmpty());
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::deleteRoleRemovesGrantsAndAssignmentsOnly()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(s1, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("a"))));
    AWAIT_OK(s2, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("b"))));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(doomed,
             backend().roles().create(t.id, roleDraft(QStringLiteral("Doomed"), RoleType::MachineToMachine)));
    AWAIT_OK(kept,
             backend().roles().create(t.id, roleDraft(QStringLiteral("Kept"), RoleType::MachineToMachine)));
    AWAIT_DONE(backend().roles().grantScopes(t.id, doomed.id, {s1.id, s2.id}));
    AWAIT_DONE(backend().roles().grantScopes(t.id, kept.id, {s1.id}));
    AWAIT_DONE(backend().roles().assignToApplication(t.id, app.id, {doomed.id, kept.id}));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().roles().remove(t.id, doomed.id));
    const QString journal = checkJournal(head, {{QStringLiteral("role.delete"), doomed.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    EXPECT_ERROR(backend().roles().scopes(t.id, doomed.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().applicationsOfRole(t.id, doomed.id), ErrorCode::NotFound);
    AWAIT_OK(scopes, backend().resources().scopes(t.id, r.id));
    QCOMPARE(scopes.size(), 2);
    AWAIT_OK(stillApp, backend().applications().get(t.id, app.id));
    QCOMPARE(stillApp.version, app.version);
    AWAIT_OK(rolesOfApp, backend().roles().rolesOfApplication(t.id, app.id));
    QCOMPARE(idsOf(rolesOfApp), QStringList({kept.id}));
    AWAIT_OK(keptScopes, backend().roles().scopes(t.id, kept.id));
    QCOMPARE(ids(keptScopes), QStringList({s1.id}));
}

} // namespace gatehouse::test
