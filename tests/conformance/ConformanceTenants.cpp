#include "ConformanceTest.h"

#include <QJsonObject>

namespace gatehouse::test {

void TestConformance::connectionTenant()
{
    // A backend without tenant management is one tenant (a Logto connection): it lists exactly
    // that tenant and refuses to create, change or delete tenants.
    if (backend().capabilities().tenantManagement)
        QSKIP("this backend manages tenants (see tenantsCrud)");
    AWAIT_OK(listed, backend().tenants().list());
    QCOMPARE(listed.size(), 1);
    const Tenant t = listed[0];
    QVERIFY(!t.id.isEmpty());
    QVERIFY(!t.name.isEmpty());
    AWAIT_OK(got, backend().tenants().get(t.id));
    QCOMPARE(got.id, t.id);
    QCOMPARE(got.name, t.name);
    QCOMPARE(got.tag, t.tag);
    EXPECT_ERROR(backend().tenants().get(QStringLiteral("nosuchtenant")), ErrorCode::NotFound);

    AWAIT_OK(head, journalHead());
    EXPECT_ERROR(backend().tenants().create(tenantDraft(QStringLiteral("Another"))), ErrorCode::Unsupported);
    Tenant renamed = t;
    renamed.name = QStringLiteral("Renamed");
    EXPECT_ERROR(backend().tenants().update(renamed), ErrorCode::Unsupported);
    EXPECT_ERROR(backend().tenants().remove(t.id, QStringLiteral("Not needed")), ErrorCode::Unsupported);
    AWAIT_OK(still, backend().tenants().list());
    QCOMPARE(still.size(), 1);
    QCOMPARE(still[0].name, t.name);
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::tenantsCrud()
{
    REQUIRE_TENANT_MANAGEMENT();
    AWAIT_OK(empty, backend().tenants().list());
    QVERIFY(empty.isEmpty());

    AWAIT_OK(dev, backend().tenants().create(tenantDraft(QStringLiteral("  Acme dev  "))));
    QCOMPARE(dev.name, QStringLiteral("Acme dev")); // trimmed
    QCOMPARE(dev.tag, TenantTag::Development);
    QCOMPARE(dev.version, qint64(1));
    QVERIFY(!dev.id.isEmpty());
    QVERIFY(dev.createdAt > 0);
    AWAIT_OK(prod, backend().tenants().create(tenantDraft(QStringLiteral("Acme"), TenantTag::Production)));
    QVERIFY(prod.id != dev.id);

    // Listed by creation time; both may share a millisecond, so compare as a set.
    AWAIT_OK(listed, backend().tenants().list());
    QCOMPARE(listed.size(), 2);
    const auto listedProd =
        std::find_if(listed.begin(), listed.end(), [&](const Tenant &x) { return x.id == prod.id; });
    QVERIFY(listedProd != listed.end());
    QCOMPARE(listedProd->tag, TenantTag::Production);
    QVERIFY(listed[0].id == dev.id || listed[1].id == dev.id);

    AWAIT_OK(got, backend().tenants().get(prod.id));
    QCOMPARE(got.name, prod.name);
    QCOMPARE(got.createdAt, prod.createdAt);

    Tenant edit = got;
    edit.name = QStringLiteral("Acme staging");
    edit.tag = TenantTag::Development;
    AWAIT_OK(updated, backend().tenants().update(edit));
    QCOMPARE(updated.version, qint64(2));
    QCOMPARE(updated.name, QStringLiteral("Acme staging"));
    AWAIT_OK(reread, backend().tenants().get(prod.id));
    QCOMPARE(reread.name, QStringLiteral("Acme staging"));
    QCOMPARE(reread.tag, TenantTag::Development);
    QCOMPARE(reread.version, qint64(2));
    QCOMPARE(reread.createdAt, prod.createdAt);

    // A deletion needs a reason; the refused one changes nothing.
    EXPECT_ERROR(backend().tenants().remove(dev.id, QStringLiteral("  ")), ErrorCode::Validation);
    AWAIT_OK(stillThere, backend().tenants().get(dev.id));
    QCOMPARE(stillThere.id, dev.id);
    AWAIT_DONE(backend().tenants().remove(dev.id, QStringLiteral("Staging retired")));
    EXPECT_ERROR(backend().tenants().get(dev.id), ErrorCode::NotFound);
    AWAIT_OK(remaining, backend().tenants().list());
    QCOMPARE(remaining.size(), 1);
    QCOMPARE(remaining[0].id, prod.id);
}

void TestConformance::tenantValidation()
{
    REQUIRE_TENANT_MANAGEMENT();
    AWAIT_ERROR(blank, backend().tenants().create(tenantDraft(QStringLiteral("   "))), ErrorCode::Validation);
    QCOMPARE(blank.fields().size(), 1);
    QCOMPARE(blank.fields()[0].field, QStringLiteral("name"));
    EXPECT_ERROR(backend().tenants().create(tenantDraft(QString(limits::nameMax + 1, QLatin1Char('n')))),
                 ErrorCode::Validation);
    AWAIT_OK(none, backend().tenants().list());
    QVERIFY(none.isEmpty());

    AWAIT_OK(t, backend().tenants().create(tenantDraft(QStringLiteral("Acme"))));
    t.name.clear();
    EXPECT_ERROR(backend().tenants().update(t), ErrorCode::Validation);
    AWAIT_OK(stored, backend().tenants().get(t.id));
    QCOMPARE(stored.name, QStringLiteral("Acme"));
}

void TestConformance::tenantStaleUpdate()
{
    REQUIRE_TENANT_MANAGEMENT();
    AWAIT_OK(t, backend().tenants().create(tenantDraft(QStringLiteral("Acme"))));
    Tenant first = t;
    first.name = QStringLiteral("First");
    Tenant second = t;
    second.name = QStringLiteral("Second");
    second.tag = TenantTag::Production;
    AWAIT_DONE(backend().tenants().update(first));
    AWAIT_ERROR(conflict, backend().tenants().update(second), ErrorCode::Conflict);
    QVERIFY(conflict.message().contains(QStringLiteral("First")));
    AWAIT_OK(stored, backend().tenants().get(t.id));
    QCOMPARE(stored.name, QStringLiteral("First"));
    QCOMPARE(stored.tag, TenantTag::Development);
    QCOMPARE(stored.version, qint64(2));
}

void TestConformance::tenantDeleteCascades()
{
    REQUIRE_TENANT_MANAGEMENT();
    // Two tenants with the same kinds of content; deleting one leaves the other untouched.
    QStringList tenantIds;
    QStringList appIds;
    QStringList roleIds;
    QStringList resourceIds;
    for (const QString &name : {QStringLiteral("Doomed"), QStringLiteral("Survivor")}) {
        AWAIT_OK(t, backend().tenants().create(tenantDraft(name)));
        AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
        AWAIT_DONE(
            backend().applications().createSecret(t.id, app.id, QStringLiteral("extra"), std::nullopt));
        AWAIT_OK(res,
                 backend().resources().create(
                     t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://api.example.com"))));
        AWAIT_OK(scope, backend().resources().createScope(t.id, scopeDraft(res.id, QStringLiteral("read"))));
        AWAIT_OK(role, backend().roles().create(
                           t.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
        AWAIT_DONE(backend().roles().grantScopes(t.id, role.id, {scope.id}));
        AWAIT_DONE(backend().roles().assignToApplication(t.id, app.id, {role.id}));
        tenantIds << t.id;
        appIds << app.id;
        roleIds << role.id;
        resourceIds << res.id;
    }

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().tenants().remove(tenantIds[0], QStringLiteral("Cleanup")));
    const QString journal =
        checkJournal(head, {{QStringLiteral("tenant.delete"), tenantIds[0], true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    // The entry keeps the reason and what went with the tenant.
    AWAIT_OK(entries, journalAfter(head));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].reason, QStringLiteral("Cleanup"));
    const QJsonObject removes = entries[0].before.toObject().value(QStringLiteral("removes")).toObject();
    QCOMPARE(removes.value(QStringLiteral("applications")).toInteger(), 1);
    QCOMPARE(removes.value(QStringLiteral("resources")).toInteger(), 1);
    QCOMPARE(removes.value(QStringLiteral("roles")).toInteger(), 1);
    for (const char *kind : {"users", "organizations", "organizationRoles", "organizationPermissions",
                             "invitations", "ssoConnectors"})
        QVERIFY2(removes.contains(QLatin1String(kind)), kind);

    EXPECT_ERROR(backend().tenants().get(tenantIds[0]), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().list(tenantIds[0]), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().get(tenantIds[0], appIds[0]), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().secrets(tenantIds[0], appIds[0]), ErrorCode::NotFound);
    EXPECT_ERROR(backend().resources().get(tenantIds[0], resourceIds[0]), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().get(tenantIds[0], roleIds[0]), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().list(tenantIds[0]), ErrorCode::NotFound);

    if (fixture().hasDataSqlAccess()) {
        // Nothing of the deleted tenant is left behind in any table.
        for (const char *table : {"applications", "application_secrets", "resources", "scopes", "roles",
                                  "roles_scopes", "applications_roles"}) {
            const qint64 left = sqlCount(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table) +
                                             QStringLiteral(" WHERE tenant_id = ?"),
                                         {tenantIds[0]});
            QVERIFY2(left == 0, table);
        }
    }

    const QString &survivor = tenantIds[1];
    AWAIT_OK(apps, backend().applications().list(survivor));
    QCOMPARE(apps.size(), 1);
    AWAIT_OK(secrets, backend().applications().secrets(survivor, appIds[1]));
    QCOMPARE(secrets.size(), 2);
    AWAIT_OK(resources, backend().resources().list(survivor));
    QCOMPARE(resources.size(), 1);
    AWAIT_OK(scopes, backend().resources().scopes(survivor, resourceIds[1]));
    QCOMPARE(scopes.size(), 1);
    AWAIT_OK(granted, backend().roles().scopes(survivor, roleIds[1]));
    QCOMPARE(granted.size(), 1);
    AWAIT_OK(assigned, backend().roles().rolesOfApplication(survivor, appIds[1]));
    QCOMPARE(assigned.size(), 1);
    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(report.intact());
}

void TestConformance::tenantUnknownIds()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    EXPECT_ERROR(backend().tenants().get(QStringLiteral("nosuchtenant")), ErrorCode::NotFound);
    Tenant ghost = t;
    ghost.id = QStringLiteral("nosuchtenant");
    EXPECT_ERROR(backend().tenants().update(ghost), ErrorCode::NotFound);
    EXPECT_ERROR(backend().tenants().remove(QStringLiteral("nosuchtenant"), QStringLiteral("Cleanup")),
                 ErrorCode::NotFound);
    EXPECT_ERROR(
        backend().applications().create(QStringLiteral("nosuchtenant"), appDraft(ApplicationType::SPA)),
        ErrorCode::NotFound);
    EXPECT_ERROR(backend().resources().create(
                     QStringLiteral("nosuchtenant"),
                     resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example"))),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().create(QStringLiteral("nosuchtenant"), roleDraft(QStringLiteral("R"))),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().tenants().get(QString()), ErrorCode::NotFound);
}

} // namespace gatehouse::test
