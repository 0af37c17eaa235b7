#include "applications/ApplicationsPage.h"

#include "applications/ApplicationEditor.h"
#include "applications/CreateApplicationDialog.h"
#include "common/Format.h"
#include "common/SecretDialog.h"

#include <QHeaderView>
#include <QTableView>

namespace gatehouse::ui {

ApplicationsPage::ApplicationsPage(Workspace *workspace, QWidget *parent)
    : ListPage(
          workspace, new ApplicationEditor(workspace),
          {ChangeArea::Applications,
           [](Backend &backend, const QString &tenantId) { return backend.applications().list(tenantId); },
           tr("Could not load the applications.")},
          parent)
{
    setObjectName(QStringLiteral("applicationsPage"));
    using Model = ListModel<Application>;
    model()->setColumns({
        Model::Column::text(tr("Name"), &Application::name, Model::Plain, &Application::description),
        Model::Column::text(
            tr("Type"), [](const Application &a) { return Format::applicationType(a.type); }, Model::Plain,
            [](const Application &a) { return Format::applicationTypeHint(a.type); }),
        Model::Column::text(tr("App ID"), &Application::id, Model::Monospace),
        Model::Column::date(tr("Created"), &Application::createdAt),
    });
    buildPage({QStringLiteral("applications"), QStringLiteral("applications"), tr("Applications"),
               tr("Apps and services that sign users in or call your APIs."), tr("Create application"),
               tr("No applications yet"),
               tr("Register the web, mobile and server apps that sign users in, and the services that call "
                  "your APIs."),
               tr("Select an application to see its settings.")},
              model(), editor());
    setCreateOperation(Operation::ApplicationsCreate);
    setColumnModes({QHeaderView::Stretch, QHeaderView::ResizeToContents, QHeaderView::Interactive,
                    QHeaderView::ResizeToContents});
    view()->horizontalHeader()->resizeSection(2, 110);
    view()->setTextElideMode(Qt::ElideMiddle);
}

void ApplicationsPage::createNew()
{
    createWith<CreateApplicationDialog>(
        [](Backend &backend, const QString &tenantId, const CreateApplicationDialog &dialog) {
            return backend.applications().create(tenantId, dialog.draft());
        },
        tr("Could not create the application."),
        [this](const Application &created) {
            if (created.secret.isEmpty())
                return;
            auto *shown =
                new SecretDialog(tr("Application created"), tr("Default secret"), created.secret, this);
            shown->open();
        },
        [](Application listed) {
            listed.secret.clear();
            return listed;
        });
}

void ApplicationsPage::confirmDelete(const Application &app)
{
    QString consequences = tr("Sign-ins and tokens through \"%1\" stop working.").arg(app.name);
    if (applicationTypeHasSecrets(app.type))
        consequences += QLatin1Char(' ') + tr("Its secrets are deleted with it.");
    if (app.type == ApplicationType::MachineToMachine)
        consequences += QLatin1Char(' ') + tr("Its role assignments are removed.");
    const bool confirmed = workspace()->confirmDestructive(
        this, tr("Delete application"),
        tr("Delete the application \"%1\" (%2)?").arg(app.name, Format::applicationType(app.type)) +
            QLatin1Char('\n') + consequences + QLatin1Char('\n') + tr("This cannot be undone."),
        tr("Delete application"));
    if (!confirmed)
        return;
    deleteItem(app, app.name, workspace()->backend().applications().remove(workspace()->tenant().id, app.id));
}

} // namespace gatehouse::ui
