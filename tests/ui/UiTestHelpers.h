#pragma once

// Helpers shared by the GUI tests: a private settings/data folder, opening a workspace in the
// real MainWindow, finding dialogs by type, and model checks.

#include "common/MessageBox.h"
#include "common/Page.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "main/MainWindow.h"
#include "main/TenantBar.h"
#include "main/TenantDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace gatehouse::test::ui {

using namespace gatehouse::ui;

/// Call from initTestCase(): settings and data go to QStandardPaths' test locations, message
/// boxes never block, and the application looks as it does in production.
namespace detail {
inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}
inline void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says this for every dialog; it is not about Gatehouse.
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    previousHandler()(type, context, message);
}
} // namespace detail

inline void initGuiTests()
{
    detail::previousHandler() = qInstallMessageHandler(detail::filterMessages);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GatehouseTest"));
    // One settings file per test program: CTest runs several GUI tests at once, and they must
    // not see (or clear) each other's last workspace or connections.
    QApplication::setApplicationName(QStringLiteral("GatehouseTest-") +
                                     QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QApplication::setStyle(QStringLiteral("Fusion"));
    qApp->setStyleSheet(style::applicationStyleSheet());
    MessageBox::setNonInteractive(true);
}

/// Waits up to `timeoutMs` for a visible widget of type T under `root` and returns it (or null).
template <typename T>
T *waitForVisible(QWidget *root, int timeoutMs = 10000)
{
    for (int waited = 0; waited <= timeoutMs; waited += 20) {
        const QList<T *> found = root->findChildren<T *>();
        for (T *widget : found) {
            if (widget->isVisible())
                return widget;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

/// True once `widget` was deleted or hidden (dialogs delete themselves when closed).
template <typename T>
[[gnu::noinline]] bool closed(const QPointer<T> &widget)
{
    const QWidget *w = widget.data();
    return w == nullptr || w->isHidden();
}

/// Shows the window and makes it active, so window-wide shortcuts (Ctrl+N, Ctrl+S...) work.
inline bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

/// Sends a window-wide shortcut. The window is activated first: the offscreen platform does not
/// give activation back to it when a dialog closes, as a window manager would.
inline bool shortcut(QWidget &window, const QKeySequence &keys)
{
    if (QApplication::activeWindow() != &window && !showActive(window))
        return false;
    QTest::keySequence(&window, keys);
    return true;
}

/// Opens `path` in `window` and waits until its tenants are listed. False on failure.
inline bool openWorkspace(MainWindow &window, const QString &path)
{
    WorkspaceSpec spec;
    spec.kind = WorkspaceSpec::Kind::Sqlite;
    spec.path = path;
    int state = 0;
    window.openWorkspace(spec, false, [&state](bool ok) { state = ok ? 1 : 2; });
    for (int waited = 0; state == 0 && waited < 20000; waited += 20)
        QTest::qWait(20);
    return state == 1 && window.workspace();
}

/// Waits until the current page has loaded and no request is in flight.
inline bool waitIdle(MainWindow &window, int timeoutMs = 10000)
{
    int quiet = 0;
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        Page *page = window.currentPage();
        const bool idle = window.workspace() && !window.workspace()->isBusy() && page && !page->isLoading() &&
                          !window.tenantBar()->isLoading();
        quiet = idle ? quiet + 1 : 0;
        if (quiet >= 3)
            return true;
        QTest::qWait(20);
    }
    return false;
}

/// Creates a tenant through the toolbar action and its dialog; waits until it is current.
inline bool createTenant(MainWindow &window, const QString &name, bool production)
{
    window.tenantBar()->createAction()->trigger();
    auto *dialog = waitForVisible<TenantDialog>(&window);
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("tenantNameEdit"))->setText(name);
    dialog
        ->findChild<QRadioButton *>(production ? QStringLiteral("tenantProductionRadio")
                                               : QStringLiteral("tenantDevelopmentRadio"))
        ->setChecked(true);
    dialog->findChild<QPushButton *>(QStringLiteral("tenantAcceptButton"))->click();
    for (int waited = 0; waited < 10000; waited += 20) {
        if (window.workspace()->tenant().name == name)
            return waitIdle(window);
        QTest::qWait(20);
    }
    return false;
}

/// Selects the row whose first column shows `text` (through the view's proxy). False if absent.
inline bool selectRow(QTableView *view, const QString &text, int column = 0)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString() == text) {
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

/// True when some row of `model` shows `text` in `column`.
inline bool modelHasText(const QAbstractItemModel *model, const QString &text, int column = 0)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return true;
    }
    return false;
}

/// Checks the invariants of `model` for as long as `owner` lives.
inline void attachModelTester(QAbstractItemModel *model, QObject *owner)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, owner);
}

} // namespace gatehouse::test::ui
