#include "OrganizationsTest.h"
#include "model/OrganizationJson.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::test {

QStringList idsOf(const QList<OrganizationRole> &roles)
{
    QStringList ids;
    for (const OrganizationRole &r : roles)
        ids.append(r.id);
    ids.sort();
    return ids;
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &f : error.fields())
        fields.append(f.field);
    return fields;
}

void TestOrganizations::initTestCase()
{
    bool mustRun = false;
    const QString reason = WorkspaceFixture::unavailableReason(m_kind, &mustRun);
    if (!reason.isEmpty()) {
        if (mustRun)
            QFAIL(qPrintable(reason));
        QSKIP(qPrintable(reason));
    }
    qInfo("backend under test: %s", qPrintable(backendKindName(m_kind)));
}

void TestOrganizations::init()
{
    m_fixture = std::make_unique<WorkspaceFixture>(m_kind);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QString error;
    m_backend = m_fixture->openBackend(&error);
    QVERIFY2(m_backend, qPrintable(error));
    m_backend->declareOperator(QStringLiteral("organizations-test"));
    AWAIT_OK(t, testTenant(*m_backend, QStringLiteral("B2B")));
    m_tenantId = t.id;
}

void TestOrganizations::cleanup()
{
    clock::setSource(nullptr);
    if (m_backend) {
        const auto report = await(m_backend->journal().verify());
        QVERIFY(report.ok() && report->intact());
    }
    m_backend.reset();
    m_fixture.reset();
}

OrganizationScope TestOrganizations::makeScope(const QString &name)
{
    OrganizationScope draft;
    draft.name = name;
    draft.description = QStringLiteral("Lets a member ") + name;
    const auto created = await(tmpl().createScope(tenant(), draft));
    if (!created.ok())
        qWarning("createScope %s: %s", qPrintable(name), qPrintable(created.error().toString()));
    return created.ok() ? created.value() : OrganizationScope{};
}

OrganizationRole TestOrganizations::makeRole(const QString &name, RoleType type)
{
    OrganizationRole draft;
    draft.name = name;
    draft.type = type;
    const auto created = await(tmpl().createRole(tenant(), draft));
    if (!created.ok())
        qWarning("createRole %s: %s", qPrintable(name), qPrintable(created.error().toString()));
    return created.ok() ? created.value() : OrganizationRole{};
}

Organization TestOrganizations::makeOrganization(const QString &name)
{
    Organization draft;
    draft.name = name;
    const auto created = await(orgs().create(tenant(), draft));
    if (!created.ok())
        qWarning("create organization %s: %s", qPrintable(name), qPrintable(created.error().toString()));
    return created.ok() ? created.value() : Organization{};
}

User TestOrganizations::makeUser(const QString &username, const QString &email)
{
    User draft;
    draft.username = username;
    draft.primaryEmail = email.isEmpty() ? username + QStringLiteral("@example.com") : email;
    draft.name = QStringLiteral("Name of ") + username;
    const auto created = await(backend().users().create(tenant(), draft, {}));
    if (!created.ok())
        qWarning("create user %s: %s", qPrintable(username), qPrintable(created.error().toString()));
    return created.ok() ? created.value() : User{};
}

Application TestOrganizations::makeApplication(const QString &name, ApplicationType type)
{
    Application draft;
    draft.name = name;
    draft.type = type;
    if (type != ApplicationType::MachineToMachine)
        draft.redirectUris = {QStringLiteral("https://app.example.com/callback")};
    const auto created = await(backend().applications().create(tenant(), draft));
    if (!created.ok())
        qWarning("create application %s: %s", qPrintable(name), qPrintable(created.error().toString()));
    return created.ok() ? created.value() : Application{};
}

QList<Scope> TestOrganizations::makeResourceScopes(const QString &indicator, const QStringList &names)
{
    Resource draft;
    draft.name = QStringLiteral("API ") + QString::number(++m_counter);
    draft.indicator = indicator;
    const auto resource = await(backend().resources().create(tenant(), draft));
    if (!resource.ok()) {
        qWarning("create resource: %s", qPrintable(resource.error().toString()));
        return {};
    }
    QList<Scope> out;
    for (const QString &name : names) {
        Scope s;
        s.resourceId = resource->id;
        s.name = name;
        const auto scope = await(backend().resources().createScope(tenant(), s));
        if (!scope.ok()) {
            qWarning("create scope: %s", qPrintable(scope.error().toString()));
            return {};
        }
        out.append(scope.value());
    }
    return out;
}

