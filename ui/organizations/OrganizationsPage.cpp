#include "organizations/OrganizationsPage.h"

#include "common/Format.h"
#include "organizations/CreateOrganizationDialog.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationText.h"

#include <QHeaderView>
#include <QTableView>

namespace gatehouse::ui {

OrganizationsPage::OrganizationsPage(Workspace *workspace, QWidget *parent)
    : ListPage(workspace, new OrganizationEditor(workspace),
               {ChangeArea::Organizations,
                [](Backend &backend, const QString &tenantId) {
                    return backend.organizations().list(tenantId, QString());
                },
                tr("Could not load the organizations.")},
               parent)
{
    setObjectName(QStringLiteral("organizationsPage"));
    using Model = ListModel<Organization>;
    model()->setColumns({
        Model::Column::text(tr("Name"), &Organization::name, Model::Plain, &Organization::description),
        Model::Column{tr("Members"),
                      [](const Organization &o, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return o.memberCount < 0 ? QStringLiteral("—") : QString::number(o.memberCount);
                          if (role == Qt::TextAlignmentRole)
                              return QVariant(Qt::AlignRight | Qt::AlignVCenter);
                          if (role == Qt::ToolTipRole)
                              return OrganizationText::memberCount(o.memberCount);
                          return role == Qt::UserRole ? QVariant(o.memberCount) : QVariant();
                      }},
        Model::Column::text(
            tr("MFA"), [](const Organization &o) { return o.isMfaRequired ? tr("Required") : QString(); }),
        Model::Column::text(tr("ID"), &Organization::id),
        Model::Column::date(tr("Created"), &Organization::createdAt),
    });
    buildPage(
        {QStringLiteral("organizations"), QStringLiteral("organizations"), tr("Organizations"),
         tr("Your customers' workspaces: members and their roles, sign-in rules and branding."),
         tr("Create organization"), tr("No organizations yet"),
         tr("Each customer of a multi-tenant app is an organization. Its members hold organization roles "
            "from the organization template."),
         tr("Select an organization to see its members and settings.")},
        model(), editor());
    setCreateOperation(Operation::OrganizationsCreate);
    setColumnModes({QHeaderView::Stretch, QHeaderView::ResizeToContents, QHeaderView::ResizeToContents,
                    QHeaderView::ResizeToContents, QHeaderView::ResizeToContents});
    view()->setColumnHidden(3, true);
}

bool OrganizationsPage::isLoading() const
{
    return MasterDetailPage::isLoading() || editor()->isLoading();
}

void OrganizationsPage::currentReloaded(int sourceRow)
{
    // The editor keeps its edits and shows the new member count.
    if (sourceRow >= 0)
        editor()->setItem(model()->at(sourceRow));
}

void OrganizationsPage::createNew()
{
    createWith<CreateOrganizationDialog>(
        [](Backend &backend, const QString &tenantId, const CreateOrganizationDialog &dialog) {
            return backend.organizations().create(tenantId, dialog.draft());
        },
        tr("Could not create the organization."), {},
        [](Organization listed) {
            if (listed.memberCount < 0)
                listed.memberCount = 0;
            return listed;
        });
}

void OrganizationsPage::confirmDelete(const Organization &organization)
{
    const QString text =
        tr("Delete the organization \"%1\"?").arg(organization.name) + QLatin1Char('\n') +
        tr("Removed with it: %1 (the user accounts stay), its machine-to-machine apps' roles there, its "
           "invitations "
           "and its JIT settings. This cannot be undone.")
            .arg(organization.memberCount < 0    ? tr("its memberships")
                 : organization.memberCount == 1 ? tr("1 membership")
                                                 : tr("%1 memberships").arg(organization.memberCount));
    if (!workspace()->confirmDestructive(this, tr("Delete organization"), text, tr("Delete organization")))
        return;
    deleteItem(organization, organization.name,
               workspace()->backend().organizations().remove(workspace()->tenant().id, organization.id));
}

} // namespace gatehouse::ui
