#include "resources/ScopesPanel.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "resources/ScopeDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

ScopesPanel::ScopesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<Scope>([](const Scope &s) { return s.id; }, this))
    , m_view(new QTableView)
    , m_add(new QPushButton(tr("Add permission…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_empty(
          style::subtitleLabel(tr("No permissions yet. Add the scopes that tokens for this API can carry, "
                                  "such as read:projects.")))
{
    using Column = ListModel<Scope>::Column;
    m_model->setColumns({
        Column{tr("Permission"),
               [](const Scope &s, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return s.name;
                   if (role == Qt::FontRole)
                       return style::monospace();
                   return {};
               }},
        Column{tr("Description"),
               [](const Scope &s, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return s.description;
                   return {};
               }},
    });
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("scopesTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_add->setObjectName(QStringLiteral("addScopeButton"));
    m_edit->setObjectName(QStringLiteral("editScopeButton"));
    m_delete->setObjectName(QStringLiteral("deleteScopeButton"));
    m_empty->setObjectName(QStringLiteral("scopesEmptyLabel"));
    style::makeDanger(m_delete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(style::sectionLabel(tr("Permissions")), 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &ScopesPanel::addScope);
    connect(m_edit, &QPushButton::clicked, this, &ScopesPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ScopesPanel::deleteSelected);
    connect(m_view, &QTableView::activated, this, &ScopesPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScopesPanel::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ScopesPanel::deleteSelected);
    updateButtons();
}

void ScopesPanel::setResource(const Resource &resource, bool reload)
{
    const bool same = resource.id == m_resource.id;
    m_resource = resource;
    if (reload || !same) {
        m_model->setItems({});
        load();
    }
}

void ScopesPanel::load()
{
    const int generation = ++m_generation;
    updateButtons();
    if (m_resource.id.isEmpty())
        return;
    m_workspace->track(m_workspace->backend().resources().scopes(m_workspace->tenant().id, m_resource.id))
        .then(this, [this, generation](Result<QList<Scope>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                MessageBox::showError(this,
                                      tr("Could not load the permissions of \"%1\".").arg(m_resource.name),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnToContents(0);
            updateButtons();
        });
}

void ScopesPanel::updateButtons()
{
    const bool has = !m_resource.id.isEmpty();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(has);
    m_edit->setEnabled(has && selected);
    m_delete->setEnabled(has && selected);
    m_empty->setVisible(has && m_model->count() == 0);
    emit countChanged(m_model->count());
}

void ScopesPanel::addScope()
{
    Scope draft;
    draft.resourceId = m_resource.id;
    openDialog(draft);
}

void ScopesPanel::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(ListModel<Scope>::IdRole).toString();
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        openDialog(m_model->at(row));
}

void ScopesPanel::openDialog(const Scope &existing)
{
    if (m_resource.id.isEmpty())
        return;
    auto *dialog = new ScopeDialog(m_resource.name, existing, this);
    const QString resourceId = m_resource.id;
    connect(dialog, &ScopeDialog::submitted, this, [this, dialog, resourceId] {
        const Scope scope = dialog->scope();
        dialog->setBusy(true);
        QPointer<ScopeDialog> guard(dialog);
        const QString tenantId = m_workspace->tenant().id;
        ResourcesApi &api = m_workspace->backend().resources();
        m_workspace
            ->track(scope.id.isEmpty() ? api.createScope(tenantId, scope) : api.updateScope(tenantId, scope))
            .then(this, [this, guard, resourceId](Result<Scope> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not save the permission."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                if (resourceId == m_resource.id)
                    m_model->upsert(result.value());
                updateButtons();
            });
    });
    dialog->open();
}

void ScopesPanel::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = m_model->rowOfId(rows.first().data(ListModel<Scope>::IdRole).toString());
    if (row < 0)
        return;
    const Scope scope = m_model->at(row);
    const bool confirmed = MessageBox::confirmDestructive(
        this, tr("Delete permission"),
        tr("Delete the permission \"%1\" of \"%2\"?\nEvery role that grants it loses it, and new tokens no "
           "longer "
           "carry it. This cannot be undone.")
            .arg(scope.name, m_resource.name),
        tr("Delete permission"), m_workspace->isProduction(), m_workspace->productionName());
    if (!confirmed)
        return;
    m_workspace->track(m_workspace->backend().resources().removeScope(m_workspace->tenant().id, scope.id))
        .then(this, [this, scope](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete the permission \"%1\".").arg(scope.name),
                                      result.error());
                return;
            }
            m_model->removeId(scope.id);
            updateButtons();
        });
}

} // namespace gatehouse::ui
