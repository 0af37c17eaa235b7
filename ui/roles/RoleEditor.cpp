#include "roles/RoleEditor.h"

#include "common/Format.h"
#include "common/Style.h"
#include "model/Validation.h"
#include "roles/RoleApplicationsTab.h"
#include "roles/RolePermissionsTab.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

RoleEditor::RoleEditor(Workspace *workspace, QWidget *parent)
    : EditorWidget(workspace,
                   {tr("Role changed elsewhere"), tr("Could not reload the role."), QString(), QString()},
                   parent)
    , m_typeBadge(style::kindBadge())
    , m_tabs(new QTabWidget)
    , m_settings(new QWidget)
    , m_type(new QLabel)
    , m_default(new QCheckBox(tr("Default role: assigned to every new user automatically")))
    , m_created(new QLabel)
    , m_permissions(new RolePermissionsTab(workspace))
    , m_applications(new RoleApplicationsTab(workspace))
{
    setObjectName(QStringLiteral("roleEditor"));
    m_tabs->setObjectName(QStringLiteral("roleTabs"));
    m_type->setObjectName(QStringLiteral("roleTypeLabel"));
    m_default->setObjectName(QStringLiteral("roleDefaultCheck"));

    QFormLayout *form = style::formLayout();
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("roleName"));
    m_description =
        addField(form, tr("&Description"), QStringLiteral("description"), QStringLiteral("roleDescription"));
    form->addRow(tr("Type"), m_type);
    form->addRow(QString(), m_default);
    form->addRow(tr("Created"), m_created);
    auto *settingsLayout = new QVBoxLayout(m_settings);
    settingsLayout->setContentsMargins(8, 8, 8, 8);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(errors().createFallback(QStringLiteral("roleOtherError")));
    settingsLayout->addStretch(1);
    settingsLayout->addLayout(createSaveBar(QStringLiteral("role")));

    // Permissions first, as in Logto's console: they are what a role is for.
    m_tabs->addTab(m_permissions, tr("Permissions"));
    m_tabs->addTab(m_applications, tr("Applications"));
    m_tabs->addTab(m_settings, tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(createHeader(QStringLiteral("role"), {m_typeBadge}));
    setOperations(Operation::RolesUpdate, Operation::RolesRemove);
    layout->addWidget(m_tabs, 1);

    connect(m_default, &QCheckBox::toggled, this, &RoleEditor::validate);
    updateButtons();
}

void RoleEditor::setItem(const Role &role)
{
    load(role);
    m_permissions->setRole(role);
    const bool m2m = role.type == RoleType::MachineToMachine;
    m_tabs->setTabVisible(m_tabs->indexOf(m_applications), m2m);
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentWidget(m_permissions);
    m_applications->setSubject(m2m ? role : Role());
}

int RoleEditor::permissionCount() const
{
    return m_permissions->count();
}

int RoleEditor::applicationCount() const
{
    return m_applications->count();
}

void RoleEditor::load(const Role &role)
{
    m_role = role;
    fill([&] {
        titleLabel()->setText(role.name);
        m_typeBadge->setText(Format::roleType(role.type));
        m_name->setText(role.name);
        m_description->setText(role.description);
        m_type->setText(role.type == RoleType::User
                            ? tr("User role: assigned to users")
                            : tr("Machine-to-machine role: assigned to machine-to-machine applications"));
        m_default->setChecked(role.isDefault);
        m_default->setVisible(role.type == RoleType::User);
        m_created->setText(Format::dateTime(role.createdAt));
        m_created->setToolTip(Format::utc(role.createdAt));
    });
}

Role RoleEditor::edited() const
{
    Role r = m_role;
    r.name = m_name->text();
    r.description = m_description->text();
    r.isDefault = r.type == RoleType::User && m_default->isChecked();
    return r;
}

bool RoleEditor::isModified() const
{
    const Role now = edited();
    return now.name != m_role.name || now.description != m_role.description ||
           now.isDefault != m_role.isDefault;
}

QList<FieldError> RoleEditor::problems() const
{
    return validation::role(edited());
}

void RoleEditor::reloadForm()
{
    load(m_role);
}

void RoleEditor::startSave()
{
    const Role role = edited();
    saveThrough<Role>(workspace()->backend().roles(), role, role.name, [this](const Role &stored) {
        if (stored.id == m_role.id)
            load(stored);
        emit saved(stored);
    });
}

} // namespace gatehouse::ui
