#pragma once

#include "common/RelatedList.h"
#include "model/Application.h"
#include "model/Role.h"

namespace gatehouse::ui {

/// The machine-to-machine applications a machine-to-machine role is assigned to.
class RoleApplicationsTab : public RelatedList<Application, Role>
{
    Q_OBJECT
public:
    explicit RoleApplicationsTab(Workspace *workspace, QWidget *parent = nullptr);

    void assignApplications();
    void unassignSelected();

protected:
    bool concerns(const Change &change) const override;

private:
    int m_pendingAssignments = 0;
};

} // namespace gatehouse::ui
