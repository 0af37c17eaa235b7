#include "remote/RemoteJournal.h"

#include "local/LocalBackend.h"
#include "remote/RemoteBackend.h"

namespace gatehouse::remote {

Future<QList<JournalEntry>> RemoteJournal::list(const JournalQuery &query)
{
    return m_backend.journalStore().journal().list(query);
}

Future<JournalVerifyReport> RemoteJournal::verify()
{
    return m_backend.journalStore().journal().verify();
}

} // namespace gatehouse::remote
