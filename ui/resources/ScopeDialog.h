#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Resource.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// Adds a permission to an API resource, or edits a permission's description (the name of an
/// existing permission is fixed: tokens and role grants refer to it). Emits submitted(); the
/// caller saves and then accepts or calls showError(). Open with open(); deletes itself.
class ScopeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing.id` empty = a new permission.
    ScopeDialog(const QString &resourceName, const Scope &existing, QWidget *parent);

    Scope scope() const;
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    Scope m_scope;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_accept;
    FieldErrors m_errors;
    bool m_busy = false;
};

} // namespace gatehouse::ui
