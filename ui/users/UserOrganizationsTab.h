#pragma once

#include "common/ListModel.h"
#include "model/Organization.h"
#include "model/User.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The Organizations tab: the organizations the user is a member of, with their organization
/// roles in each (memberships are managed on the Organizations page). Loads when shown.
///
/// Object names: "userOrganizationsTab", "userOrganizationsTable", "userOrganizationsEmptyLabel".
class UserOrganizationsTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserOrganizationsTab(Workspace *workspace, QWidget *parent = nullptr);

    void setUser(const User &user);
    ListModel<UserOrganization> *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();

    Workspace *m_workspace;
    User m_user;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    ListModel<UserOrganization> *m_model;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
