// MainWindow: choosing, opening and creating workspaces (files, PostgreSQL with the keychain, Logto
// connections, demo).

#include "common/MessageBox.h"
#include "connections/ConnectionManager.h"
#include "connections/ConnectionStore.h"
#include "factory/BackendFactory.h"
#include "io/DemoWorkspace.h"
#include "main/FirstRunDialog.h"
#include "main/MainWindow.h"
#include "main/OpenWorkspaceDialog.h"
#include "main/WorkspaceSettings.h"
#include "security/Keychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace gatehouse::ui {

namespace {
const QString keychainKind = QStringLiteral("postgres");
}

void MainWindow::start(const QString &workspaceArgument)
{
    if (!workspaceArgument.isEmpty()) {
        Result<WorkspaceSpec> spec = WorkspaceSpec::parse(workspaceArgument);
        if (!spec.ok()) {
            MessageBox::showError(this, tr("The workspace \"%1\" cannot be opened.").arg(workspaceArgument),
                                  spec.error());
            return;
        }
        openWorkspace(spec.value());
        return;
    }
    const QString last = workspacesettings::lastWorkspace();
    if (!last.isEmpty()) {
        Result<WorkspaceSpec> spec = WorkspaceSpec::parse(last);
        if (spec.ok() && (spec->kind != WorkspaceSpec::Kind::Sqlite || QFileInfo::exists(spec->path))) {
            openWorkspace(spec.value());
            return;
        }
        workspacesettings::forget(last);
    }
    const WorkspaceSpec fallback = WorkspaceSpec::defaultWorkspace();
    if (QFileInfo::exists(fallback.path)) {
        openWorkspace(fallback);
        return;
    }
    showFirstRun();
}

void MainWindow::showFirstRun()
{
    auto *dialog = new FirstRunDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->choice() == FirstRunDialog::Choice::Demo)
            openDemoWorkspace();
        else
            openWorkspace(WorkspaceSpec::defaultWorkspace());
    });
    dialog->open();
}

void MainWindow::openWorkspace(const WorkspaceSpec &requested, bool rememberPassword,
                               std::function<void(bool)> done)
{
    if (m_opening)
        return;
    WorkspaceSpec spec = requested;
    if (spec.kind == WorkspaceSpec::Kind::Postgres && spec.password.isEmpty()) {
        const QString account = spec.keychainAccount();
        if (m_sessionPasswords.contains(account)) {
            spec.password = m_sessionPasswords.value(account);
        } else if (workspacesettings::passwordRemembered(account)) {
            m_keychain->read(keychainKind, account).then(this, [this, spec, done](Result<QString> secret) {
                WorkspaceSpec withPassword = spec;
                if (secret.ok() && !secret.value().isEmpty()) {
                    withPassword.password = secret.value();
                    openWorkspace(withPassword, false, done);
                } else {
                    askPassword(spec, done);
                }
            });
            return;
        } else {
            askPassword(spec, done);
            return;
        }
    } else if (spec.isRemote() && (spec.clientId.isEmpty() || spec.clientSecret.isEmpty())) {
        // This session's copy, the environment or the keychain; else the person is asked.
        m_connections->credentials(spec).then(this, [this, spec, done](Result<WorkspaceSpec> resolved) {
            if (resolved.ok())
                openWorkspace(resolved.value(), false, done);
            else
                askConnectionSecret(spec, resolved.error(), done);
        });
        return;
    } else if (spec.kind == WorkspaceSpec::Kind::Sqlite) {
        QDir().mkpath(QFileInfo(spec.path).absolutePath());
    }
    if (!m_journalSeals.contains(spec.keychainAccount())) {
        // The journal key (made on first use) comes from the keychain before anything is written.
        m_connections->journalSeal(spec, true)
            .then(this, [this, spec, rememberPassword, done](JournalSeal seal) {
                m_journalSeals.insert(spec.keychainAccount(), seal);
                openWorkspace(spec, rememberPassword, done);
            });
        return;
    }

    auto holder = std::make_shared<std::unique_ptr<Backend>>(createBackend(spec));
    (*holder)->sealJournal(m_journalSeals.value(spec.keychainAccount()));
    m_opening = true;
    statusBar()->showMessage(tr("Opening %1…").arg(spec.displayLocation()));
    (*holder)->open().then(this, [this, holder, spec, rememberPassword, done](Result<Done> result) {
        m_opening = false;
        statusBar()->clearMessage();
        if (!result.ok()) {
            if (spec.isRemote()) {
                m_connections->dropFromSession(spec);
                // Refused credentials: ask for the secret again, saying why.
                if (result.error().code() == ErrorCode::Forbidden) {
                    askConnectionSecret(spec, result.error(), done);
                    return;
                }
                MessageBox::showError(this,
                                      tr("Could not connect to \"%1\" (%2).")
                                          .arg(connectionstore::displayName(spec), spec.endpoint),
                                      result.error());
            } else {
                MessageBox::showError(
                    this, tr("Could not open the workspace %1.").arg(spec.displayLocation()), result.error());
            }
            if (done)
                done(false);
            return;
        }
        const QString location = spec.displayLocation();
        if (spec.isRemote())
            m_connections->keepForSession(spec);
        if (spec.kind == WorkspaceSpec::Kind::Postgres) {
            m_sessionPasswords.insert(spec.keychainAccount(), spec.password);
            if (rememberPassword) {
                m_keychain->write(keychainKind, spec.keychainAccount(), spec.password)
                    .then(this, [this, location](Result<Done> stored) {
                        workspacesettings::setPasswordRemembered(location, stored.ok());
                        if (!stored.ok())
                            MessageBox::showError(
                                this,
                                tr("The password could not be stored in the keychain; it is "
                                   "kept for this session only."),
                                stored.error());
                    });
            }
        }
        workspacesettings::recordOpened(location);
        installWorkspace(std::move(*holder), done);
    });
}

