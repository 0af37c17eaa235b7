// Tenant switcher and workspace chrome: empty states, create/switch/rename, and deleting a
// tenant only after typing its name.

#include "TestSupport.h"
#include "UiTestHelpers.h"
#include "applications/ApplicationsPage.h"
#include "common/EmptyState.h"
#include "common/ReasonDialog.h"
#include "dashboard/DashboardPage.h"
#include "main/FirstRunDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiTenants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyWorkspaceOffersToCreateATenant();
    void switchRenameAndDeleteTenants();
    void keyboardShortcuts();
    void firstRunOffersDemoOrEmpty();
};

void TestUiTenants::initTestCase()
{
    initGuiTests();
}

void TestUiTenants::emptyWorkspaceOffersToCreateATenant()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(showActive(window));
    QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(openWorkspace(window, dir.filePath(QStringLiteral("empty.sqlite"))));
    QVERIFY(waitIdle(window));

    auto *workspaceLabel = window.findChild<QLabel *>(QStringLiteral("workspaceLabel"));
    QVERIFY(workspaceLabel->text().contains(QStringLiteral("empty.sqlite")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("operatorLabel"))->text().isEmpty());
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation->count() >= 4);
    QVERIFY(!navigation->item(0)->icon().isNull());

    // The first page, the dashboard, offers to create the first tenant.
    auto *empty = window.findChild<EmptyState *>(QStringLiteral("dashboardEmptyState"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->actionButton()->text(), QStringLiteral("Create tenant"));
    empty->actionButton()->click();
    auto *dialog = waitForVisible<TenantDialog>(&window);
    QVERIFY(dialog);
    dialog->reject();

    QVERIFY(createTenant(window, QStringLiteral("Acme"), true));
    // With a tenant the dashboard shows its figures; an empty list offers what it lists.
    QTRY_VERIFY(!empty->isVisible());
    window.showArea(MainWindow::Area::Applications);
    auto *applications = window.findChild<EmptyState *>(QStringLiteral("applicationsEmptyState"));
    QTRY_COMPARE(applications->actionButton()->text(), QStringLiteral("Create application"));
    QVERIFY(applications->isVisible());
    auto *badge = window.findChild<QLabel *>(QStringLiteral("tenantTagLabel"));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Production"));
}

void TestUiTenants::switchRenameAndDeleteTenants()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, dir.filePath(QStringLiteral("tenants.sqlite"))));
    QVERIFY(createTenant(window, QStringLiteral("Acme"), true));
    QVERIFY(createTenant(window, QStringLiteral("Acme dev"), false));

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("tenantCombo"));
    auto *badge = window.findChild<QLabel *>(QStringLiteral("tenantTagLabel"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Acme dev"));
    QCOMPARE(badge->text(), QStringLiteral("Development"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Acme")));
    QCOMPARE(window.workspace()->tenant().name, QStringLiteral("Acme"));
    QCOMPARE(badge->text(), QStringLiteral("Production"));
    QVERIFY(waitIdle(window));

    // Rename.
    window.tenantBar()->renameAction()->trigger();
    auto *rename = waitForVisible<TenantDialog>(&window);
    QVERIFY(rename);
    rename->findChild<QLineEdit *>(QStringLiteral("tenantNameEdit"))->setText(QStringLiteral("Acme Inc"));
    rename->findChild<QPushButton *>(QStringLiteral("tenantAcceptButton"))->click();
    QTRY_COMPARE(window.workspace()->tenant().name, QStringLiteral("Acme Inc"));
    QTRY_VERIFY(combo->findText(QStringLiteral("Acme Inc")) >= 0);
    QVERIFY(waitIdle(window));

    // Delete: the button stays disabled until the exact name is typed and a reason given; the
    // dialog says production.
    window.tenantBar()->deleteAction()->trigger();
    ReasonDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = waitForVisible<ReasonDialog>(&window, 100)) != nullptr);
    auto *action = confirm->findChild<QPushButton *>(QStringLiteral("reasonAcceptButton"));
    auto *name = confirm->findChild<QLineEdit *>(QStringLiteral("reasonConfirmEdit"));
    auto *reason = confirm->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(action && name && reason);
    QVERIFY(!action->isEnabled());
    auto *banner = confirm->findChild<QLabel *>(QStringLiteral("reasonProductionBanner"));
    QVERIFY(banner && banner->text().contains(QStringLiteral("PRODUCTION")));
    name->setText(QStringLiteral("Acme"));
    reason->setText(QStringLiteral("Moved to the new region"));
    QVERIFY(!action->isEnabled());
    name->setText(QStringLiteral("Acme Inc"));
    reason->clear();
    QVERIFY(!action->isEnabled());
    reason->setText(QStringLiteral("Moved to the new region"));
    QVERIFY(action->isEnabled());
    action->click();
    QTRY_COMPARE(combo->count(), 1);
    QTRY_COMPARE(window.workspace()->tenant().name, QStringLiteral("Acme dev"));
    JournalQuery query;
    query.limit = 1;
    const auto entries = test::await(window.workspace()->backend().journal().list(query));
    QVERIFY(entries.ok() && !entries.value().isEmpty());
    QCOMPARE(entries.value().first().action, QStringLiteral("tenant.delete"));
    QCOMPARE(entries.value().first().reason, QStringLiteral("Moved to the new region"));
}

void TestUiTenants::keyboardShortcuts()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, dir.filePath(QStringLiteral("keys.sqlite"))));
    QVERIFY(createTenant(window, QStringLiteral("Keys"), false));
    QCOMPARE(window.currentArea(), MainWindow::Area::Dashboard);
    QVERIFY(shortcut(window, QKeySequence(Qt::CTRL | Qt::Key_2)));
    QCOMPARE(window.currentArea(), MainWindow::Area::Applications);
    QVERIFY(waitIdle(window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("applicationsSearchEdit"));
    QVERIFY(search);
    QVERIFY(shortcut(window, QKeySequence::Find));
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(shortcut(window, QKeySequence(Qt::CTRL | Qt::Key_4)));
    QCOMPARE(window.currentArea(), MainWindow::Area::Roles);
    QVERIFY(waitIdle(window));
    QVERIFY(shortcut(window, QKeySequence(Qt::CTRL | Qt::Key_1)));
    QCOMPARE(window.currentArea(), MainWindow::Area::Dashboard);
}

