// Organizations and the organization template, driven through the real MainWindow: creating an
// organization, adding a member with a role through the user picker, bulk role assignment,
// JIT provisioning with its warnings, the template's "applies to every organization"
// confirmation and the live branding preview; and what other pages show after a change here (or a
// change elsewhere shows here) without reopening the workspace.

#include "../UiTestHelpers.h"
#include "TestSupport.h"
#include "common/PickerDialog.h"
#include "organizations/BrandingPreview.h"
#include "organizations/CreateInvitationDialog.h"
#include "organizations/CreateOrganizationDialog.h"
#include "organizations/OrganizationBrandingTab.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationInvitationsTab.h"
#include "organizations/OrganizationJitTab.h"
#include "organizations/OrganizationMembersTab.h"
#include "organizations/OrganizationSettingsTab.h"
#include "organizations/OrganizationsPage.h"
#include "organizations/UserPickerDialog.h"
#include "organizationtemplate/OrganizationRolesPanel.h"
#include "organizationtemplate/OrganizationScopesPanel.h"
#include "organizationtemplate/OrganizationTemplatePage.h"
#include "organizationtemplate/TemplateItemDialog.h"
#include "users/UserDetail.h"
#include "users/UserOrganizationsTab.h"
#include "users/UsersPage.h"
#include "viewmodel/UserListModel.h"

#include <QBuffer>
#include <QCheckBox>
#include <QHostAddress>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiOrganizations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createOrganization();
    void addMemberWithRoleThroughPicker();
    void bulkAssignRoles();
    void configureJit();
    void templateChangeIsConfirmed();
    void brandingPreviewFollowsEdits();
    void logoDecodingIsBounded();
    void invitationCreatedAndAccepted();
    void enablingAFactorLetsOrganizationsRequireMfa();
    void addedMemberShowsOnTheUsersOrganizationsTab();

private:
    Backend &backend() { return m_window->workspace()->backend(); }
    QString tenantId() const { return m_window->workspace()->tenant().id; }
    OrganizationsPage *page() const { return m_window->organizationsPage(); }
    OrganizationEditor *editor() const { return page()->editor(); }
    OrganizationRole seedRole(const QString &name, RoleType type = RoleType::User);
    User seedUser(const QString &username, const QString &email);
    Organization seedOrganization(const QString &name);
    /// Shows the Organizations page with `name` selected and the editor on `tab`.
    void openOrganization(const QString &name, QWidget *tab);
    /// Shows the Users page with `user` selected and its detail on the Organizations tab.
    UserDetail *openUsersOrganizations(const User &user);
    void shot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestUiOrganizations::initTestCase()
{
    initGuiTests();
}

void TestUiOrganizations::init()
{
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("organizations.sqlite"))));
    attachModelTester(page()->model(), page());
    attachModelTester(editor()->members()->model(), page());
    QVERIFY(createTenant(*m_window, QStringLiteral("SaaS (development)"), false));
}

