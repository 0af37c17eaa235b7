#pragma once

#include "common/RelatedList.h"
#include "model/Organization.h"

namespace gatehouse::ui {

/// The Invitations tab: invitations to the organization, newest first, with their status
/// (Pending, Accepted, Expired, Revoked), roles and expiry. Invite… creates one (7 days by
/// default); Revoke… ends a pending one; "Mark accepted by user…" records that an existing
/// user accepted a pending invitation (Logto: status Accepted with the accepting user), which
/// makes them a member with the invited roles. Loads when shown.
///
/// Object names: "invitationsTable", "createInvitationButtonTab", "revokeInvitationButton",
/// "acceptInvitationButton", "invitationsEmptyLabel".
class OrganizationInvitationsTab : public RelatedList<OrganizationInvitation, Organization>
{
    Q_OBJECT
public:
    explicit OrganizationInvitationsTab(Workspace *workspace, QWidget *parent = nullptr);

    void invite();
    void revokeSelected();
    void markAccepted();

protected:
    bool concerns(const Change &change) const override;
    void updateButtons() override;
    void listLoaded() override;

private:
    QPushButton *m_revoke = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace gatehouse::ui
