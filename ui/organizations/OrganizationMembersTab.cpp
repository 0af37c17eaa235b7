#include "organizations/OrganizationMembersTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"
#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "organizations/OrganizationText.h"
#include "organizations/UserPickerDialog.h"
#include "users/UserText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace gatehouse::ui {

namespace {
constexpr int searchDebounceMs = 200;
constexpr int memberLimit = 500;
} // namespace

OrganizationMembersTab::OrganizationMembersTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<OrganizationMember>([](const OrganizationMember &m) { return m.user.id; }, this))
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_roleFilter(new QComboBox)
    , m_total(style::subtitleLabel({}))
    , m_view(new QTableView)
    , m_add(new QPushButton(tr("Add members…")))
    , m_editRoles(new QPushButton(tr("Edit roles…")))
    , m_bulkAssign(new QPushButton(tr("Assign roles to selected…")))
    , m_remove(new QPushButton(tr("Remove…")))
    , m_permissionsLabel(style::sectionLabel({}))
    , m_permissions(new QTreeWidget)
    , m_refresher(new Refresher(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("organizationMembersTab"));
    using Column = ListModel<OrganizationMember>::Column;
    m_model->setColumns({
        Column{tr("Member"),
               [](const OrganizationMember &m, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return UserText::displayName(m.user);
                   if (role == Qt::ToolTipRole)
                       return m.user.id;
                   return {};
               }},
        Column{tr("Email or username"),
               [](const OrganizationMember &m, int role) -> QVariant {
                   if (role != Qt::DisplayRole && role != Qt::UserRole)
                       return {};
                   return m.user.primaryEmail.isEmpty() ? m.user.username : m.user.primaryEmail;
               }},
        Column{tr("Roles", "organization roles column"),
               [](const OrganizationMember &m, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return OrganizationText::roleNames(m.roles);
                   return {};
               }},
    });
    m_search->setObjectName(QStringLiteral("membersSearchEdit"));
    m_search->setPlaceholderText(tr("Search members by name, username, email, phone or ID"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDebounceMs);
    m_roleFilter->setObjectName(QStringLiteral("membersRoleFilter"));
    m_roleFilter->addItem(tr("All roles"), QString());
    m_total->setObjectName(QStringLiteral("membersTotalLabel"));
    m_view->setObjectName(QStringLiteral("membersTable"));
    m_view->setModel(m_model);
    style::setUpTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setWordWrap(false);
    m_add->setObjectName(QStringLiteral("addMembersButton"));
    m_editRoles->setObjectName(QStringLiteral("editMemberRolesButton"));
    m_bulkAssign->setObjectName(QStringLiteral("bulkAssignRolesButton"));
    m_bulkAssign->setToolTip(tr("Give roles to every selected member (roles they hold are kept)"));
    m_remove->setObjectName(QStringLiteral("removeMembersButton"));
    style::makeDanger(m_remove);
    m_permissionsLabel->setObjectName(QStringLiteral("memberPermissionsLabel"));
    m_permissions->setObjectName(QStringLiteral("memberPermissionsTree"));
    m_permissions->setHeaderLabels({tr("Permission"), tr("Granted by"), tr("API")});
    m_permissions->setRootIsDecorated(false);
    m_permissions->setAlternatingRowColors(true);
    m_permissions->setUniformRowHeights(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_roleFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_editRoles);
    buttons->addWidget(m_bulkAssign);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_total);
    auto *permissionsPane = new QWidget;
    auto *permissionsLayout = new QVBoxLayout(permissionsPane);
    permissionsLayout->setContentsMargins(0, 0, 0, 0);
    permissionsLayout->addWidget(m_permissionsLabel);
    permissionsLayout->addWidget(m_permissions, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(permissionsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &OrganizationMembersTab::load);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &OrganizationMembersTab::load);
    connect(m_add, &QPushButton::clicked, this, &OrganizationMembersTab::addMembers);
    connect(m_editRoles, &QPushButton::clicked, this, &OrganizationMembersTab::editRoles);
    connect(m_bulkAssign, &QPushButton::clicked, this, &OrganizationMembersTab::assignRolesToSelected);
    connect(m_remove, &QPushButton::clicked, this, &OrganizationMembersTab::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &OrganizationMembersTab::editRoles);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadPermissions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganizationMembersTab::loadPermissions);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &OrganizationMembersTab::removeSelected);
    // Members change with the organization; what they are shown with (names, roles) with users
    // and the template.
    m_refresher->follow(workspace, [this](const Change &change) {
        return !m_organization.id.isEmpty() && change.tenantId == m_workspace->tenant().id &&
               ((change.area == ChangeArea::Organizations && change.id == m_organization.id) ||
                change.area == ChangeArea::OrganizationTemplate ||
                (change.area == ChangeArea::Users && m_model->rowOfId(change.id) >= 0));
    });
    updateButtons();
}

