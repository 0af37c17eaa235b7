#pragma once

#include "common/FieldErrors.h"
#include "model/SsoConnector.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

class SsoConfigForm;
class SsoDomainsEditor;
class Workspace;

/// The selected SSO connector: name, the provider's configuration (the provider itself is
/// fixed), email domains, branding and profile sync. Problems are shown beside the fields as
/// typed; refusals from the backend (a domain another connector claims, a stale edit) too.
/// The client secret is never shown: SsoConfigForm offers "Replace secret".
///
/// Object names: "ssoEditor", "ssoTitleLabel", "ssoProviderBadge", "ssoNameEdit",
/// "ssoNameError", "ssoDisplayNameEdit", "ssoLogoEdit", "ssoDarkLogoEdit",
/// "ssoSyncProfileCheck", "ssoCompletenessLabel", "ssoSaveButton", "ssoRevertButton",
/// "ssoDeleteButton", "ssoStatusLabel", "ssoOtherError".
class SsoConnectorEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SsoConnectorEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setConnector(const SsoConnector &connector);
    const SsoConnector &connector() const { return m_connector; }
    bool hasConnector() const { return !m_connector.id.isEmpty(); }
    SsoConnector edited() const;
    bool isDirty() const;
    SsoConfigForm *configForm() const { return m_config; }
    SsoDomainsEditor *domainsEditor() const { return m_domains; }
    const FieldErrors &errors() const { return m_errors; }

    void save();
    void revert();

signals:
    void saved(const gatehouse::SsoConnector &connector);
    void deleteRequested();

private:
    void load(const SsoConnector &connector);
    void validate();
    void updateButtons();
    void handleSaveError(const SsoConnector &edited, const Error &error);

    Workspace *m_workspace;
    SsoConnector m_connector;
    QJsonObject m_loadedConfig;
    bool m_saving = false;
    bool m_valid = true;
    bool m_loading = false;
    FieldErrors m_errors;
    QLabel *m_title;
    QLabel *m_providerBadge;
    QLineEdit *m_name;
    SsoConfigForm *m_config;
    SsoDomainsEditor *m_domains;
    QLineEdit *m_displayName;
    QLineEdit *m_logo;
    QLineEdit *m_darkLogo;
    QCheckBox *m_syncProfile;
    QLabel *m_completeness;
    QLabel *m_created;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace gatehouse::ui
