#include "resources/ResourcesPage.h"

#include "common/Format.h"
#include "resources/CreateResourceDialog.h"
#include "resources/ResourceEditor.h"

#include <QHeaderView>

namespace gatehouse::ui {

ResourcesPage::ResourcesPage(Workspace *workspace, QWidget *parent)
    : ListPage(workspace, new ResourceEditor(workspace),
               {ChangeArea::Resources,
                [](Backend &backend, const QString &tenantId) { return backend.resources().list(tenantId); },
                tr("Could not load the API resources.")},
               parent)
{
    setObjectName(QStringLiteral("resourcesPage"));
    using Model = ListModel<Resource>;
    model()->setColumns({
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
              model(), editor());
    setCreateOperation(Operation::ResourcesCreate);
    setColumnModes({QHeaderView::ResizeToContents, QHeaderView::Stretch, QHeaderView::ResizeToContents});
}

void ResourcesPage::itemSaved(const Resource &resource)
{
    if (resource.isDefault)
        reload(resource.id); // the previous default lost its flag
    else
        model()->upsert(resource);
}

void ResourcesPage::createNew()
{
    createWith<CreateResourceDialog>(
        [](Backend &backend, const QString &tenantId, const CreateResourceDialog &dialog) {
            return backend.resources().create(tenantId, dialog.draft());
        },
        tr("Could not create the API resource."));
}

void ResourcesPage::confirmDelete(const Resource &resource)
{
    const int scopes = resource.id == editor()->resource().id ? editor()->scopeCount() : -1;
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
        workspace()->confirmDestructive(this, tr("Delete API resource"), text, tr("Delete API resource"));
    if (!confirmed)
        return;
    deleteItem(resource, resource.name,
               workspace()->backend().resources().remove(workspace()->tenant().id, resource.id));
}

} // namespace gatehouse::ui