void OrganizationMembersTab::setOrganization(const Organization &organization)
{
    const bool same = organization.id == m_organization.id;
    m_organization = organization;
    if (!same) {
        m_model->setItems({});
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
    }
    ++m_generation;
    m_loading = false;
    m_refresher->markStale();
    updateButtons();
}

void OrganizationMembersTab::reload()
{
    loadRoles();
    load();
}

bool OrganizationMembersTab::isLoading() const
{
    return m_loading || m_searchTimer->isActive();
}

void OrganizationMembersTab::loadRoles()
{
    const int generation = ++m_rolesGeneration;
    if (m_organization.id.isEmpty())
        return;
    m_workspace->run(
        m_workspace->backend().organizationTemplate().roles(m_workspace->tenant().id), this,
        tr("Could not load the organization roles."),
        [this](const QList<OrganizationRole> &roles) {
            m_roles = roles;
            const QString current = m_roleFilter->currentData().toString();
            m_roleFilter->blockSignals(true);
            m_roleFilter->clear();
            m_roleFilter->addItem(tr("All roles"), QString());
            for (const OrganizationRole &role : userRoles())
                m_roleFilter->addItem(role.name, role.id);
            m_roleFilter->setCurrentIndex(qMax(0, m_roleFilter->findData(current)));
            m_roleFilter->blockSignals(false);
            updateButtons();
        },
        {}, [this, generation] { return generation == m_rolesGeneration; });
}

QList<OrganizationRole> OrganizationMembersTab::userRoles() const
{
    QList<OrganizationRole> roles;
    for (const OrganizationRole &role : m_roles) {
        if (role.type == RoleType::User)
            roles.append(role);
    }
    return roles;
}

void OrganizationMembersTab::load()
{
    m_refresher->clearStale();
    m_searchTimer->stop();
    const int generation = ++m_generation;
    if (m_organization.id.isEmpty())
        return;
    MemberQuery query;
    query.search = m_search->text().trimmed();
    query.roleId = m_roleFilter->currentData().toString();
    query.limit = memberLimit;
    m_loading = true;
    m_workspace->run(
        m_workspace->backend().organizations().members(m_workspace->tenant().id, m_organization.id, query),
        this, tr("Could not load the members of \"%1\".").arg(m_organization.name),
        [this, query](const MemberPage &page) {
            m_loading = false;
            showMembers(page, !query.search.isEmpty() || !query.roleId.isEmpty());
        },
        [this](const Error &) { m_loading = false; },
        [this, generation] { return generation == m_generation; });
}

void OrganizationMembersTab::showMembers(const MemberPage &page, bool filtered)
{
    QStringList selected;
    for (const OrganizationMember &m : selectedMembers())
        selected.append(m.user.id);
    m_model->setItems(page.members);
    for (const QString &id : selected) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_view->resizeColumnToContents(0);
    const int shown = int(page.members.size());
    if (shown < page.total)
        m_total->setText(tr("Showing %1 of %2 members: search to narrow the list.")
                             .arg(UserText::number(shown), UserText::number(page.total)));
    else if (page.total == 0)
        m_total->setText(filtered ? tr("No member matches.")
                                  : tr("No members yet. Add existing users, or invite people by email."));
    else
        m_total->setText(filtered ? tr("%1 matching").arg(OrganizationText::memberCount(page.total))
                                  : OrganizationText::memberCount(page.total));
    updateButtons();
}

QList<OrganizationMember> OrganizationMembersTab::selectedMembers() const
{
    QList<OrganizationMember> members;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        members.append(m_model->at(index.row()));
    return members;
}

