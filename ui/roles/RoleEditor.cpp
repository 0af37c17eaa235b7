#include "roles/RoleEditor.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/Validation.h"
#include "roles/RoleApplicationsTab.h"
#include "roles/RolePermissionsTab.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

RoleEditor::RoleEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(style::titleLabel({}))
    , m_typeBadge(new QLabel)
    , m_tabs(new QTabWidget)
    , m_settings(new QWidget)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_type(new QLabel)
    , m_default(new QCheckBox(tr("Default role: assigned to every new user automatically")))
    , m_created(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_status(style::subtitleLabel({}))
    , m_permissions(new RolePermissionsTab(workspace))
    , m_applications(new RoleApplicationsTab(workspace))
{
    setObjectName(QStringLiteral("roleEditor"));
    m_title->setObjectName(QStringLiteral("roleTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_typeBadge->setProperty("role", QLatin1String("badge"));
    m_typeBadge->setStyleSheet(
        QStringLiteral("background: #efeafe; color: #4520c9; border: 1px solid #d6cbfb;"));
    m_tabs->setObjectName(QStringLiteral("roleTabs"));
    m_name->setObjectName(QStringLiteral("roleNameEdit"));
    m_description->setObjectName(QStringLiteral("roleDescriptionEdit"));
    m_type->setObjectName(QStringLiteral("roleTypeLabel"));
    m_default->setObjectName(QStringLiteral("roleDefaultCheck"));
    m_save->setObjectName(QStringLiteral("roleSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("roleRevertButton"));
    m_delete->setObjectName(QStringLiteral("roleDeleteButton"));
    m_status->setObjectName(QStringLiteral("roleStatusLabel"));
    style::makePrimary(m_save);
    style::makeDanger(m_delete);

    auto *nameError = FieldErrors::createLabel(QStringLiteral("roleNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("roleDescriptionError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("roleOtherError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("description"), descriptionError);
    m_errors.setFallback(otherError);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_typeBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_delete, 0, Qt::AlignVCenter);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);
    form->addRow(tr("Type"), m_type);
    form->addRow(QString(), m_default);
    form->addRow(tr("Created"), m_created);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *settingsLayout = new QVBoxLayout(m_settings);
    settingsLayout->setContentsMargins(8, 8, 8, 8);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(otherError);
    settingsLayout->addStretch(1);
    settingsLayout->addLayout(buttons);

    // Permissions first, as in Logto's console: they are what a role is for.
    m_tabs->addTab(m_permissions, tr("Permissions"));
    m_tabs->addTab(m_applications, tr("Applications"));
    m_tabs->addTab(m_settings, tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_name, &QLineEdit::textChanged, this, &RoleEditor::validate);
    connect(m_description, &QLineEdit::textChanged, this, &RoleEditor::validate);
    connect(m_default, &QCheckBox::toggled, this, &RoleEditor::validate);
    connect(m_save, &QPushButton::clicked, this, &RoleEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RoleEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &RoleEditor::deleteRequested);
    connect(m_permissions, &RolePermissionsTab::countChanged, this, [this](int n) { m_permissionCount = n; });
    connect(m_applications, &RoleApplicationsTab::countChanged, this,
            [this](int n) { m_applicationCount = n; });
    updateButtons();
}

void RoleEditor::setRole(const Role &role)
{
    load(role);
    m_permissions->setRole(role);
    const bool m2m = role.type == RoleType::MachineToMachine;
    m_tabs->setTabVisible(m_tabs->indexOf(m_applications), m2m);
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentWidget(m_permissions);
    m_applications->setRole(m2m ? role : Role());
}

void RoleEditor::load(const Role &role)
{
    m_loading = true;
    m_role = role;
    m_title->setText(role.name);
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
    m_status->clear();
    m_loading = false;
    validate();
}

Role RoleEditor::edited() const
{
    Role r = m_role;
    r.name = m_name->text();
    r.description = m_description->text();
    r.isDefault = r.type == RoleType::User && m_default->isChecked();
    return r;
}

bool RoleEditor::isDirty() const
{
    if (!hasRole())
        return false;
    const Role now = edited();
    return now.name != m_role.name || now.description != m_role.description ||
           now.isDefault != m_role.isDefault;
}

void RoleEditor::validate()
{
    if (m_loading)
        return;
    m_valid = m_errors.show(hasRole() ? validation::role(edited()) : QList<FieldError>());
    updateButtons();
}

void RoleEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && m_valid && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    m_delete->setEnabled(hasRole() && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

void RoleEditor::revert()
{
    load(m_role);
}

void RoleEditor::save()
{
    if (!m_save->isEnabled())
        return;
    const Role edited = this->edited();
    m_saving = true;
    updateButtons();
    m_workspace->track(m_workspace->backend().roles().update(m_workspace->tenant().id, edited))
        .then(this, [this, edited](Result<Role> result) {
            m_saving = false;
            if (result.ok()) {
                if (result->id == m_role.id)
                    load(result.value());
                m_status->setText(tr("Saved"));
                emit saved(result.value());
                return;
            }
            const Error &error = result.error();
            if (error.code() == ErrorCode::Validation || error.code() == ErrorCode::AlreadyExists) {
                m_errors.show(error.fields().isEmpty()
                                  ? QList<FieldError>{{QStringLiteral("name"), error.message()}}
                                  : error.fields());
            } else if (error.code() == ErrorCode::Conflict) {
                const auto answer =
                    MessageBox::question(this, tr("Role changed elsewhere"),
                                         tr("\"%1\" was changed by someone else after you opened it. Reload "
                                            "it? Your edits will be "
                                            "discarded.")
                                             .arg(edited.name),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer == QMessageBox::Yes) {
                    const QString id = edited.id;
                    m_workspace->track(m_workspace->backend().roles().get(m_workspace->tenant().id, id))
                        .then(this, [this, id](Result<Role> fresh) {
                            if (!fresh.ok()) {
                                MessageBox::showError(this, tr("Could not reload the role."), fresh.error());
                            } else if (m_role.id == id) {
                                load(fresh.value());
                                emit saved(fresh.value());
                            }
                        });
                }
            } else {
                MessageBox::showError(this, tr("Could not save \"%1\".").arg(edited.name), error);
            }
            updateButtons();
        });
}

} // namespace gatehouse::ui
