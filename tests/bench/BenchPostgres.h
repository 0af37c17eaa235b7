#pragma once

#include "backend/WorkspaceSpec.h"

#include <QJsonObject>

namespace gatehouse::bench {

/// The reference import on PostgreSQL, the least any import must do there: the same generated
/// rows, COPY'd in batches (text produced outside the clock) into a copy of the workspace's users
/// table with every one of its indexes (unique keys, sort orders, the pg_trgm search index), in
/// one transaction, then dropped. `spec` is a migrated workspace.
QJsonObject postgresReferenceImport(const WorkspaceSpec &spec, qint64 count);

} // namespace gatehouse::bench
