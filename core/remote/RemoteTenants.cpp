#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"

namespace gatehouse::remote {

namespace {
Tenant connectionTenant(const RemoteBackend &backend)
{
    Tenant t;
    t.id = backend.tenantId();
    t.name = rtr("%1 on %2").arg(backend.tenantId(), backend.spec().host);
    t.tag = backend.spec().production ? TenantTag::Production : TenantTag::Development;
    t.createdAt = 0;
    t.version = 1;
    return t;
}

[[noreturn]] void throwUnsupported()
{
    throw Failure{Error(ErrorCode::Unsupported,
                        rtr("A Logto connection is one tenant; tenants are managed in Logto Cloud or the "
                            "server's own setup."))};
}
/// A Logto connection is one tenant: the list holds exactly that tenant (id = the Logto tenant
/// id, tag = the connection's tag); creating, renaming and deleting tenants fail with
/// Unsupported (Capabilities::tenantManagement is false).
class RemoteTenants final : public TenantsApi
{
public:
    explicit RemoteTenants(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Tenant>> list() override
    {
        return m_backend.submit<QList<Tenant>>([this](RemoteSession &) {
            requireTenant(m_backend, m_backend.tenantId());
            return QList<Tenant>{connectionTenant(m_backend)};
        });
    }

    Future<Tenant> get(const QString &id) override
    {
        return m_backend.submit<Tenant>([this, id](RemoteSession &) {
            requireTenant(m_backend, id);
            return connectionTenant(m_backend);
        });
    }

    Future<Tenant> create(const Tenant &) override
    {
        return m_backend.submit<Tenant>([](RemoteSession &) -> Tenant { throwUnsupported(); });
    }

    Future<Tenant> update(const Tenant &tenant) override
    {
        return m_backend.submit<Tenant>([this, id = tenant.id](RemoteSession &) -> Tenant {
            requireTenant(m_backend, id);
            throwUnsupported();
        });
    }

    Future<Done> remove(const QString &id, const QString &) override
    {
        return m_backend.submit<Done>([this, id](RemoteSession &) -> Done {
            requireTenant(m_backend, id);
            throwUnsupported();
        });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<TenantsApi> makeTenants(RemoteBackend &backend)
{
    return std::make_unique<RemoteTenants>(backend);
}

} // namespace gatehouse::remote
