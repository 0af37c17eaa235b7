#include "backend/BackendFactory.h"

#include "local/LocalBackend.h"

namespace gatehouse {

std::unique_ptr<Backend> createBackend(const WorkspaceSpec &spec)
{
    return std::make_unique<local::LocalBackend>(spec);
}

} // namespace gatehouse