QStringList TestOrganizations::memberIds(const QString &organizationId, const MemberQuery &query)
{
    const auto page = await(orgs().members(tenant(), organizationId, query));
    if (!page.ok()) {
        qWarning("members: %s", qPrintable(page.error().toString()));
        return {QStringLiteral("<error>")};
    }
    QStringList ids;
    for (const OrganizationMember &m : page->members)
        ids.append(m.user.id);
    return ids;
}

QStringList TestOrganizations::memberRoleIds(const QString &organizationId, const QString &userId)
{
    MemberQuery q;
    q.search = userId;
    const auto page = await(orgs().members(tenant(), organizationId, q));
    if (!page.ok())
        return {QStringLiteral("<error>")};
    for (const OrganizationMember &m : page->members) {
        if (m.user.id == userId)
            return idsOf(m.roles);
    }
    return {QStringLiteral("<not a member>")};
}

JournalEntry TestOrganizations::journalEntry(const QString &action)
{
    JournalQuery query;
    query.tenantId = tenant();
    query.limit = 1000;
    const auto entries = await(m_backend->journal().list(query));
    if (entries.ok()) {
        for (const JournalEntry &e : entries.value()) {
            if (e.action == action)
                return e;
        }
    }
    return {};
}

// ---- Template -------------------------------------------------------------------------------

void TestOrganizations::scopeLifecycle()
{
    const OrganizationScope read = makeScope(QStringLiteral("read:docs"));
    QVERIFY(!read.id.isEmpty());
    const OrganizationScope write = makeScope(QStringLiteral("write:docs"));
    QVERIFY(!write.id.isEmpty());
    AWAIT_OK(all, tmpl().scopes(tenant()));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("read:docs"));
    QCOMPARE(all[0].description, QStringLiteral("Lets a member read:docs"));
    QCOMPARE(journalEntry(QStringLiteral("organizationScope.create")).targetType,
             QStringLiteral("organizationScope"));

    OrganizationScope edit = read;
    edit.name = QStringLiteral("view:docs");
    edit.description = QStringLiteral("View documents");
    AWAIT_OK(updated, tmpl().updateScope(tenant(), edit));
    QCOMPARE(updated.name, QStringLiteral("view:docs"));
    if (caps().sequentialVersions)
        QCOMPARE(updated.version, read.version + 1);
    else
        QVERIFY(updated.version != read.version);
    // The stale copy is refused.
    OrganizationScope stale = read;
    stale.description = QStringLiteral("stale edit");
    EXPECT_ERROR(tmpl().updateScope(tenant(), stale), ErrorCode::Conflict);
    const JournalEntry e = journalEntry(QStringLiteral("organizationScope.update"));
    QCOMPARE(e.targetId, read.id);
    QCOMPARE(e.before.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("read:docs"));
    QCOMPARE(e.after.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("view:docs"));

    AWAIT_DONE(tmpl().removeScope(tenant(), read.id));
    AWAIT_OK(left, tmpl().scopes(tenant()));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].id, write.id);
    EXPECT_ERROR(tmpl().removeScope(tenant(), read.id), ErrorCode::NotFound);
    EXPECT_ERROR(tmpl().updateScope(tenant(), updated), ErrorCode::NotFound);
    QCOMPARE(journalEntry(QStringLiteral("organizationScope.delete")).targetId, read.id);
}

