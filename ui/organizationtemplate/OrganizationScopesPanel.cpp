#include "organizationtemplate/OrganizationScopesPanel.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "organizationtemplate/TemplateConfirmation.h"
#include "organizationtemplate/TemplateItemDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

OrganizationScopesPanel::OrganizationScopesPanel(Workspace *workspace,
                                                 const TemplateConfirmation *confirmation, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_confirmation(confirmation)
    , m_model(new ListModel<OrganizationScope>([](const OrganizationScope &s) { return s.id; }, this))
    , m_view(new QTableView)
    , m_create(new QPushButton(tr("Create permission…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_empty(
          style::subtitleLabel(tr("No organization permissions yet. Create the actions members may take in "
                                  "an organization, e.g. invite:member or manage:billing.")))
{
    setObjectName(QStringLiteral("organizationScopesPanel"));
    using Column = ListModel<OrganizationScope>::Column;
    m_model->setColumns({
        Column{tr("Permission"),
               [](const OrganizationScope &s, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return s.name;
                   return role == Qt::FontRole ? QVariant(style::monospace()) : QVariant();
               }},
        Column{tr("Description"),
               [](const OrganizationScope &s, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return s.description;
                   return {};
               }},
    });
    m_view->setObjectName(QStringLiteral("organizationScopesTable"));
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
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_create->setObjectName(QStringLiteral("createOrganizationScopeButton"));
    m_edit->setObjectName(QStringLiteral("editOrganizationScopeButton"));
    m_delete->setObjectName(QStringLiteral("deleteOrganizationScopeButton"));
    m_empty->setObjectName(QStringLiteral("organizationScopesEmptyLabel"));
    style::makeDanger(m_delete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(
        style::subtitleLabel(tr("What members may do inside an organization. Organization roles "
                                "grant them; organization tokens carry them.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_create, &QPushButton::clicked, this, &OrganizationScopesPanel::createScope);
    connect(m_edit, &QPushButton::clicked, this, &OrganizationScopesPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &OrganizationScopesPanel::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, &OrganizationScopesPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationScopesPanel::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &OrganizationScopesPanel::deleteSelected);
    updateButtons();
}

void OrganizationScopesPanel::load()
{
    const int generation = ++m_generation;
    if (!m_workspace->hasTenant()) {
        m_model->setItems({});
        updateButtons();
        return;
    }
    m_loading = true;
    m_workspace->track(m_workspace->backend().organizationTemplate().scopes(m_workspace->tenant().id))
        .then(this, [this, generation](Result<QList<OrganizationScope>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the organization permissions."),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            updateButtons();
        });
}

int OrganizationScopesPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OrganizationScopesPanel::updateButtons()
{
    const bool has = m_workspace->hasTenant();
    m_create->setEnabled(has);
    m_edit->setEnabled(has && selectedRow() >= 0);
    m_delete->setEnabled(has && selectedRow() >= 0);
    m_empty->setVisible(has && !m_loading && m_model->count() == 0);
}

void OrganizationScopesPanel::createScope()
{
    if (!m_workspace->hasTenant())
        return;
    auto *dialog =
        new TemplateItemDialog(TemplateItemDialog::Kind::Scope, tr("Create organization permission"),
                               tr("Create permission"), false, this);
    connect(dialog, &TemplateItemDialog::submitted, this, [this, dialog] {
        OrganizationScope draft;
        draft.name = dialog->name();
        draft.description = dialog->description();
        if (!m_confirmation->confirm(dialog, tr("Change the organization template"),
                                     tr("Create the organization permission \"%1\".").arg(draft.name)))
            return;
        dialog->setBusy(true);
        QPointer<TemplateItemDialog> guard(dialog);
        m_workspace
            ->track(
                m_workspace->backend().organizationTemplate().createScope(m_workspace->tenant().id, draft))
            .then(this, [this, guard](Result<OrganizationScope> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not create the permission."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                m_model->upsert(result.value());
                updateButtons();
                emit changed();
            });
    });
    dialog->open();
}

void OrganizationScopesPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const OrganizationScope scope = m_model->at(row);
    auto *dialog = new TemplateItemDialog(TemplateItemDialog::Kind::Scope, tr("Edit organization permission"),
                                          tr("Save"), false, this);
    dialog->setValues(scope.name, scope.description);
    connect(dialog, &TemplateItemDialog::submitted, this, [this, dialog, scope] {
        OrganizationScope edited = scope;
        edited.name = dialog->name();
        edited.description = dialog->description();
        if (edited.name == scope.name && edited.description == scope.description) {
            dialog->accept();
            return;
        }
        const QString what =
            edited.name == scope.name
                ? tr("Change the description of the organization permission \"%1\".").arg(scope.name)
                : tr("Rename the organization permission \"%1\" to \"%2\"; organization tokens "
                     "carry the new name.")
                      .arg(scope.name, edited.name);
        if (!m_confirmation->confirm(dialog, tr("Change the organization template"), what))
            return;
        dialog->setBusy(true);
        QPointer<TemplateItemDialog> guard(dialog);
        m_workspace
            ->track(
                m_workspace->backend().organizationTemplate().updateScope(m_workspace->tenant().id, edited))
            .then(this, [this, guard](Result<OrganizationScope> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not save the permission."), result.error());
                    if (code == ErrorCode::Conflict)
                        load();
                    return;
                }
                if (guard)
                    guard->accept();
                m_model->upsert(result.value());
                emit changed();
            });
    });
    dialog->open();
}

void OrganizationScopesPanel::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const OrganizationScope scope = m_model->at(row);
    const QString text =
        tr("Delete the organization permission \"%1\"? Every organization role loses it.").arg(scope.name) +
        QLatin1Char(' ') + m_confirmation->reachText() + QLatin1Char(' ') + tr("This cannot be undone.");
    if (!MessageBox::confirmDestructive(this, tr("Delete organization permission"), text,
                                        tr("Delete permission"), m_workspace->isProduction(),
                                        m_workspace->productionName()))
        return;
    m_workspace
        ->track(m_workspace->backend().organizationTemplate().removeScope(m_workspace->tenant().id, scope.id))
        .then(this, [this, scope](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete \"%1\".").arg(scope.name), result.error());
                return;
            }
            m_model->removeId(scope.id);
            updateButtons();
            emit changed();
        });
}

} // namespace gatehouse::ui
