#pragma once

#include "common/FormDialog.h"
#include "model/User.h"

class QLineEdit;
class QToolButton;

namespace gatehouse::ui {

/// "Create user": username, email, phone, name and an optional initial password (with
/// show/hide). Every field is validated as it is typed; at least one of username, email and
/// phone is required (a user without one cannot sign in). Submitted through submitDialog() (see
/// FormDialog); clears the password field when it closes.
class CreateUserDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateUserDialog(QWidget *parent);
    ~CreateUserDialog() override;

    User draft() const;
    QString password() const;

protected:
    void validate() override;

private:
    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QToolButton *m_showPassword;
};

} // namespace gatehouse::ui