void TestUiOrganizations::shot(const QString &name)
{
    // Set GATEHOUSE_TEST_SHOTS to a folder to look at the pages the test drives.
    const QString dir = qEnvironmentVariable("GATEHOUSE_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let pending layout requests run
    m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

OrganizationRole TestUiOrganizations::seedRole(const QString &name, RoleType type)
{
    OrganizationRole draft;
    draft.name = name;
    draft.description = name + QStringLiteral(" of the organization");
    draft.type = type;
    const Result<OrganizationRole> role =
        test::await(backend().organizationTemplate().createRole(tenantId(), draft));
    if (!role.ok())
        qFatal("cannot create role: %s", qPrintable(role.error().message()));
    return role.value();
}

User TestUiOrganizations::seedUser(const QString &username, const QString &email)
{
    User draft;
    draft.username = username;
    draft.primaryEmail = email;
    const Result<User> user = test::await(backend().users().create(tenantId(), draft, QString()));
    if (!user.ok())
        qFatal("cannot create user: %s", qPrintable(user.error().message()));
    return user.value();
}

Organization TestUiOrganizations::seedOrganization(const QString &name)
{
    Organization draft;
    draft.name = name;
    const Result<Organization> org = test::await(backend().organizations().create(tenantId(), draft));
    if (!org.ok())
        qFatal("cannot create organization: %s", qPrintable(org.error().message()));
    return org.value();
}

void TestUiOrganizations::openOrganization(const QString &name, QWidget *tab)
{
    m_window->showArea(MainWindow::Area::Organizations);
    page()->activate();
    QVERIFY(waitIdle(*m_window));
    QVERIFY(selectRow(page()->view(), name));
    QTRY_COMPARE(editor()->organization().name, name);
    editor()->tabs()->setCurrentWidget(tab);
    QVERIFY(waitIdle(*m_window));
}

void TestUiOrganizations::createOrganization()
{
    m_window->showArea(MainWindow::Area::Organizations);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("organizationsEmptyState"))->isVisible());
    QVERIFY(shortcut(*m_window, QKeySequence::New));
    auto *dialog = waitForVisible<CreateOrganizationDialog>(m_window.get());
    QVERIFY(dialog);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createOrganizationButton"));
    QVERIFY(!create->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("newOrganizationNameEdit"))
        ->setText(QStringLiteral("Acme"));
    dialog->findChild<QLineEdit *>(QStringLiteral("newOrganizationDescriptionEdit"))
        ->setText(QStringLiteral("Acme Corporation"));
    QVERIFY(create->isEnabled());
    create->click();
    QTRY_VERIFY(modelHasText(page()->model(), QStringLiteral("Acme")));
    QTRY_COMPARE(editor()->organization().name, QStringLiteral("Acme"));
    QCOMPARE(page()->model()->at(0).memberCount, 0);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("organizationNameEdit"))->text(),
             QStringLiteral("Acme"));

    // Settings: custom data is checked as typed; requiring MFA without any factor is explained.
    auto *customData = m_window->findChild<QPlainTextEdit *>(QStringLiteral("organizationCustomDataEdit"));
    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("organizationSaveButton"));
    customData->setPlainText(QStringLiteral("[1, 2]"));
    QVERIFY(!save->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("organizationCustomDataProblemLabel"))->isVisible());
    customData->setPlainText(QStringLiteral("{\"plan\": \"enterprise\"}"));
    QVERIFY(save->isEnabled());
    QVERIFY(waitIdle(*m_window));
    m_window->findChild<QCheckBox *>(QStringLiteral("organizationMfaCheck"))->setChecked(true);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("organizationMfaNoteLabel"))
                ->text()
                .contains(QLatin1String("No MFA factor")));
    QVERIFY(!save->isEnabled());
    m_window->findChild<QCheckBox *>(QStringLiteral("organizationMfaCheck"))->setChecked(false);
    save->click();
    QTRY_COMPARE(editor()->organization().customData.value(QLatin1String("plan")).toString(),
                 QStringLiteral("enterprise"));
    QVERIFY(waitIdle(*m_window));
    const Result<Organization> stored =
        test::await(backend().organizations().get(tenantId(), editor()->organization().id));
    GH_VERIFY_OK(stored);
    QCOMPARE(stored->description, QStringLiteral("Acme Corporation"));
    QCOMPARE(stored->customData.value(QLatin1String("plan")).toString(), QStringLiteral("enterprise"));
    shot(QStringLiteral("organization-settings"));
}

