#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/User.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace gatehouse::ui {

/// "Create user": username, email, phone, name and an optional initial password (with
/// show/hide). Every field is validated as it is typed; at least one of username, email and
/// phone is required (a user without one cannot sign in). Emits submitted(); the caller creates
/// the user and then accepts the dialog or calls showError(). Open with open(); deletes itself
/// when closed and clears the password field.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateUserDialog(QWidget *parent);
    ~CreateUserDialog() override;

    User draft() const;
    QString password() const;
    void setBusy(bool busy);
    /// Shows the backend's problems next to the fields (or under the form).
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QToolButton *m_showPassword;
    QPushButton *m_create;
    FieldErrors m_errors;
    bool m_busy = false;
};

} // namespace gatehouse::ui
