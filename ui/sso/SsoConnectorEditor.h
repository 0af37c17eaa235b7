#pragma once

#include "common/EditorWidget.h"
#include "model/SsoConnector.h"

#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

class SsoConfigForm;
class SsoDomainsEditor;

/// The selected SSO connector: name, the provider's configuration (the provider itself is
/// fixed), email domains, branding and profile sync. Problems are shown beside the fields as
/// typed; refusals from the backend (a domain another connector claims, a stale edit) too.
/// The client secret is never shown: SsoConfigForm offers "Replace secret".
///
/// Object names: "ssoEditor", "ssoTitleLabel", "ssoProviderBadge", "ssoNameEdit",
/// "ssoNameError", "ssoDisplayNameEdit", "ssoLogoEdit", "ssoDarkLogoEdit",
/// "ssoSyncProfileCheck", "ssoCompletenessLabel", "ssoSaveButton", "ssoRevertButton",
/// "ssoDeleteButton", "ssoStatusLabel", "ssoOtherError".
class SsoConnectorEditor : public EditorWidget
{
    Q_OBJECT
public:
    explicit SsoConnectorEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setItem(const SsoConnector &connector);
    const SsoConnector &connector() const { return m_connector; }
    SsoConnector edited() const;
    SsoConfigForm *configForm() const { return m_config; }
    SsoDomainsEditor *domainsEditor() const { return m_domains; }

signals:
    void saved(const gatehouse::SsoConnector &connector);

protected:
    bool hasItem() const override { return !m_connector.id.isEmpty(); }
    QString itemName() const override { return m_connector.connectorName; }
    bool isModified() const override;
    QList<FieldError> problems() const override;
    bool showSaveErrors(const Error &error) override;
    void startSave() override;
    void reloadForm() override;

private:
    SsoConnector m_connector;
    QJsonObject m_loadedConfig;
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
};

} // namespace gatehouse::ui
