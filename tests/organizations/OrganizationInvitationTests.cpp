#include "OrganizationsTest.h"
#include "PostgresLockWait.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

namespace gatehouse::test {

namespace {
/// A clock the test moves by hand (starts at the real time).
std::atomic<qint64> testNow{0};

void useTestClock()
{
    testNow = QDateTime::currentMSecsSinceEpoch();
    clock::setSource([] { return testNow.load(); });
}
} // namespace

void TestOrganizations::invitationDefaults()
{
    useTestClock();
    const Organization org = makeOrganization(QStringLiteral("Invites"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    const User inviter = makeUser(QStringLiteral("inviter"));
    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("new.person@example.com");
    draft.inviterId = inviter.id;
    draft.roles = {member};
    AWAIT_OK(inv, orgs().createInvitation(tenant(), draft, {}));
    QVERIFY(!inv.id.isEmpty());
    QCOMPARE(inv.status, InvitationStatus::Pending);
    QCOMPARE(inv.invitee, draft.invitee);
    QCOMPARE(inv.inviterId, inviter.id);
    QCOMPARE(inv.organizationId, org.id);
    QCOMPARE(inv.expiresAt, inv.createdAt + defaultInvitationLifetimeMs);
    QCOMPARE(idsOf(inv.roles), QStringList{member.id});
    QCOMPARE(inv.roles[0].name, QStringLiteral("member"));
    const JournalEntry e = journalEntry(QStringLiteral("organizationInvitation.create"));
    QCOMPARE(e.targetType, QStringLiteral("organizationInvitation"));
    QCOMPARE(e.targetId, inv.id);

    // An explicit expiry is kept; the list is newest first.
    testNow += 1000;
    OrganizationInvitation later = draft;
    later.invitee = QStringLiteral("other.person@example.com");
    later.inviterId.clear();
    later.roles.clear();
    later.expiresAt = testNow + 3600 * 1000;
    AWAIT_OK(second, orgs().createInvitation(tenant(), later, {}));
    QCOMPARE(second.expiresAt, later.expiresAt);
    QVERIFY(second.inviterId.isEmpty());
    AWAIT_OK(list, orgs().invitations(tenant(), org.id));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, second.id);
    QCOMPARE(list[1].id, inv.id);
    QCOMPARE(idsOf(list[1].roles), QStringList{member.id});
}

void TestOrganizations::invitationErrors()
{
    const Organization org = makeOrganization(QStringLiteral("Invites"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("not-an-email");
    AWAIT_ERROR(badEmail, orgs().createInvitation(tenant(), draft, {}), ErrorCode::Validation);
    QVERIFY(fieldsOf(badEmail).contains(QStringLiteral("invitee")));
    draft.invitee = QStringLiteral("person@example.com");
    draft.roles = {robot};
    EXPECT_ERROR(orgs().createInvitation(tenant(), draft, {}), ErrorCode::Validation);
    OrganizationRole unknown;
    unknown.id = QStringLiteral("nosuchrole");
    draft.roles = {unknown};
    EXPECT_ERROR(orgs().createInvitation(tenant(), draft, {}), ErrorCode::NotFound);
    draft.roles = {member};
    OrganizationInvitation elsewhere = draft;
    elsewhere.organizationId = QStringLiteral("nosuchorg");
    EXPECT_ERROR(orgs().createInvitation(tenant(), elsewhere, {}), ErrorCode::NotFound);
    AWAIT_OK(first, orgs().createInvitation(tenant(), draft, {}));
    // The same invitee (in any case) already has a pending invitation to this organization.
    OrganizationInvitation again = draft;
    again.invitee = QStringLiteral("Person@Example.com");
    EXPECT_ERROR(orgs().createInvitation(tenant(), again, {}), ErrorCode::AlreadyExists);
    // …but may be invited to another organization.
    const Organization other = makeOrganization(QStringLiteral("Other"));
    OrganizationInvitation toOther = draft;
    toOther.organizationId = other.id;
    AWAIT_DONE(orgs().createInvitation(tenant(), toOther, {}));
    AWAIT_OK(list, orgs().invitations(tenant(), org.id));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, first.id);
    EXPECT_ERROR(orgs().revokeInvitation(tenant(), QStringLiteral("nosuchinvitation"), {}),
                 ErrorCode::NotFound);
    const User u = makeUser(QStringLiteral("acceptor"));
    EXPECT_ERROR(orgs().acceptInvitation(tenant(), QStringLiteral("nosuchinvitation"), u.id),
                 ErrorCode::NotFound);
    EXPECT_ERROR(orgs().invitations(tenant(), QStringLiteral("nosuchorg")), ErrorCode::NotFound);
}

void TestOrganizations::onePendingInvitationUnderConcurrentWriters()
{
    // Two writers invite the same person at once: the check for a pending invitation passes for
    // both (neither sees the other's uncommitted row); the unique index lets one through.
    if (m_kind != BackendKind::Postgres)
        QSKIP("only PostgreSQL lets two writers check at once (SQLite takes the write lock before the "
              "check; a Logto server keeps its own rules)");
    const Organization org = makeOrganization(QStringLiteral("Race"));
    const qint64 now = clock::nowMs();
    QSqlDatabase writer = m_fixture->sqlConnection();
    QSqlQuery tx(writer);
    QVERIFY(tx.exec(QStringLiteral("BEGIN")));
    QVERIFY(tx.prepare(QStringLiteral(
        "INSERT INTO organization_invitations (tenant_id, id, organization_id, inviter_id, invitee, "
        "accepted_user_id, status, created_at, updated_at, expires_at) VALUES (?, 'otherwriter', ?, NULL, "
        "'race@example.com', NULL, 'Pending', ?, ?, ?)")));
    tx.addBindValue(tenant());
    tx.addBindValue(org.id);
    tx.addBindValue(now);
    tx.addBindValue(now);
    tx.addBindValue(now + 86400000);
    QVERIFY2(tx.exec(), qPrintable(tx.lastError().text()));
    const auto release = qScopeGuard([&writer] { QSqlQuery(writer).exec(QStringLiteral("ROLLBACK")); });

    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("Race@Example.com");
    auto pending = orgs().createInvitation(tenant(), draft, {});
    QVERIFY2(waitForGatehouseLockWait(m_fixture->sqlConnection()),
             "the second writer never waited for the first one's invitation");
    QVERIFY(tx.exec(QStringLiteral("COMMIT")));
    AWAIT_ERROR(clash, pending, ErrorCode::AlreadyExists);
    QVERIFY2(clash.message().contains(QLatin1String("pending invitation")), qPrintable(clash.message()));
    AWAIT_OK(list, orgs().invitations(tenant(), org.id));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, QStringLiteral("otherwriter"));
}

void TestOrganizations::invitationRevoke()
{
    const Organization org = makeOrganization(QStringLiteral("Invites"));
    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("revoked@example.com");
    AWAIT_OK(inv, orgs().createInvitation(tenant(), draft, {}));
    AWAIT_OK(revoked, orgs().revokeInvitation(tenant(), inv.id, {}));
    QCOMPARE(revoked.status, InvitationStatus::Revoked);
    AWAIT_OK(list, orgs().invitations(tenant(), org.id));
    QCOMPARE(list[0].status, InvitationStatus::Revoked);
    const JournalEntry e = journalEntry(QStringLiteral("organizationInvitation.revoke"));
    QCOMPARE(e.targetId, inv.id);
    QCOMPARE(e.before.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
    QCOMPARE(e.after.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Revoked"));
    // Only pending invitations can be revoked or accepted.
    EXPECT_ERROR(orgs().revokeInvitation(tenant(), inv.id, {}), ErrorCode::Validation);
    const User u = makeUser(QStringLiteral("revoked"), QStringLiteral("revoked@example.com"));
    EXPECT_ERROR(orgs().acceptInvitation(tenant(), inv.id, u.id), ErrorCode::Validation);
    QCOMPARE(memberIds(org.id), QStringList{});
    // A revoked invitation no longer blocks a new one.
    AWAIT_DONE(orgs().createInvitation(tenant(), draft, {}));
}

void TestOrganizations::invitationExpiresWithClock()
{
    useTestClock();
    const Organization org = makeOrganization(QStringLiteral("Invites"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("late@example.com");
    draft.roles = {member};
    AWAIT_OK(inv, orgs().createInvitation(tenant(), draft, {}));
    const User late = makeUser(QStringLiteral("late"), QStringLiteral("late@example.com"));

    testNow = inv.expiresAt - 1;
    AWAIT_OK(before, orgs().invitations(tenant(), org.id));
    QCOMPARE(before[0].status, InvitationStatus::Pending);
    testNow = inv.expiresAt + 1;
    AWAIT_OK(after, orgs().invitations(tenant(), org.id));
    QCOMPARE(after[0].status, InvitationStatus::Expired);
    EXPECT_ERROR(orgs().acceptInvitation(tenant(), inv.id, late.id), ErrorCode::Validation);
    EXPECT_ERROR(orgs().revokeInvitation(tenant(), inv.id, {}), ErrorCode::Validation);
    QCOMPARE(memberIds(org.id), QStringList{});
    // An expired invitation does not block inviting the person again.
    AWAIT_OK(fresh, orgs().createInvitation(tenant(), draft, {}));
    QCOMPARE(fresh.status, InvitationStatus::Pending);
    QCOMPARE(fresh.expiresAt, testNow.load() + defaultInvitationLifetimeMs);
}

void TestOrganizations::invitationAcceptAddsMembership()
{
    const Organization org = makeOrganization(QStringLiteral("Invites"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    const OrganizationRole billing = makeRole(QStringLiteral("billing"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const User dana = makeUser(QStringLiteral("dana"), QStringLiteral("dana@example.com"));
    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("dana@example.com");
    draft.roles = {member, billing};
    AWAIT_OK(inv, orgs().createInvitation(tenant(), draft, {}));
    AWAIT_OK(accepted, orgs().acceptInvitation(tenant(), inv.id, dana.id));
    QCOMPARE(accepted.status, InvitationStatus::Accepted);
    QCOMPARE(accepted.acceptedUserId, dana.id);
    QCOMPARE(memberIds(org.id), QStringList{dana.id});
    QCOMPARE(memberRoleIds(org.id, dana.id), idsOf({member, billing}));
    AWAIT_OK(list, orgs().invitations(tenant(), org.id));
    QCOMPARE(list[0].status, InvitationStatus::Accepted);
    QCOMPARE(list[0].acceptedUserId, dana.id);
    const JournalEntry e = journalEntry(QStringLiteral("organizationInvitation.accept"));
    QCOMPARE(e.targetId, inv.id);
    QCOMPARE(e.after.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Accepted"));
    EXPECT_ERROR(orgs().acceptInvitation(tenant(), inv.id, dana.id), ErrorCode::Validation);

    // An existing member keeps their roles and gains the invited ones.
    const User erin = makeUser(QStringLiteral("erin"), QStringLiteral("erin@example.com"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {erin.id}, {admin.id}));
    OrganizationInvitation second;
    second.organizationId = org.id;
    second.invitee = QStringLiteral("erin@example.com");
    second.roles = {member};
    AWAIT_OK(inv2, orgs().createInvitation(tenant(), second, {}));
    EXPECT_ERROR(orgs().acceptInvitation(tenant(), inv2.id, QStringLiteral("nosuchuser")),
                 ErrorCode::NotFound);
    AWAIT_DONE(orgs().acceptInvitation(tenant(), inv2.id, erin.id));
    QCOMPARE(memberRoleIds(org.id, erin.id), idsOf({admin, member}));
    QCOMPARE(memberRoleIds(org.id, dana.id), idsOf({member, billing}));
}

void TestOrganizations::jitEmailDomains()
{
    const Organization org = makeOrganization(QStringLiteral("Jit"));
    AWAIT_OK(empty, orgs().jit(tenant(), org.id));
    QVERIFY(empty.emailDomains.isEmpty() && empty.ssoConnectorIds.isEmpty() && empty.roles.isEmpty());
    AWAIT_DONE(orgs().setJitEmailDomains(
        tenant(), org.id,
        {QStringLiteral("@ACME.com"), QStringLiteral(" example.org "), QStringLiteral("acme.com")}));
    AWAIT_OK(jit, orgs().jit(tenant(), org.id));
    QStringList domains = jit.emailDomains;
    domains.sort();
    QCOMPARE(domains, (QStringList{QStringLiteral("acme.com"), QStringLiteral("example.org")}));
    const JournalEntry e = journalEntry(QStringLiteral("organization.jit.emailDomains.set"));
    QCOMPARE(e.targetType, QStringLiteral("organization"));
    QCOMPARE(e.targetId, org.id);
    QVERIFY(e.before.toObject().value(QStringLiteral("emailDomains")).toArray().isEmpty());
    QCOMPARE(e.after.toObject().value(QStringLiteral("emailDomains")).toArray().size(), 2);

    AWAIT_ERROR(invalid,
                orgs().setJitEmailDomains(tenant(), org.id,
                                          {QStringLiteral("fine.com"), QStringLiteral("not a domain"),
                                           QStringLiteral("localhost")}),
                ErrorCode::Validation);
    QVERIFY(fieldsOf(invalid).contains(QStringLiteral("emailDomains[1]")));
    QVERIFY(fieldsOf(invalid).contains(QStringLiteral("emailDomains[2]")));
    QVERIFY(!fieldsOf(invalid).contains(QStringLiteral("emailDomains[0]")));
    AWAIT_OK(unchanged, orgs().jit(tenant(), org.id));
    QCOMPARE(unchanged.emailDomains.size(), 2);

    // Replace-all.
    AWAIT_DONE(orgs().setJitEmailDomains(tenant(), org.id, {QStringLiteral("acme.com")}));
    AWAIT_OK(replaced, orgs().jit(tenant(), org.id));
    QCOMPARE(replaced.emailDomains, QStringList{QStringLiteral("acme.com")});
    AWAIT_DONE(orgs().setJitEmailDomains(tenant(), org.id, {}));
    AWAIT_OK(cleared, orgs().jit(tenant(), org.id));
    QVERIFY(cleared.emailDomains.isEmpty());
    EXPECT_ERROR(
        orgs().setJitEmailDomains(tenant(), QStringLiteral("nosuchorg"), {QStringLiteral("acme.com")}),
        ErrorCode::NotFound);
}

void TestOrganizations::jitSsoConnectorsAndRoles()
{
    const Organization org = makeOrganization(QStringLiteral("Jit"));
    const Organization other = makeOrganization(QStringLiteral("Other"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    const OrganizationRole viewer = makeRole(QStringLiteral("viewer"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    QStringList connectorIds;
    for (const QString &name : {QStringLiteral("Acme Okta"), QStringLiteral("Beta Okta")}) {
        SsoConnector c;
        c.providerName = SsoProvider::Okta;
        c.connectorName = name;
        c.config = QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://acme.okta.com")},
                               {QStringLiteral("clientId"), QStringLiteral("client-1")},
                               {QStringLiteral("clientSecret"), QStringLiteral("jit-secret-1")},
                               {QStringLiteral("scope"), QStringLiteral("openid email")}};
        AWAIT_OK(created, backend().ssoConnectors().create(tenant(), c));
        connectorIds.append(created.id);
    }
    AWAIT_DONE(orgs().setJitSsoConnectors(tenant(), org.id, connectorIds));
    AWAIT_DONE(orgs().setJitSsoConnectors(tenant(), other.id, connectorIds));
    EXPECT_ERROR(orgs().setJitSsoConnectors(tenant(), org.id, {QStringLiteral("nosuchconnector")}),
                 ErrorCode::NotFound);
    AWAIT_OK(jit, orgs().jit(tenant(), org.id));
    QStringList got = jit.ssoConnectorIds;
    got.sort();
    QStringList expected = connectorIds;
    expected.sort();
    QCOMPARE(got, expected);
    const JournalEntry e = journalEntry(QStringLiteral("organization.jit.ssoConnectors.set"));
    QCOMPARE(e.after.toObject().value(QStringLiteral("ssoConnectorIds")).toArray().size(), 2);

    AWAIT_DONE(orgs().setJitRoles(tenant(), org.id, {member.id, viewer.id}));
    AWAIT_ERROR(wrongType, orgs().setJitRoles(tenant(), org.id, {robot.id}), ErrorCode::Validation);
    QVERIFY(wrongType.toString().contains(QStringLiteral("robot")));
    EXPECT_ERROR(orgs().setJitRoles(tenant(), org.id, {QStringLiteral("nosuchrole")}), ErrorCode::NotFound);
    AWAIT_OK(withRoles, orgs().jit(tenant(), org.id));
    QCOMPARE(idsOf(withRoles.roles), idsOf({member, viewer}));
    const JournalEntry r = journalEntry(QStringLiteral("organization.jit.roles.set"));
    QVERIFY(r.before.toObject().value(QStringLiteral("organizationRoleIds")).toArray().isEmpty());
    QCOMPARE(r.after.toObject().value(QStringLiteral("organizationRoleIds")).toArray().size(), 2);

    // Deleting a connector removes exactly its JIT links.
    AWAIT_DONE(backend().ssoConnectors().remove(tenant(), connectorIds[0]));
    AWAIT_OK(afterRemove, orgs().jit(tenant(), org.id));
    QCOMPARE(afterRemove.ssoConnectorIds, QStringList{connectorIds[1]});
    QCOMPARE(idsOf(afterRemove.roles), idsOf({member, viewer}));
    AWAIT_OK(otherJit, orgs().jit(tenant(), other.id));
    QCOMPARE(otherJit.ssoConnectorIds, QStringList{connectorIds[1]});
}

} // namespace gatehouse::test
