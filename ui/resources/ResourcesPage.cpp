#include "resources/ResourcesPage.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "resources/CreateResourceDialog.h"
#include "resources/ResourceEditor.h"

#include <QHeaderView>

namespace gatehouse::ui {

ResourcesPage::ResourcesPage(Workspace *workspace, QWidget *parent)
    : MasterDetailPage(workspace, parent)
    , m_model(new ListModel<Resource>([](const Resource &r) { return r.id; }, this))
    , m_editor(new ResourceEditor(workspace))
{
    setObjectName(QStringLiteral("resourcesPage"));
    using Model = ListModel<Resource>;
    m_model->setColumns({
        Model::Column{tr("Name"),
                      [](const Resource &r, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return r.isDefault ? tr("%1 (default)").arg(r.name) : r.name;
                          return role == Qt::UserRole ? QVariant(r.name) : QVariant();
                      }},
        Model::Column::text(tr("Indicator"), &Resource::indicator, Model::TextToolTip | Model::Monospace),
        Model::Column{tr("Token lifetime"),
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
            reload(resource.id); // the previous default lost its flag
        else
            m_model->upsert(resource);
    });
}

void ResourcesPage::fetch()
{
    loadItems(m_model, workspace()->backend().resources().list(workspace()->tenant().id),
              tr("Could not load the API resources."));
}

bool ResourcesPage::concerns(const Change &change) const
{
    return change.area == ChangeArea::Resources;
}

void ResourcesPage::currentChanged(int sourceRow)
{
    m_editor->setResource(sourceRow < 0 ? Resource() : m_model->at(sourceRow));
}

void ResourcesPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateResourceDialog(this);
    openCreateDialog(
        dialog,
        [this, dialog](const QString &tenantId) {
            return workspace()->backend().resources().create(tenantId, dialog->draft());
        },
        tr("Could not create the API resource."),
        [this](const Resource &created, bool sameTenant) {
            if (sameTenant)
                showCreated(m_model, created);
        });
}

void ResourcesPage::deleteCurrent()
{
    const std::optional<Resource> current = currentItem(m_model);
    if (!current)
        return;
    const Resource resource = *current;
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
    removeItem(m_model, workspace()->backend().resources().remove(workspace()->tenant().id, resource.id),
               resource.id, resource.name);
}

} // namespace gatehouse::ui
