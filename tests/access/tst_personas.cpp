// Console roles and delegated organization admins, enforced by the core's access-control layer
// on every backend kind (GATEHOUSE_TEST_BACKEND): a matrix of every role against every Backend
// operation, refusals through real backends, and the escalation attempts an organization admin
// could make. The expectations here are written down independently of the product's own
// requirement table.

#include "ConformanceSupport.h"
#include "WorkspaceFixture.h"
#include "backend/DecoratorGate.h"
#include "explain/OperatorExplainer.h"
#include "policy/AccessControl.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::policy;
using namespace gatehouse::test;

namespace {

/// What the test expects a tenant-wide role to be allowed, from the roles' descriptions: owners
/// everything; developers everything but operators and the delegation policy; support reads
/// people and acts through narrow actions; auditors read, verify and export.
bool expectedAllowed(ConsoleRole role, Operation op)
{
    const QString name = operationName(op);
    const bool reads = !operationInfo(op).mutates;
    static const QSet<QString> ownerOnly{
        QStringLiteral("access.addOperator"), QStringLiteral("access.updateOperator"),
        QStringLiteral("access.removeOperator"), QStringLiteral("access.setDelegation")};
    static const QSet<QString> supportActions{QStringLiteral("users.setSuspended"),
                                              QStringLiteral("users.setPassword"),
                                              QStringLiteral("users.setPasswordExpired"),
                                              QStringLiteral("users.removeMfaVerification"),
                                              QStringLiteral("organizations.createInvitation"),
                                              QStringLiteral("organizations.revokeInvitation")};
    // Reads support staff do not get: checking passwords, the journal's proof, who the operators are.
    static const QSet<QString> notForSupport{QStringLiteral("users.verifyPassword"),
                                             QStringLiteral("journal.verify"),
                                             QStringLiteral("access.operators")};
    switch (role) {
    case ConsoleRole::Owner:
        return true;
    case ConsoleRole::Developer:
        return !ownerOnly.contains(name);
    case ConsoleRole::Support:
        return supportActions.contains(name) || (reads && !notForSupport.contains(name));
    case ConsoleRole::Auditor:
        return (reads && name != QLatin1String("users.verifyPassword")) ||
               name == QLatin1String("users.exportUsers");
    case ConsoleRole::OrganizationAdmin:
        break;
    }
    return false;
}

/// Operations an organization admin never makes, whatever the delegation policy lends.
bool neverForOrganizationAdmins(Operation op)
{
    const QString name = operationName(op);
    static const QStringList areas{QStringLiteral("applications."), QStringLiteral("resources."),
                                   QStringLiteral("roles."), QStringLiteral("ssoConnectors."),
                                   QStringLiteral("journal.")};
    for (const QString &area : areas) {
        if (name.startsWith(area))
            return true;
    }
    static const QSet<QString> names{
        QStringLiteral("tenants.create"),
        QStringLiteral("tenants.update"),
        QStringLiteral("tenants.remove"),
        QStringLiteral("users.create"),
        QStringLiteral("users.update"),
        QStringLiteral("users.remove"),
        QStringLiteral("users.setSuspended"),
        QStringLiteral("users.verifyPassword"),
        QStringLiteral("users.assignRoles"),
        QStringLiteral("users.removeRole"),
        QStringLiteral("users.importUsers"),
        QStringLiteral("users.exportUsers"),
        QStringLiteral("organizations.create"),
        QStringLiteral("organizations.remove"),
        QStringLiteral("organizations.addApplications"),
        QStringLiteral("organizations.removeApplication"),
        QStringLiteral("organizations.setApplicationRoles"),
        QStringLiteral("organizations.applications"),
        QStringLiteral("organizations.acceptInvitation"),
        QStringLiteral("organizations.setJitSsoConnectors"),
        QStringLiteral("organizations.setJitRoles"),
        QStringLiteral("signInExperience.update"),
        QStringLiteral("signInExperience.accessSnapshot"),
        QStringLiteral("organizationTemplate.createScope"),
        QStringLiteral("organizationTemplate.updateScope"),
        QStringLiteral("organizationTemplate.removeScope"),
        QStringLiteral("organizationTemplate.createRole"),
        QStringLiteral("organizationTemplate.updateRole"),
        QStringLiteral("organizationTemplate.removeRole"),
        QStringLiteral("organizationTemplate.setOrganizationScopes"),
        QStringLiteral("organizationTemplate.setResourceScopes"),
        QStringLiteral("access.operators"),
        QStringLiteral("access.addOperator"),
        QStringLiteral("access.updateOperator"),
        QStringLiteral("access.removeOperator"),
        QStringLiteral("access.setDelegation"),
    };
    return names.contains(name);
}

OrganizationRole roleRef(const QString &id)
{
    OrganizationRole role;
    role.id = id;
    return role;
}

OperatorIdentity identityOf(ConsoleRole role, const QString &name, QStringList tenants = {})
{
    OperatorIdentity id;
    id.account.name = name;
    id.account.role = role;
    id.account.tenantIds = std::move(tenants);
    return id;
}

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

public:
    explicit TestPersonas(BackendKind kind)
        : m_kind(kind)
    {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRoleAgainstEveryOperation();
    void refusalsNameTheAbilityAndTheRole();
    void supportActsOnlyWithAReason();
    void tenantLimitedRolesStayInTheirTenants();
    void viewAsPreviewsAnotherOperator();
    void organizationAdminSeesOnlyTheirOrganizations();
    void organizationAdminNeverForOperationsOutsideDelegation();
    void organizationAdminJourney();
    void escalationAttemptsAreRefused();
    void delegationWhoNamesTheGrantingRole();
    void explainerSaysWhatAnOperatorMayDoInAnOrganization();

private:
    bool delegationAvailable() const { return m_owner && m_owner->capabilities().accessControl; }
    /// The owner's backend behind access control for `identity`.
    std::unique_ptr<Backend> as(const OperatorIdentity &identity,
                                std::shared_ptr<AccessControl> *control = nullptr);
    QString makeUser(const QString &name);
    /// Alice as an organization admin operator (the user alice of the test tenant).
    OperatorIdentity aliceAsAdmin() const;
    /// A call of `op` about Bob in Acme, in the test tenant.
    BackendCall callAboutBob(Operation op) const;
    std::optional<Error> verdict(AccessControl &control, const BackendCall &call);

    BackendKind m_kind;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<Backend> m_owner;
    QString m_tenant;
    QString m_otherTenant;
    // The organization template: "manage members" lends the member abilities; "billing" is held
    // only by the "owner" role.
    QString m_manageScope, m_billingScope;
    QString m_adminRole, m_ownerRole, m_memberRole;
    QString m_acme, m_globex;
    // alice: admin of Acme (its only one); bob: member of Acme; carol: member of Acme and Globex;
    // dave: member of Globex only; erin: in no organization.
    QString m_alice, m_bob, m_carol, m_dave, m_erin;
};

void TestPersonas::initTestCase()
{
    bool mustRun = false;
    const QString unavailable = WorkspaceFixture::unavailableReason(m_kind, &mustRun);
    if (!unavailable.isEmpty()) {
        if (mustRun)
            QFAIL(qPrintable(unavailable));
        QSKIP(qPrintable(unavailable));
    }
    m_fixture = std::make_unique<WorkspaceFixture>(m_kind);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QString error;
    m_owner = m_fixture->openBackend(&error);
    QVERIFY2(m_owner, qPrintable(error));

    const Result<Tenant> tenant = testTenant(*m_owner, QStringLiteral("Personas"));
    GH_VERIFY_OK(tenant);
    m_tenant = tenant->id;
    if (m_owner->capabilities().tenantManagement) {
        const Result<Tenant> other = testTenant(*m_owner, QStringLiteral("Elsewhere"));
        GH_VERIFY_OK(other);
        m_otherTenant = other->id;
    }

    OrganizationTemplateApi &tpl = m_owner->organizationTemplate();
    OrganizationScope scope;
    scope.name = QStringLiteral("manage:members");
    const Result<OrganizationScope> manage = await(tpl.createScope(m_tenant, scope));
    GH_VERIFY_OK(manage);
    m_manageScope = manage->id;
    scope.name = QStringLiteral("manage:billing");
    const Result<OrganizationScope> billing = await(tpl.createScope(m_tenant, scope));
    GH_VERIFY_OK(billing);
    m_billingScope = billing->id;
    const auto role = [&](const QString &name, const QStringList &scopes) -> QString {
        OrganizationRole draft;
        draft.name = name;
        const Result<OrganizationRole> made = await(tpl.createRole(m_tenant, draft));
        if (!made.ok())
            return {};
        if (!await(tpl.setOrganizationScopes(m_tenant, made->id, scopes)).ok())
            return {};
        return made->id;
    };
    m_adminRole = role(QStringLiteral("admin"), {m_manageScope});
    m_ownerRole = role(QStringLiteral("owner"), {m_manageScope, m_billingScope});
    m_memberRole = role(QStringLiteral("member"), {});
    QVERIFY(!m_adminRole.isEmpty() && !m_ownerRole.isEmpty() && !m_memberRole.isEmpty());

    Organization org;
    org.name = QStringLiteral("Acme");
    const Result<Organization> acme = await(m_owner->organizations().create(m_tenant, org));
    GH_VERIFY_OK(acme);
    m_acme = acme->id;
    org.name = QStringLiteral("Globex");
    const Result<Organization> globex = await(m_owner->organizations().create(m_tenant, org));
    GH_VERIFY_OK(globex);
    m_globex = globex->id;

    m_alice = makeUser(QStringLiteral("alice"));
    m_bob = makeUser(QStringLiteral("bob"));
    m_carol = makeUser(QStringLiteral("carol"));
    m_dave = makeUser(QStringLiteral("dave"));
    m_erin = makeUser(QStringLiteral("erin"));
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty() && !m_dave.isEmpty() &&
            !m_erin.isEmpty());
    OrganizationsApi &orgs = m_owner->organizations();
    GH_VERIFY_OK(await(orgs.addMembers(m_tenant, m_acme, {m_alice}, {m_adminRole})));
    GH_VERIFY_OK(await(orgs.addMembers(m_tenant, m_acme, {m_bob, m_carol}, {m_memberRole})));
    GH_VERIFY_OK(await(orgs.addMembers(m_tenant, m_globex, {m_carol, m_dave}, {m_memberRole})));

