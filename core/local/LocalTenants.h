#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalTenants final : public TenantsApi
{
public:
    explicit LocalTenants(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Tenant>> list() override;
    Future<Tenant> get(const QString &id) override;
    Future<Tenant> create(const Tenant &draft) override;
    Future<Tenant> update(const Tenant &tenant) override;
    Future<Done> remove(const QString &id) override;

private:
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
