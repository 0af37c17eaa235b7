#pragma once

#include "common/RelatedList.h"
#include "model/Role.h"
#include "model/User.h"

namespace gatehouse::ui {

/// The Roles tab: the user roles assigned to the user. "Assign roles…" picks from the tenant's
/// user roles; "Remove role…" unassigns the selected one after a confirmation. Loads when shown.
class UserRolesTab : public RelatedList<Role, User>
{
    Q_OBJECT
public:
    explicit UserRolesTab(Workspace *workspace, QWidget *parent = nullptr);

    void assignRoles();
    void removeSelected();

protected:
    bool concerns(const Change &change) const override;
};

} // namespace gatehouse::ui
