#include "local/LocalJournal.h"

#include "local/LocalBackend.h"
#include "sql/SqlJournal.h"

namespace gatehouse::local {

Future<QList<JournalEntry>> LocalJournal::list(const JournalQuery &query)
{
    return m_backend.submit<QList<JournalEntry>>(
        [query](SqlSession &s) { return sql::journal::list(s, query); });
}

Future<JournalVerifyReport> LocalJournal::verify()
{
    return m_backend.submit<JournalVerifyReport>([](SqlSession &s) { return sql::journal::verify(s); });
}

} // namespace gatehouse::local
