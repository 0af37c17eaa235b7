#include "local/LocalBackend.h"

#include "local/LocalAreas.h"
#include "local/LocalOrganizations.h"
#include "local/LocalUsers.h"
#include "local/Migrations.h"
#include "local/SqliteFunctions.h"
#include "util/SystemUser.h"

namespace gatehouse::local {

namespace {
/// What a workspace needs on every open: the search functions (SQLite) and its migrations.
void prepareWorkspace(SqlSession &session)
{
    if (session.dialect() == Dialect::Sqlite)
        registerSqliteFunctions(session);
    migrate(session);
}
} // namespace

LocalBackend::LocalBackend(WorkspaceSpec spec)
    : m_spec(std::move(spec))
    , m_operator(systemUserName())
    , m_connection(m_spec, prepareWorkspace, QStringLiteral("gatehouse-sql"))
{
    m_connection.setOperatorName(m_operator);
    setAreas({makeTenants(*this), makeApplications(*this), makeResources(*this), makeRoles(*this),
              std::make_unique<LocalUsers>(*this), makeOrganizationTemplate(*this),
              std::make_unique<LocalOrganizations>(*this), makeSsoConnectors(*this),
              makeSignInExperience(*this), makeJournal(*this)});
}

// The connection runs the operations already queued (their futures finish), then closes.
LocalBackend::~LocalBackend() = default;

QString LocalBackend::location() const
{
    return m_spec.displayLocation();
}

Capabilities LocalBackend::capabilities() const
{
    return Capabilities{};
}

Future<Done> LocalBackend::open()
{
    return m_connection.open();
}

void LocalBackend::setOperator(const QString &operatorName)
{
    m_operator = operatorName;
    m_connection.setOperatorName(operatorName);
}

QString LocalBackend::operatorName() const
{
    return m_operator;
}

} // namespace gatehouse::local