    if (delegationAvailable()) {
        AccessControlApi &access = m_owner->access();
        for (Ability a : {Ability::OrgMembersView, Ability::OrgMembersInvite, Ability::OrgMembersRemove,
                          Ability::OrgMembersRoles, Ability::OrgMembersPassword, Ability::OrgMembersMfa})
            GH_VERIFY_OK(await(access.setDelegation(m_tenant, a, m_manageScope)));
    }
}

void TestPersonas::cleanupTestCase()
{
    m_owner.reset();
    m_fixture.reset();
}

QString TestPersonas::makeUser(const QString &name)
{
    User draft;
    draft.username = name;
    draft.primaryEmail = name + QStringLiteral("@personas.example");
    draft.name = name;
    const Result<User> made =
        await(m_owner->users().create(m_tenant, draft, QStringLiteral("Start-Passw0rd!")));
    if (!made.ok())
        qWarning("%s", qPrintable(made.error().toString()));
    return made.ok() ? made->id : QString();
}

OperatorIdentity TestPersonas::aliceAsAdmin() const
{
    OperatorIdentity alice = identityOf(ConsoleRole::OrganizationAdmin, QStringLiteral("alice"));
    alice.account.userTenantId = m_tenant;
    alice.account.userId = m_alice;
    return alice;
}

