#include "users/UserRolesTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "users/UserText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

UserRolesTab::UserRolesTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<Role>([](const Role &r) { return r.id; }, this))
    , m_view(new QTableView)
    , m_assign(new QPushButton(tr("Assign roles…")))
    , m_remove(new QPushButton(tr("Remove role…")))
    , m_empty(style::subtitleLabel(tr("No roles assigned: this user's tokens carry no role permissions.")))
{
    setObjectName(QStringLiteral("userRolesTab"));
    using Column = ListModel<Role>::Column;
    m_model->setColumns({
        Column{tr("Role"),
               [](const Role &r, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(r.name) : QVariant();
               }},
        Column{tr("Description"),
               [](const Role &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return r.description;
                   return {};
               }},
    });
    m_view->setObjectName(QStringLiteral("userRolesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_assign->setObjectName(QStringLiteral("assignUserRolesButton"));
    m_remove->setObjectName(QStringLiteral("removeUserRoleButton"));
    m_empty->setObjectName(QStringLiteral("userRolesEmptyLabel"));
    style::makeDanger(m_remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::subtitleLabel(tr("User roles grant this user the permissions of their API "
                                              "resources.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_assign, &QPushButton::clicked, this, &UserRolesTab::assignRoles);
    connect(m_remove, &QPushButton::clicked, this, &UserRolesTab::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserRolesTab::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &UserRolesTab::removeSelected);
    updateButtons();
}

void UserRolesTab::setUser(const User &user)
{
    const bool sameUser = user.id == m_user.id;
    m_user = user;
    if (!sameUser)
        m_model->setItems({});
    ++m_generation;
    m_loading = false;
    m_stale = true;
    if (isVisible())
        load();
    updateButtons();
}

void UserRolesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void UserRolesTab::load()
{
    m_stale = false;
    const int generation = ++m_generation;
    if (m_user.id.isEmpty())
        return;
    m_loading = true;
    m_workspace->track(m_workspace->backend().users().roles(m_workspace->tenant().id, m_user.id))
        .then(this, [this, generation](Result<QList<Role>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the roles of this user."), result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnToContents(0);
            updateButtons();
        });
}

void UserRolesTab::updateButtons()
{
    const bool hasUser = !m_user.id.isEmpty();
    m_assign->setEnabled(hasUser);
    m_remove->setEnabled(hasUser && m_view->selectionModel()->hasSelection());
    m_empty->setVisible(hasUser && !m_loading && !m_stale && m_model->count() == 0);
}

void UserRolesTab::assignRoles()
{
    if (m_user.id.isEmpty())
        return;
    const User user = m_user;
    m_workspace->track(m_workspace->backend().roles().list(m_workspace->tenant().id))
        .then(this, [this, user](Result<QList<Role>> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the roles."), result.error());
                return;
            }
            QList<PickerDialog::Item> items;
            for (const Role &role : result.value()) {
                if (role.type == RoleType::User)
                    items.append({role.id, role.name, role.description, m_model->rowOfId(role.id) >= 0});
            }
            const QString name = UserText::displayName(user);
            auto *dialog = new PickerDialog(
                tr("Assign roles to %1").arg(name),
                tr("Pick the user roles whose permissions \"%1\" gets.").arg(name), tr("Assign roles"), items,
                tr("This tenant has no user roles yet. Create one on the Roles page."), this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, user, name] {
                const QStringList ids = dialog->checkedIds();
                if (ids.isEmpty())
                    return;
                m_workspace
                    ->track(
                        m_workspace->backend().users().assignRoles(m_workspace->tenant().id, user.id, ids))
                    .then(this, [this, user, name](Result<Done> assigned) {
                        if (!assigned.ok()) {
                            MessageBox::showError(this, tr("Could not assign the roles to \"%1\".").arg(name),
                                                  assigned.error());
                            return;
                        }
                        if (user.id == m_user.id)
                            load();
                        emit changed();
                    });
            });
            dialog->open();
        });
}

void UserRolesTab::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_user.id.isEmpty())
        return;
    const Role role = m_model->at(rows.first().row());
    const QString name = UserText::displayName(m_user);
    const bool confirmed = MessageBox::confirmDestructive(
        this, tr("Remove role"),
        tr("Remove the role \"%1\" from \"%2\"? New tokens of this user lose its permissions.")
            .arg(role.name, name),
        tr("Remove role"), m_workspace->isProduction(), m_workspace->productionName());
    if (!confirmed)
        return;
    const QString userId = m_user.id;
    m_workspace->track(m_workspace->backend().users().removeRole(m_workspace->tenant().id, userId, role.id))
        .then(this, [this, role, userId](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not remove the role \"%1\".").arg(role.name),
                                      result.error());
                return;
            }
            if (userId == m_user.id)
                m_model->removeId(role.id);
            updateButtons();
            emit changed();
        });
}

} // namespace gatehouse::ui
