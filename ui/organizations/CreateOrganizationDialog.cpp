#include "organizations/CreateOrganizationDialog.h"

#include "common/Style.h"
#include "model/OrganizationValidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

CreateOrganizationDialog::CreateOrganizationDialog(QWidget *parent)
    : FormDialog(QStringLiteral("createOrganizationDialog"), tr("Create organization"), 500,
                 tr("Create organization"), QStringLiteral("createOrganizationButton"), parent)
{
    auto *form = new QFormLayout;
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("newOrganizationName"));
    m_name->setPlaceholderText(tr("e.g. Acme Corporation"));
    m_description = addField(form, tr("&Description"), QStringLiteral("description"),
                             QStringLiteral("newOrganizationDescription"));
    m_description->setPlaceholderText(tr("Optional: who this customer is"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(style::subtitleLabel(
        tr("An organization is one of your customers: its members, their organization roles, its sign-in "
           "rules and its branding. It runs on the organization template.")));
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("newOrganizationError")));
    layout->addWidget(buttons());
    validate();
}

Organization CreateOrganizationDialog::draft() const
{
    Organization o;
    o.name = m_name->text().trimmed();
    o.description = m_description->text().trimmed();
    return o;
}

void CreateOrganizationDialog::validate()
{
    const QList<FieldError> errors = validation::organization(draft());
    showProblems(errors, [this](const QString &field) {
        return field == QLatin1String("name") && m_name->text().isEmpty();
    });
}

} // namespace gatehouse::ui
