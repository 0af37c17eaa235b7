#include "resources/ResourcesPage.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "resources/CreateResourceDialog.h"
#include "resources/ResourceEditor.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace gatehouse::ui {

ResourcesPage::ResourcesPage(Workspace *workspace, QWidget *parent)
    : MasterDetailPage(workspace, parent)
    , m_model(new ListModel<Resource>([](const Resource &r) { return r.id; }, this))
    , m_editor(new ResourceEditor(workspace))
{
    setObjectName(QStringLiteral("resourcesPage"));
    using Column = ListModel<Resource>::Column;
    m_model->setColumns({
        Column{tr("Name"),
               [](const Resource &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return r.isDefault ? tr("%1 (default)").arg(r.name) : r.name;
                   return role == Qt::UserRole ? QVariant(r.name) : QVariant();
               }},
        Column{tr("Indicator"),
               [](const Resource &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return r.indicator;
                   if (role == Qt::FontRole)
                       return style::monospace();
                   return {};
               }},
        Column{tr("Token lifetime"),
               [](const Resource &r, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return Format::duration(r.accessTokenTtl);
                   return role == Qt::UserRole ? QVariant(r.accessTokenTtl) : QVariant();
               }},
    });
    buildPage({QStringLiteral("resources"), QStringLiteral("resources"), tr("API resources"),
               tr("Your APIs and the permissions their access tokens can carry."), tr("Create API resource"),
               tr("No API resources yet"),
               tr("Register each API that accepts access tokens, then define its permissions (scopes)."),
               tr("Select an API resource to see its settings and permissions.")},
              m_model, m_editor);
    setColumnModes({QHeaderView::ResizeToContents, QHeaderView::Stretch, QHeaderView::ResizeToContents});

    connect(m_editor, &ResourceEditor::saved, this, [this](const Resource &resource) {
        if (resource.isDefault)
            load(resource.id); // the previous default lost its flag
        else
            m_model->upsert(resource);
    });
    connect(m_editor, &ResourceEditor::deleteRequested, this, &ResourcesPage::deleteCurrent);
}

void ResourcesPage::activate()
{
    load(currentId());
}

void ResourcesPage::load(const QString &selectId)
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
        ->track(workspace()->backend().resources().list(workspace()->tenant().id))
        .then(this, [this, generation, selectId](Result<QList<Resource>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setLoading(false);
                MessageBox::showError(this, tr("Could not load the API resources."), result.error());
                emit loaded();
                return;
            }
            m_model->setItems(result.value());
            finishLoading(selectId);
            emit loaded();
        });
}

void ResourcesPage::currentChanged(int sourceRow)
{
    m_editor->setResource(sourceRow < 0 ? Resource() : m_model->at(sourceRow));
}

bool ResourcesPage::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    return MessageBox::question(
               this, tr("Unsaved changes"),
               tr("\"%1\" has unsaved changes. Discard them?").arg(m_editor->resource().name),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void ResourcesPage::save()
{
    m_editor->save();
}

void ResourcesPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateResourceDialog(this);
    connect(dialog, &CreateResourceDialog::submitted, this, [this, dialog] {
        const Resource draft = dialog->draft();
        dialog->setBusy(true);
        QPointer<CreateResourceDialog> guard(dialog);
        const QString tenantId = workspace()->tenant().id;
        workspace()
            ->track(workspace()->backend().resources().create(tenantId, draft))
            .then(this, [this, guard, tenantId](Result<Resource> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not create the API resource."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                if (tenantId == workspace()->tenant().id) {
                    m_model->upsert(result.value());
                    selectId(result->id);
                }
            });
    });
    dialog->open();
}

void ResourcesPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Resource resource = m_model->at(row);
    const int scopes = resource.id == m_editor->resource().id ? m_editor->scopeCount() : -1;
    QString text =
        tr("Delete the API resource \"%1\" (%2)?").arg(resource.name, resource.indicator) + QLatin1Char('\n');
    if (scopes == 1)
        text += tr("Its one permission is deleted with it, and every role loses its grant of it.");
    else if (scopes > 1)
        text += tr("Its %1 permissions are deleted with it, and every role loses its grants of them.")
                    .arg(scopes);
    else if (scopes == 0)
        text += tr("It has no permissions.");
    else
        text += tr("Its permissions are deleted with it, and every role loses its grants of them.");
    text += QLatin1Char(' ') + tr("Clients can no longer request tokens for it. This cannot be undone.");
    const bool confirmed =
        MessageBox::confirmDestructive(this, tr("Delete API resource"), text, tr("Delete API resource"),
                                       workspace()->isProduction(), workspace()->productionName());
    if (!confirmed)
        return;
    workspace()
        ->track(workspace()->backend().resources().remove(workspace()->tenant().id, resource.id))
        .then(this, [this, resource](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete \"%1\".").arg(resource.name),
                                      result.error());
                return;
            }
            m_model->removeId(resource.id);
        });
}

} // namespace gatehouse::ui
