// A Logto connection has no operators of its own: its machine-to-machine credentials act as an
// administrator of the tenant, so whoever holds them acts as an owner (and only owners and
// developers should be given them). Delegation to organization admins needs a workspace.
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"

namespace gatehouse::remote {

namespace {
using namespace policy;

Error noOperators()
{
    return Error(ErrorCode::Unsupported,
                 rtr("A Logto connection has no operators or delegation policy: its machine-to-machine "
                     "credentials act as an administrator. Keep operators and delegation in a Gatehouse "
                     "workspace (SQLite or PostgreSQL)."));
}

class RemoteAccess final : public AccessControlApi
{
public:
    explicit RemoteAccess(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<OperatorIdentity> whoami() override
    {
        OperatorIdentity identity;
        identity.account.name = m_backend.operatorName();
        identity.account.role = ConsoleRole::Owner;
        identity.source =
            m_backend.declaredOperator().isEmpty() ? IdentitySource::OsAccount : IdentitySource::Declared;
        identity.declaredName = m_backend.declaredOperator();
        return readyFuture(Result<OperatorIdentity>(identity));
    }
    Future<QList<OperatorAccount>> operators() override
    {
        return failedFuture<QList<OperatorAccount>>(noOperators());
    }
    Future<OperatorAccount> addOperator(const OperatorAccount &, const QString &) override
    {
        return failedFuture<OperatorAccount>(noOperators());
    }
    Future<OperatorAccount> updateOperator(const OperatorAccount &) override
    {
        return failedFuture<OperatorAccount>(noOperators());
    }
    Future<Done> removeOperator(const QString &) override { return failedFuture<Done>(noOperators()); }
    Future<DelegationPolicy> delegation(const QString &) override
    {
        return failedFuture<DelegationPolicy>(noOperators());
    }
    Future<DelegationPolicy> setDelegation(const QString &, Ability, const QString &) override
    {
        return failedFuture<DelegationPolicy>(noOperators());
    }
    Future<QList<OrganizationAdmin>> organizationAdmins(const QString &, const QString &) override
    {
        return failedFuture<QList<OrganizationAdmin>>(noOperators());
    }
    Future<QList<AdminGrant>> adminGrants(const QString &, const QString &) override
    {
        return failedFuture<QList<AdminGrant>>(noOperators());
    }

private:
    RemoteBackend &m_backend;
};
} // namespace

std::unique_ptr<AccessControlApi> makeAccess(RemoteBackend &backend)
{
    return std::make_unique<RemoteAccess>(backend);
}

} // namespace gatehouse::remote
