#pragma once

#include "common/FormDialog.h"
#include "model/Tenant.h"

class QLineEdit;
class QRadioButton;

namespace gatehouse::ui {

/// Creates a tenant (name and Development/Production tag) or renames one. Submitted through
/// submitDialog() (see FormDialog).
class TenantDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `existing.id` empty = a new tenant.
    TenantDialog(const Tenant &existing, QWidget *parent);

    Tenant tenant() const;

protected:
    void validate() override;

private:
    Tenant m_tenant;
    QLineEdit *m_name;
    QRadioButton *m_development;
    QRadioButton *m_production;
};

} // namespace gatehouse::ui
