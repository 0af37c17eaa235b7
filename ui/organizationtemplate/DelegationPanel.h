#pragma once

#include "policy/Access.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace gatehouse {
struct Change;
}

namespace gatehouse::ui {

class Workspace;

/// The tenant's delegation policy, in the organization template it is made of: for each ability
/// an organization admin can be lent (view, invite, remove members, change their roles, require
/// MFA, branding, JIT email domains, reset a password, remove an MFA factor) the organization
/// permission that lends it — a member whose organization role grants the permission may use the
/// ability in that organization, and only there. Below it, "who can do what" in one organization:
/// its admins, each ability with the roles that grant it.
///
/// Changing a mapping saves it at once (journaled); only operators who may change the delegation
/// policy (owners) can. A Logto connection has no delegation policy: the panel says so.
///
/// Object names: "delegationPanel", "delegationTable" (one "delegationCombo_<ability>" per row),
/// "delegationStatusLabel", "delegationOrganizationCombo", "delegationAdminsTree",
/// "delegationAdminsEmptyLabel".
class DelegationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DelegationPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// Reads the policy, the template's permissions and the organizations of the current tenant.
    void load();
    bool isLoading() const { return m_loading > 0 || m_adminsLoading; }
    QTableWidget *table() const { return m_table; }
    QComboBox *comboFor(policy::Ability ability) const;
    QComboBox *organizationCombo() const { return m_organization; }
    QTreeWidget *adminsTree() const { return m_admins; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPolicy();
    void lend(policy::Ability ability, QComboBox *combo);
    void loadAdmins();
    void onChange(const Change &change);
    void setStatus(const QString &text, bool error = false);
    void finishOne();

    Workspace *m_workspace;
    QLabel *m_status;
    QTableWidget *m_table;
    QComboBox *m_organization;
    QTreeWidget *m_admins;
    QLabel *m_adminsEmpty;
    policy::DelegationPolicy m_policy;
    QList<QPair<QString, QString>> m_permissions; ///< organization scope id, name
    int m_loading = 0;
    int m_generation = 0;
    int m_adminsGeneration = 0;
    bool m_adminsLoading = false;
    bool m_stale = false;
};

} // namespace gatehouse::ui
