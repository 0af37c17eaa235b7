// Personas in the GUI: the status bar says who acts; "View as Operator…" previews another
// operator on a workspace file, and the areas follow their console role (an area they may not
// open is disabled and says why); the core refuses what they may not do.

#include "TestSupport.h"
#include "UiTestHelpers.h"
#include "explainer/AccessExplainerPage.h"
#include "explainer/OperatorExplainerPanel.h"
#include "organizations/CreateInvitationDialog.h"
#include "organizations/OrganizationsPage.h"
#include "organizationtemplate/DelegationPanel.h"
#include "organizationtemplate/OrganizationTemplatePage.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test;
using namespace gatehouse::test::ui;

class TestUiPersonas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerSeesEverythingAndMayPreview();
    void organizationAdminPreviewShowsOnlyTheirAreas();
    void supportPreviewIsRefusedDeletingUsers();
    void supportInvitesOnlyWithAReason();
    void delegationPageLendsAbilitiesAndSaysWhoCanDoWhat();
    void supportMayNotChangeTheDelegation();
    void explainerSaysWhatAnOperatorMayDo();
    void organizationAdminJourneyInTheConsole();

private:
    bool preview(MainWindow &window, const QString &name);
    static QListWidgetItem *area(MainWindow &window, MainWindow::Area area);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_tenant;
    QString m_bob;
};

void TestUiPersonas::initTestCase()
{
    initGuiTests();
    m_path = m_dir.filePath(QStringLiteral("personas.sqlite"));
    QString error;
    std::unique_ptr<Backend> backend = test::openBackend(m_path, &error);
    QVERIFY2(backend, qPrintable(error));
    Tenant tenant;
    tenant.name = QStringLiteral("Acme SaaS");
    const Result<Tenant> t = await(backend->tenants().create(tenant));
    GH_VERIFY_OK(t);
    m_tenant = t->id;
    OrganizationScope scope;
    scope.name = QStringLiteral("manage:members");
    const Result<OrganizationScope> manage =
        await(backend->organizationTemplate().createScope(m_tenant, scope));
    GH_VERIFY_OK(manage);
    OrganizationRole role;
    role.name = QStringLiteral("admin");
    const Result<OrganizationRole> admin = await(backend->organizationTemplate().createRole(m_tenant, role));
    GH_VERIFY_OK(admin);
    GH_VERIFY_OK(
        await(backend->organizationTemplate().setOrganizationScopes(m_tenant, admin->id, {manage->id})));
    Organization org;
    org.name = QStringLiteral("Acme Corp");
    const Result<Organization> acme = await(backend->organizations().create(m_tenant, org));
    GH_VERIFY_OK(acme);
    User draft;
    draft.username = QStringLiteral("olivia");
    const Result<User> olivia =
        await(backend->users().create(m_tenant, draft, QStringLiteral("Passw0rd-Olivia")));
    GH_VERIFY_OK(olivia);
    draft.username = QStringLiteral("bob");
    const Result<User> bob = await(backend->users().create(m_tenant, draft, QStringLiteral("Passw0rd-Bob!")));
    GH_VERIFY_OK(bob);
    m_bob = bob->id;
    GH_VERIFY_OK(await(backend->organizations().addMembers(m_tenant, acme->id, {olivia->id}, {admin->id})));
    GH_VERIFY_OK(await(backend->organizations().addMembers(m_tenant, acme->id, {m_bob}, {})));
    GH_VERIFY_OK(
        await(backend->access().setDelegation(m_tenant, policy::Ability::OrgMembersView, manage->id)));

    policy::OperatorAccount account;
    account.name = QStringLiteral("olivia");
    account.role = policy::ConsoleRole::OrganizationAdmin;
    account.userTenantId = m_tenant;
    account.userId = olivia->id;
    GH_VERIFY_OK(await(backend->access().addOperator(account, {})));
    account = {};
    account.name = QStringLiteral("sam");
    account.role = policy::ConsoleRole::Support;
    GH_VERIFY_OK(await(backend->access().addOperator(account, {})));
}

