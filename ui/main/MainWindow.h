#pragma once

#include "backend/WorkspaceSpec.h"
#include "journal/JournalSeal.h"
#include "policy/Access.h"

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace gatehouse {
class Backend;
class Error;
namespace security {
class Keychain;
}
} // namespace gatehouse

namespace gatehouse::ui {

class AccessExplainerPage;
class ApplicationsPage;
class ConnectionManager;
class JournalPage;
class DashboardPage;
class LogsPage;
class OrganizationTemplatePage;
class OrganizationsPage;
class Page;
class ResourcesPage;
class RolesPage;
class SignInExperiencePage;
class SsoConnectorsPage;
class TenantBar;
class UsersPage;
class Workspace;

/// The Gatehouse main window: navigation sidebar, one page per area, the tenant switcher in the
/// toolbar, and the workspace location (for a Logto connection: its name, tenant and a
/// Production/Development badge) and operator in the status bar.
///
/// Opening a workspace is asynchronous; the window stays responsive and the previous workspace
/// stays open until the new one has opened. Pages and the Workspace are replaced together.
///
/// Thread rule: UI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area {
        Dashboard,
        Applications,
        Resources,
        Roles,
        Users,
        Organizations,
        OrganizationTemplate,
        EnterpriseSso,
        SignIn,
        AccessExplainer,
        Logs,
        Journal
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reopens the workspace previewing the operator `name` (View → View as Operator…): the
    /// areas and actions follow their role, and what they may not do is refused. Empty: yourself
    /// again. `done(ok)` when the workspace is open again.
    void previewOperator(const QString &name, std::function<void(bool)> done = {});

    /// Opens the first workspace: `workspaceArgument` (path or URL) if given, else the last one
    /// used, else the default workspace if it exists; otherwise offers the first-run choice.
    void start(const QString &workspaceArgument = {});

    /// Opens `spec` (asking for a PostgreSQL password if needed) and makes it current.
    /// `done(true)` runs once it is open and its tenants are listed.
    void openWorkspace(const WorkspaceSpec &spec, bool rememberPassword = false,
                       std::function<void(bool)> done = {});
    /// Creates (if needed) and opens the demo workspace under the application data folder.
    void openDemoWorkspace(const QString &path = {});
    /// File → Connections…: the saved Logto connections; Connect opens one with openWorkspace().
    void showConnections();

    Workspace *workspace() const { return m_workspace.get(); }
    TenantBar *tenantBar() const { return m_tenantBar; }
    void showArea(Area area);
    Area currentArea() const;
    Page *currentPage() const;
    /// The pages of the open workspace (null while none is open).
    ApplicationsPage *applicationsPage() const;
    ResourcesPage *resourcesPage() const;
    RolesPage *rolesPage() const;
    UsersPage *usersPage() const;
    OrganizationsPage *organizationsPage() const;
    OrganizationTemplatePage *organizationTemplatePage() const;
    SsoConnectorsPage *ssoPage() const;
    SignInExperiencePage *signInPage() const;
    AccessExplainerPage *explainerPage() const;
    DashboardPage *dashboardPage() const;
    LogsPage *logsPage() const;
    JournalPage *journalPage() const;

signals:
    /// A workspace was opened and its tenants listed (the current page is loading).
    void workspaceReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// One area of the window: its sidebar entry, what Edit → New… says there and its page.
    struct AreaEntry;
    /// Every area, in the order of Area.
    static const QList<AreaEntry> &areaEntries();
    Page *pageOf(Area area) const { return m_pages.value(int(area), nullptr); }

    void createMenus();
    void createToolBar();
    void createSidebar();
    /// Links the dashboard's figures to the lists behind them.
    void connectDashboard();
    void connectLogs();
    QWidget *createWelcome();
    void installWorkspace(std::unique_ptr<Backend> backend, std::function<void(bool)> done);
    void adoptWorkspace(std::unique_ptr<Backend> backend, const policy::OperatorIdentity &identity,
                        std::function<void(bool)> done);
    /// Enables the areas the operator may open (a disabled one says why in its tooltip).
    void updateAreaAccess();
    void loadAreaAccess();
    /// An organization admin's status bar names the organizations they act in.
    void showOrganizationScope(const QList<policy::AdminGrant> &grants);
    void viewAs();
    void stopPreview();
    void removePages();
    void updateStatus();
    void updateRecentMenu();
    void onAreaChanged(int row);
    void onTenantChanged();
    bool canLeaveCurrentPage();
    void showFirstRun();
    void newWorkspace();
    void chooseWorkspace();
    void openLocation(const QString &location);
    void askPassword(const WorkspaceSpec &spec, std::function<void(bool)> done);
    /// Asks for a Logto connection's client secret (the connection editor), saves it and opens
    /// the connection; `why` says what was missing or refused.
    void askConnectionSecret(const WorkspaceSpec &spec, const Error &why, std::function<void(bool)> done);
    void updateConnectionStatus();
    void probeKeychain(std::function<void(bool)> then);
    void about();

    std::unique_ptr<Workspace> m_workspace;
    security::Keychain *m_keychain;
    ConnectionManager *m_connections;
    int m_keychainWorks = -1; ///< -1 unknown, 0 no, 1 yes
    QHash<QString, QString> m_sessionPasswords;
    /// Journal seals read from the keychain this session, by keychain account.
    QHash<QString, JournalSeal> m_journalSeals;
    bool m_opening = false;

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    TenantBar *m_tenantBar = nullptr;
    QList<Page *> m_pages; ///< one per Area, in its order
    int m_currentArea = 0;
    bool m_switchingArea = false;

    QLabel *m_connectionBadge; ///< Production/Development pill of a Logto connection
    QLabel *m_workspaceLabel;
    QLabel *m_operatorLabel;
    QString m_organizationScope; ///< an organization admin's organizations, once read
    QString m_organizationScopeTip;
    QList<QAction *> m_viewActions; ///< View → one per area, in the order of Area
    QAction *m_viewAsAction = nullptr;
    QAction *m_stopPreviewAction = nullptr;
    QString m_previewName; ///< the operator previewed ("View as…"); empty = yourself
    QProgressBar *m_busy;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newItemAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace gatehouse::ui
