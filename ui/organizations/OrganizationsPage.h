#pragma once

#include "common/ListPage.h"
#include "model/Organization.h"

namespace gatehouse::ui {

class OrganizationEditor;

/// Organizations of the current tenant (each one a customer of a multi-tenant app): the list
/// with member counts, filtered by name or id as you type, and the selected organization's
/// editor (settings, members, machine-to-machine apps, invitations, JIT, branding).
///
/// Object names: "organizationsPage", and from MasterDetailPage "organizationsTable",
/// "organizationsSearchEdit", "organizationsCreateButton", "organizationsEmptyState".
class OrganizationsPage : public ListPage<Organization, OrganizationEditor>
{
    Q_OBJECT
public:
    explicit OrganizationsPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;
    bool isLoading() const override;

protected:
    void currentReloaded(int sourceRow) override;
    void confirmDelete(const Organization &organization) override;
};

} // namespace gatehouse::ui
