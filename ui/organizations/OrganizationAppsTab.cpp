#include "organizations/OrganizationAppsTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "organizations/ChecklistDialog.h"
#include "organizations/OrganizationText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

OrganizationAppsTab::OrganizationAppsTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<OrganizationApplication>(
          [](const OrganizationApplication &a) { return a.application.id; }, this))
    , m_view(new QTableView)
    , m_add(new QPushButton(tr("Add applications…")))
    , m_editRoles(new QPushButton(tr("Edit roles…")))
    , m_remove(new QPushButton(tr("Remove…")))
    , m_empty(style::subtitleLabel(tr("No machine-to-machine application acts in this organization yet.")))
{
    setObjectName(QStringLiteral("organizationAppsTab"));
    using Column = ListModel<OrganizationApplication>::Column;
    m_model->setColumns({
        Column{tr("Application"),
               [](const OrganizationApplication &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return a.application.name;
                   return role == Qt::ToolTipRole ? QVariant(a.application.id) : QVariant();
               }},
        Column{tr("Roles", "organization roles column"),
               [](const OrganizationApplication &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return OrganizationText::roleNames(a.roles);
                   return {};
               }},
    });
    m_view->setObjectName(QStringLiteral("organizationAppsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_add->setObjectName(QStringLiteral("addOrganizationAppsButton"));
    m_editRoles->setObjectName(QStringLiteral("editOrganizationAppRolesButton"));
    m_remove->setObjectName(QStringLiteral("removeOrganizationAppButton"));
    m_empty->setObjectName(QStringLiteral("organizationAppsEmptyLabel"));
    style::makeDanger(m_remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_editRoles);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::subtitleLabel(
        tr("Machine-to-machine applications get organization tokens with the permissions of their "
           "machine-to-machine organization roles.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &OrganizationAppsTab::addApplications);
    connect(m_editRoles, &QPushButton::clicked, this, &OrganizationAppsTab::editRoles);
    connect(m_remove, &QPushButton::clicked, this, &OrganizationAppsTab::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &OrganizationAppsTab::editRoles);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationAppsTab::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &OrganizationAppsTab::removeSelected);
    updateButtons();
}

void OrganizationAppsTab::setOrganization(const Organization &organization)
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

void OrganizationAppsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void OrganizationAppsTab::load()
{
    m_stale = false;
    const int generation = ++m_generation;
    if (m_organization.id.isEmpty())
        return;
    m_loading = true;
    m_workspace
        ->track(
            m_workspace->backend().organizations().applications(m_workspace->tenant().id, m_organization.id))
        .then(this, [this, generation](Result<QList<OrganizationApplication>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                MessageBox::showError(
                    this, tr("Could not load the applications of \"%1\".").arg(m_organization.name),
                    result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnToContents(0);
            updateButtons();
        });
}

int OrganizationAppsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OrganizationAppsTab::updateButtons()
{
    const bool has = !m_organization.id.isEmpty();
    m_add->setEnabled(has);
    m_editRoles->setEnabled(has && selectedRow() >= 0);
    m_remove->setEnabled(has && selectedRow() >= 0);
    m_empty->setVisible(has && !m_loading && !m_stale && m_model->count() == 0);
}

void OrganizationAppsTab::addApplications()
{
    if (m_organization.id.isEmpty())
        return;
    const Organization organization = m_organization;
    m_workspace->track(m_workspace->backend().applications().list(m_workspace->tenant().id))
        .then(this, [this, organization](Result<QList<Application>> result) {
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
                tr("Add applications to %1").arg(organization.name),
                tr("Pick the machine-to-machine applications that act in \"%1\".").arg(organization.name),
                tr("Add applications"), items,
                tr("This tenant has no machine-to-machine applications. Create one on the Applications "
                   "page."),
                this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, organization] {
                m_workspace
                    ->track(m_workspace->backend().organizations().addApplications(
                        m_workspace->tenant().id, organization.id, dialog->checkedIds()))
                    .then(this, [this, organization](Result<Done> added) {
                        if (!added.ok())
                            MessageBox::showError(this, tr("Could not add the applications."), added.error());
                        if (organization.id == m_organization.id)
                            load();
                    });
            });
            dialog->open();
        });
}

void OrganizationAppsTab::editRoles()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const OrganizationApplication app = m_model->at(row);
    const Organization organization = m_organization;
    m_workspace->track(m_workspace->backend().organizationTemplate().roles(m_workspace->tenant().id))
        .then(this, [this, app, organization](Result<QList<OrganizationRole>> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the organization roles."), result.error());
                return;
            }
            QList<ChecklistDialog::Item> items;
            for (const OrganizationRole &role : result.value()) {
                if (role.type != RoleType::MachineToMachine)
                    continue;
                bool held = false;
                for (const OrganizationRole &r : app.roles)
                    held = held || r.id == role.id;
                items.append({role.id, role.name, role.description, held});
            }
            auto *dialog =
                new ChecklistDialog(tr("Roles of %1").arg(app.application.name),
                                    tr("The machine-to-machine organization roles \"%1\" holds in \"%2\".")
                                        .arg(app.application.name, organization.name),
                                    tr("Save roles"), items,
                                    tr("The organization template has no machine-to-machine roles yet. "
                                       "Create one under Organization "
                                       "template."),
                                    this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, app, organization] {
                m_workspace
                    ->track(m_workspace->backend().organizations().setApplicationRoles(
                        m_workspace->tenant().id, organization.id, app.application.id, dialog->checkedIds()))
                    .then(this, [this, app, organization](Result<Done> saved) {
                        if (!saved.ok())
                            MessageBox::showError(
                                this, tr("Could not change the roles of \"%1\".").arg(app.application.name),
                                saved.error());
                        if (organization.id == m_organization.id)
                            load();
                    });
            });
            dialog->open();
        });
}

void OrganizationAppsTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const OrganizationApplication app = m_model->at(row);
    if (!MessageBox::confirmDestructive(this, tr("Remove application"),
                                        tr("Remove \"%1\" from \"%2\"? It loses its organization roles there "
                                           "and gets no more organization "
                                           "tokens for it.")
                                            .arg(app.application.name, m_organization.name),
                                        tr("Remove application"), m_workspace->isProduction(),
                                        m_workspace->productionName()))
        return;
    const Organization organization = m_organization;
    m_workspace
        ->track(m_workspace->backend().organizations().removeApplication(m_workspace->tenant().id,
                                                                         organization.id, app.application.id))
        .then(this, [this, app, organization](Result<Done> result) {
            if (!result.ok())
                MessageBox::showError(this, tr("Could not remove \"%1\".").arg(app.application.name),
                                      result.error());
            if (organization.id == m_organization.id)
                load();
        });
}

} // namespace gatehouse::ui
