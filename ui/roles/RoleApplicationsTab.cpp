#include "roles/RoleApplicationsTab.h"

namespace gatehouse::ui {

RoleApplicationsTab::RoleApplicationsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::Immediately,
                  {[](Backend &backend, const QString &tenantId, const Role &role) {
                       return backend.roles().applicationsOfRole(tenantId, role.id);
                   },
                   tr("Could not load the applications of \"%1\".")},
                  parent)
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
              Side::Leading, &RoleApplicationsTab::assignApplications, Operation::RolesAssignToApplication);
    style::makeDanger(addButton(tr("Remove from application…"), QStringLiteral("unassignApplicationButton"),
                                Needs::Selection, Side::Leading, &RoleApplicationsTab::unassignSelected,
                                Operation::RolesUnassignFromApplication));
    setDeleteAction(&RoleApplicationsTab::unassignSelected);
}

bool RoleApplicationsTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Roles && change.id == subject().id) ||
           (change.area == ChangeArea::Applications &&
            (change.related.contains(subject().id) || model()->rowOfId(change.id) >= 0));
}

void RoleApplicationsTab::assignApplications()
{
    if (!hasSubject())
        return;
    const Role role = subject();
    offer<Application>(
        workspace()->backend().applications().list(tenantId()), tr("Could not load the applications."),
        [](const Application &app) { return app.type == ApplicationType::MachineToMachine; },
        {tr("Assign %1 to applications").arg(role.name),
         tr("Pick the machine-to-machine applications that get the permissions of \"%1\".").arg(role.name),
         tr("Assign"),
         tr("This tenant has no machine-to-machine applications yet. Create one on the Applications page.")},
        [this, role](const QStringList &appIds) {
            m_pendingAssignments = int(appIds.size());
            for (const QString &appId : appIds) {
                const auto assigned = [this, role] {
                    if (--m_pendingAssignments == 0 && role.id == subject().id)
                        reload();
                };
                workspace()->run(
                    workspace()->backend().roles().assignToApplication(tenantId(), appId, {role.id}), this,
                    tr("Could not assign \"%1\".").arg(role.name), assigned,
                    [assigned](const Error &) { assigned(); });
            }
        });
}

void RoleApplicationsTab::unassignSelected()
{
    const std::optional<Application> app = selected();
    if (!app || !hasSubject())
        return;
    if (!workspace()->confirmDestructive(
            this, tr("Remove role from application"),
            tr("Remove the role \"%1\" from \"%2\"? New tokens of the application lose its permissions.")
                .arg(subject().name, app->name),
            tr("Remove role")))
        return;
    removeOnSuccess(workspace()->backend().roles().unassignFromApplication(tenantId(), app->id, subject().id),
                    app->id, tr("Could not remove the role from \"%1\".").arg(app->name));
}

} // namespace gatehouse::ui
