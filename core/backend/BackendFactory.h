#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"

#include <memory>

namespace gatehouse {

/// Creates the backend for a workspace (not yet opened: call open() and wait for it).
std::unique_ptr<Backend> createBackend(const WorkspaceSpec &spec);

} // namespace gatehouse
