#include "roles/RolesPage.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "roles/CreateRoleDialog.h"
#include "roles/RoleEditor.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace gatehouse::ui {

RolesPage::RolesPage(Workspace *workspace, QWidget *parent)
    : MasterDetailPage(workspace, parent)
    , m_model(new ListModel<Role>([](const Role &r) { return r.id; }, this))
    , m_editor(new RoleEditor(workspace))
{
    setObjectName(QStringLiteral("rolesPage"));
    using Column = ListModel<Role>::Column;
    m_model->setColumns({
        Column{tr("Name"),
               [](const Role &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return r.isDefault ? tr("%1 (default)").arg(r.name) : r.name;
                   return role == Qt::UserRole ? QVariant(r.name) : QVariant();
               }},
        Column{tr("Type"),
               [](const Role &r, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(Format::roleType(r.type))
                                                                          : QVariant();
               }},
        Column{tr("Description"),
               [](const Role &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return r.description;
                   return {};
               }},
        Column{tr("Created"),
               [](const Role &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return Format::date(r.createdAt);
                   if (role == Qt::ToolTipRole)
                       return QString(Format::dateTime(r.createdAt) + QLatin1Char('\n') +
                                      Format::utc(r.createdAt));
                   return role == Qt::UserRole ? QVariant(r.createdAt) : QVariant();
               }},
    });
    buildPage({QStringLiteral("roles"), QStringLiteral("roles"), tr("Roles"),
               tr("Bundles of permissions for users and machine-to-machine apps."), tr("Create role"),
               tr("No roles yet"),
               tr("Roles group API permissions. Assign user roles to people and machine-to-machine roles to "
                  "services."),
               tr("Select a role to see its permissions.")},
              m_model, m_editor);
    setColumnModes({QHeaderView::ResizeToContents, QHeaderView::ResizeToContents, QHeaderView::Stretch,
                    QHeaderView::ResizeToContents});

    connect(m_editor, &RoleEditor::saved, this, [this](const Role &role) { m_model->upsert(role); });
    connect(m_editor, &RoleEditor::deleteRequested, this, &RolesPage::deleteCurrent);
}

void RolesPage::activate()
{
    load(currentId());
}

void RolesPage::load(const QString &selectId)
{
    const int generation = ++m_generation;
    if (!workspace()->hasTenant()) {
        m_model->setItems({});
        finishLoading({});
        emit loaded();
        return;
    }
    setLoading(true);
    workspace()
        ->track(workspace()->backend().roles().list(workspace()->tenant().id))
        .then(this, [this, generation, selectId](Result<QList<Role>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setLoading(false);
                MessageBox::showError(this, tr("Could not load the roles."), result.error());
                emit loaded();
                return;
            }
            m_model->setItems(result.value());
            finishLoading(selectId);
            emit loaded();
        });
}

void RolesPage::currentChanged(int sourceRow)
{
    m_editor->setRole(sourceRow < 0 ? Role() : m_model->at(sourceRow));
}

bool RolesPage::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    return MessageBox::question(this, tr("Unsaved changes"),
                                tr("\"%1\" has unsaved changes. Discard them?").arg(m_editor->role().name),
                                QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Discard;
}

void RolesPage::save()
{
    m_editor->save();
}

void RolesPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateRoleDialog(this);
    connect(dialog, &CreateRoleDialog::submitted, this, [this, dialog] {
        const Role draft = dialog->draft();
        dialog->setBusy(true);
        QPointer<CreateRoleDialog> guard(dialog);
        const QString tenantId = workspace()->tenant().id;
        workspace()
            ->track(workspace()->backend().roles().create(tenantId, draft))
            .then(this, [this, guard, tenantId](Result<Role> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not create the role."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                if (tenantId == workspace()->tenant().id) {
                    m_model->upsert(result.value());
                    selectId(result->id);
                }
            });
    });
    dialog->open();
}

void RolesPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Role role = m_model->at(row);
    const bool loaded = role.id == m_editor->role().id;
    QString text = tr("Delete the role \"%1\"?").arg(role.name) + QLatin1Char('\n');
    if (loaded) {
        const int grants = m_editor->permissionCount();
        const QString grantText =
            grants == 1 ? tr("1 permission grant") : tr("%1 permission grants").arg(grants);
        if (role.type == RoleType::MachineToMachine) {
            const int apps = m_editor->applicationCount();
            const QString appText =
                apps == 1 ? tr("1 application assignment") : tr("%1 application assignments").arg(apps);
            text += tr("Removed with it: %1 and %2.").arg(grantText, appText);
        } else {
            text += tr("Removed with it: %1.").arg(grantText);
        }
    } else {
        text += tr("Its permission grants and assignments go with it.");
    }
    text += QLatin1Char(' ') +
            (role.type == RoleType::User ? tr("Users who hold it lose its permissions.")
                                         : tr("Applications that hold it lose its permissions.")) +
            QLatin1Char(' ') + tr("This cannot be undone.");
    const bool confirmed =
        MessageBox::confirmDestructive(this, tr("Delete role"), text, tr("Delete role"),
                                       workspace()->isProduction(), workspace()->productionName());
    if (!confirmed)
        return;
    workspace()
        ->track(workspace()->backend().roles().remove(workspace()->tenant().id, role.id))
        .then(this, [this, role](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete \"%1\".").arg(role.name), result.error());
                return;
            }
            m_model->removeId(role.id);
        });
}

} // namespace gatehouse::ui
