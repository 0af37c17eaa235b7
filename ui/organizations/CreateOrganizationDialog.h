#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Organization.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// "Create organization": name and description (everything else is edited afterwards).
/// Emits submitted(); the caller creates and then accepts or calls showError().
///
/// Object names: "createOrganizationDialog", "newOrganizationNameEdit",
/// "newOrganizationDescriptionEdit", "createOrganizationButton".
class CreateOrganizationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateOrganizationDialog(QWidget *parent);

    Organization draft() const;
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_create;
    FieldErrors m_errors;
    bool m_busy = false;
};

} // namespace gatehouse::ui
