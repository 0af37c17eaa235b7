#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Application.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse::ui {

/// "Create application": pick one of the six types (each with a line on what it is for), a
/// name and a description. Emits submitted(); the caller creates the application and then
/// accepts the dialog or calls showError(). Open with open(); deletes itself when closed.
class CreateApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateApplicationDialog(QWidget *parent);

    Application draft() const;
    void setType(ApplicationType type);
    void setBusy(bool busy);
    /// Shows the backend's problems next to the fields (or under the form).
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    QButtonGroup *m_types;
    QHash<int, ApplicationType> m_typeOfButton;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_create;
    FieldErrors m_errors;
    bool m_busy = false;
    bool m_nameTouched = false;
};

} // namespace gatehouse::ui
