#include "local/SqliteFunctions.h"

#include "local/LocalCommon.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace gatehouse::local {

namespace {
QString textArgument(sqlite3_value *value)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QString::fromUtf8(bytes, sqlite3_value_bytes(value));
}

void containsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL ||
        sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    const QString haystack = textArgument(argv[0]);
    const QString needle = textArgument(argv[1]);
    sqlite3_result_int(context, haystack.contains(needle, Qt::CaseInsensitive) ? 1 : 0);
}
} // namespace

void registerSqliteFunctions(SqlSession &session)
{
    const QVariant handle = session.database().driver()->handle();
    sqlite3 *db = nullptr;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db = *static_cast<sqlite3 *const *>(handle.data());
    if (!db)
        throw SqlSession::fail(ErrorCode::Internal, ltr("The workspace connection is not a SQLite one."));
    const int rc = sqlite3_create_function_v2(db, "gh_contains", 2,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              &containsFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot set up the workspace's search functions."),
                               QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace gatehouse::local
