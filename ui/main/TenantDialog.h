#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Tenant.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse::ui {

/// Creates a tenant (name and Development/Production tag) or renames one. Emits submitted();
/// the caller saves and then accepts or calls showError(). Open with open(); deletes itself.
class TenantDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing.id` empty = a new tenant.
    TenantDialog(const Tenant &existing, QWidget *parent);

    Tenant tenant() const;
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    Tenant m_tenant;
    QLineEdit *m_name;
    QRadioButton *m_development;
    QRadioButton *m_production;
    QPushButton *m_accept;
    FieldErrors m_errors;
    bool m_busy = false;
};

} // namespace gatehouse::ui