void TestOrganizations::scopeRules()
{
    makeScope(QStringLiteral("invite:member"));
    OrganizationScope dup;
    dup.name = QStringLiteral("INVITE:Member");
    AWAIT_ERROR(clash, tmpl().createScope(tenant(), dup), ErrorCode::AlreadyExists);
    QVERIFY2(clash.message().contains(QStringLiteral("invite:member")), qPrintable(clash.message()));

    OrganizationScope empty;
    AWAIT_ERROR(blank, tmpl().createScope(tenant(), empty), ErrorCode::Validation);
    QVERIFY(fieldsOf(blank).contains(QStringLiteral("name")));
    OrganizationScope longOne;
    longOne.name = QString(129, QLatin1Char('x'));
    longOne.description = QString(257, QLatin1Char('y'));
    AWAIT_ERROR(tooLong, tmpl().createScope(tenant(), longOne), ErrorCode::Validation);
    QVERIFY(fieldsOf(tooLong).contains(QStringLiteral("name")));
    QVERIFY(fieldsOf(tooLong).contains(QStringLiteral("description")));

    // Renaming onto another scope's name clashes too.
    const OrganizationScope other = makeScope(QStringLiteral("remove:member"));
    OrganizationScope rename = other;
    rename.name = QStringLiteral("Invite:Member");
    EXPECT_ERROR(tmpl().updateScope(tenant(), rename), ErrorCode::AlreadyExists);
}

void TestOrganizations::roleLifecycle()
{
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    QVERIFY(!admin.id.isEmpty() && !robot.id.isEmpty());
    AWAIT_OK(got, tmpl().getRole(tenant(), robot.id));
    QCOMPARE(got.type, RoleType::MachineToMachine);
    AWAIT_OK(all, tmpl().roles(tenant()));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("admin"));
    QCOMPARE(journalEntry(QStringLiteral("organizationRole.create")).targetType,
             QStringLiteral("organizationRole"));

    OrganizationRole dup;
    dup.name = QStringLiteral("ADMIN");
    AWAIT_ERROR(clash, tmpl().createRole(tenant(), dup), ErrorCode::AlreadyExists);
    QVERIFY2(clash.message().contains(QStringLiteral("admin")), qPrintable(clash.message()));

    OrganizationRole retype = admin;
    retype.type = RoleType::MachineToMachine;
    AWAIT_ERROR(typeError, tmpl().updateRole(tenant(), retype), ErrorCode::Validation);
    QVERIFY(fieldsOf(typeError).contains(QStringLiteral("type")));

    OrganizationRole edit = admin;
    edit.name = QStringLiteral("owner");
    edit.description = QStringLiteral("Owns the organization");
    AWAIT_OK(updated, tmpl().updateRole(tenant(), edit));
    QCOMPARE(updated.name, QStringLiteral("owner"));
    QCOMPARE(updated.type, RoleType::User);
    OrganizationRole stale = admin;
    stale.description = QStringLiteral("stale");
    EXPECT_ERROR(tmpl().updateRole(tenant(), stale), ErrorCode::Conflict);

    AWAIT_DONE(tmpl().removeRole(tenant(), robot.id));
    EXPECT_ERROR(tmpl().getRole(tenant(), robot.id), ErrorCode::NotFound);
    EXPECT_ERROR(tmpl().removeRole(tenant(), robot.id), ErrorCode::NotFound);
    QCOMPARE(journalEntry(QStringLiteral("organizationRole.delete")).targetId, robot.id);
}

