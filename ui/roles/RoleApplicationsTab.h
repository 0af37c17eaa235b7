#pragma once

#include "common/ListModel.h"
#include "model/Application.h"
#include "model/Role.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The machine-to-machine applications a machine-to-machine role is assigned to.
class RoleApplicationsTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoleApplicationsTab(Workspace *workspace, QWidget *parent = nullptr);

    void setRole(const Role &role);
    ListModel<Application> *model() const { return m_model; }

    void assignApplications();
    void unassignSelected();

signals:
    void countChanged(int count);

private:
    void load();
    void updateButtons();

    Workspace *m_workspace;
    Role m_role;
    int m_generation = 0;
    int m_pendingAssignments = 0;
    ListModel<Application> *m_model;
    QTableView *m_view;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