BackendCall TestPersonas::callAboutBob(Operation op) const
{
    return detail::callOf(op, m_tenant, m_bob, m_acme);
}

std::unique_ptr<Backend> TestPersonas::as(const OperatorIdentity &identity,
                                          std::shared_ptr<AccessControl> *control)
{
    // A second connection to the same workspace, behind access control.
    QString error;
    std::unique_ptr<Backend> opened = m_fixture->openBackend(&error);
    if (!opened) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    ControlledBackend controlled = withAccessControl(std::move(opened), identity);
    if (control)
        *control = controlled.control;
    return std::move(controlled.backend);
}

std::optional<Error> TestPersonas::verdict(AccessControl &control, const BackendCall &call)
{
    QFuture<std::optional<Error>> future = control.admit(call);
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return Error(ErrorCode::Internal, QStringLiteral("admission timed out"));
    return future.result();
}

void TestPersonas::everyRoleAgainstEveryOperation()
{
    // A Logto connection's credentials are full administrator credentials: only owners and
    // developers use them (support and auditors need a workspace that can hold them back).
    QList<ConsoleRole> roles{ConsoleRole::Owner, ConsoleRole::Developer};
    if (m_kind != BackendKind::Logto)
        roles << ConsoleRole::Support << ConsoleRole::Auditor;
    int checked = 0;
    for (ConsoleRole role : roles) {
        AccessControl control(*m_owner, identityOf(role, QStringLiteral("matrix")));
        for (Operation op : allOperations()) {
            BackendCall call = callAboutBob(op);
            call.reason = QStringLiteral("ticket 4711"); // support's actions need one
            const std::optional<Error> refused = verdict(control, call);
            const bool expected = expectedAllowed(role, op);
            const QString what = consoleRoleName(role) + QStringLiteral(" × ") + operationName(op) +
                                 (refused ? QStringLiteral(": ") + refused->message() : QString());
            QVERIFY2(refused.has_value() != expected, qPrintable(what));
            if (refused)
                QVERIFY2(refused->code() == ErrorCode::Forbidden, qPrintable(what));
            ++checked;
        }
    }
    QCOMPARE(checked, int(roles.size() * allOperations().size()));
}

