#include "organizationtemplate/TemplateItemDialog.h"

#include "common/Style.h"
#include "model/OrganizationValidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

TemplateItemDialog::TemplateItemDialog(Kind kind, const QString &title, const QString &actionText,
                                       bool withType, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_user(new QRadioButton(tr("&User role: held by members")))
    , m_machine(new QRadioButton(tr("&Machine-to-machine role: held by applications in organizations")))
{
    setObjectName(QStringLiteral("templateItemDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setMinimumWidth(500);
    m_name->setObjectName(QStringLiteral("templateItemNameEdit"));
    m_name->setPlaceholderText(kind == Kind::Scope ? tr("e.g. invite:member") : tr("e.g. admin"));
    if (kind == Kind::Scope)
        m_name->setFont(style::monospace());
    m_description->setObjectName(QStringLiteral("templateItemDescriptionEdit"));
    m_description->setPlaceholderText(kind == Kind::Scope
                                          ? tr("What this permission allows in an organization")
                                          : tr("What holders of this role may do"));
    m_user->setObjectName(QStringLiteral("templateItemUserRadio"));
    m_machine->setObjectName(QStringLiteral("templateItemMachineRadio"));
    m_user->setChecked(true);
    auto *nameError = FieldErrors::createLabel(QStringLiteral("templateItemNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("templateItemDescriptionError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("templateItemError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("description"), descriptionError);
    m_errors.setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);
    if (withType) {
        auto *types = new QVBoxLayout;
        types->addWidget(m_user);
        types->addWidget(m_machine);
        form->addRow(tr("Type"), types);
    } else {
        m_user->hide();
        m_machine->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("templateItemAcceptButton"));
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateItemDialog::validate);
    connect(m_description, &QLineEdit::textChanged, this, &TemplateItemDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(buttons);
    validate();
}

void TemplateItemDialog::setValues(const QString &name, const QString &description, RoleType type)
{
    m_name->setText(name);
    m_description->setText(description);
    (type == RoleType::User ? m_user : m_machine)->setChecked(true);
}

QString TemplateItemDialog::name() const
{
    return m_name->text().trimmed();
}

QString TemplateItemDialog::description() const
{
    return m_description->text().trimmed();
}

RoleType TemplateItemDialog::type() const
{
    return m_machine->isChecked() ? RoleType::MachineToMachine : RoleType::User;
}

void TemplateItemDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void TemplateItemDialog::showError(const Error &error)
{
    m_errors.show(error.fields().isEmpty() ? QList<FieldError>{FieldError{QString(), error.message()}}
                                           : error.fields());
}

void TemplateItemDialog::validate()
{
    QList<FieldError> errors;
    if (m_kind == Kind::Scope) {
        OrganizationScope scope;
        scope.name = name();
        scope.description = description();
        errors = validation::organizationScope(scope);
    } else {
        OrganizationRole role;
        role.name = name();
        role.description = description();
        errors = validation::organizationRole(role);
    }
    QList<FieldError> shown;
    for (const FieldError &e : errors) {
        if (!(e.field == QLatin1String("name") && m_name->text().isEmpty()))
            shown.append(e);
    }
    m_errors.show(shown);
    m_accept->setEnabled(errors.isEmpty() && !m_busy);
}

} // namespace gatehouse::ui
