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
    : FormDialog(QStringLiteral("createOrganizationDialog"), tr("Create organization"), 500, parent)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
{
    m_name->setObjectName(QStringLiteral("newOrganizationNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme Corporation"));
    m_description->setObjectName(QStringLiteral("newOrganizationDescriptionEdit"));
    m_description->setPlaceholderText(tr("Optional: who this customer is"));
    auto *nameError = FieldErrors::createLabel(QStringLiteral("newOrganizationNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("newOrganizationDescriptionError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("newOrganizationError"));
    errors().addField(QStringLiteral("name"), nameError);
    errors().addField(QStringLiteral("description"), descriptionError);
    errors().setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);

    QDialogButtonBox *buttons =
        createButtons(tr("Create organization"), QStringLiteral("createOrganizationButton"));
    connect(m_name, &QLineEdit::textChanged, this, &CreateOrganizationDialog::validate);
    connect(m_description, &QLineEdit::textChanged, this, &CreateOrganizationDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(style::subtitleLabel(
        tr("An organization is one of your customers: its members, their organization roles, its sign-in "
           "rules and its branding. It runs on the organization template.")));
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(buttons);
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
    QList<FieldError> shown;
    for (const FieldError &e : errors) {
        if (!(e.field == QLatin1String("name") && m_name->text().isEmpty()))
            shown.append(e);
    }
    this->errors().show(shown);
    setAcceptable(errors.isEmpty());
}

} // namespace gatehouse::ui
