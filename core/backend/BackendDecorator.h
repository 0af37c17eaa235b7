#pragma once

#include "backend/AreaBackend.h"
#include "backend/Operation.h"

#include <QFuture>
#include <memory>
#include <optional>

class QObject;

namespace gatehouse {

namespace detail {
class Gate;
}

/// One call through a BackendDecorator: which operation, and the objects and values it names
/// that a rule about calls may need.
struct BackendCall
{
    Operation operation = Operation::TenantsList;
    QString tenantId;
    /// The object the call is about (an application's, user's, organization's… id), when the
    /// call names one; empty for lists and creates.
    QString objectId;
    /// The organization the call works inside (members, applications, invitations, JIT).
    QString organizationId;
    /// Users the call adds or changes in bulk (adding members, assigning roles to several).
    QStringList userIds;
    /// Roles the call hands out (organization roles for members and invitations).
    QStringList roleIds;
    /// The reason given with the call (suspensions, passwords, MFA, deletions, invitations).
    QString reason;
    /// An export that includes password digests.
    bool withPasswordDigests = false;
    /// The edited organization of an organization update (to tell which fields change).
    std::shared_ptr<const Organization> organization;
};

/// What a BackendDecorator does around every call. admit() runs on the caller's thread (its
/// future may finish on another); the visible*() scopes run when the call is forwarded;
/// succeeded() runs on the thread of successContext() when there is one, else on whichever thread
/// the wrapped backend finished the call on (usually its worker thread).
class BackendHooks
{
public:
    virtual ~BackendHooks() = default;

    /// Before the call reaches the wrapped backend: nullopt admits it, an Error refuses it (the
    /// returned future finishes with that error; nothing reaches storage or the network). An
    /// answer that needs data may come later; a finished future forwards at once. The default
    /// admits all.
    virtual QFuture<std::optional<Error>> admit(const BackendCall &call);

    /// The part of a list the caller may see (the defaults keep everything).
    virtual QList<Tenant> visibleTenants(const BackendCall &call, QList<Tenant> tenants);
    virtual QList<Organization> visibleOrganizations(const BackendCall &call,
                                                     QList<Organization> organizations);
    virtual QList<UserOrganization> visibleMemberships(const BackendCall &call,
                                                       QList<UserOrganization> memberships);
    /// The query as the caller may run it (an organization admin's reaches only their members).
    virtual UserQuery visibleUsers(const BackendCall &call, UserQuery query);
    virtual JournalQuery visibleJournal(const BackendCall &call, JournalQuery query);

    /// After a mutation succeeded, with what it changed. The default does nothing.
    virtual void succeeded(const BackendCall &call, const Change &change);

    /// The decorator is going away: from now on the hooks must not call the wrapped backend.
    virtual void closing();

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
    Result<Done> declareOperator(const QString &name) override;
    void sealJournal(const JournalSeal &seal) override;
    QString operatorName() const override;

private:
    std::unique_ptr<Backend> m_inner;
    std::shared_ptr<BackendHooks> m_hooks;
    std::unique_ptr<detail::Gate> m_gate; ///< what the areas pass calls through
};

} // namespace gatehouse
