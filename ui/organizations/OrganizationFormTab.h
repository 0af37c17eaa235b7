#pragma once

#include "common/EditorWidget.h"
#include "model/Organization.h"

namespace gatehouse::ui {

/// A tab that edits fields of the organization itself (Settings, Branding): an EditorWidget
/// whose save the OrganizationEditor runs. The editor saves what edited() returns and routes the
/// outcome back, so two tabs never overwrite each other: edited() is the latest saved
/// organization with only this tab's fields replaced.
///
/// Thread rule: UI thread only.
class OrganizationFormTab : public EditorWidget
{
    Q_OBJECT
public:
    /// Shows `organization`. With `keepEdits`, unsaved edits of the same organization stay and
    /// only the base is replaced.
    void setOrganization(const Organization &organization, bool keepEdits);
    virtual Organization edited() const = 0;
    /// Shows a refusal next to the fields it names; returns false when none of them is here.
    virtual bool showErrors(const QList<FieldError> &errors) = 0;
    /// The editor is saving this tab's edits (Save waits; "Saved" when it ends with none left).
    void setSaving(bool saving) { markSaving(saving); }

signals:
    /// Save pressed with valid edits.
    void saveRequested();

protected:
    OrganizationFormTab(Workspace *workspace, QWidget *parent);

    const Organization &organization() const { return m_organization; }
    bool hasItem() const override { return !m_organization.id.isEmpty(); }
    QString itemName() const override { return m_organization.name; }
    void startSave() override { emit saveRequested(); }
    /// Another organization is shown (setOrganization()).
    virtual void organizationChanged() {}

private:
    Organization m_organization;
};

} // namespace gatehouse::ui
