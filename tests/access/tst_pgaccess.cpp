// On PostgreSQL the operator is the database login, and the database itself refuses what a
// console role may not do: these tests connect as real logins made by `operator add`, once
// through Gatehouse's backend without the core's access-control layer and once with plain SQL,
// and try what each role must not do.

#include "PostgresConnection.h"
#include "TestSupport.h"
#include "backend/WorkspaceSpec.h"
#include "policy/Access.h"
#include "security/Random.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::policy;
using namespace gatehouse::test;

namespace {
const QString password = QStringLiteral("Operator-Passw0rd-2026");
}

class TestPgAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void operatorIsTheLogin();
    void declaredNamesAreRefused();
    void notAnOperatorIsRefused();
    void supportCannotBypassWithGatehouse();
    void supportCannotBypassWithSql();
    void auditorReadsButNeverSecrets();
    void developerCannotTouchJournalOrOperators();
    void organizationAdminSeesOnlyTheirOrganization();
    void journalNamesEveryLoginAndStaysIntact();

private:
    QString urlFor(const QString &login) const;
    std::unique_ptr<Backend> openAs(const QString &login);
    /// A plain SQL connection as `login` (what psql would give them).
    QSqlDatabase sqlAs(const QString &login);
    /// Runs `sql` as `login` and says whether the database accepted it.
    bool accepts(const QString &login, const QString &sql, const QVariantList &values = {},
                 int *rows = nullptr);
    QString addOperator(const QString &stem, ConsoleRole role, const QString &userId = {});

    std::unique_ptr<PostgresDatabase> m_db;
    std::unique_ptr<Backend> m_owner;
    QStringList m_logins;
    QStringList m_connections;
    QString m_tenant, m_acme, m_globex, m_manage, m_adminRole, m_memberRole;
    QString m_alice, m_bob, m_dave;
    QString m_support, m_auditor, m_developer, m_orgAdmin;
};

void TestPgAccess::initTestCase()
{
    m_db = std::make_unique<PostgresDatabase>();
    if (!m_db->isValid()) {
        if (postgresRequired())
            QFAIL(qPrintable(m_db->error()));
        QSKIP(qPrintable(m_db->error()));
    }
    QString error;
    m_owner = openBackend(m_db->url(), &error);
    QVERIFY2(m_owner, qPrintable(error));

    Tenant tenant;
    tenant.name = QStringLiteral("Team");
    const Result<Tenant> t = await(m_owner->tenants().create(tenant));
    GH_VERIFY_OK(t);
    m_tenant = t->id;
    OrganizationScope scope;
    scope.name = QStringLiteral("manage:members");
    const Result<OrganizationScope> manage =
        await(m_owner->organizationTemplate().createScope(m_tenant, scope));
    GH_VERIFY_OK(manage);
    m_manage = manage->id;
    OrganizationRole role;
    role.name = QStringLiteral("admin");
    const Result<OrganizationRole> admin = await(m_owner->organizationTemplate().createRole(m_tenant, role));
    GH_VERIFY_OK(admin);
    m_adminRole = admin->id;
    GH_VERIFY_OK(
        await(m_owner->organizationTemplate().setOrganizationScopes(m_tenant, m_adminRole, {m_manage})));
    role.name = QStringLiteral("member");
    const Result<OrganizationRole> member = await(m_owner->organizationTemplate().createRole(m_tenant, role));
    GH_VERIFY_OK(member);
    m_memberRole = member->id;

    Organization org;
    org.name = QStringLiteral("Acme");
    const Result<Organization> acme = await(m_owner->organizations().create(m_tenant, org));
    GH_VERIFY_OK(acme);
    m_acme = acme->id;
    org.name = QStringLiteral("Globex");
    const Result<Organization> globex = await(m_owner->organizations().create(m_tenant, org));
    GH_VERIFY_OK(globex);
    m_globex = globex->id;
    const auto user = [&](const QString &name) {
        User draft;
        draft.username = name;
        const Result<User> made =
            await(m_owner->users().create(m_tenant, draft, QStringLiteral("Start-Passw0rd!")));
        return made.ok() ? made->id : QString();
    };
    m_alice = user(QStringLiteral("alice"));
    m_bob = user(QStringLiteral("bob"));
    m_dave = user(QStringLiteral("dave"));
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_dave.isEmpty());
    GH_VERIFY_OK(await(m_owner->organizations().addMembers(m_tenant, m_acme, {m_alice}, {m_adminRole})));
    GH_VERIFY_OK(await(m_owner->organizations().addMembers(m_tenant, m_acme, {m_bob}, {m_memberRole})));
    GH_VERIFY_OK(await(m_owner->organizations().addMembers(m_tenant, m_globex, {m_dave}, {m_memberRole})));
    for (Ability a : {Ability::OrgMembersView, Ability::OrgMembersInvite, Ability::OrgMembersRemove})
        GH_VERIFY_OK(await(m_owner->access().setDelegation(m_tenant, a, m_manage)));

    m_support = addOperator(QStringLiteral("support"), ConsoleRole::Support);
    m_auditor = addOperator(QStringLiteral("auditor"), ConsoleRole::Auditor);
    m_developer = addOperator(QStringLiteral("developer"), ConsoleRole::Developer);
    m_orgAdmin = addOperator(QStringLiteral("orgadmin"), ConsoleRole::OrganizationAdmin, m_alice);
    QVERIFY(!m_support.isEmpty() && !m_auditor.isEmpty() && !m_developer.isEmpty() && !m_orgAdmin.isEmpty());
}

