#include "sso/SsoConnectorEditor.h"

#include "common/Format.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/SsoValidation.h"
#include "sso/SsoConfigForm.h"
#include "sso/SsoDomainsEditor.h"
#include "sso/SsoText.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse::ui {

SsoConnectorEditor::SsoConnectorEditor(Workspace *workspace, QWidget *parent)
    : EditorWidget(
          workspace,
          {tr("Connector changed elsewhere"), tr("Could not reload the connector."), QString(), QString()},
          parent)
    , m_providerBadge(style::kindBadge())
    , m_config(new SsoConfigForm)
    , m_domains(new SsoDomainsEditor)
    , m_syncProfile(new QCheckBox(tr("Sync the &profile at every sign-in")))
    , m_completeness(new QLabel)
    , m_created(new QLabel)
{
    setObjectName(QStringLiteral("ssoEditor"));
    m_providerBadge->setObjectName(QStringLiteral("ssoProviderBadge"));
    m_syncProfile->setObjectName(QStringLiteral("ssoSyncProfileCheck"));
    m_completeness->setObjectName(QStringLiteral("ssoCompletenessLabel"));
    m_completeness->setWordWrap(true);

    QFormLayout *general = style::formLayout();
    general->setContentsMargins(0, 0, 0, 0);
    m_name = addField(general, tr("&Name"), QStringLiteral("connectorName"), QStringLiteral("ssoName"));
    general->addRow(tr("Status"), m_completeness);
    general->addRow(tr("Created"), m_created);

    QFormLayout *branding = style::formLayout();
    branding->setContentsMargins(0, 0, 0, 0);
    m_displayName = addField(branding, tr("&Display name"), QStringLiteral("branding.displayName"),
                             QStringLiteral("ssoDisplayName"));
    m_displayName->setPlaceholderText(tr("Shown on the sign-in button, e.g. Acme"));
    m_logo = addField(branding, tr("&Logo URL"), QStringLiteral("branding.logo"), QStringLiteral("ssoLogo"));
    m_logo->setPlaceholderText(QStringLiteral("https://"));
    m_darkLogo = addField(branding, tr("Dar&k logo URL"), QStringLiteral("branding.darkLogo"),
                          QStringLiteral("ssoDarkLogo"));
    m_darkLogo->setPlaceholderText(QStringLiteral("https://"));
    errors().addField(QStringLiteral("domains"), m_domains->errorLabel());
    m_config->registerErrors(errors());

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
    contentLayout->addWidget(errors().createFallback(QStringLiteral("ssoOtherError")));
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("ssoEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(createHeader(QStringLiteral("sso"), {m_providerBadge}));
    layout->addWidget(scroll, 1);
    layout->addLayout(createSaveBar(QStringLiteral("sso")));
    setOperations(Operation::SsoConnectorsUpdate, Operation::SsoConnectorsRemove);

    connect(m_syncProfile, &QCheckBox::toggled, this, &SsoConnectorEditor::validate);
    connect(m_config, &SsoConfigForm::changed, this, &SsoConnectorEditor::validate);
    connect(m_domains, &SsoDomainsEditor::changed, this, &SsoConnectorEditor::validate);
    updateButtons();
}

void SsoConnectorEditor::setItem(const SsoConnector &connector)
{
    m_connector = connector;
    fill([&] {
        titleLabel()->setText(connector.connectorName);
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
    });
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

bool SsoConnectorEditor::isModified() const
{
    const SsoConnector now = edited();
    return now.connectorName != m_connector.connectorName || m_config->config() != m_loadedConfig ||
           now.domains != m_connector.domains || !(now.branding == m_connector.branding) ||
           now.syncProfile != m_connector.syncProfile;
}

QList<FieldError> SsoConnectorEditor::problems() const
{
    return SsoText::foldDomainErrors(
        sso::checkConnector(edited(), m_connector.clientSecretSet, clock::nowMs()).errors);
}

void SsoConnectorEditor::reloadForm()
{
    setItem(m_connector);
}

void SsoConnectorEditor::startSave()
{
    const SsoConnector connector = edited();
    saveThrough<SsoConnector>(workspace()->backend().ssoConnectors(), connector, connector.connectorName,
                              [this](const SsoConnector &stored) {
                                  if (stored.id == m_connector.id)
                                      setItem(stored);
                                  emit saved(stored);
                              });
}

bool SsoConnectorEditor::showSaveErrors(const Error &error)
{
    const std::optional<QList<FieldError>> problems = FieldErrors::refusal(error);
    if (problems)
        errors().show(SsoText::foldDomainErrors(*problems));
    return problems.has_value();
}

} // namespace gatehouse::ui
