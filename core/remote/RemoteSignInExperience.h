#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

class RemoteSignInExperience final : public SignInExperienceApi
{
public:
    explicit RemoteSignInExperience(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<SignInExperience> get(const QString &tenantId) override;
    Future<SignInExperience> update(const QString &tenantId, const SignInExperience &experience) override;
    Future<AccessSnapshot> accessSnapshot(const QString &tenantId, const QString &email) override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
