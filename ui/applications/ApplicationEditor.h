#pragma once

#include "common/EditorWidget.h"
#include "model/Application.h"

class QLabel;
class QTabWidget;

namespace gatehouse::ui {

class ApplicationRolesTab;
class ApplicationSecretsTab;
class ApplicationSettingsForm;

/// The right-hand side of the Applications page: the selected application's settings (saved
/// with Save / Ctrl+S), its secrets (confidential types) and its roles (machine-to-machine).
///
/// Save runs asynchronously; the Save button stays disabled while the form is invalid, unchanged
/// or a request is in flight. A stale edit (ErrorCode::Conflict) offers to reload.
class ApplicationEditor : public EditorWidget
{
    Q_OBJECT
public:
    explicit ApplicationEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setItem(const Application &app);
    const Application &application() const { return m_app; }

signals:
    void saved(const gatehouse::Application &app);

protected:
    bool hasItem() const override { return !m_app.id.isEmpty(); }
    QString itemName() const override { return m_app.name; }
    bool isModified() const override;
    bool isValid() const override;
    bool showSaveErrors(const Error &error) override;
    void startSave() override;
    void reloadForm() override;

private:
    Application m_app;
    QLabel *m_typeBadge;
    QTabWidget *m_tabs;
    ApplicationSettingsForm *m_form;
    ApplicationSecretsTab *m_secrets;
    ApplicationRolesTab *m_roles;
    QWidget *m_settingsTab;
};

} // namespace gatehouse::ui
