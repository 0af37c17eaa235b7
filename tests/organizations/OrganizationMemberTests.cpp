#include "OrganizationsTest.h"

#include <QJsonArray>

namespace gatehouse::test {

void TestOrganizations::addMembersAndSearch()
{
    const Organization org = makeOrganization(QStringLiteral("Acme"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    const User alice = makeUser(QStringLiteral("alice"), QStringLiteral("Alice@Acme.test"));
    const User bob = makeUser(QStringLiteral("bob"), QStringLiteral("bob@other.test"));
    const User carol = makeUser(QStringLiteral("carol"), QStringLiteral("carol@acme.test"));
    makeUser(QStringLiteral("outsider"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {carol.id, alice.id, bob.id}, {member.id}));
    // Adding again keeps them (no duplicates, no error).
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {alice.id}, {}));

    AWAIT_OK(page, orgs().members(tenant(), org.id, {}));
    QCOMPARE(page.total, 3);
    QCOMPARE(page.members.size(), 3);
    QCOMPARE(page.members[0].user.id, alice.id); // by username
    QCOMPARE(page.members[1].user.id, bob.id);
    QCOMPARE(page.members[2].user.id, carol.id);
    QCOMPARE(idsOf(page.members[0].roles), QStringList{member.id});
    QCOMPARE(page.members[0].user.primaryEmail, QStringLiteral("Alice@Acme.test"));

    MemberQuery byEmail;
    byEmail.search = QStringLiteral("ACME.TEST");
    QCOMPARE(memberIds(org.id, byEmail), (QStringList{alice.id, carol.id}));
    MemberQuery byName;
    byName.search = QStringLiteral("name of b");
    QCOMPARE(memberIds(org.id, byName), QStringList{bob.id});
    MemberQuery byId;
    byId.search = carol.id;
    QCOMPARE(memberIds(org.id, byId), QStringList{carol.id});
    MemberQuery nobody;
    nobody.search = QStringLiteral("outsider");
    AWAIT_OK(empty, orgs().members(tenant(), org.id, nobody));
    QCOMPARE(empty.total, 0);

    const JournalEntry e = journalEntry(QStringLiteral("organization.member.add"));
    QCOMPARE(e.targetType, QStringLiteral("organization"));
    QCOMPARE(e.targetId, org.id);
    EXPECT_ERROR(orgs().members(tenant(), QStringLiteral("nosuchorg"), {}), ErrorCode::NotFound);
}

void TestOrganizations::memberSearchIsLiteral()
{
    const Organization org = makeOrganization(QStringLiteral("Literal"));
    const User plain = makeUser(QStringLiteral("plainuser"), QStringLiteral("plain@example.com"));
    const User under = makeUser(QStringLiteral("under_score"), QStringLiteral("under@example.com"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {plain.id, under.id}, {}));
    MemberQuery percent;
    percent.search = QStringLiteral("%");
    QCOMPARE(memberIds(org.id, percent), QStringList{});
    MemberQuery underscore;
    underscore.search = QStringLiteral("r_s");
    QCOMPARE(memberIds(org.id, underscore), QStringList{under.id});
    MemberQuery quote;
    quote.search = QStringLiteral("' OR 1=1 --");
    QCOMPARE(memberIds(org.id, quote), QStringList{});
}

void TestOrganizations::memberRoleFilterAndLimit()
{
    const Organization org = makeOrganization(QStringLiteral("Filtered"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const OrganizationRole viewer = makeRole(QStringLiteral("viewer"));
    QStringList all;
    for (int i = 0; i < 5; ++i)
        all.append(makeUser(QStringLiteral("user%1").arg(i)).id);
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, all.mid(0, 2), {admin.id}));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, all.mid(2), {viewer.id}));

    MemberQuery admins;
    admins.roleId = admin.id;
    QCOMPARE(memberIds(org.id, admins), all.mid(0, 2));
    MemberQuery viewersMatching;
    viewersMatching.roleId = viewer.id;
    viewersMatching.search = QStringLiteral("user4");
    QCOMPARE(memberIds(org.id, viewersMatching), QStringList{all[4]});

    MemberQuery limited;
    limited.limit = 2;
    AWAIT_OK(page, orgs().members(tenant(), org.id, limited));
    QCOMPARE(page.members.size(), 2);
    QCOMPARE(page.total, 5);
    QCOMPARE(page.members[0].user.id, all[0]);

    MemberQuery tooMany;
    tooMany.limit = 1001;
    EXPECT_ERROR(orgs().members(tenant(), org.id, tooMany), ErrorCode::Validation);
    MemberQuery zero;
    zero.limit = 0;
    EXPECT_ERROR(orgs().members(tenant(), org.id, zero), ErrorCode::Validation);
}

