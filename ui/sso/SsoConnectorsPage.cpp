#include "sso/SsoConnectorsPage.h"

#include "model/SsoValidation.h"
#include "sso/CreateSsoConnectorDialog.h"
#include "sso/SsoConnectorEditor.h"
#include "sso/SsoText.h"

#include <QHeaderView>

namespace gatehouse::ui {

SsoConnectorsPage::SsoConnectorsPage(Workspace *workspace, QWidget *parent)
    : ListPage(
          workspace, new SsoConnectorEditor(workspace),
          {ChangeArea::SsoConnectors,
           [](Backend &backend, const QString &tenantId) { return backend.ssoConnectors().list(tenantId); },
           tr("Could not load the SSO connectors.")},
          parent)
{
    setObjectName(QStringLiteral("ssoPage"));
    using Model = ListModel<SsoConnector>;
    model()->setColumns({
        Model::Column::text(tr("Name"), &SsoConnector::connectorName),
        Model::Column::text(tr("Provider"),
                            [](const SsoConnector &c) { return SsoText::providerLabel(c.providerName); }),
        Model::Column::text(
            tr("Domains"),
            [](const SsoConnector &c) {
                return c.domains.isEmpty() ? tr("—") : c.domains.join(QStringLiteral(", "));
            },
            Model::Plain, [](const SsoConnector &c) { return c.domains.join(QLatin1Char('\n')); }),
        Model::Column{
            tr("Status"),
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
              model(), editor());
    setCreateOperation(Operation::SsoConnectorsCreate);
    setColumnModes({QHeaderView::ResizeToContents, QHeaderView::ResizeToContents, QHeaderView::Stretch,
                    QHeaderView::ResizeToContents});
}

void SsoConnectorsPage::createNew()
{
    createWith<CreateSsoConnectorDialog>(
        [](Backend &backend, const QString &tenantId, const CreateSsoConnectorDialog &dialog) {
            return backend.ssoConnectors().create(tenantId, dialog.draft());
        },
        tr("Could not add the connector."));
}

void SsoConnectorsPage::confirmDelete(const SsoConnector &connector)
{
    // The organizations whose JIT names this connector: the access snapshot lists every
    // organization with an SSO JIT link, whatever the email.
    const QString probe =
        QStringLiteral("someone@") + connector.domains.value(0, QStringLiteral("example.com"));
    workspace()->run(
        workspace()->backend().signInExperience().accessSnapshot(workspace()->tenant().id, probe), this,
        QString(),
        [this, connector](const AccessSnapshot &snapshot) {
            QStringList names;
            for (const Organization &o : snapshot.organizations) {
                if (snapshot.jit.value(o.id).ssoConnectorIds.contains(connector.id))
                    names.append(o.name);
            }
            ask(connector, names, true);
        },
        [this, connector](const Error &) { ask(connector, {}, false); });
}

void SsoConnectorsPage::ask(const SsoConnector &connector, const QStringList &jitOrganizations, bool known)
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
        workspace()->confirmDestructive(this, tr("Delete SSO connector"), text, tr("Delete connector"));
    if (!confirmed)
        return;
    deleteItem(connector, connector.connectorName,
               workspace()->backend().ssoConnectors().remove(workspace()->tenant().id, connector.id));
}

} // namespace gatehouse::ui
