// MainWindow: Logto connections (the Connections dialog, asking for a client secret, the
// connection's part of the status bar).

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "connections/ConnectionEditDialog.h"
#include "connections/ConnectionManager.h"
#include "connections/ConnectionStore.h"
#include "connections/ConnectionText.h"
#include "connections/ConnectionsDialog.h"
#include "main/MainWindow.h"

#include <QLabel>
#include <QPointer>

namespace gatehouse::ui {

void MainWindow::showConnections()
{
    auto *dialog = new ConnectionsDialog(m_connections, this);
    if (m_workspace && !m_workspace->connectionName().isEmpty()) {
        if (const Result<WorkspaceSpec> current = WorkspaceSpec::parse(m_workspace->location()); current.ok())
            dialog->select(current->keychainAccount());
    }
    connect(dialog, &ConnectionsDialog::connectRequested, this, [this](const WorkspaceSpec &spec) {
        if (canLeaveCurrentPage())
            openWorkspace(spec);
    });
    // A rename shows at once in the status bar and the window title.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_workspace)
            updateStatus();
    });
    dialog->open();
}

void MainWindow::askConnectionSecret(const WorkspaceSpec &spec, const Error &why,
                                     std::function<void(bool)> done)
{
    const std::optional<SavedConnection> saved = connectionstore::find(spec);
    SavedConnection connection = saved.value_or(SavedConnection::fromSpec(spec));
    if (!spec.clientId.isEmpty())
        connection.clientId = spec.clientId;
    auto *editor = new ConnectionEditDialog(m_connections, connection, this);
    editor->setWindowTitle(tr("Client secret for %1").arg(connection.name));
    editor->requireSecret();
    QString reason = why.message();
    if (why.code() == ErrorCode::NotFound)
        reason = tr("No secret is saved for it.");
    else if (why.code() == ErrorCode::Unavailable)
        reason = tr("No system keychain is available here, so the secret is asked for once per session.");
    editor->setNotice(tr("Gatehouse needs the client secret of \"%1\" to connect.").arg(connection.name) +
                      QLatin1Char(' ') + reason);
    m_connections->probeKeychain([editor = QPointer<ConnectionEditDialog>(editor)](bool works) {
        if (editor)
            editor->setKeychainAvailable(works);
    });
    connect(editor, &QDialog::accepted, this, [this, editor, done] {
        const WorkspaceSpec typed = editor->spec();
        m_connections->saveConnection(editor->connection(), editor->secret(), editor->previousAccount())
            .then(this, [this, typed, done](Result<bool> stored) {
                if (!stored.ok())
                    MessageBox::showError(
                        this,
                        tr("The client secret could not be stored in the system keychain; it is "
                           "kept for this session only."),
                        stored.error());
                openWorkspace(typed, false, done);
            });
    });
    connect(editor, &QDialog::rejected, this, [done] {
        if (done)
            done(false);
    });
    editor->open();
}

void MainWindow::updateConnectionStatus()
{
    const Result<WorkspaceSpec> spec =
        m_workspace ? WorkspaceSpec::parse(m_workspace->location()) : Result<WorkspaceSpec>(Error());
    if (!spec.ok() || !spec->isRemote()) {
        m_connectionBadge->setVisible(false);
        return;
    }
    const QString name = connectionstore::displayName(spec.value());
    m_workspace->setConnectionName(name);
    style::setTenantBadge(m_connectionBadge,
                          spec->production ? TenantTag::Production : TenantTag::Development);
    m_connectionBadge->setToolTip(
        spec->production ? tr("A production connection: destructive actions name it and ask first.")
                         : tr("A development connection."));
    m_connectionBadge->setVisible(true);
    m_workspaceLabel->setText(
        tr("Connection: %1 · tenant %2 · %3").arg(name, spec->logtoTenant, spec->endpoint));
    m_workspaceLabel->setToolTip(spec->displayLocation());
}

} // namespace gatehouse::ui