void TestUiOrganizations::addMemberWithRoleThroughPicker()
{
    OrganizationScope scopeDraft;
    scopeDraft.name = QStringLiteral("invite:member");
    const Result<OrganizationScope> scope =
        test::await(backend().organizationTemplate().createScope(tenantId(), scopeDraft));
    GH_VERIFY_OK(scope);
    const OrganizationRole admin = seedRole(QStringLiteral("admin"));
    seedRole(QStringLiteral("viewer"));
    GH_VERIFY_OK(test::await(
        backend().organizationTemplate().setOrganizationScopes(tenantId(), admin.id, {scope->id})));
    for (int i = 0; i < 30; ++i)
        seedUser(QStringLiteral("user%1").arg(i), QStringLiteral("user%1@example.com").arg(i));
    const User alice = seedUser(QStringLiteral("alice"), QStringLiteral("alice@acme.com"));
    seedOrganization(QStringLiteral("Acme"));

    openOrganization(QStringLiteral("Acme"), editor()->members());
    m_window->findChild<QPushButton *>(QStringLiteral("addMembersButton"))->click();
    auto *picker = waitForVisible<UserPickerDialog>(m_window.get());
    QVERIFY(picker);
    attachModelTester(picker->model(), picker);
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("userPickerSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("alice@"));
    QTRY_VERIFY(!picker->isLoading());
    QTRY_COMPARE(picker->model()->rowCount(), 1);
    QTRY_VERIFY(picker->model()->userAt(0).has_value());
    auto *accept = picker->findChild<QPushButton *>(QStringLiteral("userPickerAcceptButton"));
    QVERIFY(!accept->isEnabled());
    picker->view()->selectRow(0);
    QVERIFY(accept->isEnabled());
    auto *roles = picker->findChild<QListWidget *>(QStringLiteral("addMembersRolesList"));
    QVERIFY(roles);
    QCOMPARE(roles->count(), 2);
    for (int i = 0; i < roles->count(); ++i) {
        if (roles->item(i)->text().startsWith(QLatin1String("admin")))
            roles->item(i)->setCheckState(Qt::Checked);
    }
    shot(QStringLiteral("organization-add-members"));
    accept->click();
    QTRY_COMPARE(editor()->members()->model()->count(), 1);
    QCOMPARE(editor()->members()->model()->at(0).user.id, alice.id);
    QCOMPARE(editor()->members()->model()->at(0).roles.size(), 1);
    QCOMPARE(editor()->members()->model()->at(0).roles.first().name, QStringLiteral("admin"));
    QTRY_COMPARE(page()->model()->at(0).memberCount, 1);

    // The member's effective permissions name the role that grants them.
    editor()->members()->view()->selectRow(0);
    auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("memberPermissionsTree"));
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("invite:member"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("admin"));
    shot(QStringLiteral("organization-members"));

    // The user's page lists the organization with the role.
    m_window->showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(*m_window));
    UsersPage *users = m_window->usersPage();
    int aliceRow = -1;
    for (int waited = 0; aliceRow < 0 && waited < 10000; waited += 20) {
        for (int row = 0; row < users->model()->rowCount(); ++row) {
            const std::optional<User> user = users->model()->userAt(row);
            if (user && user->id == alice.id)
                aliceRow = row;
        }
        QTest::qWait(20);
    }
    QVERIFY(aliceRow >= 0);
    users->view()->setCurrentIndex(users->model()->index(aliceRow, 0));
    UserDetail *detail = users->detail();
    QTRY_COMPARE(detail->user().id, alice.id);
    detail->tabs()->setCurrentWidget(detail->organizations());
    QTRY_COMPARE(detail->organizations()->model()->count(), 1);
    QCOMPARE(detail->organizations()->model()->at(0).organization.name, QStringLiteral("Acme"));
    QCOMPARE(detail->organizations()->model()->at(0).roles.first().name, QStringLiteral("admin"));
}

