#pragma once

#include "model/SsoConnector.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace gatehouse::ui {

class FieldErrors;

/// The provider-specific part of an SSO connector, with Logto's config keys.
///
/// OIDC family (OIDC, AzureAdOidc, GoogleWorkspace, Okta): issuer, client ID, client secret,
/// scope. The client secret is write-only: when one is stored the form shows "••• stored" and a
/// "Replace secret" action; it never holds or shows the stored value. SAML family (SAML,
/// AzureAD): metadata URL, or metadata XML (typed or loaded from a file), or entity ID +
/// single sign-on URL + signing certificate (PEM, typed or loaded), whose subject and validity
/// are shown as parsed.
///
/// Object names: "ssoIssuerEdit", "ssoClientIdEdit", "ssoClientSecretEdit",
/// "ssoSecretStoredLabel", "ssoReplaceSecretButton", "ssoScopeEdit", "ssoMetadataUrlEdit",
/// "ssoMetadataXmlEdit", "ssoLoadMetadataButton", "ssoEntityIdEdit", "ssoSignInEndpointEdit",
/// "ssoCertificateEdit", "ssoLoadCertificateButton", "ssoCertificateInfoLabel"; error labels
/// "<editName>Error" registered with FieldErrors under "config.<key>".
class SsoConfigForm : public QWidget
{
    Q_OBJECT
public:
    explicit SsoConfigForm(QWidget *parent = nullptr);

    /// Adds this form's error labels to `errors`.
    void registerErrors(FieldErrors &errors);

    void setProvider(SsoProvider provider);
    SsoProvider provider() const { return m_provider; }
    /// Loads `config` (never containing a secret). `secretStored`: a client secret is stored.
    void setConfig(const QJsonObject &config, bool secretStored);
    /// The edited config: keys the form does not manage are kept; empty fields are left out;
    /// "clientSecret" only when a new secret was typed.
    QJsonObject config() const;
    /// True when a new client secret was typed (to replace the stored one or as the first one).
    bool hasNewSecret() const;
    /// True when `field` ("config.issuer") is an empty input (callers hide "required" errors
    /// for fields not filled in yet).
    bool isEmptyField(const QString &field) const;

signals:
    void changed();

private:
    QWidget *createOidcPage();
    QWidget *createSamlPage();
    void setReplacingSecret(bool replacing);
    void updateCertificateInfo();
    void loadFile(QPlainTextEdit *target, const QString &title, const QString &filter);
    QLabel *errorLabel(const QString &key, const QString &objectName);

    SsoProvider m_provider = SsoProvider::OIDC;
    QJsonObject m_original;
    bool m_secretStored = false;
    bool m_replacingSecret = false;
    QList<std::pair<QString, QLabel *>> m_errorLabels;

    QStackedWidget *m_stack;
    QLineEdit *m_issuer;
    QLabel *m_issuerHint;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_secretStoredLabel;
    QPushButton *m_replaceSecret;
    QLineEdit *m_scope;
    QLineEdit *m_metadataUrl;
    QPlainTextEdit *m_metadata;
    QLineEdit *m_entityId;
    QLineEdit *m_signInEndpoint;
    QPlainTextEdit *m_certificate;
    QLabel *m_certificateInfo;
};

} // namespace gatehouse::ui
