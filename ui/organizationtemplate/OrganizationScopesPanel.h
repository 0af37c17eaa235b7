#pragma once

#include "common/ListModel.h"
#include "model/Organization.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class TemplateConfirmation;
class Workspace;

/// Organization permissions of the template: create, edit, delete — each confirmed with the
/// number of organizations it reaches.
///
/// Object names: "organizationScopesTable", "createOrganizationScopeButton",
/// "editOrganizationScopeButton", "deleteOrganizationScopeButton", "organizationScopesEmptyLabel".
class OrganizationScopesPanel : public QWidget
{
    Q_OBJECT
public:
    OrganizationScopesPanel(Workspace *workspace, const TemplateConfirmation *confirmation,
                            QWidget *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading; }
    ListModel<OrganizationScope> *model() const { return m_model; }

    void createScope();
    void editSelected();
    void deleteSelected();

signals:
    /// The permissions changed (roles show them).
    void changed();

private:
    int selectedRow() const;
    void updateButtons();

    Workspace *m_workspace;
    const TemplateConfirmation *m_confirmation;
    int m_generation = 0;
    bool m_loading = false;
    ListModel<OrganizationScope> *m_model;
    QTableView *m_view;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
