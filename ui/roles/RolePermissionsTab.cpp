#include "roles/RolePermissionsTab.h"

#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "roles/GrantPermissionsDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int ScopeIdRole = Qt::UserRole;
}

RolePermissionsTab::RolePermissionsTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tree(new QTreeWidget)
    , m_grant(new QPushButton(tr("Grant permissions…")))
    , m_revoke(new QPushButton(tr("Revoke…")))
    , m_empty(style::subtitleLabel(tr("No permissions granted yet.")))
    , m_refresher(new Refresher(this, [this] { load(); }))
{
    m_tree->setObjectName(QStringLiteral("rolePermissionsTree"));
    m_tree->setHeaderLabels({tr("Permission"), tr("Description")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_grant->setObjectName(QStringLiteral("grantPermissionsButton"));
    m_revoke->setObjectName(QStringLiteral("revokePermissionButton"));
    m_empty->setObjectName(QStringLiteral("rolePermissionsEmptyLabel"));
    style::makeDanger(m_revoke);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grant);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(
        style::subtitleLabel(tr("Tokens issued to holders of this role carry these permissions.")));
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);

    connect(m_grant, &QPushButton::clicked, this, &RolePermissionsTab::grantPermissions);
    connect(m_revoke, &QPushButton::clicked, this, &RolePermissionsTab::revokeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RolePermissionsTab::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_tree);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RolePermissionsTab::revokeSelected);
    // Grants change with the role, and with the permissions of API resources (renamed, deleted).
    m_refresher->follow(workspace, [this](const Change &change) {
        return !m_role.id.isEmpty() && change.tenantId == m_workspace->tenant().id &&
               ((change.area == ChangeArea::Roles && change.id == m_role.id) ||
                change.area == ChangeArea::Resources);
    });
    updateButtons();
}

void RolePermissionsTab::setRole(const Role &role)
{
    m_role = role;
    m_granted.clear();
    showGranted();
    load();
}

void RolePermissionsTab::load()
{
    m_refresher->clearStale();
    const int generation = ++m_generation;
    if (m_role.id.isEmpty())
        return;
    const QString failure = tr("Could not load the permissions of \"%1\".").arg(m_role.name);
    m_workspace->run(
        m_workspace->backend().roles().scopes(m_workspace->tenant().id, m_role.id), this, QString(),
        [this](const QList<GrantedScope> &granted) {
            m_granted = granted;
            showGranted();
        },
        [this, failure](const Error &error) {
            // NotFound: the role itself was deleted while its permissions reloaded.
            if (error.code() != ErrorCode::NotFound)
                Workspace::reportFailure(this, failure, error);
        },
        [this, generation] { return generation == m_generation; });
}

void RolePermissionsTab::showGranted()
{
    m_tree->clear();
    QMap<QString, QTreeWidgetItem *> groups;
    for (const GrantedScope &granted : m_granted) {
        const QString key = granted.resourceName + QLatin1Char('\n') + granted.scope.resourceId;
        QTreeWidgetItem *group = groups.value(key, nullptr);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {granted.resourceName, granted.resourceIndicator});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            groups.insert(key, group);
        }
        auto *item = new QTreeWidgetItem(group, {granted.scope.name, granted.scope.description});
        item->setData(0, ScopeIdRole, granted.scope.id);
        item->setFont(0, style::monospace());
        item->setToolTip(1, granted.scope.description);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    updateButtons();
}

void RolePermissionsTab::updateButtons()
{
    const bool has = !m_role.id.isEmpty();
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    m_workspace->allow(m_grant, Operation::RolesGrantScopes, has, QString());
    m_workspace->allow(m_revoke, Operation::RolesRevokeScope,
                       has && !selected.isEmpty() && selected.first()->parent(), QString());
    m_empty->setVisible(has && m_granted.isEmpty());
}

void RolePermissionsTab::grantPermissions()
{
    if (m_role.id.isEmpty())
        return;
    QStringList grantedIds;
    for (const GrantedScope &g : m_granted)
        grantedIds.append(g.scope.id);
    auto *dialog = new GrantPermissionsDialog(m_workspace, m_role.name, grantedIds, this);
    const Role role = m_role;
    connect(dialog, &QDialog::accepted, this, [this, dialog, role] {
        const QStringList ids = dialog->checkedScopeIds();
        m_workspace->run(m_workspace->backend().roles().grantScopes(m_workspace->tenant().id, role.id, ids),
                         this, tr("Could not grant the permissions to \"%1\".").arg(role.name), [this, role] {
                             if (role.id == m_role.id)
                                 load();
                         });
    });
    dialog->open();
}

void RolePermissionsTab::revokeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty() || !selected.first()->parent() || m_role.id.isEmpty())
        return;
    const QString scopeId = selected.first()->data(0, ScopeIdRole).toString();
    const QString scopeName = selected.first()->text(0);
    const QString resourceName = selected.first()->parent()->text(0);
    const bool confirmed = m_workspace->confirmDestructive(
        this, tr("Revoke permission"),
        tr("Revoke \"%1\" (%2) from the role \"%3\"? New tokens of everyone holding the role no longer carry "
           "it.")
            .arg(scopeName, resourceName, m_role.name),
        tr("Revoke permission"));
    if (!confirmed)
        return;
    const Role role = m_role;
    m_workspace->run(m_workspace->backend().roles().revokeScope(m_workspace->tenant().id, role.id, scopeId),
                     this, tr("Could not revoke \"%1\".").arg(scopeName), [this, role] {
                         if (role.id == m_role.id)
                             load();
                     });
}

} // namespace gatehouse::ui
