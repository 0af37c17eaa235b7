#include "users/UserOrganizationsTab.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QString roleNames(const QList<OrganizationRole> &roles)
{
    QStringList names;
    for (const OrganizationRole &role : roles)
        names.append(role.name);
    names.sort(Qt::CaseInsensitive);
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
}
} // namespace

UserOrganizationsTab::UserOrganizationsTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(
          new ListModel<UserOrganization>([](const UserOrganization &o) { return o.organization.id; }, this))
    , m_view(new QTableView)
    , m_empty(style::subtitleLabel(tr("Not a member of any organization.")))
{
    setObjectName(QStringLiteral("userOrganizationsTab"));
    using Column = ListModel<UserOrganization>::Column;
    m_model->setColumns({
        Column{tr("Organization"),
               [](const UserOrganization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return o.organization.name;
                   return role == Qt::ToolTipRole ? QVariant(o.organization.id) : QVariant();
               }},
        Column{tr("Roles", "organization roles column"),
               [](const UserOrganization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return roleNames(o.roles);
                   return {};
               }},
        Column{tr("MFA"),
               [](const UserOrganization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return o.organization.isMfaRequired ? tr("Required") : QString();
                   return {};
               }},
    });
    m_view->setObjectName(QStringLiteral("userOrganizationsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("userOrganizationsEmptyLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(
        style::subtitleLabel(tr("Organizations this user belongs to and the organization roles they "
                                "hold in each. Manage memberships on the Organizations page.")));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    m_empty->hide();
}

void UserOrganizationsTab::setUser(const User &user)
{
    if (user.id != m_user.id)
        m_model->setItems({});
    m_user = user;
    ++m_generation;
    m_loading = false;
    m_stale = true;
    m_empty->hide();
    if (isVisible())
        load();
}

void UserOrganizationsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void UserOrganizationsTab::load()
{
    m_stale = false;
    const int generation = ++m_generation;
    if (m_user.id.isEmpty())
        return;
    m_loading = true;
    m_workspace
        ->track(
            m_workspace->backend().organizations().organizationsOfUser(m_workspace->tenant().id, m_user.id))
        .then(this, [this, generation](Result<QList<UserOrganization>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the organizations of this user."),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnToContents(0);
            m_empty->setVisible(m_model->count() == 0);
        });
}

} // namespace gatehouse::ui
