#pragma once

#include "backend/BackendDecorator.h"
#include "policy/Access.h"
#include "policy/Requirements.h"

#include <QHash>
#include <memory>
#include <mutex>

namespace gatehouse::policy {

/// The one authorization layer: checks every call of a backend against the operator's console
/// role and, for organization admins, against the tenant's delegation policy — before the call
/// reaches storage or the network — and narrows lists to what the operator may see. A refusal is
/// ErrorCode::Forbidden naming the missing ability and the role (or organization) that lacks it.
///
/// Tenant-wide roles are decided at once. An organization admin's calls need facts (their
/// grants, the target user's organizations, the roles being handed out), read through the
/// wrapped backend: those answers come later, and the call is forwarded then.
///
/// Guard rails for organization admins: nothing outside their organizations; only organization
/// roles whose permissions they hold there themselves; a password reset or an MFA removal only
/// for users all of whose organizations they administer with that ability; never the last admin
/// of an organization removed or stripped of their abilities.
///
/// Thread rule: admit() on the caller's thread; everything else may run on the wrapped
/// backend's worker thread. Caches are guarded by a mutex.
class AccessControl final : public BackendHooks
{
public:
    /// `inner` is the wrapped backend; the decorator that owns it calls closing() before it goes.
    AccessControl(Backend &inner, OperatorIdentity identity);

    const OperatorIdentity &identity() const { return m_identity; }

    QFuture<std::optional<Error>> admit(const BackendCall &call) override;
    QList<Tenant> visibleTenants(const BackendCall &call, QList<Tenant> tenants) override;
    QList<Organization> visibleOrganizations(const BackendCall &call,
                                             QList<Organization> organizations) override;
    QList<UserOrganization> visibleMemberships(const BackendCall &call,
                                               QList<UserOrganization> memberships) override;
    UserQuery visibleUsers(const BackendCall &call, UserQuery query) override;
    JournalQuery visibleJournal(const BackendCall &call, JournalQuery query) override;
    void succeeded(const BackendCall &call, const Change &change) override;
    void closing() override;

    /// Whether the operator may make `operation` in `tenantId` at all, without asking the
    /// backend (for showing or hiding actions): tenant-wide roles exactly; an organization admin
    /// when any organization of theirs lends the ability (as last read).
    bool mayAtAll(Operation operation, const QString &tenantId) const;
    /// Why not, for a tooltip; empty when mayAtAll().
    QString whyNot(Operation operation, const QString &tenantId) const;
    /// Reads an organization admin's grants in `tenantId` (kept for mayAtAll()); other roles have
    /// none.
    Future<QList<AdminGrant>> loadGrants(const QString &tenantId);

    /// The refusal for a tenant-wide ability the operator's role lacks.
    static Error forbidden(Ability ability, ConsoleRole role);

private:
    using Verdict = std::optional<Error>;

    Verdict tenantWide(const BackendCall &call, const Requirement &requirement) const;
    QFuture<Verdict> organizationAdmin(const BackendCall &call, const Requirement &requirement);
    QFuture<Verdict> decideForAdmin(const BackendCall &call, const Requirement &requirement,
                                    const QList<AdminGrant> &grants);
    QFuture<Verdict> checkUserReach(const BackendCall &call, Ability ability, const QList<AdminGrant> &grants,
                                    bool everyOrganization);
    QFuture<Verdict> checkRolesHeld(const BackendCall &call, const AdminGrant &grant);
    QFuture<Verdict> checkNotLastAdmin(const BackendCall &call, const QStringList &newRoleIds, bool removal);
    QFuture<Verdict> checkOrganizationEdit(const BackendCall &call, const QList<AdminGrant> &grants);
    QFuture<Verdict> findInvitation(const BackendCall &call, const QList<AdminGrant> &grants);
    /// The admin's grants in `tenantId`, read once and kept until something they depend on changes.
    Future<QList<AdminGrant>> grants(const QString &tenantId);
    QList<AdminGrant> cachedGrants() const;
    bool alive() const;

    Backend &m_inner;
    const OperatorIdentity m_identity;
    mutable std::mutex m_mutex;
    bool m_alive = true;
    bool m_grantsKnown = false;
    QList<AdminGrant> m_grants;
    quint64 m_generation = 0; ///< bumped by changes; a read started before one is not kept
};

/// `opened` behind access control for `identity` (see AccessControl). The hooks are returned too,
/// for views that show or hide actions.
struct ControlledBackend
{
    std::unique_ptr<Backend> backend;
    std::shared_ptr<AccessControl> control;
};
ControlledBackend withAccessControl(std::unique_ptr<Backend> opened, OperatorIdentity identity);

/// The identity to act with: `established` (from AccessControlApi::whoami()), or — when
/// `previewName` is given — the operator of that name as recorded in `operators`, previewed by the
/// established one (who stays the one who acts and is journaled). Errors: NotFound for an unknown
/// operator; Forbidden when the established operator may not preview (only owners may).
Result<OperatorIdentity> identityFor(const OperatorIdentity &established, const QString &previewName,
                                     const QList<OperatorAccount> &operators);

} // namespace gatehouse::policy
