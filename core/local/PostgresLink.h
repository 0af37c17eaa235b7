#pragma once

#include <QString>
#include <QVariantList>

struct pg_conn;

namespace gatehouse {
class SqlSession;
}

namespace gatehouse::local {

/// The libpq connection behind a PostgreSQL session (Qt's driver hands it out). Throws Failure
/// when the session has none.
pg_conn *postgresConnection(SqlSession &s);

/// The planner's estimate of how many rows `sql` (a query with `?` placeholders, bound to
/// `binds` in order) returns, without running it. EXPLAIN cannot be prepared (Qt's driver
/// prepares every query with bound values), so it is sent as libpq's unnamed statement with the
/// values as parameters — never spliced into the text. Throws Failure on a database error.
qint64 postgresPlanRows(SqlSession &s, const QString &sql, const QVariantList &binds);

} // namespace gatehouse::local
