#include "main/MainWindow.h"

#include "applications/ApplicationsPage.h"
#include "backend/Backend.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "connections/ConnectionManager.h"
#include "explainer/AccessExplainerPage.h"
#include "journal/JournalPage.h"
#include "main/TenantBar.h"
#include "main/WorkspaceSettings.h"
#include "organizations/OrganizationsPage.h"
#include "organizationtemplate/OrganizationTemplatePage.h"
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
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
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
    const QList<std::pair<QString, QString>> areas = {
        {QStringLiteral("applications"), tr("Applications")},
        {QStringLiteral("resources"), tr("API resources")},
        {QStringLiteral("roles"), tr("Roles")},
        {QStringLiteral("users"), tr("Users")},
        {QStringLiteral("organizations"), tr("Organizations")},
        {QStringLiteral("organizationtemplate"), tr("Organization template")},
        {QStringLiteral("sso"), tr("Enterprise SSO")},
        {QStringLiteral("signin"), tr("Sign-in & MFA")},
        {QStringLiteral("explainer"), tr("Access explainer")},
        {QStringLiteral("journal"), tr("Journal")},
    };
    for (const auto &[icon, text] : areas) {
        auto *item = new QListWidgetItem(style::icon(icon), text);
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
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth area, as browsers number their tabs.
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Gatehouse"),
        tr("Gatehouse %1\n\nA native admin console for Logto-style identity platforms: applications, API "
           "resources, roles and a tamper-evident journal of every change.")
            .arg(QStringLiteral(GATEHOUSE_VERSION)));
}

void MainWindow::installWorkspace(std::unique_ptr<Backend> backend, std::function<void(bool)> done)
{
    removePages();
    m_workspace = std::make_unique<Workspace>(std::move(backend));
    Workspace *workspace = m_workspace.get();
    if (const Result<WorkspaceSpec> spec = WorkspaceSpec::parse(workspace->location());
        spec.ok() && spec->isRemote())
        workspace->setConnectionName(connectionstore::displayName(spec.value()));
    m_applications = new ApplicationsPage(workspace);
    m_resources = new ResourcesPage(workspace);
    m_roles = new RolesPage(workspace);
    m_users = new UsersPage(workspace);
    m_organizations = new OrganizationsPage(workspace);
    m_organizationTemplate = new OrganizationTemplatePage(workspace);
    m_sso = new SsoConnectorsPage(workspace);
    m_signIn = new SignInExperiencePage(workspace);
    m_explainer = new AccessExplainerPage(workspace);
    m_journal = new JournalPage(workspace);
    m_pages = {m_applications,         m_resources, m_roles,  m_users,     m_organizations,
               m_organizationTemplate, m_sso,       m_signIn, m_explainer, m_journal};
    for (Page *page : m_pages) {
        m_stack->addWidget(page);
        connect(page, &Page::createTenantRequested, m_tenantBar, &TenantBar::createTenant);
    }
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
    m_applications = nullptr;
    m_resources = nullptr;
    m_roles = nullptr;
    m_users = nullptr;
    m_organizations = nullptr;
    m_organizationTemplate = nullptr;
    m_sso = nullptr;
    m_signIn = nullptr;
    m_explainer = nullptr;
    m_journal = nullptr;
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
        setWindowTitle(QStringLiteral("Gatehouse"));
        return;
    }
    const QString location = m_workspace->location();
    const bool connection = !m_workspace->connectionName().isEmpty();
    if (!connection) {
        m_workspaceLabel->setText(tr("Workspace: %1").arg(location));
        m_workspaceLabel->setToolTip(location);
    }
    m_operatorLabel->setText(tr("Operator: %1").arg(m_workspace->backend().operatorName()));
    QString title = QStringLiteral("Gatehouse — ") +
                    (connection ? m_workspace->connectionName() : location.section(QLatin1Char('/'), -1));
    if (m_workspace->hasTenant())
        title = m_workspace->tenant().name + QStringLiteral(" · ") + title;
    setWindowTitle(title);
    static const QStringList newTexts = {tr("&New application…"),
                                         tr("&New API resource…"),
                                         tr("&New role…"),
                                         tr("&New user…"),
                                         tr("&New organization…"),
                                         tr("&New organization role…"),
                                         tr("&New SSO connector…"),
                                         tr("&New…"),
                                         tr("&New…"),
                                         tr("&New…")};
    m_newItemAction->setText(newTexts.value(m_currentArea));
    const bool creates = m_currentArea != int(Area::Journal) && m_currentArea != int(Area::SignIn) &&
                         m_currentArea != int(Area::AccessExplainer);
    m_newItemAction->setEnabled(m_workspace->hasTenant() && creates);
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
