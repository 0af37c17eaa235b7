#include "roles/RolesPage.h"

#include "common/Format.h"
#include "roles/CreateRoleDialog.h"
#include "roles/RoleEditor.h"

#include <QHeaderView>

namespace gatehouse::ui {

RolesPage::RolesPage(Workspace *workspace, QWidget *parent)
    : ListPage(workspace, new RoleEditor(workspace),
               {ChangeArea::Roles,
                [](Backend &backend, const QString &tenantId) { return backend.roles().list(tenantId); },
                tr("Could not load the roles.")},
               parent)
{
    setObjectName(QStringLiteral("rolesPage"));
    using Model = ListModel<Role>;
    model()->setColumns({
        Model::Column{tr("Name"),
                      [](const Role &r, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return r.isDefault ? tr("%1 (default)").arg(r.name) : r.name;
                          return role == Qt::UserRole ? QVariant(r.name) : QVariant();
                      }},
        Model::Column::text(tr("Type"), [](const Role &r) { return Format::roleType(r.type); }),
        Model::Column::text(tr("Description"), &Role::description, Model::TextToolTip),
        Model::Column::date(tr("Created"), &Role::createdAt),
    });
    buildPage({QStringLiteral("roles"), QStringLiteral("roles"), tr("Roles"),
               tr("Bundles of permissions for users and machine-to-machine apps."), tr("Create role"),
               tr("No roles yet"),
               tr("Roles group API permissions. Assign user roles to people and machine-to-machine roles to "
                  "services."),
               tr("Select a role to see its permissions.")},
              model(), editor());
    setCreateOperation(Operation::RolesCreate);
    setColumnModes({QHeaderView::ResizeToContents, QHeaderView::ResizeToContents, QHeaderView::Stretch,
                    QHeaderView::ResizeToContents});
}

void RolesPage::createNew()
{
    createWith<CreateRoleDialog>(
        [](Backend &backend, const QString &tenantId, const CreateRoleDialog &dialog) {
            return backend.roles().create(tenantId, dialog.draft());
        },
        tr("Could not create the role."));
}

void RolesPage::confirmDelete(const Role &role)
{
    const bool loaded = role.id == editor()->role().id;
    QString text = tr("Delete the role \"%1\"?").arg(role.name) + QLatin1Char('\n');
    if (loaded) {
        const int grants = editor()->permissionCount();
        const QString grantText =
            grants == 1 ? tr("1 permission grant") : tr("%1 permission grants").arg(grants);
        if (role.type == RoleType::MachineToMachine) {
            const int apps = editor()->applicationCount();
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
    const bool confirmed = workspace()->confirmDestructive(this, tr("Delete role"), text, tr("Delete role"));
    if (!confirmed)
        return;
    deleteItem(role, role.name, workspace()->backend().roles().remove(workspace()->tenant().id, role.id));
}

} // namespace gatehouse::ui
