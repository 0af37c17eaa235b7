#pragma once

#include "backend/WorkspaceSpec.h"
#include "connections/ConnectionStore.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gatehouse::ui {

class ConnectionManager;

/// File → Connections…: the saved Logto connections (name, endpoint, tenant, tag; never a
/// secret) with Add, Edit, Remove (also removes the keychain entry, after confirmation), Test
/// (token + one read; the result or the error in plain words) and Connect.
///
/// Where no keychain works, the dialog says that secrets are kept for this session only.
/// Connect emits connectRequested() with the connection's address (credentials are looked up by
/// the main window) and closes the dialog.
///
/// Thread rule: UI thread only. Open with open().
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ConnectionManager *manager, QWidget *parent);

    QTreeWidget *list() const { return m_list; }
    /// Selects the connection with this account (endpoint + tenant), if saved.
    void select(const QString &account);
    /// Opens the editor for a new connection (the Add button).
    void addConnection();

signals:
    void connectRequested(const gatehouse::WorkspaceSpec &spec);

private:
    void keychainAnswered(bool works);
    void reload(const QString &selectAccount = {});
    std::optional<SavedConnection> selected() const;
    void editConnection();
    void removeConnection();
    void testConnection();
    void connectSelected();
    void persist(const SavedConnection &connection, const QString &secret, const QString &previousAccount);
    void showResult(bool ok, const QString &text);
    void updateButtons();

    ConnectionManager *m_manager;
    QTreeWidget *m_list;
    QLabel *m_keychainNote;
    QLabel *m_result;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_connect;
    bool m_keychainWorks = false;
    int m_testGeneration = 0;
};

} // namespace gatehouse::ui
