#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "model/Resource.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// "Create API resource": a name and the indicator (an absolute URI, fixed afterwards).
/// Emits submitted(); the caller creates and then accepts or calls showError().
class CreateResourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateResourceDialog(QWidget *parent);

    Resource draft() const;
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_indicator;
    QPushButton *m_create;
    FieldErrors m_errors;
    bool m_busy = false;
    bool m_touched = false;
};

} // namespace gatehouse::ui
