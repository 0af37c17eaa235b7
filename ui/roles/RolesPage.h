#pragma once

#include "common/ListModel.h"
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

    void activate() override;
    void createNew() override;
    void save() override;
    bool confirmLeave() override;

    ListModel<Role> *model() const { return m_model; }
    RoleEditor *editor() const { return m_editor; }

protected:
    void currentChanged(int sourceRow) override;
    void deleteCurrent() override;

private:
    void load(const QString &selectId);

    ListModel<Role> *m_model;
    RoleEditor *m_editor;
    int m_generation = 0;
};

} // namespace gatehouse::ui
