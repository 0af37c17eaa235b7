#include "sso/SsoConfigForm.h"

#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "model/SsoValidation.h"
#include "security/Certificate.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
const QStringList managedKeys = {
    QStringLiteral("issuer"),   QStringLiteral("clientId"),       QStringLiteral("clientSecret"),
    QStringLiteral("scope"),    QStringLiteral("metadataUrl"),    QStringLiteral("metadata"),
    QStringLiteral("entityId"), QStringLiteral("signInEndpoint"), QStringLiteral("x509Certificate"),
};
/// SAML metadata and certificates are small; anything larger is not one.
constexpr qint64 maxFileBytes = 1024 * 1024;

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    return form;
}

/// A form row whose field is a layout: QFormLayout gives such a row's label no buddy, so the
/// mnemonic would show as a literal "&".
void addLayoutRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, field);
}
} // namespace

SsoConfigForm::SsoConfigForm(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_issuer(new QLineEdit)
    , m_issuerHint(style::subtitleLabel({}))
    , m_clientId(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_secretStoredLabel(new QLabel(tr("••• stored")))
    , m_replaceSecret(new QPushButton(tr("Replace secret…")))
    , m_scope(new QLineEdit)
    , m_metadataUrl(new QLineEdit)
    , m_metadata(new QPlainTextEdit)
    , m_entityId(new QLineEdit)
    , m_signInEndpoint(new QLineEdit)
    , m_certificate(new QPlainTextEdit)
    , m_certificateInfo(style::subtitleLabel({}))
{
    m_stack->addWidget(createOidcPage());
    m_stack->addWidget(createSamlPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (QLineEdit *edit :
         {m_issuer, m_clientId, m_secret, m_scope, m_metadataUrl, m_entityId, m_signInEndpoint})
        connect(edit, &QLineEdit::textChanged, this, &SsoConfigForm::changed);
    connect(m_metadata, &QPlainTextEdit::textChanged, this, &SsoConfigForm::changed);
    connect(m_certificate, &QPlainTextEdit::textChanged, this, [this] {
        updateCertificateInfo();
        emit changed();
    });
    setProvider(SsoProvider::OIDC);
    setReplacingSecret(false);
}

QLabel *SsoConfigForm::errorLabel(const QString &key, const QString &objectName)
{
    QLabel *label = FieldErrors::createLabel(objectName + QStringLiteral("Error"));
    m_errorLabels.append({QStringLiteral("config.") + key, label});
    return label;
}

QWidget *SsoConfigForm::createOidcPage()
{
    m_issuer->setObjectName(QStringLiteral("ssoIssuerEdit"));
    m_issuer->setPlaceholderText(QStringLiteral("https://idp.example.com"));
    m_clientId->setObjectName(QStringLiteral("ssoClientIdEdit"));
    m_secret->setObjectName(QStringLiteral("ssoClientSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Paste the client secret"));
    m_secretStoredLabel->setObjectName(QStringLiteral("ssoSecretStoredLabel"));
    m_secretStoredLabel->setToolTip(
        tr("A client secret is stored. It is never shown; replace it to change it."));
    m_replaceSecret->setObjectName(QStringLiteral("ssoReplaceSecretButton"));
    m_scope->setObjectName(QStringLiteral("ssoScopeEdit"));
    m_scope->setPlaceholderText(QStringLiteral("openid profile email"));
    connect(m_replaceSecret, &QPushButton::clicked, this, [this] { setReplacingSecret(!m_replacingSecret); });

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretStoredLabel, 1);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_replaceSecret);
    m_replaceSecret->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto *page = new QWidget;
    QFormLayout *form = newForm();
    form->addRow(tr("&Issuer"), m_issuer);
    form->addRow(QString(), m_issuerHint);
    form->addRow(QString(), errorLabel(QStringLiteral("issuer"), m_issuer->objectName()));
    form->addRow(tr("Client &ID"), m_clientId);
    form->addRow(QString(), errorLabel(QStringLiteral("clientId"), m_clientId->objectName()));
    addLayoutRow(form, tr("Client &secret"), m_secret, secretRow);
    form->addRow(QString(), errorLabel(QStringLiteral("clientSecret"), m_secret->objectName()));
    form->addRow(tr("S&cope"), m_scope);
    form->addRow(QString(),
                 style::subtitleLabel(tr("Space-separated; must include openid. Empty means openid only.")));
    form->addRow(QString(), errorLabel(QStringLiteral("scope"), m_scope->objectName()));
    page->setLayout(form);
    return page;
}

QWidget *SsoConfigForm::createSamlPage()
{
    m_metadataUrl->setObjectName(QStringLiteral("ssoMetadataUrlEdit"));
    m_metadataUrl->setPlaceholderText(QStringLiteral("https://idp.example.com/saml/metadata"));
    m_metadata->setObjectName(QStringLiteral("ssoMetadataXmlEdit"));
    m_metadata->setPlaceholderText(tr("<EntityDescriptor …> (paste, or load from a file)"));
    m_metadata->setFont(style::monospace());
    m_metadata->setFixedHeight(80);
    m_entityId->setObjectName(QStringLiteral("ssoEntityIdEdit"));
    m_signInEndpoint->setObjectName(QStringLiteral("ssoSignInEndpointEdit"));
    m_signInEndpoint->setPlaceholderText(QStringLiteral("https://idp.example.com/saml/sso"));
    m_certificate->setObjectName(QStringLiteral("ssoCertificateEdit"));
    m_certificate->setPlaceholderText(QStringLiteral("-----BEGIN CERTIFICATE-----"));
    m_certificate->setFont(style::monospace());
    m_certificate->setFixedHeight(80);
    m_certificateInfo->setObjectName(QStringLiteral("ssoCertificateInfoLabel"));
    m_certificateInfo->setTextFormat(Qt::PlainText);
    m_certificateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *loadMetadata = new QPushButton(tr("Load from file…"));
    loadMetadata->setObjectName(QStringLiteral("ssoLoadMetadataButton"));
    connect(loadMetadata, &QPushButton::clicked, this, [this] {
        loadFile(m_metadata, tr("Load SAML metadata"), tr("SAML metadata (*.xml);;All files (*)"));
    });
    auto *loadCertificate = new QPushButton(tr("Load from file…"));
    loadCertificate->setObjectName(QStringLiteral("ssoLoadCertificateButton"));
    connect(loadCertificate, &QPushButton::clicked, this, [this] {
        loadFile(m_certificate, tr("Load signing certificate"),
                 tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    auto *metadataRow = new QVBoxLayout;
    metadataRow->addWidget(m_metadata);
    metadataRow->addWidget(loadMetadata, 0, Qt::AlignLeft);
    auto *certificateRow = new QVBoxLayout;
    certificateRow->addWidget(m_certificate);
    certificateRow->addWidget(loadCertificate, 0, Qt::AlignLeft);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(style::subtitleLabel(
        tr("Give the identity provider's metadata URL, or its metadata XML, or enter its entity ID, single "
           "sign-on URL and signing certificate by hand.")));
    QFormLayout *form = newForm();
    form->addRow(tr("&Metadata URL"), m_metadataUrl);
    form->addRow(QString(), errorLabel(QStringLiteral("metadataUrl"), m_metadataUrl->objectName()));
    addLayoutRow(form, tr("Metadata &XML"), m_metadata, metadataRow);
    form->addRow(QString(), errorLabel(QStringLiteral("metadata"), m_metadata->objectName()));
    form->addRow(tr("&Entity ID"), m_entityId);
    form->addRow(QString(), errorLabel(QStringLiteral("entityId"), m_entityId->objectName()));
    form->addRow(tr("Single sign-&on URL"), m_signInEndpoint);
    form->addRow(QString(), errorLabel(QStringLiteral("signInEndpoint"), m_signInEndpoint->objectName()));
    addLayoutRow(form, tr("Signing &certificate"), m_certificate, certificateRow);
    form->addRow(QString(), m_certificateInfo);
    form->addRow(QString(), errorLabel(QStringLiteral("x509Certificate"), m_certificate->objectName()));
    layout->addLayout(form);
    return page;
}

void SsoConfigForm::registerErrors(FieldErrors &errors)
{
    for (const auto &[field, label] : std::as_const(m_errorLabels))
        errors.addField(field, label);
}

void SsoConfigForm::setProvider(SsoProvider provider)
{
    m_provider = provider;
    m_stack->setCurrentIndex(isSamlProvider(provider) ? 1 : 0);
    if (provider == SsoProvider::GoogleWorkspace) {
        m_issuer->setPlaceholderText(tr("%1 (implied)").arg(QLatin1String(sso::googleIssuer)));
        m_issuerHint->setText(tr("Google Workspace always uses Google's issuer; leave it empty."));
    } else if (provider == SsoProvider::AzureAdOidc) {
        m_issuer->setPlaceholderText(QStringLiteral("https://login.microsoftonline.com/TENANT-ID/v2.0"));
        m_issuerHint->setText(tr("Your Microsoft Entra ID tenant's issuer."));
    } else if (provider == SsoProvider::Okta) {
        m_issuer->setPlaceholderText(QStringLiteral("https://acme.okta.com"));
        m_issuerHint->setText(tr("Your Okta organization's URL."));
    } else {
        m_issuer->setPlaceholderText(QStringLiteral("https://idp.example.com"));
        m_issuerHint->setText(tr("Discovery reads {issuer}/.well-known/openid-configuration."));
    }
    // Stack pages keep their size hint; let the hidden one not reserve space.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_stack->currentIndex()
                                                                      ? QSizePolicy::Preferred
                                                                      : QSizePolicy::Ignored);
    m_stack->adjustSize();
    emit changed();
}

void SsoConfigForm::setConfig(const QJsonObject &config, bool secretStored)
{
    const QSignalBlocker blocker(this);
    m_original = config;
    m_original.remove(QStringLiteral("clientSecret"));
    m_secretStored = secretStored;
    const auto text = [&config](const char *key) {
        return config.value(QLatin1String(key)).toString();
    };
    m_issuer->setText(text("issuer"));
    m_clientId->setText(text("clientId"));
    m_scope->setText(text("scope"));
    m_metadataUrl->setText(text("metadataUrl"));
    m_metadata->setPlainText(text("metadata"));
    m_entityId->setText(text("entityId"));
    m_signInEndpoint->setText(text("signInEndpoint"));
    m_certificate->setPlainText(text("x509Certificate"));
    setReplacingSecret(false);
    updateCertificateInfo();
}

void SsoConfigForm::setReplacingSecret(bool replacing)
{
    m_replacingSecret = replacing;
    m_secret->clear();
    const bool editable = !m_secretStored || replacing;
    m_secret->setVisible(editable);
    m_secretStoredLabel->setVisible(m_secretStored && !replacing);
    m_replaceSecret->setVisible(m_secretStored);
    m_replaceSecret->setText(replacing ? tr("Keep stored secret") : tr("Replace secret…"));
    m_secret->setPlaceholderText(replacing ? tr("Paste the new client secret")
                                           : tr("Paste the client secret"));
    if (replacing)
        m_secret->setFocus();
    emit changed();
}

bool SsoConfigForm::hasNewSecret() const
{
    return (!m_secretStored || m_replacingSecret) && !m_secret->text().trimmed().isEmpty();
}

QJsonObject SsoConfigForm::config() const
{
    QJsonObject c = m_original;
    for (const QString &key : managedKeys)
        c.remove(key);
    const auto put = [&c](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            c.insert(QLatin1String(key), value.trimmed());
    };
    if (isSamlProvider(m_provider)) {
        put("metadataUrl", m_metadataUrl->text());
        put("metadata", m_metadata->toPlainText());
        put("entityId", m_entityId->text());
        put("signInEndpoint", m_signInEndpoint->text());
        put("x509Certificate", m_certificate->toPlainText());
    } else {
        put("issuer", m_issuer->text());
        put("clientId", m_clientId->text());
        put("scope", m_scope->text());
        if (!m_secretStored || m_replacingSecret)
            put("clientSecret", m_secret->text());
    }
    return c;
}

bool SsoConfigForm::isEmptyField(const QString &field) const
{
    static const QString prefix = QStringLiteral("config.");
    if (!field.startsWith(prefix))
        return false;
    const QString key = field.mid(prefix.size());
    if (key == QLatin1String("clientSecret"))
        return m_secret->text().trimmed().isEmpty();
    if (key == QLatin1String("metadata"))
        return m_metadata->toPlainText().trimmed().isEmpty();
    if (key == QLatin1String("x509Certificate"))
        return m_certificate->toPlainText().trimmed().isEmpty();
    return !config().contains(key);
}

void SsoConfigForm::updateCertificateInfo()
{
    const QString pem = m_certificate->toPlainText().trimmed();
    m_certificateInfo->setStyleSheet({});
    if (pem.isEmpty()) {
        m_certificateInfo->setVisible(false);
        return;
    }
    QString problem;
    const std::optional<security::CertificateInfo> info = security::parseCertificate(pem, &problem);
    m_certificateInfo->setVisible(info.has_value());
    if (!info) {
        // The reason is shown as the field's error.
        m_certificateInfo->clear();
        return;
    }
    const qint64 now = clock::nowMs();
    QString validity;
    if (info->notAfterMs <= now) {
        validity = tr("Expired on %1").arg(Format::dateTime(info->notAfterMs));
        m_certificateInfo->setStyleSheet(QStringLiteral("color: #b42318;"));
    } else if (info->notAfterMs - now < sso::certificateWarningMs) {
        validity = tr("Expires soon: %1").arg(Format::dateTime(info->notAfterMs));
        m_certificateInfo->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    } else {
        validity = tr("Valid until %1").arg(Format::dateTime(info->notAfterMs));
    }
    m_certificateInfo->setText(tr("Subject: %1\nIssuer: %2\n%3\nSHA-256: %4")
                                   .arg(info->subject, info->issuer, validity, info->sha256Fingerprint));
}

void SsoConfigForm::loadFile(QPlainTextEdit *target, const QString &title, const QString &filter)
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setObjectName(QStringLiteral("ssoLoadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, tr("Could not load the file"),
                                tr("Could not read %1: %2").arg(path, file.errorString()));
            return;
        }
        if (file.size() > maxFileBytes) {
            MessageBox::warning(
                this, tr("Could not load the file"),
                tr("%1 is larger than 1 MiB: it is not SAML metadata or a certificate.").arg(path));
            return;
        }
        target->setPlainText(QString::fromUtf8(file.readAll()));
    });
    dialog->open();
}

} // namespace gatehouse::ui
