#include "backend/BackendFactory.h"

#include "local/LocalBackend.h"
#include "remote/Credentials.h"
#include "remote/RemoteBackend.h"

namespace gatehouse {

std::unique_ptr<Backend> createBackend(const WorkspaceSpec &spec)
{
    if (spec.kind != WorkspaceSpec::Kind::Logto)
        return std::make_unique<local::LocalBackend>(spec);
    // Credentials normally come resolved (keychain, see remote/Credentials.h); scripts may give
    // them in the environment. Without any, open() says what is missing.
    WorkspaceSpec resolved = spec;
    if (resolved.clientId.isEmpty() && resolved.clientSecret.isEmpty()) {
        const auto fromEnvironment = remote::credentialsFromEnvironment();
        if (fromEnvironment.ok() && fromEnvironment.value()) {
            resolved.clientId = fromEnvironment.value()->first;
            resolved.clientSecret = fromEnvironment.value()->second;
        }
    }
    return std::make_unique<remote::RemoteBackend>(resolved);
}

} // namespace gatehouse
