#include "applications/ApplicationSecretsTab.h"

#include "applications/CreateSecretDialog.h"
#include "common/SecretDialog.h"

#include <QDateTime>
#include <QTableView>

namespace gatehouse::ui {

ApplicationSecretsTab::ApplicationSecretsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::Immediately,
                  {[](Backend &backend, const QString &tenantId, const Application &app) {
                       return backend.applications().secrets(tenantId, app.id);
                   },
                   tr("Could not load the secrets of \"%1\"."),
                   [](const ApplicationSecret &s) {
                       return s.name;
                   }},
                  parent)
{
    using Model = ListModel<ApplicationSecret>;
    model()->setColumns({
        Model::Column::text(tr("Name"), &ApplicationSecret::name),
        Model::Column::text(tr("Value"), &ApplicationSecret::maskedValue, Model::Monospace),
        Model::Column::time(tr("Created"), &ApplicationSecret::createdAt),
        Model::Column{tr("Expires"),
                      [](const ApplicationSecret &s, int role) -> QVariant {
                          const bool expired =
                              s.expiresAt && *s.expiresAt < QDateTime::currentMSecsSinceEpoch();
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
    setTexts(QStringLiteral("secretsTable"),
             tr("Confidential clients prove who they are with a secret. Values are shown only once, when "
                "created."),
             QStringLiteral("secretsEmptyLabel"),
             tr("This application has no secrets. Create one to let it authenticate."));
    addButton(tr("Create secret…"), QStringLiteral("createSecretTabButton"), Needs::Subject, Side::Leading,
              &ApplicationSecretsTab::createSecret, Operation::ApplicationsCreateSecret);
    style::makeDanger(addButton(tr("Delete secret…"), QStringLiteral("deleteSecretButton"), Needs::Selection,
                                Side::Leading, &ApplicationSecretsTab::deleteSelected,
                                Operation::ApplicationsDeleteSecret));
    setDeleteAction(&ApplicationSecretsTab::deleteSelected);
}

bool ApplicationSecretsTab::concerns(const Change &change) const
{
    return change.area == ChangeArea::Applications && change.id == subject().id;
}

void ApplicationSecretsTab::listLoaded()
{
    view()->resizeColumnsToContents();
}

void ApplicationSecretsTab::createSecret()
{
    if (!hasSubject())
        return;
    auto *dialog = new CreateSecretDialog(subject().name, this);
    const Application app = subject();
    connect(dialog, &CreateSecretDialog::submitted, this, [this, dialog, app] {
        submitDialog(workspace(), dialog,
                     workspace()->backend().applications().createSecret(tenantId(), app.id, dialog->name(),
                                                                        dialog->expiresAt()),
                     this, tr("Could not create the secret."), [this, app](const ApplicationSecret &secret) {
                         auto *shown = new SecretDialog(tr("New secret for %1").arg(app.name), secret.name,
                                                        secret.value, this);
                         shown->open();
                         reloadFor(app.id);
                     });
    });
    dialog->open();
}

void ApplicationSecretsTab::deleteSelected()
{
    const std::optional<ApplicationSecret> secret = selected();
    if (!secret || !hasSubject())
        return;
    if (!workspace()->confirmDestructive(
            this, tr("Delete secret"),
            tr("Delete the secret \"%1\" of \"%2\"? Services that still use it can no longer get tokens.")
                .arg(secret->name, subject().name),
            tr("Delete secret")))
        return;
    removeOnSuccess(
        workspace()->backend().applications().deleteSecret(tenantId(), subject().id, secret->name),
        secret->name, tr("Could not delete the secret \"%1\".").arg(secret->name));
}

} // namespace gatehouse::ui
