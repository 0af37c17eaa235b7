#include "organizations/OrganizationInvitationsTab.h"

#include "common/ReasonDialog.h"
#include "organizations/CreateInvitationDialog.h"
#include "organizations/OrganizationText.h"
#include "organizations/UserPickerDialog.h"
#include "users/UserText.h"

#include <QHeaderView>
#include <QTableView>

namespace gatehouse::ui {

OrganizationInvitationsTab::OrganizationInvitationsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const Organization &organization) {
                       return backend.organizations().invitations(tenantId, organization.id);
                   },
                   tr("Could not load the invitations of \"%1\".")},
                  parent)
{
    setObjectName(QStringLiteral("organizationInvitationsTab"));
    using Model = ListModel<OrganizationInvitation>;
    model()->setColumns({
        Model::Column::text(tr("Invitee"), &OrganizationInvitation::invitee),
        Model::Column{tr("Status"),
                      [](const OrganizationInvitation &i, int role) -> QVariant {
                          if (role == Qt::DisplayRole || role == Qt::UserRole)
                              return OrganizationText::invitationStatus(i.status);
                          if (role == Qt::ForegroundRole)
                              return i.status == InvitationStatus::Pending    ? QColor(0x1d, 0x5b, 0xbf)
                                     : i.status == InvitationStatus::Accepted ? QColor(0x1e, 0x7a, 0x3a)
                                                                              : QColor(0x6b, 0x6b, 0x7b);
                          return {};
                      }},
        Model::Column::text(
            tr("Roles", "organization roles column"),
            [](const OrganizationInvitation &i) { return OrganizationText::roleNames(i.roles); },
            Model::TextToolTip),
        Model::Column::text(
            tr("Invited by"),
            [](const OrganizationInvitation &i) {
                return i.inviterId.isEmpty() ? tr("An administrator") : i.inviterId;
            },
            Model::Plain,
            [](const OrganizationInvitation &i) {
                return i.inviterId.isEmpty() ? QString() : tr("User ID of the inviter");
            }),
        Model::Column::time(tr("Expires"), &OrganizationInvitation::expiresAt),
        Model::Column::time(tr("Created"), &OrganizationInvitation::createdAt, true),
    });
    view()->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view()->setWordWrap(false);
    addButton(tr("Invite…"), QStringLiteral("createInvitationButtonTab"), Needs::Subject, Side::Leading,
              &OrganizationInvitationsTab::invite, Operation::OrganizationsCreateInvitation);
    m_accept = addButton(tr("Mark accepted by user…"), QStringLiteral("acceptInvitationButton"),
                         Needs::Selection, Side::Leading, &OrganizationInvitationsTab::markAccepted,
                         Operation::OrganizationsAcceptInvitation);
    m_accept->setToolTip(tr("Record that an existing user accepted this invitation: they join with the "
                            "invited roles"));
    m_revoke =
        addButton(tr("Revoke…"), QStringLiteral("revokeInvitationButton"), Needs::Selection, Side::Trailing,
                  &OrganizationInvitationsTab::revokeSelected, Operation::OrganizationsRevokeInvitation);
    style::makeDanger(m_revoke);
    setTexts(QStringLiteral("invitationsTable"),
             tr("People invited by email join with the invited roles when they accept. Pending invitations "
                "past their expiry count as expired."),
             QStringLiteral("invitationsEmptyLabel"), tr("No invitations yet."));
}

bool OrganizationInvitationsTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Organizations && change.id == subject().id) ||
           change.area == ChangeArea::OrganizationTemplate;
}

void OrganizationInvitationsTab::listLoaded()
{
    view()->resizeColumnsToContents();
}

void OrganizationInvitationsTab::updateButtons()
{
    RelatedList::updateButtons();
    const std::optional<OrganizationInvitation> invitation = selected();
    const bool pending = invitation && invitation->status == InvitationStatus::Pending;
    workspace()->allow(m_revoke, Operation::OrganizationsRevokeInvitation, hasSubject() && pending,
                       QString());
    workspace()->allow(m_accept, Operation::OrganizationsAcceptInvitation, hasSubject() && pending,
                       QString());
}

void OrganizationInvitationsTab::invite()
{
    if (!hasSubject())
        return;
    const Organization organization = subject();
    workspace()->run(workspace()->backend().organizationTemplate().roles(tenantId()), this,
                     tr("Could not load the organization roles."),
                     [this, organization](const QList<OrganizationRole> &roles) {
                         QList<OrganizationRole> userRoles;
                         for (const OrganizationRole &role : roles) {
                             if (role.type == RoleType::User)
                                 userRoles.append(role);
                         }
                         auto *dialog = new CreateInvitationDialog(
                             organization, userRoles,
                             workspace()->reasonRequired(Operation::OrganizationsCreateInvitation), this);
                         connect(dialog, &CreateInvitationDialog::submitted, this,
                                 [this, dialog, organization] {
                                     submitDialog(workspace(), dialog,
                                                  workspace()->backend().organizations().createInvitation(
                                                      tenantId(), dialog->draft(), dialog->reason()),
                                                  this, tr("Could not create the invitation."),
                                                  [this, organization] { reloadFor(organization.id); });
                                 });
                         dialog->open();
                     });
}

void OrganizationInvitationsTab::revokeSelected()
{
    const std::optional<OrganizationInvitation> invitation = selected();
    if (!invitation)
        return;
    const QString question = tr("Revoke the invitation of %1 to \"%2\"? It can no longer be accepted.")
                                 .arg(invitation->invitee, subject().name);
    const auto revoke = [this, id = invitation->id, organizationId = subject().id](const QString &reason) {
        reloadAfter(workspace()->backend().organizations().revokeInvitation(tenantId(), id, reason),
                    organizationId, tr("Could not revoke the invitation."));
    };
    if (!workspace()->reasonRequired(Operation::OrganizationsRevokeInvitation)) {
        if (workspace()->confirmDestructive(this, tr("Revoke invitation"), question, tr("Revoke invitation")))
            revoke(QString());
        return;
    }
    // Support staff say why; the journal keeps it.
    ReasonDialog::Options options;
    options.title = tr("Revoke invitation");
    options.html = question.toHtmlEscaped();
    options.actionText = tr("Revoke invitation");
    options.destructive = true;
    options.production = workspace()->isProduction();
    options.tenantName = workspace()->productionName();
    auto *dialog = new ReasonDialog(options, this);
    connect(dialog, &QDialog::accepted, this, [dialog, revoke] { revoke(dialog->reason()); });
    dialog->open();
}

void OrganizationInvitationsTab::markAccepted()
{
    const std::optional<OrganizationInvitation> invitation = selected();
    if (!invitation)
        return;
    auto *dialog = new UserPickerDialog(
        workspace(), tr("Mark accepted by user"),
        tr("Which user accepted the invitation of %1? They join \"%2\" with the invited roles (%3).")
            .arg(invitation->invitee, subject().name, OrganizationText::roleNames(invitation->roles)),
        tr("Mark accepted"), false, this);
    dialog->setSearch(invitation->invitee);
    const QString organizationId = subject().id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, invitation, organizationId] {
        const QList<User> users = dialog->selectedUsers();
        if (users.isEmpty())
            return;
        const QString name = UserText::displayName(users.first());
        reloadAfter(workspace()->backend().organizations().acceptInvitation(tenantId(), invitation->id,
                                                                            users.first().id),
                    organizationId, tr("Could not mark the invitation accepted by %1.").arg(name));
    });
    dialog->open();
}

} // namespace gatehouse::ui
