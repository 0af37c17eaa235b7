#pragma once

#include "backend/Error.h"
#include "model/SsoConnector.h"

#include <QCoreApplication>

namespace gatehouse::ui {

/// Texts for people about SSO connectors, shared by the SSO page, its dialogs and the explainer.
class SsoText
{
    Q_DECLARE_TR_FUNCTIONS(SsoText)

public:
    /// "OpenID Connect", "Microsoft Entra ID (SAML)", …
    static QString providerLabel(SsoProvider provider);
    /// One line telling what the provider is for.
    static QString providerHint(SsoProvider provider);
    /// "Complete" or "Incomplete" (sign-in is routed only to complete connectors).
    static QString completeness(const SsoConnector &connector);
    /// Field errors with "domains[N]" folded into "domains" (the messages name the domain).
    static QList<FieldError> foldDomainErrors(const QList<FieldError> &errors);
};

} // namespace gatehouse::ui
