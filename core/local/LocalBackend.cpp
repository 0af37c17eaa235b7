#include "local/LocalBackend.h"

#include "local/LocalApplications.h"
#include "local/LocalJournal.h"
#include "local/LocalOrganizationTemplate.h"
#include "local/LocalOrganizations.h"
#include "local/LocalResources.h"
#include "local/LocalRoles.h"
#include "local/LocalSignInExperience.h"
#include "local/LocalSsoConnectors.h"
#include "local/LocalTenants.h"
#include "local/LocalUsers.h"
#include "util/SystemUser.h"

namespace gatehouse::local {

LocalBackend::LocalBackend(WorkspaceSpec spec)
    : m_spec(std::move(spec))
    , m_operator(systemUserName())
    , m_worker(new SqlWorker(m_spec))
    , m_tenants(std::make_unique<LocalTenants>(*this))
    , m_applications(std::make_unique<LocalApplications>(*this))
    , m_resources(std::make_unique<LocalResources>(*this))
    , m_roles(std::make_unique<LocalRoles>(*this))
    , m_organizationTemplate(std::make_unique<LocalOrganizationTemplate>(*this))
    , m_organizations(std::make_unique<LocalOrganizations>(*this))
    , m_ssoConnectors(std::make_unique<LocalSsoConnectors>(*this))
    , m_signInExperience(std::make_unique<LocalSignInExperience>(*this))
    , m_users(std::make_unique<LocalUsers>(*this))
    , m_journal(std::make_unique<LocalJournal>(*this))
{
    m_thread.setObjectName(QStringLiteral("gatehouse-sql"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    const QString op = m_operator;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, op] { w->setOperatorName(op); }, Qt::QueuedConnection);
}

LocalBackend::~LocalBackend()
{
    // Queued operations still run (their futures finish); then the connection closes on its own
    // thread and the worker is deleted there.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LocalBackend::location() const
{
    return m_spec.displayLocation();
}

Capabilities LocalBackend::capabilities() const
{
    return Capabilities{};
}

Future<Done> LocalBackend::open()
{
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    Future<Done> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, promise] {
            promise->addResult(w->open());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void LocalBackend::setOperator(const QString &operatorName)
{
    m_operator = operatorName;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, operatorName] { w->setOperatorName(operatorName); }, Qt::QueuedConnection);
}

Future<Done> LocalBackend::appendJournal(const QString &tenantId, const QString &action,
                                         const QString &targetType, const QString &targetId,
                                         const QJsonValue &before, const QJsonValue &after,
                                         const QString &reason)
{
    return submit<Done>([=](SqlSession &s) {
        s.write([&] { s.journal(tenantId, action, targetType, targetId, before, after, reason); });
        return Done{};
    });
}

QString LocalBackend::operatorName() const
{
    return m_operator;
}

TenantsApi &LocalBackend::tenants()
{
    return *m_tenants;
}

ApplicationsApi &LocalBackend::applications()
{
    return *m_applications;
}

ResourcesApi &LocalBackend::resources()
{
    return *m_resources;
}

RolesApi &LocalBackend::roles()
{
    return *m_roles;
}

OrganizationTemplateApi &LocalBackend::organizationTemplate()
{
    return *m_organizationTemplate;
}

OrganizationsApi &LocalBackend::organizations()
{
    return *m_organizations;
}

SsoConnectorsApi &LocalBackend::ssoConnectors()
{
    return *m_ssoConnectors;
}

SignInExperienceApi &LocalBackend::signInExperience()
{
    return *m_signInExperience;
}

UsersApi &LocalBackend::users()
{
    return *m_users;
}

JournalApi &LocalBackend::journal()
{
    return *m_journal;
}

} // namespace gatehouse::local
