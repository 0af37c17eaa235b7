#pragma once

#include "backend/Error.h"
#include "common/FieldErrors.h"
#include "common/Workspace.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// A dialog that asks for what a new (or changed) object needs and hands it to its caller:
/// Cancel and a primary accept button that emits submitted() only while validate() finds the
/// input acceptable. The caller runs the request with submitDialog(), which keeps the dialog busy
/// meanwhile, shows a refusal next to the fields (or in a message box) and accepts the dialog
/// when it worked. Open with open(); the dialog deletes itself when closed.
///
/// Thread rule: UI thread only.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    /// While busy the accept button stays disabled; validate() runs again.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Shows a refusal of the backend: each field problem next to its field, the rest under the
    /// form.
    virtual void showError(const Error &error);

signals:
    /// Accept was pressed with acceptable input.
    void submitted();

protected:
    /// The accept button is labelled `actionText` and named `acceptName`.
    FormDialog(const QString &objectName, const QString &title, int minimumWidth, const QString &actionText,
               const QString &acceptName, QWidget *parent);

    /// Cancel and the accept button, for the subclass's layout.
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *acceptButton() const { return m_accept; }
    FieldErrors &errors() { return m_errors; }
    /// A line edit for `field` in `form` with its error label (FieldErrors::addLine()); typing
    /// in it validates.
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &field, const QString &name);
    /// Checks the input, shows its problems and calls setAcceptable().
    virtual void validate() = 0;
    /// Enables the accept button when `acceptable` and not busy.
    void setAcceptable(bool acceptable);
    /// Shows `problems` next to their fields, except those that `notYet` says are not news yet
    /// (a required field the person has not got to), and accepts only when there are none.
    void showProblems(const QList<FieldError> &problems,
                      const std::function<bool(const QString &field)> &notYet);

private:
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
    FieldErrors m_errors;
    bool m_busy = false;
};

namespace detail {
/// The failure half of submitDialog(): in the dialog when it can say it, else in a message box.
void refuseSubmission(const QPointer<FormDialog> &guard, QWidget *context, const QString &failureText,
                      const Error &error);
} // namespace detail

/// Runs `future` for `dialog`, which is busy meanwhile. A Validation or AlreadyExists refusal is
/// shown in the dialog (while it is open); any other failure in a message box over `context`
/// saying `failureText`, then `onFailure` runs. On success the dialog is accepted and `onValue`
/// runs with the result (also when the dialog was closed meanwhile).
///
/// Call from the UI thread only.
template <typename T, typename OnValue>
void submitDialog(Workspace *workspace, FormDialog *dialog, Future<T> future, QWidget *context,
                  const QString &failureText, OnValue onValue, Workspace::OnFailure onFailure = {})
{
    dialog->setBusy(true);
    const QPointer<FormDialog> guard(dialog);
    workspace->run(
        std::move(future), context, QString(),
        [guard, onValue = std::move(onValue)](const T &value) mutable {
            if (FormDialog *open = guard.data()) {
                open->setBusy(false);
                open->accept();
            }
            if constexpr (std::is_invocable_v<OnValue &, const T &>)
                onValue(value);
            else
                onValue();
        },
        [guard, context, failureText, onFailure = std::move(onFailure)](const Error &error) {
            detail::refuseSubmission(guard, context, failureText, error);
            if (onFailure)
                onFailure(error);
        });
}

} // namespace gatehouse::ui
