#pragma once

#include "common/FormDialog.h"
#include "model/Organization.h"

class QLineEdit;

namespace gatehouse::ui {

/// "Create organization": name and description (everything else is edited afterwards).
/// Submitted through submitDialog() (see FormDialog).
///
/// Object names: "createOrganizationDialog", "newOrganizationNameEdit",
/// "newOrganizationDescriptionEdit", "createOrganizationButton".
class CreateOrganizationDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateOrganizationDialog(QWidget *parent);

    Organization draft() const;

protected:
    void validate() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
};

} // namespace gatehouse::ui