void TestPersonas::refusalsNameTheAbilityAndTheRole()
{
    std::unique_ptr<Backend> support = as(identityOf(ConsoleRole::Support, QStringLiteral("sam")));
    QVERIFY(support);
    const Result<Done> removed = await(support->users().remove(m_tenant, m_erin, QStringLiteral("asked to")));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::Forbidden);
    QVERIFY2(removed.error().message().contains(QLatin1String("users.delete")),
             qPrintable(removed.error().message()));
    QVERIFY2(removed.error().message().contains(QLatin1String("Support")),
             qPrintable(removed.error().message()));
    // Nothing reached storage.
    GH_VERIFY_OK(await(m_owner->users().get(m_tenant, m_erin)));

    std::unique_ptr<Backend> auditor = as(identityOf(ConsoleRole::Auditor, QStringLiteral("audrey")));
    QVERIFY(auditor);
    Application app;
    app.name = QStringLiteral("Not allowed");
    app.type = ApplicationType::MachineToMachine;
    const Result<Application> created = await(auditor->applications().create(m_tenant, app));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code(), ErrorCode::Forbidden);
    QVERIFY(created.error().message().contains(QLatin1String("config.write")));
    const Result<QList<Application>> apps = await(m_owner->applications().list(m_tenant));
    GH_VERIFY_OK(apps);
    for (const Application &a : apps.value())
        QVERIFY(a.name != app.name);

    if (m_kind == BackendKind::Logto)
        return; // exports with digests: not a capability of a Logto connection
    QTemporaryDir dir;
    ExportOptions digests;
    digests.withPasswordDigests = true;
    const Result<ExportReport> exported = await(auditor->users().exportUsers(
        m_tenant, UserQuery{}, dir.filePath(QStringLiteral("users.csv")), digests, nullptr));
    QVERIFY(!exported.ok());
    QCOMPARE(exported.error().code(), ErrorCode::Forbidden);
    QVERIFY(exported.error().message().contains(QLatin1String("users.exportDigests")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("users.csv"))));
    // Without digests the auditor may export.
    GH_VERIFY_OK(await(auditor->users().exportUsers(
        m_tenant, UserQuery{}, dir.filePath(QStringLiteral("plain.csv")), ExportOptions{}, nullptr)));
}

void TestPersonas::supportActsOnlyWithAReason()
{
    if (m_kind == BackendKind::Logto)
        QSKIP("support staff do not use a Logto connection's administrator credentials");
    std::unique_ptr<Backend> support = as(identityOf(ConsoleRole::Support, QStringLiteral("sam")));
    QVERIFY(support);
    const Result<User> silent = await(support->users().setSuspended(m_tenant, m_erin, true, QString()));
    QVERIFY(!silent.ok());
    QCOMPARE(silent.error().code(), ErrorCode::Validation);
    QCOMPARE(silent.error().fields().value(0).field, QStringLiteral("reason"));
    const Result<User> said =
        await(support->users().setSuspended(m_tenant, m_erin, true, QStringLiteral("fraud check")));
    GH_VERIFY_OK(said);
    QVERIFY(said->isSuspended);
    GH_VERIFY_OK(await(support->users().setSuspended(m_tenant, m_erin, false, QStringLiteral("cleared"))));
    // The journal names the real operator and keeps the reason.
    JournalQuery query;
    query.tenantId = m_tenant;
    query.targetId = m_erin;
    const Result<QList<JournalEntry>> entries = await(m_owner->journal().list(query));
    GH_VERIFY_OK(entries);
    QVERIFY(entries->size() >= 2);
    QCOMPARE(entries->first().reason, QStringLiteral("cleared"));
    QCOMPARE(entries->first().operatorName, m_owner->operatorName());
    // Support never changes configuration or profiles.
    Result<User> erin = await(support->users().get(m_tenant, m_erin));
    GH_VERIFY_OK(erin);
    User edited = erin.value();
    edited.name = QStringLiteral("Renamed");
    QCOMPARE(await(support->users().update(m_tenant, edited)).error().code(), ErrorCode::Forbidden);
}

