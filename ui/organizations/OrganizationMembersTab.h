#pragma once

#include "backend/Backend.h"
#include "common/ListModel.h"
#include "model/Organization.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace gatehouse::ui {

class Refresher;
class Workspace;

/// The Members tab: the organization's members with their organization roles, searchable
/// (200 ms debounce) and filterable by role. Add members through a searchable picker over every
/// user of the tenant (any size) with the roles to give them; edit one member's roles; give
/// roles to every selected member at once; remove members. Under the list, the selected
/// member's effective permissions, each with the roles that grant it.
///
/// Loads when shown. Object names: "membersSearchEdit", "membersRoleFilter", "membersTable",
/// "membersTotalLabel", "addMembersButton", "editMemberRolesButton", "bulkAssignRolesButton",
/// "removeMembersButton", "memberPermissionsTree", "memberPermissionsLabel".
class OrganizationMembersTab : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationMembersTab(Workspace *workspace, QWidget *parent = nullptr);

    void setOrganization(const Organization &organization);
    ListModel<OrganizationMember> *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const;

    void addMembers();
    void editRoles();
    void assignRolesToSelected();
    void removeSelected();

private:
    /// Loads the organization roles and the members (now while shown, else when shown).
    void reload();
    void load();
    void showMembers(const MemberPage &page, bool filtered);
    void loadRoles();
    void loadPermissions();
    QList<OrganizationMember> selectedMembers() const;
    QList<OrganizationRole> userRoles() const;
    /// Runs a change of the members and then reloads them, whether it worked or not.
    void change(Future<Done> change, const QString &organizationId, const QString &failureText);
    void updateButtons();

    Workspace *m_workspace;
    Organization m_organization;
    QList<OrganizationRole> m_roles;
    int m_generation = 0;
    int m_rolesGeneration = 0;
    int m_permissionsGeneration = 0;
    bool m_loading = false;
    ListModel<OrganizationMember> *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_roleFilter;
    QLabel *m_total;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_editRoles;
    QPushButton *m_bulkAssign;
    QPushButton *m_remove;
    QLabel *m_permissionsLabel;
    QTreeWidget *m_permissions;
    Refresher *m_refresher;
};

} // namespace gatehouse::ui
