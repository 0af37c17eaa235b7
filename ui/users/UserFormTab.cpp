#include "users/UserFormTab.h"

#include "common/Workspace.h"
#include "users/UserText.h"

namespace gatehouse::ui {

UserFormTab::UserFormTab(Workspace *workspace, const QString &saveFailed, QWidget *parent)
    : EditorWidget(workspace,
                   {tr("User changed elsewhere"), QString(),
                    tr("This user was changed by someone else after you opened it. Reload it? Your edits on "
                       "this tab will be discarded."),
                    saveFailed},
                   parent)
{}

void UserFormTab::setUser(const User &user)
{
    // The same user keeps unsaved edits, and the form as it is when nothing changed (a refresh).
    const bool keep =
        !user.id.isEmpty() && user.id == m_user.id && (isDirty() || user.version == m_user.version);
    m_user = user;
    if (keep)
        validate();
    else
        reloadForm();
}

QString UserFormTab::itemName() const
{
    return UserText::displayName(m_user);
}

void UserFormTab::saveUser(const User &edited)
{
    saveItem<User>(workspace()->backend().users().update(workspace()->tenant().id, edited), itemName(), {},
                   [this](const User &stored) {
                       if (stored.id == m_user.id) {
                           m_user = stored;
                           reloadForm();
                       }
                       emit saved(stored);
                   });
}

} // namespace gatehouse::ui
