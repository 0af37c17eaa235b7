#pragma once

#include "common/RelatedList.h"
#include "model/Organization.h"
#include "model/Tenant.h"

namespace gatehouse::ui {

class TemplateConfirmation;

/// Organization permissions of the template: create, edit, delete — each confirmed with the
/// number of organizations it reaches.
///
/// Object names: "organizationScopesTable", "createOrganizationScopeButton",
/// "editOrganizationScopeButton", "deleteOrganizationScopeButton", "organizationScopesEmptyLabel".
class OrganizationScopesPanel : public RelatedList<OrganizationScope, Tenant>
{
    Q_OBJECT
public:
    OrganizationScopesPanel(Workspace *workspace, const TemplateConfirmation *confirmation,
                            QWidget *parent = nullptr);

    void createScope();
    void editSelected();
    void deleteSelected();

protected:
    bool concerns(const Change &change) const override;
    void listLoaded() override {}

private:
    const TemplateConfirmation *m_confirmation;
};

} // namespace gatehouse::ui
