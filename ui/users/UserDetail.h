#pragma once

#include "model/LogEvent.h"
#include "model/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace gatehouse::ui {

class Refresher;
class UserActions;
class UserActivityTab;
class UserSignInsTab;
class UserCustomDataTab;
class UserIdentitiesTab;
class UserMfaTab;
class UserOrganizationsTab;
class UserProfileTab;
class UserRolesTab;
class Workspace;

/// The right-hand side of the Users page: the selected user's header (initials, name, status
/// badges, id with a copy button, timestamps in local time with UTC in the tooltip), the
/// sensitive actions and the tabs Profile, Custom data, Identities, Roles, Organizations, MFA and
/// Activity.
///
/// showUser() shows what the list knows at once, then fetches the current user in the
/// background. After an edit or an action the detail shows the result; a change of the shown
/// user made elsewhere (the workspace's change notification) fetches it again, keeping unsaved
/// edits of the Profile and Custom data tabs.
///
/// Thread rule: UI thread only.
class UserDetail : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetail(Workspace *workspace, QWidget *parent = nullptr);

    void showUser(const User &user);
    void clear();
    /// Fetches the shown user again.
    void reload();

    const User &user() const { return m_user; }
    bool hasUser() const { return !m_user.id.isEmpty(); }
    bool isDirty() const;
    bool isLoading() const;
    /// Saves the Profile or Custom data tab, whichever is current (Ctrl+S).
    void save();
    void deleteUser();

    QTabWidget *tabs() const { return m_tabs; }
    UserRolesTab *roles() const { return m_roles; }
    UserMfaTab *mfa() const { return m_mfa; }
    UserOrganizationsTab *organizations() const { return m_organizations; }
    UserSignInsTab *signIns() const { return m_signIns; }

signals:
    void userDeleted(const QString &id);

private:
    /// Shows `user`. The Roles, MFA and Activity tabs reload when `refreshLists` or the user
    /// changed.
    void apply(const User &user, bool refreshLists = true);
    void updateHeader();
    void changed(const User &user);
    /// A workspace's archive may know of a sign-in the user record does not (events synced from
    /// the server): asks it for the newest completed sign-in of the user shown.
    void loadArchivedSignIn();

    Workspace *m_workspace;
    User m_user;
    int m_generation = 0;
    bool m_fetching = false;
    std::optional<LogEvent> m_archivedSignIn; ///< the newest completed sign-in in the archive
    int m_signInGeneration = 0;
    UserActions *m_actions;
    QLabel *m_avatar;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_suspendedBadge;
    QLabel *m_passwordBadge;
    QLabel *m_mfaBadge;
    QLabel *m_expiredBadge;
    QLabel *m_id;
    QToolButton *m_copyId;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_lastSignIn;
    QPushButton *m_suspend;
    QPushButton *m_setPassword;
    QPushButton *m_requireChange;
    QPushButton *m_delete;
    QTabWidget *m_tabs;
    UserProfileTab *m_profile;
    UserCustomDataTab *m_customData;
    UserIdentitiesTab *m_identities;
    UserRolesTab *m_roles;
    UserMfaTab *m_mfa;
    UserOrganizationsTab *m_organizations;
    UserSignInsTab *m_signIns;
    UserActivityTab *m_activity;
    Refresher *m_refresher;
};

} // namespace gatehouse::ui