void TestUiTenants::firstRunOffersDemoOrEmpty()
{
    // No workspace in the settings and no default workspace file: the first-run choice appears.
    const QString defaultPath = WorkspaceSpec::defaultWorkspace().path;
    const QString demoPath = QFileInfo(defaultPath).absolutePath() + QStringLiteral("/demo.sqlite");
    for (const QString &path : {defaultPath, demoPath}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    QSettings().clear();

    {
        MainWindow window;
        QVERIFY(showActive(window));
        window.start();
        auto *dialog = waitForVisible<FirstRunDialog>(&window);
        QVERIFY(dialog);
        dialog->findChild<QAbstractButton *>(QStringLiteral("firstRunEmptyButton"))->click();
        QTRY_VERIFY(window.workspace() != nullptr);
        QVERIFY(waitIdle(window));
        QCOMPARE(window.workspace()->location(), defaultPath);
        QVERIFY(window.workspace()->tenants().isEmpty());
    }
    {
        // Next start: the last workspace opens without asking.
        MainWindow window;
        QVERIFY(showActive(window));
        window.start();
        QTRY_VERIFY(window.workspace() != nullptr);
        QCOMPARE(window.workspace()->location(), defaultPath);
        QVERIFY(!window.findChild<FirstRunDialog *>());

        // The demo workspace is built through the backend and opened with its tenants.
        window.openDemoWorkspace();
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() && window.workspace()->location() == demoPath, 30000);
        QVERIFY(waitIdle(window));
        QCOMPARE(window.workspace()->tenants().size(), 2);
        // It opens on the dashboard, never empty: the demo's users and their sign-in history.
        QCOMPARE(window.currentArea(), MainWindow::Area::Dashboard);
        DashboardPage *dashboard = window.dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading() && dashboard->dashboard().has_value(), 10000);
        QVERIFY(dashboard->dashboard()->totalUsers > 0);
        QVERIFY(dashboard->dashboard()->mau.count > 0);
        QVERIFY(dashboard->dashboard()->failedSignIns7d > 0);
        QVERIFY(!dashboard->dashboard()->topFailures.isEmpty());
        QVERIFY(dashboard->dashboard()->organizations > 0);
        window.showArea(MainWindow::Area::Applications);
        QVERIFY(waitIdle(window));
        QVERIFY(window.applicationsPage()->model()->rowCount() > 0);
    }
    for (const QString &path : {defaultPath, demoPath}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    QSettings().clear();
}

QTEST_MAIN(TestUiTenants)
#include "tst_ui_tenants.moc"