void TestUiOrganizations::bulkAssignRoles()
{
    const OrganizationRole viewer = seedRole(QStringLiteral("viewer"));
    const OrganizationRole admin = seedRole(QStringLiteral("admin"));
    const User bob = seedUser(QStringLiteral("bob"), QStringLiteral("bob@acme.com"));
    const User carol = seedUser(QStringLiteral("carol"), QStringLiteral("carol@acme.com"));
    const User dave = seedUser(QStringLiteral("dave"), QStringLiteral("dave@acme.com"));
    const Organization acme = seedOrganization(QStringLiteral("Acme"));
    GH_VERIFY_OK(test::await(
        backend().organizations().addMembers(tenantId(), acme.id, {bob.id, carol.id, dave.id}, {admin.id})));

    openOrganization(QStringLiteral("Acme"), editor()->members());
    OrganizationMembersTab *members = editor()->members();
    QTRY_COMPARE(members->model()->count(), 3);
    auto *view = members->view();
    const int bobRow = members->model()->rowOfId(bob.id);
    const int carolRow = members->model()->rowOfId(carol.id);
    view->selectionModel()->select(members->model()->index(bobRow, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(members->model()->index(carolRow, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *bulk = m_window->findChild<QPushButton *>(QStringLiteral("bulkAssignRolesButton"));
    QVERIFY(bulk->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("editMemberRolesButton"))->isEnabled());
    bulk->click();
    auto *picker = waitForVisible<PickerDialog>(m_window.get());
    QVERIFY(picker);
    QCOMPARE(picker->objectName(), QStringLiteral("bulkAssignRolesDialog"));
    picker->setChecked(viewer.id, true);
    picker->findChild<QPushButton *>(QStringLiteral("pickerAcceptButton"))->click();
    QTRY_COMPARE(members->model()->at(members->model()->rowOfId(bob.id)).roles.size(), 2);
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(members->model()->at(members->model()->rowOfId(carol.id)).roles.size(), 2);
    QCOMPARE(members->model()->at(members->model()->rowOfId(dave.id)).roles.size(), 1);

    // The role filter narrows the list to the holders.
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("membersRoleFilter"));
    QTRY_COMPARE(filter->count(), 3);
    filter->setCurrentIndex(filter->findData(viewer.id));
    QTRY_COMPARE(members->model()->count(), 2);
    QVERIFY(waitIdle(*m_window));
    shot(QStringLiteral("organization-bulk-roles"));
}

void TestUiOrganizations::configureJit()
{
    const OrganizationRole member = seedRole(QStringLiteral("member"));
    SsoConnector connector;
    connector.providerName = SsoProvider::Okta;
    connector.connectorName = QStringLiteral("Acme Okta");
    connector.config = {{QStringLiteral("issuer"), QStringLiteral("https://acme.okta.com")},
                        {QStringLiteral("clientId"), QStringLiteral("acme")},
                        {QStringLiteral("clientSecret"), QStringLiteral("secret")}};
    connector.domains = {QStringLiteral("acme.com")};
    const Result<SsoConnector> created = test::await(backend().ssoConnectors().create(tenantId(), connector));
    GH_VERIFY_OK(created);
    const Organization acme = seedOrganization(QStringLiteral("Acme"));

    openOrganization(QStringLiteral("Acme"), editor()->jit());
    OrganizationJitTab *jit = editor()->jit();
    QTRY_VERIFY(!jit->isLoading());
    auto *input = m_window->findChild<QLineEdit *>(QStringLiteral("jitDomainInput"));
    auto *add = m_window->findChild<QPushButton *>(QStringLiteral("jitDomainAddButton"));
    auto *warnings = m_window->findChild<QLabel *>(QStringLiteral("jitDomainWarningsLabel"));

    input->setText(QStringLiteral("not a domain"));
    add->click();
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("jitDomainErrorLabel"))->isVisible());
    input->setText(QStringLiteral("@Gmail.COM"));
    add->click();
    QVERIFY(warnings->isVisible());
    QVERIFY(warnings->text().contains(QLatin1String("gmail.com is a public email provider")));
    input->setText(QStringLiteral("acme.com"));
    add->click();
    QVERIFY(warnings->text().contains(QLatin1String("claimed by the SSO connector \"Acme Okta\"")));
    input->setText(QStringLiteral("acme.io"));
    add->click();
    QCOMPARE(m_window->findChild<QListWidget *>(QStringLiteral("jitDomainsList"))->count(), 3);

    // Drop gmail.com again: its warning goes with it.
    auto *domains = m_window->findChild<QListWidget *>(QStringLiteral("jitDomainsList"));
    domains->setCurrentRow(0);
    m_window->findChild<QPushButton *>(QStringLiteral("jitDomainRemoveButton"))->click();
    QVERIFY(!warnings->text().contains(QLatin1String("gmail.com")));

    auto *connectors = m_window->findChild<QListWidget *>(QStringLiteral("jitConnectorsList"));
    QCOMPARE(connectors->count(), 1);
    connectors->item(0)->setCheckState(Qt::Checked);
    auto *roles = m_window->findChild<QListWidget *>(QStringLiteral("jitRolesList"));
    QCOMPARE(roles->count(), 1);
    roles->item(0)->setCheckState(Qt::Checked);
    shot(QStringLiteral("organization-jit"));
    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("jitSaveButton"));
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(!jit->isLoading() && !jit->isDirty() && !save->isEnabled());
    QVERIFY(waitIdle(*m_window));
    const Result<OrganizationJit> stored = test::await(backend().organizations().jit(tenantId(), acme.id));
    GH_VERIFY_OK(stored);
    QStringList storedDomains = stored->emailDomains;
    storedDomains.sort();
    QCOMPARE(storedDomains, (QStringList{QStringLiteral("acme.com"), QStringLiteral("acme.io")}));
    QCOMPARE(stored->ssoConnectorIds, QStringList{created->id});
    QCOMPARE(stored->roles.size(), 1);
    QCOMPARE(stored->roles.first().id, member.id);
    // After reloading, the SSO warning still stands beside the saved domain.
    QVERIFY(jit->warningText().contains(QLatin1String("Acme Okta")));
}