QListWidgetItem *TestUiPersonas::area(MainWindow &window, MainWindow::Area area)
{
    return window.findChild<QListWidget *>(QStringLiteral("navigationList"))->item(int(area));
}

bool TestUiPersonas::preview(MainWindow &window, const QString &name)
{
    int state = 0;
    window.previewOperator(name, [&state](bool ok) { state = ok ? 1 : 2; });
    for (int waited = 0; state == 0 && waited < 20000; waited += 20)
        QTest::qWait(20);
    return state == 1 && waitIdle(window);
}

void TestUiPersonas::ownerSeesEverythingAndMayPreview()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    auto *label = window.findChild<QLabel *>(QStringLiteral("operatorLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("(Owner)")), qPrintable(label->text()));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    for (int i = 0; i < navigation->count(); ++i)
        QVERIFY2(navigation->item(i)->flags() & Qt::ItemIsEnabled, qPrintable(navigation->item(i)->text()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("viewAsAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("stopPreviewAction"))->isEnabled());
}

void TestUiPersonas::organizationAdminPreviewShowsOnlyTheirAreas()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    window.showArea(MainWindow::Area::Applications);
    QVERIFY(preview(window, QStringLiteral("olivia")));

    auto *label = window.findChild<QLabel *>(QStringLiteral("operatorLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("Previewing olivia (Organization admin)")),
             qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(QStringLiteral("bypass")));
    // …and, once their grants are read, the organization they act in.
    QTRY_VERIFY2(label->text().contains(QStringLiteral("in Acme Corp")), qPrintable(label->text()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("stopPreviewAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("viewAsAction"))->isEnabled());

    // Configuration and the journal are not theirs; a disabled area says why.
    for (MainWindow::Area closed :
         {MainWindow::Area::Applications, MainWindow::Area::Resources, MainWindow::Area::Roles,
          MainWindow::Area::EnterpriseSso, MainWindow::Area::Journal}) {
        QListWidgetItem *item = area(window, closed);
        QVERIFY2(!(item->flags() & Qt::ItemIsEnabled), qPrintable(item->text()));
        QVERIFY2(item->toolTip().contains(QStringLiteral("Not allowed")), qPrintable(item->toolTip()));
    }
    // Their organization's members are, once their grants are read.
    QTRY_VERIFY(area(window, MainWindow::Area::Users)->flags() & Qt::ItemIsEnabled);
    QTRY_VERIFY(area(window, MainWindow::Area::Organizations)->flags() & Qt::ItemIsEnabled);
    QVERIFY(window.currentArea() != MainWindow::Area::Applications);
    QVERIFY(waitIdle(window));
    // Actions they may not take are disabled and say why; the tenant is not theirs to change.
    window.showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(window));
    for (const char *name : {"usersCreateButton", "usersImportButton", "usersExportButton"}) {
        auto *button = window.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button && !button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("Not allowed")), qPrintable(button->toolTip()));
    }
    QVERIFY(!window.tenantBar()->createAction()->isEnabled());
    QVERIFY(!window.tenantBar()->deleteAction()->isEnabled());
    // For a person to look at: GATEHOUSE_SCREENSHOT_DIR=/some/dir keeps the window as previewed.
    if (const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/preview-org-admin.png")));

    // Through the workspace, only Acme's members are listed.
    const Result<UserPage> users =
        await(window.workspace()->backend().users().page(m_tenant, UserQuery{}, UserCursor{}, 50));
    GH_VERIFY_OK(users);
    QCOMPARE(users->users.size(), 2);

    QVERIFY(preview(window, QString()));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("operatorLabel"))
                ->text()
                .contains(QStringLiteral("(Owner)")));
    QVERIFY(area(window, MainWindow::Area::Applications)->flags() & Qt::ItemIsEnabled);
}

void TestUiPersonas::supportPreviewIsRefusedDeletingUsers()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    QVERIFY(preview(window, QStringLiteral("sam")));
    QVERIFY(area(window, MainWindow::Area::Users)->flags() & Qt::ItemIsEnabled);
    QVERIFY(area(window, MainWindow::Area::Journal)->flags() & Qt::ItemIsEnabled);
    QVERIFY(window.workspace()->may(Operation::UsersSetSuspended));
    QVERIFY(!window.workspace()->may(Operation::UsersRemove));
    QVERIFY(window.workspace()->whyNot(Operation::UsersRemove).contains(QStringLiteral("users.delete")));
    const Result<Done> removed =
        await(window.workspace()->backend().users().remove(m_tenant, m_bob, QStringLiteral("asked to")));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::Forbidden);

    // In the user's detail, the narrow actions are offered; deleting is not, and says why.
    window.showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(window));
    window.usersPage()->selectFirst();
    QVERIFY(waitIdle(window));
    auto *remove = window.findChild<QPushButton *>(QStringLiteral("userDeleteButton"));
    QVERIFY(remove);
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("userSuspendButton"))->isEnabled());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("userSetPasswordButton"))->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("users.delete")), qPrintable(remove->toolTip()));
    // Organizations: support reads them and manages invitations, but creates none.
    window.showArea(MainWindow::Area::Organizations);
    QVERIFY(waitIdle(window));
    auto *create = window.findChild<QPushButton *>(QStringLiteral("organizationsCreateButton"));
    QVERIFY(create && !create->isEnabled());
    QVERIFY2(create->toolTip().contains(QStringLiteral("orgs.write")), qPrintable(create->toolTip()));
    window.organizationsPage()->selectFirst();
    QVERIFY(waitIdle(window));
    auto *deleteOrganization = window.findChild<QPushButton *>(QStringLiteral("organizationDeleteButton"));
    QVERIFY(deleteOrganization && !deleteOrganization->isEnabled());
    auto *invite = window.findChild<QPushButton *>(QStringLiteral("createInvitationButtonTab"));
    QVERIFY(invite);
    QTRY_VERIFY(invite->isEnabled());
    auto *addMembers = window.findChild<QPushButton *>(QStringLiteral("addMembersButton"));
    QVERIFY(addMembers && !addMembers->isEnabled());
    QVERIFY2(addMembers->toolTip().contains(QStringLiteral("orgs.write")), qPrintable(addMembers->toolTip()));
}