void TestOrganizations::addMembersErrors()
{
    const Organization org = makeOrganization(QStringLiteral("Errors"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    const User alice = makeUser(QStringLiteral("alice"));
    EXPECT_ERROR(orgs().addMembers(tenant(), org.id, {QStringLiteral("nosuchuser")}, {}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(orgs().addMembers(tenant(), QStringLiteral("nosuchorg"), {alice.id}, {}),
                 ErrorCode::NotFound);
    EXPECT_ERROR(orgs().addMembers(tenant(), org.id, {alice.id}, {robot.id}), ErrorCode::Validation);
    EXPECT_ERROR(orgs().addMembers(tenant(), org.id, {alice.id}, {QStringLiteral("nosuchrole")}),
                 ErrorCode::NotFound);
    // Nothing of a refused call was kept.
    AWAIT_OK(page, orgs().members(tenant(), org.id, {}));
    QCOMPARE(page.total, 0);
    if (caps().tenantManagement) {
        // Users of another tenant cannot join.
        Tenant otherDraft;
        otherDraft.name = QStringLiteral("Other");
        AWAIT_OK(other, backend().tenants().create(otherDraft));
        User stranger;
        stranger.username = QStringLiteral("stranger");
        AWAIT_OK(created, backend().users().create(other.id, stranger, {}));
        EXPECT_ERROR(orgs().addMembers(tenant(), org.id, {created.id}, {}), ErrorCode::NotFound);
    }
}

void TestOrganizations::setAndAssignMemberRoles()
{
    const Organization org = makeOrganization(QStringLiteral("Roles"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const OrganizationRole member = makeRole(QStringLiteral("member"));
    const OrganizationRole viewer = makeRole(QStringLiteral("viewer"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    const User alice = makeUser(QStringLiteral("alice"));
    const User bob = makeUser(QStringLiteral("bob"));
    const User carol = makeUser(QStringLiteral("carol"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {alice.id, bob.id, carol.id}, {member.id}));

    AWAIT_DONE(orgs().setMemberRoles(tenant(), org.id, alice.id, {admin.id, viewer.id}));
    QCOMPARE(memberRoleIds(org.id, alice.id), idsOf({admin, viewer}));
    QCOMPARE(memberRoleIds(org.id, bob.id), QStringList{member.id});
    const JournalEntry set = journalEntry(QStringLiteral("organization.member.roles.set"));
    QCOMPARE(set.targetId, org.id);
    QCOMPARE(set.before.toObject().value(QStringLiteral("roleIds")).toArray(), QJsonArray{member.id});
    QCOMPARE(set.after.toObject().value(QStringLiteral("roleIds")).toArray().size(), 2);

    AWAIT_ERROR(wrongType, orgs().setMemberRoles(tenant(), org.id, alice.id, {robot.id}),
                ErrorCode::Validation);
    QVERIFY(wrongType.toString().contains(QStringLiteral("robot")));
    QCOMPARE(memberRoleIds(org.id, alice.id), idsOf({admin, viewer}));
    const User outsider = makeUser(QStringLiteral("outsider"));
    EXPECT_ERROR(orgs().setMemberRoles(tenant(), org.id, outsider.id, {admin.id}), ErrorCode::NotFound);

    // Bulk: everyone listed gets every listed role, roles held are kept.
    AWAIT_DONE(orgs().assignMemberRoles(tenant(), org.id, {bob.id, carol.id}, {admin.id, viewer.id}));
    QCOMPARE(memberRoleIds(org.id, bob.id), idsOf({admin, member, viewer}));
    QCOMPARE(memberRoleIds(org.id, carol.id), idsOf({admin, member, viewer}));
    QCOMPARE(memberRoleIds(org.id, alice.id), idsOf({admin, viewer}));
    QVERIFY(!journalEntry(QStringLiteral("organization.member.roles.assign")).action.isEmpty());
    EXPECT_ERROR(orgs().assignMemberRoles(tenant(), org.id, {bob.id}, {robot.id}), ErrorCode::Validation);
    EXPECT_ERROR(orgs().assignMemberRoles(tenant(), org.id, {outsider.id}, {admin.id}), ErrorCode::NotFound);

    // Clearing.
    AWAIT_DONE(orgs().setMemberRoles(tenant(), org.id, carol.id, {}));
    QCOMPARE(memberRoleIds(org.id, carol.id), QStringList{});
}

void TestOrganizations::removeMemberKeepsOthers()
{
    const Organization org = makeOrganization(QStringLiteral("Remove"));
    const Organization other = makeOrganization(QStringLiteral("Other"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const User alice = makeUser(QStringLiteral("alice"));
    const User bob = makeUser(QStringLiteral("bob"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {alice.id, bob.id}, {admin.id}));
    AWAIT_DONE(orgs().addMembers(tenant(), other.id, {alice.id}, {admin.id}));
    AWAIT_DONE(orgs().removeMember(tenant(), org.id, alice.id));
    QCOMPARE(memberIds(org.id), QStringList{bob.id});
    QCOMPARE(memberRoleIds(org.id, bob.id), QStringList{admin.id});
    QCOMPARE(memberRoleIds(other.id, alice.id), QStringList{admin.id});
    EXPECT_ERROR(orgs().removeMember(tenant(), org.id, alice.id), ErrorCode::NotFound);
    const JournalEntry e = journalEntry(QStringLiteral("organization.member.remove"));
    QCOMPARE(e.targetId, org.id);
    // Re-adding starts without the old roles.
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {alice.id}, {}));
    QCOMPARE(memberRoleIds(org.id, alice.id), QStringList{});
}

void TestOrganizations::effectivePermissions()
{
    const Organization org = makeOrganization(QStringLiteral("Perms"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const OrganizationRole editor = makeRole(QStringLiteral("editor"));
    const OrganizationRole unused = makeRole(QStringLiteral("unused"));
    const OrganizationScope read = makeScope(QStringLiteral("read:docs"));
    const OrganizationScope write = makeScope(QStringLiteral("write:docs"));
    const OrganizationScope manage = makeScope(QStringLiteral("manage:billing"));
    const QList<Scope> api =
        makeResourceScopes(QStringLiteral("https://api.perms.test"), {QStringLiteral("api:read")});
    QCOMPARE(api.size(), 1);
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), admin.id, {read.id, write.id, manage.id}));
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), editor.id, {read.id, write.id}));
    AWAIT_DONE(tmpl().setResourceScopes(tenant(), editor.id, {api[0].id}));
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), unused.id, {manage.id}));
    const User alice = makeUser(QStringLiteral("alice"));
    const User bob = makeUser(QStringLiteral("bob"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {alice.id}, {admin.id, editor.id}));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {bob.id}, {editor.id}));

    AWAIT_OK(perms, orgs().effectivePermissions(tenant(), org.id, alice.id));
    QHash<QString, EffectivePermission> byName;
    for (const EffectivePermission &p : perms)
        byName.insert(p.name, p);
    QCOMPARE(perms.size(), 4);
    QCOMPARE(byName.value(QStringLiteral("read:docs")).grantedBy,
             (QStringList{QStringLiteral("admin"), QStringLiteral("editor")}));
    QCOMPARE(byName.value(QStringLiteral("manage:billing")).grantedBy, QStringList{QStringLiteral("admin")});
    QVERIFY(byName.value(QStringLiteral("read:docs")).resourceId.isEmpty());
    const EffectivePermission apiRead = byName.value(QStringLiteral("api:read"));
    QCOMPARE(apiRead.scopeId, api[0].id);
    QCOMPARE(apiRead.resourceIndicator, QStringLiteral("https://api.perms.test"));
    QCOMPARE(apiRead.grantedBy, QStringList{QStringLiteral("editor")});

    AWAIT_OK(bobPerms, orgs().effectivePermissions(tenant(), org.id, bob.id));
    QCOMPARE(bobPerms.size(), 3);
    for (const EffectivePermission &p : bobPerms)
        QCOMPARE(p.grantedBy, QStringList{QStringLiteral("editor")});
}