void OrganizationMembersTab::loadPermissions()
{
    const int generation = ++m_permissionsGeneration;
    m_permissions->clear();
    const QList<OrganizationMember> selected = selectedMembers();
    if (selected.size() != 1) {
        m_permissionsLabel->setText(selected.isEmpty() ? tr("Effective permissions: select a member")
                                                       : tr("Effective permissions: select one member"));
        return;
    }
    const OrganizationMember member = selected.first();
    const QString name = UserText::displayName(member.user);
    m_permissionsLabel->setText(tr("Effective permissions of %1").arg(name));
    m_workspace->run(
        m_workspace->backend().organizations().effectivePermissions(m_workspace->tenant().id,
                                                                    m_organization.id, member.user.id),
        this, QString(),
        [this, name](const QList<EffectivePermission> &permissions) {
            for (const EffectivePermission &p : permissions) {
                auto *item =
                    new QTreeWidgetItem(m_permissions, {p.name, p.grantedBy.join(QStringLiteral(", ")),
                                                        p.resourceIndicator.isEmpty() ? tr("Organization")
                                                                                      : p.resourceIndicator});
                item->setFont(0, style::monospace());
                item->setToolTip(0, p.description);
                item->setToolTip(1,
                                 tr("Granted by the role(s) %1").arg(p.grantedBy.join(QStringLiteral(", "))));
            }
            if (permissions.isEmpty())
                m_permissionsLabel->setText(
                    tr("Effective permissions of %1: none (no role, or roles without permissions)")
                        .arg(name));
            m_permissions->resizeColumnToContents(0);
            m_permissions->resizeColumnToContents(1);
        },
        [this, name](const Error &error) {
            m_permissionsLabel->setText(
                tr("Could not load the permissions of %1: %2").arg(name, error.message()));
        },
        [this, generation] { return generation == m_permissionsGeneration; });
}

void OrganizationMembersTab::updateButtons()
{
    const bool has = !m_organization.id.isEmpty();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_search->setEnabled(has);
    m_roleFilter->setEnabled(has);
    m_workspace->allow(m_add, Operation::OrganizationsAddMembers, has, QString());
    m_workspace->allow(m_editRoles, Operation::OrganizationsSetMemberRoles, has && selected == 1, QString());
    m_workspace->allow(m_bulkAssign, Operation::OrganizationsAssignMemberRoles, has && selected >= 1,
                       QString());
    m_workspace->allow(m_remove, Operation::OrganizationsRemoveMember, has && selected >= 1, QString());
    m_remove->setText(selected > 1 ? tr("Remove %1…").arg(selected) : tr("Remove…"));
}

void OrganizationMembersTab::change(Future<Done> change, const QString &organizationId,
                                    const QString &failureText)
{
    const auto reloadSame = [this, organizationId] {
        if (organizationId == m_organization.id)
            load();
    };
    m_workspace->run(std::move(change), this, failureText, reloadSame,
                     [reloadSame](const Error &) { reloadSame(); });
}

void OrganizationMembersTab::addMembers()
{
    if (m_organization.id.isEmpty())
        return;
    const Organization organization = m_organization;
    auto *dialog =
        new UserPickerDialog(m_workspace, tr("Add members to %1").arg(organization.name),
                             tr("Search the tenant's users and select the ones to add. Users who are "
                                "members already keep their membership and get the roles below too."),
                             tr("Add members"), true, this);
    auto *roles = new QListWidget;
    roles->setObjectName(QStringLiteral("addMembersRolesList"));
    roles->setMaximumHeight(110);
    for (const OrganizationRole &role : userRoles()) {
        auto *item = new QListWidgetItem(
            role.description.isEmpty() ? role.name : role.name + QStringLiteral("  —  ") + role.description);
        item->setData(Qt::UserRole, role.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        roles->addItem(item);
    }
    dialog->addSection(style::sectionLabel(tr("Organization roles to give")));
    dialog->addSection(roles->count() > 0
                           ? static_cast<QWidget *>(roles)
                           : style::subtitleLabel(tr("The organization template has no user roles yet.")));
    if (roles->count() == 0)
        delete roles;
    connect(dialog, &QDialog::accepted, this, [this, dialog, organization] {
        QStringList userIds;
        for (const User &user : dialog->selectedUsers())
            userIds.append(user.id);
        QStringList roleIds;
        if (auto *list = dialog->findChild<QListWidget *>(QStringLiteral("addMembersRolesList"))) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    roleIds.append(list->item(i)->data(Qt::UserRole).toString());
            }
        }
        change(m_workspace->backend().organizations().addMembers(m_workspace->tenant().id, organization.id,
                                                                 userIds, roleIds),
               organization.id, tr("Could not add the members to \"%1\".").arg(organization.name));
    });
    dialog->open();
}

