#pragma once

#include "common/EditorWidget.h"
#include "model/User.h"

namespace gatehouse::ui {

/// A tab of the user detail that edits the user itself (Profile, Custom data): an EditorWidget
/// that keeps the user as it was read. Showing the same user again keeps unsaved edits, and the
/// form as it is when the version did not change (a refresh); saving sends the edited user with
/// the version that was read (a Conflict offers to reload) and shows what was stored.
///
/// Thread rule: UI thread only.
class UserFormTab : public EditorWidget
{
    Q_OBJECT
public:
    /// Shows `user`. When the same user is shown with unsaved edits, only the base (version,
    /// fields the form does not show) is replaced and the edits are kept.
    void setUser(const User &user);

signals:
    void saved(const gatehouse::User &user);

protected:
    /// `saveFailed`: the headline of a failed save ("Could not save the user.").
    UserFormTab(Workspace *workspace, const QString &saveFailed, QWidget *parent);

    /// The user as it was read (or last saved).
    const User &user() const { return m_user; }
    bool hasItem() const override { return !m_user.id.isEmpty(); }
    QString itemName() const override;
    /// Saves `edited` (the shown user with this tab's fields replaced) under the shown user's name; the
    /// stored user is shown and goes out with saved().
    void saveUser(const User &edited);

private:
    User m_user;
};

} // namespace gatehouse::ui
