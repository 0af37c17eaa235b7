#pragma once

#include "backend/Error.h"
#include "model/Organization.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace gatehouse::ui {

/// "Invite to organization": the invitee's email, the organization roles they get on
/// acceptance and how many days the invitation stays valid (7 by default). Emits submitted();
/// the caller creates and then accepts or calls showError().
///
/// Object names: "createInvitationDialog", "invitationEmailEdit", "invitationRolesList",
/// "invitationDaysSpin", "invitationExpiryLabel", "invitationError", "createInvitationButton".
class CreateInvitationDialog : public QDialog
{
    Q_OBJECT
public:
    CreateInvitationDialog(const Organization &organization, const QList<OrganizationRole> &userRoles,
                           QWidget *parent);

    /// organizationId, invitee, roles (ids) and expiresAt (now + the chosen days).
    OrganizationInvitation draft() const;
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    Organization m_organization;
    QLineEdit *m_email;
    QListWidget *m_roles;
    QSpinBox *m_days;
    QLabel *m_expiry;
    QLabel *m_error;
    QPushButton *m_create;
    bool m_busy = false;
};

} // namespace gatehouse::ui
