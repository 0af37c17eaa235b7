#pragma once

#include <QString>

namespace gatehouse {

/// An API resource (RFC 8707 resource indicator) whose access tokens carry scopes.
struct Resource
{
    QString id;
    QString tenantId;
    QString name;
    QString indicator;
    int accessTokenTtl = 3600; ///< seconds
    bool isDefault = false;    ///< at most one per tenant
    qint64 createdAt = 0;
    qint64 version = 0;
};

/// A permission of a resource. Name unique per resource.
struct Scope
{
    QString id;
    QString tenantId;
    QString resourceId;
    QString name;
    QString description;
    qint64 createdAt = 0;
};

} // namespace gatehouse
