#include "common/FormDialog.h"

#include "common/MessageBox.h"
#include "common/Style.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace gatehouse::ui {

FormDialog::FormDialog(const QString &objectName, const QString &title, int minimumWidth,
                       const QString &actionText, const QString &acceptName, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_accept(m_buttons->addButton(actionText, QDialogButtonBox::AcceptRole))
{
    setObjectName(objectName);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setMinimumWidth(minimumWidth);
    m_accept->setObjectName(acceptName);
    style::makePrimary(m_accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *FormDialog::addField(QFormLayout *form, const QString &label, const QString &field,
                                const QString &name)
{
    QLineEdit *edit = m_errors.addLine(form, label, field, name);
    connect(edit, &QLineEdit::textChanged, this, &FormDialog::validate);
    return edit;
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

void FormDialog::showProblems(const QList<FieldError> &problems,
                              const std::function<bool(const QString &field)> &notYet)
{
    QList<FieldError> shown;
    for (const FieldError &problem : problems) {
        if (!notYet(problem.field))
            shown.append(problem);
    }
    m_errors.show(shown);
    setAcceptable(problems.isEmpty());
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