void TestOrganizations::roleGrants()
{
    const OrganizationRole role = makeRole(QStringLiteral("editor"));
    const OrganizationScope a = makeScope(QStringLiteral("a:docs"));
    const OrganizationScope b = makeScope(QStringLiteral("b:docs"));
    const OrganizationScope c = makeScope(QStringLiteral("c:docs"));
    const QList<Scope> api = makeResourceScopes(QStringLiteral("https://api.acme.test"),
                                                {QStringLiteral("read"), QStringLiteral("write")});
    QCOMPARE(api.size(), 2);

    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), role.id, {a.id, b.id}));
    AWAIT_DONE(tmpl().setResourceScopes(tenant(), role.id, {api[0].id}));
    AWAIT_OK(g1, tmpl().grants(tenant(), role.id));
    QCOMPARE(g1.organizationScopes.size(), 2);
    QCOMPARE(g1.resourceScopes.size(), 1);
    QCOMPARE(g1.resourceScopes[0].scope.id, api[0].id);
    QCOMPARE(g1.resourceScopes[0].resourceIndicator, QStringLiteral("https://api.acme.test"));

    // Replace-all: afterwards exactly the new set.
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), role.id, {c.id, b.id}));
    AWAIT_DONE(tmpl().setResourceScopes(tenant(), role.id, {api[1].id}));
    AWAIT_OK(g2, tmpl().grants(tenant(), role.id));
    QStringList names;
    for (const OrganizationScope &s : g2.organizationScopes)
        names.append(s.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("b:docs"), QStringLiteral("c:docs")}));
    QCOMPARE(g2.resourceScopes.size(), 1);
    QCOMPARE(g2.resourceScopes[0].scope.name, QStringLiteral("write"));
    const JournalEntry e = journalEntry(QStringLiteral("organizationRole.scopes.set"));
    QCOMPARE(e.targetId, role.id);
    QCOMPARE(e.before.toObject().value(QStringLiteral("scopeIds")).toArray().size(), 2);
    QVERIFY(e.after.toObject().value(QStringLiteral("scopeIds")).toArray().contains(c.id));
    QVERIFY(!e.after.toObject().value(QStringLiteral("scopeIds")).toArray().contains(a.id));
    QVERIFY(!journalEntry(QStringLiteral("organizationRole.resourceScopes.set")).action.isEmpty());

    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), role.id, {}));
    AWAIT_OK(g3, tmpl().grants(tenant(), role.id));
    QVERIFY(g3.organizationScopes.isEmpty());

    EXPECT_ERROR(tmpl().setOrganizationScopes(tenant(), role.id, {QStringLiteral("nosuchscope")}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(tmpl().setResourceScopes(tenant(), role.id, {QStringLiteral("nosuchscope")}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(tmpl().setOrganizationScopes(tenant(), QStringLiteral("nosuchrole"), {a.id}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(tmpl().grants(tenant(), QStringLiteral("nosuchrole")), ErrorCode::NotFound);
    // A failed replace-all changed nothing.
    AWAIT_OK(g4, tmpl().grants(tenant(), role.id));
    QCOMPARE(g4.resourceScopes.size(), 1);

    if (caps().tenantManagement) {
        // Resource scopes of another tenant are not this tenant's to grant.
        Tenant otherDraft;
        otherDraft.name = QStringLiteral("Other");
        AWAIT_OK(other, backend().tenants().create(otherDraft));
        Resource r;
        r.name = QStringLiteral("Other API");
        r.indicator = QStringLiteral("https://other.acme.test");
        AWAIT_OK(otherResource, backend().resources().create(other.id, r));
        Scope s;
        s.resourceId = otherResource.id;
        s.name = QStringLiteral("read");
        AWAIT_OK(otherScope, backend().resources().createScope(other.id, s));
        EXPECT_ERROR(tmpl().setResourceScopes(tenant(), role.id, {otherScope.id}), ErrorCode::NotFound);
    }
}

void TestOrganizations::removingScopeKeepsOtherGrants()
{
    const OrganizationRole r1 = makeRole(QStringLiteral("r1"));
    const OrganizationRole r2 = makeRole(QStringLiteral("r2"));
    const OrganizationScope gone = makeScope(QStringLiteral("gone"));
    const OrganizationScope kept = makeScope(QStringLiteral("kept"));
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), r1.id, {gone.id, kept.id}));
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), r2.id, {gone.id}));
    AWAIT_DONE(tmpl().removeScope(tenant(), gone.id));
    AWAIT_OK(g1, tmpl().grants(tenant(), r1.id));
    QCOMPARE(g1.organizationScopes.size(), 1);
    QCOMPARE(g1.organizationScopes[0].id, kept.id);
    AWAIT_OK(g2, tmpl().grants(tenant(), r2.id));
    QVERIFY(g2.organizationScopes.isEmpty());
    AWAIT_OK(roles, tmpl().roles(tenant()));
    QCOMPARE(roles.size(), 2);
}

// ---- Organizations --------------------------------------------------------------------------

