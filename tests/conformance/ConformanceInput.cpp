#include "ConformanceTest.h"

namespace gatehouse::test {

void TestConformance::textStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("SQL injection") << QStringLiteral("Robert'); DROP TABLE tenants;--");
    QTest::newRow("SQL comments") << QStringLiteral("a; DELETE FROM journal; /* x */ -- y");
    QTest::newRow("quotes") << QStringLiteral("\"double\" 'single' `back` ''escaped''");
    QTest::newRow("LIKE wildcards") << QStringLiteral("100% _under_ [bracket] *star* ?q");
    QTest::newRow("backslashes") << QStringLiteral("C:\\temp\\new \\n \\0 \\\\");
    QTest::newRow("JSON") << QStringLiteral("{\"name\": null, \"x\": [1, 2], \"\\u0000\": true}");
    QTest::newRow("HTML") << QStringLiteral("<script>alert(1)</script>&amp;");
    QTest::newRow("placeholders") << QStringLiteral("? ?1 :name $1 %1 %s {0}");
    QTest::newRow("emoji") << QStringLiteral(
        "Team \U0001F680\U0001F525 \U0001F469\u200D\U0001F469\u200D\U0001F467");
    QTest::newRow("4-byte UTF-8") << QStringLiteral(
        "\U0001D518\U0001D52B\U0001D526 \U0002070E\U00020731 \U0001D11E");
    QTest::newRow("RTL") << QStringLiteral(
        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u0645\u0631\u062d\u0628\u0627");
    QTest::newRow("bidi override") << QStringLiteral("invoice\u202Efdp.exe");
    QTest::newRow("combining marks") << QStringLiteral("e\u0301 n\u0303 Z\u0324\u0354\u0367\u0311");
    QTest::newRow("zero width") << QStringLiteral("a\u200Bb\uFEFFc");
    QTest::newRow("CJK") << QStringLiteral("\u6F22\u5B57\u304B\u306A\uD55C\uAD6D\uC5B4");
    QTest::newRow("NULL words") << QStringLiteral("NULL null undefined NaN");
    QTest::newRow("percent encoding") << QStringLiteral("%00 %27 %22 %%");
}

void TestConformance::textStoredVerbatim()
{
    QFETCH(QString, text);
    const QString description = text + QLatin1Char('\n') + text;

    const bool tenantManagement = backend().capabilities().tenantManagement;
    AWAIT_OK(t, makeTenant(text));
    if (tenantManagement)
        QCOMPARE(t.name, text);
    Application appIn = appDraft(ApplicationType::SPA, text);
    appIn.description = description;
    AWAIT_OK(app, backend().applications().create(t.id, appIn));
    AWAIT_OK(res, backend().resources().create(
                      t.id, resourceDraft(text, QStringLiteral("https://api.example.com"))));
    Scope scopeIn = scopeDraft(res.id, QStringLiteral("read"));
    scopeIn.description = description;
    AWAIT_OK(scope, backend().resources().createScope(t.id, scopeIn));
    Role roleIn = roleDraft(text);
    roleIn.description = description;
    AWAIT_OK(role, backend().roles().create(t.id, roleIn));
    AWAIT_OK(m2m, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(secret, backend().applications().createSecret(t.id, m2m.id, text, std::nullopt));

    AWAIT_OK(tenantBack, backend().tenants().get(t.id));
    if (tenantManagement)
        QCOMPARE(tenantBack.name, text);
    AWAIT_OK(appBack, backend().applications().get(t.id, app.id));
    QCOMPARE(appBack.name, text);
    QCOMPARE(appBack.description, description);
    AWAIT_OK(resBack, backend().resources().get(t.id, res.id));
    QCOMPARE(resBack.name, text);
    AWAIT_OK(scopes, backend().resources().scopes(t.id, res.id));
    QCOMPARE(scopes.value(0).description, description);
    AWAIT_OK(roleBack, backend().roles().get(t.id, role.id));
    QCOMPARE(roleBack.name, text);
    QCOMPARE(roleBack.description, description);
    AWAIT_OK(secrets, backend().applications().secrets(t.id, m2m.id));
    QVERIFY(std::any_of(secrets.begin(), secrets.end(),
                        [&](const ApplicationSecret &s) { return s.name == text; }));
    AWAIT_OK(tenants, backend().tenants().list());
    if (tenantManagement)
        QCOMPARE(tenants.value(0).name, text);
    AWAIT_DONE(backend().applications().deleteSecret(t.id, m2m.id, text));

    // Renaming through update keeps the text as well.
    Role edit = roleBack;
    edit.name = text + QStringLiteral(" 2");
    AWAIT_OK(roleUpdated, backend().roles().update(t.id, edit));
    QCOMPARE(roleUpdated.name, edit.name);
    AWAIT_OK(roleBack2, backend().roles().get(t.id, role.id));
    QCOMPARE(roleBack2.name, edit.name);

    // The journal records the same text, and still verifies.
    AWAIT_OK(entries, journalAfter(0));
    if (tenantManagement)
        QCOMPARE(entries.value(0).after.toObject().value(QStringLiteral("name")).toString(), text);
    const JournalEntry appCreated = entries.value(tenantManagement ? 1 : 0);
    QCOMPARE(appCreated.action, QStringLiteral("application.create"));
    QCOMPARE(appCreated.after.toObject().value(QStringLiteral("name")).toString(), text);
    QCOMPARE(appCreated.after.toObject().value(QStringLiteral("description")).toString(), description);
    AWAIT_OK(report, backend().journal().verify());
    QVERIFY(report.intact());
    Q_UNUSED(scope);
    Q_UNUSED(secret);
}

void TestConformance::scopeNameMetacharacters()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(res, backend().resources().create(
                      t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    const QStringList names{QStringLiteral("x');DROP:TABLE--"), QStringLiteral("%_*?[]{}"),
                            QStringLiteral("a'b`c$1")};
    for (const QString &name : names)
        AWAIT_DONE(backend().resources().createScope(t.id, scopeDraft(res.id, name)));
    AWAIT_OK(scopes, backend().resources().scopes(t.id, res.id));
    QStringList stored;
    for (const Scope &s : scopes)
        stored.append(s.name);
    QStringList expected = names;
    expected.sort();
    stored.sort();
    QCOMPARE(stored, expected);
    // A LIKE-pattern name matches only itself.
    EXPECT_ERROR(backend().resources().createScope(t.id, scopeDraft(res.id, QStringLiteral("%_*?[]{}"))),
                 ErrorCode::AlreadyExists);
    AWAIT_DONE(backend().resources().createScope(t.id, scopeDraft(res.id, QStringLiteral("%x*?[]{}"))));
}

void TestConformance::oversizedRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("limit"); // the core limit; a backend may declare a stricter one
    QTest::addColumn<bool>("over");
    QTest::addColumn<QString>("field");
    const struct
    {
        const char *what;
        int max;
        const char *field;
    } limitsTable[] = {
        {"tenant name", limits::nameMax, "name"},
        {"application name", limits::nameMax, "name"},
        {"application description", limits::descriptionMax, "description"},
        {"resource name", limits::nameMax, "name"},
        {"scope name", limits::scopeNameMax, "name"},
        {"scope description", limits::descriptionMax, "description"},
        {"role name", 128, "name"},
        {"role description", limits::descriptionMax, "description"},
        {"secret name", 128, "name"},
    };
    for (const auto &row : limitsTable) {
        QTest::addRow("%s at limit", row.what)
            << QString::fromLatin1(row.what) << row.max << false << QString::fromLatin1(row.field);
        QTest::addRow("%s over limit", row.what)
            << QString::fromLatin1(row.what) << row.max << true << QString::fromLatin1(row.field);
    }
    QTest::newRow("tenant name 1 MB")
        << QStringLiteral("tenant name") << (1 << 20) - 1 << true << QStringLiteral("name");
}

void TestConformance::oversizedRefused()
{
    QFETCH(QString, what);
    QFETCH(int, limit);
    QFETCH(bool, over);
    QFETCH(QString, field);
    const Capabilities caps = backend().capabilities();
    if (what == QLatin1String("tenant name") && !caps.tenantManagement)
        QSKIP("tenant management is not a capability of this backend");
    if (what == QLatin1String("role description"))
        limit = caps.roleDescriptionMax;
    const bool accepted = !over;
    const QString text(over ? limit + 1 : limit, QLatin1Char('x'));

    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(res, backend().resources().create(
                      t.id, resourceDraft(QStringLiteral("API"), QStringLiteral("https://a.example.com"))));
    AWAIT_OK(m2m, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(head, journalHead());

    Result<Done> outcome = Done{};
    auto run = [&outcome](auto future) {
        const auto r = await(std::move(future));
        outcome = r.ok() ? Result<Done>(Done{}) : Result<Done>(r.error());
    };
    if (what == QLatin1String("tenant name")) {
        run(backend().tenants().create(tenantDraft(text)));
    } else if (what.startsWith(QLatin1String("application"))) {
        Application a = appDraft(ApplicationType::SPA);
        (field == QLatin1String("name") ? a.name : a.description) = text;
        run(backend().applications().create(t.id, a));
    } else if (what == QLatin1String("resource name")) {
        run(backend().resources().create(t.id, resourceDraft(text, QStringLiteral("https://b.example.com"))));
    } else if (what.startsWith(QLatin1String("scope"))) {
        Scope s = scopeDraft(res.id, QStringLiteral("read"));
        (field == QLatin1String("name") ? s.name : s.description) = text;
        run(backend().resources().createScope(t.id, s));
    } else if (what.startsWith(QLatin1String("role"))) {
        Role r = roleDraft(QStringLiteral("Role"));
        (field == QLatin1String("name") ? r.name : r.description) = text;
        run(backend().roles().create(t.id, r));
    } else if (what == QLatin1String("secret name")) {
        run(backend().applications().createSecret(t.id, m2m.id, text, std::nullopt));
    } else {
        QFAIL("unknown row");
    }

    if (accepted) {
        GH_VERIFY_OK(outcome);
        return;
    }
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code(), ErrorCode::Validation);
    QCOMPARE(outcome.error().fields().value(0).field, field);
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

} // namespace gatehouse::test
