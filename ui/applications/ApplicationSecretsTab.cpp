#include "applications/ApplicationSecretsTab.h"

#include "applications/CreateSecretDialog.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/SecretDialog.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

ApplicationSecretsTab::ApplicationSecretsTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<ApplicationSecret>([](const ApplicationSecret &s) { return s.name; }, this))
    , m_view(new QTableView)
    , m_create(new QPushButton(tr("Create secret…")))
    , m_delete(new QPushButton(tr("Delete secret…")))
    , m_empty(style::subtitleLabel(tr("This application has no secrets. Create one to let it authenticate.")))
{
    using Column = ListModel<ApplicationSecret>::Column;
    m_model->setColumns({
        Column{tr("Name"),
               [](const ApplicationSecret &s, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(s.name) : QVariant();
               }},
        Column{tr("Value"),
               [](const ApplicationSecret &s, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return s.maskedValue;
                   if (role == Qt::FontRole)
                       return style::monospace();
                   return {};
               }},
        Column{tr("Created"),
               [](const ApplicationSecret &s, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return Format::dateTime(s.createdAt);
                   if (role == Qt::ToolTipRole)
                       return Format::utc(s.createdAt);
                   return role == Qt::UserRole ? QVariant(s.createdAt) : QVariant();
               }},
        Column{tr("Expires"),
               [](const ApplicationSecret &s, int role) -> QVariant {
                   const bool expired = s.expiresAt && *s.expiresAt < QDateTime::currentMSecsSinceEpoch();
                   if (role == Qt::DisplayRole) {
                       if (!s.expiresAt)
                           return tr("Never");
                       return expired ? tr("Expired %1").arg(Format::dateTime(*s.expiresAt))
                                      : Format::dateTime(*s.expiresAt);
                   }
                   if (role == Qt::ForegroundRole && expired)
                       return style::danger;
                   if (role == Qt::ToolTipRole && s.expiresAt)
                       return Format::utc(*s.expiresAt);
                   return role == Qt::UserRole ? QVariant(s.expiresAt.value_or(0)) : QVariant();
               }},
    });
    m_view->setObjectName(QStringLiteral("secretsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_create->setObjectName(QStringLiteral("createSecretTabButton"));
    m_delete->setObjectName(QStringLiteral("deleteSecretButton"));
    m_empty->setObjectName(QStringLiteral("secretsEmptyLabel"));
    style::makeDanger(m_delete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::subtitleLabel(tr(
        "Confidential clients prove who they are with a secret. Values are shown only once, when created.")));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_create, &QPushButton::clicked, this, &ApplicationSecretsTab::createSecret);
    connect(m_delete, &QPushButton::clicked, this, &ApplicationSecretsTab::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationSecretsTab::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ApplicationSecretsTab::deleteSelected);
    updateButtons();
}

void ApplicationSecretsTab::setApplication(const Application &app)
{
    m_app = app;
    m_model->setItems({});
    load();
}

void ApplicationSecretsTab::load()
{
    const int generation = ++m_generation;
    updateButtons();
    if (m_app.id.isEmpty())
        return;
    m_workspace->track(m_workspace->backend().applications().secrets(m_workspace->tenant().id, m_app.id))
        .then(this, [this, generation](Result<QList<ApplicationSecret>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the secrets of \"%1\".").arg(m_app.name),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnsToContents();
            updateButtons();
        });
}

void ApplicationSecretsTab::updateButtons()
{
    const bool hasApp = !m_app.id.isEmpty();
    m_create->setEnabled(hasApp);
    m_delete->setEnabled(hasApp && m_view->selectionModel()->hasSelection());
    m_empty->setVisible(hasApp && m_model->count() == 0);
}

void ApplicationSecretsTab::createSecret()
{
    if (m_app.id.isEmpty())
        return;
    auto *dialog = new CreateSecretDialog(m_app.name, this);
    const Application app = m_app;
    connect(dialog, &CreateSecretDialog::submitted, this, [this, dialog, app] {
        dialog->setBusy(true);
        QPointer<CreateSecretDialog> guard(dialog);
        m_workspace
            ->track(m_workspace->backend().applications().createSecret(m_workspace->tenant().id, app.id,
                                                                       dialog->name(), dialog->expiresAt()))
            .then(this, [this, guard, app](Result<ApplicationSecret> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not create the secret."), result.error());
                    return;
                }
                if (guard)
                    guard->accept();
                auto *shown = new SecretDialog(tr("New secret for %1").arg(app.name), result->name,
                                               result->value, this);
                shown->open();
                if (app.id == m_app.id)
                    load();
            });
    });
    dialog->open();
}

void ApplicationSecretsTab::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_app.id.isEmpty())
        return;
    const ApplicationSecret secret = m_model->at(rows.first().row());
    const bool confirmed = MessageBox::confirmDestructive(
        this, tr("Delete secret"),
        tr("Delete the secret \"%1\" of \"%2\"? Services that still use it can no longer get tokens.")
            .arg(secret.name, m_app.name),
        tr("Delete secret"), m_workspace->isProduction(), m_workspace->productionName());
    if (!confirmed)
        return;
    const QString appId = m_app.id;
    m_workspace
        ->track(
            m_workspace->backend().applications().deleteSecret(m_workspace->tenant().id, appId, secret.name))
        .then(this, [this, secret, appId](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete the secret \"%1\".").arg(secret.name),
                                      result.error());
                return;
            }
            if (appId == m_app.id)
                m_model->removeId(secret.name);
            updateButtons();
        });
}

} // namespace gatehouse::ui