void TestUiOrganizations::templateChangeIsConfirmed()
{
    seedOrganization(QStringLiteral("Acme"));
    seedOrganization(QStringLiteral("Globex"));
    m_window->showArea(MainWindow::Area::OrganizationTemplate);
    QVERIFY(waitIdle(*m_window));
    OrganizationTemplatePage *templatePage = m_window->organizationTemplatePage();
    QCOMPARE(templatePage->confirmation().organizationCount(), 2);
    templatePage->tabs()->setCurrentWidget(templatePage->scopes());

    m_window->findChild<QPushButton *>(QStringLiteral("createOrganizationScopeButton"))->click();
    auto *dialog = waitForVisible<TemplateItemDialog>(m_window.get());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("templateItemNameEdit"))
        ->setText(QStringLiteral("manage:billing"));
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->findChild<QPushButton *>(QStringLiteral("templateItemAcceptButton"))->click();
    QVERIFY(MessageBox::shownTexts()
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("This changes the template of all 2 organizations.")));
    QVERIFY(dialog->isVisible());
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(templatePage->scopes()->model()->count(), 0);

    MessageBox::setNextAnswer(QMessageBox::Apply);
    dialog->findChild<QPushButton *>(QStringLiteral("templateItemAcceptButton"))->click();
    QTRY_COMPARE(templatePage->scopes()->model()->count(), 1);
    QCOMPARE(templatePage->scopes()->model()->at(0).name, QStringLiteral("manage:billing"));

    // A role granted the permission through the picker, after confirming again.
    templatePage->tabs()->setCurrentWidget(templatePage->roles());
    m_window->findChild<QPushButton *>(QStringLiteral("createOrganizationRoleButton"))->click();
    auto *roleDialog = waitForVisible<TemplateItemDialog>(m_window.get());
    QVERIFY(roleDialog);
    roleDialog->findChild<QLineEdit *>(QStringLiteral("templateItemNameEdit"))
        ->setText(QStringLiteral("owner"));
    MessageBox::setNextAnswer(QMessageBox::Apply);
    roleDialog->findChild<QPushButton *>(QStringLiteral("templateItemAcceptButton"))->click();
    QTRY_COMPARE(templatePage->roles()->model()->count(), 1);
    QVERIFY(waitIdle(*m_window));
    m_window->findChild<QPushButton *>(QStringLiteral("grantOrganizationScopesButton"))->click();
    auto *picker = waitForVisible<PickerDialog>(m_window.get());
    QVERIFY(picker);
    picker->setChecked(templatePage->scopes()->model()->at(0).id, true);
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Apply);
    picker->findChild<QPushButton *>(QStringLiteral("pickerAcceptButton"))->click();
    QTRY_COMPARE(templatePage->roles()->grants().organizationScopes.size(), 1);
    QVERIFY(MessageBox::shownTexts().join(QLatin1Char('\n')).contains(QLatin1String("all 2 organizations")));
    QVERIFY(waitIdle(*m_window));
    shot(QStringLiteral("organization-template"));
}

