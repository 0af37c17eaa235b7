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
    : FormDialog(QStringLiteral("templateItemDialog"), title, 500, actionText,
                 QStringLiteral("templateItemAcceptButton"), parent)
    , m_kind(kind)
    , m_user(new QRadioButton(tr("&User role: held by members"), this))
    , m_machine(new QRadioButton(tr("&Machine-to-machine role: held by applications in organizations"), this))
{
    auto *form = new QFormLayout;
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("templateItemName"));
    m_name->setPlaceholderText(kind == Kind::Scope ? tr("e.g. invite:member") : tr("e.g. admin"));
    if (kind == Kind::Scope)
        m_name->setFont(style::monospace());
    m_description = addField(form, tr("&Description"), QStringLiteral("description"),
                             QStringLiteral("templateItemDescription"));
    m_description->setPlaceholderText(kind == Kind::Scope
                                          ? tr("What this permission allows in an organization")
                                          : tr("What holders of this role may do"));
    m_user->setObjectName(QStringLiteral("templateItemUserRadio"));
    m_machine->setObjectName(QStringLiteral("templateItemMachineRadio"));
    m_user->setChecked(true);
    if (withType) {
        auto *types = new QVBoxLayout;
        types->addWidget(m_user);
        types->addWidget(m_machine);
        form->addRow(tr("Type"), types);
    } else {
        m_user->hide();
        m_machine->hide();
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("templateItemError")));
    layout->addWidget(buttons());
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
    showProblems(errors, [this](const QString &field) {
        return field == QLatin1String("name") && m_name->text().isEmpty();
    });
}

} // namespace gatehouse::ui
