#pragma once

#include <QString>

class QFileDevice;

// Files that hold identity data (workspaces, exports, import reports) are readable by their
// owner only, whatever the process umask says, from before the first byte is written.

namespace gatehouse::privatefiles {

/// Opens `file` (a QFile or QSaveFile, not yet open) for writing and restricts it to its owner
/// (0600) before anything is written; an existing file is tightened the same way. False with
/// the file's errorString() when it cannot be opened or restricted.
bool openForWriting(QFileDevice &file, bool truncate = true);

/// Creates the file at `path` empty with mode 0600 if it does not exist yet (a SQLite workspace
/// before SQLite opens it: its -wal and -shm files take the database file's mode). An existing
/// file is left as it is. Empty on success, else why not.
QString createIfMissing(const QString &path);

} // namespace gatehouse::privatefiles
