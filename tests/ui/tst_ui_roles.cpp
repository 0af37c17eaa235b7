// API resources and roles, driven through the real MainWindow: a resource with two permissions,
// a machine-to-machine role granted one of them and assigned to an M2M application, visible from
// both sides.

#include "UiTestHelpers.h"
#include "applications/ApplicationRolesTab.h"
#include "applications/ApplicationsPage.h"
#include "applications/CreateApplicationDialog.h"
#include "common/PickerDialog.h"
#include "common/SecretDialog.h"
#include "resources/CreateResourceDialog.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourcesPage.h"
#include "resources/ScopeDialog.h"
#include "resources/ScopesPanel.h"
#include "roles/CreateRoleDialog.h"
#include "roles/GrantPermissionsDialog.h"
#include "roles/RoleApplicationsTab.h"
#include "roles/RoleEditor.h"
#include "roles/RolePermissionsTab.h"
#include "roles/RolesPage.h"

#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resourceScopesRoleAndAssignment();
    void resourceValidationAsTyped();
    void deleteResourceNamesItsPermissions();

private:
    void openFresh();
    bool addScope(const QString &name, const QString &description);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestUiRoles::initTestCase()
{
    initGuiTests();
}

void TestUiRoles::openFresh()
{
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("roles.sqlite"))));
    attachModelTester(m_window->applicationsPage()->model(), m_window->applicationsPage());
    attachModelTester(m_window->resourcesPage()->model(), m_window->resourcesPage());
    attachModelTester(m_window->rolesPage()->model(), m_window->rolesPage());
    QVERIFY(createTenant(*m_window, QStringLiteral("Orders (production)"), true));
}

