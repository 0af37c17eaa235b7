#include "ConformanceTest.h"

namespace gatehouse::test {

void TestConformance::createEachType_data()
{
    QTest::addColumn<ApplicationType>("type");
    for (ApplicationType type : allApplicationTypes())
        QTest::newRow(qPrintable(applicationTypeName(type))) << type;
}

void TestConformance::createEachType()
{
    QFETCH(ApplicationType, type);
    const bool confidential = type == ApplicationType::MachineToMachine ||
                              type == ApplicationType::Traditional || type == ApplicationType::Protected;
    QCOMPARE(applicationTypeHasSecrets(type), confidential);

    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(head, journalHead());
    if (!backend().capabilities().applicationTypes.contains(type)) {
        // Declared, not faked: creating this type is refused and nothing is written.
        EXPECT_ERROR(backend().applications().create(t.id, appDraft(type, QStringLiteral("My app"))),
                     ErrorCode::Unsupported);
        AWAIT_OK(none, backend().applications().list(t.id));
        QVERIFY(none.isEmpty());
        const QString journal = checkJournal(head, {});
        QVERIFY2(journal.isEmpty(), qPrintable(journal));
        return;
    }
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(type, QStringLiteral("My app"))));
    QCOMPARE(app.type, type);
    QCOMPARE(app.tenantId, t.id);
    COMPARE_NEW_VERSION(app.version, 1, 0);
    QVERIFY(app.createdAt > 0);
    QVERIFY(!app.id.isEmpty());
    QCOMPARE(app.secret.isEmpty(), !confidential);
    if (confidential)
        QVERIFY2(app.secret.size() >= minSecretLength(), qPrintable(QString::number(app.secret.size())));

    QList<ExpectedEntry> expected{{QStringLiteral("application.create"), app.id}};
    if (confidential)
        expected.append({QStringLiteral("application.secret.create"), app.id});
    const QString journal = checkJournal(head, expected);
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    // The value is returned once: neither get nor list carries it again.
    AWAIT_OK(got, backend().applications().get(t.id, app.id));
    QVERIFY(got.secret.isEmpty());
    QCOMPARE(got.name, QStringLiteral("My app"));
    QCOMPARE(got.type, type);
    QCOMPARE(got.redirectUris, app.redirectUris);
    AWAIT_OK(listed, backend().applications().list(t.id));
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed[0].secret.isEmpty());

    AWAIT_OK(secrets, backend().applications().secrets(t.id, app.id));
    QCOMPARE(secrets.size(), confidential ? 1 : 0);
    if (confidential) {
        QCOMPARE(secrets[0].name, QStringLiteral("Default secret"));
        QVERIFY(secrets[0].value.isEmpty());
        QVERIFY2(secrets[0].maskedValue.endsWith(app.secret.right(4)), qPrintable(secrets[0].maskedValue));
        QVERIFY(!secrets[0].maskedValue.contains(app.secret.left(8)));
        QVERIFY(!secrets[0].expiresAt.has_value());
    }
}

