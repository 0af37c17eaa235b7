#include "users/UserActions.h"

#include "common/ReasonDialog.h"
#include "common/Workspace.h"
#include "users/UserText.h"

namespace gatehouse::ui {

namespace {
QString bold(const QString &text)
{
    return QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>");
}
} // namespace

UserActions::UserActions(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_parent(dialogParent)
{}

void UserActions::change(Future<User> change, const QString &failureText)
{
    m_workspace->run(std::move(change), m_parent, failureText,
                     [this](const User &user) { emit userChanged(user); });
}

void UserActions::ask(ReasonDialog::Options options,
                      std::function<void(const ReasonDialog &dialog)> confirmed)
{
    options.production = m_workspace->isProduction();
    options.tenantName = m_workspace->productionName();
    auto *dialog = new ReasonDialog(options, m_parent);
    connect(dialog, &QDialog::accepted, this, [dialog, confirmed] { confirmed(*dialog); });
    dialog->open();
}

void UserActions::toggleSuspended(const User &user)
{
    const bool suspend = !user.isSuspended;
    const QString name = UserText::displayName(user);
    ReasonDialog::Options options;
    if (suspend) {
        options.title = tr("Suspend user");
        options.html = tr("Suspend %1? They cannot sign in while suspended, and their refresh tokens stop "
                          "working. You can unsuspend them later.")
                           .arg(bold(name));
        options.actionText = tr("Suspend user");
        options.destructive = true;
    } else {
        options.title = tr("Unsuspend user");
        options.html = tr("Unsuspend %1? They can sign in again at once.").arg(bold(name));
        options.actionText = tr("Unsuspend user");
    }
    ask(options, [this, user, suspend](const ReasonDialog &dialog) {
        change(m_workspace->backend().users().setSuspended(m_workspace->tenant().id, user.id, suspend,
                                                           dialog.reason()),
               suspend ? tr("Could not suspend the user.") : tr("Could not unsuspend the user."));
    });
}

void UserActions::setPassword(const User &user)
{
    ReasonDialog::Options options;
    options.title = tr("Set password");
    options.html =
        tr("Set a new password for %1. The current password stops working at once; sessions "
           "that are already signed in stay signed in. Give the new password to the user through a "
           "channel you trust.")
            .arg(bold(UserText::displayName(user)));
    options.actionText = tr("Set password");
    options.withPassword = true;
    ask(options, [this, user](const ReasonDialog &dialog) {
        change(m_workspace->backend().users().setPassword(m_workspace->tenant().id, user.id,
                                                          dialog.password(), dialog.reason()),
               tr("Could not set the password."));
    });
}

void UserActions::togglePasswordExpired(const User &user)
{
    const bool expire = !user.passwordExpired;
    const QString name = UserText::displayName(user);
    ReasonDialog::Options options;
    if (expire) {
        options.title = tr("Require password change");
        options.html = tr("Require %1 to choose a new password at their next sign-in? Their current password "
                          "still works once, to sign in and change it.")
                           .arg(bold(name));
        options.actionText = tr("Require password change");
    } else {
        options.title = tr("Stop requiring a password change");
        options.html =
            tr("%1 will no longer be asked for a new password at their next sign-in.").arg(bold(name));
        options.actionText = tr("Stop requiring");
    }
    ask(options, [this, user, expire](const ReasonDialog &dialog) {
        change(m_workspace->backend().users().setPasswordExpired(m_workspace->tenant().id, user.id, expire,
                                                                 dialog.reason()),
               tr("Could not change the password requirement."));
    });
}

void UserActions::remove(const User &user)
{
    m_workspace->run(m_workspace->backend().users().roles(m_workspace->tenant().id, user.id), m_parent,
                     tr("Could not prepare deleting the user."),
                     [this, user](const QList<Role> &roles) { confirmRemove(user, int(roles.size())); });
}

void UserActions::confirmRemove(const User &user, int roleCount)
{
    const QString name = UserText::displayName(user);
    QStringList goes;
    goes << tr("the profile, custom data and sign-in identifiers");
    if (user.hasPassword())
        goes << tr("the password");
    const qsizetype identities = user.identities.size();
    if (identities > 0)
        goes << (identities == 1
                     ? tr("1 social identity (%1)").arg(user.identities.keys().join(QStringLiteral(", ")))
                     : tr("%1 social identities (%2)")
                           .arg(identities)
                           .arg(user.identities.keys().join(QStringLiteral(", "))));
    if (user.mfaCount > 0)
        goes << (user.mfaCount == 1 ? tr("1 MFA factor") : tr("%1 MFA factors").arg(user.mfaCount));
    if (roleCount > 0)
        goes << (roleCount == 1 ? tr("1 role assignment") : tr("%1 role assignments").arg(roleCount));
    QString list;
    for (const QString &item : std::as_const(goes))
        list += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");

    ReasonDialog::Options options;
    options.title = tr("Delete user");
    options.html =
        tr("Delete %1 (%2)? This deletes with it:").arg(bold(name), user.id) + QStringLiteral("<ul>") + list +
        QStringLiteral("</ul>") +
        tr("The user can no longer sign in and their tokens stop working. The journal keeps a record "
           "of the deletion. <b>This cannot be undone.</b>");
    options.actionText = tr("Delete user");
    options.destructive = true;
    options.confirmation = UserText::confirmationText(user);
    ask(options, [this, user, name](const ReasonDialog &dialog) {
        m_workspace->run(
            m_workspace->backend().users().remove(m_workspace->tenant().id, user.id, dialog.reason()),
            m_parent, tr("Could not delete \"%1\".").arg(name), [this, user] { emit userDeleted(user.id); });
    });
}

} // namespace gatehouse::ui
