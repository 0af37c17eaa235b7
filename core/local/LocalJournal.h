#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

class LocalJournal final : public JournalApi
{
public:
    explicit LocalJournal(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<JournalEntry>> list(const JournalQuery &query) override;
    Future<JournalVerifyReport> verify() override;

private:
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
