#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalApplications final : public ApplicationsApi
{
public:
    explicit LocalApplications(LocalBackend &backend)
        : m_backend(backend)
    {}

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
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
