#include "ConformanceTest.h"

namespace gatehouse::test {

namespace {
QStringList scopeNames(const QList<Scope> &scopes)
{
    QStringList names;
    for (const Scope &s : scopes)
        names.append(s.name);
    return names;
}

QStringList grantedNames(const QList<GrantedScope> &granted)
{
    QStringList names;
    for (const GrantedScope &g : granted)
        names.append(g.scope.name);
    names.sort();
    return names;
}
} // namespace

void TestConformance::resourcesCrud()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    Resource draft =
        resourceDraft(QStringLiteral(" Billing API "), QStringLiteral("https://billing.example.com"));
    draft.accessTokenTtl = 7200;
    AWAIT_OK(head, journalHead());
    AWAIT_OK(r, backend().resources().create(t.id, draft));
    QCOMPARE(r.name, QStringLiteral("Billing API"));
    QCOMPARE(r.indicator, draft.indicator);
    QCOMPARE(r.accessTokenTtl, 7200);
    COMPARE_NEW_VERSION(r.version, 1, 0);
    QCOMPARE(r.tenantId, t.id);
    QVERIFY(!r.isDefault);
    QString journal = checkJournal(head, {{QStringLiteral("resource.create"), r.id}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    AWAIT_OK(got, backend().resources().get(t.id, r.id));
    QCOMPARE(got.name, r.name);
    QCOMPARE(got.accessTokenTtl, 7200);
    AWAIT_OK(listed, backend().resources().list(t.id));
    QCOMPARE(listed.size(), 1);

    Resource edit = got;
    edit.name = QStringLiteral("Billing");
    edit.accessTokenTtl = 600;
    AWAIT_OK(updated, backend().resources().update(t.id, edit));
    COMPARE_NEW_VERSION(updated.version, 2, got.version);
    AWAIT_OK(reread, backend().resources().get(t.id, r.id));
    QCOMPARE(reread.name, QStringLiteral("Billing"));
    QCOMPARE(reread.accessTokenTtl, 600);

    AWAIT_OK(head2, journalHead());
    AWAIT_DONE(backend().resources().remove(t.id, r.id));
    journal = checkJournal(head2, {{QStringLiteral("resource.delete"), r.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    EXPECT_ERROR(backend().resources().get(t.id, r.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().resources().remove(t.id, r.id), ErrorCode::NotFound);
}

void TestConformance::indicatorUniquePerTenant()
{
    AWAIT_OK(a, makeTenant(QStringLiteral("A")));
    const QString indicator = QStringLiteral("https://api.example.com");
    AWAIT_DONE(backend().resources().create(a.id, resourceDraft(QStringLiteral("Orders"), indicator)));
    AWAIT_ERROR(dup, backend().resources().create(a.id, resourceDraft(QStringLiteral("Other"), indicator)),
                ErrorCode::AlreadyExists);
    QVERIFY2(dup.message().contains(QStringLiteral("Orders")), qPrintable(dup.message()));
    AWAIT_OK(inA, backend().resources().list(a.id));
    QCOMPARE(inA.size(), 1);
    if (backend().capabilities().tenantManagement) {
        AWAIT_OK(b, makeTenant(QStringLiteral("B")));
        AWAIT_OK(inB, backend().resources().create(b.id, resourceDraft(QStringLiteral("Orders"), indicator)));
        QCOMPARE(inB.indicator, indicator);
    }
}

void TestConformance::indicatorImmutable()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    Resource edit = r;
    edit.indicator = QStringLiteral("https://b.example.com");
    AWAIT_ERROR(refused, backend().resources().update(t.id, edit), ErrorCode::Validation);
    QCOMPARE(refused.fields().value(0).field, QStringLiteral("indicator"));
    AWAIT_OK(stored, backend().resources().get(t.id, r.id));
    QCOMPARE(stored.indicator, QStringLiteral("https://a.example.com"));
    COMPARE_VERSION(stored.version, 1, r.version);
}

void TestConformance::resourceStaleUpdate()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    Resource first = r;
    first.name = QStringLiteral("First");
    Resource second = r;
    second.name = QStringLiteral("Second");
    second.accessTokenTtl = 120;
    AWAIT_DONE(backend().resources().update(t.id, first));
    EXPECT_ERROR(backend().resources().update(t.id, second), ErrorCode::Conflict);
    AWAIT_OK(stored, backend().resources().get(t.id, r.id));
    QCOMPARE(stored.name, QStringLiteral("First"));
    QCOMPARE(stored.accessTokenTtl, 3600);
}

void TestConformance::singleDefaultResource()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    const bool tenantManagement = backend().capabilities().tenantManagement;
    Resource draftA = resourceDraft(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    draftA.isDefault = true;
    AWAIT_OK(a, backend().resources().create(t.id, draftA));
    QVERIFY(a.isDefault);
    // A default in another tenant is independent.
    Tenant other;
    Resource otherDefault;
    if (tenantManagement) {
        AWAIT_OK(created, makeTenant(QStringLiteral("Other")));
        other = created;
        AWAIT_OK(elsewhere, backend().resources().create(other.id, draftA));
        otherDefault = elsewhere;
    }

    AWAIT_OK(head, journalHead());
    Resource draftB = resourceDraft(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    draftB.isDefault = true;
    AWAIT_OK(b, backend().resources().create(t.id, draftB));
    QVERIFY(b.isDefault);
    AWAIT_OK(aNow, backend().resources().get(t.id, a.id));
    QVERIFY(!aNow.isDefault);
    COMPARE_NEW_VERSION(aNow.version, 2, a.version);
    const QString journal = checkJournal(head, {{QStringLiteral("resource.update"), a.id, true, true},
                                                {QStringLiteral("resource.create"), b.id}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    // Setting A again clears B.
    Resource edit = aNow;
    edit.isDefault = true;
    AWAIT_DONE(backend().resources().update(t.id, edit));
    AWAIT_OK(all, backend().resources().list(t.id));
    int defaults = 0;
    for (const Resource &r : all) {
        if (r.isDefault) {
            ++defaults;
            QCOMPARE(r.id, a.id);
        }
    }
    QCOMPARE(defaults, 1);
    if (tenantManagement) {
        AWAIT_OK(stillDefault, backend().resources().get(other.id, otherDefault.id));
        QVERIFY(stillDefault.isDefault);
    }

    // Clearing the flag leaves no default at all.
    AWAIT_OK(aAgain, backend().resources().get(t.id, a.id));
    aAgain.isDefault = false;
    AWAIT_DONE(backend().resources().update(t.id, aAgain));
    AWAIT_OK(none, backend().resources().list(t.id));
    QVERIFY(std::none_of(none.begin(), none.end(), [](const Resource &r) { return r.isDefault; }));
}

void TestConformance::resourceValidation()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    Resource bad = resourceDraft(QString(), QStringLiteral("not a uri"));
    bad.accessTokenTtl = 1;
    AWAIT_ERROR(invalid, backend().resources().create(t.id, bad), ErrorCode::Validation);
    QStringList fields;
    for (const FieldError &f : invalid.fields())
        fields.append(f.field);
    QCOMPARE(fields, QStringList({QStringLiteral("name"), QStringLiteral("indicator"),
                                  QStringLiteral("accessTokenTtl")}));
    AWAIT_OK(none, backend().resources().list(t.id));
    QVERIFY(none.isEmpty());
}

void TestConformance::scopesCrud()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(head, journalHead());
    Scope draft = scopeDraft(r.id, QStringLiteral("write:orders"));
    draft.description = QStringLiteral("Create and change orders");
    AWAIT_OK(write, backend().resources().createScope(t.id, draft));
    QCOMPARE(write.resourceId, r.id);
    QCOMPARE(write.tenantId, t.id);
    QCOMPARE(write.description, draft.description);
    AWAIT_OK(read, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("read:orders"))));
    QString journal = checkJournal(
        head, {{QStringLiteral("scope.create"), write.id}, {QStringLiteral("scope.create"), read.id}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    AWAIT_OK(listed, backend().resources().scopes(t.id, r.id));
    QCOMPARE(scopeNames(listed),
             QStringList({QStringLiteral("read:orders"), QStringLiteral("write:orders")}));

    Scope edit = read;
    edit.name = QStringLiteral("read:all-orders");
    edit.description = QStringLiteral("Read every order");
    AWAIT_OK(head2, journalHead());
    AWAIT_OK(updated, backend().resources().updateScope(t.id, edit));
    QCOMPARE(updated.name, edit.name);
    journal = checkJournal(head2, {{QStringLiteral("scope.update"), read.id, true, true}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(listed2, backend().resources().scopes(t.id, r.id));
    QCOMPARE(scopeNames(listed2),
             QStringList({QStringLiteral("read:all-orders"), QStringLiteral("write:orders")}));
    QCOMPARE(listed2[0].description, edit.description);

    AWAIT_DONE(backend().resources().removeScope(t.id, write.id));
    AWAIT_OK(listed3, backend().resources().scopes(t.id, r.id));
    QCOMPARE(scopeNames(listed3), QStringList({QStringLiteral("read:all-orders")}));
    EXPECT_ERROR(backend().resources().removeScope(t.id, write.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().resources().updateScope(t.id, write), ErrorCode::NotFound);
    EXPECT_ERROR(backend().resources().createScope(
                     t.id, scopeDraft(QStringLiteral("nosuchresource"), QStringLiteral("x"))),
                 ErrorCode::NotFound);
    AWAIT_ERROR(badName,
                backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("read orders"))),
                ErrorCode::Validation);
    QCOMPARE(badName.fields().value(0).field, QStringLiteral("name"));
}

void TestConformance::scopeNameUniquePerResource()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r1, backend().resources().create(
                     t.id, resourceDraft(QStringLiteral("One"), QStringLiteral("https://1.example.com"))));
    AWAIT_OK(r2, backend().resources().create(
                     t.id, resourceDraft(QStringLiteral("Two"), QStringLiteral("https://2.example.com"))));
    AWAIT_DONE(backend().resources().createScope(t.id, scopeDraft(r1.id, QStringLiteral("read"))));
    AWAIT_ERROR(dup, backend().resources().createScope(t.id, scopeDraft(r1.id, QStringLiteral("read"))),
                ErrorCode::AlreadyExists);
    QVERIFY(dup.message().contains(QStringLiteral("read")));
    AWAIT_DONE(backend().resources().createScope(t.id, scopeDraft(r2.id, QStringLiteral("read"))));
    AWAIT_OK(write, backend().resources().createScope(t.id, scopeDraft(r1.id, QStringLiteral("write"))));
    Scope rename = write;
    rename.name = QStringLiteral("read");
    EXPECT_ERROR(backend().resources().updateScope(t.id, rename), ErrorCode::AlreadyExists);
    // Renaming a scope to its own name is fine.
    AWAIT_DONE(backend().resources().updateScope(t.id, write));
    AWAIT_OK(scopes1, backend().resources().scopes(t.id, r1.id));
    QCOMPARE(scopeNames(scopes1), QStringList({QStringLiteral("read"), QStringLiteral("write")}));
}

void TestConformance::deleteScopeRemovesGrants()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r, backend().resources().create(
                    t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(s1, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("one"))));
    AWAIT_OK(s2, backend().resources().createScope(t.id, scopeDraft(r.id, QStringLiteral("two"))));
    AWAIT_OK(role, backend().roles().create(t.id, roleDraft(QStringLiteral("Reader"))));
    AWAIT_OK(role2, backend().roles().create(t.id, roleDraft(QStringLiteral("Writer"))));
    AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {s1.id, s2.id}));
    AWAIT_DONE(backend().roles().grantScopes(t.id, role2.id, {s1.id}));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().resources().removeScope(t.id, s1.id));
    const QString journal = checkJournal(head, {{QStringLiteral("scope.delete"), s1.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    AWAIT_OK(granted, backend().roles().scopes(t.id, role.id));
    QCOMPARE(grantedNames(granted), QStringList({QStringLiteral("two")}));
    AWAIT_OK(granted2, backend().roles().scopes(t.id, role2.id));
    QVERIFY(granted2.isEmpty());
    AWAIT_OK(roles, backend().roles().list(t.id));
    QCOMPARE(roles.size(), 2);
}

void TestConformance::deleteResourceRemovesScopesAndGrantsOnly()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(r1, backend().resources().create(
                     t.id, resourceDraft(QStringLiteral("One"), QStringLiteral("https://1.example.com"))));
    AWAIT_OK(r2, backend().resources().create(
                     t.id, resourceDraft(QStringLiteral("Two"), QStringLiteral("https://2.example.com"))));
    AWAIT_OK(s1, backend().resources().createScope(t.id, scopeDraft(r1.id, QStringLiteral("one:a"))));
    AWAIT_OK(s2, backend().resources().createScope(t.id, scopeDraft(r1.id, QStringLiteral("one:b"))));
    AWAIT_OK(s3, backend().resources().createScope(t.id, scopeDraft(r2.id, QStringLiteral("two:a"))));
    AWAIT_OK(role,
             backend().roles().create(t.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {s1.id, s2.id, s3.id}));
    AWAIT_DONE(backend().roles().assignToApplication(t.id, app.id, {role.id}));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().resources().remove(t.id, r1.id));
    const QString journal = checkJournal(head, {{QStringLiteral("resource.delete"), r1.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    EXPECT_ERROR(backend().resources().scopes(t.id, r1.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().resources().createScope(t.id, scopeDraft(r1.id, QStringLiteral("late"))),
                 ErrorCode::NotFound);
    AWAIT_OK(granted, backend().roles().scopes(t.id, role.id));
    QCOMPARE(grantedNames(granted), QStringList({QStringLiteral("two:a")}));
    QCOMPARE(granted[0].resourceIndicator, r2.indicator);
    QCOMPARE(granted[0].resourceName, r2.name);
    AWAIT_OK(scopes2, backend().resources().scopes(t.id, r2.id));
    QCOMPARE(scopes2.size(), 1);
    AWAIT_OK(stillAssigned, backend().roles().rolesOfApplication(t.id, app.id));
    QCOMPARE(stillAssigned.size(), 1);
    if (fixture().hasDataSqlAccess()) {
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM scopes WHERE resource_id = ?"), {r1.id}),
                 qint64(0));
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM roles_scopes WHERE scope_id IN (?, ?)"),
                          {s1.id, s2.id}),
                 qint64(0));
    }
}

} // namespace gatehouse::test
