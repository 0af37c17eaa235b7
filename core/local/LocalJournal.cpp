#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "sql/SqlJournal.h"

namespace gatehouse::local {

namespace {

class LocalJournal final : public JournalApi
{
public:
    explicit LocalJournal(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<JournalEntry>> list(const JournalQuery &query) override
    {
        return m_backend.submit<QList<JournalEntry>>(
            [query](SqlSession &s) { return sql::journal::list(s, query); });
    }

    Future<JournalVerifyReport> verify() override
    {
        return m_backend.submit<JournalVerifyReport>([](SqlSession &s) { return sql::journal::verify(s); });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<JournalApi> makeJournal(LocalBackend &backend)
{
    return std::make_unique<LocalJournal>(backend);
}

} // namespace gatehouse::local
