#pragma once

#include "backend/Error.h"
#include "model/Organization.h"

#include <QWidget>

namespace gatehouse::ui {

/// A tab that edits fields of the organization itself (Settings, Branding). The editor saves
/// what edited() returns and routes the outcome back, so two tabs never overwrite each other:
/// edited() is the latest saved organization with only this tab's fields replaced.
class OrganizationFormTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows `organization`. With `keepEdits`, unsaved edits of the same organization stay and
    /// only the base is replaced.
    virtual void setOrganization(const Organization &organization, bool keepEdits) = 0;
    virtual Organization edited() const = 0;
    virtual bool isDirty() const = 0;
    virtual bool isValid() const = 0;
    /// Shows a refusal next to the fields it names; returns false when none of them is here.
    virtual bool showErrors(const QList<FieldError> &errors) = 0;
    virtual void setSaving(bool saving) = 0;

signals:
    /// Save pressed (or Ctrl+S) with valid edits.
    void saveRequested();
};

} // namespace gatehouse::ui
