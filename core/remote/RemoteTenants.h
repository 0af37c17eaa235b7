#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

/// A Logto connection is one tenant: the list holds exactly that tenant (id = the Logto tenant
/// id, tag = the connection's tag); creating, renaming and deleting tenants fail with
/// Unsupported (Capabilities::tenantManagement is false).
class RemoteTenants final : public TenantsApi
{
public:
    explicit RemoteTenants(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Tenant>> list() override;
    Future<Tenant> get(const QString &id) override;
    Future<Tenant> create(const Tenant &draft) override;
    Future<Tenant> update(const Tenant &tenant) override;
    Future<Done> remove(const QString &id) override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
