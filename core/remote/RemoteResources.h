#pragma once

#include "backend/Backend.h"
#include "remote/RemoteSession.h"

#include <QHash>

namespace gatehouse::remote {

class RemoteBackend;

/// API resources and their permissions (scopes) over /api/resources. Logto addresses a scope
/// through its resource; the core API by scope id alone, so the worker keeps a scope → resource
/// map and searches the resources when a scope is not in it.
class RemoteResources final : public ResourcesApi
{
public:
    explicit RemoteResources(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Resource>> list(const QString &tenantId) override;
    Future<Resource> get(const QString &tenantId, const QString &id) override;
    Future<Resource> create(const QString &tenantId, const Resource &draft) override;
    Future<Resource> update(const QString &tenantId, const Resource &resource) override;
    Future<Done> remove(const QString &tenantId, const QString &id) override;

    Future<QList<Scope>> scopes(const QString &tenantId, const QString &resourceId) override;
    Future<Scope> createScope(const QString &tenantId, const Scope &draft) override;
    Future<Scope> updateScope(const QString &tenantId, const Scope &scope) override;
    Future<Done> removeScope(const QString &tenantId, const QString &scopeId) override;

private:
    RemoteBackend &m_backend;
};

/// Finds scopes by id, for code running in a job on the worker thread: first in the resources
/// the worker's cache (and `resourceHint`) names, then in every resource. Ids no resource has
/// are missing from the result. Throws Failure when the server fails.
QHash<QString, Scope> findScopes(RemoteSession &s, const RemoteBackend &b, const QStringList &scopeIds,
                                 const QString &resourceHint = {});

} // namespace gatehouse::remote
