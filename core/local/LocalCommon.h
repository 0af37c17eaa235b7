#pragma once

#include "local/LocalSql.h"
#include "model/Tenant.h"

#include <QCoreApplication>

namespace gatehouse::local {

// Helpers shared by the Local* area implementations (worker-thread code only).

inline QString ltr(const char *text)
{
    return QCoreApplication::translate("gatehouse::local", text);
}

/// The tag of `tenantId`; throws NotFound if the tenant does not exist.
TenantTag requireTenant(SqlSession &s, const QString &tenantId);

} // namespace gatehouse::local
