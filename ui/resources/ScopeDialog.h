#pragma once

#include "common/FormDialog.h"
#include "model/Resource.h"

class QLineEdit;

namespace gatehouse::ui {

/// Adds a permission to an API resource, or edits a permission's description (the name of an
/// existing permission is fixed: tokens and role grants refer to it). Submitted through
/// submitDialog() (see FormDialog).
class ScopeDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `existing.id` empty = a new permission.
    ScopeDialog(const QString &resourceName, const Scope &existing, QWidget *parent);

    Scope scope() const;

protected:
    void validate() override;

private:
    Scope m_scope;
    QLineEdit *m_name;
    QLineEdit *m_description;
};

} // namespace gatehouse::ui
