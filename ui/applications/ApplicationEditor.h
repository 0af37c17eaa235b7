#pragma once

#include "model/Application.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace gatehouse::ui {

class ApplicationRolesTab;
class ApplicationSecretsTab;
class ApplicationSettingsForm;
class Workspace;

/// The right-hand side of the Applications page: the selected application's settings (saved
/// with Save / Ctrl+S), its secrets (confidential types) and its roles (machine-to-machine).
///
/// Save runs asynchronously; the Save button stays disabled while the form is invalid, unchanged
/// or a request is in flight. A stale edit (ErrorCode::Conflict) offers to reload.
class ApplicationEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setApplication(const Application &app);
    void clear();
    const Application &application() const { return m_app; }
    bool hasApplication() const { return !m_app.id.isEmpty(); }
    bool isDirty() const;
    bool isSaving() const { return m_saving; }

    void save();
    void revert();

    ApplicationSettingsForm *form() const { return m_form; }

signals:
    void saved(const gatehouse::Application &app);
    void deleteRequested();

private:
    void updateButtons();
    void reload();

    Workspace *m_workspace;
    Application m_app;
    bool m_saving = false;
    QLabel *m_title;
    QLabel *m_typeBadge;
    QTabWidget *m_tabs;
    ApplicationSettingsForm *m_form;
    ApplicationSecretsTab *m_secrets;
    ApplicationRolesTab *m_roles;
    QWidget *m_settingsTab;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace gatehouse::ui