void TestUiPersonas::supportInvitesOnlyWithAReason()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    QVERIFY(preview(window, QStringLiteral("sam")));
    window.showArea(MainWindow::Area::Organizations);
    QVERIFY(waitIdle(window));
    window.organizationsPage()->selectFirst();
    QVERIFY(waitIdle(window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("organizationInvitationsTab")));
    QVERIFY(waitIdle(window));
    auto *invite = window.findChild<QPushButton *>(QStringLiteral("createInvitationButtonTab"));
    QTRY_VERIFY(invite->isEnabled());
    QTest::mouseClick(invite, Qt::LeftButton);
    auto *dialog = waitForVisible<CreateInvitationDialog>(&window);
    QVERIFY(dialog);
    const QPointer<CreateInvitationDialog> watched(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("invitationEmailEdit"))
        ->setText(QStringLiteral("new@acme.example"));
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("createInvitationButton"));
    QVERIFY2(!accept->isEnabled(), "support staff give a reason first");
    dialog->findChild<QLineEdit *>(QStringLiteral("invitationReasonEdit"))
        ->setText(QStringLiteral("Ticket 12: new hire"));
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY(closed(watched));
    QVERIFY(waitIdle(window));

    // The journal keeps the reason, under the operator who acted (the owner previewing sam).
    JournalQuery query;
    query.tenantId = m_tenant;
    query.limit = 5;
    const Result<QList<JournalEntry>> entries = await(window.workspace()->backend().journal().list(query));
    GH_VERIFY_OK(entries);
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->first().action, QStringLiteral("organizationInvitation.create"));
    QCOMPARE(entries->first().reason, QStringLiteral("Ticket 12: new hire"));
}

