#include "applications/ApplicationRolesTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"

namespace gatehouse::ui {

ApplicationRolesTab::ApplicationRolesTab(Workspace *workspace, QWidget *parent)
    : RelatedList(
          workspace, Load::Immediately, [](const Role &r) { return r.id; }, parent)
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
              &ApplicationRolesTab::assignRoles);
    style::makeDanger(addButton(tr("Remove role…"), QStringLiteral("unassignRoleButton"), Needs::Selection,
                                Side::Leading, &ApplicationRolesTab::unassignSelected));
    setDeleteAction(&ApplicationRolesTab::unassignSelected);
}

void ApplicationRolesTab::setApplication(const Application &app)
{
    m_app = app;
    setSubject(app.id);
}

void ApplicationRolesTab::fetch()
{
    loadItems(workspace()->backend().roles().rolesOfApplication(tenantId(), m_app.id),
              tr("Could not load the roles of \"%1\".").arg(m_app.name));
}

bool ApplicationRolesTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Applications && change.id == m_app.id) ||
           (change.area == ChangeArea::Roles &&
            (change.related.contains(m_app.id) || change.related.isEmpty()));
}

void ApplicationRolesTab::assignRoles()
{
    if (!hasSubject())
        return;
    const Application app = m_app;
    workspace()->run(
        workspace()->backend().roles().list(tenantId()), this, tr("Could not load the roles."),
        [this, app](const QList<Role> &roles) {
            QList<PickerDialog::Item> items;
            for (const Role &role : roles) {
                if (role.type == RoleType::MachineToMachine)
                    items.append({role.id, role.name, role.description, model()->rowOfId(role.id) >= 0});
            }
            auto *dialog = new PickerDialog(
                tr("Assign roles to %1").arg(app.name),
                tr("Pick the machine-to-machine roles whose permissions \"%1\" gets.").arg(app.name),
                tr("Assign roles"), items,
                tr("This tenant has no machine-to-machine roles yet. Create one on the Roles page."), this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, app] {
                workspace()->run(workspace()->backend().roles().assignToApplication(tenantId(), app.id,
                                                                                    dialog->checkedIds()),
                                 this, tr("Could not assign the roles to \"%1\".").arg(app.name),
                                 [this, app] {
                                     if (app.id == m_app.id)
                                         reload();
                                 });
            });
            dialog->open();
        });
}

void ApplicationRolesTab::unassignSelected()
{
    const std::optional<Role> role = selected();
    if (!role || !hasSubject())
        return;
    if (!MessageBox::confirmDestructive(
            this, tr("Remove role"),
            tr("Remove the role \"%1\" from \"%2\"? New tokens of the application lose its permissions.")
                .arg(role->name, m_app.name),
            tr("Remove role"), workspace()->isProduction(), workspace()->productionName()))
        return;
    const QString appId = m_app.id;
    workspace()->run(workspace()->backend().roles().unassignFromApplication(tenantId(), appId, role->id),
                     this, tr("Could not remove the role \"%1\".").arg(role->name), [this, role, appId] {
                         if (appId == m_app.id)
                             model()->removeId(role->id);
                         updateButtons();
                     });
}

} // namespace gatehouse::ui
