#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

/// Applications and their secrets over /api/applications (SAML applications are created,
/// renamed and deleted through /api/saml-applications, as Logto requires).
///
/// Logto fixes a few things the local backend lets change: isThirdParty is set at creation only,
/// and Protected applications need Logto Cloud settings (a subdomain and an origin) that
/// Gatehouse does not manage, so creating one is Unsupported. Secret values are shown once, when
/// created; lists carry only their last four characters.
class RemoteApplications final : public ApplicationsApi
{
public:
    explicit RemoteApplications(RemoteBackend &backend)
        : m_backend(backend)
    {}

    /// The types create() accepts (see Capabilities::applicationTypes).
    static QList<ApplicationType> creatableTypes();

    Future<QList<Application>> list(const QString &tenantId) override;
    Future<Application> get(const QString &tenantId, const QString &id) override;
    Future<Application> create(const QString &tenantId, const Application &draft) override;
    Future<Application> update(const QString &tenantId, const Application &app) override;
    Future<Done> remove(const QString &tenantId, const QString &id) override;
    Future<QList<ApplicationSecret>> secrets(const QString &tenantId, const QString &appId) override;
    Future<ApplicationSecret> createSecret(const QString &tenantId, const QString &appId, const QString &name,
                                           std::optional<qint64> expiresAt) override;
    Future<Done> deleteSecret(const QString &tenantId, const QString &appId, const QString &name) override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
