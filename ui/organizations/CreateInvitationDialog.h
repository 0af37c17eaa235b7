#pragma once

#include "common/FormDialog.h"
#include "model/Organization.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace gatehouse::ui {

/// "Invite to organization": the invitee's email, the organization roles they get on
/// acceptance and how many days the invitation stays valid (7 by default). Submitted through
/// submitDialog() (see FormDialog).
///
/// Object names: "createInvitationDialog", "invitationEmailEdit", "invitationRolesList",
/// "invitationDaysSpin", "invitationExpiryLabel", "invitationReasonEdit", "invitationError",
/// "createInvitationButton".
class CreateInvitationDialog : public FormDialog
{
    Q_OBJECT
public:
    /// With `reasonRequired` (support staff), the invitation is created only with a reason.
    CreateInvitationDialog(const Organization &organization, const QList<OrganizationRole> &userRoles,
                           bool reasonRequired, QWidget *parent);

    /// organizationId, invitee, roles (ids) and expiresAt (now + the chosen days).
    OrganizationInvitation draft() const;
    /// Why the invitation is made (recorded in the journal; may be empty unless required).
    QString reason() const;
    void showError(const Error &error) override;

protected:
    void validate() override;

private:
    Organization m_organization;
    QLineEdit *m_email;
    QListWidget *m_roles;
    QSpinBox *m_days;
    QLineEdit *m_reason;
    bool m_reasonRequired = false;
    QLabel *m_expiry;
    QLabel *m_error;
};

} // namespace gatehouse::ui
