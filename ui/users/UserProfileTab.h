#pragma once

#include "common/FieldErrors.h"
#include "model/User.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

class Workspace;

/// The Profile tab of a user: identifiers (username, primary email and phone), name, avatar URL
/// and the OIDC profile claims (given name, family name, … and the address), validated as they
/// are typed. Save sends the edit with the version that was read: if someone changed the user
/// meanwhile (ErrorCode::Conflict) the tab offers to reload.
///
/// Claims the form does not show are kept as they are.
class UserProfileTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserProfileTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows `user`. When the same user is shown with unsaved edits, only the base (version,
    /// fields the form does not show) is replaced and the edits are kept.
    void setUser(const User &user);
    User edited() const;
    bool isDirty() const;
    bool isValid() const { return m_valid; }
    void save();
    void revert();

signals:
    void saved(const gatehouse::User &user);
    /// The user changed elsewhere and the person chose to reload it.
    void reloadRequested();

private:
    void validate();
    void load();
    QLineEdit *addLine(const QString &field, const QString &objectName, const QString &label,
                       const QString &placeholder = {});

    Workspace *m_workspace;
    User m_user;
    QHash<QString, QLineEdit *> m_fields; ///< Logto field name ("username", "profile.givenName") → edit
    QList<QWidget *> m_rows;
    FieldErrors m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    bool m_valid = true;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace gatehouse::ui
