#pragma once

#include "common/FormDialog.h"
#include "model/SsoConnector.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

class SsoConfigForm;
class SsoDomainsEditor;

/// Creates an SSO connector: provider, name, the provider's configuration and email domains.
/// Problems are shown beside the fields as typed (required fields only once filled in); Create
/// stays disabled until the draft is valid. Submitted through submitDialog() (see FormDialog).
///
/// Object names: "createSsoConnectorDialog", "ssoProviderCombo", "ssoProviderHint",
/// "newSsoNameEdit", "newSsoNameError", "newSsoError", "createSsoConnectorButton"; the form's
/// and the domains editor's own names (SsoConfigForm, SsoDomainsEditor).
class CreateSsoConnectorDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateSsoConnectorDialog(QWidget *parent = nullptr);

    SsoConnector draft() const;
    void setProvider(SsoProvider provider);
    SsoConfigForm *configForm() const { return m_config; }
    SsoDomainsEditor *domainsEditor() const { return m_domains; }

    void showError(const Error &error) override;

protected:
    void validate() override;

private:
    QComboBox *m_provider;
    QLabel *m_providerHint;
    QLineEdit *m_name;
    SsoConfigForm *m_config;
    SsoDomainsEditor *m_domains;
};

} // namespace gatehouse::ui