void TestPgAccess::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    if (!m_owner)
        return;
    // The logins are the server's: take them away again (the workspace's database goes with m_db).
    for (const QString &login : std::as_const(m_logins))
        await(m_owner->access().removeOperator(login));
    m_owner.reset();
    m_db.reset();
    QString error;
    for (const QString &login : std::as_const(m_logins)) // generated names: [a-z0-9_]
        adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login), &error);
}

QString TestPgAccess::addOperator(const QString &stem, ConsoleRole role, const QString &userId)
{
    OperatorAccount draft;
    draft.name = QStringLiteral("gh_%1_%2").arg(stem, security::generateId(6));
    draft.role = role;
    if (!userId.isEmpty()) {
        draft.userTenantId = m_tenant;
        draft.userId = userId;
    }
    const Result<OperatorAccount> added = await(m_owner->access().addOperator(draft, password));
    if (!added.ok()) {
        qWarning("%s", qPrintable(added.error().toString()));
        return {};
    }
    m_logins.append(added->name);
    return added->name;
}

QString TestPgAccess::urlFor(const QString &login) const
{
    QUrl url(m_db->url());
    url.setUserName(login);
    url.setPassword(password);
    return url.toString();
}

std::unique_ptr<Backend> TestPgAccess::openAs(const QString &login)
{
    QString error;
    std::unique_ptr<Backend> backend = openBackend(urlFor(login), &error);
    if (!backend)
        qWarning("%s", qPrintable(error));
    return backend;
}

