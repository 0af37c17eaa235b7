#pragma once

#include "common/Page.h"
#include "organizationtemplate/TemplateConfirmation.h"

class QLabel;
class QTabWidget;

namespace gatehouse::ui {

class DelegationPanel;
class OrganizationRolesPanel;
class OrganizationScopesPanel;

/// The organization template of the current tenant: organization roles (with the organization
/// and API permissions they grant), organization permissions, and the delegation policy that
/// lends abilities to organization admins through those permissions (DelegationPanel). There is one template
/// for all organizations, so every change is confirmed with how many organizations it reaches; the page
/// counts them whenever it is activated.
///
/// Object names: "organizationTemplatePage", "organizationTemplateTabs",
/// "organizationTemplateReachLabel".
class OrganizationTemplatePage : public Page
{
    Q_OBJECT
public:
    explicit OrganizationTemplatePage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void createNew() override;
    void save() override;
    bool isLoading() const override;
    bool confirmLeave() override;

    OrganizationRolesPanel *roles() const { return m_roles; }
    OrganizationScopesPanel *scopes() const { return m_scopes; }
    DelegationPanel *delegation() const { return m_delegation; }
    QTabWidget *tabs() const { return m_tabs; }
    const TemplateConfirmation &confirmation() const { return m_confirmation; }

private:
    void countOrganizations();

    TemplateConfirmation m_confirmation;
    QTabWidget *m_tabs;
    QLabel *m_reach;
    OrganizationRolesPanel *m_roles;
    OrganizationScopesPanel *m_scopes;
    DelegationPanel *m_delegation;
    int m_generation = 0;
    bool m_counting = false;
};

} // namespace gatehouse::ui
