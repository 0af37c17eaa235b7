#include "sql/SqlJournalStore.h"

#include "sql/SqlConnection.h"
#include "sql/SqlJournal.h"
#include "sql/SqlMigrations.h"
#include "util/SystemUser.h"

namespace gatehouse::sql {

namespace {
WorkspaceSpec fileSpec(const QString &path)
{
    WorkspaceSpec spec;
    spec.kind = WorkspaceSpec::Kind::Sqlite;
    spec.path = path;
    return spec;
}

void prepareJournal(SqlSession &session)
{
    static const QList<Migration> migrations{
        {1, QStringLiteral("journal"), journal::schemaStatements(), {}, {}},
        {2, QStringLiteral("declared operator names"), journal::declaredOperatorStatements(), {}, {}},
        {3, QStringLiteral("journal seals"), journal::sealStatements(), {}, {}},
    };
    migrate(session, migrations, MigrationLedger{QStringLiteral("journal_store_migrations"), 7346236});
}
} // namespace

SqlJournalStore::SqlJournalStore(QString path)
    : m_path(std::move(path))
    , m_connection(std::make_unique<SqlConnection>(fileSpec(m_path), prepareJournal,
                                                   QStringLiteral("gatehouse-journal")))
{
    m_connection->setOperatorName(systemUserName());
}

SqlJournalStore::~SqlJournalStore() = default;

Future<Done> SqlJournalStore::open()
{
    return m_connection->open();
}

void SqlJournalStore::setDeclaredOperator(const QString &name)
{
    m_connection->setDeclaredOperator(name);
}

void SqlJournalStore::setSeal(const JournalSeal &seal)
{
    m_connection->setJournalSeal(seal);
}

Future<Done> SqlJournalStore::append(const JournalDraft &draft)
{
    return m_connection->submit<Done>([draft](SqlSession &s) {
        s.write([&] { journal::append(s, s.operatorName(), s.declaredOperator(), draft); });
        return Done{};
    });
}

Future<QList<JournalEntry>> SqlJournalStore::list(const JournalQuery &query)
{
    return m_connection->submit<QList<JournalEntry>>(
        [query](SqlSession &s) { return journal::list(s, query); });
}

Future<JournalVerifyReport> SqlJournalStore::verify()
{
    return m_connection->submit<JournalVerifyReport>([](SqlSession &s) { return journal::verify(s); });
}

} // namespace gatehouse::sql
