#include "main/TenantDialog.h"

#include "common/Style.h"
#include "model/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

TenantDialog::TenantDialog(const Tenant &existing, QWidget *parent)
    : FormDialog(QStringLiteral("tenantDialog"),
                 existing.id.isEmpty() ? tr("Create tenant") : tr("Rename tenant"), 460, parent)
    , m_tenant(existing)
    , m_name(new QLineEdit(existing.name))
    , m_development(new QRadioButton(tr("&Development")))
    , m_production(new QRadioButton(tr("&Production")))
{
    const bool isNew = existing.id.isEmpty();

    m_name->setObjectName(QStringLiteral("tenantNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme (production)"));
    m_development->setObjectName(QStringLiteral("tenantDevelopmentRadio"));
    m_production->setObjectName(QStringLiteral("tenantProductionRadio"));
    (existing.tag == TenantTag::Production ? m_production : m_development)->setChecked(true);
    auto *nameError = FieldErrors::createLabel(QStringLiteral("tenantNameError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("tenantError"));
    errors().addField(QStringLiteral("name"), nameError);
    errors().setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    if (isNew) {
        auto *tags = new QVBoxLayout;
        tags->setSpacing(2);
        tags->addWidget(m_development);
        tags->addWidget(
            style::subtitleLabel(tr("For building and testing. Plain http redirect URIs are allowed "
                                    "for traditional web apps.")));
        tags->addSpacing(4);
        tags->addWidget(m_production);
        tags->addWidget(
            style::subtitleLabel(tr("Serves real users. Stricter rules, and every destructive action "
                                    "asks twice.")));
        form->addRow(tr("Kind"), tags);
    } else {
        m_development->hide();
        m_production->hide();
    }

    QDialogButtonBox *buttons =
        createButtons(isNew ? tr("Create tenant") : tr("Rename"), QStringLiteral("tenantAcceptButton"));
    connect(m_name, &QLineEdit::textChanged, this, &TenantDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(buttons);
    validate();
    this->errors().clear();
}

Tenant TenantDialog::tenant() const
{
    Tenant t = m_tenant;
    t.name = m_name->text().trimmed();
    if (t.id.isEmpty())
        t.tag = m_production->isChecked() ? TenantTag::Production : TenantTag::Development;
    return t;
}

void TenantDialog::validate()
{
    const Tenant t = tenant();
    const QList<FieldError> errors = validation::tenant(t);
    this->errors().show(errors);
    const bool unchanged = !m_tenant.id.isEmpty() && t.name == m_tenant.name;
    setAcceptable(errors.isEmpty() && !unchanged);
}

} // namespace gatehouse::ui
