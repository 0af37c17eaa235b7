#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalSignInExperience final : public SignInExperienceApi
{
public:
    explicit LocalSignInExperience(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<SignInExperience> get(const QString &tenantId) override;
    Future<SignInExperience> update(const QString &tenantId, const SignInExperience &experience) override;
    Future<AccessSnapshot> accessSnapshot(const QString &tenantId, const QString &email) override;

private:
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
