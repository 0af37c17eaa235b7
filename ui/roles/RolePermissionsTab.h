#pragma once

#include "model/Role.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gatehouse::ui {

class Refresher;
class Workspace;

/// The permissions granted to a role, grouped by API resource. "Grant permissions…" offers every
/// resource's permissions (granted ones checked and fixed); Revoke removes the selected grant.
/// Reloads after changes of the role and of API resources' permissions (see Refresher).
class RolePermissionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit RolePermissionsTab(Workspace *workspace, QWidget *parent = nullptr);

    void setRole(const Role &role);
    const QList<GrantedScope> &granted() const { return m_granted; }
    /// Permission grants of the shown role, as listed.
    int count() const { return int(m_granted.size()); }

    void grantPermissions();
    void revokeSelected();

private:
    void load();
    void showGranted();
    void updateButtons();

    Workspace *m_workspace;
    Role m_role;
    QList<GrantedScope> m_granted;
    int m_generation = 0;
    QTreeWidget *m_tree;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QLabel *m_empty;
    Refresher *m_refresher;
};

} // namespace gatehouse::ui
