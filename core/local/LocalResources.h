#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalResources final : public ResourcesApi
{
public:
    explicit LocalResources(LocalBackend &backend)
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
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
