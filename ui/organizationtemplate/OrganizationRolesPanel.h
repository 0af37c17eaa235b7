#pragma once

#include "common/ListModel.h"
#include "model/Organization.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace gatehouse::ui {

class Refresher;
class TemplateConfirmation;
class Workspace;

/// Organization roles of the template: the list on the left; the selected role's name,
/// description, type (fixed) and what it grants — organization permissions and API-resource
/// permissions, granted through pickers and revoked one by one — on the right. Every change is
/// confirmed with the number of organizations it reaches before it is saved. Changes of the
/// template or of API resources' permissions reload the list and the grants (unsaved edits of the
/// selected role stay).
///
/// Object names: "organizationRolesTable", "createOrganizationRoleButton",
/// "deleteOrganizationRoleButton", "organizationRoleNameEdit", "organizationRoleDescriptionEdit",
/// "organizationRoleTypeLabel", "organizationRoleSaveButton", "grantOrganizationScopesButton",
/// "grantResourceScopesButton", "revokeOrganizationRoleGrantButton",
/// "organizationRoleGrantsTree".
class OrganizationRolesPanel : public QWidget
{
    Q_OBJECT
public:
    OrganizationRolesPanel(Workspace *workspace, const TemplateConfirmation *confirmation,
                           QWidget *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading || m_grantsLoading; }
    ListModel<OrganizationRole> *model() const { return m_model; }
    const OrganizationRoleGrants &grants() const { return m_grants; }
    bool isDirty() const;

    void createRole();
    void deleteSelected();
    void saveSelected();
    void grantOrganizationScopes();
    void grantResourceScopes();
    void revokeSelectedGrant();

private:
    int selectedRow() const;
    void showRole();
    void loadGrants();
    void showGrants();
    /// Replace-all write of one kind of grants, then reload.
    void writeGrants(bool organizationScopes, const QStringList &ids);
    void updateButtons();

    Workspace *m_workspace;
    const TemplateConfirmation *m_confirmation;
    int m_generation = 0;
    int m_grantsGeneration = 0;
    bool m_loading = false;
    bool m_grantsLoading = false;
    bool m_reloadGrants = false; ///< the running load is for a change: the grants reload too
    OrganizationRole m_role;
    OrganizationRoleGrants m_grants;
    ListModel<OrganizationRole> *m_model;
    QTableView *m_view;
    QPushButton *m_create;
    QPushButton *m_delete;
    QLabel *m_title;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_type;
    QPushButton *m_save;
    QPushButton *m_grantOrganization;
    QPushButton *m_grantResource;
    QPushButton *m_revoke;
    QTreeWidget *m_tree;
    QWidget *m_detail;
    Refresher *m_refresher;
};

} // namespace gatehouse::ui
