#include "common/FormDialog.h"

#include "common/MessageBox.h"
#include "common/Style.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace gatehouse::ui {

FormDialog::FormDialog(const QString &objectName, const QString &title, int minimumWidth, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setMinimumWidth(minimumWidth);
}

QDialogButtonBox *FormDialog::createButtons(const QString &actionText, const QString &objectName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(objectName);
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void FormDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void FormDialog::setAcceptable(bool acceptable)
{
    m_accept->setEnabled(acceptable && !m_busy);
}

void FormDialog::showError(const Error &error)
{
    if (!error.fields().isEmpty())
        m_errors.show(error.fields());
    else
        m_errors.show({FieldError{QString(), error.message()}});
}

namespace detail {
void refuseSubmission(const QPointer<FormDialog> &guard, QWidget *context, const QString &failureText,
                      const Error &error)
{
    FormDialog *dialog = guard.data();
    if (!dialog) {
        MessageBox::showError(context, failureText, error);
        return;
    }
    dialog->setBusy(false);
    if (error.code() == ErrorCode::Validation || error.code() == ErrorCode::AlreadyExists)
        dialog->showError(error);
    else
        MessageBox::showError(context, failureText, error);
}
} // namespace detail

} // namespace gatehouse::ui
