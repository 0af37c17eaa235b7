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
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
{
    setObjectName(QStringLiteral("createOrganizationDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Create organization"));
    setMinimumWidth(500);

    m_name->setObjectName(QStringLiteral("newOrganizationNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme Corporation"));
    m_description->setObjectName(QStringLiteral("newOrganizationDescriptionEdit"));
    m_description->setPlaceholderText(tr("Optional: who this customer is"));
    auto *nameError = FieldErrors::createLabel(QStringLiteral("newOrganizationNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("newOrganizationDescriptionError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("newOrganizationError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("description"), descriptionError);
    m_errors.setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("Create organization"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOrganizationButton"));
    style::makePrimary(m_create);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_create->isEnabled())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

void CreateOrganizationDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void CreateOrganizationDialog::showError(const Error &error)
{
    if (!error.fields().isEmpty())
        m_errors.show(error.fields());
    else
        m_errors.show({FieldError{QString(), error.message()}});
}

void CreateOrganizationDialog::validate()
{
    const QList<FieldError> errors = validation::organization(draft());
    QList<FieldError> shown;
    for (const FieldError &e : errors) {
        if (!(e.field == QLatin1String("name") && m_name->text().isEmpty()))
            shown.append(e);
    }
    m_errors.show(shown);
    m_create->setEnabled(errors.isEmpty() && !m_busy);
}

} // namespace gatehouse::ui
