#include "WorkspaceFixture.h"

#include "FakeLogto.h"
#include "PostgresConnection.h"
#include "backend/BackendDecorator.h"
#include "backend/ChangeFeed.h"
#include "remote/RemoteBackend.h"
#include "security/Random.h"
#include "sql/SqlJournalStore.h"

#include <QFile>
#include <QUrl>
#include <cstring>

namespace gatehouse::test {

QString backendKindName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Sqlite:
        return QStringLiteral("sqlite");
    case BackendKind::Postgres:
        return QStringLiteral("postgres");
    case BackendKind::Logto:
        return QStringLiteral("logto");
    }
    return {};
}

namespace {
std::optional<BackendKind> parseKind(const QString &name)
{
    for (BackendKind kind : {BackendKind::Sqlite, BackendKind::Postgres, BackendKind::Logto}) {
        if (name == backendKindName(kind))
            return kind;
    }
    return std::nullopt;
}
} // namespace

std::optional<BackendKind> backendKindFromArguments(int &argc, char **argv, QString *error)
{
    QString name = qEnvironmentVariable("GATEHOUSE_TEST_BACKEND", QStringLiteral("sqlite"));
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--backend=", 10) == 0) {
            name = QString::fromLocal8Bit(argv[i] + 10);
        } else if (std::strcmp(argv[i], "--backend") == 0 && i + 1 < argc) {
            name = QString::fromLocal8Bit(argv[++i]);
        } else {
            argv[out++] = argv[i];
        }
    }
    argc = out;
    argv[argc] = nullptr;
    const auto kind = parseKind(name);
    if (!kind && error)
        *error = QStringLiteral("unknown backend \"%1\" (use sqlite, postgres or logto)").arg(name);
    return kind;
}

QString WorkspaceFixture::unavailableReason(BackendKind kind, bool *mustRun)
{
    *mustRun = false;
    switch (kind) {
    case BackendKind::Sqlite:
        *mustRun = true;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return QStringLiteral("the Qt SQLite driver is not installed (libqt6sql6-sqlite)");
        return {};
    case BackendKind::Postgres:
        *mustRun = postgresRequired();
        if (postgresAdminUrl().isEmpty())
            return QStringLiteral("no PostgreSQL server: set GATEHOUSE_TEST_PG_URL (packaging/run-tests.sh "
                                  "starts one)");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("the Qt PostgreSQL driver is not installed (libqt6sql6-psql)");
        return {};
    case BackendKind::Logto:
        // An in-memory Logto in this process; the connection's journal is a SQLite file.
        *mustRun = true;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return QStringLiteral("the Qt SQLite driver is not installed (libqt6sql6-sqlite)");
        return {};
    }
    return QStringLiteral("unknown backend kind");
}

WorkspaceFixture::WorkspaceFixture(BackendKind kind)
    : m_kind(kind)
{
    m_seal.signing = journalseal::generateKey();
    m_seal.keys.insert(m_seal.signing.id, m_seal.signing.secret);
    m_seal.anchorPath = m_anchorDir.filePath(QStringLiteral("anchor.json"));
    switch (kind) {
    case BackendKind::Sqlite:
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        else
            m_workspace = m_dir->filePath(QStringLiteral("workspace.sqlite"));
        break;
    case BackendKind::Postgres:
        m_postgres = std::make_unique<PostgresDatabase>();
        if (!m_postgres->isValid())
            m_error = QStringLiteral("cannot create a PostgreSQL database: ") + m_postgres->error();
        else
            m_workspace = m_postgres->url();
        break;
    case BackendKind::Logto:
        m_dir = std::make_unique<QTemporaryDir>();
        // Over TLS with a CA file, as a real server: connections tagged production need it.
        m_logto = std::make_unique<FakeLogto>(true);
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        } else if (!m_logto->start()) {
            m_error = QStringLiteral("cannot start the Logto test server: ") + m_logto->error();
        } else {
            m_journalPath = m_dir->filePath(QStringLiteral("connection.journal.sqlite"));
            const QString caPath = m_dir->filePath(QStringLiteral("ca.pem"));
            QFile ca(caPath);
            if (!ca.open(QIODevice::WriteOnly) || ca.write(m_logto->certificate().toPem()) < 0)
                m_error = QStringLiteral("cannot write the test server's certificate: ") + ca.errorString();
            ca.close();
            m_workspace = QStringLiteral("logto+") + m_logto->endpoint() + QStringLiteral("?tenant=") +
                          m_logto->tenant() + QStringLiteral("&tag=development&ca=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(caPath));
        }
        break;
    }
}

WorkspaceFixture::~WorkspaceFixture()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<Backend> WorkspaceFixture::openBackend(QString *error, std::optional<TenantTag> tag) const
{
    auto backend = openUndecorated(error, tag);
    if (backend)
        backend->sealJournal(m_seal);
    // GATEHOUSE_TEST_DECORATED=1: every call goes through the decorator the GUI uses, with its
    // change feed, so the suite proves that it passes every operation through unchanged.
    if (backend && qEnvironmentVariableIntValue("GATEHOUSE_TEST_DECORATED") == 1)
        return std::make_unique<BackendDecorator>(std::move(backend), ChangeFeed::create());
    return backend;
}

std::unique_ptr<Backend> WorkspaceFixture::openUndecorated(QString *error, std::optional<TenantTag> tag) const
{
    if (!isValid()) {
        if (error)
            *error = m_error;
        return nullptr;
    }
    if (m_kind != BackendKind::Logto)
        return test::openBackend(m_workspace, error);
    auto spec = WorkspaceSpec::parse(m_workspace);
    if (!spec.ok()) {
        if (error)
            *error = spec.error().toString();
        return nullptr;
    }
    if (tag)
        spec.value().production = *tag == TenantTag::Production;
    spec.value().clientId = m_logto->clientId();
    spec.value().clientSecret = m_logto->clientSecret();
    auto backend = std::make_unique<remote::RemoteBackend>(
        spec.value(), std::make_unique<sql::SqlJournalStore>(m_journalPath));
    const Result<Done> opened = await(backend->open());
    if (!opened.ok()) {
        if (error)
            *error = opened.error().toString();
        return nullptr;
    }
    return backend;
}

QSqlDatabase WorkspaceFixture::sqlConnection()
{
    const QString name = QStringLiteral("fixture-raw-") + security::generateId(8);
    m_connections.append(name);
    const auto spec = WorkspaceSpec::parse(m_workspace);
    QSqlDatabase db;
    if (m_kind == BackendKind::Sqlite || m_kind == BackendKind::Logto) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_kind == BackendKind::Logto ? m_journalPath : spec->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = test::addPostgresConnection(spec.value(), name);
        db.setConnectOptions(QStringLiteral("application_name=gatehouse-fixture"));
    }
    db.open();
    return db;
}

} // namespace gatehouse::test
