#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;
class RemoteSession;

class RemoteSsoConnectors final : public SsoConnectorsApi
{
public:
    explicit RemoteSsoConnectors(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<SsoConnector>> list(const QString &tenantId) override;
    Future<SsoConnector> get(const QString &tenantId, const QString &id) override;
    Future<SsoConnector> create(const QString &tenantId, const SsoConnector &draft) override;
    Future<SsoConnector> update(const QString &tenantId, const SsoConnector &connector) override;
    Future<Done> remove(const QString &tenantId, const QString &id) override;

    /// Worker-thread code: every connector of the tenant (GET /api/sso-connectors returns them
    /// all), without secrets, oldest first as the local backend lists them. Throws Failure.
    static QList<SsoConnector> fetchAll(RemoteSession &session, const QString &tenantId);

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
