#include "backend/BackendDecorator.h"

#include "backend/DecoratorGate.h"

namespace gatehouse {

QFuture<std::optional<Error>> BackendHooks::admit(const BackendCall &call)
{
    Q_UNUSED(call);
    return QtFuture::makeReadyFuture(std::optional<Error>());
}

QList<Tenant> BackendHooks::visibleTenants(const BackendCall &call, QList<Tenant> tenants)
{
    Q_UNUSED(call);
    return tenants;
}

QList<Organization> BackendHooks::visibleOrganizations(const BackendCall &call,
                                                       QList<Organization> organizations)
{
    Q_UNUSED(call);
    return organizations;
}

QList<UserOrganization> BackendHooks::visibleMemberships(const BackendCall &call,
                                                         QList<UserOrganization> memberships)
{
    Q_UNUSED(call);
    return memberships;
}

UserQuery BackendHooks::visibleUsers(const BackendCall &call, UserQuery query)
{
    Q_UNUSED(call);
    return query;
}

JournalQuery BackendHooks::visibleJournal(const BackendCall &call, JournalQuery query)
{
    Q_UNUSED(call);
    return query;
}

void BackendHooks::succeeded(const BackendCall &call, const Change &change)
{
    Q_UNUSED(call);
    Q_UNUSED(change);
}

void BackendHooks::closing() {}

QObject *BackendHooks::successContext()
{
    return nullptr;
}

namespace {

using detail::callOf;
using detail::changeOf;
using detail::Gate;

class Tenants final : public TenantsApi
{
public:
    explicit Tenants(const Gate &gate)
        : g(gate)
    {}
    Future<QList<Tenant>> list() override
    {
        const BackendCall call = callOf(Operation::TenantsList);
        return g.read<QList<Tenant>>(call, [=, this] {
            return api().list().then(
                QtFuture::Launch::Sync, [&hooks = g.hooks(), call](Result<QList<Tenant>> r) {
                    return r.ok() ? Result<QList<Tenant>>(hooks.visibleTenants(call, r.value())) : r;
                });
        });
    }
    Future<Tenant> get(const QString &id) override
    {
        return g.read<Tenant>(callOf(Operation::TenantsGet, id, id), [=, this] { return api().get(id); });
    }
    Future<Tenant> create(const Tenant &draft) override
    {
        return g.write<Tenant>(
            callOf(Operation::TenantsCreate), [=, this] { return api().create(draft); },
            [](const Tenant &t) { return changeOf(Operation::TenantsCreate, t.id, t.id); });
    }
    Future<Tenant> update(const Tenant &tenant) override
    {
        return g.write<Tenant>(callOf(Operation::TenantsUpdate, tenant.id, tenant.id),
                               [=, this] { return api().update(tenant); });
    }
    Future<Done> remove(const QString &id, const QString &reason) override
    {
        return g.write<Done>(callOf(Operation::TenantsRemove, id, id),
                             [=, this] { return api().remove(id, reason); });
    }

private:
    TenantsApi &api() const { return g.inner().tenants(); }
    const Gate &g;
};

class Applications final : public ApplicationsApi
{
public:
    explicit Applications(const Gate &gate)
        : g(gate)
    {}
    Future<QList<Application>> list(const QString &t) override
    {
        return g.read<QList<Application>>(callOf(Operation::ApplicationsList, t),
                                          [=, this] { return api().list(t); });
    }
    Future<Application> get(const QString &t, const QString &id) override
    {
        return g.read<Application>(callOf(Operation::ApplicationsGet, t, id),
                                   [=, this] { return api().get(t, id); });
    }
    Future<Application> create(const QString &t, const Application &draft) override
    {
        return g.write<Application>(
            callOf(Operation::ApplicationsCreate, t), [=, this] { return api().create(t, draft); },
            [t](const Application &a) { return changeOf(Operation::ApplicationsCreate, t, a.id); });
    }
    Future<Application> update(const QString &t, const Application &app) override
    {
        return g.write<Application>(callOf(Operation::ApplicationsUpdate, t, app.id),
                                    [=, this] { return api().update(t, app); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::ApplicationsRemove, t, id),
                             [=, this] { return api().remove(t, id); });
    }
    Future<QList<ApplicationSecret>> secrets(const QString &t, const QString &appId) override
    {
        return g.read<QList<ApplicationSecret>>(callOf(Operation::ApplicationsSecrets, t, appId),
                                                [=, this] { return api().secrets(t, appId); });
    }
    Future<ApplicationSecret> createSecret(const QString &t, const QString &appId, const QString &name,
                                           std::optional<qint64> expiresAt) override
    {
        return g.write<ApplicationSecret>(callOf(Operation::ApplicationsCreateSecret, t, appId), [=, this] {
            return api().createSecret(t, appId, name, expiresAt);
        });
    }
    Future<Done> deleteSecret(const QString &t, const QString &appId, const QString &name) override
    {
        return g.write<Done>(callOf(Operation::ApplicationsDeleteSecret, t, appId),
                             [=, this] { return api().deleteSecret(t, appId, name); });
    }

private:
    ApplicationsApi &api() const { return g.inner().applications(); }
    const Gate &g;
};

class Resources final : public ResourcesApi
{
public:
    explicit Resources(const Gate &gate)
        : g(gate)
    {}
    Future<QList<Resource>> list(const QString &t) override
    {
        return g.read<QList<Resource>>(callOf(Operation::ResourcesList, t),
                                       [=, this] { return api().list(t); });
    }
    Future<Resource> get(const QString &t, const QString &id) override
    {
        return g.read<Resource>(callOf(Operation::ResourcesGet, t, id),
                                [=, this] { return api().get(t, id); });
    }
    Future<Resource> create(const QString &t, const Resource &draft) override
    {
        return g.write<Resource>(
            callOf(Operation::ResourcesCreate, t), [=, this] { return api().create(t, draft); },
            [t](const Resource &r) { return changeOf(Operation::ResourcesCreate, t, r.id); });
    }
    Future<Resource> update(const QString &t, const Resource &resource) override
    {
        return g.write<Resource>(callOf(Operation::ResourcesUpdate, t, resource.id),
                                 [=, this] { return api().update(t, resource); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::ResourcesRemove, t, id),
                             [=, this] { return api().remove(t, id); });
    }
    Future<QList<Scope>> scopes(const QString &t, const QString &resourceId) override
    {
        return g.read<QList<Scope>>(callOf(Operation::ResourcesScopes, t, resourceId),
                                    [=, this] { return api().scopes(t, resourceId); });
    }
    Future<Scope> createScope(const QString &t, const Scope &draft) override
    {
        return g.write<Scope>(callOf(Operation::ResourcesCreateScope, t, draft.resourceId),
                              [=, this] { return api().createScope(t, draft); });
    }
    Future<Scope> updateScope(const QString &t, const Scope &scope) override
    {
        return g.write<Scope>(callOf(Operation::ResourcesUpdateScope, t, scope.resourceId),
                              [=, this] { return api().updateScope(t, scope); });
    }
    Future<Done> removeScope(const QString &t, const QString &scopeId) override
    {
        // The resource is not named by the call: the change is the resource area's as a whole.
        return g.write<Done>(
            callOf(Operation::ResourcesRemoveScope, t, scopeId),
            [=, this] { return api().removeScope(t, scopeId); },
            [t, scopeId](const Done &) {
                return changeOf(Operation::ResourcesRemoveScope, t, {}, {scopeId});
            });
    }

private:
    ResourcesApi &api() const { return g.inner().resources(); }
    const Gate &g;
};

class Roles final : public RolesApi
{
public:
    explicit Roles(const Gate &gate)
        : g(gate)
    {}
    Future<QList<Role>> list(const QString &t) override
    {
        return g.read<QList<Role>>(callOf(Operation::RolesList, t), [=, this] { return api().list(t); });
    }
    Future<Role> get(const QString &t, const QString &id) override
    {
        return g.read<Role>(callOf(Operation::RolesGet, t, id), [=, this] { return api().get(t, id); });
    }
    Future<Role> create(const QString &t, const Role &draft) override
    {
        return g.write<Role>(
            callOf(Operation::RolesCreate, t), [=, this] { return api().create(t, draft); },
            [t](const Role &r) { return changeOf(Operation::RolesCreate, t, r.id); });
    }
    Future<Role> update(const QString &t, const Role &role) override
    {
        return g.write<Role>(callOf(Operation::RolesUpdate, t, role.id),
                             [=, this] { return api().update(t, role); });
    }
    Future<Done> remove(const QString &t, const QString &id) override
    {
        return g.write<Done>(callOf(Operation::RolesRemove, t, id),
                             [=, this] { return api().remove(t, id); });
    }
    Future<QList<GrantedScope>> scopes(const QString &t, const QString &roleId) override
    {
        return g.read<QList<GrantedScope>>(callOf(Operation::RolesScopes, t, roleId),
                                           [=, this] { return api().scopes(t, roleId); });
    }
    Future<Done> grantScopes(const QString &t, const QString &roleId, const QStringList &scopeIds) override
    {
        return g.write<Done>(callOf(Operation::RolesGrantScopes, t, roleId),
                             [=, this] { return api().grantScopes(t, roleId, scopeIds); });
    }
    Future<Done> revokeScope(const QString &t, const QString &roleId, const QString &scopeId) override
    {
        return g.write<Done>(callOf(Operation::RolesRevokeScope, t, roleId),
                             [=, this] { return api().revokeScope(t, roleId, scopeId); });
    }
    Future<Done> assignToApplication(const QString &t, const QString &appId,
                                     const QStringList &roleIds) override
    {
        return g.write<Done>(
            callOf(Operation::RolesAssignToApplication, t, appId),
            [=, this] { return api().assignToApplication(t, appId, roleIds); },
            [t, appId, roleIds](const Done &) {
                return changeOf(Operation::RolesAssignToApplication, t,
                                roleIds.size() == 1 ? roleIds.first() : QString(), {appId});
            });
    }
    Future<Done> unassignFromApplication(const QString &t, const QString &appId,
                                         const QString &roleId) override
    {
        return g.write<Done>(
            callOf(Operation::RolesUnassignFromApplication, t, appId),
            [=, this] { return api().unassignFromApplication(t, appId, roleId); },
            [t, appId, roleId](const Done &) {
                return changeOf(Operation::RolesUnassignFromApplication, t, roleId, {appId});
            });
    }
    Future<QList<Role>> rolesOfApplication(const QString &t, const QString &appId) override
    {
        return g.read<QList<Role>>(callOf(Operation::RolesRolesOfApplication, t, appId),
                                   [=, this] { return api().rolesOfApplication(t, appId); });
    }
    Future<QList<Application>> applicationsOfRole(const QString &t, const QString &roleId) override
    {
        return g.read<QList<Application>>(callOf(Operation::RolesApplicationsOfRole, t, roleId),
                                          [=, this] { return api().applicationsOfRole(t, roleId); });
    }

private:
    RolesApi &api() const { return g.inner().roles(); }
    const Gate &g;
};

} // namespace

namespace detail {
std::unique_ptr<TenantsApi> decoratedTenants(const Gate &gate)
{
    return std::make_unique<Tenants>(gate);
}
std::unique_ptr<ApplicationsApi> decoratedApplications(const Gate &gate)
{
    return std::make_unique<Applications>(gate);
}
std::unique_ptr<ResourcesApi> decoratedResources(const Gate &gate)
{
    return std::make_unique<Resources>(gate);
}
std::unique_ptr<RolesApi> decoratedRoles(const Gate &gate)
{
    return std::make_unique<Roles>(gate);
}
} // namespace detail

BackendDecorator::BackendDecorator(std::unique_ptr<Backend> inner, std::shared_ptr<BackendHooks> hooks)
    : m_inner(std::move(inner))
    , m_hooks(std::move(hooks))
    , m_gate(std::make_unique<detail::Gate>(*m_inner, m_hooks))
{
    const detail::Gate &g = *m_gate;
    setAreas({detail::decoratedTenants(g), detail::decoratedApplications(g), detail::decoratedResources(g),
              detail::decoratedRoles(g), detail::decoratedUsers(g), detail::decoratedOrganizationTemplate(g),
              detail::decoratedOrganizations(g), detail::decoratedSsoConnectors(g),
              detail::decoratedSignInExperience(g), detail::decoratedLogs(g), detail::decoratedJournal(g),
              detail::decoratedAccess(g)});
}

BackendDecorator::~BackendDecorator()
{
    // No call admitted from now on reaches the wrapped backend. The areas refer to the gate and
    // the wrapped backend: they go first. Destroying the wrapped backend finishes its queued
    // work; the continuations keep the hooks alive by their own reference.
    m_hooks->closing();
    m_gate->close();
    resetAreas();
    m_inner.reset();
}

QString BackendDecorator::location() const
{
    return m_inner->location();
}

Capabilities BackendDecorator::capabilities() const
{
    return m_inner->capabilities();
}

Future<Done> BackendDecorator::open()
{
    return m_inner->open();
}

Result<Done> BackendDecorator::declareOperator(const QString &name)
{
    return m_inner->declareOperator(name);
}

void BackendDecorator::sealJournal(const JournalSeal &seal)
{
    m_inner->sealJournal(seal);
}

QString BackendDecorator::operatorName() const
{
    return m_inner->operatorName();
}

} // namespace gatehouse
