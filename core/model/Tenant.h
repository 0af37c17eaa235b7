#pragma once

#include <QString>

namespace gatehouse {

/// Logto Cloud's tenant tag. A production tenant gets stricter rules (no http redirect URIs for
/// web apps) and the UI asks before destructive actions in it.
enum class TenantTag { Development, Production };

QString tenantTagName(TenantTag tag);                     ///< "development" / "production"
bool parseTenantTag(const QString &name, TenantTag *tag); ///< false for unknown names

struct Tenant
{
    QString id;
    QString name;
    TenantTag tag = TenantTag::Development;
    qint64 createdAt = 0; ///< unix ms, UTC
    qint64 version = 0;   ///< row version for optimistic concurrency; 0 for a draft
};

} // namespace gatehouse
