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

    void setUser(const User &user);

    void assignRoles();
    void removeSelected();

signals:
    /// Roles were assigned or removed (the journal has new entries).
    void changed();

protected:
    bool concerns(const Change &change) const override;

private:
};

} // namespace gatehouse::ui