QSqlDatabase TestPgAccess::sqlAs(const QString &login)
{
    const QString name = QStringLiteral("pgaccess-") + login;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const auto spec = WorkspaceSpec::parse(urlFor(login));
    QSqlDatabase db = test::addPostgresConnection(spec.value(), name);
    m_connections.append(name);
    db.setUserName(login);
    db.setPassword(password);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

bool TestPgAccess::accepts(const QString &login, const QString &sql, const QVariantList &values, int *rows)
{
    QSqlDatabase db = sqlAs(login);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    if (rows)
        *rows = ok ? (q.isSelect() ? [&] {
            int n = 0;
            while (q.next())
                ++n;
            return n;
        }()
                                   : q.numRowsAffected())
                   : -1;
    return ok;
}

void TestPgAccess::operatorIsTheLogin()
{
    for (const auto &[login, role] :
         {std::pair{m_support, ConsoleRole::Support}, std::pair{m_auditor, ConsoleRole::Auditor},
          std::pair{m_developer, ConsoleRole::Developer},
          std::pair{m_orgAdmin, ConsoleRole::OrganizationAdmin}}) {
        std::unique_ptr<Backend> backend = openAs(login);
        QVERIFY(backend);
        QCOMPARE(backend->operatorName(), login);
        const Result<OperatorIdentity> me = await(backend->access().whoami());
        GH_VERIFY_OK(me);
        QCOMPARE(me->account.name, login);
        QCOMPARE(me->account.role, role);
        QCOMPARE(me->source, IdentitySource::DatabaseLogin);
    }
    // The workspace's creator owns it.
    const Result<OperatorIdentity> owner = await(m_owner->access().whoami());
    GH_VERIFY_OK(owner);
    QCOMPARE(owner->account.role, ConsoleRole::Owner);
}

void TestPgAccess::declaredNamesAreRefused()
{
    std::unique_ptr<Backend> backend = openAs(m_support);
    QVERIFY(backend);
    const Result<Done> declared = backend->declareOperator(QStringLiteral("somebody-else"));
    QVERIFY(!declared.ok());
}

void TestPgAccess::notAnOperatorIsRefused()
{
    // A login of the server that no owner added: it may connect, but it is nobody here.
    const QString stranger = QStringLiteral("gh_stranger_") + security::generateId(6);
    QString error;
    QVERIFY2(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, password), &error),
             qPrintable(error));
    m_logins.append(stranger);
    // Plain SQL: nothing of the workspace is readable.
    QVERIFY(!accepts(stranger, QStringLiteral("SELECT id FROM users")));
    QVERIFY(!accepts(stranger, QStringLiteral("SELECT seq FROM journal")));
}

void TestPgAccess::supportCannotBypassWithGatehouse()
{
    // Gatehouse's backend, but without the core's access control: the database still refuses.
    std::unique_ptr<Backend> backend = openAs(m_support);
    QVERIFY(backend);
    const Result<Done> removed = await(backend->users().remove(m_tenant, m_bob, QStringLiteral("bypass")));
    QVERIFY(!removed.ok());
    GH_VERIFY_OK(await(m_owner->users().get(m_tenant, m_bob)));
    Tenant rename;
    const Result<Tenant> tenant = await(backend->tenants().get(m_tenant));
    GH_VERIFY_OK(tenant);
    rename = tenant.value();
    rename.name = QStringLiteral("Hijacked");
    QVERIFY(!await(backend->tenants().update(rename)).ok());
    QVERIFY(!await(backend->tenants().remove(m_tenant, QStringLiteral("Cleanup"))).ok());
    // What support may do goes through, journaled as the login.
    GH_VERIFY_OK(await(backend->users().setSuspended(m_tenant, m_bob, true, QStringLiteral("ticket 17"))));
    GH_VERIFY_OK(await(backend->users().setSuspended(m_tenant, m_bob, false, QStringLiteral("ticket 17"))));
    // The user list reads no password digests.
    const Result<User> bob = await(backend->users().get(m_tenant, m_bob));
    GH_VERIFY_OK(bob);
    QVERIFY(bob->passwordDigest.isEmpty());
}

