#pragma once

#include "common/ListPage.h"
#include "model/Role.h"

namespace gatehouse::ui {

class RoleEditor;

/// Roles of the current tenant: user and machine-to-machine, their permissions and (M2M)
/// applications.
class RolesPage : public ListPage<Role, RoleEditor>
{
    Q_OBJECT
public:
    explicit RolesPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;

protected:
    void confirmDelete(const Role &role) override;
};

} // namespace gatehouse::ui
