#include "main/MainWindow.h"

#include "applications/ApplicationsPage.h"
#include "backend/Backend.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "connections/ConnectionManager.h"
#include "dashboard/DashboardPage.h"
#include "explainer/AccessExplainerPage.h"
#include "journal/JournalPage.h"
#include "logs/LogSyncDialog.h"
#include "logs/LogsPage.h"
#include "main/TenantBar.h"
#include "main/WorkspaceSettings.h"
#include "organizations/OrganizationActivityTab.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationsPage.h"
#include "organizationtemplate/OrganizationTemplatePage.h"
#include "policy/AccessControl.h"
#include "resources/ResourcesPage.h"
#include "roles/RolesPage.h"
#include "security/Keychain.h"
#include "signin/SignInExperiencePage.h"
#include "sso/SsoConnectorsPage.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

static void initGatehouseResources()
{
    Q_INIT_RESOURCE(gatehouse);
}

namespace gatehouse::ui {

struct MainWindow::AreaEntry
{
    QString icon;    ///< resource icon name
    QString title;   ///< the sidebar's and the View menu's text
    QString newText; ///< Edit → New… in this area; empty when the area creates nothing
    Page *(*createPage)(Workspace *workspace);
    Operation reads; ///< what the area reads first: the operator must be allowed it to open the area
};

namespace {
template <typename P>
Page *createPage(Workspace *workspace)
{
    return new P(workspace);
}
} // namespace

const QList<MainWindow::AreaEntry> &MainWindow::areaEntries()
{
    static const QList<AreaEntry> entries = {
        {QStringLiteral("dashboard"), tr("Dashboard"), QString(), &createPage<DashboardPage>,
         Operation::LogsDashboard},
        {QStringLiteral("applications"), tr("Applications"), tr("&New application…"),
         &createPage<ApplicationsPage>, Operation::ApplicationsList},
        {QStringLiteral("resources"), tr("API resources"), tr("&New API resource…"),
         &createPage<ResourcesPage>, Operation::ResourcesList},
        {QStringLiteral("roles"), tr("Roles"), tr("&New role…"), &createPage<RolesPage>,
         Operation::RolesList},
        {QStringLiteral("users"), tr("Users"), tr("&New user…"), &createPage<UsersPage>,
         Operation::UsersPage},
        {QStringLiteral("organizations"), tr("Organizations"), tr("&New organization…"),
         &createPage<OrganizationsPage>, Operation::OrganizationsList},
        {QStringLiteral("organizationtemplate"), tr("Organization template"), tr("&New organization role…"),
         &createPage<OrganizationTemplatePage>, Operation::OrganizationTemplateRoles},
        {QStringLiteral("sso"), tr("Enterprise SSO"), tr("&New SSO connector…"),
         &createPage<SsoConnectorsPage>, Operation::SsoConnectorsList},
        {QStringLiteral("signin"), tr("Sign-in & MFA"), QString(), &createPage<SignInExperiencePage>,
         Operation::SignInExperienceGet},
        {QStringLiteral("explainer"), tr("Access explainer"), QString(), &createPage<AccessExplainerPage>,
         Operation::SignInExperienceAccessSnapshot},
        {QStringLiteral("logs"), tr("Logs"), QString(), &createPage<LogsPage>, Operation::LogsPage},
        {QStringLiteral("journal"), tr("Journal"), QString(), &createPage<JournalPage>,
         Operation::JournalList},
    };
    return entries;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_keychain(new security::Keychain(this))
    , m_connections(new ConnectionManager(m_keychain, this))
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_welcome(nullptr)
    , m_connectionBadge(new QLabel)
    , m_workspaceLabel(new QLabel)
    , m_operatorLabel(new QLabel)
    , m_busy(new QProgressBar)
{
    initGatehouseResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(style::icon(QStringLiteral("gatehouse")));
    resize(1280, 800);

    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_welcome = createWelcome();
    m_stack->addWidget(m_welcome);
    createSidebar();
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation->parentWidget());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createToolBar();
    createMenus();

    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_workspaceLabel->setContentsMargins(8, 0, 0, 0);
    m_operatorLabel->setContentsMargins(0, 0, 8, 0);
    m_connectionBadge->setObjectName(QStringLiteral("connectionBadge"));
    m_connectionBadge->setVisible(false);
    statusBar()->addWidget(m_connectionBadge);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_operatorLabel);
    updateStatus();
}