void TestUiOrganizations::brandingPreviewFollowsEdits()
{
    seedOrganization(QStringLiteral("Acme"));
    openOrganization(QStringLiteral("Acme"), editor()->branding());
    BrandingPreview *preview = editor()->branding()->preview();
    QVERIFY(!preview->hasLogo());

    // A logo is never fetched by itself: typing an address fetches nothing until Load logos.
    QImage logo(120, 40, QImage::Format_ARGB32);
    logo.fill(QColor(0x11, 0x88, 0x44));
    const QString path = m_dir->filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(path));
    auto *logoEdit = m_window->findChild<QLineEdit *>(QStringLiteral("brandingLogoEdit"));
    auto *load = m_window->findChild<QPushButton *>(QStringLiteral("brandingPreviewLoadButton"));
    QVERIFY(load);
    QVERIFY(!load->isEnabled());
    logoEdit->setText(QStringLiteral("https://10.0.0.7/logo.png"));
    QVERIFY(load->isEnabled());
    QVERIFY(!preview->isLoading());
    QVERIFY(preview->statusText().contains(QLatin1String("only when you click")));
    // Private networks, this machine, files, data and plain http are refused on the click.
    const QStringList refused{QStringLiteral("https://10.0.0.7/logo.png"),
                              QStringLiteral("https://127.0.0.1/l.png"),
                              QStringLiteral("https://[::1]/l.png"),
                              QStringLiteral("https://localhost/l.png"),
                              QStringLiteral("https://169.254.169.254/latest/meta-data"),
                              QStringLiteral("http://logo.example.com/l.png"),
                              QUrl::fromLocalFile(path).toString(),
                              QStringLiteral("data:image/png;base64,AAAA")};
    for (const QString &url : refused) {
        logoEdit->setText(url);
        load->click();
        QTRY_VERIFY(!preview->isLoading());
        QVERIFY2(!preview->hasLogo(), qPrintable(url));
        QVERIFY2(preview->statusText().contains(QLatin1String("not loaded")),
                 qPrintable(preview->statusText()));
    }
    logoEdit->clear();

    m_window->findChild<QLineEdit *>(QStringLiteral("brandingPrimaryColorEdit"))
        ->setText(QStringLiteral("#FF5500"));
    QCOMPARE(preview->primaryColor(), QColor(0xff, 0x55, 0x00));
    QVERIFY(!preview->isDarkModeShown());
    m_window->findChild<QCheckBox *>(QStringLiteral("brandingDarkModeCheck"))->setChecked(true);
    m_window->findChild<QLineEdit *>(QStringLiteral("brandingDarkPrimaryColorEdit"))
        ->setText(QStringLiteral("#22aaff"));
    QVERIFY(preview->isDarkModeShown());
    QCOMPARE(preview->darkPrimaryColor(), QColor(0x22, 0xaa, 0xff));
    m_window->findChild<QLineEdit *>(QStringLiteral("brandingPrimaryColorEdit"))
        ->setText(QStringLiteral("#FF55"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("brandingPrimaryColorError"))->isVisible());
    QVERIFY(!preview->primaryColor().isValid());
    m_window->findChild<QLineEdit *>(QStringLiteral("brandingPrimaryColorEdit"))
        ->setText(QStringLiteral("#FF5500"));
    QTRY_VERIFY(!preview->isLoading());
    shot(QStringLiteral("organization-branding"));

    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("brandingSaveButton"));
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY(waitIdle(*m_window));
    const Result<Organization> stored =
        test::await(backend().organizations().get(tenantId(), editor()->organization().id));
    GH_VERIFY_OK(stored);
    QCOMPARE(stored->color.primaryColor.toUpper(), QStringLiteral("#FF5500"));
    QVERIFY(stored->color.isDarkModeEnabled);
    QCOMPARE(stored->color.darkPrimaryColor.toLower(), QStringLiteral("#22aaff"));
}

void TestUiOrganizations::logoDecodingIsBounded()
{
    // What a fetched logo may be: an image within 2 MiB and 4096×4096 pixels, checked from its
    // header before it is decoded.
    QImage small(120, 40, QImage::Format_ARGB32);
    small.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(small.save(&buffer, "PNG"));
    QString why;
    QCOMPARE(decodeLogo(png, &why).size(), QSize(120, 40));
    QVERIFY(decodeLogo(QByteArray("not an image"), &why).isNull());
    QVERIFY(why.contains(QLatin1String("not an image")));
    // Too wide: refused from the header (a 20000×20000 one of one colour would be a few kilobytes
    // and need 1.5 GiB decoded).
    QImage huge(20000, 1, QImage::Format_Mono);
    huge.fill(0);
    QByteArray bomb;
    QBuffer bombBuffer(&bomb);
    bombBuffer.open(QIODevice::WriteOnly);
    QVERIFY(huge.save(&bombBuffer, "PNG"));
    QVERIFY(decodeLogo(bomb, &why).isNull());
    QVERIFY2(why.contains(QLatin1String("4096")), qPrintable(why));
    QVERIFY(decodeLogo(QByteArray(3 * 1024 * 1024, 'x'), &why).isNull());
    QVERIFY(why.contains(QLatin1String("2 MiB")));
    // The address rules on their own.
    QVERIFY(logoUrlProblem(QUrl(QStringLiteral("https://cdn.example.com/logo.svg"))).isEmpty());
    QVERIFY(!logoUrlProblem(QUrl(QStringLiteral("https://user:pw@cdn.example.com/logo.svg"))).isEmpty());
    QVERIFY(logoAddressProblem(QHostAddress(QStringLiteral("93.184.216.34"))).isEmpty());
    for (const char *address : {"192.168.1.1", "172.20.0.1", "100.64.0.1", "0.0.0.0", "fd00::1", "fe80::1",
                                "::ffff:10.0.0.1", "224.0.0.1"})
        QVERIFY2(!logoAddressProblem(QHostAddress(QLatin1String(address))).isEmpty(), address);
}