void TestOrganizations::organizationLifecycle()
{
    Organization draft;
    draft.name = QStringLiteral("Acme");
    draft.description = QStringLiteral("Rockets and anvils");
    draft.customData =
        QJsonObject{{QStringLiteral("plan"), QStringLiteral("enterprise")}, {QStringLiteral("seats"), 50}};
    draft.branding.logoUrl = QStringLiteral("https://cdn.acme.test/logo.png");
    draft.branding.darkLogoUrl = QStringLiteral("https://cdn.acme.test/logo-dark.png");
    draft.branding.favicon = QStringLiteral("https://cdn.acme.test/favicon.ico");
    draft.color.primaryColor = QStringLiteral("#5D34F2");
    draft.color.isDarkModeEnabled = true;
    draft.color.darkPrimaryColor = QStringLiteral("#A78BFA");
    AWAIT_OK(created, orgs().create(tenant(), draft));
    QVERIFY(!created.id.isEmpty());
    QVERIFY(created.createdAt > 0);
    AWAIT_OK(got, orgs().get(tenant(), created.id));
    QCOMPARE(got.name, draft.name);
    QCOMPARE(got.description, draft.description);
    QCOMPARE(got.customData, draft.customData);
    QCOMPARE(got.branding, draft.branding);
    QCOMPARE(got.color, draft.color);
    QCOMPARE(got.isMfaRequired, false);
    QCOMPARE(got.version, created.version);
    const JournalEntry c = journalEntry(QStringLiteral("organization.create"));
    QCOMPARE(c.targetType, QStringLiteral("organization"));
    QCOMPARE(c.after.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));

    Organization edit = got;
    edit.name = QStringLiteral("Acme Corp");
    edit.customData = QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}};
    edit.branding = {};
    edit.color.primaryColor = QStringLiteral("#112233");
    AWAIT_OK(updated, orgs().update(tenant(), edit));
    QCOMPARE(updated.name, QStringLiteral("Acme Corp"));
    if (caps().sequentialVersions)
        QCOMPARE(updated.version, got.version + 1);
    AWAIT_OK(reread, orgs().get(tenant(), created.id));
    QCOMPARE(reread.customData, edit.customData);
    QCOMPARE(reread.branding, OrganizationBranding{});
    QCOMPARE(reread.color.primaryColor, QStringLiteral("#112233"));
    QCOMPARE(reread.version, updated.version);
    const JournalEntry u = journalEntry(QStringLiteral("organization.update"));
    QCOMPARE(u.before.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(u.after.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Corp"));

    Organization stale = got;
    stale.description = QStringLiteral("stale");
    EXPECT_ERROR(orgs().update(tenant(), stale), ErrorCode::Conflict);

    AWAIT_DONE(orgs().remove(tenant(), created.id));
    EXPECT_ERROR(orgs().get(tenant(), created.id), ErrorCode::NotFound);
    EXPECT_ERROR(orgs().remove(tenant(), created.id), ErrorCode::NotFound);
    EXPECT_ERROR(orgs().update(tenant(), reread), ErrorCode::NotFound);
    QCOMPARE(journalEntry(QStringLiteral("organization.delete")).targetId, created.id);
}

void TestOrganizations::organizationRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty name") << QStringLiteral("name") << QString();
    QTest::newRow("long name") << QStringLiteral("name") << QString(129, QLatin1Char('n'));
    QTest::newRow("long description") << QStringLiteral("description") << QString(257, QLatin1Char('d'));
    QTest::newRow("colour without #") << QStringLiteral("color.primaryColor") << QStringLiteral("5D34F2");
    QTest::newRow("short colour") << QStringLiteral("color.darkPrimaryColor") << QStringLiteral("#fff");
    QTest::newRow("relative logo") << QStringLiteral("branding.logoUrl") << QStringLiteral("/logo.png");
    QTest::newRow("ftp favicon") << QStringLiteral("branding.favicon")
                                 << QStringLiteral("ftp://acme.test/f.ico");
    QTest::newRow("logo with space") << QStringLiteral("branding.darkLogoUrl")
                                     << QStringLiteral("https://acme.test/a b.png");
}

