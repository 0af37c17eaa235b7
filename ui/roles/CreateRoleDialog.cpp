#include "roles/CreateRoleDialog.h"

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

CreateRoleDialog::CreateRoleDialog(QWidget *parent)
    : FormDialog(QStringLiteral("createRoleDialog"), tr("Create role"), 500, tr("Create role"),
                 QStringLiteral("createRoleButton"), parent)
    , m_user(new QRadioButton(tr("&User role")))
    , m_machine(new QRadioButton(tr("&Machine-to-machine role")))
{
    auto *form = new QFormLayout;
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("newRoleName"));
    m_name->setPlaceholderText(tr("e.g. Editor"));
    m_description = addField(form, tr("&Description"), QStringLiteral("description"),
                             QStringLiteral("newRoleDescription"));
    m_description->setPlaceholderText(tr("What holders of this role may do"));
    m_user->setObjectName(QStringLiteral("newRoleUserRadio"));
    m_machine->setObjectName(QStringLiteral("newRoleMachineRadio"));
    m_user->setChecked(true);
    auto *types = new QVBoxLayout;
    types->setSpacing(2);
    types->addWidget(m_user);
    types->addWidget(style::subtitleLabel(tr("Assigned to people; their tokens carry its permissions.")));
    types->addSpacing(4);
    types->addWidget(m_machine);
    types->addWidget(style::subtitleLabel(tr("Assigned to machine-to-machine apps calling your APIs.")));
    form->addRow(tr("Type"), types);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("newRoleError")));
    layout->addWidget(buttons());
    validate();
}

Role CreateRoleDialog::draft() const
{
    Role r;
    r.name = m_name->text().trimmed();
    r.description = m_description->text().trimmed();
    r.type = m_machine->isChecked() ? RoleType::MachineToMachine : RoleType::User;
    return r;
}

void CreateRoleDialog::setType(RoleType type)
{
    (type == RoleType::User ? m_user : m_machine)->setChecked(true);
}

void CreateRoleDialog::validate()
{
    const Role r = draft();
    const QList<FieldError> errors = validation::role(r);
    showProblems(errors, [this](const QString &field) {
        return field == QLatin1String("name") && m_name->text().isEmpty();
    });
}

} // namespace gatehouse::ui
