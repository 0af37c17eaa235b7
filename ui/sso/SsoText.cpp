#include "sso/SsoText.h"

#include "model/SsoValidation.h"

namespace gatehouse::ui {

QString SsoText::providerLabel(SsoProvider provider)
{
    switch (provider) {
    case SsoProvider::OIDC:
        return tr("OpenID Connect");
    case SsoProvider::SAML:
        return tr("SAML");
    case SsoProvider::AzureAD:
        return tr("Microsoft Entra ID (SAML)");
    case SsoProvider::AzureAdOidc:
        return tr("Microsoft Entra ID (OIDC)");
    case SsoProvider::GoogleWorkspace:
        return tr("Google Workspace");
    case SsoProvider::Okta:
        return tr("Okta");
    }
    return ssoProviderName(provider);
}

QString SsoText::providerHint(SsoProvider provider)
{
    switch (provider) {
    case SsoProvider::OIDC:
        return tr("Any OpenID Connect identity provider: issuer URL, client ID and client secret.");
    case SsoProvider::SAML:
        return tr("Any SAML 2.0 identity provider: its metadata, or entity ID, sign-on URL and certificate.");
    case SsoProvider::AzureAD:
        return tr("Microsoft Entra ID (formerly Azure AD) over SAML: use the app's federation metadata.");
    case SsoProvider::AzureAdOidc:
        return tr("Microsoft Entra ID (formerly Azure AD) over OpenID Connect: an app registration's "
                  "issuer, client ID and secret.");
    case SsoProvider::GoogleWorkspace:
        return tr("Google Workspace accounts: an OAuth client of the customer's Google Cloud project.");
    case SsoProvider::Okta:
        return tr("Okta over OpenID Connect: the Okta organization URL and an app integration's client.");
    }
    return {};
}

QString SsoText::completeness(const SsoConnector &connector)
{
    return sso::isConfigComplete(connector) ? tr("Complete") : tr("Incomplete");
}

QList<FieldError> SsoText::foldDomainErrors(const QList<FieldError> &errors)
{
    QList<FieldError> folded;
    for (FieldError e : errors) {
        if (e.field.startsWith(QLatin1String("domains[")))
            e.field = QStringLiteral("domains");
        folded.append(e);
    }
    return folded;
}

} // namespace gatehouse::ui
