#pragma once

#include "backend/BackendDecorator.h"

#include <QStringList>
#include <mutex>
#include <optional>
#include <type_traits>

// Internal to BackendDecorator: the plumbing every decorated area is written against.

namespace gatehouse::detail {

inline BackendCall callOf(Operation operation, const QString &tenantId = {}, const QString &objectId = {},
                          const QString &organizationId = {})
{
    BackendCall call;
    call.operation = operation;
    call.tenantId = tenantId;
    call.objectId = objectId;
    call.organizationId = organizationId;
    return call;
}

/// Passes calls to the wrapped backend through the hooks. Every area below is written against it.
inline BackendCall withReason(BackendCall call, const QString &reason)
{
    call.reason = reason;
    return call;
}

inline BackendCall withUsersAndRoles(BackendCall call, const QStringList &userIds, const QStringList &roleIds)
{
    call.userIds = userIds;
    call.roleIds = roleIds;
    return call;
}

/// Whether the decorator still exists: a call admitted later (after facts were read) reaches the
/// wrapped backend only while it does. Set under the mutex, so no call slips in while the
/// decorator is being destroyed.
struct GateLife
{
    std::mutex mutex;
    bool alive = true;
};

/// Passes calls to the wrapped backend through the hooks. Every area below is written against it.
/// `forward` callables may run later on another thread (after an asynchronous admission), so they
/// capture what they need by value.
class Gate
{
public:
    Gate(Backend &inner, std::shared_ptr<BackendHooks> hooks)
        : m_inner(inner)
        , m_hooks(std::move(hooks))
        , m_life(std::make_shared<GateLife>())
    {}

    Backend &inner() const { return m_inner; }
    BackendHooks &hooks() const { return *m_hooks; }
    /// No call reaches the wrapped backend after this (see GateLife).
    void close() const
    {
        std::lock_guard lock(m_life->mutex);
        m_life->alive = false;
    }

    /// A call that changes nothing: admitted or refused, then the wrapped backend's own future.
    template <typename T, typename Forward>
    Future<T> read(const BackendCall &call, Forward forward) const
    {
        return admitted<T>(call, std::move(forward));
    }

    /// A mutation: on success, `changeOf(value)` tells the hooks what changed.
    template <typename T, typename Forward, typename ChangeOf>
    Future<T> write(const BackendCall &call, Forward forward, ChangeOf changeOf) const
    {
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
        Future<T> done = admitted<T>(call, std::move(forward));
        if (QObject *context = m_hooks->successContext())
            return done.then(context, std::move(announce));
        return done.then(QtFuture::Launch::Sync, std::move(announce));
    }

    /// A mutation of the object the call names (or, without one, of its organization), with the
    /// objects of other areas whose views show it.
    template <typename T, typename Forward>
    Future<T> write(const BackendCall &call, Forward forward, const QStringList &related = {}) const
    {
        const Change change{operationInfo(call.operation).area, call.tenantId,
                            call.objectId.isEmpty() ? call.organizationId : call.objectId, related};
        return write<T>(call, std::move(forward), [change](const T &) { return change; });
    }

private:
    /// The wrapped backend's future once the hooks admit the call; the refusal otherwise. An
    /// admission known at once forwards at once (the wrapped future itself, so cancelling it
    /// reaches the backend).
    template <typename T, typename Forward>
    Future<T> admitted(const BackendCall &call, Forward forward) const
    {
        QFuture<std::optional<Error>> admission = m_hooks->admit(call);
        if (admission.isFinished()) {
            if (const std::optional<Error> refused = admission.result())
                return failedFuture<T>(*refused);
            return forward();
        }
        Promise<T> promise;
        admission
            .then(
                QtFuture::Launch::Sync,
                [life = m_life, promise, forward = std::move(forward)](std::optional<Error> refused) mutable {
                    if (refused) {
                        promise.finish(*refused);
                        return;
                    }
                    std::unique_lock lock(life->mutex);
                    if (!life->alive) {
                        promise.finish(Error(ErrorCode::Cancelled, {}));
                        return;
                    }
                    Future<T> inner = forward();
                    lock.unlock();
                    inner
                        .then(QtFuture::Launch::Sync,
                              [promise](Result<T> result) { promise.finish(std::move(result)); })
                        .onCanceled([promise] { promise.finish(Error(ErrorCode::Cancelled, {})); });
                })
            .onCanceled([promise] { promise.finish(Error(ErrorCode::Cancelled, {})); });
        return promise.future();
    }

    Backend &m_inner;
    std::shared_ptr<BackendHooks> m_hooks;
    std::shared_ptr<GateLife> m_life;
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
std::unique_ptr<LogsApi> decoratedLogs(const Gate &gate);
std::unique_ptr<JournalApi> decoratedJournal(const Gate &gate);
std::unique_ptr<AccessControlApi> decoratedAccess(const Gate &gate);

} // namespace gatehouse::detail
