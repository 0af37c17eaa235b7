#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"
#include "local/SqlWorker.h"

#include <QJsonValue>
#include <QPromise>
#include <QThread>
#include <memory>

namespace gatehouse::local {

class LocalTenants;
class LocalApplications;
class LocalResources;
class LocalRoles;
class LocalOrganizationTemplate;
class LocalOrganizations;
class LocalSsoConnectors;
class LocalSignInExperience;
class LocalUsers;
class LocalJournal;

/// The Qt Sql backend for SQLite files and PostgreSQL servers.
///
/// One worker thread owns the one connection; operations run there in submission order, so the
/// caller's thread never waits on SQL. Futures finish on the worker thread.
class LocalBackend final : public Backend
{
public:
    explicit LocalBackend(WorkspaceSpec spec);
    ~LocalBackend() override;

    QString location() const override;
    Capabilities capabilities() const override;
    Future<Done> open() override;
    void setOperator(const QString &operatorName) override;
    QString operatorName() const override;

    TenantsApi &tenants() override;
    ApplicationsApi &applications() override;
    ResourcesApi &resources() override;
    RolesApi &roles() override;
    UsersApi &users() override;
    OrganizationTemplateApi &organizationTemplate() override;
    OrganizationsApi &organizations() override;
    SsoConnectorsApi &ssoConnectors() override;
    SignInExperienceApi &signInExperience() override;
    JournalApi &journal() override;

    const WorkspaceSpec &spec() const { return m_spec; }

    /// Appends one journal entry on its own (in its own transaction), for changes made elsewhere:
    /// the remote backend records what it changed on a Logto server in a local journal this way.
    Future<Done> appendJournal(const QString &tenantId, const QString &action, const QString &targetType,
                               const QString &targetId, const QJsonValue &before, const QJsonValue &after,
                               const QString &reason = {});

    /// Runs `fn(SqlSession &)` on the worker thread. `fn` returns T or throws Failure.
    template <typename T, typename F>
    Future<T> submit(F fn)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        Future<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, promise, fn = std::move(fn)]() mutable {
                if (promise->isCanceled())
                    promise->addResult(Result<T>(Error(ErrorCode::Cancelled, {})));
                else
                    promise->addResult(worker->call<T>(fn));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    WorkspaceSpec m_spec;
    QString m_operator;
    QThread m_thread;
    SqlWorker *m_worker; // lives in m_thread; deleted there
    std::unique_ptr<LocalTenants> m_tenants;
    std::unique_ptr<LocalApplications> m_applications;
    std::unique_ptr<LocalResources> m_resources;
    std::unique_ptr<LocalRoles> m_roles;
    std::unique_ptr<LocalOrganizationTemplate> m_organizationTemplate;
    std::unique_ptr<LocalOrganizations> m_organizations;
    std::unique_ptr<LocalSsoConnectors> m_ssoConnectors;
    std::unique_ptr<LocalSignInExperience> m_signInExperience;
    std::unique_ptr<LocalUsers> m_users;
    std::unique_ptr<LocalJournal> m_journal;
};

} // namespace gatehouse::local
