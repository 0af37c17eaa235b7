#include "remote/RemoteTenants.h"

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
} // namespace

Future<QList<Tenant>> RemoteTenants::list()
{
    return m_backend.submit<QList<Tenant>>([this](RemoteSession &) {
        requireTenant(m_backend, m_backend.tenantId());
        return QList<Tenant>{connectionTenant(m_backend)};
    });
}

Future<Tenant> RemoteTenants::get(const QString &id)
{
    return m_backend.submit<Tenant>([this, id](RemoteSession &) {
        requireTenant(m_backend, id);
        return connectionTenant(m_backend);
    });
}

Future<Tenant> RemoteTenants::create(const Tenant &)
{
    return m_backend.submit<Tenant>([](RemoteSession &) -> Tenant { throwUnsupported(); });
}

Future<Tenant> RemoteTenants::update(const Tenant &tenant)
{
    return m_backend.submit<Tenant>([this, id = tenant.id](RemoteSession &) -> Tenant {
        requireTenant(m_backend, id);
        throwUnsupported();
    });
}

Future<Done> RemoteTenants::remove(const QString &id)
{
    return m_backend.submit<Done>([this, id](RemoteSession &) -> Done {
        requireTenant(m_backend, id);
        throwUnsupported();
    });
}

} // namespace gatehouse::remote