void TestOrganizations::organizationsOfUser()
{
    const Organization b = makeOrganization(QStringLiteral("Beta"));
    const Organization a = makeOrganization(QStringLiteral("Alpha"));
    makeOrganization(QStringLiteral("Gamma"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const OrganizationRole viewer = makeRole(QStringLiteral("viewer"));
    const User alice = makeUser(QStringLiteral("alice"));
    AWAIT_DONE(orgs().addMembers(tenant(), b.id, {alice.id}, {viewer.id}));
    AWAIT_DONE(orgs().addMembers(tenant(), a.id, {alice.id}, {admin.id, viewer.id}));
    AWAIT_OK(mine, orgs().organizationsOfUser(tenant(), alice.id));
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine[0].organization.id, a.id);
    QCOMPARE(mine[0].organization.name, QStringLiteral("Alpha"));
    QCOMPARE(idsOf(mine[0].roles), idsOf({admin, viewer}));
    QCOMPARE(mine[1].organization.id, b.id);
    QCOMPARE(idsOf(mine[1].roles), QStringList{viewer.id});
    const User loner = makeUser(QStringLiteral("loner"));
    AWAIT_OK(none, orgs().organizationsOfUser(tenant(), loner.id));
    QVERIFY(none.isEmpty());
    EXPECT_ERROR(orgs().organizationsOfUser(tenant(), QStringLiteral("nosuchuser")), ErrorCode::NotFound);
}

void TestOrganizations::machineToMachineApplications()
{
    const Organization org = makeOrganization(QStringLiteral("Machines"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    const OrganizationRole auditor = makeRole(QStringLiteral("auditor"), RoleType::MachineToMachine);
    const OrganizationRole human = makeRole(QStringLiteral("human"));
    const Application m2m = makeApplication(QStringLiteral("Sync job"), ApplicationType::MachineToMachine);
    const Application m2m2 = makeApplication(QStringLiteral("Audit job"), ApplicationType::MachineToMachine);
    const Application spa = makeApplication(QStringLiteral("Web app"), ApplicationType::SPA);
    QVERIFY(!m2m.id.isEmpty() && !spa.id.isEmpty());

    AWAIT_ERROR(notM2m, orgs().addApplications(tenant(), org.id, {spa.id}), ErrorCode::Validation);
    QVERIFY(notM2m.toString().contains(QStringLiteral("Web app")));
    EXPECT_ERROR(orgs().addApplications(tenant(), org.id, {QStringLiteral("nosuchapp")}),
                 ErrorCode::NotFound);
    AWAIT_DONE(orgs().addApplications(tenant(), org.id, {m2m.id, m2m2.id}));
    QVERIFY(!journalEntry(QStringLiteral("organization.application.add")).action.isEmpty());

    AWAIT_DONE(orgs().setApplicationRoles(tenant(), org.id, m2m.id, {robot.id, auditor.id}));
    EXPECT_ERROR(orgs().setApplicationRoles(tenant(), org.id, m2m.id, {human.id}), ErrorCode::Validation);
    EXPECT_ERROR(orgs().setApplicationRoles(tenant(), org.id, spa.id, {robot.id}), ErrorCode::NotFound);
    AWAIT_OK(apps, orgs().applications(tenant(), org.id));
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps[0].application.id, m2m2.id); // by name
    QVERIFY(apps[0].roles.isEmpty());
    QCOMPARE(apps[1].application.id, m2m.id);
    QCOMPARE(idsOf(apps[1].roles), idsOf({robot, auditor}));
    const JournalEntry set = journalEntry(QStringLiteral("organization.application.roles.set"));
    QCOMPARE(set.after.toObject().value(QStringLiteral("roleIds")).toArray().size(), 2);

    AWAIT_DONE(orgs().setApplicationRoles(tenant(), org.id, m2m.id, {auditor.id}));
    AWAIT_DONE(orgs().removeApplication(tenant(), org.id, m2m2.id));
    EXPECT_ERROR(orgs().removeApplication(tenant(), org.id, m2m2.id), ErrorCode::NotFound);
    AWAIT_OK(left, orgs().applications(tenant(), org.id));
    QCOMPARE(left.size(), 1);
    QCOMPARE(idsOf(left[0].roles), QStringList{auditor.id});
    QVERIFY(!journalEntry(QStringLiteral("organization.application.remove")).action.isEmpty());
}

void TestOrganizations::removingRoleRemovesExactlyItsRelations()
{
    const Organization org = makeOrganization(QStringLiteral("Cascade"));
    const OrganizationRole gone = makeRole(QStringLiteral("gone"));
    const OrganizationRole kept = makeRole(QStringLiteral("kept"));
    const OrganizationRole goneRobot = makeRole(QStringLiteral("gone robot"), RoleType::MachineToMachine);
    const OrganizationRole keptRobot = makeRole(QStringLiteral("kept robot"), RoleType::MachineToMachine);
    const OrganizationScope scope = makeScope(QStringLiteral("read:all"));
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), gone.id, {scope.id}));
    AWAIT_DONE(tmpl().setOrganizationScopes(tenant(), kept.id, {scope.id}));
    const User alice = makeUser(QStringLiteral("alice"));
    AWAIT_DONE(orgs().addMembers(tenant(), org.id, {alice.id}, {gone.id, kept.id}));
    const Application app = makeApplication(QStringLiteral("Robot"), ApplicationType::MachineToMachine);
    AWAIT_DONE(orgs().addApplications(tenant(), org.id, {app.id}));
    AWAIT_DONE(orgs().setApplicationRoles(tenant(), org.id, app.id, {goneRobot.id, keptRobot.id}));
    AWAIT_DONE(orgs().setJitRoles(tenant(), org.id, {gone.id, kept.id}));
    OrganizationInvitation draft;
    draft.organizationId = org.id;
    draft.invitee = QStringLiteral("invitee@example.com");
    draft.roles = {gone, kept};
    AWAIT_OK(invitation, orgs().createInvitation(tenant(), draft, {}));

    AWAIT_DONE(tmpl().removeRole(tenant(), gone.id));
    AWAIT_DONE(tmpl().removeRole(tenant(), goneRobot.id));
    QCOMPARE(memberRoleIds(org.id, alice.id), QStringList{kept.id});
    AWAIT_OK(apps, orgs().applications(tenant(), org.id));
    QCOMPARE(apps.size(), 1);
    QCOMPARE(idsOf(apps[0].roles), QStringList{keptRobot.id});
    AWAIT_OK(jit, orgs().jit(tenant(), org.id));
    QCOMPARE(idsOf(jit.roles), QStringList{kept.id});
    AWAIT_OK(invitations, orgs().invitations(tenant(), org.id));
    QCOMPARE(invitations.size(), 1);
    QCOMPARE(invitations[0].id, invitation.id);
    QCOMPARE(idsOf(invitations[0].roles), QStringList{kept.id});
    AWAIT_OK(grants, tmpl().grants(tenant(), kept.id));
    QCOMPARE(grants.organizationScopes.size(), 1);
    AWAIT_OK(scopes, tmpl().scopes(tenant()));
    QCOMPARE(scopes.size(), 1);
    QCOMPARE(memberIds(org.id), QStringList{alice.id});
}

