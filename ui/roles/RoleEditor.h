#pragma once

#include "common/FieldErrors.h"
#include "model/Role.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace gatehouse::ui {

class RoleApplicationsTab;
class RolePermissionsTab;
class Workspace;

/// The selected role: settings (name, description, default flag for user roles; the type is
/// fixed), its permissions, and for machine-to-machine roles the applications holding it.
class RoleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RoleEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setRole(const Role &role);
    const Role &role() const { return m_role; }
    bool hasRole() const { return !m_role.id.isEmpty(); }
    Role edited() const;
    bool isDirty() const;
    int permissionCount() const { return m_permissionCount; }
    int applicationCount() const { return m_applicationCount; }
    RolePermissionsTab *permissions() const { return m_permissions; }
    RoleApplicationsTab *applications() const { return m_applications; }
    QTabWidget *tabs() const { return m_tabs; }

    void save();
    void revert();

signals:
    void saved(const gatehouse::Role &role);
    void deleteRequested();

private:
    void load(const Role &role);
    void validate();
    void updateButtons();

    Workspace *m_workspace;
    Role m_role;
    bool m_saving = false;
    bool m_valid = true;
    bool m_loading = false;
    int m_permissionCount = 0;
    int m_applicationCount = 0;
    FieldErrors m_errors;
    QLabel *m_title;
    QLabel *m_typeBadge;
    QTabWidget *m_tabs;
    QWidget *m_settings;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_type;
    QCheckBox *m_default;
    QLabel *m_created;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLabel *m_status;
    RolePermissionsTab *m_permissions;
    RoleApplicationsTab *m_applications;
};

} // namespace gatehouse::ui
