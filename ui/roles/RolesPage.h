#pragma once

#include "common/MasterDetailPage.h"
#include "model/Role.h"

namespace gatehouse::ui {

class RoleEditor;

/// Roles of the current tenant: user and machine-to-machine, their permissions and (M2M)
/// applications.
class RolesPage : public MasterDetailPage
{
    Q_OBJECT
public:
    explicit RolesPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;

    ListModel<Role> *model() const { return m_model; }
    RoleEditor *editor() const { return m_editor; }

protected:
    void fetch() override;
    bool concerns(const Change &change) const override;
    void currentChanged(int sourceRow) override;
    void deleteCurrent() override;

private:
    ListModel<Role> *m_model;
    RoleEditor *m_editor;
};

} // namespace gatehouse::ui