void TestOrganizations::removingUserRemovesExactlyItsMemberships()
{
    const Organization a = makeOrganization(QStringLiteral("A"));
    const Organization b = makeOrganization(QStringLiteral("B"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const User alice = makeUser(QStringLiteral("alice"));
    const User bob = makeUser(QStringLiteral("bob"));
    AWAIT_DONE(orgs().addMembers(tenant(), a.id, {alice.id, bob.id}, {admin.id}));
    AWAIT_DONE(orgs().addMembers(tenant(), b.id, {alice.id}, {admin.id}));
    AWAIT_DONE(backend().users().remove(tenant(), alice.id, QStringLiteral("left the company")));
    QCOMPARE(memberIds(a.id), QStringList{bob.id});
    QCOMPARE(memberIds(b.id), QStringList{});
    QCOMPARE(memberRoleIds(a.id, bob.id), QStringList{admin.id});
    AWAIT_OK(list, orgs().list(tenant(), {}));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].memberCount, 1);
    QCOMPARE(list[1].memberCount, 0);
    AWAIT_OK(roles, tmpl().roles(tenant()));
    QCOMPARE(roles.size(), 1);
}

void TestOrganizations::removingOrganizationKeepsOthers()
{
    const Organization gone = makeOrganization(QStringLiteral("Gone"));
    const Organization kept = makeOrganization(QStringLiteral("Kept"));
    const OrganizationRole admin = makeRole(QStringLiteral("admin"));
    const OrganizationRole robot = makeRole(QStringLiteral("robot"), RoleType::MachineToMachine);
    const User alice = makeUser(QStringLiteral("alice"));
    const Application app = makeApplication(QStringLiteral("Robot"), ApplicationType::MachineToMachine);
    for (const Organization &o : {gone, kept}) {
        AWAIT_DONE(orgs().addMembers(tenant(), o.id, {alice.id}, {admin.id}));
        AWAIT_DONE(orgs().addApplications(tenant(), o.id, {app.id}));
        AWAIT_DONE(orgs().setApplicationRoles(tenant(), o.id, app.id, {robot.id}));
        AWAIT_DONE(orgs().setJitEmailDomains(tenant(), o.id, {QStringLiteral("acme.com")}));
        AWAIT_DONE(orgs().setJitRoles(tenant(), o.id, {admin.id}));
        OrganizationInvitation draft;
        draft.organizationId = o.id;
        draft.invitee = QStringLiteral("someone@example.com");
        draft.roles = {admin};
        AWAIT_DONE(orgs().createInvitation(tenant(), draft, {}));
    }
    AWAIT_DONE(orgs().remove(tenant(), gone.id));
    EXPECT_ERROR(orgs().jit(tenant(), gone.id), ErrorCode::NotFound);
    EXPECT_ERROR(orgs().invitations(tenant(), gone.id), ErrorCode::NotFound);
    QCOMPARE(memberRoleIds(kept.id, alice.id), QStringList{admin.id});
    AWAIT_OK(apps, orgs().applications(tenant(), kept.id));
    QCOMPARE(apps.size(), 1);
    QCOMPARE(idsOf(apps[0].roles), QStringList{robot.id});
    AWAIT_OK(jit, orgs().jit(tenant(), kept.id));
    QCOMPARE(jit.emailDomains, QStringList{QStringLiteral("acme.com")});
    QCOMPARE(idsOf(jit.roles), QStringList{admin.id});
    AWAIT_OK(invitations, orgs().invitations(tenant(), kept.id));
    QCOMPARE(invitations.size(), 1);
    AWAIT_OK(mine, orgs().organizationsOfUser(tenant(), alice.id));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine[0].organization.id, kept.id);
    AWAIT_OK(roles, tmpl().roles(tenant()));
    QCOMPARE(roles.size(), 2);
}