void TestPersonas::tenantLimitedRolesStayInTheirTenants()
{
    if (m_otherTenant.isEmpty())
        QSKIP("tenant management is not a capability of this backend");
    std::unique_ptr<Backend> dev =
        as(identityOf(ConsoleRole::Developer, QStringLiteral("dev"), {m_otherTenant}));
    QVERIFY(dev);
    const Result<QList<Tenant>> tenants = await(dev->tenants().list());
    GH_VERIFY_OK(tenants);
    QCOMPARE(tenants->size(), 1);
    QCOMPARE(tenants->first().id, m_otherTenant);
    const Result<User> bob = await(dev->users().get(m_tenant, m_bob));
    QVERIFY(!bob.ok());
    QCOMPARE(bob.error().code(), ErrorCode::Forbidden);
    Tenant draft;
    draft.name = QStringLiteral("Sneaky");
    QCOMPARE(await(dev->tenants().create(draft)).error().code(), ErrorCode::Forbidden);
    GH_VERIFY_OK(await(dev->applications().list(m_otherTenant)));
}

void TestPersonas::viewAsPreviewsAnotherOperator()
{
    if (!delegationAvailable())
        QSKIP("operators are not recorded by this backend");
    // Logins are the server's, not the database's: a name no other run uses.
    const QString name =
        QStringLiteral("preview_sam_%1").arg(QRandomGenerator::global()->generate() % 1000000);
    OperatorAccount draft;
    draft.name = name;
    draft.role = ConsoleRole::Support;
    GH_VERIFY_OK(await(m_owner->access().addOperator(draft, QStringLiteral("S4m-secret-pw!"))));
    const Result<OperatorIdentity> me = await(m_owner->access().whoami());
    GH_VERIFY_OK(me);
    QCOMPARE(me->account.role, ConsoleRole::Owner);
    const Result<QList<OperatorAccount>> operators = await(m_owner->access().operators());
    GH_VERIFY_OK(operators);
    const Result<OperatorIdentity> preview = identityFor(me.value(), name, operators.value());
    GH_VERIFY_OK(preview);
    QVERIFY(preview->preview);
    QCOMPARE(preview->account.role, ConsoleRole::Support);
    QCOMPARE(preview->actingName, me->account.name);
    QCOMPARE(identityFor(me.value(), QStringLiteral("nobody"), operators.value()).error().code(),
             ErrorCode::NotFound);
    // A previewed support person cannot preview anyone in turn.
    QCOMPARE(identityFor(preview.value(), name, operators.value()).error().code(), ErrorCode::Forbidden);

    std::unique_ptr<Backend> previewed = as(preview.value());
    QVERIFY(previewed);
    QCOMPARE(await(previewed->users().remove(m_tenant, m_erin, QStringLiteral("x"))).error().code(),
             ErrorCode::Forbidden);
    GH_VERIFY_OK(await(previewed->users().get(m_tenant, m_erin)));
    GH_VERIFY_OK(await(m_owner->access().removeOperator(name)));
}

void TestPersonas::organizationAdminSeesOnlyTheirOrganizations()
{
    if (!delegationAvailable())
        QSKIP("delegation is not a capability of this backend");
    const OperatorIdentity alice = aliceAsAdmin();
    std::unique_ptr<Backend> admin = as(alice);
    QVERIFY(admin);

    const Result<QList<Organization>> orgs = await(admin->organizations().list(m_tenant, QString()));
    GH_VERIFY_OK(orgs);
    QCOMPARE(orgs->size(), 1);
    QCOMPARE(orgs->first().id, m_acme);

    const Result<UserPage> users = await(admin->users().page(m_tenant, UserQuery{}, UserCursor{}, 100));
    GH_VERIFY_OK(users);
    QSet<QString> seen;
    for (const User &u : users->users)
        seen.insert(u.id);
    QCOMPARE(seen, (QSet<QString>{m_alice, m_bob, m_carol}));

    // Carol's memberships: only Acme is shown to an admin of Acme.
    const Result<QList<UserOrganization>> carols =
        await(admin->organizations().organizationsOfUser(m_tenant, m_carol));
    GH_VERIFY_OK(carols);
    QCOMPARE(carols->size(), 1);
    QCOMPARE(carols->first().organization.id, m_acme);

    // Outside: Globex's members, Dave, Erin.
    const Result<MemberPage> globex =
        await(admin->organizations().members(m_tenant, m_globex, MemberQuery{}));
    QVERIFY(!globex.ok());
    QCOMPARE(globex.error().code(), ErrorCode::Forbidden);
    QCOMPARE(await(admin->users().get(m_tenant, m_dave)).error().code(), ErrorCode::Forbidden);
    QCOMPARE(await(admin->users().get(m_tenant, m_erin)).error().code(), ErrorCode::Forbidden);
    GH_VERIFY_OK(await(admin->users().get(m_tenant, m_bob)));

    // The journal is not theirs to read.
    JournalQuery query;
    query.tenantId = m_tenant;
    QCOMPARE(await(admin->journal().list(query)).error().code(), ErrorCode::Forbidden);
}

