#pragma once

#include "local/LocalSql.h"
#include "model/SsoConnector.h"

namespace gatehouse::local::ssorows {

// Reading SSO connectors (worker-thread code), shared by LocalSsoConnectors and the access
// snapshot. The client secret is never read: clientSecretSet tells whether one is stored.

/// Every connector of the tenant with its domains, oldest first.
QList<SsoConnector> list(SqlSession &s, const QString &tenantId);
/// One connector; throws NotFound.
SsoConnector require(SqlSession &s, const QString &tenantId, const QString &id);

} // namespace gatehouse::local::ssorows