void TestUiOrganizations::invitationCreatedAndAccepted()
{
    const OrganizationRole member = seedRole(QStringLiteral("member"));
    const User erin = seedUser(QStringLiteral("erin"), QStringLiteral("erin@acme.com"));
    seedOrganization(QStringLiteral("Acme"));
    openOrganization(QStringLiteral("Acme"), editor()->invitations());
    OrganizationInvitationsTab *tab = editor()->invitations();

    m_window->findChild<QPushButton *>(QStringLiteral("createInvitationButtonTab"))->click();
    auto *dialog = waitForVisible<CreateInvitationDialog>(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("invitationDaysSpin"))->value(), 7);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createInvitationButton"));
    dialog->findChild<QLineEdit *>(QStringLiteral("invitationEmailEdit"))->setText(QStringLiteral("erin@"));
    QVERIFY(!create->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("invitationEmailEdit"))
        ->setText(QStringLiteral("erin@acme.com"));
    dialog->findChild<QListWidget *>(QStringLiteral("invitationRolesList"))
        ->item(0)
        ->setCheckState(Qt::Checked);
    QVERIFY(create->isEnabled());
    create->click();
    QTRY_COMPARE(tab->model()->count(), 1);
    const OrganizationInvitation invitation = tab->model()->at(0);
    QCOMPARE(invitation.status, InvitationStatus::Pending);
    QCOMPARE(invitation.roles.size(), 1);
    QCOMPARE(invitation.roles.first().id, member.id);
    const qint64 lifetime = invitation.expiresAt - invitation.createdAt;
    QVERIFY(qAbs(lifetime - defaultInvitationLifetimeMs) < 60 * 1000);

    // Mark it accepted by the user: they become a member with the invited role.
    auto *view = tab->findChild<QTableView *>(QStringLiteral("invitationsTable"));
    view->selectRow(0);
    m_window->findChild<QPushButton *>(QStringLiteral("acceptInvitationButton"))->click();
    auto *picker = waitForVisible<UserPickerDialog>(m_window.get());
    QVERIFY(picker);
    QTRY_VERIFY(!picker->isLoading());
    QTRY_COMPARE(picker->model()->rowCount(), 1);
    QTRY_VERIFY(picker->model()->userAt(0).has_value());
    picker->view()->selectRow(0);
    picker->findChild<QPushButton *>(QStringLiteral("userPickerAcceptButton"))->click();
    QTRY_COMPARE(tab->model()->count(), 1);
    QTRY_COMPARE(tab->model()->at(0).status, InvitationStatus::Accepted);
    QTRY_COMPARE(page()->model()->at(0).memberCount, 1);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("revokeInvitationButton"))->isEnabled());
    const Result<QList<UserOrganization>> orgs =
        test::await(backend().organizations().organizationsOfUser(tenantId(), erin.id));
    GH_VERIFY_OK(orgs);
    QCOMPARE(orgs->size(), 1);
    QCOMPARE(orgs->first().roles.first().name, QStringLiteral("member"));
    QVERIFY(waitIdle(*m_window));
    shot(QStringLiteral("organization-invitations"));
}