void TestPersonas::organizationAdminNeverForOperationsOutsideDelegation()
{
    if (!delegationAvailable())
        QSKIP("delegation is not a capability of this backend");
    const OperatorIdentity alice = aliceAsAdmin();
    AccessControl control(*m_owner, alice);
    int never = 0;
    for (Operation op : allOperations()) {
        if (!neverForOrganizationAdmins(op))
            continue;
        const std::optional<Error> refused = verdict(control, callAboutBob(op));
        QVERIFY2(refused && refused->code() == ErrorCode::Forbidden, qPrintable(operationName(op)));
        ++never;
    }
    QVERIFY(never >= 50);
    // Another tenant is out of reach altogether.
    if (!m_otherTenant.isEmpty()) {
        BackendCall call;
        call.operation = Operation::OrganizationsList;
        call.tenantId = m_otherTenant;
        QVERIFY(verdict(control, call).has_value());
    }
}

void TestPersonas::organizationAdminJourney()
{
    if (!delegationAvailable())
        QSKIP("delegation is not a capability of this backend");
    const OperatorIdentity alice = aliceAsAdmin();
    std::unique_ptr<Backend> admin = as(alice);
    QVERIFY(admin);
    OrganizationsApi &orgs = admin->organizations();

    // A new hire: invited with the member role.
    OrganizationInvitation invite;
    invite.organizationId = m_acme;
    invite.invitee = QStringLiteral("new.hire@personas.example");
    invite.roles = {roleRef(m_memberRole)};
    const Result<OrganizationInvitation> invited = await(orgs.createInvitation(m_tenant, invite, QString()));
    GH_VERIFY_OK(invited);
    // …and revoked again (a typo in the address).
    GH_VERIFY_OK(await(orgs.revokeInvitation(m_tenant, invited->id, QString())));

    // A leaver: a member of Acme only, added for this test and removed by the admin.
    const QString leaver = makeUser(QStringLiteral("leaver"));
    QVERIFY(!leaver.isEmpty());
    GH_VERIFY_OK(await(m_owner->organizations().addMembers(m_tenant, m_acme, {leaver}, {m_memberRole})));
    GH_VERIFY_OK(await(orgs.removeMember(m_tenant, m_acme, leaver)));
    const Result<QList<UserOrganization>> left =
        await(m_owner->organizations().organizationsOfUser(m_tenant, leaver));
    GH_VERIFY_OK(left);
    QVERIFY(left->isEmpty());

    // Requiring MFA is not delegated here.
    Result<Organization> acme = await(orgs.get(m_tenant, m_acme));
    GH_VERIFY_OK(acme);
    Organization edited = acme.value();
    edited.isMfaRequired = true;
    const Result<Organization> mfa = await(orgs.update(m_tenant, edited));
    QVERIFY(!mfa.ok());
    QCOMPARE(mfa.error().code(), ErrorCode::Forbidden);
    QVERIFY(mfa.error().message().contains(QLatin1String("org.mfa")));

    // A password reset for Bob (a member of Acme only) is theirs to do.
    GH_VERIFY_OK(await(admin->users().setPassword(m_tenant, m_bob, QStringLiteral("New-Passw0rd-2026"),
                                                  QStringLiteral("forgot it"))));
}