void OrganizationMembersTab::editRoles()
{
    const QList<OrganizationMember> selected = selectedMembers();
    if (selected.size() != 1)
        return;
    const OrganizationMember member = selected.first();
    const QString name = UserText::displayName(member.user);
    QList<PickerDialog::Item> items;
    for (const OrganizationRole &role : userRoles()) {
        bool held = false;
        for (const OrganizationRole &r : member.roles)
            held = held || r.id == role.id;
        items.append({role.id, role.name, role.description, held});
    }
    auto *dialog =
        new PickerDialog(tr("Roles of %1").arg(name),
                         tr("The organization roles %1 holds in \"%2\". Unticked roles are removed.")
                             .arg(name, m_organization.name),
                         tr("Save roles"), items, tr("The organization template has no user roles yet."),
                         this, PickerDialog::Mode::Replace);
    const Organization organization = m_organization;
    connect(dialog, &QDialog::accepted, this, [this, dialog, organization, member, name] {
        const QStringList ids = dialog->checkedIds();
        change(m_workspace->backend().organizations().setMemberRoles(m_workspace->tenant().id,
                                                                     organization.id, member.user.id, ids),
               organization.id, tr("Could not change the roles of %1.").arg(name));
    });
    dialog->open();
}

void OrganizationMembersTab::assignRolesToSelected()
{
    const QList<OrganizationMember> selected = selectedMembers();
    if (selected.isEmpty())
        return;
    QList<PickerDialog::Item> items;
    for (const OrganizationRole &role : userRoles())
        items.append({role.id, role.name, role.description, false});
    QStringList userIds;
    for (const OrganizationMember &m : selected)
        userIds.append(m.user.id);
    const QString who = selected.size() == 1 ? UserText::displayName(selected.first().user)
                                             : tr("%1 members").arg(selected.size());
    auto *dialog = new PickerDialog(
        tr("Assign roles to %1").arg(who),
        tr("Every selected member gets the roles you tick; roles they hold already "
           "are kept."),
        tr("Assign roles"), items, tr("The organization template has no user roles yet."), this);
    dialog->setObjectName(QStringLiteral("bulkAssignRolesDialog"));
    const Organization organization = m_organization;
    connect(dialog, &QDialog::accepted, this, [this, dialog, organization, userIds, who] {
        change(m_workspace->backend().organizations().assignMemberRoles(
                   m_workspace->tenant().id, organization.id, userIds, dialog->checkedIds()),
               organization.id, tr("Could not assign the roles to %1.").arg(who));
    });
    dialog->open();
}

void OrganizationMembersTab::removeSelected()
{
    const QList<OrganizationMember> selected = selectedMembers();
    if (selected.isEmpty())
        return;
    const QString text =
        selected.size() == 1
            ? tr("Remove %1 from \"%2\"? They lose their organization roles there and get no more tokens for "
                 "it. The user account stays.")
                  .arg(UserText::displayName(selected.first().user), m_organization.name)
            : tr("Remove %1 members from \"%2\"? They lose their organization roles there and get no more "
                 "tokens "
                 "for it. The user accounts stay.")
                  .arg(selected.size())
                  .arg(m_organization.name);
    if (!m_workspace->confirmDestructive(this, tr("Remove members"), text,
                                         selected.size() == 1 ? tr("Remove member") : tr("Remove members")))
        return;
    const Organization organization = m_organization;
    auto remaining = std::make_shared<int>(int(selected.size()));
    auto failures = std::make_shared<QStringList>();
    for (const OrganizationMember &member : selected) {
        const QString name = UserText::displayName(member.user);
        const auto removed = [this, organization, remaining, failures] {
            if (--*remaining > 0)
                return;
            if (!failures->isEmpty())
                MessageBox::warning(
                    this, tr("Remove members"),
                    tr("Some members could not be removed:\n%1").arg(failures->join(QLatin1Char('\n'))));
            if (organization.id == m_organization.id)
                load();
        };
        m_workspace->run(m_workspace->backend().organizations().removeMember(m_workspace->tenant().id,
                                                                             organization.id, member.user.id),
                         this, QString(), removed, [removed, failures, name](const Error &error) {
                             failures->append(name + QStringLiteral(": ") + error.message());
                             removed();
                         });
    }
}

} // namespace gatehouse::ui
