#pragma once

#include "TestSupport.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace gatehouse::test {

/// The backends the conformance suite runs against: SQLite, PostgreSQL, and a Logto connection
/// to an in-memory Logto server (FakeLogto). The tests themselves speak only to the Backend
/// interface and its capabilities().
enum class BackendKind { Sqlite, Postgres, Logto };

class FakeLogto;

QString backendKindName(BackendKind kind);

/// The kind to test: `--backend=<kind>` (or `--backend <kind>`) on the command line, which is
/// removed from argv so QTest does not see it, else the GATEHOUSE_TEST_BACKEND environment
/// variable, else SQLite. Unknown names yield nullopt and set *error.
std::optional<BackendKind> backendKindFromArguments(int &argc, char **argv, QString *error);

/// One fresh, empty workspace of one kind, removed again by the destructor (a SQLite file in a
/// temporary folder, a new PostgreSQL database, a new FakeLogto with a journal file in a
/// temporary folder). Use from the test thread only.
class WorkspaceFixture
{
public:
    /// Why workspaces of `kind` cannot be made here (empty = they can). *mustRun says whether that
    /// is a test failure (CI, or a server was configured) rather than a reason to skip.
    static QString unavailableReason(BackendKind kind, bool *mustRun);

    explicit WorkspaceFixture(BackendKind kind);
    ~WorkspaceFixture();
    WorkspaceFixture(const WorkspaceFixture &) = delete;
    WorkspaceFixture &operator=(const WorkspaceFixture &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    BackendKind kind() const { return m_kind; }
    /// What --workspace takes: the file path, the postgres:// URL (with its password) or the
    /// logto+https:// address (tagged development, with the test server's CA file; the
    /// credentials are not part of it).
    QString workspace() const { return m_workspace; }

    /// A new backend on this workspace, opened; every call is a separate connection. `tag`
    /// (Logto only) connects with that tag instead of the workspace's. nullptr (and *error) on
    /// failure.
    std::unique_ptr<Backend> openBackend(QString *error = nullptr, std::optional<TenantTag> tag = {}) const;
    /// The journal key and anchor of this workspace on "this machine" (a key made for the
    /// fixture, the anchor in its folder), as the keychain would give them.
    const JournalSeal &journalSeal() const { return m_seal; }

    /// Whether the objects themselves (applications, roles…) can be reached with SQL: not for a
    /// Logto connection, whose SQL store holds only its journal (every kind's journal can).
    bool hasDataSqlAccess() const { return m_kind != BackendKind::Logto; }
    /// The in-memory Logto server of a Logto workspace (null for the other kinds): where a test
    /// puts what only the server itself records, such as authentication events.
    FakeLogto *logto() const { return m_logto.get(); }
    /// A raw connection of its own to the workspace's database (a Logto connection's journal
    /// file), opened. Closed and removed by the destructor; check isOpen() and lastError().
    QSqlDatabase sqlConnection();

private:
    std::unique_ptr<Backend> openUndecorated(QString *error, std::optional<TenantTag> tag) const;

    BackendKind m_kind;
    QString m_workspace;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresDatabase> m_postgres;
    std::unique_ptr<FakeLogto> m_logto;
    QString m_journalPath; ///< Logto: the connection's journal file
    JournalSeal m_seal;
    QTemporaryDir m_anchorDir;
    QStringList m_connections;
};

} // namespace gatehouse::test