MainWindow::~MainWindow()
{
    removePages();
}

void MainWindow::createSidebar()
{
    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(232);
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setStyleSheet(
        QStringLiteral("QWidget#sidebar { background: #f4f4f8; border-right: 1px solid #e2e2ea; }"));
    auto *brand = new QWidget;
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(16, 16, 12, 8);
    auto *logo = new QLabel;
    logo->setPixmap(style::icon(QStringLiteral("gatehouse")).pixmap(28, 28));
    auto *name = new QLabel(QStringLiteral("Gatehouse"));
    name->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #1e1e2a;"));
    brandLayout->addWidget(logo);
    brandLayout->addWidget(name, 1);

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationList { border-right: none; }"));
    for (const AreaEntry &area : areaEntries()) {
        auto *item = new QListWidgetItem(style::icon(area.icon), area.title);
        item->setSizeHint(QSize(0, 38));
        m_navigation->addItem(item);
    }
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChanged);

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(brand);
    layout->addWidget(m_navigation, 1);
}

QWidget *MainWindow::createWelcome()
{
    auto *welcome = new QWidget;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *title = style::titleLabel(tr("No workspace open"));
    title->setAlignment(Qt::AlignCenter);
    auto *text = style::subtitleLabel(
        tr("A workspace holds your tenants with their applications, APIs, roles and journal: a file on this "
           "computer or a shared PostgreSQL database. Or connect to a Logto server to manage one of its "
           "tenants."));
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(460);
    auto *demo = new QPushButton(tr("Open demo workspace"));
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    style::makePrimary(demo);
    auto *create = new QPushButton(tr("New workspace…"));
    auto *open = new QPushButton(tr("Open workspace…"));
    auto *logto = new QPushButton(tr("Connect to Logto…"));
    logto->setObjectName(QStringLiteral("welcomeConnectButton"));
    connect(logto, &QPushButton::clicked, this, &MainWindow::showConnections);
    connect(demo, &QPushButton::clicked, this, [this] { openDemoWorkspace(); });
    connect(create, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseWorkspace);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(logto);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(welcome);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return welcome;
}

