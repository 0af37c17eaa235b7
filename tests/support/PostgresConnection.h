#pragma once

#include "TestSupport.h"
#include "backend/WorkspaceSpec.h"

#include <QSqlDatabase>
#include <QTest>

/// In a test function: skips it when no PostgreSQL server is configured, or fails it where one is
/// required (CI, packaging/run-tests.sh).
#define GH_REQUIRE_POSTGRES()                                                                                \
    do {                                                                                                     \
        if (::gatehouse::test::postgresAdminUrl().isEmpty()) {                                               \
            if (::gatehouse::test::postgresRequired())                                                       \
                QFAIL("GATEHOUSE_TEST_PG_URL is not set but PostgreSQL tests are required");                 \
            QSKIP("No PostgreSQL server (set GATEHOUSE_TEST_PG_URL; packaging/run-tests.sh starts one).");   \
        }                                                                                                    \
    } while (false)

namespace gatehouse::test {

/// A Qt PostgreSQL connection named `name` to the server, database and login of `spec`, not yet
/// opened (set more options first if needed). Remove it with QSqlDatabase::removeDatabase once
/// every handle to it is gone.
QSqlDatabase addPostgresConnection(const WorkspaceSpec &spec, const QString &name);

} // namespace gatehouse::test
