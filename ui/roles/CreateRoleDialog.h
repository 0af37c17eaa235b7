#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Role.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse::ui {

/// "Create role": name, description and type (user or machine-to-machine; fixed afterwards).
/// Emits submitted(); the caller creates and then accepts or calls showError().
class CreateRoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateRoleDialog(QWidget *parent);

    Role draft() const;
    void setType(RoleType type);
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_description;
    QRadioButton *m_user;
    QRadioButton *m_machine;
    QPushButton *m_create;
    FieldErrors m_errors;
    bool m_busy = false;
};

} // namespace gatehouse::ui
