#pragma once

#include "common/RelatedList.h"
#include "model/Application.h"
#include "model/Role.h"

namespace gatehouse::ui {

/// Machine-to-machine roles assigned to an M2M application: what its access tokens may do.
/// Assign picks from the tenant's M2M roles; unassign removes one.
class ApplicationRolesTab : public RelatedList<Role, Application>
{
    Q_OBJECT
public:
    explicit ApplicationRolesTab(Workspace *workspace, QWidget *parent = nullptr);

    void assignRoles();
    void unassignSelected();

protected:
    bool concerns(const Change &change) const override;
};

} // namespace gatehouse::ui