void MainWindow::createToolBar()
{
    auto *toolbar = addToolBar(tr("Tenant"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tenantBar = new TenantBar(toolbar, this, [this] { return canLeaveCurrentPage(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWorkspaceAction = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newWorkspaceAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    QAction *openAction = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    openAction->setShortcut(QKeySequence::Open);
    QAction *demoAction = file->addAction(tr("Open &demo workspace"), this, [this] { openDemoWorkspace(); });
    demoAction->setObjectName(QStringLiteral("openDemoWorkspaceAction"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspacesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *connectionsAction = file->addAction(tr("Co&nnections…"), this, &MainWindow::showConnections);
    connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_newItemAction = edit->addAction(tr("&New…"), this, [this] {
        if (Page *page = currentPage())
            page->createNew();
    });
    m_newItemAction->setObjectName(QStringLiteral("newItemAction"));
    m_newItemAction->setShortcut(QKeySequence::New);
    m_saveAction = edit->addAction(tr("&Save"), this, [this] {
        if (Page *page = currentPage())
            page->save();
    });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_findAction = edit->addAction(tr("&Filter list"), this, [this] {
        if (Page *page = currentPage())
            page->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    QMenu *tenant = menuBar()->addMenu(tr("&Tenant"));
    tenant->setToolTipsVisible(true); // why an action is disabled (see TenantBar)
    tenant->addAction(m_tenantBar->createAction());
    tenant->addAction(m_tenantBar->renameAction());
    tenant->addSeparator();
    tenant->addAction(m_tenantBar->deleteAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text(), this,
                                      [this, i] { m_navigation->setCurrentRow(i); });
        m_viewActions.append(go);
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth area, as browsers number their tabs.
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    view->setToolTipsVisible(true);
    view->addSeparator();
    m_viewAsAction = view->addAction(tr("View &as Operator…"), this, &MainWindow::viewAs);
    m_viewAsAction->setObjectName(QStringLiteral("viewAsAction"));
    m_viewAsAction->setEnabled(false);
    m_stopPreviewAction = view->addAction(tr("&Stop Previewing"), this, &MainWindow::stopPreview);
    m_stopPreviewAction->setObjectName(QStringLiteral("stopPreviewAction"));
    m_stopPreviewAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Gatehouse"),
        tr("Gatehouse %1\n\nA native admin console for Logto-style identity platforms: applications, API "
           "resources and roles; users by the million, with import and export; organizations, their template "
           "and invitations; enterprise SSO with just-in-time provisioning; sign-in and MFA policy; an "
           "access "
           "explainer that says what happens when someone signs in. It works on local SQLite or PostgreSQL "
           "workspaces and on Logto servers, and records every change in a tamper-evident journal.")
            .arg(QStringLiteral(GATEHOUSE_VERSION)));
}

void MainWindow::installWorkspace(std::unique_ptr<Backend> backend, std::function<void(bool)> done)
{
    // Who acts: as the workspace establishes it (the database login, the OS account), or the
    // operator being previewed ("View as…").
    auto holder = std::make_shared<std::unique_ptr<Backend>>(std::move(backend));
    const auto refuse = [this, done](const Error &error) {
        MessageBox::showError(this, tr("Could not open the workspace as you."), error);
        if (done)
            done(false);
    };
    (*holder)->access().whoami().then(
        this, [this, holder, done, refuse](Result<policy::OperatorIdentity> me) {
            if (!me.ok())
                return refuse(me.error());
            if (m_previewName.isEmpty())
                return adoptWorkspace(std::move(*holder), me.value(), done);
            (*holder)->access().operators().then(this, [this, holder, done, established = me.value()](
                                                           Result<QList<policy::OperatorAccount>> operators) {
                const Result<policy::OperatorIdentity> preview =
                    operators.ok() ? policy::identityFor(established, m_previewName, operators.value())
                                   : Result<policy::OperatorIdentity>(operators.error());
                if (!preview.ok()) {
                    MessageBox::showError(this, tr("Could not preview the operator %1.").arg(m_previewName),
                                          preview.error());
                    m_previewName.clear();
                }
                adoptWorkspace(std::move(*holder), preview.ok() ? preview.value() : established, done);
            });
        });
}

void MainWindow::adoptWorkspace(std::unique_ptr<Backend> backend, const policy::OperatorIdentity &identity,
                                std::function<void(bool)> done)
{
    removePages();
    m_workspace = std::make_unique<Workspace>(std::move(backend), identity);
    Workspace *workspace = m_workspace.get();
    if (const Result<WorkspaceSpec> spec = WorkspaceSpec::parse(workspace->location());
        spec.ok() && spec->isRemote())
        workspace->setConnectionName(connectionstore::displayName(spec.value()));
    for (const AreaEntry &area : areaEntries()) {
        Page *page = area.createPage(workspace);
        m_pages.append(page);
        m_stack->addWidget(page);
        connect(page, &Page::createTenantRequested, m_tenantBar, &TenantBar::createTenant);
    }
    connectDashboard();
    connectLogs();
    connect(workspace, &Workspace::tenantChanged, this, &MainWindow::onTenantChanged);
    connect(workspace, &Workspace::busyChanged, m_busy, &QWidget::setVisible);
    m_stack->setCurrentWidget(m_pages.value(m_currentArea));
    m_navigation->setEnabled(true);
    m_tenantBar->setWorkspace(workspace);
    connect(
        m_tenantBar, &TenantBar::tenantsLoaded, this,
        [this, done] {
            // No tenant: the current page still shows its "create a tenant" state.
            if (m_workspace && !m_workspace->hasTenant())
                onTenantChanged();
            if (done)
                done(true);
            emit workspaceReady();
        },
        Qt::SingleShotConnection);
    m_tenantBar->reload();
    updateStatus();
    updateAreaAccess();
}

void MainWindow::updateAreaAccess()
{
    if (!m_workspace)
        return;
    const QList<AreaEntry> &entries = areaEntries();
    int firstAllowed = -1;
    for (int i = 0; i < m_navigation->count() && i < entries.size(); ++i) {
        const QString why = m_workspace->whyNot(entries[i].reads);
        QListWidgetItem *item = m_navigation->item(i);
        item->setFlags(why.isEmpty() ? item->flags() | Qt::ItemIsEnabled
                                     : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(why);
        if (i < m_viewActions.size()) {
            m_viewActions[i]->setEnabled(why.isEmpty());
            m_viewActions[i]->setToolTip(why);
        }
        if (why.isEmpty() && firstAllowed < 0)
            firstAllowed = i;
    }
    // An area the operator may not open is never the one shown.
    if (firstAllowed >= 0 && !(m_navigation->item(m_currentArea)->flags() & Qt::ItemIsEnabled))
        m_navigation->setCurrentRow(firstAllowed);
}

void MainWindow::loadAreaAccess()
{
    m_organizationScope.clear();
    m_organizationScopeTip.clear();
    if (!m_workspace || m_workspace->identity().account.role != policy::ConsoleRole::OrganizationAdmin ||
        !m_workspace->hasTenant())
        return;
    // An organization admin's areas depend on what their organizations lend them.
    m_workspace->access()
        .loadGrants(m_workspace->tenant().id)
        .then(this, [this, workspace = QPointer<Workspace>(m_workspace.get())](
                        Result<QList<policy::AdminGrant>> grants) {
            if (!workspace || workspace != m_workspace.get())
                return;
            updateAreaAccess();
            emit workspace->accessChanged();
            showOrganizationScope(grants.ok() ? grants.value() : QList<policy::AdminGrant>{});
        });
}

void MainWindow::showOrganizationScope(const QList<policy::AdminGrant> &grants)
{
    QStringList names;
    for (const policy::AdminGrant &grant : grants)
        names.append(grant.organizationName);
    m_organizationScope = names.isEmpty()     ? tr("no organization lends them anything")
                          : names.size() <= 2 ? tr("in %1").arg(names.join(QStringLiteral(", ")))
                                              : tr("in %n organizations", nullptr, int(names.size()));
    m_organizationScopeTip =
        tr("Organizations: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    updateStatus();
}

void MainWindow::viewAs()
{
    if (!m_workspace)
        return;
    m_workspace->backend().access().operators().then(
        this, [this](Result<QList<policy::OperatorAccount>> operators) {
            if (!operators.ok()) {
                MessageBox::showError(this, tr("Could not read the operators."), operators.error());
                return;
            }
            if (operators->isEmpty()) {
                MessageBox::information(
                    this, tr("View as operator"),
                    tr("This workspace has no operators yet. Add them with \"gatehouse-cli "
                       "operator add NAME --role ROLE\"."));
                return;
            }
            QStringList names;
            for (const policy::OperatorAccount &a : operators.value())
                names.append(QStringLiteral("%1 (%2)").arg(a.name, policy::consoleRoleTitle(a.role)));
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                this, tr("View as operator"),
                tr("Preview exactly what this operator would see and may do. Changes you make are still "
                   "yours and journaled as yours. On a workspace file its owner can always bypass this."),
                names, 0, false, &ok);
            if (!ok)
                return;
            previewOperator(operators->at(int(names.indexOf(chosen))).name);
        });
}

void MainWindow::stopPreview()
{
    if (!m_previewName.isEmpty())
        previewOperator({});
}

void MainWindow::previewOperator(const QString &name, std::function<void(bool)> done)
{
    const Result<WorkspaceSpec> spec = m_workspace ? WorkspaceSpec::parse(m_workspace->location())
                                                   : Result<WorkspaceSpec>(Error::notFound({}, {}));
    if (!spec.ok() || !canLeaveCurrentPage()) {
        if (done)
            done(false);
        return;
    }
    m_previewName = name;
    openWorkspace(spec.value(), false, std::move(done));
}

void MainWindow::removePages()
{
    if (m_tenantBar)
        m_tenantBar->setWorkspace(nullptr);
    for (Page *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_workspace.reset();
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::updateStatus()
{
    const bool open = m_workspace != nullptr;
    m_navigation->setEnabled(open);
    m_newItemAction->setEnabled(open);
    m_saveAction->setEnabled(open);
    m_findAction->setEnabled(open);
    updateConnectionStatus();
    if (!open) {
        m_workspaceLabel->setText(tr("No workspace open"));
        m_workspaceLabel->setToolTip({});
        m_operatorLabel->clear();
        m_viewAsAction->setEnabled(false);
        m_stopPreviewAction->setEnabled(false);
        setWindowTitle(QStringLiteral("Gatehouse"));
        return;
    }
    const QString location = m_workspace->location();
    const bool connection = !m_workspace->connectionName().isEmpty();
    if (!connection) {
        m_workspaceLabel->setText(tr("Workspace: %1").arg(location));
        m_workspaceLabel->setToolTip(location);
    }
    const policy::OperatorIdentity &who = m_workspace->identity();
    const QString role = policy::consoleRoleTitle(who.account.role);
    if (who.preview) {
        m_operatorLabel->setText(tr("Previewing %1 (%2)").arg(who.account.name, role));
        m_operatorLabel->setToolTip(tr("You (%1) see what %2 would see and may do; what you change is "
                                       "journaled as yours. A workspace file's owner can bypass this.")
                                        .arg(who.actingName, who.account.name));
    } else {
        m_operatorLabel->setText(tr("Operator: %1 (%2)").arg(who.account.name, role));
        m_operatorLabel->setToolTip(
            who.account.tenantIds.isEmpty()
                ? tr("Acting as %1 with the %2 role in every tenant.").arg(who.account.name, role)
                : tr("Acting as %1 with the %2 role in the tenants %3.")
                      .arg(who.account.name, role, who.account.tenantIds.join(QStringLiteral(", "))));
    }
    if (who.account.role == policy::ConsoleRole::OrganizationAdmin && !m_organizationScope.isEmpty()) {
        m_operatorLabel->setText(m_operatorLabel->text() + QStringLiteral(" — ") + m_organizationScope);
        m_operatorLabel->setToolTip(m_operatorLabel->toolTip() + QLatin1Char('\n') + m_organizationScopeTip);
    }
    const bool mayPreview = m_workspace->backend().capabilities().accessControl && !who.preview &&
                            (who.account.role == policy::ConsoleRole::Owner ||
                             who.account.role == policy::ConsoleRole::Developer);
    m_viewAsAction->setEnabled(mayPreview);
    m_stopPreviewAction->setEnabled(who.preview);
    QString title = QStringLiteral("Gatehouse — ") +
                    (connection ? m_workspace->connectionName() : location.section(QLatin1Char('/'), -1));
    if (m_workspace->hasTenant())
        title = m_workspace->tenant().name + QStringLiteral(" · ") + title;
    setWindowTitle(title);
    const QString newText = areaEntries().value(m_currentArea).newText;
    m_newItemAction->setText(newText.isEmpty() ? tr("&New…") : newText);
    m_newItemAction->setEnabled(m_workspace->hasTenant() && !newText.isEmpty());
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_currentArea);
}

Page *MainWindow::currentPage() const
{
    return m_pages.value(m_currentArea, nullptr);
}

ApplicationsPage *MainWindow::applicationsPage() const
{
    return static_cast<ApplicationsPage *>(pageOf(Area::Applications));
}

ResourcesPage *MainWindow::resourcesPage() const
{
    return static_cast<ResourcesPage *>(pageOf(Area::Resources));
}

RolesPage *MainWindow::rolesPage() const
{
    return static_cast<RolesPage *>(pageOf(Area::Roles));
}

UsersPage *MainWindow::usersPage() const
{
    return static_cast<UsersPage *>(pageOf(Area::Users));
}

OrganizationsPage *MainWindow::organizationsPage() const
{
    return static_cast<OrganizationsPage *>(pageOf(Area::Organizations));
}

OrganizationTemplatePage *MainWindow::organizationTemplatePage() const
{
    return static_cast<OrganizationTemplatePage *>(pageOf(Area::OrganizationTemplate));
}

SsoConnectorsPage *MainWindow::ssoPage() const
{
    return static_cast<SsoConnectorsPage *>(pageOf(Area::EnterpriseSso));
}

SignInExperiencePage *MainWindow::signInPage() const
{
    return static_cast<SignInExperiencePage *>(pageOf(Area::SignIn));
}

AccessExplainerPage *MainWindow::explainerPage() const
{
    return static_cast<AccessExplainerPage *>(pageOf(Area::AccessExplainer));
}

DashboardPage *MainWindow::dashboardPage() const
{
    return static_cast<DashboardPage *>(pageOf(Area::Dashboard));
}

void MainWindow::connectDashboard()
{
    DashboardPage *dashboard = dashboardPage();
    connect(dashboard, &DashboardPage::usersRequested, this, [this] { showArea(Area::Users); });
    connect(dashboard, &DashboardPage::organizationsRequested, this,
            [this] { showArea(Area::Organizations); });
    connect(dashboard, &DashboardPage::logsRequested, this,
            [this](const QString &key, std::optional<LogResult> result, int hours) {
                showArea(Area::Logs);
                if (currentArea() == Area::Logs)
                    logsPage()->showFilter(key, result, hours);
            });
}

void MainWindow::connectLogs()
{
    connect(organizationsPage()->editor()->activity(), &OrganizationActivityTab::logsRequested, this,
            [this](const QString &organizationId, const QString &name) {
                showArea(Area::Logs);
                if (currentArea() == Area::Logs)
                    logsPage()->showOrganizationMembers(organizationId, name);
            });
    connect(logsPage(), &LogsPage::syncRequested, this, [this] {
        // Window-modal: the workspace it writes to cannot be closed or replaced under it (and a
        // second one cannot be opened beside it).
        auto *dialog = new LogSyncDialog(m_workspace.get(), m_connections, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        const auto refresh = [this] {
            if (Page *page = pageOf(currentArea()); m_workspace && page)
                page->activate();
        };
        connect(dialog, &LogSyncDialog::finished, this, [refresh](qint64 stored) {
            if (stored > 0)
                refresh();
        });
        connect(dialog, &LogSyncDialog::retentionChanged, this, refresh);
        dialog->show();
    });
}

LogsPage *MainWindow::logsPage() const
{
    return static_cast<LogsPage *>(pageOf(Area::Logs));
}

JournalPage *MainWindow::journalPage() const
{
    return static_cast<JournalPage *>(pageOf(Area::Journal));
}

bool MainWindow::canLeaveCurrentPage()
{
    Page *page = currentPage();
    return !page || page->confirmLeave();
}

void MainWindow::onAreaChanged(int row)
{
    if (m_switchingArea || row < 0 || row == m_currentArea)
        return;
    if (!canLeaveCurrentPage()) {
        m_switchingArea = true;
        m_navigation->setCurrentRow(m_currentArea);
        m_switchingArea = false;
        return;
    }
    m_currentArea = row;
    if (Page *page = currentPage()) {
        m_stack->setCurrentWidget(page);
        page->activate();
    }
    updateStatus();
}

void MainWindow::onTenantChanged()
{
    updateStatus();
    updateAreaAccess();
    loadAreaAccess();
    if (Page *page = currentPage())
        page->activate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!canLeaveCurrentPage()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace gatehouse::ui
