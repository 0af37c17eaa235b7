#include "local/LocalBackend.h"

#include "local/LocalAreas.h"
#include "local/LocalOrganizations.h"
#include "local/LocalUsers.h"
#include "local/Migrations.h"
#include "local/SqliteFunctions.h"
#include "util/SystemUser.h"

#include <QCoreApplication>

namespace gatehouse::local {

namespace {
/// What a workspace needs on every open: the search functions (SQLite), its migrations, and on
/// PostgreSQL the operator as the server knows them (the session's login).
void prepareWorkspace(SqlSession &session)
{
    if (session.dialect() == Dialect::Sqlite) {
        registerSqliteFunctions(session);
    } else {
        QSqlQuery q = session.exec(QStringLiteral("SELECT session_user"));
        if (q.next())
            session.setOperatorName(q.value(0).toString());
    }
    migrate(session);
}
} // namespace

namespace {
/// Who a workspace's changes are by: the login on PostgreSQL (libpq connects as the OS account
/// when the address names none), the OS account on a file.
QString establishedOperator(const WorkspaceSpec &spec)
{
    if (spec.kind == WorkspaceSpec::Kind::Postgres && !spec.user.isEmpty())
        return spec.user;
    return systemUserName();
}
} // namespace

LocalBackend::LocalBackend(WorkspaceSpec spec)
    : m_spec(std::move(spec))
    , m_operator(establishedOperator(m_spec))
    , m_connection(m_spec, prepareWorkspace, QStringLiteral("gatehouse-sql"))
{
    m_connection.setOperatorName(m_operator);
    setAreas({makeTenants(*this), makeApplications(*this), makeResources(*this), makeRoles(*this),
              std::make_unique<LocalUsers>(*this), makeOrganizationTemplate(*this),
              std::make_unique<LocalOrganizations>(*this), makeSsoConnectors(*this),
              makeSignInExperience(*this), makeLogs(*this), makeJournal(*this), makeAccess(*this)});
}

// The connection runs the operations already queued (their futures finish), then closes.
LocalBackend::~LocalBackend() = default;

QString LocalBackend::location() const
{
    return m_spec.displayLocation();
}

Capabilities LocalBackend::capabilities() const
{
    Capabilities c;
    c.userCountEstimate = m_spec.kind == WorkspaceSpec::Kind::Postgres;
    return c;
}

Future<Done> LocalBackend::open()
{
    return m_connection.open();
}

void LocalBackend::sealJournal(const JournalSeal &seal)
{
    m_connection.setJournalSeal(seal);
}

Result<Done> LocalBackend::declareOperator(const QString &name)
{
    if (m_spec.kind == WorkspaceSpec::Kind::Postgres && !name.trimmed().isEmpty())
        return Error(ErrorCode::Forbidden,
                     QCoreApplication::translate(
                         "gatehouse::local",
                         "On a PostgreSQL workspace the database login is the operator (%1); no other name "
                         "can be declared. Connect as your own login instead.")
                         .arg(m_operator));
    m_declared = name.trimmed();
    m_connection.setDeclaredOperator(m_declared);
    return Done{};
}

QString LocalBackend::operatorName() const
{
    return m_operator;
}

} // namespace gatehouse::local