void TestPgAccess::supportCannotBypassWithSql()
{
    int rows = 0;
    QVERIFY(accepts(m_support, QStringLiteral("SELECT id, username FROM users"), {}, &rows));
    QCOMPARE(rows, 3);
    QVERIFY(!accepts(m_support, QStringLiteral("DELETE FROM users WHERE id = ?"), {m_bob}));
    QVERIFY(!accepts(m_support, QStringLiteral("SELECT password_digest FROM users")));
    QVERIFY(!accepts(m_support, QStringLiteral("SELECT * FROM users")));
    QVERIFY(!accepts(m_support, QStringLiteral("UPDATE users SET username = 'x' WHERE id = ?"), {m_bob}));
    QVERIFY(!accepts(m_support, QStringLiteral("UPDATE journal SET reason = 'nothing happened'")));
    QVERIFY(!accepts(m_support, QStringLiteral("DELETE FROM journal")));
    QVERIFY(!accepts(m_support, QStringLiteral("UPDATE journal_head SET seq = 0")));
    QVERIFY(!accepts(
        m_support,
        QStringLiteral("INSERT INTO journal (seq, at, operator, tenant_id, action, target_type, "
                       "target_id, before_json, after_json, reason, prev_hash, hash) VALUES "
                       "(100000, 0, 'someone-else', '', 'x', 'x', 'x', 'null', 'null', '', '', '')")));
    QVERIFY(
        !accepts(m_support, QStringLiteral("UPDATE operators SET role = 'owner' WHERE name = session_user")));
    QVERIFY(!accepts(m_support, QStringLiteral("INSERT INTO operators (name, role, created_at) VALUES "
                                               "('mallory', 'owner', 0)")));
    QVERIFY(!accepts(m_support, QStringLiteral("DELETE FROM tenants")));
    QVERIFY(!accepts(m_support, QStringLiteral("INSERT INTO applications (id) VALUES ('x')")));
    // Nor can the login act as another one.
    QVERIFY(!accepts(m_support, QStringLiteral("SET ROLE postgres")));
    GH_VERIFY_OK(await(m_owner->users().get(m_tenant, m_bob)));
}

void TestPgAccess::auditorReadsButNeverSecrets()
{
    int rows = 0;
    QVERIFY(accepts(m_auditor, QStringLiteral("SELECT seq, operator, action FROM journal"), {}, &rows));
    QVERIFY(rows > 0);
    QVERIFY(accepts(m_auditor, QStringLiteral("SELECT name, role FROM operators"), {}, &rows));
    QVERIFY(rows >= 4);
    QVERIFY(!accepts(m_auditor, QStringLiteral("SELECT password_digest FROM users")));
    QVERIFY(!accepts(m_auditor, QStringLiteral("SELECT value_hash FROM application_secrets")));
    QVERIFY(!accepts(m_auditor, QStringLiteral("SELECT client_secret FROM sso_connectors")));
    QVERIFY(!accepts(m_auditor, QStringLiteral("UPDATE users SET name = 'x'")));
    QVERIFY(!accepts(m_auditor, QStringLiteral("UPDATE user_mfa_verifications SET type = 'x'")));
    std::unique_ptr<Backend> backend = openAs(m_auditor);
    QVERIFY(backend);
    const Result<JournalVerifyReport> verified = await(backend->journal().verify());
    GH_VERIFY_OK(verified);
    QVERIFY(verified->intact());
    QVERIFY(!await(backend->users().setSuspended(m_tenant, m_bob, true, QStringLiteral("x"))).ok());
}

void TestPgAccess::developerCannotTouchJournalOrOperators()
{
    QVERIFY(!accepts(m_developer, QStringLiteral("UPDATE journal SET reason = 'x'")));
    QVERIFY(!accepts(m_developer, QStringLiteral("DELETE FROM journal")));
    QVERIFY(!accepts(m_developer,
                     QStringLiteral("UPDATE operators SET role = 'owner' WHERE name = session_user")));
    QVERIFY(!accepts(m_developer, QStringLiteral("DELETE FROM operators")));
    std::unique_ptr<Backend> backend = openAs(m_developer);
    QVERIFY(backend);
    OperatorAccount draft;
    draft.name = QStringLiteral("gh_mallory_") + security::generateId(6);
    draft.role = ConsoleRole::Owner;
    QVERIFY(!await(backend->access().addOperator(draft, password)).ok());
    // Configuration is theirs.
    Application app;
    app.name = QStringLiteral("Developer's app");
    app.type = ApplicationType::MachineToMachine;
    GH_VERIFY_OK(await(backend->applications().create(m_tenant, app)));
}