void TestConformance::applicationFieldsRoundTrip()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    Application draft = appDraft(ApplicationType::SPA, QStringLiteral("Dashboard"));
    draft.description = QStringLiteral("Customer dashboard\nsecond line");
    draft.redirectUris = {QStringLiteral("https://app.example.com/cb"),
                          QStringLiteral("http://localhost:3000/cb")};
    draft.postLogoutRedirectUris = {QStringLiteral("https://app.example.com/bye")};
    draft.corsAllowedOrigins = {QStringLiteral("https://app.example.com"),
                                QStringLiteral("http://localhost:3000")};
    draft.idTokenTtl = 600;
    draft.refreshTokenTtlInDays = 30;
    draft.rotateRefreshToken = false;
    draft.alwaysIssueRefreshToken = true;
    draft.isThirdParty = true;
    AWAIT_OK(app, backend().applications().create(t.id, draft));
    AWAIT_OK(got, backend().applications().get(t.id, app.id));
    QCOMPARE(got.description, draft.description);
    QCOMPARE(got.redirectUris, draft.redirectUris);
    QCOMPARE(got.postLogoutRedirectUris, draft.postLogoutRedirectUris);
    QCOMPARE(got.corsAllowedOrigins, draft.corsAllowedOrigins);
    QCOMPARE(got.idTokenTtl, 600);
    QCOMPARE(got.refreshTokenTtlInDays, 30);
    QCOMPARE(got.rotateRefreshToken, false);
    QCOMPARE(got.alwaysIssueRefreshToken, true);
    QCOMPARE(got.isThirdParty, true);
    QCOMPARE(got.createdAt, app.createdAt);

    AWAIT_OK(head, journalHead());
    Application edit = got;
    edit.name = QStringLiteral("Dashboard v2");
    edit.redirectUris = {QStringLiteral("https://app.example.com/cb2")};
    edit.corsAllowedOrigins.clear();
    edit.idTokenTtl = 3600;
    const bool thirdPartyEditable = backend().capabilities().thirdPartyEditable;
    if (!thirdPartyEditable) {
        Application flip = edit;
        flip.isThirdParty = false;
        AWAIT_ERROR(fixed, backend().applications().update(t.id, flip), ErrorCode::Validation);
        QCOMPARE(fixed.fields().value(0).field, QStringLiteral("isThirdParty"));
    } else {
        edit.isThirdParty = false;
    }
    AWAIT_OK(updated, backend().applications().update(t.id, edit));
    COMPARE_NEW_VERSION(updated.version, 2, got.version);
    QVERIFY(updated.secret.isEmpty());
    AWAIT_OK(reread, backend().applications().get(t.id, app.id));
    QCOMPARE(reread.name, edit.name);
    QCOMPARE(reread.redirectUris, edit.redirectUris);
    QVERIFY(reread.corsAllowedOrigins.isEmpty());
    QCOMPARE(reread.idTokenTtl, 3600);
    QCOMPARE(reread.isThirdParty, !thirdPartyEditable);
    COMPARE_VERSION(reread.version, 2, updated.version);
    QCOMPARE(reread.createdAt, app.createdAt);

    AWAIT_OK(entries, journalAfter(head));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("application.update"));
    QCOMPARE(entries[0].before.toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Dashboard"));
    QCOMPARE(entries[0].after.toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Dashboard v2"));
}

void TestConformance::applicationStaleUpdate()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(
                      t.id, appDraft(ApplicationType::SPA, QStringLiteral("Original"))));
    Application first = app;
    first.name = QStringLiteral("First");
    first.redirectUris = {QStringLiteral("https://first.example.com/cb")};
    Application second = app;
    second.name = QStringLiteral("Second");
    second.description = QStringLiteral("should never be stored");
    second.redirectUris = {QStringLiteral("https://second.example.com/cb")};
    AWAIT_OK(firstSaved, backend().applications().update(t.id, first));
    COMPARE_NEW_VERSION(firstSaved.version, 2, app.version);
    AWAIT_OK(head, journalHead());
    AWAIT_ERROR(conflict, backend().applications().update(t.id, second), ErrorCode::Conflict);
    QVERIFY(!conflict.message().isEmpty());
    AWAIT_OK(stored, backend().applications().get(t.id, app.id));
    QCOMPARE(stored.name, QStringLiteral("First"));
    QVERIFY(stored.description.isEmpty());
    QCOMPARE(stored.redirectUris, first.redirectUris);
    QCOMPARE(stored.version, firstSaved.version);
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::applicationTypeChangeRefused()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::Traditional)));
    Application edit = app;
    edit.type = ApplicationType::SPA;
    AWAIT_ERROR(refused, backend().applications().update(t.id, edit), ErrorCode::Validation);
    QCOMPARE(refused.fields().size(), 1);
    QCOMPARE(refused.fields()[0].field, QStringLiteral("type"));
    AWAIT_OK(stored, backend().applications().get(t.id, app.id));
    QCOMPARE(stored.type, ApplicationType::Traditional);
    COMPARE_VERSION(stored.version, 1, app.version);
}

