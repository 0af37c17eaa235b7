#pragma once

#include "backend/Result.h"

#include <QString>

namespace gatehouse {

/// Where a workspace lives, parsed from what a person types or passes to --workspace:
///  - a file path (SQLite; created on first open), or
///  - postgres://user[:password]@host[:port]/database[?sslmode=require] (PostgreSQL).
/// A password in the URL is accepted for scripts and tests; the GUI keeps it in the keychain.
struct WorkspaceSpec
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< never printed, never stored in settings
    QString sslMode;  ///< libpq sslmode, empty = libpq's default

    static Result<WorkspaceSpec> parse(const QString &text);
    /// The default workspace: workspace.sqlite under QStandardPaths::AppDataLocation.
    static WorkspaceSpec defaultWorkspace();

    /// For status bars and settings: the path, or the URL without the password.
    QString displayLocation() const;
    /// Account key for the keychain ("postgres://user@host:port/db").
    QString keychainAccount() const { return displayLocation(); }
};

} // namespace gatehouse
