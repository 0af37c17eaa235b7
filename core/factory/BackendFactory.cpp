#include "factory/BackendFactory.h"

#include "local/LocalBackend.h"
#include "remote/RemoteBackend.h"
#include "security/Random.h"
#include "sql/SqlJournalStore.h"

#include <QStandardPaths>

namespace gatehouse {

std::unique_ptr<Backend> createBackend(const WorkspaceSpec &spec)
{
    if (spec.kind == WorkspaceSpec::Kind::Logto)
        return createRemoteBackend(spec);
    return std::make_unique<local::LocalBackend>(spec);
}

QString connectionJournalPath(const WorkspaceSpec &spec)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString name = security::sha256Hex(spec.keychainAccount().toUtf8()).left(32);
    return base + QStringLiteral("/connections/") + name + QStringLiteral(".journal.sqlite");
}

std::unique_ptr<Backend> createRemoteBackend(const WorkspaceSpec &spec, const QString &journalPath)
{
    return std::make_unique<remote::RemoteBackend>(
        spec, std::make_unique<sql::SqlJournalStore>(journalPath.isEmpty() ? connectionJournalPath(spec)
                                                                           : journalPath));
}

} // namespace gatehouse
