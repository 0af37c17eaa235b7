#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"

#include <memory>

namespace gatehouse {

/// A backend for `spec`, not yet opened (call open()): a LocalBackend for SQLite files and
/// PostgreSQL servers, a RemoteBackend for Logto connections — whose spec must carry the client
/// id and secret (security::CredentialResolver fills them in) and whose changes are journaled in
/// a file of the connection's own under the application data folder (connectionJournalPath()).
///
/// The factory is the one place that knows every kind of backend: it links the local and the
/// remote backend libraries, which never link each other.
std::unique_ptr<Backend> createBackend(const WorkspaceSpec &spec);

/// Where a Logto connection's journal lives by default:
/// <AppData>/connections/<hash of spec.keychainAccount()>.journal.sqlite.
QString connectionJournalPath(const WorkspaceSpec &spec);

/// A Logto connection journaled in `journalPath` (empty: connectionJournalPath(spec)).
std::unique_ptr<Backend> createRemoteBackend(const WorkspaceSpec &spec, const QString &journalPath = {});

} // namespace gatehouse
