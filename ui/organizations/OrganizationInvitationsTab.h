#pragma once

#include "backend/Result.h"
#include "common/ListModel.h"
#include "model/Organization.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The Invitations tab: invitations to the organization, newest first, with their status
/// (Pending, Accepted, Expired, Revoked), roles and expiry. Invite… creates one (7 days by
/// default); Revoke… ends a pending one; "Mark accepted by user…" records that an existing
/// user accepted a pending invitation (Logto: status Accepted with the accepting user), which
/// makes them a member with the invited roles. Loads when shown.
///
/// Object names: "invitationsTable", "createInvitationButtonTab", "revokeInvitationButton",
/// "acceptInvitationButton", "invitationsEmptyLabel".
class OrganizationInvitationsTab : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationInvitationsTab(Workspace *workspace, QWidget *parent = nullptr);

    void setOrganization(const Organization &organization);
    ListModel<OrganizationInvitation> *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

    void invite();
    void revokeSelected();
    void markAccepted();

signals:
    /// An invitation was accepted: the organization has a new member.
    void membersChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    int selectedRow() const;
    void updateButtons();

    Workspace *m_workspace;
    Organization m_organization;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    ListModel<OrganizationInvitation> *m_model;
    QTableView *m_view;
    QPushButton *m_invite;
    QPushButton *m_revoke;
    QPushButton *m_accept;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
