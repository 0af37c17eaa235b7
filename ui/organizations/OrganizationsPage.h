#pragma once

#include "common/MasterDetailPage.h"
#include "model/Organization.h"

namespace gatehouse::ui {

class OrganizationEditor;

/// Organizations of the current tenant (each one a customer of a multi-tenant app): the list
/// with member counts, filtered by name or id as you type, and the selected organization's
/// editor (settings, members, machine-to-machine apps, invitations, JIT, branding).
///
/// Object names: "organizationsPage", and from MasterDetailPage "organizationsTable",
/// "organizationsSearchEdit", "organizationsCreateButton", "organizationsEmptyState".
class OrganizationsPage : public MasterDetailPage
{
    Q_OBJECT
public:
    explicit OrganizationsPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;
    bool isLoading() const override;

    ListModel<Organization> *model() const { return m_model; }
    OrganizationEditor *editor() const { return m_editor; }

protected:
    void fetch() override;
    bool concerns(const Change &change) const override;
    void currentChanged(int sourceRow) override;
    void currentReloaded(int sourceRow) override;
    void deleteCurrent() override;

private:
    ListModel<Organization> *m_model;
    OrganizationEditor *m_editor;
};

} // namespace gatehouse::ui
