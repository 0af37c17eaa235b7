#include "organizations/OrganizationInvitationsTab.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "organizations/CreateInvitationDialog.h"
#include "organizations/OrganizationText.h"
#include "organizations/UserPickerDialog.h"
#include "users/UserText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QVariant timeColumn(qint64 ms, int role, bool dateOnly = false)
{
    if (role == Qt::DisplayRole)
        return dateOnly ? Format::date(ms) : Format::dateTime(ms);
    if (role == Qt::ToolTipRole)
        return Format::utc(ms);
    return role == Qt::UserRole ? QVariant(ms) : QVariant();
}
} // namespace

OrganizationInvitationsTab::OrganizationInvitationsTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(
          new ListModel<OrganizationInvitation>([](const OrganizationInvitation &i) { return i.id; }, this))
    , m_view(new QTableView)
    , m_invite(new QPushButton(tr("Invite…")))
    , m_revoke(new QPushButton(tr("Revoke…")))
    , m_accept(new QPushButton(tr("Mark accepted by user…")))
    , m_empty(style::subtitleLabel(tr("No invitations yet.")))
{
    setObjectName(QStringLiteral("organizationInvitationsTab"));
    using Column = ListModel<OrganizationInvitation>::Column;
    m_model->setColumns({
        Column{tr("Invitee"),
               [](const OrganizationInvitation &i, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(i.invitee) : QVariant();
               }},
        Column{tr("Status"),
               [](const OrganizationInvitation &i, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return OrganizationText::invitationStatus(i.status);
                   if (role == Qt::ForegroundRole)
                       return i.status == InvitationStatus::Pending    ? QColor(0x1d, 0x5b, 0xbf)
                              : i.status == InvitationStatus::Accepted ? QColor(0x1e, 0x7a, 0x3a)
                                                                       : QColor(0x6b, 0x6b, 0x7b);
                   return {};
               }},
        Column{tr("Roles", "organization roles column"),
               [](const OrganizationInvitation &i, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return OrganizationText::roleNames(i.roles);
                   return {};
               }},
        Column{tr("Invited by"),
               [](const OrganizationInvitation &i, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return i.inviterId.isEmpty() ? tr("An administrator") : i.inviterId;
                   return role == Qt::ToolTipRole && !i.inviterId.isEmpty()
                              ? QVariant(tr("User ID of the inviter"))
                              : QVariant();
               }},
        Column{tr("Expires"),
               [](const OrganizationInvitation &i, int role) {
                   return timeColumn(i.expiresAt, role);
               }},
        Column{tr("Created"),
               [](const OrganizationInvitation &i, int role) {
                   return timeColumn(i.createdAt, role, true);
               }},
    });
    m_view->setObjectName(QStringLiteral("invitationsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_invite->setObjectName(QStringLiteral("createInvitationButtonTab"));
    m_revoke->setObjectName(QStringLiteral("revokeInvitationButton"));
    m_accept->setObjectName(QStringLiteral("acceptInvitationButton"));
    m_accept->setToolTip(
        tr("Record that an existing user accepted this invitation: they join with the invited "
           "roles"));
    m_empty->setObjectName(QStringLiteral("invitationsEmptyLabel"));
    style::makeDanger(m_revoke);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_invite);
    buttons->addWidget(m_accept);
    buttons->addStretch(1);
    buttons->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(
        style::subtitleLabel(tr("People invited by email join with the invited roles when they "
                                "accept. Pending invitations past their expiry count as expired.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_invite, &QPushButton::clicked, this, &OrganizationInvitationsTab::invite);
    connect(m_revoke, &QPushButton::clicked, this, &OrganizationInvitationsTab::revokeSelected);
    connect(m_accept, &QPushButton::clicked, this, &OrganizationInvitationsTab::markAccepted);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationInvitationsTab::updateButtons);
    updateButtons();
}

void OrganizationInvitationsTab::setOrganization(const Organization &organization)
{
    if (organization.id != m_organization.id)
        m_model->setItems({});
    m_organization = organization;
    ++m_generation;
    m_loading = false;
    m_stale = true;
    if (isVisible())
        load();
    updateButtons();
}

void OrganizationInvitationsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void OrganizationInvitationsTab::load()
{
    m_stale = false;
    const int generation = ++m_generation;
    if (m_organization.id.isEmpty())
        return;
    m_loading = true;
    m_workspace
        ->track(
            m_workspace->backend().organizations().invitations(m_workspace->tenant().id, m_organization.id))
        .then(this, [this, generation](Result<QList<OrganizationInvitation>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                MessageBox::showError(
                    this, tr("Could not load the invitations of \"%1\".").arg(m_organization.name),
                    result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnsToContents();
            updateButtons();
        });
}

int OrganizationInvitationsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OrganizationInvitationsTab::updateButtons()
{
    const bool has = !m_organization.id.isEmpty();
    const int row = selectedRow();
    const bool pending = row >= 0 && m_model->at(row).status == InvitationStatus::Pending;
    m_invite->setEnabled(has);
    m_revoke->setEnabled(has && pending);
    m_accept->setEnabled(has && pending);
    m_empty->setVisible(has && !m_loading && !m_stale && m_model->count() == 0);
}

void OrganizationInvitationsTab::invite()
{
    if (m_organization.id.isEmpty())
        return;
    const Organization organization = m_organization;
    m_workspace->track(m_workspace->backend().organizationTemplate().roles(m_workspace->tenant().id))
        .then(this, [this, organization](Result<QList<OrganizationRole>> roles) {
            if (!roles.ok()) {
                MessageBox::showError(this, tr("Could not load the organization roles."), roles.error());
                return;
            }
            QList<OrganizationRole> userRoles;
            for (const OrganizationRole &role : roles.value()) {
                if (role.type == RoleType::User)
                    userRoles.append(role);
            }
            auto *dialog = new CreateInvitationDialog(organization, userRoles, this);
            connect(dialog, &CreateInvitationDialog::submitted, this, [this, dialog, organization] {
                dialog->setBusy(true);
                QPointer<CreateInvitationDialog> guard(dialog);
                m_workspace
                    ->track(m_workspace->backend().organizations().createInvitation(m_workspace->tenant().id,
                                                                                    dialog->draft(), {}))
                    .then(this, [this, guard, organization](Result<OrganizationInvitation> created) {
                        if (guard)
                            guard->setBusy(false);
                        if (!created.ok()) {
                            if (guard && created.error().code() == ErrorCode::Validation)
                                guard->showError(created.error());
                            else
                                MessageBox::showError(this, tr("Could not create the invitation."),
                                                      created.error());
                            return;
                        }
                        if (guard)
                            guard->accept();
                        if (organization.id == m_organization.id)
                            load();
                    });
            });
            dialog->open();
        });
}

void OrganizationInvitationsTab::revokeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const OrganizationInvitation invitation = m_model->at(row);
    if (!MessageBox::confirmDestructive(
            this, tr("Revoke invitation"),
            tr("Revoke the invitation of %1 to \"%2\"? It can no longer be accepted.")
                .arg(invitation.invitee, m_organization.name),
            tr("Revoke invitation"), m_workspace->isProduction(), m_workspace->productionName()))
        return;
    const QString organizationId = m_organization.id;
    m_workspace
        ->track(m_workspace->backend().organizations().revokeInvitation(m_workspace->tenant().id,
                                                                        invitation.id, {}))
        .then(this, [this, organizationId](Result<OrganizationInvitation> result) {
            if (!result.ok())
                MessageBox::showError(this, tr("Could not revoke the invitation."), result.error());
            if (organizationId == m_organization.id)
                load();
        });
}

void OrganizationInvitationsTab::markAccepted()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const OrganizationInvitation invitation = m_model->at(row);
    auto *dialog = new UserPickerDialog(
        m_workspace, tr("Mark accepted by user"),
        tr("Which user accepted the invitation of %1? They join \"%2\" with the invited roles (%3).")
            .arg(invitation.invitee, m_organization.name, OrganizationText::roleNames(invitation.roles)),
        tr("Mark accepted"), false, this);
    dialog->setSearch(invitation.invitee);
    const QString organizationId = m_organization.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, invitation, organizationId] {
        const QList<User> users = dialog->selectedUsers();
        if (users.isEmpty())
            return;
        const QString name = UserText::displayName(users.first());
        m_workspace
            ->track(m_workspace->backend().organizations().acceptInvitation(m_workspace->tenant().id,
                                                                            invitation.id, users.first().id))
            .then(this, [this, organizationId, name](Result<OrganizationInvitation> result) {
                if (!result.ok())
                    MessageBox::showError(this, tr("Could not mark the invitation accepted by %1.").arg(name),
                                          result.error());
                if (organizationId == m_organization.id)
                    load();
                if (result.ok())
                    emit membersChanged();
            });
    });
    dialog->open();
}

} // namespace gatehouse::ui
