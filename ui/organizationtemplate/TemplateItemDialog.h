#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Role.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse::ui {

/// Creates or edits one item of the organization template: an organization permission (name,
/// description) or an organization role (name, description and, when created, its type: User or
/// MachineToMachine; fixed afterwards). Emits submitted(); the caller confirms, saves and then
/// accepts or calls showError(). Deletes itself.
///
/// Object names: "templateItemDialog", "templateItemNameEdit", "templateItemDescriptionEdit",
/// "templateItemUserRadio", "templateItemMachineRadio", "templateItemAcceptButton".
class TemplateItemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Scope, Role };

    /// `withType`: show the type choice (new roles only).
    TemplateItemDialog(Kind kind, const QString &title, const QString &actionText, bool withType,
                       QWidget *parent);

    void setValues(const QString &name, const QString &description, RoleType type = RoleType::User);
    QString name() const;
    QString description() const;
    RoleType type() const;
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    Kind m_kind;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QRadioButton *m_user;
    QRadioButton *m_machine;
    QPushButton *m_accept;
    FieldErrors m_errors;
    bool m_busy = false;
};

} // namespace gatehouse::ui
