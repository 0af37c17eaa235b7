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
                 existing.id.isEmpty() ? tr("Create tenant") : tr("Rename tenant"), 460,
                 existing.id.isEmpty() ? tr("Create tenant") : tr("Rename"),
                 QStringLiteral("tenantAcceptButton"), parent)
    , m_tenant(existing)
    , m_development(new QRadioButton(tr("&Development"), this))
    , m_production(new QRadioButton(tr("&Production"), this))
{
    auto *form = new QFormLayout;
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("tenantName"));
    m_name->setText(existing.name);
    m_name->setPlaceholderText(tr("e.g. Acme (production)"));
    m_development->setObjectName(QStringLiteral("tenantDevelopmentRadio"));
    m_production->setObjectName(QStringLiteral("tenantProductionRadio"));
    (existing.tag == TenantTag::Production ? m_production : m_development)->setChecked(true);
    if (existing.id.isEmpty()) {
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("tenantError")));
    layout->addWidget(buttons());
    validate();
    errors().clear();
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
