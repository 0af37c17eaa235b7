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

/// Machine-to-machine roles assigned to an M2M application: what its access tokens may do.
/// Assign picks from the tenant's M2M roles; unassign removes one.
class ApplicationRolesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationRolesTab(Workspace *workspace, QWidget *parent = nullptr);

    void setApplication(const Application &app);
    ListModel<Role> *model() const { return m_model; }

    void assignRoles();
    void unassignSelected();

private:
    void load();
    void updateButtons();

    Workspace *m_workspace;
    Application m_app;
    int m_generation = 0;
    ListModel<Role> *m_model;
    QTableView *m_view;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
