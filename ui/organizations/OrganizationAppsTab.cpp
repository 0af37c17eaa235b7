#include "organizations/OrganizationAppsTab.h"

#include "common/PickerDialog.h"
#include "organizations/OrganizationText.h"

#include <QHeaderView>
#include <QTableView>

namespace gatehouse::ui {

OrganizationAppsTab::OrganizationAppsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const Organization &organization) {
                       return backend.organizations().applications(tenantId, organization.id);
                   },
                   tr("Could not load the applications of \"%1\"."),
                   [](const OrganizationApplication &a) {
                       return a.application.id;
                   }},
                  parent)
{
    setObjectName(QStringLiteral("organizationAppsTab"));
    using Model = ListModel<OrganizationApplication>;
    model()->setColumns({
        Model::Column::text(
            tr("Application"), [](const OrganizationApplication &a) { return a.application.name; },
            Model::Plain, [](const OrganizationApplication &a) { return a.application.id; }),
        Model::Column::text(
            tr("Roles", "organization roles column"),
            [](const OrganizationApplication &a) { return OrganizationText::roleNames(a.roles); },
            Model::TextToolTip),
    });
    view()->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setTexts(QStringLiteral("organizationAppsTable"),
             tr("Machine-to-machine applications get organization tokens with the permissions of their "
                "machine-to-machine organization roles."),
             QStringLiteral("organizationAppsEmptyLabel"),
             tr("No machine-to-machine application acts in this organization yet."));
    addButton(tr("Add applications…"), QStringLiteral("addOrganizationAppsButton"), Needs::Subject,
              Side::Leading, &OrganizationAppsTab::addApplications, Operation::OrganizationsAddApplications);
    addButton(tr("Edit roles…"), QStringLiteral("editOrganizationAppRolesButton"), Needs::Selection,
              Side::Leading, &OrganizationAppsTab::editRoles, Operation::OrganizationsSetApplicationRoles);
    style::makeDanger(addButton(tr("Remove…"), QStringLiteral("removeOrganizationAppButton"),
                                Needs::Selection, Side::Trailing, &OrganizationAppsTab::removeSelected,
                                Operation::OrganizationsRemoveApplication));
    setOpenAction(&OrganizationAppsTab::editRoles);
    setDeleteAction(&OrganizationAppsTab::removeSelected);
}

bool OrganizationAppsTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Organizations && change.id == subject().id) ||
           change.area == ChangeArea::OrganizationTemplate ||
           (change.area == ChangeArea::Applications && model()->rowOfId(change.id) >= 0);
}

void OrganizationAppsTab::addApplications()
{
    if (!hasSubject())
        return;
    const Organization organization = subject();
    offer<Application>(
        workspace()->backend().applications().list(tenantId()), tr("Could not load the applications."),
        [](const Application &app) { return app.type == ApplicationType::MachineToMachine; },
        {tr("Add applications to %1").arg(organization.name),
         tr("Pick the machine-to-machine applications that act in \"%1\".").arg(organization.name),
         tr("Add applications"),
         tr("This tenant has no machine-to-machine applications. Create one on the Applications page.")},
        [this, organization](const QStringList &ids) {
            reloadAfter(
                workspace()->backend().organizations().addApplications(tenantId(), organization.id, ids),
                organization.id, tr("Could not add the applications."));
        });
}

void OrganizationAppsTab::editRoles()
{
    const std::optional<OrganizationApplication> app = selected();
    if (!app)
        return;
    const Organization organization = subject();
    workspace()->run(
        workspace()->backend().organizationTemplate().roles(tenantId()), this,
        tr("Could not load the organization roles."),
        [this, app, organization](const QList<OrganizationRole> &roles) {
            QList<PickerDialog::Item> items;
            for (const OrganizationRole &role : roles) {
                if (role.type != RoleType::MachineToMachine)
                    continue;
                bool held = false;
                for (const OrganizationRole &r : app->roles)
                    held = held || r.id == role.id;
                items.append({role.id, role.name, role.description, held});
            }
            auto *dialog =
                new PickerDialog(tr("Roles of %1").arg(app->application.name),
                                 tr("The machine-to-machine organization roles \"%1\" holds in \"%2\".")
                                     .arg(app->application.name, organization.name),
                                 tr("Save roles"), items,
                                 tr("The organization template has no machine-to-machine roles yet. "
                                    "Create one under Organization "
                                    "template."),
                                 this, PickerDialog::Mode::Replace);
            connect(dialog, &QDialog::accepted, this, [this, dialog, app, organization] {
                reloadAfter(workspace()->backend().organizations().setApplicationRoles(
                                tenantId(), organization.id, app->application.id, dialog->checkedIds()),
                            organization.id,
                            tr("Could not change the roles of \"%1\".").arg(app->application.name));
            });
            dialog->open();
        });
}

void OrganizationAppsTab::removeSelected()
{
    const std::optional<OrganizationApplication> app = selected();
    if (!app)
        return;
    if (!workspace()->confirmDestructive(
            this, tr("Remove application"),
            tr("Remove \"%1\" from \"%2\"? It loses its organization roles there "
               "and gets no more organization "
               "tokens for it.")
                .arg(app->application.name, subject().name),
            tr("Remove application")))
        return;
    reloadAfter(workspace()->backend().organizations().removeApplication(tenantId(), subject().id,
                                                                         app->application.id),
                subject().id, tr("Could not remove \"%1\".").arg(app->application.name));
}

} // namespace gatehouse::ui