void TestOrganizations::removingResourceScopeAndApplication()
{
    const Organization org = makeOrganization(QStringLiteral("Org"));
    const OrganizationRole role = makeRole(QStringLiteral("editor"));
    const QList<Scope> api = makeResourceScopes(QStringLiteral("https://api.cascade.test"),
                                                {QStringLiteral("read"), QStringLiteral("write")});
    QCOMPARE(api.size(), 2);
    AWAIT_DONE(tmpl().setResourceScopes(tenant(), role.id, {api[0].id, api[1].id}));
    AWAIT_DONE(backend().resources().removeScope(tenant(), api[0].id));
    AWAIT_OK(grants, tmpl().grants(tenant(), role.id));
    QCOMPARE(grants.resourceScopes.size(), 1);
    QCOMPARE(grants.resourceScopes[0].scope.id, api[1].id);

    const Application a1 = makeApplication(QStringLiteral("One"), ApplicationType::MachineToMachine);
    const Application a2 = makeApplication(QStringLiteral("Two"), ApplicationType::MachineToMachine);
    AWAIT_DONE(orgs().addApplications(tenant(), org.id, {a1.id, a2.id}));
    AWAIT_DONE(backend().applications().remove(tenant(), a1.id));
    AWAIT_OK(apps, orgs().applications(tenant(), org.id));
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps[0].application.id, a2.id);
}

} // namespace gatehouse::test
