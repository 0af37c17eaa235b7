#include "applications/ApplicationRolesTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

ApplicationRolesTab::ApplicationRolesTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<Role>([](const Role &r) { return r.id; }, this))
    , m_view(new QTableView)
    , m_assign(new QPushButton(tr("Assign roles…")))
    , m_unassign(new QPushButton(tr("Remove role…")))
    , m_empty(style::subtitleLabel(tr("No roles assigned: this application's tokens carry no permissions.")))
{
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
    m_view->setObjectName(QStringLiteral("applicationRolesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_assign->setObjectName(QStringLiteral("assignRolesButton"));
    m_unassign->setObjectName(QStringLiteral("unassignRoleButton"));
    m_empty->setObjectName(QStringLiteral("applicationRolesEmptyLabel"));
    style::makeDanger(m_unassign);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_unassign);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(
        style::subtitleLabel(tr("Machine-to-machine roles grant this application the permissions "
                                "of their API resources.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_assign, &QPushButton::clicked, this, &ApplicationRolesTab::assignRoles);
    connect(m_unassign, &QPushButton::clicked, this, &ApplicationRolesTab::unassignSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationRolesTab::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ApplicationRolesTab::unassignSelected);
    updateButtons();
}

void ApplicationRolesTab::setApplication(const Application &app)
{
    m_app = app;
    m_model->setItems({});
    load();
}

void ApplicationRolesTab::load()
{
    const int generation = ++m_generation;
    updateButtons();
    if (m_app.id.isEmpty())
        return;
    m_workspace->track(m_workspace->backend().roles().rolesOfApplication(m_workspace->tenant().id, m_app.id))
        .then(this, [this, generation](Result<QList<Role>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the roles of \"%1\".").arg(m_app.name),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnToContents(0);
            updateButtons();
        });
}

void ApplicationRolesTab::updateButtons()
{
    const bool hasApp = !m_app.id.isEmpty();
    m_assign->setEnabled(hasApp);
    m_unassign->setEnabled(hasApp && m_view->selectionModel()->hasSelection());
    m_empty->setVisible(hasApp && m_model->count() == 0);
}

void ApplicationRolesTab::assignRoles()
{
    if (m_app.id.isEmpty())
        return;
    const Application app = m_app;
    m_workspace->track(m_workspace->backend().roles().list(m_workspace->tenant().id))
        .then(this, [this, app](Result<QList<Role>> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the roles."), result.error());
                return;
            }
            QList<PickerDialog::Item> items;
            for (const Role &role : result.value()) {
                if (role.type == RoleType::MachineToMachine)
                    items.append({role.id, role.name, role.description, m_model->rowOfId(role.id) >= 0});
            }
            auto *dialog = new PickerDialog(
                tr("Assign roles to %1").arg(app.name),
                tr("Pick the machine-to-machine roles whose permissions \"%1\" gets.").arg(app.name),
                tr("Assign roles"), items,
                tr("This tenant has no machine-to-machine roles yet. Create one on the Roles page."), this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, app] {
                const QStringList ids = dialog->checkedIds();
                m_workspace
                    ->track(m_workspace->backend().roles().assignToApplication(m_workspace->tenant().id,
                                                                               app.id, ids))
                    .then(this, [this, app](Result<Done> assigned) {
                        if (!assigned.ok()) {
                            MessageBox::showError(this,
                                                  tr("Could not assign the roles to \"%1\".").arg(app.name),
                                                  assigned.error());
                            return;
                        }
                        if (app.id == m_app.id)
                            load();
                    });
            });
            dialog->open();
        });
}

void ApplicationRolesTab::unassignSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_app.id.isEmpty())
        return;
    const Role role = m_model->at(rows.first().row());
    const bool confirmed = MessageBox::confirmDestructive(
        this, tr("Remove role"),
        tr("Remove the role \"%1\" from \"%2\"? New tokens of the application lose its permissions.")
            .arg(role.name, m_app.name),
        tr("Remove role"), m_workspace->isProduction(), m_workspace->productionName());
    if (!confirmed)
        return;
    const QString appId = m_app.id;
    m_workspace
        ->track(
            m_workspace->backend().roles().unassignFromApplication(m_workspace->tenant().id, appId, role.id))
        .then(this, [this, role, appId](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not remove the role \"%1\".").arg(role.name),
                                      result.error());
                return;
            }
            if (appId == m_app.id)
                m_model->removeId(role.id);
            updateButtons();
        });
}

} // namespace gatehouse::ui