void TestUiPersonas::delegationPageLendsAbilitiesAndSaysWhoCanDoWhat()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    window.showArea(MainWindow::Area::OrganizationTemplate);
    OrganizationTemplatePage *page = window.organizationTemplatePage();
    page->tabs()->setCurrentWidget(page->delegation());
    QVERIFY(waitIdle(window));
    DelegationPanel *panel = page->delegation();
    QComboBox *view = panel->comboFor(policy::Ability::OrgMembersView);
    QComboBox *invite = panel->comboFor(policy::Ability::OrgMembersInvite);
    QVERIFY(view && invite);
    QCOMPARE(view->currentText(), QStringLiteral("manage:members"));
    QCOMPARE(invite->currentText(), QStringLiteral("Not delegated"));
    QVERIFY(invite->isEnabled());

    // Olivia's admin role grants manage:members: she may view Acme's members.
    QCOMPARE(panel->organizationCombo()->currentText(), QStringLiteral("Acme Corp"));
    QTreeWidget *tree = panel->adminsTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("olivia"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("admin"));

    // Lending "invite" through the same permission saves it at once and shows in who can do what.
    invite->setCurrentIndex(invite->findText(QStringLiteral("manage:members")));
    emit invite->activated(invite->currentIndex());
    QVERIFY(waitIdle(window));
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 2);
    const Result<policy::DelegationPolicy> policy =
        await(window.workspace()->backend().access().delegation(m_tenant));
    GH_VERIFY_OK(policy);
    QVERIFY(policy->permissions.contains(policy::Ability::OrgMembersInvite));
    if (const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/delegation.png")));

    // …and lending it no longer, too.
    invite->setCurrentIndex(0);
    emit invite->activated(0);
    QVERIFY(waitIdle(window));
    QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 1);
}

void TestUiPersonas::supportMayNotChangeTheDelegation()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    QVERIFY(preview(window, QStringLiteral("sam")));
    window.showArea(MainWindow::Area::OrganizationTemplate);
    OrganizationTemplatePage *page = window.organizationTemplatePage();
    page->tabs()->setCurrentWidget(page->delegation());
    QVERIFY(waitIdle(window));
    QComboBox *view = page->delegation()->comboFor(policy::Ability::OrgMembersView);
    QCOMPARE(view->currentText(), QStringLiteral("manage:members"));
    QVERIFY(!view->isEnabled());
    QVERIFY2(view->toolTip().contains(QStringLiteral("delegation.manage")), qPrintable(view->toolTip()));
}

void TestUiPersonas::explainerSaysWhatAnOperatorMayDo()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    window.showArea(MainWindow::Area::AccessExplainer);
    AccessExplainerPage *page = window.explainerPage();
    page->tabs()->setCurrentWidget(page->operators());
    QVERIFY(waitIdle(window));
    auto *operators = page->findChild<QComboBox *>(QStringLiteral("operatorExplainerOperatorCombo"));
    auto *organizations = page->findChild<QComboBox *>(QStringLiteral("operatorExplainerOrganizationCombo"));
    operators->setCurrentIndex(operators->findData(QStringLiteral("olivia")));
    QVERIFY(operators->currentIndex() >= 0);
    QCOMPARE(organizations->currentText(), QStringLiteral("Acme Corp"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("operatorExplainerRunButton")),
                      Qt::LeftButton);
    QVERIFY(waitIdle(window));
    QTRY_VERIFY(!page->operators()->answer().isEmpty());
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("operatorExplainerTable"));
    QMap<QString, QString> answers;
    for (int row = 0; row < table->rowCount(); ++row)
        answers.insert(table->item(row, 0)->data(Qt::UserRole).toString(), table->item(row, 1)->text());
    QCOMPARE(answers.value(QStringLiteral("org.members.view")), QStringLiteral("Yes"));
    QCOMPARE(answers.value(QStringLiteral("org.members.remove")), QStringLiteral("No"));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("operatorExplainerSummaryLabel"))
                ->text()
                .contains(QStringLiteral("admin")));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("explainerCopyJsonButton"))->isEnabled());
    if (const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/explain-operator.png")));
}