void TestOrganizations::organizationRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Organization o;
    o.name = QStringLiteral("Valid");
    if (field == QLatin1String("name"))
        o.name = value;
    else if (field == QLatin1String("description"))
        o.description = value;
    else if (field == QLatin1String("color.primaryColor"))
        o.color.primaryColor = value;
    else if (field == QLatin1String("color.darkPrimaryColor"))
        o.color.darkPrimaryColor = value;
    else if (field == QLatin1String("branding.logoUrl"))
        o.branding.logoUrl = value;
    else if (field == QLatin1String("branding.favicon"))
        o.branding.favicon = value;
    else if (field == QLatin1String("branding.darkLogoUrl"))
        o.branding.darkLogoUrl = value;
    AWAIT_ERROR(e, orgs().create(tenant(), o), ErrorCode::Validation);
    QVERIFY2(fieldsOf(e).contains(field), qPrintable(fieldsOf(e).join(QLatin1Char(','))));
    // The same rule holds for updates.
    const Organization valid = makeOrganization(QStringLiteral("Valid one"));
    Organization edit = valid;
    edit.name = o.name;
    edit.description = o.description;
    edit.color = o.color;
    edit.branding = o.branding;
    EXPECT_ERROR(orgs().update(tenant(), edit), ErrorCode::Validation);
    AWAIT_OK(list, orgs().list(tenant(), {}));
    QCOMPARE(list.size(), 1);
}

void TestOrganizations::listSearchesAndCounts()
{
    const Organization acme = makeOrganization(QStringLiteral("Acme Rockets"));
    const Organization beta = makeOrganization(QStringLiteral("beta Labs"));
    const Organization gamma = makeOrganization(QStringLiteral("Gamma ACME"));
    const User u1 = makeUser(QStringLiteral("lister1"));
    const User u2 = makeUser(QStringLiteral("lister2"));
    AWAIT_DONE(orgs().addMembers(tenant(), acme.id, {u1.id, u2.id}, {}));
    AWAIT_DONE(orgs().addMembers(tenant(), gamma.id, {u1.id}, {}));

    AWAIT_OK(all, orgs().list(tenant(), {}));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].id, acme.id); // by name, case-insensitive
    QCOMPARE(all[1].id, beta.id);
    QCOMPARE(all[2].id, gamma.id);
    QCOMPARE(all[0].memberCount, 2);
    QCOMPARE(all[1].memberCount, 0);
    QCOMPARE(all[2].memberCount, 1);

    AWAIT_OK(byName, orgs().list(tenant(), QStringLiteral("acme")));
    QCOMPARE(byName.size(), 2);
    QCOMPARE(byName[0].id, acme.id);
    QCOMPARE(byName[1].id, gamma.id);
    AWAIT_OK(byId, orgs().list(tenant(), beta.id));
    QCOMPARE(byId.size(), 1);
    QCOMPARE(byId[0].id, beta.id);
    AWAIT_OK(none, orgs().list(tenant(), QStringLiteral("zzz-no-such")));
    QVERIFY(none.isEmpty());
    // Wildcards are literal.
    AWAIT_OK(percent, orgs().list(tenant(), QStringLiteral("%")));
    QVERIFY(percent.isEmpty());
}

void TestOrganizations::mfaRequiresAFactor()
{
    AWAIT_OK(experience, backend().signInExperience().get(tenant()));
    QVERIFY(experience.mfaFactors.isEmpty());
    Organization draft;
    draft.name = QStringLiteral("Secure");
    draft.isMfaRequired = true;
    AWAIT_ERROR(refused, orgs().create(tenant(), draft), ErrorCode::Validation);
    QCOMPARE(fieldsOf(refused), QStringList{QStringLiteral("isMfaRequired")});
    QVERIFY(!refused.fields().first().message.isEmpty());
    const Organization plain = makeOrganization(QStringLiteral("Plain"));
    Organization turnOn = plain;
    turnOn.isMfaRequired = true;
    AWAIT_ERROR(refusedUpdate, orgs().update(tenant(), turnOn), ErrorCode::Validation);
    QVERIFY(fieldsOf(refusedUpdate).contains(QStringLiteral("isMfaRequired")));

    SignInExperience withTotp = experience;
    withTotp.mfaFactors = {MfaFactor::TOTP};
    AWAIT_DONE(backend().signInExperience().update(tenant(), withTotp));
    AWAIT_OK(secure, orgs().create(tenant(), draft));
    QVERIFY(secure.isMfaRequired);
    AWAIT_OK(turnedOn, orgs().update(tenant(), turnOn));
    QVERIFY(turnedOn.isMfaRequired);
    AWAIT_OK(reread, orgs().get(tenant(), plain.id));
    QVERIFY(reread.isMfaRequired);
}

