#pragma once

#include "backend/Backend.h"
#include "common/ReasonDialog.h"
#include "model/User.h"

#include <QObject>
#include <functional>

class QWidget;

namespace gatehouse::ui {

class Workspace;

/// The sensitive actions on one user: suspend/unsuspend, set a password, require a password
/// change, delete. Each opens a ReasonDialog (a reason is required and goes into the journal;
/// deleting also requires typing the username or email and lists what goes with the user), then
/// runs the request without blocking. Failures are shown in a message box.
///
/// Thread rule: UI thread only. Dialogs are window-modal on `dialogParent`.
class UserActions : public QObject
{
    Q_OBJECT
public:
    UserActions(Workspace *workspace, QWidget *dialogParent);

    void toggleSuspended(const User &user);
    void setPassword(const User &user);
    void togglePasswordExpired(const User &user);
    /// Counts the user's roles first, so the confirmation can name them.
    void remove(const User &user);

signals:
    void userChanged(const gatehouse::User &user);
    void userDeleted(const QString &id);

private:
    /// Opens a ReasonDialog with `options` (and the production warning when the tenant is one);
    /// `confirmed` runs with it once the person confirmed.
    void ask(ReasonDialog::Options options, std::function<void(const ReasonDialog &dialog)> confirmed);
    /// Runs an action on a user: the changed user goes out with userChanged().
    void change(Future<User> change, const QString &failureText);
    void confirmRemove(const User &user, int roleCount);

    Workspace *m_workspace;
    QWidget *m_parent;
};

} // namespace gatehouse::ui
