#pragma once

#include "common/RelatedList.h"
#include "model/Organization.h"

namespace gatehouse::ui {

/// The Machine-to-machine apps tab: applications that act in the organization (a billing
/// service, a sync job) with their machine-to-machine organization roles. Add, edit roles,
/// remove. Loads when shown.
///
/// Object names: "organizationAppsTable", "addOrganizationAppsButton",
/// "editOrganizationAppRolesButton", "removeOrganizationAppButton", "organizationAppsEmptyLabel".
class OrganizationAppsTab : public RelatedList<OrganizationApplication, Organization>
{
    Q_OBJECT
public:
    explicit OrganizationAppsTab(Workspace *workspace, QWidget *parent = nullptr);

    void addApplications();
    void editRoles();
    void removeSelected();

protected:
    bool concerns(const Change &change) const override;
};

} // namespace gatehouse::ui
