#include "local/LocalCommon.h"

namespace gatehouse::local {

TenantTag requireTenant(SqlSession &s, const QString &tenantId)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT tag FROM tenants WHERE id = ?"), {tenantId});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Tenant"), tenantId)};
    TenantTag tag = TenantTag::Development;
    parseTenantTag(q.value(0).toString(), &tag);
    return tag;
}

} // namespace gatehouse::local
