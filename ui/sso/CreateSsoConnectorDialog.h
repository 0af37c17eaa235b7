#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/SsoConnector.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

class SsoConfigForm;
class SsoDomainsEditor;

/// Creates an SSO connector: provider, name, the provider's configuration and email domains.
/// Problems are shown beside the fields as typed (required fields only once filled in); Create
/// stays disabled until the draft is valid. Emits submitted(); the page creates the connector
/// and closes the dialog (or calls showError()). Deletes itself when closed.
///
/// Object names: "createSsoConnectorDialog", "ssoProviderCombo", "ssoProviderHint",
/// "newSsoNameEdit", "newSsoNameError", "newSsoError", "createSsoConnectorButton"; the form's
/// and the domains editor's own names (SsoConfigForm, SsoDomainsEditor).
class CreateSsoConnectorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateSsoConnectorDialog(QWidget *parent = nullptr);

    SsoConnector draft() const;
    void setProvider(SsoProvider provider);
    void setBusy(bool busy);
    /// Shows a refusal from the backend beside the fields it names.
    void showError(const Error &error);
    SsoConfigForm *configForm() const { return m_config; }
    SsoDomainsEditor *domainsEditor() const { return m_domains; }

signals:
    void submitted();

private:
    void validate();

    FieldErrors m_errors;
    QComboBox *m_provider;
    QLabel *m_providerHint;
    QLineEdit *m_name;
    SsoConfigForm *m_config;
    SsoDomainsEditor *m_domains;
    QPushButton *m_create;
    bool m_busy = false;
};

} // namespace gatehouse::ui
