#include "applications/ApplicationRolesTab.h"

namespace gatehouse::ui {

ApplicationRolesTab::ApplicationRolesTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::Immediately,
                  {[](Backend &backend, const QString &tenantId, const Application &app) {
                       return backend.roles().rolesOfApplication(tenantId, app.id);
                   },
                   tr("Could not load the roles of \"%1\".")},
                  parent)
{
    using Column = ListModel<Role>::Column;
    model()->setColumns({
        Column::text(tr("Role"), &Role::name),
        Column::text(tr("Description"), &Role::description, ListModel<Role>::TextToolTip),
    });
    setTexts(QStringLiteral("applicationRolesTable"),
             tr("Machine-to-machine roles grant this application the permissions of their API resources."),
             QStringLiteral("applicationRolesEmptyLabel"),
             tr("No roles assigned: this application's tokens carry no permissions."));
    addButton(tr("Assign roles…"), QStringLiteral("assignRolesButton"), Needs::Subject, Side::Leading,
              &ApplicationRolesTab::assignRoles, Operation::RolesAssignToApplication);
    style::makeDanger(addButton(tr("Remove role…"), QStringLiteral("unassignRoleButton"), Needs::Selection,
                                Side::Leading, &ApplicationRolesTab::unassignSelected,
                                Operation::RolesUnassignFromApplication));
    setDeleteAction(&ApplicationRolesTab::unassignSelected);
}

bool ApplicationRolesTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Applications && change.id == subject().id) ||
           (change.area == ChangeArea::Roles &&
            (change.related.contains(subject().id) || change.related.isEmpty()));
}

void ApplicationRolesTab::assignRoles()
{
    if (!hasSubject())
        return;
    const Application app = subject();
    offer<Role>(
        workspace()->backend().roles().list(tenantId()), tr("Could not load the roles."),
        [](const Role &role) { return role.type == RoleType::MachineToMachine; },
        {tr("Assign roles to %1").arg(app.name),
         tr("Pick the machine-to-machine roles whose permissions \"%1\" gets.").arg(app.name),
         tr("Assign roles"),
         tr("This tenant has no machine-to-machine roles yet. Create one on the Roles page.")},
        [this, app](const QStringList &ids) {
            reloadOnSuccess(workspace()->backend().roles().assignToApplication(tenantId(), app.id, ids),
                            app.id, tr("Could not assign the roles to \"%1\".").arg(app.name));
        });
}

void ApplicationRolesTab::unassignSelected()
{
    const std::optional<Role> role = selected();
    if (!role || !hasSubject())
        return;
    if (!workspace()->confirmDestructive(
            this, tr("Remove role"),
            tr("Remove the role \"%1\" from \"%2\"? New tokens of the application lose its permissions.")
                .arg(role->name, subject().name),
            tr("Remove role")))
        return;
    removeOnSuccess(
        workspace()->backend().roles().unassignFromApplication(tenantId(), subject().id, role->id), role->id,
        tr("Could not remove the role \"%1\".").arg(role->name));
}

} // namespace gatehouse::ui
