#pragma once

#include "common/FormDialog.h"
#include "model/Role.h"

class QLineEdit;
class QRadioButton;

namespace gatehouse::ui {

/// Creates or edits one item of the organization template: an organization permission (name,
/// description) or an organization role (name, description and, when created, its type: User or
/// MachineToMachine; fixed afterwards). The caller confirms, then saves through submitDialog()
/// (see FormDialog).
///
/// Object names: "templateItemDialog", "templateItemNameEdit", "templateItemDescriptionEdit",
/// "templateItemUserRadio", "templateItemMachineRadio", "templateItemAcceptButton".
class TemplateItemDialog : public FormDialog
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

protected:
    void validate() override;

private:
    Kind m_kind;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QRadioButton *m_user;
    QRadioButton *m_machine;
};

} // namespace gatehouse::ui
