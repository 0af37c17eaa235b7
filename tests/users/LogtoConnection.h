#pragma once

#include "FakeLogto.h"
#include "TestSupport.h"
#include "remote/RemoteBackend.h"
#include "sql/SqlJournalStore.h"

namespace gatehouse::test {

/// A RemoteBackend connected to `fake` (a development-tagged connection with the fake's
/// credentials) and opened; nullptr and *error when it could not open.
inline std::unique_ptr<remote::RemoteBackend> connectTo(FakeLogto &fake, const QString &journalPath,
                                                        QString *error)
{
    WorkspaceSpec spec;
    spec.kind = WorkspaceSpec::Kind::Logto;
    spec.endpoint = fake.endpoint();
    spec.logtoTenant = fake.tenant();
    spec.clientId = fake.clientId();
    spec.clientSecret = fake.clientSecret();
    spec.production = false;
    auto backend =
        std::make_unique<remote::RemoteBackend>(spec, std::make_unique<sql::SqlJournalStore>(journalPath));
    const auto opened = await(backend->open());
    if (!opened.ok()) {
        *error = opened.error().toString();
        return nullptr;
    }
    return backend;
}

} // namespace gatehouse::test
