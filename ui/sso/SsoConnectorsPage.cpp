#include "sso/SsoConnectorsPage.h"

#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "model/SsoValidation.h"
#include "sso/CreateSsoConnectorDialog.h"
#include "sso/SsoConnectorEditor.h"
#include "sso/SsoText.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace gatehouse::ui {

SsoConnectorsPage::SsoConnectorsPage(Workspace *workspace, QWidget *parent)
    : MasterDetailPage(workspace, parent)
    , m_model(new ListModel<SsoConnector>([](const SsoConnector &c) { return c.id; }, this))
    , m_editor(new SsoConnectorEditor(workspace))
{
    setObjectName(QStringLiteral("ssoPage"));
    using Column = ListModel<SsoConnector>::Column;
    m_model->setColumns({
        Column{tr("Name"),
               [](const SsoConnector &c, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(c.connectorName)
                                                                          : QVariant();
               }},
        Column{tr("Provider"),
               [](const SsoConnector &c, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole
                              ? QVariant(SsoText::providerLabel(c.providerName))
                              : QVariant();
               }},
        Column{tr("Domains"),
               [](const SsoConnector &c, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return c.domains.isEmpty() ? tr("—") : c.domains.join(QStringLiteral(", "));
                   if (role == Qt::ToolTipRole)
                       return c.domains.join(QLatin1Char('\n'));
                   return {};
               }},
        Column{tr("Status"),
               [](const SsoConnector &c, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return SsoText::completeness(c);
                   if (role == Qt::ToolTipRole)
                       return sso::isConfigComplete(c)
                                  ? tr("Sign-in can be routed to this connector.")
                                  : tr("The connection details are incomplete: sign-in is not routed here.");
                   if (role == Qt::ForegroundRole && !sso::isConfigComplete(c))
                       return QColor(0x8a, 0x5a, 0x00);
                   return {};
               }},
    });
    buildPage({QStringLiteral("sso"), QStringLiteral("sso"), tr("Enterprise SSO"),
               tr("Customers' identity providers (OIDC and SAML) and the email domains they sign in."),
               tr("Add connector"), tr("No SSO connectors yet"),
               tr("Connect an enterprise customer's identity provider (Okta, Microsoft Entra ID, Google "
                  "Workspace or any OIDC or SAML provider) and claim their email domains."),
               tr("Select a connector to see its configuration.")},
              m_model, m_editor);
    setColumnModes({QHeaderView::ResizeToContents, QHeaderView::ResizeToContents, QHeaderView::Stretch,
                    QHeaderView::ResizeToContents});

    connect(m_editor, &SsoConnectorEditor::saved, this,
            [this](const SsoConnector &connector) { m_model->upsert(connector); });
    connect(m_editor, &SsoConnectorEditor::deleteRequested, this, &SsoConnectorsPage::deleteCurrent);
}

void SsoConnectorsPage::activate()
{
    load(currentId());
}

void SsoConnectorsPage::load(const QString &selectId)
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
        ->track(workspace()->backend().ssoConnectors().list(workspace()->tenant().id))
        .then(this, [this, generation, selectId](Result<QList<SsoConnector>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setLoading(false);
                MessageBox::showError(this, tr("Could not load the SSO connectors."), result.error());
                emit loaded();
                return;
            }
            m_model->setItems(result.value());
            finishLoading(selectId);
            emit loaded();
        });
}

void SsoConnectorsPage::currentChanged(int sourceRow)
{
    m_editor->setConnector(sourceRow < 0 ? SsoConnector() : m_model->at(sourceRow));
}

bool SsoConnectorsPage::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    return MessageBox::question(
               this, tr("Unsaved changes"),
               tr("\"%1\" has unsaved changes. Discard them?").arg(m_editor->connector().connectorName),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void SsoConnectorsPage::save()
{
    m_editor->save();
}

void SsoConnectorsPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateSsoConnectorDialog(this);
    connect(dialog, &CreateSsoConnectorDialog::submitted, this, [this, dialog] {
        const SsoConnector draft = dialog->draft();
        dialog->setBusy(true);
        QPointer<CreateSsoConnectorDialog> guard(dialog);
        const QString tenantId = workspace()->tenant().id;
        workspace()
            ->track(workspace()->backend().ssoConnectors().create(tenantId, draft))
            .then(this, [this, guard, tenantId](Result<SsoConnector> result) {
                if (guard)
                    guard->setBusy(false);
                if (!result.ok()) {
                    const ErrorCode code = result.error().code();
                    if (guard && (code == ErrorCode::Validation || code == ErrorCode::AlreadyExists))
                        guard->showError(result.error());
                    else
                        MessageBox::showError(this, tr("Could not add the connector."), result.error());
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

void SsoConnectorsPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const SsoConnector connector = m_model->at(row);
    // The organizations whose JIT names this connector: the access snapshot lists every
    // organization with an SSO JIT link, whatever the email.
    const QString probe =
        QStringLiteral("someone@") + connector.domains.value(0, QStringLiteral("example.com"));
    workspace()
        ->track(workspace()->backend().signInExperience().accessSnapshot(workspace()->tenant().id, probe))
        .then(this, [this, connector](Result<AccessSnapshot> result) {
            QStringList names;
            if (result.ok()) {
                for (const Organization &o : std::as_const(result->organizations)) {
                    if (result->jit.value(o.id).ssoConnectorIds.contains(connector.id))
                        names.append(o.name);
                }
            }
            confirmDelete(connector, names, result.ok());
        });
}

void SsoConnectorsPage::confirmDelete(const SsoConnector &connector, const QStringList &jitOrganizations,
                                      bool known)
{
    QString text = tr("Delete the SSO connector \"%1\"?").arg(connector.connectorName) + QLatin1Char('\n');
    if (!connector.domains.isEmpty())
        text += tr("People at %1 will no longer be sent to it.")
                    .arg(connector.domains.join(QStringLiteral(", "))) +
                QLatin1Char(' ');
    if (!known)
        text += tr("Organizations whose just-in-time provisioning uses it lose that link.");
    else if (jitOrganizations.isEmpty())
        text += tr("No organization's just-in-time provisioning uses it.");
    else
        text += tr("Just-in-time provisioning of these organizations uses it and loses that link: %1.")
                    .arg(jitOrganizations.join(QStringLiteral(", ")));
    text += QLatin1Char(' ') + tr("This cannot be undone.");
    const bool confirmed =
        MessageBox::confirmDestructive(this, tr("Delete SSO connector"), text, tr("Delete connector"),
                                       workspace()->isProduction(), workspace()->productionName());
    if (!confirmed)
        return;
    workspace()
        ->track(workspace()->backend().ssoConnectors().remove(workspace()->tenant().id, connector.id))
        .then(this, [this, connector](Result<Done> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not delete \"%1\".").arg(connector.connectorName),
                                      result.error());
                return;
            }
            m_model->removeId(connector.id);
        });
}

} // namespace gatehouse::ui
