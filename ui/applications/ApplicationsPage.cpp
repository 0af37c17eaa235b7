#include "applications/ApplicationsPage.h"

#include "applications/ApplicationEditor.h"
#include "applications/CreateApplicationDialog.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/SecretDialog.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace gatehouse::ui {

ApplicationsPage::ApplicationsPage(Workspace *workspace, QWidget *parent)
    : MasterDetailPage(workspace, parent)
    , m_model(new ListModel<Application>([](const Application &a) { return a.id; }, this))
    , m_editor(new ApplicationEditor(workspace))
{
    setObjectName(QStringLiteral("applicationsPage"));
    using Column = ListModel<Application>::Column;
    m_model->setColumns({
        Column{tr("Name"),
               [](const Application &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return a.name;
                   if (role == Qt::ToolTipRole)
                       return a.description;
                   return {};
               }},
        Column{tr("Type"),
               [](const Application &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return Format::applicationType(a.type);
                   if (role == Qt::ToolTipRole)
                       return Format::applicationTypeHint(a.type);
                   return {};
               }},
        Column{tr("App ID"),
               [](const Application &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return a.id;
                   if (role == Qt::FontRole)
                       return style::monospace();
                   return {};
               }},
        Column{tr("Created"),
               [](const Application &a, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return Format::date(a.createdAt);
                   if (role == Qt::ToolTipRole)
                       return QString(Format::dateTime(a.createdAt) + QLatin1Char('\n') +
                                      Format::utc(a.createdAt));
                   return role == Qt::UserRole ? QVariant(a.createdAt) : QVariant();
               }},
    });
    buildPage({QStringLiteral("applications"), QStringLiteral("applications"), tr("Applications"),
               tr("Apps and services that sign users in or call your APIs."), tr("Create application"),
               tr("No applications yet"),
               tr("Register the web, mobile and server apps that sign users in, and the services that call "
                  "your APIs."),
               tr("Select an application to see its settings.")},
              m_model, m_editor);
    setColumnModes({QHeaderView::Stretch, QHeaderView::ResizeToContents, QHeaderView::Interactive,
                    QHeaderView::ResizeToContents});
    view()->horizontalHeader()->resizeSection(2, 110);
    view()->setTextElideMode(Qt::ElideMiddle);

    connect(m_editor, &ApplicationEditor::saved, this,
            [this](const Application &app) { m_model->upsert(app); });
    connect(m_editor, &ApplicationEditor::deleteRequested, this, &ApplicationsPage::deleteCurrent);
}

void ApplicationsPage::activate()
{
    load(currentId());
}

void ApplicationsPage::load(const QString &selectId)
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
        ->track(workspace()->backend().applications().list(workspace()->tenant().id))
        .then(this, [this, generation, selectId](Result<QList<Application>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setLoading(false);
                MessageBox::showError(this, tr("Could not load the applications."), result.error());
                emit loaded();
                return;
            }
            m_model->setItems(result.value());
            finishLoading(selectId);
            emit loaded();
        });
}

void ApplicationsPage::currentChanged(int sourceRow)
{
    if (sourceRow < 0)
        m_editor->clear();
    else
        m_editor->setApplication(m_model->at(sourceRow));
}

bool ApplicationsPage::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("\"%1\" has unsaved changes. Discard them?").arg(m_editor->application().name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void ApplicationsPage::save()
{
    m_editor->save();
}

void ApplicationsPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateApplicationDialog(this);
    connect(dialog, &CreateApplicationDialog::submitted, this, [this, dialog] {
        const Application draft = dialog->draft();
        dialog->setBusy(true);
        QPointer<CreateApplicationDialog> guard(dialog);
        const QString tenantId = workspace()->tenant().id;
        workspace()
            ->track(workspace()->backend().applications().create(tenantId, draft))
            .then(this, [this, guard, tenantId](Result<Application> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not create the application."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                const Application created = result.value();
                if (tenantId == workspace()->tenant().id) {
                    Application listed = created;
                    listed.secret.clear();
                    m_model->upsert(listed);
                    selectId(created.id);
                }
                if (!created.secret.isEmpty()) {
                    auto *shown = new SecretDialog(tr("Application created"), tr("Default secret"),
                                                   created.secret, this);
                    shown->open();
                }
            });
    });
    dialog->open();
}

void ApplicationsPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Application app = m_model->at(row);
    QString consequences = tr("Sign-ins and tokens through \"%1\" stop working.").arg(app.name);
    if (applicationTypeHasSecrets(app.type))
        consequences += QLatin1Char(' ') + tr("Its secrets are deleted with it.");
    if (app.type == ApplicationType::MachineToMachine)
        consequences += QLatin1Char(' ') + tr("Its role assignments are removed.");
    const bool confirmed = MessageBox::confirmDestructive(
        this, tr("Delete application"),
        tr("Delete the application \"%1\" (%2)?").arg(app.name, Format::applicationType(app.type)) +
            QLatin1Char('\n') + consequences + QLatin1Char('\n') + tr("This cannot be undone."),
        tr("Delete application"), workspace()->isProduction(), workspace()->productionName());
    if (!confirmed)
        return;
    workspace()
        ->track(workspace()->backend().applications().remove(workspace()->tenant().id, app.id))
        .then(this, [this, app](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete \"%1\".").arg(app.name), result.error());
                return;
            }
            m_model->removeId(app.id);
        });
}

} // namespace gatehouse::ui
