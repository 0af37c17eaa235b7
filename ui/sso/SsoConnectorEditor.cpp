#include "sso/SsoConnectorEditor.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/SsoValidation.h"
#include "sso/SsoConfigForm.h"
#include "sso/SsoDomainsEditor.h"
#include "sso/SsoText.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    return form;
}
} // namespace

SsoConnectorEditor::SsoConnectorEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(style::titleLabel({}))
    , m_providerBadge(new QLabel)
    , m_name(new QLineEdit)
    , m_config(new SsoConfigForm)
    , m_domains(new SsoDomainsEditor)
    , m_displayName(new QLineEdit)
    , m_logo(new QLineEdit)
    , m_darkLogo(new QLineEdit)
    , m_syncProfile(new QCheckBox(tr("Sync the &profile at every sign-in")))
    , m_completeness(new QLabel)
    , m_created(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_status(style::subtitleLabel({}))
{
    setObjectName(QStringLiteral("ssoEditor"));
    m_title->setObjectName(QStringLiteral("ssoTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_providerBadge->setObjectName(QStringLiteral("ssoProviderBadge"));
    m_providerBadge->setProperty("role", QLatin1String("badge"));
    m_providerBadge->setStyleSheet(
        QStringLiteral("background: #efeafe; color: #4520c9; border: 1px solid #d6cbfb;"));
    m_name->setObjectName(QStringLiteral("ssoNameEdit"));
    m_displayName->setObjectName(QStringLiteral("ssoDisplayNameEdit"));
    m_displayName->setPlaceholderText(tr("Shown on the sign-in button, e.g. Acme"));
    m_logo->setObjectName(QStringLiteral("ssoLogoEdit"));
    m_logo->setPlaceholderText(QStringLiteral("https://"));
    m_darkLogo->setObjectName(QStringLiteral("ssoDarkLogoEdit"));
    m_darkLogo->setPlaceholderText(QStringLiteral("https://"));
    m_syncProfile->setObjectName(QStringLiteral("ssoSyncProfileCheck"));
    m_completeness->setObjectName(QStringLiteral("ssoCompletenessLabel"));
    m_completeness->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("ssoSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("ssoRevertButton"));
    m_delete->setObjectName(QStringLiteral("ssoDeleteButton"));
    m_status->setObjectName(QStringLiteral("ssoStatusLabel"));
    style::makePrimary(m_save);
    style::makeDanger(m_delete);

    auto *nameError = FieldErrors::createLabel(QStringLiteral("ssoNameError"));
    auto *displayNameError = FieldErrors::createLabel(QStringLiteral("ssoDisplayNameError"));
    auto *logoError = FieldErrors::createLabel(QStringLiteral("ssoLogoError"));
    auto *darkLogoError = FieldErrors::createLabel(QStringLiteral("ssoDarkLogoError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("ssoOtherError"));
    m_errors.addField(QStringLiteral("connectorName"), nameError);
    m_errors.addField(QStringLiteral("branding.displayName"), displayNameError);
    m_errors.addField(QStringLiteral("branding.logo"), logoError);
    m_errors.addField(QStringLiteral("branding.darkLogo"), darkLogoError);
    m_errors.addField(QStringLiteral("domains"), m_domains->errorLabel());
    m_config->registerErrors(m_errors);
    m_errors.setFallback(otherError);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_providerBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_delete, 0, Qt::AlignVCenter);

    QFormLayout *general = newForm();
    general->addRow(tr("&Name"), m_name);
    general->addRow(QString(), nameError);
    general->addRow(tr("Status"), m_completeness);
    general->addRow(tr("Created"), m_created);

    QFormLayout *branding = newForm();
    branding->addRow(tr("&Display name"), m_displayName);
    branding->addRow(QString(), displayNameError);
    branding->addRow(tr("&Logo URL"), m_logo);
    branding->addRow(QString(), logoError);
    branding->addRow(tr("Dar&k logo URL"), m_darkLogo);
    branding->addRow(QString(), darkLogoError);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 4, 12, 8);
    contentLayout->addLayout(general);
    contentLayout->addWidget(style::sectionLabel(tr("Connection")));
    contentLayout->addWidget(m_config);
    contentLayout->addWidget(style::sectionLabel(tr("Email domains")));
    contentLayout->addWidget(style::subtitleLabel(tr(
        "With enterprise SSO switched on (Sign-in & MFA), people whose email is at these domains sign in "
        "through this connector and can no longer use a password. Each domain belongs to one connector.")));
    contentLayout->addWidget(m_domains);
    contentLayout->addWidget(style::sectionLabel(tr("Branding")));
    contentLayout->addLayout(branding);
    contentLayout->addWidget(style::sectionLabel(tr("Profile")));
    contentLayout->addWidget(m_syncProfile);
    contentLayout->addWidget(style::subtitleLabel(
        tr("The user's name, avatar and other profile fields are updated from the identity provider "
           "each time they sign in through this connector; otherwise only at their first sign-in.")));
    contentLayout->addWidget(otherError);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("ssoEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_name, m_displayName, m_logo, m_darkLogo})
        connect(edit, &QLineEdit::textChanged, this, &SsoConnectorEditor::validate);
    connect(m_syncProfile, &QCheckBox::toggled, this, &SsoConnectorEditor::validate);
    connect(m_config, &SsoConfigForm::changed, this, &SsoConnectorEditor::validate);
    connect(m_domains, &SsoDomainsEditor::changed, this, &SsoConnectorEditor::validate);
    connect(m_save, &QPushButton::clicked, this, &SsoConnectorEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &SsoConnectorEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &SsoConnectorEditor::deleteRequested);
    updateButtons();
}

void SsoConnectorEditor::setConnector(const SsoConnector &connector)
{
    load(connector);
}

void SsoConnectorEditor::load(const SsoConnector &connector)
{
    m_loading = true;
    m_connector = connector;
    m_title->setText(connector.connectorName);
    m_providerBadge->setText(SsoText::providerLabel(connector.providerName));
    m_name->setText(connector.connectorName);
    m_config->setProvider(connector.providerName);
    m_config->setConfig(connector.config, connector.clientSecretSet);
    m_loadedConfig = m_config->config();
    m_domains->setDomains(connector.domains);
    m_displayName->setText(connector.branding.displayName);
    m_logo->setText(connector.branding.logo);
    m_darkLogo->setText(connector.branding.darkLogo);
    m_syncProfile->setChecked(connector.syncProfile);
    const bool complete = sso::isConfigComplete(connector);
    m_completeness->setText(complete ? tr("Complete: sign-in can be routed here.")
                                     : tr("Incomplete: sign-in is not routed here until the connection "
                                          "details are filled in."));
    m_completeness->setStyleSheet(complete ? QStringLiteral("color: #1a7f37;")
                                           : QStringLiteral("color: #8a5a00;"));
    m_created->setText(Format::dateTime(connector.createdAt));
    m_created->setToolTip(Format::utc(connector.createdAt));
    m_status->clear();
    m_loading = false;
    validate();
}

SsoConnector SsoConnectorEditor::edited() const
{
    SsoConnector c = m_connector;
    c.connectorName = m_name->text().trimmed();
    c.config = m_config->config();
    c.domains = m_domains->domains();
    c.branding.displayName = m_displayName->text().trimmed();
    c.branding.logo = m_logo->text().trimmed();
    c.branding.darkLogo = m_darkLogo->text().trimmed();
    c.syncProfile = m_syncProfile->isChecked();
    return c;
}

bool SsoConnectorEditor::isDirty() const
{
    if (!hasConnector())
        return false;
    const SsoConnector now = edited();
    return now.connectorName != m_connector.connectorName || m_config->config() != m_loadedConfig ||
           now.domains != m_connector.domains || !(now.branding == m_connector.branding) ||
           now.syncProfile != m_connector.syncProfile;
}

void SsoConnectorEditor::validate()
{
    if (m_loading)
        return;
    QList<FieldError> errors;
    if (hasConnector())
        errors = sso::checkConnector(edited(), m_connector.clientSecretSet, clock::nowMs()).errors;
    m_valid = m_errors.show(SsoText::foldDomainErrors(errors));
    updateButtons();
}

void SsoConnectorEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && m_valid && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    m_delete->setEnabled(hasConnector() && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

void SsoConnectorEditor::revert()
{
    load(m_connector);
}

void SsoConnectorEditor::save()
{
    if (!m_save->isEnabled())
        return;
    const SsoConnector edited = this->edited();
    m_saving = true;
    updateButtons();
    m_workspace->track(m_workspace->backend().ssoConnectors().update(m_workspace->tenant().id, edited))
        .then(this, [this, edited](Result<SsoConnector> result) {
            m_saving = false;
            if (result.ok()) {
                if (result->id == m_connector.id)
                    load(result.value());
                m_status->setText(tr("Saved"));
                emit saved(result.value());
                return;
            }
            handleSaveError(edited, result.error());
            updateButtons();
        });
}

void SsoConnectorEditor::handleSaveError(const SsoConnector &edited, const Error &error)
{
    if (error.code() == ErrorCode::Validation || error.code() == ErrorCode::AlreadyExists) {
        m_errors.show(error.fields().isEmpty() ? QList<FieldError>{{QString(), error.message()}}
                                               : SsoText::foldDomainErrors(error.fields()));
        return;
    }
    if (error.code() != ErrorCode::Conflict) {
        MessageBox::showError(this, tr("Could not save \"%1\".").arg(edited.connectorName), error);
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Connector changed elsewhere"),
        tr("\"%1\" was changed by someone else after you opened it. Reload it? Your edits will be discarded.")
            .arg(edited.connectorName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const QString id = edited.id;
    m_workspace->track(m_workspace->backend().ssoConnectors().get(m_workspace->tenant().id, id))
        .then(this, [this, id](Result<SsoConnector> fresh) {
            if (!fresh.ok()) {
                MessageBox::showError(this, tr("Could not reload the connector."), fresh.error());
            } else if (m_connector.id == id) {
                load(fresh.value());
                emit saved(fresh.value());
            }
        });
}

} // namespace gatehouse::ui
