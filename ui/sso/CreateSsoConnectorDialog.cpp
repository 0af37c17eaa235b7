#include "sso/CreateSsoConnectorDialog.h"

#include "common/Style.h"
#include "model/SsoValidation.h"
#include "sso/SsoConfigForm.h"
#include "sso/SsoDomainsEditor.h"
#include "sso/SsoText.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse::ui {

CreateSsoConnectorDialog::CreateSsoConnectorDialog(QWidget *parent)
    : FormDialog(QStringLiteral("createSsoConnectorDialog"), tr("Add SSO connector"), 620,
                 tr("Add connector"), QStringLiteral("createSsoConnectorButton"), parent)
    , m_provider(new QComboBox)
    , m_providerHint(style::subtitleLabel({}))
    , m_name(new QLineEdit)
    , m_config(new SsoConfigForm)
    , m_domains(new SsoDomainsEditor)
{
    resize(660, 640);

    m_provider->setObjectName(QStringLiteral("ssoProviderCombo"));
    for (const SsoProvider provider : allSsoProviders())
        m_provider->addItem(SsoText::providerLabel(provider), ssoProviderName(provider));
    m_providerHint->setObjectName(QStringLiteral("ssoProviderHint"));
    m_name->setObjectName(QStringLiteral("newSsoNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme Okta"));
    auto *nameError = FieldErrors::createLabel(QStringLiteral("newSsoNameError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("newSsoError"));
    errors().addField(QStringLiteral("connectorName"), nameError);
    errors().addField(QStringLiteral("domains"), m_domains->errorLabel());
    m_config->registerErrors(errors());
    errors().setFallback(otherError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(QString(), m_providerHint);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(form);
    contentLayout->addWidget(style::sectionLabel(tr("Connection")));
    contentLayout->addWidget(m_config);
    contentLayout->addWidget(style::sectionLabel(tr("Email domains")));
    contentLayout->addWidget(m_domains);
    contentLayout->addWidget(otherError);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        SsoProvider provider = SsoProvider::OIDC;
        parseSsoProvider(m_provider->currentData().toString(), &provider);
        m_providerHint->setText(SsoText::providerHint(provider));
        m_config->setProvider(provider);
    });
    connect(m_name, &QLineEdit::textChanged, this, &CreateSsoConnectorDialog::validate);
    connect(m_config, &SsoConfigForm::changed, this, &CreateSsoConnectorDialog::validate);
    connect(m_domains, &SsoDomainsEditor::changed, this, &CreateSsoConnectorDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons());
    m_providerHint->setText(SsoText::providerHint(SsoProvider::OIDC));
    validate();
}

SsoConnector CreateSsoConnectorDialog::draft() const
{
    SsoConnector c;
    c.providerName = m_config->provider();
    c.connectorName = m_name->text().trimmed();
    c.config = m_config->config();
    c.domains = m_domains->domains();
    return c;
}

void CreateSsoConnectorDialog::setProvider(SsoProvider provider)
{
    m_provider->setCurrentIndex(m_provider->findData(ssoProviderName(provider)));
}

void CreateSsoConnectorDialog::showError(const Error &error)
{
    this->errors().show(error.fields().isEmpty() ? QList<FieldError>{{QString(), error.message()}}
                                                 : SsoText::foldDomainErrors(error.fields()));
}

void CreateSsoConnectorDialog::validate()
{
    const sso::ConnectorCheck check = sso::checkConnector(draft(), false, clock::nowMs());
    // "Enter the issuer" is not news while the person has not got to that field yet.
    QList<FieldError> shown;
    for (const FieldError &e : check.errors) {
        const bool empty = e.field == QLatin1String("connectorName") ? m_name->text().trimmed().isEmpty()
                                                                     : m_config->isEmptyField(e.field);
        if (!empty)
            shown.append(e);
    }
    this->errors().show(SsoText::foldDomainErrors(shown));
    setAcceptable(check.ok());
    acceptButton()->setToolTip(check.ok() ? QString() : tr("Fill in the connection details first"));
}

} // namespace gatehouse::ui
