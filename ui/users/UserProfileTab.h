#pragma once

#include "users/UserFormTab.h"

#include <QHash>

class QLineEdit;

namespace gatehouse::ui {

/// The Profile tab of a user: identifiers (username, primary email and phone), name, avatar URL
/// and the OIDC profile claims (given name, family name, … and the address), validated as they
/// are typed. Saving and showing the user again are UserFormTab's.
///
/// Claims the form does not show are kept as they are.
class UserProfileTab : public UserFormTab
{
    Q_OBJECT
public:
    explicit UserProfileTab(Workspace *workspace, QWidget *parent = nullptr);

    User edited() const;

protected:
    bool isModified() const override;
    QList<FieldError> problems() const override;
    bool showSaveErrors(const Error &error) override { return showRefusal(error); }
    void startSave() override { saveUser(edited()); }
    void reloadForm() override;

private:
    QLineEdit *addLine(const QString &field, const QString &objectName, const QString &label,
                       const QString &placeholder = {});

    QHash<QString, QLineEdit *> m_fields; ///< Logto field name ("username", "profile.givenName") → edit
};

} // namespace gatehouse::ui
