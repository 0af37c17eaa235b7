#pragma once

#include "common/ListModel.h"
#include "model/Role.h"
#include "model/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The Roles tab: the user roles assigned to the user. "Assign roles…" picks from the tenant's
/// user roles; "Remove role…" unassigns the selected one after a confirmation. Loads when shown.
class UserRolesTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserRolesTab(Workspace *workspace, QWidget *parent = nullptr);

    void setUser(const User &user);
    ListModel<Role> *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

    void assignRoles();
    void removeSelected();

signals:
    /// Roles were assigned or removed (the journal has new entries).
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updateButtons();

    Workspace *m_workspace;
    User m_user;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    ListModel<Role> *m_model;
    QTableView *m_view;
    QPushButton *m_assign;
    QPushButton *m_remove;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
