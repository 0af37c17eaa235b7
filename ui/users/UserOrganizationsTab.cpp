#include "users/UserOrganizationsTab.h"

#include "organizations/OrganizationText.h"

namespace gatehouse::ui {

UserOrganizationsTab::UserOrganizationsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const User &user) {
                       return backend.organizations().organizationsOfUser(tenantId, user.id);
                   },
                   tr("Could not load the organizations of this user."),
                   [](const UserOrganization &o) {
                       return o.organization.id;
                   }},
                  parent)
{
    setObjectName(QStringLiteral("userOrganizationsTab"));
    using Model = ListModel<UserOrganization>;
    model()->setColumns({
        Model::Column::text(
            tr("Organization"), [](const UserOrganization &o) { return o.organization.name; }, Model::Plain,
            [](const UserOrganization &o) { return o.organization.id; }),
        Model::Column::text(
            tr("Roles", "organization roles column"),
            [](const UserOrganization &o) { return OrganizationText::roleNames(o.roles); },
            Model::TextToolTip),
        Model::Column::text(tr("MFA"),
                            [](const UserOrganization &o) {
                                return o.organization.isMfaRequired ? tr("Required") : QString();
                            }),
    });
    setTexts(QStringLiteral("userOrganizationsTable"),
             tr("Organizations this user belongs to and the organization roles they hold in each. Manage "
                "memberships on the Organizations page."),
             QStringLiteral("userOrganizationsEmptyLabel"), tr("Not a member of any organization."));
}

bool UserOrganizationsTab::concerns(const Change &change) const
{
    // Memberships name the user among the related ids; a renamed or deleted organization, or a
    // renamed organization role, changes what the rows say.
    if (change.area == ChangeArea::Organizations)
        return change.related.contains(subject().id) || model()->rowOfId(change.id) >= 0;
    return change.area == ChangeArea::OrganizationTemplate ||
           (change.area == ChangeArea::Users && change.id == subject().id);
}

} // namespace gatehouse::ui
