#pragma once

#include "backend/Result.h"
#include "common/ListModel.h"
#include "model/Organization.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The Machine-to-machine apps tab: applications that act in the organization (a billing
/// service, a sync job) with their machine-to-machine organization roles. Add, edit roles,
/// remove. Loads when shown.
///
/// Object names: "organizationAppsTable", "addOrganizationAppsButton",
/// "editOrganizationAppRolesButton", "removeOrganizationAppButton", "organizationAppsEmptyLabel".
class OrganizationAppsTab : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationAppsTab(Workspace *workspace, QWidget *parent = nullptr);

    void setOrganization(const Organization &organization);
    ListModel<OrganizationApplication> *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

    void addApplications();
    void editRoles();
    void removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    int selectedRow() const;
    void updateButtons();

    Workspace *m_workspace;
    Organization m_organization;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    ListModel<OrganizationApplication> *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_editRoles;
    QPushButton *m_remove;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