void TestPersonas::escalationAttemptsAreRefused()
{
    if (!delegationAvailable())
        QSKIP("delegation is not a capability of this backend");
    const OperatorIdentity alice = aliceAsAdmin();
    std::unique_ptr<Backend> admin = as(alice);
    QVERIFY(admin);
    OrganizationsApi &orgs = admin->organizations();

    // A role above their own: "owner" grants manage:billing, which alice does not hold.
    const Result<Done> above = await(orgs.setMemberRoles(m_tenant, m_acme, m_bob, {m_ownerRole}));
    QVERIFY(!above.ok());
    QCOMPARE(above.error().code(), ErrorCode::Forbidden);
    QVERIFY2(above.error().message().contains(QLatin1String("manage:billing")),
             qPrintable(above.error().message()));
    OrganizationInvitation invite;
    invite.organizationId = m_acme;
    invite.invitee = QStringLiteral("boss@personas.example");
    invite.roles = {roleRef(m_ownerRole)};
    QCOMPARE(await(orgs.createInvitation(m_tenant, invite, QString())).error().code(), ErrorCode::Forbidden);
    QCOMPARE(await(orgs.assignMemberRoles(m_tenant, m_acme, {m_bob}, {m_ownerRole})).error().code(),
             ErrorCode::Forbidden);
    // Their own role is fine to hand out.
    GH_VERIFY_OK(await(orgs.assignMemberRoles(m_tenant, m_acme, {m_bob}, {m_adminRole})));
    GH_VERIFY_OK(await(orgs.setMemberRoles(m_tenant, m_acme, m_bob, {m_memberRole})));

    // A user from another organization (Dave is in Globex only), or in none (Erin).
    QCOMPARE(await(orgs.addMembers(m_tenant, m_acme, {m_dave}, {m_memberRole})).error().code(),
             ErrorCode::Forbidden);
    QCOMPARE(await(orgs.addMembers(m_tenant, m_acme, {m_erin}, {})).error().code(), ErrorCode::Forbidden);

    // A cross-organization takeover: Carol is also in Globex, which alice does not administer.
    const Result<User> takeover = await(admin->users().setPassword(
        m_tenant, m_carol, QStringLiteral("Taken-0ver-pw!"), QStringLiteral("she asked")));
    QVERIFY(!takeover.ok());
    QCOMPARE(takeover.error().code(), ErrorCode::Forbidden);
    QVERIFY(takeover.error().message().contains(QLatin1String("Globex")));
    QCOMPARE(
        await(admin->users().setPasswordExpired(m_tenant, m_carol, true, QStringLiteral("x"))).error().code(),
        ErrorCode::Forbidden);
    const Result<bool> unchanged =
        await(m_owner->users().verifyPassword(m_tenant, m_carol, QStringLiteral("Start-Passw0rd!")));
    if (unchanged.ok()) // a Logto connection cannot verify passwords
        QVERIFY(unchanged.value());

    // The last admin: alice is Acme's only admin.
    QCOMPARE(await(orgs.removeMember(m_tenant, m_acme, m_alice)).error().code(), ErrorCode::Forbidden);
    QCOMPARE(await(orgs.setMemberRoles(m_tenant, m_acme, m_alice, {m_memberRole})).error().code(),
             ErrorCode::Forbidden);
    const Result<MemberPage> members =
        await(m_owner->organizations().members(m_tenant, m_acme, MemberQuery{}));
    GH_VERIFY_OK(members);
    bool aliceStillAdmin = false;
    for (const OrganizationMember &m : members->members) {
        if (m.user.id == m_alice) {
            for (const OrganizationRole &r : m.roles)
                aliceStillAdmin = aliceStillAdmin || r.id == m_adminRole;
        }
    }
    QVERIFY(aliceStillAdmin);
}

void TestPersonas::delegationWhoNamesTheGrantingRole()
{
    if (!delegationAvailable())
        QSKIP("delegation is not a capability of this backend");
    const Result<QList<OrganizationAdmin>> admins =
        await(m_owner->access().organizationAdmins(m_tenant, m_acme));
    GH_VERIFY_OK(admins);
    QCOMPARE(admins->size(), 1);
    QCOMPARE(admins->first().userId, m_alice);
    QCOMPARE(admins->first().abilities.value(Ability::OrgMembersInvite),
             QStringList{QStringLiteral("admin")});
    QVERIFY(!admins->first().abilities.contains(Ability::OrgMfa));
    const Result<QList<AdminGrant>> grants = await(m_owner->access().adminGrants(m_tenant, m_carol));
    GH_VERIFY_OK(grants);
    QVERIFY(grants->isEmpty()); // a member holds nothing delegated
    // Unlending an ability takes it away at once.
    GH_VERIFY_OK(await(m_owner->access().setDelegation(m_tenant, Ability::OrgMembersMfa, QString())));
    const Result<DelegationPolicy> policy = await(m_owner->access().delegation(m_tenant));
    GH_VERIFY_OK(policy);
    QVERIFY(!policy->permissions.contains(Ability::OrgMembersMfa));
    QCOMPARE(policy->permissions.value(Ability::OrgMembersView), m_manageScope);
    GH_VERIFY_OK(await(m_owner->access().setDelegation(m_tenant, Ability::OrgMembersMfa, m_manageScope)));
    // Only delegable abilities can be lent.
    QCOMPARE(
        await(m_owner->access().setDelegation(m_tenant, Ability::UsersDelete, m_manageScope)).error().code(),
        ErrorCode::Validation);
}