UserDetail *TestUiOrganizations::openUsersOrganizations(const User &user)
{
    m_window->showArea(MainWindow::Area::Users);
    if (!waitIdle(*m_window))
        return nullptr;
    UsersPage *users = m_window->usersPage();
    int row = -1;
    for (int waited = 0; row < 0 && waited < 10000; waited += 20) {
        row = users->model()->loadedRowOf(user.id);
        if (row < 0)
            QTest::qWait(20);
    }
    if (row < 0)
        return nullptr;
    users->view()->setCurrentIndex(users->model()->index(row, 0));
    UserDetail *detail = users->detail();
    detail->tabs()->setCurrentWidget(detail->organizations());
    return waitIdle(*m_window) && detail->user().id == user.id ? detail : nullptr;
}

void TestUiOrganizations::enablingAFactorLetsOrganizationsRequireMfa()
{
    const Organization secure = seedOrganization(QStringLiteral("Secure Corp"));
    openOrganization(QStringLiteral("Secure Corp"), editor()->settings());
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("organizationMfaNoteLabel"));
    auto *require = m_window->findChild<QCheckBox *>(QStringLiteral("organizationMfaCheck"));
    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("organizationSaveButton"));
    QTRY_VERIFY(note->text().contains(QLatin1String("No MFA factor")));
    require->setChecked(true);
    QVERIFY(!save->isEnabled());
    require->setChecked(false);

    // Sign-in & MFA: enable TOTP.
    m_window->showArea(MainWindow::Area::SignIn);
    QVERIFY(waitIdle(*m_window));
    auto *totp = m_window->findChild<QCheckBox *>(QStringLiteral("signInFactorTotpCheck"));
    QTRY_VERIFY(totp->isEnabled());
    totp->setChecked(true);
    m_window->findChild<QPushButton *>(QStringLiteral("signInSaveButton"))->click();
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("signInStatusLabel"))->text(),
                 QStringLiteral("Saved"));
    QVERIFY(waitIdle(*m_window));

    // Back on the organization, same selection: the warning is gone and MFA can be required.
    m_window->showArea(MainWindow::Area::Organizations);
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(editor()->organization().id, secure.id);
    QTRY_VERIFY(!note->text().contains(QLatin1String("No MFA factor")));
    require->setChecked(true);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(editor()->organization().isMfaRequired);
    QVERIFY(waitIdle(*m_window));
    const Result<Organization> stored = test::await(backend().organizations().get(tenantId(), secure.id));
    GH_VERIFY_OK(stored);
    QVERIFY(stored->isMfaRequired);
}

void TestUiOrganizations::addedMemberShowsOnTheUsersOrganizationsTab()
{
    const User erin = seedUser(QStringLiteral("erin"), QStringLiteral("erin@acme.com"));
    seedOrganization(QStringLiteral("Acme"));

    // The user's Organizations tab has been shown: not a member of any organization.
    UserDetail *detail = openUsersOrganizations(erin);
    QVERIFY(detail);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("userOrganizationsEmptyLabel"))->isVisible());
    QCOMPARE(detail->organizations()->model()->count(), 0);

    // Add the user to Acme on the Organizations page.
    openOrganization(QStringLiteral("Acme"), editor()->members());
    m_window->findChild<QPushButton *>(QStringLiteral("addMembersButton"))->click();
    auto *picker = waitForVisible<UserPickerDialog>(m_window.get());
    QVERIFY(picker);
    QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("userPickerSearchEdit")),
                     QStringLiteral("erin@"));
    QTRY_VERIFY(!picker->isLoading());
    QTRY_COMPARE(picker->model()->rowCount(), 1);
    QTRY_VERIFY(picker->model()->userAt(0).has_value());
    picker->view()->selectRow(0);
    picker->findChild<QPushButton *>(QStringLiteral("userPickerAcceptButton"))->click();
    QTRY_COMPARE(editor()->members()->model()->count(), 1);
    QVERIFY(waitIdle(*m_window));

    // Back on the Users page, the same user still selected: the tab lists the membership.
    m_window->showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(detail->user().id, erin.id);
    QTRY_COMPARE(detail->organizations()->model()->count(), 1);
    QCOMPARE(detail->organizations()->model()->at(0).organization.name, QStringLiteral("Acme"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("userOrganizationsEmptyLabel"))->isVisible());
}

QTEST_MAIN(TestUiOrganizations)
#include "tst_ui_organizations.moc"
