// What only the remote backend does with the organization template and organizations: the
// requests it makes to Logto (paging past 100, replace-all PUTs, 201/204 answers, the invitation
// body, the MFA check against the sign-in experience), that it validates before it sends
// anything, and how the server's answers map to errors. The common expectations run on the same
// server through tests/organizations (organizations_logto).

#include "../conformance/ConformanceSupport.h"
#include "../users/LogtoConnection.h"
#include "FakeLogtoOrganizations.h"
#include "FakeLogtoUsers.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestRemoteOrganizations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeLogto> m_fake;
    std::unique_ptr<Backend> m_backend;
    QTemporaryDir m_dir;
    QString m_tenant;

    OrganizationsApi &orgs() { return m_backend->organizations(); }
    OrganizationTemplateApi &tmpl() { return m_backend->organizationTemplate(); }

    QList<test::HttpRequest> requests(const QByteArray &method, const QString &pathPattern)
    {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
        QList<test::HttpRequest> out;
        for (const test::HttpRequest &r : m_fake->server().requests()) {
            if (r.method == method && re.match(r.path).hasMatch())
                out.append(r);
        }
        return out;
    }

    int requestTotal() { return static_cast<int>(m_fake->server().requests().size()); }

    /// Organizations and users put straight into the fake (fast seeding); returns their ids.
    QStringList seedOrganizations(int count)
    {
        test::FakeLogto::State &s = m_fake->state();
        QMutexLocker lock(&s.mutex);
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QString id = test::fakelogto::newId(12);
            s.organizations.insert(
                id, QJsonObject{
                        {QStringLiteral("tenantId"), m_fake->tenant()},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("name"), QStringLiteral("Org %1").arg(i, 3, 10, QLatin1Char('0'))},
                        {QStringLiteral("description"), QJsonValue::Null},
                        {QStringLiteral("customData"), QJsonObject()},
                        {QStringLiteral("isMfaRequired"), false},
                        {QStringLiteral("color"), QJsonObject()},
                        {QStringLiteral("branding"), QJsonObject()},
                        {QStringLiteral("customCss"), QJsonValue::Null},
                        {QStringLiteral("createdAt"), static_cast<double>(s.nextTimestamp())}});
            ids.append(id);
        }
        return ids;
    }

    QStringList seedMembers(const QString &organizationId, int count)
    {
        test::FakeLogto::State &s = m_fake->state();
        QMutexLocker lock(&s.mutex);
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QJsonObject user =
                test::fakelogto::newUser(s, QStringLiteral("member_%1").arg(i, 3, 10, QLatin1Char('0')),
                                         QStringLiteral("member%1@example.com").arg(i));
            const QString id = user.value(QLatin1String("id")).toString();
            s.users.insert(id, user);
            s.organizationUsers[organizationId].insert(id, {});
            ids.append(id);
        }
        return ids;
    }

    JournalEntry journalEntry(const QString &action)
    {
        JournalQuery query;
        query.tenantId = m_tenant;
        query.limit = 1000;
        const auto entries = test::await(m_backend->journal().list(query));
        if (entries.ok()) {
            for (const JournalEntry &e : entries.value()) {
                if (e.action == action)
                    return e;
            }
        }
        return {};
    }

    Organization makeOrganization(const QString &name)
    {
        Organization draft;
        draft.name = name;
        const auto created = test::await(orgs().create(m_tenant, draft));
        return created.ok() ? created.value() : Organization{};
    }

    OrganizationRole makeRole(const QString &name, RoleType type = RoleType::User)
    {
        OrganizationRole draft;
        draft.name = name;
        draft.type = type;
        const auto created = test::await(tmpl().createRole(m_tenant, draft));
        return created.ok() ? created.value() : OrganizationRole{};
    }

    User makeUser(const QString &username)
    {
        User draft;
        draft.username = username;
        draft.primaryEmail = username + QStringLiteral("@example.com");
        const auto created = test::await(m_backend->users().create(m_tenant, draft, {}));
        return created.ok() ? created.value() : User{};
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<test::FakeLogto>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->error()));
        QString error;
        m_backend = test::connectTo(
            *m_fake,
            m_dir.filePath(
                QStringLiteral("journal-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            &error);
        QVERIFY2(m_backend, qPrintable(error));
        m_backend->declareOperator(QStringLiteral("remote-organizations-test"));
        m_tenant = m_fake->tenant();
    }

    void cleanup()
    {
        m_backend.reset();
        m_fake.reset();
    }

    void listPagesPastOneHundredWithCounts()
    {
        const QStringList ids = seedOrganizations(150);
        seedMembers(ids[7], 3);
        AWAIT_OK(all, orgs().list(m_tenant, {}));
        QCOMPARE(all.size(), 150);
        QCOMPARE(all[0].name, QStringLiteral("Org 000"));
        QCOMPARE(all[7].memberCount, 3);
        QCOMPARE(all[8].memberCount, 0);
        const auto pages = requests("GET", QStringLiteral("/api/organizations"));
        QCOMPARE(pages.size(), 2);
        for (const test::HttpRequest &r : pages) {
            QCOMPARE(r.query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("100"));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("showFeatured")), QStringLiteral("true"));
        }
        QCOMPARE(pages[1].query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));

        // q goes to the server as typed; a wildcard in it is matched literally here.
        AWAIT_OK(some, orgs().list(m_tenant, QStringLiteral("Org 14")));
        QCOMPARE(some.size(), 10);
        QCOMPARE(requests("GET", QStringLiteral("/api/organizations"))
                     .last()
                     .query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("Org 14"));
        AWAIT_OK(wildcard, orgs().list(m_tenant, QStringLiteral("Org 1_0")));
        QVERIFY(wildcard.isEmpty());
    }

    void membersPagePastOneHundred()
    {
        const Organization org = makeOrganization(QStringLiteral("Big"));
        seedMembers(org.id, 230);
        MemberQuery all;
        all.limit = 1000;
        AWAIT_OK(page, orgs().members(m_tenant, org.id, all));
        QCOMPARE(page.total, 230);
        QCOMPARE(page.members.size(), 230);
        QCOMPARE(page.members[0].user.username, QStringLiteral("member_000"));
        const QString path = QStringLiteral("/api/organizations/") + org.id + QStringLiteral("/users");
        QCOMPARE(requests("GET", path).size(), 3);

        MemberQuery search;
        search.search = QStringLiteral("member_22");
        search.limit = 5;
        AWAIT_OK(found, orgs().members(m_tenant, org.id, search));
        QCOMPARE(found.total,
                 10); // member_220 … member_229; the server also sends member122 (_ is a wildcard)
        QCOMPARE(found.members.size(), 5);
        QCOMPARE(requests("GET", path).last().query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("member_22"));
    }

    void createAnswers201AndValidatesFirst()
    {
        const int before = requestTotal();
        Organization invalid;
        invalid.name = QStringLiteral("Bad colour");
        invalid.color.primaryColor = QStringLiteral("red");
        EXPECT_ERROR(orgs().create(m_tenant, invalid), ErrorCode::Validation);
        QCOMPARE(requestTotal(), before); // refused before any request

        Organization draft;
        draft.name = QStringLiteral("  Acme  ");
        draft.customData = QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}};
        AWAIT_OK(created, orgs().create(m_tenant, draft));
        QCOMPARE(created.name, QStringLiteral("Acme"));
        const auto posts = requests("POST", QStringLiteral("/api/organizations"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = posts[0].json().object();
        QVERIFY(!body.contains(QStringLiteral("id")));
        QVERIFY(!body.contains(QStringLiteral("tenantId")));
        QCOMPARE(body.value(QStringLiteral("customData")).toObject(), draft.customData);
        QCOMPARE(journalEntry(QStringLiteral("organization.create")).targetId, created.id);

        // Versions are fingerprints: a change on the server makes the copy stale, no PATCH is sent.
        {
            QMutexLocker lock(&m_fake->state().mutex);
            m_fake->state().organizations[created.id].insert(QStringLiteral("description"),
                                                             QStringLiteral("changed elsewhere"));
        }
        Organization edit = created;
        edit.name = QStringLiteral("Acme 2");
        EXPECT_ERROR(orgs().update(m_tenant, edit), ErrorCode::Conflict);
        QVERIFY(requests("PATCH", QStringLiteral("/api/organizations/.*")).isEmpty());
    }

    void mfaIsCheckedAgainstTheSignInExperience()
    {
        Organization draft;
        draft.name = QStringLiteral("Secure");
        draft.isMfaRequired = true;
        EXPECT_ERROR(orgs().create(m_tenant, draft), ErrorCode::Validation);
        QCOMPARE(requests("GET", QStringLiteral("/api/sign-in-exp")).size(), 1);
        QVERIFY(requests("POST", QStringLiteral("/api/organizations")).isEmpty());
        // Organizations that do not require MFA never ask.
        draft.isMfaRequired = false;
        AWAIT_DONE(orgs().create(m_tenant, draft));
        QCOMPARE(requests("GET", QStringLiteral("/api/sign-in-exp")).size(), 1);
    }

    void grantsAndJitUseReplaceAllPuts()
    {
        const OrganizationRole role = makeRole(QStringLiteral("editor"));
        QStringList scopeIds;
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
            OrganizationScope draft;
            draft.name = name;
            AWAIT_OK(scope, tmpl().createScope(m_tenant, draft));
            scopeIds.append(scope.id);
        }
        QCOMPARE(requests("POST", QStringLiteral("/api/organization-scopes")).size(), 2);
        AWAIT_DONE(tmpl().setOrganizationScopes(m_tenant, role.id, scopeIds));
        AWAIT_DONE(tmpl().setOrganizationScopes(m_tenant, role.id, {scopeIds[1]}));
        const QString scopesPath =
            QStringLiteral("/api/organization-roles/") + role.id + QStringLiteral("/scopes");
        const auto puts = requests("PUT", scopesPath);
        QCOMPARE(puts.size(), 2);
        QCOMPARE(puts[1].json().object().value(QStringLiteral("organizationScopeIds")).toArray(),
                 QJsonArray{scopeIds[1]});
        QVERIFY(requests("POST", scopesPath).isEmpty());
        QVERIFY(requests("DELETE", scopesPath + QStringLiteral("/.*")).isEmpty());

        const Organization org = makeOrganization(QStringLiteral("Jit"));
        AWAIT_DONE(orgs().setJitEmailDomains(m_tenant, org.id,
                                             {QStringLiteral("@Acme.COM"), QStringLiteral("acme.com")}));
        const QString domainsPath =
            QStringLiteral("/api/organizations/") + org.id + QStringLiteral("/jit/email-domains");
        const auto domainPuts = requests("PUT", domainsPath);
        QCOMPARE(domainPuts.size(), 1);
        QCOMPARE(domainPuts[0].json().object().value(QStringLiteral("emailDomains")).toArray(),
                 QJsonArray{QStringLiteral("acme.com")});
        AWAIT_DONE(orgs().setJitRoles(m_tenant, org.id, {role.id}));
        QCOMPARE(
            requests("PUT", QStringLiteral("/api/organizations/") + org.id + QStringLiteral("/jit/roles"))
                .size(),
            1);
        const JournalEntry e = journalEntry(QStringLiteral("organization.jit.roles.set"));
        QCOMPARE(e.after.toObject().value(QStringLiteral("organizationRoleIds")).toArray(),
                 QJsonArray{role.id});

        // A server failure on the PUT leaves no journal entry behind.
        test::HttpFault fault;
        fault.method = "PUT";
        fault.pathPattern = domainsPath;
        fault.status = 501;
        m_fake->server().addFault(fault);
        EXPECT_ERROR(orgs().setJitEmailDomains(m_tenant, org.id, {QStringLiteral("beta.com")}),
                     ErrorCode::Unsupported);
        QVERIFY(journalEntry(QStringLiteral("organization.jit.emailDomains.set"))
                    .after.toObject()
                    .value(QStringLiteral("emailDomains"))
                    .toArray()
                    .contains(QStringLiteral("acme.com")));
    }

    void membersUseBulkEndpoints()
    {
        const Organization org = makeOrganization(QStringLiteral("Members"));
        const OrganizationRole admin = makeRole(QStringLiteral("admin"));
        const User alice = makeUser(QStringLiteral("alice"));
        const User bob = makeUser(QStringLiteral("bob"));
        AWAIT_DONE(orgs().addMembers(m_tenant, org.id, {alice.id, bob.id}, {admin.id}));
        const QString usersPath = QStringLiteral("/api/organizations/") + org.id + QStringLiteral("/users");
        const auto added = requests("POST", usersPath);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].json().object().value(QStringLiteral("userIds")).toArray().size(), 2);
        const auto assigned = requests("POST", usersPath + QStringLiteral("/roles"));
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned[0].json().object().value(QStringLiteral("organizationRoleIds")).toArray(),
                 QJsonArray{admin.id});

        AWAIT_DONE(orgs().setMemberRoles(m_tenant, org.id, alice.id, {}));
        QCOMPARE(requests("PUT", usersPath + QLatin1Char('/') + alice.id + QStringLiteral("/roles")).size(),
                 1);

        // Logto answers 422 organization.require_membership for a non-member: NotFound here.
        const User carol = makeUser(QStringLiteral("carol"));
        AWAIT_ERROR(notMember, orgs().effectivePermissions(m_tenant, org.id, carol.id), ErrorCode::NotFound);
        QVERIFY(notMember.message().contains(carol.id));
        AWAIT_OK(perms, orgs().effectivePermissions(m_tenant, org.id, bob.id));
        QVERIFY(perms.isEmpty());
        QCOMPARE(requests("GET", usersPath + QLatin1Char('/') + bob.id + QStringLiteral("/scopes")).size(),
                 1);
        EXPECT_ERROR(orgs().removeMember(m_tenant, org.id, carol.id), ErrorCode::NotFound);
        EXPECT_ERROR(orgs().get(m_tenant, QStringLiteral("nosuchorg")), ErrorCode::NotFound);
    }

    void invitationRequests()
    {
        const Organization org = makeOrganization(QStringLiteral("Invites"));
        const OrganizationRole member = makeRole(QStringLiteral("member"));
        const User dana = makeUser(QStringLiteral("dana"));
        OrganizationInvitation draft;
        draft.organizationId = org.id;
        draft.invitee = QStringLiteral("dana@example.com");
        draft.roles = {member};
        AWAIT_OK(inv, orgs().createInvitation(m_tenant, draft, {}));
        const auto posts = requests("POST", QStringLiteral("/api/organization-invitations"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = posts[0].json().object();
        QCOMPARE(body.value(QStringLiteral("messagePayload")), QJsonValue(false));
        QCOMPARE(static_cast<qint64>(body.value(QStringLiteral("expiresAt")).toDouble()), inv.expiresAt);
        QCOMPARE(body.value(QStringLiteral("organizationRoleIds")).toArray(), QJsonArray{member.id});
        QVERIFY(!body.contains(QStringLiteral("inviterId")));

        AWAIT_OK(accepted, orgs().acceptInvitation(m_tenant, inv.id, dana.id));
        QCOMPARE(accepted.status, InvitationStatus::Accepted);
        const auto statusPuts = requests("PUT", QStringLiteral("/api/organization-invitations/") + inv.id +
                                                    QStringLiteral("/status"));
        QCOMPARE(statusPuts.size(), 1);
        QCOMPARE(statusPuts[0].json().object(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("Accepted")},
                              {QStringLiteral("acceptedUserId"), dana.id}}));
        // The server added the membership; nothing else was sent for it.
        QVERIFY(requests("POST", QStringLiteral("/api/organizations/") + org.id + QStringLiteral("/users"))
                    .isEmpty());
        AWAIT_OK(page, orgs().members(m_tenant, org.id, {}));
        QCOMPARE(page.total, 1);
    }

    void serverRefusalsMapToErrors()
    {
        test::HttpFault fault;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("/api/organizations");
        fault.status = 422;
        m_fake->server().addFault(fault);
        Organization draft;
        draft.name = QStringLiteral("Refused");
        EXPECT_ERROR(orgs().create(m_tenant, draft), ErrorCode::Validation);
        QVERIFY(journalEntry(QStringLiteral("organization.create")).action.isEmpty());

        // A name Logto holds in another case is caught before the POST.
        OrganizationScope scope;
        scope.name = QStringLiteral("read:docs");
        AWAIT_DONE(tmpl().createScope(m_tenant, scope));
        scope.name = QStringLiteral("READ:docs");
        AWAIT_ERROR(clash, tmpl().createScope(m_tenant, scope), ErrorCode::AlreadyExists);
        QVERIFY(clash.message().contains(QStringLiteral("read:docs")));
        QCOMPARE(requests("POST", QStringLiteral("/api/organization-scopes")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRemoteOrganizations)
#include "tst_remoteorganizations.moc"
