#pragma once

#include "backend/WorkspaceSpec.h"

#include <QSqlDatabase>

namespace gatehouse::test {

/// A Qt PostgreSQL connection named `name` to the server, database and login of `spec`, not yet
/// opened (set more options first if needed). Remove it with QSqlDatabase::removeDatabase once
/// every handle to it is gone.
QSqlDatabase addPostgresConnection(const WorkspaceSpec &spec, const QString &name);

} // namespace gatehouse::test