void TestPersonas::explainerSaysWhatAnOperatorMayDoInAnOrganization()
{
    if (!delegationAvailable())
        QSKIP("a Logto connection has no operators and no delegation policy (its machine-to-machine "
              "credentials act as an administrator), so there is no operator to explain");
    // Operator names are database logins on PostgreSQL, shared by the server's databases.
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    const QString password = QStringLiteral("Explain-Passw0rd!");
    OperatorAccount admin;
    admin.name = QStringLiteral("gh_explain_alice_") + suffix;
    admin.role = ConsoleRole::OrganizationAdmin;
    admin.userTenantId = m_tenant;
    admin.userId = m_alice;
    GH_VERIFY_OK(await(m_owner->access().addOperator(admin, password)));
    OperatorAccount member = admin;
    member.name = QStringLiteral("gh_explain_carol_") + suffix;
    member.userId = m_carol;
    GH_VERIFY_OK(await(m_owner->access().addOperator(member, password)));
    OperatorAccount support;
    support.name = QStringLiteral("gh_explain_sam_") + suffix;
    support.role = ConsoleRole::Support;
    GH_VERIFY_OK(await(m_owner->access().addOperator(support, password)));

    // Alice administers Acme through her "admin" role, whose "manage:members" permission lends
    // the member abilities; requiring MFA is not lent in this tenant.
    Result<explain::OperatorExplanation> e =
        await(explain::explainOperator(*m_owner, m_tenant, admin.name, m_acme));
    GH_VERIFY_OK(e);
    QCOMPARE(e->organizationName, QStringLiteral("Acme"));
    QCOMPARE(e->memberRoles, QStringList{QStringLiteral("admin")});
    QCOMPARE(e->abilities.size(), delegableAbilities().size());
    for (const explain::AbilityAnswer &a : e->abilities) {
        const bool lent = a.ability != Ability::OrgMfa && a.ability != Ability::OrgBranding &&
                          a.ability != Ability::OrgJitDomains;
        QVERIFY2(a.allowed == lent, qPrintable(abilityName(a.ability) + QStringLiteral(": ") + a.why));
        if (lent) {
            QCOMPARE(a.permission, QStringLiteral("manage:members"));
            QCOMPARE(a.grantingRoles, QStringList{QStringLiteral("admin")});
            QVERIFY2(a.why.contains(QStringLiteral("admin")), qPrintable(a.why));
        } else {
            QVERIFY(a.permission.isEmpty());
            QVERIFY2(a.why.contains(QStringLiteral("does not lend")), qPrintable(a.why));
        }
    }
    QVERIFY(e->notes.join(QLatin1Char('\n')).contains(QStringLiteral("last member")));
    QCOMPARE(e->toJson().value(QStringLiteral("abilities")).toArray().size(), e->abilities.size());

    // Nothing in Globex, where she is not a member.
    e = await(explain::explainOperator(*m_owner, m_tenant, admin.name, m_globex));
    GH_VERIFY_OK(e);
    QVERIFY(!e->allowed(Ability::OrgMembersView));
    QVERIFY2(e->abilities.first().why.contains(QStringLiteral("not a member")),
             qPrintable(e->abilities.first().why));

    // Carol is a member of Acme, but her "member" role grants no permission.
    e = await(explain::explainOperator(*m_owner, m_tenant, member.name, m_acme));
    GH_VERIFY_OK(e);
    QVERIFY(!e->allowed(Ability::OrgMembersView));
    QVERIFY2(e->abilities.first().why.contains(QStringLiteral("(member)")),
             qPrintable(e->abilities.first().why));

    // Support staff act tenant-wide through their role: passwords and MFA factors, invitations,
    // never removing members; each action with a reason.
    e = await(explain::explainOperator(*m_owner, m_tenant, support.name, m_acme));
    GH_VERIFY_OK(e);
    QVERIFY(e->allowed(Ability::OrgMembersView));
    QVERIFY(e->allowed(Ability::OrgMembersPassword));
    QVERIFY(e->allowed(Ability::OrgMembersInvite));
    QVERIFY(!e->allowed(Ability::OrgMembersRemove));
    QVERIFY(!e->allowed(Ability::OrgMfa));
    for (const explain::AbilityAnswer &a : e->abilities) {
        if (a.ability == Ability::OrgMembersRemove) {
            QCOMPARE(a.decidedBy, Ability::OrgsWrite);
            QVERIFY2(a.why.contains(QStringLiteral("orgs.write")), qPrintable(a.why));
        }
    }
    QVERIFY(e->notes.join(QLatin1Char('\n')).contains(QStringLiteral("reason")));

    QCOMPARE(await(explain::explainOperator(*m_owner, m_tenant, QStringLiteral("nobody_") + suffix, m_acme))
                 .error()
                 .code(),
             ErrorCode::NotFound);
    for (const QString &name : {admin.name, member.name, support.name})
        GH_VERIFY_OK(await(m_owner->access().removeOperator(name)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const std::optional<BackendKind> kind = backendKindFromArguments(argc, argv, &error);
    if (!kind) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    TestPersonas test(*kind);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_personas.moc"
