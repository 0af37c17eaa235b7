#include "roles/RoleApplicationsTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"

namespace gatehouse::ui {

RoleApplicationsTab::RoleApplicationsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(
          workspace, Load::Immediately, [](const Application &a) { return a.id; }, parent)
{
    using Model = ListModel<Application>;
    model()->setColumns({
        Model::Column::text(tr("Application"), &Application::name),
        Model::Column::text(tr("App ID"), &Application::id, Model::Monospace),
    });
    setTexts(QStringLiteral("roleApplicationsTable"),
             tr("Machine-to-machine applications that hold this role get its permissions in their access "
                "tokens."),
             QStringLiteral("roleApplicationsEmptyLabel"), tr("Not assigned to any application yet."));
    addButton(tr("Assign to applications…"), QStringLiteral("assignApplicationsButton"), Needs::Subject,
              Side::Leading, &RoleApplicationsTab::assignApplications);
    style::makeDanger(addButton(tr("Remove from application…"), QStringLiteral("unassignApplicationButton"),
                                Needs::Selection, Side::Leading, &RoleApplicationsTab::unassignSelected));
    setDeleteAction(&RoleApplicationsTab::unassignSelected);
}

void RoleApplicationsTab::setRole(const Role &role)
{
    m_role = role;
    setSubject(role.type == RoleType::MachineToMachine ? role.id : QString());
}

void RoleApplicationsTab::fetch()
{
    loadItems(workspace()->backend().roles().applicationsOfRole(tenantId(), m_role.id),
              tr("Could not load the applications of \"%1\".").arg(m_role.name));
}

bool RoleApplicationsTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Roles && change.id == m_role.id) ||
           (change.area == ChangeArea::Applications &&
            (change.related.contains(m_role.id) || model()->rowOfId(change.id) >= 0));
}

void RoleApplicationsTab::assignApplications()
{
    if (!hasSubject())
        return;
    const Role role = m_role;
    workspace()->run(
        workspace()->backend().applications().list(tenantId()), this, tr("Could not load the applications."),
        [this, role](const QList<Application> &apps) {
            QList<PickerDialog::Item> items;
            for (const Application &app : apps) {
                if (app.type == ApplicationType::MachineToMachine)
                    items.append({app.id, app.name, app.description, model()->rowOfId(app.id) >= 0});
            }
            auto *dialog = new PickerDialog(
                tr("Assign %1 to applications").arg(role.name),
                tr("Pick the machine-to-machine applications that get the permissions of \"%1\".")
                    .arg(role.name),
                tr("Assign"), items,
                tr("This tenant has no machine-to-machine applications yet. Create one on the Applications "
                   "page."),
                this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, role] {
                const QStringList appIds = dialog->checkedIds();
                m_pendingAssignments = int(appIds.size());
                for (const QString &appId : appIds) {
                    const auto assigned = [this, role] {
                        if (--m_pendingAssignments == 0 && role.id == m_role.id)
                            reload();
                    };
                    workspace()->run(
                        workspace()->backend().roles().assignToApplication(tenantId(), appId, {role.id}),
                        this, tr("Could not assign \"%1\".").arg(role.name), assigned,
                        [assigned](const Error &) { assigned(); });
                }
            });
            dialog->open();
        });
}

void RoleApplicationsTab::unassignSelected()
{
    const std::optional<Application> app = selected();
    if (!app || !hasSubject())
        return;
    if (!MessageBox::confirmDestructive(
            this, tr("Remove role from application"),
            tr("Remove the role \"%1\" from \"%2\"? New tokens of the application lose its permissions.")
                .arg(m_role.name, app->name),
            tr("Remove role"), workspace()->isProduction(), workspace()->productionName()))
        return;
    const Role role = m_role;
    workspace()->run(workspace()->backend().roles().unassignFromApplication(tenantId(), app->id, role.id),
                     this, tr("Could not remove the role from \"%1\".").arg(app->name), [this, app, role] {
                         if (role.id == m_role.id)
                             model()->removeId(app->id);
                         updateButtons();
                     });
}

} // namespace gatehouse::ui
