#include "ConformanceTest.h"

#include <functional>

namespace gatehouse::test {

namespace {
/// The outcome of a future of any type, without its value.
template <typename T>
Result<Done> outcome(Future<T> future)
{
    const Result<T> r = await(std::move(future));
    if (!r.ok())
        return r.error();
    return Done{};
}
} // namespace

void TestConformance::tenantIsolation()
{
    REQUIRE_TENANT_MANAGEMENT();
    // Everything lives in A; B is addressed with A's ids and must not find any of it.
    AWAIT_OK(a, backend().tenants().create(tenantDraft(QStringLiteral("A"))));
    AWAIT_OK(b, backend().tenants().create(tenantDraft(QStringLiteral("B"))));
    AWAIT_OK(app, backend().applications().create(a.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(res, backend().resources().create(
                      a.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(scope, backend().resources().createScope(a.id, scopeDraft(res.id, QStringLiteral("read"))));
    AWAIT_OK(role,
             backend().roles().create(a.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    AWAIT_DONE(backend().roles().grantScopes(a.id, role.id, {scope.id}));
    AWAIT_DONE(backend().roles().assignToApplication(a.id, app.id, {role.id}));
    // B's own objects, to cross-link with A's.
    AWAIT_OK(bApp, backend().applications().create(b.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(bRole,
             backend().roles().create(b.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    AWAIT_OK(bRes, backend().resources().create(
                       b.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://b.example.com"))));

    Application appEdit = app;
    appEdit.name = QStringLiteral("hijacked");
    Resource resEdit = res;
    resEdit.name = QStringLiteral("hijacked");
    Scope scopeEdit = scope;
    scopeEdit.name = QStringLiteral("hijacked");
    Role roleEdit = role;
    roleEdit.name = QStringLiteral("hijacked");
    Scope scopeInForeignResource = scopeDraft(res.id, QStringLiteral("planted"));

    auto &apps = backend().applications();
    auto &resources = backend().resources();
    auto &roles = backend().roles();
    const QString tb = b.id;
    const QList<std::pair<const char *, std::function<Result<Done>()>>> probes{
        {"applications.get",
         [&] {
             return outcome(apps.get(tb, app.id));
         }},
        {"applications.update",
         [&] {
             return outcome(apps.update(tb, appEdit));
         }},
        {"applications.remove",
         [&] {
             return outcome(apps.remove(tb, app.id));
         }},
        {"applications.secrets",
         [&] {
             return outcome(apps.secrets(tb, app.id));
         }},
        {"applications.createSecret",
         [&] {
             return outcome(apps.createSecret(tb, app.id, QStringLiteral("x"), std::nullopt));
         }},
        {"applications.deleteSecret",
         [&] {
             return outcome(apps.deleteSecret(tb, app.id, QStringLiteral("Default secret")));
         }},
        {"resources.get",
         [&] {
             return outcome(resources.get(tb, res.id));
         }},
        {"resources.update",
         [&] {
             return outcome(resources.update(tb, resEdit));
         }},
        {"resources.remove",
         [&] {
             return outcome(resources.remove(tb, res.id));
         }},
        {"resources.scopes",
         [&] {
             return outcome(resources.scopes(tb, res.id));
         }},
        {"resources.createScope",
         [&] {
             return outcome(resources.createScope(tb, scopeInForeignResource));
         }},
        {"resources.updateScope",
         [&] {
             return outcome(resources.updateScope(tb, scopeEdit));
         }},
        {"resources.removeScope",
         [&] {
             return outcome(resources.removeScope(tb, scope.id));
         }},
        {"roles.get",
         [&] {
             return outcome(roles.get(tb, role.id));
         }},
        {"roles.update",
         [&] {
             return outcome(roles.update(tb, roleEdit));
         }},
        {"roles.remove",
         [&] {
             return outcome(roles.remove(tb, role.id));
         }},
        {"roles.scopes",
         [&] {
             return outcome(roles.scopes(tb, role.id));
         }},
        {"roles.grantScopes (A's role)",
         [&] {
             return outcome(roles.grantScopes(tb, role.id, {scope.id}));
         }},
        {"roles.grantScopes (A's scope to B's role)",
         [&] {
             return outcome(roles.grantScopes(tb, bRole.id, {scope.id}));
         }},
        {"roles.revokeScope",
         [&] {
             return outcome(roles.revokeScope(tb, role.id, scope.id));
         }},
        {"roles.assignToApplication (A's app)",
         [&] {
             return outcome(roles.assignToApplication(tb, app.id, {bRole.id}));
         }},
        {"roles.assignToApplication (A's role)",
         [&] {
             return outcome(roles.assignToApplication(tb, bApp.id, {role.id}));
         }},
        {"roles.unassignFromApplication",
         [&] {
             return outcome(roles.unassignFromApplication(tb, app.id, role.id));
         }},
        {"roles.rolesOfApplication",
         [&] {
             return outcome(roles.rolesOfApplication(tb, app.id));
         }},
        {"roles.applicationsOfRole",
         [&] {
             return outcome(roles.applicationsOfRole(tb, role.id));
         }},
    };

    AWAIT_OK(head, journalHead());
    QStringList leaks;
    for (const auto &[name, run] : probes) {
        const Result<Done> r = run();
        if (r.ok() || r.error().code() != ErrorCode::NotFound)
            leaks.append(QLatin1String(name) + QStringLiteral(" -> ") + describeOutcome(r));
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    // Nothing changed anywhere.
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(appNow, apps.get(a.id, app.id));
    QCOMPARE(appNow.name, app.name);
    QCOMPARE(appNow.version, app.version);
    AWAIT_OK(secrets, apps.secrets(a.id, app.id));
    QCOMPARE(secrets.size(), 1);
    AWAIT_OK(resNow, resources.get(a.id, res.id));
    QCOMPARE(resNow.version, res.version);
    AWAIT_OK(scopes, resources.scopes(a.id, res.id));
    QCOMPARE(scopes.size(), 1);
    QCOMPARE(scopes[0].name, scope.name);
    AWAIT_OK(roleNow, roles.get(a.id, role.id));
    QCOMPARE(roleNow.name, role.name);
    AWAIT_OK(granted, roles.scopes(a.id, role.id));
    QCOMPARE(granted.size(), 1);
    AWAIT_OK(assigned, roles.rolesOfApplication(a.id, app.id));
    QCOMPARE(assigned.size(), 1);
    AWAIT_OK(bGranted, roles.scopes(b.id, bRole.id));
    QVERIFY(bGranted.isEmpty());
    AWAIT_OK(bScopes, resources.scopes(b.id, bRes.id));
    QVERIFY(bScopes.isEmpty());
    AWAIT_OK(bAssigned, roles.rolesOfApplication(b.id, bApp.id));
    QVERIFY(bAssigned.isEmpty());

    // Lists show only the tenant's own objects.
    AWAIT_OK(bApps, apps.list(b.id));
    QCOMPARE(bApps.size(), 1);
    QCOMPARE(bApps[0].id, bApp.id);
    AWAIT_OK(bResources, resources.list(b.id));
    QCOMPARE(bResources.size(), 1);
    AWAIT_OK(bRoles, roles.list(b.id));
    QCOMPARE(bRoles.size(), 1);
    QCOMPARE(bRoles[0].id, bRole.id);
}

} // namespace gatehouse::test
