#pragma once

#include "backend/WorkspaceSpec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse::ui {

/// Chooses a workspace: a SQLite file (picked with a file dialog), a PostgreSQL server (URL,
/// password, and "Remember password in the system keychain"), or (when opening) one of the saved
/// Logto connections, whose credentials MainWindow::openWorkspace() looks up. The password is
/// never part of what is stored in settings. Open with open(); read spec()/rememberPassword()
/// after accepted(). "Connections…" emits connectionsRequested() (the Connections dialog manages
/// the list).
class OpenWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Open, New };

    OpenWorkspaceDialog(Mode mode, QWidget *parent);

    /// Prefills a PostgreSQL URL (e.g. when its password is needed).
    void setPostgresUrl(const QString &url);
    void setSqlitePath(const QString &path);
    /// Enables the keychain checkbox (only when a keychain answered the probe).
    void setKeychainAvailable(bool available);

    /// The chosen workspace, with the password filled in for PostgreSQL.
    WorkspaceSpec spec() const;
    bool rememberPassword() const;

signals:
    void connectionsRequested();

private:
    void browse();
    void validate();

    Mode m_mode;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QRadioButton *m_logto;
    QComboBox *m_connection;
    QPushButton *m_connections;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_tlsWarning; ///< a server on another machine reached without checking its identity
    QPushButton *m_accept;
};

} // namespace gatehouse::ui
