#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

/// The connection's journal: what this connection changed on the Logto server, kept in its own
/// local journal store (Logto records no Management API changes). Listing and verifying are
/// the local journal's, on the store's thread.
class RemoteJournal final : public JournalApi
{
public:
    explicit RemoteJournal(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<JournalEntry>> list(const JournalQuery &query) override;
    Future<JournalVerifyReport> verify() override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
