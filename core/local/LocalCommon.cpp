#include "local/LocalCommon.h"

namespace gatehouse::local {

void throwIfInvalid(const QList<FieldError> &errors)
{
    if (!errors.isEmpty())
        throw Failure{Error::validation(errors)};
}

void throwExists(const QString &message)
{
    throw Failure{Error(ErrorCode::AlreadyExists, message)};
}

void throwConflict(const QString &what)
{
    throw Failure{
        Error(ErrorCode::Conflict, ltr("%1 was changed by someone else after you opened it. Your changes "
                                       "were not saved; reload to see the current version.")
                                       .arg(what))};
}

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