void TestOrganizations::logtoJsonShapes()
{
    // Responses as a Logto server sends them (GET /api/users/{id}/organizations, an invitation).
    const QByteArray userOrg =
        R"({"tenantId":"default","id":"52m2xeqwuf8x","name":"Acme","description":"Test org","customData":{},)"
        R"("isMfaRequired":true,"color":{"primaryColor":"#5D34F2"},"branding":{"logoUrl":"https://a.test/l.png"},)"
        R"("customCss":null,"createdAt":1795838903867,"organizationRoles":[{"id":"r1","name":"admin"}]})";
    const auto membership = json::userOrganizationFromJson(QJsonDocument::fromJson(userOrg).object());
    GH_VERIFY_OK(membership);
    QCOMPARE(membership->organization.id, QStringLiteral("52m2xeqwuf8x"));
    QVERIFY(membership->organization.isMfaRequired);
    QCOMPARE(membership->organization.color.primaryColor, QStringLiteral("#5D34F2"));
    QCOMPARE(membership->organization.branding.logoUrl, QStringLiteral("https://a.test/l.png"));
    QCOMPARE(membership->organization.createdAt, Q_INT64_C(1795838903867));
    QCOMPARE(membership->roles.size(), 1);
    QCOMPARE(membership->roles[0].name, QStringLiteral("admin"));
    const QJsonObject back = json::toJson(membership.value());
    QCOMPARE(back.value(QStringLiteral("organizationRoles")).toArray().size(), 1);
    QCOMPARE(back.value(QStringLiteral("color")).toObject().value(QStringLiteral("primaryColor")).toString(),
             QStringLiteral("#5D34F2"));

    const QByteArray invitation =
        R"({"tenantId":"default","id":"inv1","inviterId":null,"invitee":"a@b.test","acceptedUserId":null,)"
        R"("organizationId":"o1","status":"Revoked","createdAt":1,"updatedAt":2,"expiresAt":3,)"
        R"("organizationRoles":[{"id":"r1","name":"member"}]})";
    const auto inv = json::organizationInvitationFromJson(QJsonDocument::fromJson(invitation).object());
    GH_VERIFY_OK(inv);
    QCOMPARE(inv->status, InvitationStatus::Revoked);
    QVERIFY(inv->inviterId.isEmpty());
    QCOMPARE(inv->expiresAt, 3);
    QCOMPARE(json::toJson(inv.value()), QJsonDocument::fromJson(invitation).object());

    // Type errors name the field.
    const auto bad = json::organizationFromJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                    {QStringLiteral("customData"), QJsonArray{1}},
                    {QStringLiteral("color"), QJsonObject{{QStringLiteral("primaryColor"), 5}}}});
    QVERIFY(!bad.ok());
    QVERIFY(fieldsOf(bad.error()).contains(QStringLiteral("customData")));
    QVERIFY(fieldsOf(bad.error()).contains(QStringLiteral("color.primaryColor")));
    const auto badRole =
        json::organizationRoleFromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("Robot")}});
    QVERIFY(!badRole.ok());
    QVERIFY(fieldsOf(badRole.error()).contains(QStringLiteral("type")));
}

} // namespace gatehouse::test

int main(int argc, char **argv)
{
    QString error;
    const auto kind = gatehouse::test::backendKindFromArguments(argc, argv, &error);
    if (!kind) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    QCoreApplication app(argc, argv);
    gatehouse::test::TestOrganizations test(*kind);
    return QTest::qExec(&test, argc, argv);
}
