#pragma once

#include "common/EditorWidget.h"
#include "model/Role.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace gatehouse::ui {

class RoleApplicationsTab;
class RolePermissionsTab;

/// The selected role: settings (name, description, default flag for user roles; the type is
/// fixed), its permissions, and for machine-to-machine roles the applications holding it.
class RoleEditor : public EditorWidget
{
    Q_OBJECT
public:
    explicit RoleEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setItem(const Role &role);
    const Role &role() const { return m_role; }
    Role edited() const;
    /// Permission grants of the shown role, as listed.
    int permissionCount() const;
    /// Applications the shown role is assigned to, as listed.
    int applicationCount() const;
    RolePermissionsTab *permissions() const { return m_permissions; }
    RoleApplicationsTab *applications() const { return m_applications; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void saved(const gatehouse::Role &role);

protected:
    bool hasItem() const override { return !m_role.id.isEmpty(); }
    QString itemName() const override { return m_role.name; }
    bool isModified() const override;
    QList<FieldError> problems() const override;
    bool showSaveErrors(const Error &error) override { return showRefusal(error, QStringLiteral("name")); }
    void startSave() override;
    void reloadForm() override;

private:
    void load(const Role &role);

    Role m_role;
    QLabel *m_typeBadge;
    QTabWidget *m_tabs;
    QWidget *m_settings;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_type;
    QCheckBox *m_default;
    QLabel *m_created;
    RolePermissionsTab *m_permissions;
    RoleApplicationsTab *m_applications;
};

} // namespace gatehouse::ui
