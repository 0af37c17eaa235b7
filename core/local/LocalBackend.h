#pragma once

#include "backend/AreaBackend.h"
#include "backend/WorkspaceSpec.h"
#include "local/LocalSql.h"
#include "sql/SqlConnection.h"

namespace gatehouse::local {

/// The Qt Sql backend for SQLite files and PostgreSQL servers.
///
/// One connection on a thread of its own (sql::SqlConnection); operations run there in
/// submission order, so the caller's thread never waits on SQL. Futures finish on that thread.
/// Each area is implemented in its own file (LocalAreas.h, LocalUsers.h, LocalOrganizations.h).
class LocalBackend final : public AreaBackend
{
public:
    explicit LocalBackend(WorkspaceSpec spec);
    ~LocalBackend() override;

    QString location() const override;
    Capabilities capabilities() const override;
    Future<Done> open() override;
    Result<Done> declareOperator(const QString &name) override;
    void sealJournal(const JournalSeal &seal) override;
    QString operatorName() const override;

    const WorkspaceSpec &spec() const { return m_spec; }
    /// The name declared with declareOperator() (empty for none).
    QString declaredOperator() const { return m_declared; }

    /// Runs `fn(SqlSession &)` on the connection's thread. `fn` returns T or throws Failure.
    template <typename T, typename F>
    Future<T> submit(F fn)
    {
        return m_connection.submit<T>(std::move(fn));
    }

private:
    WorkspaceSpec m_spec;
    QString m_operator;
    QString m_declared;
    /// A member of this class, so it is destroyed before the areas (AreaBackend's): the
    /// operations still queued finish while the areas exist.
    sql::SqlConnection m_connection;
};

} // namespace gatehouse::local
