#pragma once

#include "connections/ConnectionStore.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse::ui {

class ConnectionManager;

/// Adds or edits a Logto connection: display name, endpoint URL, tenant, client id, client secret
/// (password echo), optional CA file, and the Production/Development tag. Checks the fields as
/// they are typed; "Test" tries the typed values (token + one read) before anything is saved.
///
/// The secret field is empty when editing: left empty, the stored secret is kept (unless the
/// server, tenant or client id changed, which needs it again). The dialog itself stores nothing:
/// after accepted(), the caller saves connection() and secret() (ConnectionManager::saveConnection).
///
/// Thread rule: UI thread only. Open with open().
class ConnectionEditDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionEditDialog(ConnectionManager *manager, const std::optional<SavedConnection> &existing,
                         QWidget *parent);

    /// Says whether a keychain works (changes what the secret hint promises).
    void setKeychainAvailable(bool available);
    /// A line above the form, e.g. why the secret is asked for.
    void setNotice(const QString &text);
    /// Makes the secret mandatory even when editing (it was missing or refused).
    void requireSecret();

    SavedConnection connection() const;
    /// The typed secret; empty = keep the stored one.
    QString secret() const;
    /// The account the connection had before editing (empty for a new one).
    QString previousAccount() const { return m_previousAccount; }
    /// The typed connection with the typed client id and secret (for test and connect).
    WorkspaceSpec spec() const;

private:
    void validate();
    void browseCaFile();
    void runTest();
    bool secretRequired() const;

    ConnectionManager *m_manager;
    std::optional<SavedConnection> m_existing;
    QString m_previousAccount;
    QLabel *m_notice;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_secretHint;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QRadioButton *m_production;
    QRadioButton *m_development;
    QLabel *m_error;
    QLabel *m_testResult;
    QPushButton *m_test;
    QPushButton *m_save;
    bool m_keychainAvailable = false;
    bool m_secretRequired = false;
    int m_testGeneration = 0;
};

} // namespace gatehouse::ui
