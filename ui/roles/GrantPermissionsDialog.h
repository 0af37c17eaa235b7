#pragma once

#include "model/Resource.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gatehouse::ui {

class Workspace;

/// Lists every API resource's permissions with checkboxes; those already granted to the role are
/// checked and cannot be changed here. Loads asynchronously when created. Open with open(); read
/// checkedScopeIds() after accepted().
class GrantPermissionsDialog : public QDialog
{
    Q_OBJECT
public:
    GrantPermissionsDialog(Workspace *workspace, const QString &roleName, const QStringList &grantedScopeIds,
                           QWidget *parent);

    /// Newly checked permissions (not the ones granted before).
    QStringList checkedScopeIds() const;
    /// Checks the permission `scopeName` of the resource with `resourceName` (tests, keyboard).
    bool check(const QString &resourceName, const QString &scopeName);
    bool isLoaded() const { return m_pending == 0 && m_started; }

signals:
    void loaded();

private:
    void addResource(const Resource &resource, const QList<Scope> &scopes);
    void finishOne();
    void updateButton();

    Workspace *m_workspace;
    QStringList m_granted;
    QTreeWidget *m_tree;
    QLineEdit *m_filter;
    QLabel *m_status;
    QPushButton *m_accept;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace gatehouse::ui
