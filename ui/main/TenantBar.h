#pragma once

#include "model/Tenant.h"

#include <QObject>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;
class QWidget;

namespace gatehouse::ui {

class Workspace;

/// The tenant switcher in the main toolbar: a combo of tenants (with a coloured dot), the
/// current tenant's Production/Development badge, and Create / Rename / Delete tenant actions.
///
/// Owns no data: it lists tenants through the Workspace and sets Workspace::setTenant().
class TenantBar : public QObject
{
    Q_OBJECT
public:
    /// `canLeave` is asked before switching tenants (unsaved edits on the current page).
    TenantBar(QToolBar *toolbar, QWidget *dialogParent, std::function<bool()> canLeave);

    void setWorkspace(Workspace *workspace);
    /// Lists the tenants and selects `selectId` (or the last one used, or the first).
    void reload(const QString &selectId = {});
    bool isLoading() const { return m_loading; }

    QAction *createAction() const { return m_create; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    void createTenant();
    void renameTenant();
    void deleteTenant();

signals:
    void tenantsLoaded();

private:
    void fillCombo();
    void onComboChanged(int index);
    void showTenant(const Tenant &tenant);
    void confirmDelete(const Tenant &tenant, int applications, int resources, int roles);
    void updateActions();

    QWidget *m_dialogParent;
    std::function<bool()> m_canLeave;
    Workspace *m_workspace = nullptr;
    QComboBox *m_combo;
    QLabel *m_badge;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_delete;
    bool m_filling = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace gatehouse::ui
