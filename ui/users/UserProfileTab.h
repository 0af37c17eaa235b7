#pragma once

#include "common/EditorWidget.h"
#include "model/User.h"

#include <QHash>

class QLineEdit;

namespace gatehouse::ui {

/// The Profile tab of a user: identifiers (username, primary email and phone), name, avatar URL
/// and the OIDC profile claims (given name, family name, … and the address), validated as they
/// are typed. Save sends the edit with the version that was read: if someone changed the user
/// meanwhile (ErrorCode::Conflict) the tab offers to reload.
///
/// Claims the form does not show are kept as they are.
class UserProfileTab : public EditorWidget
{
    Q_OBJECT
public:
    explicit UserProfileTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows `user`. When the same user is shown with unsaved edits, only the base (version,
    /// fields the form does not show) is replaced and the edits are kept.
    void setUser(const User &user);
    User edited() const;

signals:
    void saved(const gatehouse::User &user);

protected:
    bool hasItem() const override { return !m_user.id.isEmpty(); }
    QString itemName() const override;
    bool isModified() const override;
    QList<FieldError> problems() const override;
    bool showSaveErrors(const Error &error) override;
    void startSave() override;
    void reloadForm() override { load(); }

private:
    void load();
    QLineEdit *addLine(const QString &field, const QString &objectName, const QString &label,
                       const QString &placeholder = {});

    User m_user;
    QHash<QString, QLineEdit *> m_fields; ///< Logto field name ("username", "profile.givenName") → edit
};

} // namespace gatehouse::ui
