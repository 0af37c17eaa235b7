#pragma once

#include "backend/AreaBackend.h"
#include "backend/Operation.h"

#include <memory>
#include <optional>

class QObject;

namespace gatehouse {

namespace detail {
class Gate;
}

/// One call through a BackendDecorator: which operation, and the objects it names.
struct BackendCall
{
    Operation operation = Operation::TenantsList;
    QString tenantId;
    /// The object the call is about (an application's, user's, organization's… id), when the
    /// call names one; empty for lists and creates.
    QString objectId;
    /// The organization the call works inside (members, applications, invitations, JIT).
    QString organizationId;
};

/// What a BackendDecorator does around every call. admit() runs on the caller's thread;
/// succeeded() on the thread of successContext() when there is one, else on whichever thread the
/// wrapped backend finished the call on (usually its worker thread).
class BackendHooks
{
public:
    virtual ~BackendHooks() = default;

    /// Before the call reaches the wrapped backend. An Error refuses the call: the returned future
    /// finishes with it and nothing reaches storage or the network. The default admits all.
    virtual std::optional<Error> admit(const BackendCall &call);

    /// After a mutation succeeded, with what it changed. The default does nothing.
    virtual void succeeded(const BackendCall &call, const Change &change);

    /// When not null, succeeded() runs on this object's thread (and the mutation's future
    /// finishes there, so a thread that blocks on the future must not be that one). Must outlive
    /// the decorator and the calls in flight. The default is null.
    virtual QObject *successContext();
};

/// A Backend that passes every call of another one through BackendHooks: the one place where
/// rules about calls — whether a call is allowed, whom a change concerns — meet every operation
/// of every backend, local or remote. Results, errors and cancellation of reads are the wrapped
/// backend's own; a mutation's future finishes after succeeded() has run.
///
/// Thread rule: as Backend (create, use and destroy on one thread).
class BackendDecorator final : public AreaBackend
{
public:
    BackendDecorator(std::unique_ptr<Backend> inner, std::shared_ptr<BackendHooks> hooks);
    ~BackendDecorator() override;

    Backend &inner() { return *m_inner; }

    QString location() const override;
    Capabilities capabilities() const override;
    Future<Done> open() override;
    void setOperator(const QString &operatorName) override;
    QString operatorName() const override;

private:
    std::unique_ptr<Backend> m_inner;
    std::shared_ptr<BackendHooks> m_hooks;
    std::unique_ptr<detail::Gate> m_gate; ///< what the areas pass calls through
};

} // namespace gatehouse
