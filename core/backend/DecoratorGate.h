#pragma once

#include "backend/BackendDecorator.h"

#include <QStringList>
#include <optional>
#include <type_traits>

// Internal to BackendDecorator: the plumbing every decorated area is written against.

namespace gatehouse::detail {

inline BackendCall callOf(Operation operation, const QString &tenantId = {}, const QString &objectId = {},
                          const QString &organizationId = {})
{
    return BackendCall{operation, tenantId, objectId, organizationId};
}

/// Passes calls to the wrapped backend through the hooks. Every area below is written against it.
class Gate
{
public:
    Gate(Backend &inner, std::shared_ptr<BackendHooks> hooks)
        : m_inner(inner)
        , m_hooks(std::move(hooks))
    {}

    Backend &inner() const { return m_inner; }

    /// A call that changes nothing: admitted or refused, then the wrapped backend's own future.
    template <typename T, typename Forward>
    Future<T> read(const BackendCall &call, Forward &&forward) const
    {
        if (auto refused = m_hooks->admit(call))
            return failedFuture<T>(*refused);
        return forward();
    }

    /// A mutation: on success, `changeOf(value)` tells the hooks what changed.
    template <typename T, typename Forward, typename ChangeOf>
    Future<T> write(const BackendCall &call, Forward &&forward, ChangeOf changeOf) const
    {
        if (auto refused = m_hooks->admit(call))
            return failedFuture<T>(*refused);
        auto announce = [hooks = m_hooks, call, changeOf = std::move(changeOf)](Result<T> result) {
            if (result.ok()) {
                // changeOf may say "nothing changed" (a dry run) with nullopt.
                if constexpr (std::is_same_v<decltype(changeOf(result.value())), std::optional<Change>>) {
                    if (const auto change = changeOf(result.value()))
                        hooks->succeeded(call, *change);
                } else {
                    hooks->succeeded(call, changeOf(result.value()));
                }
            }
            return result;
        };
        if (QObject *context = m_hooks->successContext())
            return forward().then(context, std::move(announce));
        return forward().then(QtFuture::Launch::Sync, std::move(announce));
    }

    /// A mutation of the object the call names (or, without one, of its organization), with the
    /// objects of other areas whose views show it.
    template <typename T, typename Forward>
    Future<T> write(const BackendCall &call, Forward &&forward, const QStringList &related = {}) const
    {
        const Change change{operationInfo(call.operation).area, call.tenantId,
                            call.objectId.isEmpty() ? call.organizationId : call.objectId, related};
        return write<T>(call, std::forward<Forward>(forward), [change](const T &) { return change; });
    }

private:
    Backend &m_inner;
    std::shared_ptr<BackendHooks> m_hooks;
};

inline Change changeOf(Operation operation, const QString &tenantId, const QString &id,
                       const QStringList &related = {})
{
    return Change{operationInfo(operation).area, tenantId, id, related};
}

std::unique_ptr<TenantsApi> decoratedTenants(const Gate &gate);
std::unique_ptr<ApplicationsApi> decoratedApplications(const Gate &gate);
std::unique_ptr<ResourcesApi> decoratedResources(const Gate &gate);
std::unique_ptr<RolesApi> decoratedRoles(const Gate &gate);
std::unique_ptr<UsersApi> decoratedUsers(const Gate &gate);
std::unique_ptr<OrganizationTemplateApi> decoratedOrganizationTemplate(const Gate &gate);
std::unique_ptr<OrganizationsApi> decoratedOrganizations(const Gate &gate);
std::unique_ptr<SsoConnectorsApi> decoratedSsoConnectors(const Gate &gate);
std::unique_ptr<SignInExperienceApi> decoratedSignInExperience(const Gate &gate);
std::unique_ptr<JournalApi> decoratedJournal(const Gate &gate);

} // namespace gatehouse::detail
