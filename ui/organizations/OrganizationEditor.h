#pragma once

#include "common/EditorWidget.h"
#include "model/Organization.h"

class QLabel;
class QTabWidget;

namespace gatehouse::ui {

class OrganizationActivityTab;
class OrganizationAppsTab;
class OrganizationBrandingTab;
class OrganizationFormTab;
class OrganizationInvitationsTab;
class OrganizationJitTab;
class OrganizationMembersTab;
class OrganizationSettingsTab;

/// The selected organization: a header (name, MFA badge, member count, Delete) and the tabs
/// Settings, Members, Activity (the members' authentication events), Machine-to-machine apps,
/// Invitations, JIT and Branding. Settings and
/// Branding edit the organization itself; the editor saves them with the version that was read
/// (a Conflict offers to reload) and gives every tab the saved result, so neither overwrites the
/// other's unsaved edits.
///
/// Thread rule: UI thread only. Object names: "organizationEditor", "organizationTabs",
/// "organizationTitleLabel", "organizationMfaBadge", "organizationMembersBadge",
/// "organizationDeleteButton".
class OrganizationEditor : public EditorWidget
{
    Q_OBJECT
public:
    explicit OrganizationEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setItem(const Organization &organization);
    const Organization &organization() const { return m_organization; }
    bool isLoading() const;
    /// Saves the current tab (Settings, Branding or JIT) — Ctrl+S.
    void save() override;

    QTabWidget *tabs() const { return m_tabs; }
    OrganizationSettingsTab *settings() const { return m_settings; }
    OrganizationMembersTab *members() const { return m_members; }
    OrganizationAppsTab *applications() const { return m_apps; }
    OrganizationInvitationsTab *invitations() const { return m_invitations; }
    OrganizationJitTab *jit() const { return m_jit; }
    OrganizationBrandingTab *branding() const { return m_branding; }
    OrganizationActivityTab *activity() const { return m_activity; }

signals:
    void saved(const gatehouse::Organization &organization);

protected:
    bool hasItem() const override { return !m_organization.id.isEmpty(); }
    QString itemName() const override { return m_organization.name; }
    /// Settings, Branding or JIT have unsaved edits.
    bool isModified() const override;
    bool showSaveErrors(const Error &error) override;
    void updateButtons() override;

private:
    void saveFrom(OrganizationFormTab *tab);
    void apply(const Organization &organization, bool keepEdits);
    void updateHeader();

    Organization m_organization;
    bool m_saving = false;
    OrganizationFormTab *m_savingTab = nullptr;
    QLabel *m_mfaBadge;
    QLabel *m_membersBadge;
    QTabWidget *m_tabs;
    OrganizationSettingsTab *m_settings;
    OrganizationMembersTab *m_members;
    OrganizationAppsTab *m_apps;
    OrganizationInvitationsTab *m_invitations;
    OrganizationJitTab *m_jit;
    OrganizationBrandingTab *m_branding;
    OrganizationActivityTab *m_activity;
};

} // namespace gatehouse::ui