void TestPgAccess::organizationAdminSeesOnlyTheirOrganization()
{
    int rows = 0;
    QVERIFY(accepts(m_orgAdmin,
                    QStringLiteral("SELECT user_id FROM organization_users WHERE organization_id = ?"),
                    {m_globex}, &rows));
    QCOMPARE(rows, 0); // Globex's members are not theirs to see
    QVERIFY(accepts(m_orgAdmin,
                    QStringLiteral("SELECT user_id FROM organization_users WHERE organization_id = ?"),
                    {m_acme}, &rows));
    QCOMPARE(rows, 2);
    QVERIFY(accepts(m_orgAdmin, QStringLiteral("SELECT id FROM organizations"), {}, &rows));
    QCOMPARE(rows, 1);
    QVERIFY(accepts(m_orgAdmin, QStringLiteral("SELECT id FROM users"), {}, &rows));
    QCOMPARE(rows, 2); // alice and bob, not dave
    QVERIFY(accepts(m_orgAdmin, QStringLiteral("DELETE FROM organization_users WHERE organization_id = ?"),
                    {m_globex}, &rows));
    QCOMPARE(rows, 0);
    QVERIFY(!accepts(m_orgAdmin, QStringLiteral("DELETE FROM users WHERE id = ?"), {m_dave}));
    QVERIFY(!accepts(m_orgAdmin, QStringLiteral("SELECT seq FROM journal")));
    QVERIFY(!accepts(m_orgAdmin, QStringLiteral("UPDATE organizations SET name = 'x'")));
    // Adding Dave (a Globex member only) to Acme straight through SQL is refused.
    QVERIFY(!accepts(
        m_orgAdmin,
        QStringLiteral("INSERT INTO organization_users (tenant_id, organization_id, user_id, created_at) "
                       "VALUES (?, ?, ?, 0)"),
        {m_tenant, m_acme, m_dave}));
    const Result<MemberPage> globex =
        await(m_owner->organizations().members(m_tenant, m_globex, MemberQuery{}));
    GH_VERIFY_OK(globex);
    QCOMPARE(globex->total, 1);

    // Through Gatehouse without the core layer: invitations in Acme work, Globex's do not.
    std::unique_ptr<Backend> backend = openAs(m_orgAdmin);
    QVERIFY(backend);
    OrganizationInvitation invite;
    invite.organizationId = m_acme;
    invite.invitee = QStringLiteral("new.hire@acme.example");
    GH_VERIFY_OK(await(backend->organizations().createInvitation(m_tenant, invite, QString())));
    invite.organizationId = m_globex;
    QVERIFY(!await(backend->organizations().createInvitation(m_tenant, invite, QString())).ok());
}

void TestPgAccess::journalNamesEveryLoginAndStaysIntact()
{
    JournalQuery query;
    query.tenantId = m_tenant;
    query.limit = 1000;
    const Result<QList<JournalEntry>> entries = await(m_owner->journal().list(query));
    GH_VERIFY_OK(entries);
    QSet<QString> operators;
    for (const JournalEntry &e : entries.value()) {
        operators.insert(e.operatorName);
        QVERIFY(e.declaredOperator.isEmpty());
    }
    QVERIFY2(operators.contains(m_support), qPrintable(QStringList(operators.values()).join(u',')));
    QVERIFY(operators.contains(m_developer));
    QVERIFY(operators.contains(m_orgAdmin));
    QVERIFY(operators.contains(m_owner->operatorName()));
    const Result<JournalVerifyReport> verified = await(m_owner->journal().verify());
    GH_VERIFY_OK(verified);
    QVERIFY(verified->intact());
}

QTEST_GUILESS_MAIN(TestPgAccess)
#include "tst_pgaccess.moc"
