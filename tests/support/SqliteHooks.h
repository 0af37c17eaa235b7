#pragma once

#include <functional>

struct sqlite3;

namespace gatehouse::test::sqlitehooks {

/// Callbacks on every SQLite connection the process opens after install(): a way for a test (or a
/// child process of one) to see, and hold, the product's own connections in the middle of their
/// work without changing the product. Each callback runs on the thread that uses the connection,
/// inside the statement or transaction it reports; blocking there holds that statement open.
struct Hooks
{
    /// A row was inserted into `table` of the main database (rowid tables only).
    std::function<void(sqlite3 *db, const char *table)> inserted;
    /// A transaction is about to commit (it has not yet: a kill now loses it).
    std::function<void(sqlite3 *db)> committing;
    /// A transaction was rolled back.
    std::function<void(sqlite3 *db)> rolledBack;
    /// A statement starts running (its SQL text as prepared).
    std::function<void(sqlite3 *db, const char *sql)> statement;
};

/// Installs `hooks` for every connection opened from now on (existing connections are left
/// alone). Call once, before the connections of interest are opened; a later call replaces the
/// callbacks for connections opened after it.
void install(Hooks hooks);

} // namespace gatehouse::test::sqlitehooks
