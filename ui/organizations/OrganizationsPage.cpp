#include "organizations/OrganizationsPage.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "organizations/CreateOrganizationDialog.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationText.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace gatehouse::ui {

OrganizationsPage::OrganizationsPage(Workspace *workspace, QWidget *parent)
    : MasterDetailPage(workspace, parent)
    , m_model(new ListModel<Organization>([](const Organization &o) { return o.id; }, this))
    , m_editor(new OrganizationEditor(workspace))
{
    setObjectName(QStringLiteral("organizationsPage"));
    using Column = ListModel<Organization>::Column;
    m_model->setColumns({
        Column{tr("Name"),
               [](const Organization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return o.name;
                   return role == Qt::ToolTipRole ? QVariant(o.description) : QVariant();
               }},
        Column{tr("Members"),
               [](const Organization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return o.memberCount < 0 ? QStringLiteral("—") : QString::number(o.memberCount);
                   if (role == Qt::TextAlignmentRole)
                       return QVariant(Qt::AlignRight | Qt::AlignVCenter);
                   if (role == Qt::ToolTipRole)
                       return OrganizationText::memberCount(o.memberCount);
                   return role == Qt::UserRole ? QVariant(o.memberCount) : QVariant();
               }},
        Column{tr("MFA"),
               [](const Organization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return o.isMfaRequired ? tr("Required") : QString();
                   return {};
               }},
        Column{tr("ID"),
               [](const Organization &o, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(o.id) : QVariant();
               }},
        Column{tr("Created"),
               [](const Organization &o, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return Format::date(o.createdAt);
                   if (role == Qt::ToolTipRole)
                       return QString(Format::dateTime(o.createdAt) + QLatin1Char('\n') +
                                      Format::utc(o.createdAt));
                   return role == Qt::UserRole ? QVariant(o.createdAt) : QVariant();
               }},
    });
    buildPage(
        {QStringLiteral("organizations"), QStringLiteral("organizations"), tr("Organizations"),
         tr("Your customers' workspaces: members and their roles, sign-in rules and branding."),
         tr("Create organization"), tr("No organizations yet"),
         tr("Each customer of a multi-tenant app is an organization. Its members hold organization roles "
            "from the organization template."),
         tr("Select an organization to see its members and settings.")},
        m_model, m_editor);
    setColumnModes({QHeaderView::Stretch, QHeaderView::ResizeToContents, QHeaderView::ResizeToContents,
                    QHeaderView::ResizeToContents, QHeaderView::ResizeToContents});
    view()->setColumnHidden(3, true);

    connect(m_editor, &OrganizationEditor::saved, this,
            [this](const Organization &o) { m_model->upsert(o); });
    connect(m_editor, &OrganizationEditor::deleteRequested, this, &OrganizationsPage::deleteCurrent);
    connect(m_editor, &OrganizationEditor::membersChanged, this, &OrganizationsPage::refreshCounts);
}

void OrganizationsPage::activate()
{
    load(currentId());
}

bool OrganizationsPage::isLoading() const
{
    return MasterDetailPage::isLoading() || m_editor->isLoading();
}

void OrganizationsPage::load(const QString &selectId)
{
    const int generation = ++m_generation;
    if (!workspace()->hasTenant()) {
        m_model->setItems({});
        finishLoading({});
        emit loaded();
        return;
    }
    setLoading(true);
    workspace()
        ->track(workspace()->backend().organizations().list(workspace()->tenant().id, QString()))
        .then(this, [this, generation, selectId](Result<QList<Organization>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setLoading(false);
                MessageBox::showError(this, tr("Could not load the organizations."), result.error());
                emit loaded();
                return;
            }
            m_model->setItems(result.value());
            finishLoading(selectId);
            emit loaded();
        });
}

void OrganizationsPage::refreshCounts()
{
    const int generation = ++m_generation;
    workspace()
        ->track(workspace()->backend().organizations().list(workspace()->tenant().id, QString()))
        .then(this, [this, generation](Result<QList<Organization>> result) {
            if (generation != m_generation || !result.ok())
                return;
            for (const Organization &o : result.value()) {
                const int row = m_model->rowOfId(o.id);
                if (row < 0)
                    continue;
                Organization updated = m_model->at(row);
                updated.memberCount = o.memberCount;
                m_model->upsert(updated);
                if (o.id == m_editor->organization().id) {
                    Organization shown = m_editor->organization();
                    shown.memberCount = o.memberCount;
                    m_editor->setOrganization(shown);
                }
            }
        });
}

void OrganizationsPage::currentChanged(int sourceRow)
{
    m_editor->setOrganization(sourceRow < 0 ? Organization() : m_model->at(sourceRow));
}

bool OrganizationsPage::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    return MessageBox::question(
               this, tr("Unsaved changes"),
               tr("\"%1\" has unsaved changes. Discard them?").arg(m_editor->organization().name),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void OrganizationsPage::save()
{
    m_editor->save();
}

void OrganizationsPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateOrganizationDialog(this);
    connect(dialog, &CreateOrganizationDialog::submitted, this, [this, dialog] {
        const Organization draft = dialog->draft();
        dialog->setBusy(true);
        QPointer<CreateOrganizationDialog> guard(dialog);
        const QString tenantId = workspace()->tenant().id;
        workspace()
            ->track(workspace()->backend().organizations().create(tenantId, draft))
            .then(this, [this, guard, tenantId](Result<Organization> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not create the organization."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                if (tenantId == workspace()->tenant().id) {
                    Organization created = result.value();
                    if (created.memberCount < 0)
                        created.memberCount = 0;
                    m_model->upsert(created);
                    selectId(created.id);
                }
            });
    });
    dialog->open();
}

void OrganizationsPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Organization organization = m_model->at(row);
    const QString text =
        tr("Delete the organization \"%1\"?").arg(organization.name) + QLatin1Char('\n') +
        tr("Removed with it: %1 (the user accounts stay), its machine-to-machine apps' roles there, its "
           "invitations "
           "and its JIT settings. This cannot be undone.")
            .arg(organization.memberCount < 0    ? tr("its memberships")
                 : organization.memberCount == 1 ? tr("1 membership")
                                                 : tr("%1 memberships").arg(organization.memberCount));
    if (!MessageBox::confirmDestructive(this, tr("Delete organization"), text, tr("Delete organization"),
                                        workspace()->isProduction(), workspace()->productionName()))
        return;
    workspace()
        ->track(workspace()->backend().organizations().remove(workspace()->tenant().id, organization.id))
        .then(this, [this, organization](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete \"%1\".").arg(organization.name),
                                      result.error());
                return;
            }
            m_model->removeId(organization.id);
        });
}

} // namespace gatehouse::ui
