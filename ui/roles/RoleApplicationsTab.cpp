#include "roles/RoleApplicationsTab.h"

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

RoleApplicationsTab::RoleApplicationsTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<Application>([](const Application &a) { return a.id; }, this))
    , m_view(new QTableView)
    , m_assign(new QPushButton(tr("Assign to applications…")))
    , m_unassign(new QPushButton(tr("Remove from application…")))
    , m_empty(style::subtitleLabel(tr("Not assigned to any application yet.")))
{
    using Column = ListModel<Application>::Column;
    m_model->setColumns({
        Column{tr("Application"),
               [](const Application &a, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(a.name) : QVariant();
               }},
        Column{tr("App ID"),
               [](const Application &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return a.id;
                   return role == Qt::FontRole ? QVariant(style::monospace()) : QVariant();
               }},
    });
    m_view->setObjectName(QStringLiteral("roleApplicationsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_assign->setObjectName(QStringLiteral("assignApplicationsButton"));
    m_unassign->setObjectName(QStringLiteral("unassignApplicationButton"));
    m_empty->setObjectName(QStringLiteral("roleApplicationsEmptyLabel"));
    style::makeDanger(m_unassign);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_unassign);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::subtitleLabel(tr("Machine-to-machine applications that hold this role get its "
                                              "permissions in their access tokens.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_assign, &QPushButton::clicked, this, &RoleApplicationsTab::assignApplications);
    connect(m_unassign, &QPushButton::clicked, this, &RoleApplicationsTab::unassignSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoleApplicationsTab::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RoleApplicationsTab::unassignSelected);
    updateButtons();
}

void RoleApplicationsTab::setRole(const Role &role)
{
    m_role = role;
    m_model->setItems({});
    load();
}

void RoleApplicationsTab::load()
{
    const int generation = ++m_generation;
    updateButtons();
    if (m_role.id.isEmpty() || m_role.type != RoleType::MachineToMachine)
        return;
    m_workspace->track(m_workspace->backend().roles().applicationsOfRole(m_workspace->tenant().id, m_role.id))
        .then(this, [this, generation](Result<QList<Application>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the applications of \"%1\".").arg(m_role.name),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnToContents(0);
            updateButtons();
        });
}

void RoleApplicationsTab::updateButtons()
{
    const bool has = !m_role.id.isEmpty();
    m_assign->setEnabled(has);
    m_unassign->setEnabled(has && m_view->selectionModel()->hasSelection());
    m_empty->setVisible(has && m_model->count() == 0);
    emit countChanged(m_model->count());
}

void RoleApplicationsTab::assignApplications()
{
    if (m_role.id.isEmpty())
        return;
    const Role role = m_role;
    m_workspace->track(m_workspace->backend().applications().list(m_workspace->tenant().id))
        .then(this, [this, role](Result<QList<Application>> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the applications."), result.error());
                return;
            }
            QList<PickerDialog::Item> items;
            for (const Application &app : result.value()) {
                if (app.type == ApplicationType::MachineToMachine)
                    items.append({app.id, app.name, app.description, m_model->rowOfId(app.id) >= 0});
            }
            auto *dialog = new PickerDialog(
                tr("Assign %1 to applications").arg(role.name),
                tr("Pick the machine-to-machine applications that get the permissions of \"%1\".")
                    .arg(role.name),
                tr("Assign"), items,
                tr("This tenant has no machine-to-machine applications yet. Create one on the Applications "
                   "page."),
                this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, role] {
                const QStringList appIds = dialog->checkedIds();
                m_pendingAssignments = int(appIds.size());
                for (const QString &appId : appIds) {
                    m_workspace
                        ->track(m_workspace->backend().roles().assignToApplication(m_workspace->tenant().id,
                                                                                   appId, {role.id}))
                        .then(this, [this, role](Result<Done> assigned) {
                            if (!assigned.ok())
                                MessageBox::showError(this, tr("Could not assign \"%1\".").arg(role.name),
                                                      assigned.error());
                            if (--m_pendingAssignments == 0 && role.id == m_role.id)
                                load();
                        });
                }
            });
            dialog->open();
        });
}

void RoleApplicationsTab::unassignSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_role.id.isEmpty())
        return;
    const Application app = m_model->at(rows.first().row());
    const bool confirmed = MessageBox::confirmDestructive(
        this, tr("Remove role from application"),
        tr("Remove the role \"%1\" from \"%2\"? New tokens of the application lose its permissions.")
            .arg(m_role.name, app.name),
        tr("Remove role"), m_workspace->isProduction(), m_workspace->productionName());
    if (!confirmed)
        return;
    const Role role = m_role;
    m_workspace
        ->track(
            m_workspace->backend().roles().unassignFromApplication(m_workspace->tenant().id, app.id, role.id))
        .then(this, [this, app, role](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not remove the role from \"%1\".").arg(app.name),
                                      result.error());
                return;
            }
            if (role.id == m_role.id)
                m_model->removeId(app.id);
            updateButtons();
        });
}

} // namespace gatehouse::ui