void TestUiPersonas::organizationAdminJourneyInTheConsole()
{
    // The owner lends inviting and removing members, and a leaver works at Acme; Globex is
    // another customer.
    QString error;
    std::unique_ptr<Backend> owner = test::openBackend(m_path, &error);
    QVERIFY2(owner, qPrintable(error));
    const Result<policy::DelegationPolicy> before = await(owner->access().delegation(m_tenant));
    GH_VERIFY_OK(before);
    const QString manage = before->permissions.value(policy::Ability::OrgMembersView);
    for (policy::Ability a : {policy::Ability::OrgMembersInvite, policy::Ability::OrgMembersRemove})
        GH_VERIFY_OK(await(owner->access().setDelegation(m_tenant, a, manage)));
    User draft;
    draft.username = QStringLiteral("leaver");
    const Result<User> leaver =
        await(owner->users().create(m_tenant, draft, QStringLiteral("Passw0rd-Leaver")));
    GH_VERIFY_OK(leaver);
    const Result<QList<Organization>> organizations = await(owner->organizations().list(m_tenant, QString()));
    GH_VERIFY_OK(organizations);
    const QString acme = organizations->first().id;
    GH_VERIFY_OK(await(owner->organizations().addMembers(m_tenant, acme, {leaver->id}, {})));
    Organization globex;
    globex.name = QStringLiteral("Globex");
    GH_VERIFY_OK(await(owner->organizations().create(m_tenant, globex)));

    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, m_path));
    QVERIFY(waitIdle(window));
    QVERIFY(preview(window, QStringLiteral("olivia")));
    window.showArea(MainWindow::Area::Organizations);
    QVERIFY(waitIdle(window));
    // Only their organization; they cannot create or delete one.
    OrganizationsPage *page = window.organizationsPage();
    QTRY_COMPARE(page->model()->count(), 1);
    QCOMPARE(page->model()->at(0).name, QStringLiteral("Acme Corp"));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("organizationsCreateButton"))->isEnabled());
    page->selectFirst();
    QVERIFY(waitIdle(window));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("organizationDeleteButton"))->isEnabled());

    // The leaver goes.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("organizationMembersTab")));
    QVERIFY(waitIdle(window));
    auto *members = window.findChild<QTableView *>(QStringLiteral("membersTable"));
    QTRY_VERIFY(modelHasText(members->model(), QStringLiteral("leaver")));
    QVERIFY(selectRow(members, QStringLiteral("leaver")));
    auto *remove = window.findChild<QPushButton *>(QStringLiteral("removeMembersButton"));
    QTRY_VERIFY(remove->isEnabled());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("editMemberRolesButton"))->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QVERIFY(waitIdle(window));
    QTRY_VERIFY(!modelHasText(members->model(), QStringLiteral("leaver")));

    // The new hire is invited.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("organizationInvitationsTab")));
    QVERIFY(waitIdle(window));
    auto *invite = window.findChild<QPushButton *>(QStringLiteral("createInvitationButtonTab"));
    QTRY_VERIFY(invite->isEnabled());
    invite->click();
    auto *dialog = waitForVisible<CreateInvitationDialog>(&window);
    QVERIFY(dialog);
    const QPointer<CreateInvitationDialog> watched(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("invitationEmailEdit"))
        ->setText(QStringLiteral("new.hire@acme.example"));
    dialog->findChild<QPushButton *>(QStringLiteral("createInvitationButton"))->click();
    QTRY_VERIFY(closed(watched));
    QVERIFY(waitIdle(window));
    const Result<QList<OrganizationInvitation>> invitations =
        await(owner->organizations().invitations(m_tenant, acme));
    GH_VERIFY_OK(invitations);
    QVERIFY(std::any_of(invitations->begin(), invitations->end(), [](const OrganizationInvitation &i) {
        return i.invitee == QLatin1String("new.hire@acme.example");
    }));
    const Result<QList<UserOrganization>> left =
        await(owner->organizations().organizationsOfUser(m_tenant, leaver->id));
    GH_VERIFY_OK(left);
    QVERIFY(left->isEmpty());

    // Requiring MFA is not lent: the settings cannot be saved.
    tabs->setCurrentIndex(0);
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("organizationSaveButton"))->isEnabled());

    for (policy::Ability a : {policy::Ability::OrgMembersInvite, policy::Ability::OrgMembersRemove})
        GH_VERIFY_OK(await(owner->access().setDelegation(m_tenant, a, QString())));
}

QTEST_MAIN(TestUiPersonas)
#include "tst_ui_personas.moc"
