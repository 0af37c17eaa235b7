#pragma once

#include "common/FormDialog.h"
#include "model/Role.h"

class QLineEdit;
class QRadioButton;

namespace gatehouse::ui {

/// "Create role": name, description and type (user or machine-to-machine; fixed afterwards).
/// Submitted through submitDialog() (see FormDialog).
class CreateRoleDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateRoleDialog(QWidget *parent);

    Role draft() const;
    void setType(RoleType type);

protected:
    void validate() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QRadioButton *m_user;
    QRadioButton *m_machine;
};

} // namespace gatehouse::ui