void TestConformance::applicationValidationFields()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme"), TenantTag::Production));
    AWAIT_OK(head, journalHead());
    Application draft = appDraft(ApplicationType::SPA);
    draft.redirectUris = {QStringLiteral("https://ok.example.com/cb"), QStringLiteral("/relative"),
                          QStringLiteral("https://ok.example.com/cb")};
    draft.corsAllowedOrigins = {QStringLiteral("https://ok.example.com/path")};
    draft.idTokenTtl = 5;
    AWAIT_ERROR(invalid, backend().applications().create(t.id, draft), ErrorCode::Validation);
    QStringList fields;
    for (const FieldError &f : invalid.fields()) {
        fields.append(f.field);
        QVERIFY(!f.message.isEmpty());
    }
    QCOMPARE(fields, QStringList({QStringLiteral("redirectUris[1]"), QStringLiteral("redirectUris[2]"),
                                  QStringLiteral("corsAllowedOrigins[0]"), QStringLiteral("idTokenTtl")}));
    AWAIT_OK(none, backend().applications().list(t.id));
    QVERIFY(none.isEmpty());

    Application m2m = appDraft(ApplicationType::MachineToMachine);
    m2m.redirectUris = {QStringLiteral("https://ok.example.com/cb")};
    AWAIT_ERROR(m2mRefused, backend().applications().create(t.id, m2m), ErrorCode::Validation);
    QCOMPARE(m2mRefused.fields().value(0).field, QStringLiteral("redirectUris"));

    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::redirectRuleFollowsTenantTag()
{
    AWAIT_OK(dev, makeTenant(QStringLiteral("Dev"), TenantTag::Development));
    Application web = appDraft(ApplicationType::Traditional);
    web.redirectUris = {QStringLiteral("http://example.com/callback")};

    AWAIT_OK(inDev, backend().applications().create(dev.id, web));
    QCOMPARE(inDev.redirectUris, web.redirectUris);

    // The same URI is refused for other types even in development.
    Application spa = web;
    spa.type = ApplicationType::SPA;
    EXPECT_ERROR(backend().applications().create(dev.id, spa), ErrorCode::Validation);

    // A connection is one tenant and carries its tag: for such a backend "a production tenant"
    // is the same tenant reached through a connection tagged production.
    const bool tenantManagement = backend().capabilities().tenantManagement;
    AWAIT_OK(prod, makeTenant(QStringLiteral("Prod"), TenantTag::Production));
    AWAIT_ERROR(inProd, backend().applications().create(prod.id, web), ErrorCode::Validation);
    QCOMPARE(inProd.fields().value(0).field, QStringLiteral("redirectUris[0]"));

    // Once the tenant is production, saving the app with the http URI is refused.
    if (tenantManagement) {
        Tenant promote = dev;
        promote.tag = TenantTag::Production;
        AWAIT_DONE(backend().tenants().update(promote));
    }
    Application edit = inDev;
    edit.name = QStringLiteral("Renamed");
    AWAIT_ERROR(afterPromotion, backend().applications().update(dev.id, edit), ErrorCode::Validation);
    QCOMPARE(afterPromotion.fields().value(0).field, QStringLiteral("redirectUris[0]"));
    edit.redirectUris = {QStringLiteral("https://example.com/callback")};
    AWAIT_DONE(backend().applications().update(dev.id, edit));
}

void TestConformance::applicationDeleteRemovesSecretsAndAssignmentsOnly()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(doomed, backend().applications().create(
                         t.id, appDraft(ApplicationType::MachineToMachine, QStringLiteral("Doomed"))));
    AWAIT_OK(other, backend().applications().create(
                        t.id, appDraft(ApplicationType::MachineToMachine, QStringLiteral("Other"))));
    AWAIT_DONE(
        backend().applications().createSecret(t.id, doomed.id, QStringLiteral("second"), std::nullopt));
    AWAIT_OK(role,
             backend().roles().create(t.id, roleDraft(QStringLiteral("Robot"), RoleType::MachineToMachine)));
    AWAIT_DONE(backend().roles().assignToApplication(t.id, doomed.id, {role.id}));
    AWAIT_DONE(backend().roles().assignToApplication(t.id, other.id, {role.id}));

    AWAIT_OK(head, journalHead());
    AWAIT_DONE(backend().applications().remove(t.id, doomed.id));
    const QString journal =
        checkJournal(head, {{QStringLiteral("application.delete"), doomed.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(entries, journalAfter(head));
    QCOMPARE(entries[0].before.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Doomed"));

    EXPECT_ERROR(backend().applications().get(t.id, doomed.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().secrets(t.id, doomed.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().roles().rolesOfApplication(t.id, doomed.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().remove(t.id, doomed.id), ErrorCode::NotFound);
    if (fixture().hasDataSqlAccess()) {
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM application_secrets WHERE application_id = ?"),
                          {doomed.id}),
                 qint64(0));
    }

    AWAIT_OK(role2, backend().roles().get(t.id, role.id));
    QCOMPARE(role2.version, role.version);
    AWAIT_OK(holders, backend().roles().applicationsOfRole(t.id, role.id));
    QCOMPARE(holders.size(), 1);
    QCOMPARE(holders[0].id, other.id);
    AWAIT_OK(otherSecrets, backend().applications().secrets(t.id, other.id));
    QCOMPARE(otherSecrets.size(), 1);
}

void TestConformance::applicationUnknownIds()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::SPA)));
    Application ghost = app;
    ghost.id = QStringLiteral("nosuchapplication0000");
    EXPECT_ERROR(backend().applications().get(t.id, ghost.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().update(t.id, ghost), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().remove(t.id, ghost.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().secrets(t.id, ghost.id), ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().createSecret(t.id, ghost.id, QStringLiteral("s"), std::nullopt),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().list(QStringLiteral("nosuchtenant")), ErrorCode::NotFound);
}

} // namespace gatehouse::test
