#pragma once

#include "LogtoConnection.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace gatehouse::test {

/// A fresh workspace per test function on the backend named by GATEHOUSE_TEST_BACKEND
/// (sqlite | postgres | logto), plus a raw second connection for setting up what the API cannot
/// (MFA factors are enrolled by users, not administrators). For logto: a FakeLogto server and a
/// RemoteBackend connected to it (the fake's state plays the raw connection's part).
class UsersFixture
{
public:
    bool isPostgres() const
    {
        return qEnvironmentVariable("GATEHOUSE_TEST_BACKEND") == QLatin1String("postgres");
    }
    bool isRemote() const { return qEnvironmentVariable("GATEHOUSE_TEST_BACKEND") == QLatin1String("logto"); }
    /// The server behind a logto backend (nullptr otherwise).
    FakeLogto *fake() const { return m_fake.get(); }

    /// Returns an empty string on success, else why the backend could not be made; sets *skip
    /// when the test should be skipped rather than failed.
    QString open(bool *skip)
    {
        *skip = false;
        if (isRemote())
            return openRemote();
        if (isPostgres()) {
            if (postgresAdminUrl().isEmpty()) {
                *skip = !postgresRequired();
                return QStringLiteral(
                    "No PostgreSQL server (set GATEHOUSE_TEST_PG_URL; packaging/run-tests.sh "
                    "starts one).");
            }
            m_pg = std::make_unique<PostgresDatabase>();
            if (!m_pg->isValid())
                return m_pg->error();
            m_workspace = m_pg->url();
        } else {
            m_workspace = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter));
        }
        QString error;
        backend = openBackend(m_workspace, &error);
        return backend ? QString() : error;
    }

    void close()
    {
        if (QSqlDatabase::contains(QStringLiteral("raw")))
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        backend.reset();
        m_fake.reset();
        m_pg.reset();
    }

    QString workspace() const { return m_workspace; }

    /// Runs SQL on a second connection (binds positional).
    bool rawExec(const QString &sql, const QVariantList &binds = {})
    {
        const QString name = QStringLiteral("raw");
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::contains(name)
                    ? QSqlDatabase::database(name)
                    : QSqlDatabase::addDatabase(
                          isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (!db.isOpen()) {
                if (isPostgres()) {
                    const auto spec = WorkspaceSpec::parse(m_workspace);
                    db.setHostName(spec->host);
                    db.setPort(spec->port);
                    db.setUserName(spec->user);
                    db.setPassword(spec->password);
                    db.setDatabaseName(spec->database);
                } else {
                    db.setDatabaseName(m_workspace);
                }
                if (!db.open())
                    return false;
            }
            QSqlQuery q(db);
            if (binds.isEmpty()) { // BEGIN, COMMIT… cannot be prepared on PostgreSQL
                ok = q.exec(sql);
            } else {
                q.prepare(sql);
                for (int i = 0; i < binds.size(); ++i)
                    q.bindValue(i, binds[i]);
                ok = q.exec();
            }
        }
        return ok;
    }

    std::unique_ptr<Backend> backend;

private:
    QString openRemote()
    {
        m_fake = std::make_unique<FakeLogto>();
        if (!m_fake->start())
            return m_fake->error();
        QString error;
        backend =
            connectTo(*m_fake, m_dir.filePath(QStringLiteral("journal%1.sqlite").arg(++m_counter)), &error);
        if (backend)
            m_workspace = backend->location();
        return error;
    }

    std::unique_ptr<FakeLogto> m_fake;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresDatabase> m_pg;
    QString m_workspace;
    int m_counter = 0;
};

} // namespace gatehouse::test