bool TestUiRoles::addScope(const QString &name, const QString &description)
{
    m_window->findChild<QPushButton *>(QStringLiteral("addScopeButton"))->click();
    auto *dialog = waitForVisible<ScopeDialog>(m_window.get());
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("scopeNameEdit"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("scopeDescriptionEdit"))->setText(description);
    dialog->findChild<QPushButton *>(QStringLiteral("scopeAcceptButton"))->click();
    ScopesPanel *panel = m_window->resourcesPage()->editor()->scopes();
    for (int waited = 0; waited < 10000; waited += 20) {
        if (modelHasText(panel->model(), name))
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestUiRoles::resourceScopesRoleAndAssignment()
{
    openFresh();

    // An M2M application to assign the role to.
    m_window->showArea(MainWindow::Area::Applications);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(shortcut(*m_window, QKeySequence::New));
    auto *createApp = waitForVisible<CreateApplicationDialog>(m_window.get());
    QVERIFY(createApp);
    createApp->setType(ApplicationType::MachineToMachine);
    createApp->findChild<QLineEdit *>(QStringLiteral("newApplicationNameEdit"))
        ->setText(QStringLiteral("Order sync"));
    createApp->findChild<QPushButton *>(QStringLiteral("createApplicationButton"))->click();
    SecretDialog *secret = nullptr;
    QTRY_VERIFY((secret = waitForVisible<SecretDialog>(m_window.get(), 100)) != nullptr);
    secret->accept();
    QTRY_VERIFY(modelHasText(m_window->applicationsPage()->model(), QStringLiteral("Order sync")));
    const QString appId = m_window->applicationsPage()->model()->at(0).id;

    // A resource with two permissions.
    m_window->showArea(MainWindow::Area::Resources);
    QVERIFY(waitIdle(*m_window));
    m_window->findChild<QPushButton *>(QStringLiteral("resourcesCreateButton"))->click();
    auto *createResource = waitForVisible<CreateResourceDialog>(m_window.get());
    QVERIFY(createResource);
    createResource->findChild<QLineEdit *>(QStringLiteral("newResourceNameEdit"))
        ->setText(QStringLiteral("Orders API"));
    createResource->findChild<QLineEdit *>(QStringLiteral("newResourceIndicatorEdit"))
        ->setText(QStringLiteral("https://orders.example.com"));
    createResource->findChild<QPushButton *>(QStringLiteral("createResourceButton"))->click();
    QTRY_COMPARE(m_window->resourcesPage()->editor()->resource().name, QStringLiteral("Orders API"));
    QVERIFY(waitIdle(*m_window));
    attachModelTester(m_window->resourcesPage()->editor()->scopes()->model(), m_window->resourcesPage());
    QVERIFY(addScope(QStringLiteral("read:orders"), QStringLiteral("Read orders")));
    QVERIFY(addScope(QStringLiteral("write:orders"), QStringLiteral("Create and change orders")));

    // A machine-to-machine role.
    m_window->showArea(MainWindow::Area::Roles);
    QVERIFY(waitIdle(*m_window));
    m_window->findChild<QPushButton *>(QStringLiteral("rolesCreateButton"))->click();
    auto *createRole = waitForVisible<CreateRoleDialog>(m_window.get());
    QVERIFY(createRole);
    createRole->findChild<QLineEdit *>(QStringLiteral("newRoleNameEdit"))
        ->setText(QStringLiteral("Order writer"));
    createRole->findChild<QRadioButton *>(QStringLiteral("newRoleMachineRadio"))->setChecked(true);
    createRole->findChild<QPushButton *>(QStringLiteral("createRoleButton"))->click();
    RoleEditor *roleEditor = m_window->rolesPage()->editor();
    QTRY_COMPARE(roleEditor->role().name, QStringLiteral("Order writer"));
    QCOMPARE(roleEditor->role().type, RoleType::MachineToMachine);
    QVERIFY(waitIdle(*m_window));

    // Grant one permission.
    roleEditor->tabs()->setCurrentWidget(roleEditor->permissions());
    roleEditor->permissions()->findChild<QPushButton *>(QStringLiteral("grantPermissionsButton"))->click();
    auto *grant = waitForVisible<GrantPermissionsDialog>(m_window.get());
    QVERIFY(grant);
    QTRY_VERIFY(grant->isLoaded());
    QVERIFY(grant->check(QStringLiteral("Orders API"), QStringLiteral("read:orders")));
    grant->findChild<QPushButton *>(QStringLiteral("grantPermissionsAcceptButton"))->click();
    QTRY_COMPARE(roleEditor->permissions()->granted().size(), 1);
    QCOMPARE(roleEditor->permissions()->granted().first().scope.name, QStringLiteral("read:orders"));
    auto *tree = roleEditor->permissions()->findChild<QTreeWidget *>(QStringLiteral("rolePermissionsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Orders API"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("read:orders"));

    // The grant dialog shows it as granted (checked and fixed) the next time.
    roleEditor->permissions()->findChild<QPushButton *>(QStringLiteral("grantPermissionsButton"))->click();
    QTRY_VERIFY((grant = waitForVisible<GrantPermissionsDialog>(m_window.get(), 100)) != nullptr);
    QTRY_VERIFY(grant->isLoaded());
    QVERIFY(!grant->check(QStringLiteral("Orders API"), QStringLiteral("read:orders")));
    QVERIFY(grant->checkedScopeIds().isEmpty());
    grant->reject();

    // Assign it to the M2M application.
    QVERIFY(roleEditor->tabs()->isTabVisible(roleEditor->tabs()->indexOf(roleEditor->applications())));
    roleEditor->tabs()->setCurrentWidget(roleEditor->applications());
    attachModelTester(roleEditor->applications()->model(), roleEditor);
    roleEditor->applications()->findChild<QPushButton *>(QStringLiteral("assignApplicationsButton"))->click();
    auto *picker = waitForVisible<PickerDialog>(m_window.get());
    QVERIFY(picker);
    picker->setChecked(appId, true);
    picker->findChild<QPushButton *>(QStringLiteral("pickerAcceptButton"))->click();
    QTRY_VERIFY(modelHasText(roleEditor->applications()->model(), QStringLiteral("Order sync")));

    // The application's Roles tab shows the role.
    m_window->showArea(MainWindow::Area::Applications);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(selectRow(m_window->applicationsPage()->view(), QStringLiteral("Order sync")));
    auto *rolesTab = m_window->findChild<ApplicationRolesTab *>();
    auto *appTabs = m_window->findChild<QTabWidget *>(QStringLiteral("applicationTabs"));
    QVERIFY(appTabs->isTabVisible(appTabs->indexOf(rolesTab)));
    appTabs->setCurrentWidget(rolesTab);
    QTRY_VERIFY(modelHasText(rolesTab->model(), QStringLiteral("Order writer")));

    // Deleting the role in production: the confirmation says production and what goes with it.
    m_window->showArea(MainWindow::Area::Roles);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(selectRow(m_window->rolesPage()->view(), QStringLiteral("Order writer")));
    QVERIFY(waitIdle(*m_window));
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->findChild<QPushButton *>(QStringLiteral("roleDeleteButton"))->click();
    QCOMPARE(MessageBox::shownTexts().size(), 1);
    const QString text = MessageBox::shownTexts().first();
    QVERIFY2(text.contains(QStringLiteral("PRODUCTION")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 permission grant")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 application assignment")), qPrintable(text));
    QVERIFY(modelHasText(m_window->rolesPage()->model(), QStringLiteral("Order writer")));
}

void TestUiRoles::resourceValidationAsTyped()
{
    openFresh();
    m_window->showArea(MainWindow::Area::Resources);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(shortcut(*m_window, QKeySequence::New));
    auto *dialog = waitForVisible<CreateResourceDialog>(m_window.get());
    QVERIFY(dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("createResourceButton"));
    auto *indicator = dialog->findChild<QLineEdit *>(QStringLiteral("newResourceIndicatorEdit"));
    auto *indicatorError = dialog->findChild<QLabel *>(QStringLiteral("newResourceIndicatorError"));
    dialog->findChild<QLineEdit *>(QStringLiteral("newResourceNameEdit"))->setText(QStringLiteral("Reports"));
    indicator->setText(QStringLiteral("https://reports.example.com#frag"));
    QVERIFY(indicatorError->isVisible());
    QVERIFY(indicatorError->text().contains(QStringLiteral("fragment")));
    QVERIFY(!button->isEnabled());
    indicator->setText(QStringLiteral("https://reports.example.com"));
    QVERIFY(!indicatorError->isVisible());
    QVERIFY(button->isEnabled());
    button->click();
    QTRY_COMPARE(m_window->resourcesPage()->editor()->resource().name, QStringLiteral("Reports"));

    // A duplicate indicator is refused by the backend and shown in the dialog.
    QVERIFY(waitIdle(*m_window));
    QVERIFY(shortcut(*m_window, QKeySequence::New));
    QTRY_VERIFY((dialog = waitForVisible<CreateResourceDialog>(m_window.get(), 100)) != nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("newResourceNameEdit"))
        ->setText(QStringLiteral("Reports 2"));
    dialog->findChild<QLineEdit *>(QStringLiteral("newResourceIndicatorEdit"))
        ->setText(QStringLiteral("https://reports.example.com"));
    dialog->findChild<QPushButton *>(QStringLiteral("createResourceButton"))->click();
    QVERIFY(waitIdle(*m_window));
    QVERIFY(dialog->isVisible());
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    bool shown = false;
    for (QLabel *label : labels)
        shown =
            shown || (label->isVisible() && label->text().contains(QStringLiteral("reports.example.com")));
    QVERIFY(shown);
    dialog->reject();
}

void TestUiRoles::deleteResourceNamesItsPermissions()
{
    openFresh();
    m_window->showArea(MainWindow::Area::Resources);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(shortcut(*m_window, QKeySequence::New));
    auto *dialog = waitForVisible<CreateResourceDialog>(m_window.get());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("newResourceNameEdit"))
        ->setText(QStringLiteral("Files API"));
    dialog->findChild<QLineEdit *>(QStringLiteral("newResourceIndicatorEdit"))
        ->setText(QStringLiteral("https://files.example.com"));
    dialog->findChild<QPushButton *>(QStringLiteral("createResourceButton"))->click();
    QTRY_COMPARE(m_window->resourcesPage()->editor()->resource().name, QStringLiteral("Files API"));
    const QString resourceId = m_window->resourcesPage()->editor()->resource().id;
    QVERIFY(waitIdle(*m_window));
    QVERIFY(addScope(QStringLiteral("read:files"), {}));
    QVERIFY(addScope(QStringLiteral("write:files"), {}));

    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QPushButton *>(QStringLiteral("resourceDeleteButton"))->click();
    QTRY_VERIFY(m_window->resourcesPage()->model()->rowOfId(resourceId) < 0);
    QVERIFY(waitIdle(*m_window));
    QVERIFY2(MessageBox::shownTexts().size() == 1,
             qPrintable(MessageBox::shownTexts().join(QStringLiteral("\n---\n"))));
    QVERIFY2(MessageBox::shownTexts().first().contains(QStringLiteral("2 permissions")),
             qPrintable(MessageBox::shownTexts().first()));
    QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("PRODUCTION")));
}

QTEST_MAIN(TestUiRoles)
#include "tst_ui_roles.moc"