void MainWindow::askPassword(const WorkspaceSpec &spec, std::function<void(bool)> done)
{
    auto *dialog = new OpenWorkspaceDialog(OpenWorkspaceDialog::Mode::Open, this);
    dialog->setWindowTitle(tr("Password for %1").arg(spec.displayLocation()));
    dialog->setPostgresUrl(spec.displayLocation());
    probeKeychain([dialog = QPointer<OpenWorkspaceDialog>(dialog)](bool works) {
        if (dialog)
            dialog->setKeychainAvailable(works);
    });
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, done] { openWorkspace(dialog->spec(), dialog->rememberPassword(), done); });
    connect(dialog, &QDialog::rejected, this, [done] {
        if (done)
            done(false);
    });
    dialog->open();
}

void MainWindow::probeKeychain(std::function<void(bool)> then)
{
    if (m_keychainWorks >= 0) {
        then(m_keychainWorks == 1);
        return;
    }
    m_keychain->probe().then(this, [this, then](Result<bool> works) {
        m_keychainWorks = works.ok() && works.value() ? 1 : 0;
        then(m_keychainWorks == 1);
    });
}

void MainWindow::newWorkspace()
{
    auto *dialog = new OpenWorkspaceDialog(OpenWorkspaceDialog::Mode::New, this);
    probeKeychain([dialog = QPointer<OpenWorkspaceDialog>(dialog)](bool works) {
        if (dialog)
            dialog->setKeychainAvailable(works);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (canLeaveCurrentPage())
            openWorkspace(dialog->spec(), dialog->rememberPassword());
    });
    dialog->open();
}

void MainWindow::chooseWorkspace()
{
    auto *dialog = new OpenWorkspaceDialog(OpenWorkspaceDialog::Mode::Open, this);
    probeKeychain([dialog = QPointer<OpenWorkspaceDialog>(dialog)](bool works) {
        if (dialog)
            dialog->setKeychainAvailable(works);
    });
    connect(dialog, &OpenWorkspaceDialog::connectionsRequested, this, [this, dialog] {
        dialog->reject();
        showConnections();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (canLeaveCurrentPage())
            openWorkspace(dialog->spec(), dialog->rememberPassword());
    });
    dialog->open();
}

void MainWindow::openLocation(const QString &location)
{
    if (!canLeaveCurrentPage())
        return;
    Result<WorkspaceSpec> spec = WorkspaceSpec::parse(location);
    if (!spec.ok()) {
        MessageBox::showError(this, tr("The workspace \"%1\" cannot be opened.").arg(location), spec.error());
        return;
    }
    if (spec->kind == WorkspaceSpec::Kind::Sqlite && !QFileInfo::exists(spec->path)) {
        MessageBox::warning(
            this, tr("Workspace not found"),
            tr("There is no longer a workspace at %1. It was removed from the recent list.").arg(location));
        workspacesettings::forget(location);
        return;
    }
    openWorkspace(spec.value());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = workspacesettings::recentWorkspaces();
    for (const QString &location : recent)
        m_recentMenu->addAction(location, this, [this, location] { openLocation(location); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::openDemoWorkspace(const QString &path)
{
    if (m_opening || !canLeaveCurrentPage())
        return;
    WorkspaceSpec spec;
    spec.kind = WorkspaceSpec::Kind::Sqlite;
    spec.path = path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/demo.sqlite")
                               : path;
    if (QFileInfo::exists(spec.path)) {
        openWorkspace(spec);
        return;
    }
    QDir().mkpath(QFileInfo(spec.path).absolutePath());
    if (!m_journalSeals.contains(spec.keychainAccount())) {
        m_connections->journalSeal(spec, true).then(this, [this, spec, path](JournalSeal seal) {
            m_journalSeals.insert(spec.keychainAccount(), seal);
            openDemoWorkspace(path);
        });
        return;
    }
    auto holder = std::make_shared<std::unique_ptr<Backend>>(createBackend(spec));
    (*holder)->sealJournal(m_journalSeals.value(spec.keychainAccount()));
    auto *progress = new QProgressDialog(tr("Creating the demo workspace…"), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("demoProgressDialog"));
    progress->setWindowTitle(tr("Demo workspace"));
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    m_opening = true;
    (*holder)->open().then(this, [this, holder, spec, progress](Result<Done> opened) {
        if (!opened.ok()) {
            m_opening = false;
            progress->close();
            MessageBox::showError(this, tr("Could not create the demo workspace at %1.").arg(spec.path),
                                  opened.error());
            return;
        }
        // The demo is built on a pool thread through the backend; nothing else uses it meanwhile.
        buildDemoWorkspace(**holder).then(this, [this, holder, spec, progress](Result<Done> built) {
            m_opening = false;
            progress->close();
            if (!built.ok()) {
                // A half-built demo would be opened next time: remove it.
                holder->reset();
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(spec.path + QLatin1String(suffix));
                MessageBox::showError(this, tr("Could not fill the demo workspace."), built.error());
                return;
            }
            workspacesettings::recordOpened(spec.displayLocation());
            installWorkspace(std::move(*holder), {});
        });
    });
}

} // namespace gatehouse::ui
