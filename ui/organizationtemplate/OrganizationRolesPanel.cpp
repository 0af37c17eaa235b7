#include "organizationtemplate/OrganizationRolesPanel.h"

#include "common/FormDialog.h"
#include "common/Format.h"
#include "common/PickerDialog.h"
#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "organizationtemplate/TemplateConfirmation.h"
#include "organizationtemplate/TemplateItemDialog.h"
#include "roles/GrantPermissionsDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

namespace gatehouse::ui {

namespace {
constexpr int ScopeIdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1; ///< true for organization scopes
} // namespace

OrganizationRolesPanel::OrganizationRolesPanel(Workspace *workspace, const TemplateConfirmation *confirmation,
                                               QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_confirmation(confirmation)
    , m_model(new ListModel<OrganizationRole>(this))
    , m_view(new QTableView)
    , m_create(new QPushButton(tr("Create role…")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_title(style::sectionLabel({}))
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_type(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_grantOrganization(new QPushButton(tr("Grant organization permissions…")))
    , m_grantResource(new QPushButton(tr("Grant API permissions…")))
    , m_revoke(new QPushButton(tr("Revoke…")))
    , m_tree(new QTreeWidget)
    , m_detail(new QWidget)
    , m_refresher(new Refresher(this, [this] { load(); }))
{
    setObjectName(QStringLiteral("organizationRolesPanel"));
    using Model = ListModel<OrganizationRole>;
    m_model->setColumns({
        Model::Column::text(tr("Role"), &OrganizationRole::name),
        Model::Column::text(tr("Type"), [](const OrganizationRole &r) { return Format::roleType(r.type); }),
        Model::Column::text(tr("Description"), &OrganizationRole::description, Model::TextToolTip),
    });
    m_view->setObjectName(QStringLiteral("organizationRolesTable"));
    m_view->setModel(m_model);
    style::setUpTable(m_view);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_create->setObjectName(QStringLiteral("createOrganizationRoleButton"));
    m_delete->setObjectName(QStringLiteral("deleteOrganizationRoleButton"));
    m_name->setObjectName(QStringLiteral("organizationRoleNameEdit"));
    m_description->setObjectName(QStringLiteral("organizationRoleDescriptionEdit"));
    m_type->setObjectName(QStringLiteral("organizationRoleTypeLabel"));
    m_save->setObjectName(QStringLiteral("organizationRoleSaveButton"));
    m_grantOrganization->setObjectName(QStringLiteral("grantOrganizationScopesButton"));
    m_grantResource->setObjectName(QStringLiteral("grantResourceScopesButton"));
    m_revoke->setObjectName(QStringLiteral("revokeOrganizationRoleGrantButton"));
    m_tree->setObjectName(QStringLiteral("organizationRoleGrantsTree"));
    m_tree->setHeaderLabels({tr("Permission"), tr("Description")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    style::makeDanger(m_delete);
    style::makeDanger(m_revoke);
    style::makePrimary(m_save);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_create);
    listButtons->addStretch(1);
    listButtons->addWidget(m_delete);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_view, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Type"), m_type);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *grantButtons = new QHBoxLayout;
    grantButtons->addWidget(m_grantOrganization);
    grantButtons->addWidget(m_grantResource);
    grantButtons->addStretch(1);
    grantButtons->addWidget(m_revoke);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(form);
    detailLayout->addLayout(saveRow);
    detailLayout->addWidget(style::sectionLabel(tr("Grants")));
    detailLayout->addWidget(style::subtitleLabel(
        tr("Organization tokens of holders carry these organization permissions and API permissions.")));
    detailLayout->addLayout(grantButtons);
    detailLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter, 1);

    connect(m_create, &QPushButton::clicked, this, &OrganizationRolesPanel::createRole);
    connect(m_delete, &QPushButton::clicked, this, &OrganizationRolesPanel::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &OrganizationRolesPanel::saveSelected);
    connect(m_grantOrganization, &QPushButton::clicked, this,
            &OrganizationRolesPanel::grantOrganizationScopes);
    connect(m_grantResource, &QPushButton::clicked, this, &OrganizationRolesPanel::grantResourceScopes);
    connect(m_revoke, &QPushButton::clicked, this, &OrganizationRolesPanel::revokeSelectedGrant);
    connect(m_name, &QLineEdit::textChanged, this, &OrganizationRolesPanel::updateButtons);
    connect(m_description, &QLineEdit::textChanged, this, &OrganizationRolesPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OrganizationRolesPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganizationRolesPanel::showRole);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &OrganizationRolesPanel::deleteSelected);
    // Roles and their grants change with the template and with API resources' permissions.
    m_refresher->follow(workspace, [this](const Change &change) {
        return m_workspace->hasTenant() && change.tenantId == m_workspace->tenant().id &&
               (change.area == ChangeArea::OrganizationTemplate || change.area == ChangeArea::Resources);
    });
    showRole();
}

void OrganizationRolesPanel::load()
{
    m_reloadGrants = m_refresher->isStale();
    m_refresher->clearStale();
    const int generation = ++m_generation;
    if (!m_workspace->hasTenant()) {
        m_model->setItems({});
        showRole();
        return;
    }
    const QString keep = m_role.id;
    m_loading = true;
    m_workspace->run(
        m_workspace->backend().organizationTemplate().roles(m_workspace->tenant().id), this,
        tr("Could not load the organization roles."),
        [this, keep](const QList<OrganizationRole> &roles) {
            m_loading = false;
            m_model->setItems(roles);
            const int row = qMax(0, m_model->rowOfId(keep));
            if (m_model->count() > 0)
                m_view->setCurrentIndex(m_model->index(row, 0));
            showRole();
        },
        [this](const Error &) { m_loading = false; },
        [this, generation] { return generation == m_generation; });
}

int OrganizationRolesPanel::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void OrganizationRolesPanel::showRole()
{
    const int row = selectedRow();
    const OrganizationRole role = row < 0 ? OrganizationRole() : m_model->at(row);
    const bool other = role.id != m_role.id;
    // A reload of the same role keeps unsaved edits of its name and description.
    const bool keepEdits = !other && isDirty();
    m_role = role;
    m_title->setText(role.id.isEmpty() ? tr("Select a role") : role.name);
    if (!keepEdits) {
        m_name->setText(role.name);
        m_description->setText(role.description);
    }
    m_type->setText(role.id.isEmpty() ? QString()
                    : role.type == RoleType::User
                        ? tr("User role: held by members of organizations")
                        : tr("Machine-to-machine role: held by applications in organizations"));
    if (other) {
        m_grants = {};
        showGrants();
    }
    if (std::exchange(m_reloadGrants, false) || other)
        loadGrants();
    updateButtons();
}

void OrganizationRolesPanel::loadGrants()
{
    const int generation = ++m_grantsGeneration;
    m_grantsLoading = false;
    if (m_role.id.isEmpty())
        return;
    m_grantsLoading = true;
    m_workspace->run(
        m_workspace->backend().organizationTemplate().grants(m_workspace->tenant().id, m_role.id), this,
        tr("Could not load what \"%1\" grants.").arg(m_role.name),
        [this](const OrganizationRoleGrants &grants) {
            m_grantsLoading = false;
            m_grants = grants;
            showGrants();
        },
        [this](const Error &) { m_grantsLoading = false; },
        [this, generation] { return generation == m_grantsGeneration; });
}

void OrganizationRolesPanel::showGrants()
{
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    if (!m_grants.organizationScopes.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Organization permissions")});
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const OrganizationScope &scope : m_grants.organizationScopes) {
            auto *item = new QTreeWidgetItem(group, {scope.name, scope.description});
            item->setData(0, ScopeIdRole, scope.id);
            item->setData(0, KindRole, true);
            item->setFont(0, style::monospace());
        }
    }
    QMap<QString, QTreeWidgetItem *> groups;
    for (const GrantedScope &granted : m_grants.resourceScopes) {
        QTreeWidgetItem *group = groups.value(granted.scope.resourceId, nullptr);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {granted.resourceName, granted.resourceIndicator});
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            groups.insert(granted.scope.resourceId, group);
        }
        auto *item = new QTreeWidgetItem(group, {granted.scope.name, granted.scope.description});
        item->setData(0, ScopeIdRole, granted.scope.id);
        item->setData(0, KindRole, false);
        item->setFont(0, style::monospace());
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    updateButtons();
}

bool OrganizationRolesPanel::isDirty() const
{
    return !m_role.id.isEmpty() &&
           (m_name->text().trimmed() != m_role.name || m_description->text().trimmed() != m_role.description);
}

void OrganizationRolesPanel::updateButtons()
{
    const bool tenant = m_workspace->hasTenant();
    const bool has = !m_role.id.isEmpty();
    m_workspace->allow(m_create, Operation::OrganizationTemplateCreateRole, tenant, QString());
    m_workspace->allow(m_delete, Operation::OrganizationTemplateRemoveRole, has, QString());
    m_detail->setEnabled(has);
    m_workspace->allow(m_save, Operation::OrganizationTemplateUpdateRole,
                       isDirty() && !m_name->text().trimmed().isEmpty(), QString());
    for (QPushButton *grant : {m_grantOrganization, m_grantResource})
        m_workspace->allow(grant, Operation::OrganizationTemplateSetOrganizationScopes, has, QString());
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    m_workspace->allow(m_revoke, Operation::OrganizationTemplateSetOrganizationScopes,
                       has && !selected.isEmpty() && selected.first()->parent(), QString());
}

void OrganizationRolesPanel::createRole()
{
    if (!m_workspace->hasTenant())
        return;
    auto *dialog = new TemplateItemDialog(TemplateItemDialog::Kind::Role, tr("Create organization role"),
                                          tr("Create role"), true, this);
    connect(dialog, &TemplateItemDialog::submitted, this, [this, dialog] {
        OrganizationRole draft;
        draft.name = dialog->name();
        draft.description = dialog->description();
        draft.type = dialog->type();
        if (!m_confirmation->confirm(dialog, tr("Change the organization template"),
                                     tr("Create the organization role \"%1\".").arg(draft.name)))
            return;
        submitDialog(
            m_workspace, dialog,
            m_workspace->backend().organizationTemplate().createRole(m_workspace->tenant().id, draft), this,
            tr("Could not create the role."), [this](const OrganizationRole &created) {
                const int row = m_model->upsert(created);
                m_view->setCurrentIndex(m_model->index(row, 0));
            });
    });
    dialog->open();
}

void OrganizationRolesPanel::saveSelected()
{
    if (!isDirty())
        return;
    OrganizationRole edited = m_role;
    edited.name = m_name->text().trimmed();
    edited.description = m_description->text().trimmed();
    if (!m_confirmation->confirm(
            this, tr("Change the organization template"),
            tr("Save the changed name or description of the organization role \"%1\".").arg(m_role.name)))
        return;
    m_workspace->run(
        m_workspace->backend().organizationTemplate().updateRole(m_workspace->tenant().id, edited), this,
        tr("Could not save \"%1\".").arg(edited.name),
        [this](const OrganizationRole &saved) {
            m_model->upsert(saved);
            if (saved.id == m_role.id) {
                m_role = saved;
                m_title->setText(m_role.name);
            }
            updateButtons();
        },
        [this](const Error &error) {
            if (error.code() == ErrorCode::Conflict)
                load();
        });
}

void OrganizationRolesPanel::deleteSelected()
{
    if (m_role.id.isEmpty())
        return;
    const OrganizationRole role = m_role;
    const QString text =
        tr("Delete the organization role \"%1\"? Members and applications holding it lose it in "
           "every organization; invitations and JIT settings stop giving it.")
            .arg(role.name) +
        QLatin1Char(' ') + m_confirmation->reachText() + QLatin1Char(' ') + tr("This cannot be undone.");
    if (!m_workspace->confirmDestructive(this, tr("Delete organization role"), text, tr("Delete role")))
        return;
    m_workspace->run(
        m_workspace->backend().organizationTemplate().removeRole(m_workspace->tenant().id, role.id), this,
        tr("Could not delete \"%1\".").arg(role.name), [this, role] {
            m_model->removeId(role.id);
            showRole();
        });
}

void OrganizationRolesPanel::grantOrganizationScopes()
{
    if (m_role.id.isEmpty())
        return;
    const OrganizationRole role = m_role;
    m_workspace->run(
        m_workspace->backend().organizationTemplate().scopes(m_workspace->tenant().id), this,
        tr("Could not load the organization permissions."),
        [this, role](const QList<OrganizationScope> &scopes) {
            QStringList granted;
            for (const OrganizationScope &s : m_grants.organizationScopes)
                granted.append(s.id);
            QList<PickerDialog::Item> items;
            for (const OrganizationScope &s : scopes)
                items.append({s.id, s.name, s.description, granted.contains(s.id)});
            auto *dialog = new PickerDialog(
                tr("Grant organization permissions to %1").arg(role.name),
                tr("Pick the organization permissions the role \"%1\" grants.").arg(role.name),
                tr("Grant permissions"), items,
                tr("The template has no organization permissions yet. Create them on the Organization "
                   "permissions tab."),
                this);
            dialog->setObjectName(QStringLiteral("grantOrganizationScopesDialog"));
            connect(dialog, &QDialog::accepted, this, [this, dialog, role, granted] {
                const QStringList picked = dialog->checkedIds();
                if (picked.isEmpty() || role.id != m_role.id)
                    return;
                if (!m_confirmation->confirm(this, tr("Change the organization template"),
                                             tr("Grant %n organization permission(s) to the role \"%1\".",
                                                nullptr, int(picked.size()))
                                                 .arg(role.name)))
                    return;
                writeGrants(true, granted + picked);
            });
            dialog->open();
        });
}

void OrganizationRolesPanel::grantResourceScopes()
{
    if (m_role.id.isEmpty())
        return;
    const OrganizationRole role = m_role;
    QStringList granted;
    for (const GrantedScope &g : m_grants.resourceScopes)
        granted.append(g.scope.id);
    auto *dialog = new GrantPermissionsDialog(m_workspace, role.name, granted, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, role, granted] {
        const QStringList picked = dialog->checkedScopeIds();
        if (picked.isEmpty() || role.id != m_role.id)
            return;
        if (!m_confirmation->confirm(
                this, tr("Change the organization template"),
                tr("Grant %n API permission(s) to the role \"%1\".", nullptr, int(picked.size()))
                    .arg(role.name)))
            return;
        writeGrants(false, granted + picked);
    });
    dialog->open();
}

void OrganizationRolesPanel::revokeSelectedGrant()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty() || !selected.first()->parent() || m_role.id.isEmpty())
        return;
    const QString scopeId = selected.first()->data(0, ScopeIdRole).toString();
    const bool organizationScope = selected.first()->data(0, KindRole).toBool();
    const QString text =
        tr("Revoke \"%1\" from the organization role \"%2\"? New organization tokens of everyone "
           "holding the role no longer carry it.")
            .arg(selected.first()->text(0), m_role.name) +
        QLatin1Char(' ') + m_confirmation->reachText();
    if (!m_workspace->confirmDestructive(this, tr("Revoke permission"), text, tr("Revoke permission")))
        return;
    QStringList ids;
    if (organizationScope) {
        for (const OrganizationScope &s : m_grants.organizationScopes)
            if (s.id != scopeId)
                ids.append(s.id);
    } else {
        for (const GrantedScope &g : m_grants.resourceScopes)
            if (g.scope.id != scopeId)
                ids.append(g.scope.id);
    }
    writeGrants(organizationScope, ids);
}

void OrganizationRolesPanel::writeGrants(bool organizationScopes, const QStringList &ids)
{
    const OrganizationRole role = m_role;
    OrganizationTemplateApi &api = m_workspace->backend().organizationTemplate();
    const QString tenantId = m_workspace->tenant().id;
    Future<Done> write = organizationScopes ? api.setOrganizationScopes(tenantId, role.id, ids)
                                            : api.setResourceScopes(tenantId, role.id, ids);
    const auto reloadGrants = [this, role] {
        if (role.id == m_role.id)
            loadGrants();
    };
    m_workspace->run(write, this, tr("Could not change what \"%1\" grants.").arg(role.name), reloadGrants,
                     [reloadGrants](const Error &) { reloadGrants(); });
}

} // namespace gatehouse::ui
