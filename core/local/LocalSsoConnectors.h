#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalSsoConnectors final : public SsoConnectorsApi
{
public:
    explicit LocalSsoConnectors(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<SsoConnector>> list(const QString &tenantId) override;
    Future<SsoConnector> get(const QString &tenantId, const QString &id) override;
    Future<SsoConnector> create(const QString &tenantId, const SsoConnector &draft) override;
    Future<SsoConnector> update(const QString &tenantId, const SsoConnector &connector) override;
    Future<Done> remove(const QString &tenantId, const QString &id) override;

private:
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
