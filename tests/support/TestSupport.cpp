#include "TestSupport.h"

#include "PostgresConnection.h"
#include "factory/BackendFactory.h"
#include "security/Random.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace gatehouse::test {

QString postgresAdminUrl()
{
    return qEnvironmentVariable("GATEHOUSE_TEST_PG_URL");
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true") || !postgresAdminUrl().isEmpty();
}

bool adminExec(const QString &sql, QString *error)
{
    const auto spec = WorkspaceSpec::parse(postgresAdminUrl());
    if (!spec.ok()) {
        *error = spec.error().toString();
        return false;
    }
    const QString connection = QStringLiteral("gatehouse-test-admin-") + security::generateId(8);
    bool ok = false;
    {
        QSqlDatabase db = addPostgresConnection(spec.value(), connection);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

PostgresDatabase::PostgresDatabase()
{
    if (postgresAdminUrl().isEmpty()) {
        m_error = QStringLiteral("GATEHOUSE_TEST_PG_URL is not set (packaging/run-tests.sh starts a server)");
        return;
    }
    m_name = QStringLiteral("gh_test_") + security::generateId(10);
    // The name is generated here from [0-9a-z]: identifiers cannot be bound as parameters.
    if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_name, &m_error)) {
        m_name.clear();
        return;
    }
    QUrl url(postgresAdminUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

PostgresDatabase::~PostgresDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"), &error);
}

std::unique_ptr<Backend> openBackend(const QString &workspace, QString *error)
{
    const auto spec = WorkspaceSpec::parse(workspace);
    if (!spec.ok()) {
        if (error)
            *error = spec.error().toString();
        return nullptr;
    }
    auto backend = createBackend(spec.value());
    const auto opened = await(backend->open());
    if (!opened.ok()) {
        if (error)
            *error = opened.error().toString();
        return nullptr;
    }
    return backend;
}

} // namespace gatehouse::test
