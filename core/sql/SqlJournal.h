#pragma once

#include "journal/JournalEntry.h"
#include "journal/JournalStore.h"
#include "sql/SqlSession.h"

#include <QStringList>

// The journal's tables and their SQL, in one place: a workspace appends each entry in the
// transaction of the change it records; a journal-only store (SqlJournalStore) in its own.
// Worker-thread code: every function takes the connection's SqlSession and throws Failure.

namespace gatehouse::sql::journal {

/// CREATE statements for the journal, its indexes and its head row (a no-op where they exist).
QStringList schemaStatements();
/// The column for declared operator names, added to journals written before it existed.
QStringList declaredOperatorStatements();
/// The columns of entry seals (key id and HMAC; see JournalSeal.h), added to older journals.
QStringList sealStatements();

/// Appends one entry inside the current write transaction: reads and locks the head, chains
/// the entry to it, stores it and moves the head.
void append(SqlSession &session, const QString &operatorName, const QString &declaredOperator,
            const JournalDraft &draft);

/// Newest first; filters of `query` are optional.
QList<JournalEntry> list(SqlSession &session, const JournalQuery &query);

/// Walks the whole chain against the head, in one snapshot of the database.
JournalVerifyReport verify(SqlSession &session);

} // namespace gatehouse::sql::journal
