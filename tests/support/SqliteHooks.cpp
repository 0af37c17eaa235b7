#include "SqliteHooks.h"

#include <cstring>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <vector>

namespace gatehouse::test::sqlitehooks {

namespace {
/// One connection's view of the hooks it was opened with.
struct Connection
{
    sqlite3 *db = nullptr;
    std::shared_ptr<const Hooks> hooks;
};

std::mutex mutex;
std::shared_ptr<const Hooks> current; // what connections opened from now on get
// Connections may outlive any one test: their contexts live as long as the process.
std::vector<std::unique_ptr<Connection>> connections;

const Connection &connectionOf(void *context)
{
    return *static_cast<const Connection *>(context);
}

void onUpdate(void *context, int operation, const char *database, const char *table, sqlite3_int64)
{
    const Connection &c = connectionOf(context);
    if (operation == SQLITE_INSERT && c.hooks->inserted && std::strcmp(database, "main") == 0)
        c.hooks->inserted(c.db, table);
}

int onCommit(void *context)
{
    const Connection &c = connectionOf(context);
    if (c.hooks->committing)
        c.hooks->committing(c.db);
    return 0; // go on and commit
}

void onRollback(void *context)
{
    const Connection &c = connectionOf(context);
    if (c.hooks->rolledBack)
        c.hooks->rolledBack(c.db);
}

int onTrace(unsigned type, void *context, void *statement, void *)
{
    const Connection &c = connectionOf(context);
    if (type == SQLITE_TRACE_STMT && c.hooks->statement) {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        c.hooks->statement(c.db, sql ? sql : "");
    }
    return 0;
}

int attach(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    Connection *c = nullptr;
    {
        std::lock_guard lock(mutex);
        if (!current)
            return SQLITE_OK;
        connections.push_back(std::make_unique<Connection>(Connection{db, current}));
        c = connections.back().get();
    }
    sqlite3_update_hook(db, &onUpdate, c);
    sqlite3_commit_hook(db, &onCommit, c);
    sqlite3_rollback_hook(db, &onRollback, c);
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &onTrace, c);
    return SQLITE_OK;
}
} // namespace

void install(Hooks hooks)
{
    {
        std::lock_guard lock(mutex);
        current = std::make_shared<const Hooks>(std::move(hooks));
    }
    // Registering the same entry point again is a no-op in SQLite.
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&attach));
}

} // namespace gatehouse::test::sqlitehooks
