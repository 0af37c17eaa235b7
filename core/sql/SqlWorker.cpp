#include "sql/SqlWorker.h"

#include "util/PrivateFiles.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>

namespace gatehouse::sql {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("gatehouse-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqlWorker::SqlWorker(WorkspaceSpec spec, Prepare prepare)
    : m_spec(std::move(spec))
    , m_prepare(std::move(prepare))
    , m_connectionName(nextConnectionName())
{}

SqlWorker::~SqlWorker()
{
    close();
}

QString SqlWorker::notOpenMessage()
{
    return tr("The workspace is not open.");
}

QString SqlWorker::internalMessage()
{
    return tr("An unexpected error occurred in the workspace.");
}

void SqlWorker::setOperatorName(const QString &name)
{
    m_operator = name;
    if (m_session)
        m_session->setOperatorName(name);
}

void SqlWorker::setDeclaredOperator(const QString &name)
{
    m_declaredOperator = name;
    if (m_session)
        m_session->setDeclaredOperator(name);
}

void SqlWorker::setJournalSeal(const JournalSeal &seal)
{
    m_seal = seal;
    if (m_session)
        m_session->setJournalSeal(seal);
}

Result<Done> SqlWorker::open()
{
    close();
    const bool sqlite = m_spec.kind == WorkspaceSpec::Kind::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error(ErrorCode::Unavailable, tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                                                 .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                                     : QStringLiteral("libqt6sql6-psql")));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        const QFileInfo info(m_spec.path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(ErrorCode::Unavailable, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        // A new workspace is its owner's only (0600), and so are its -wal and -shm files.
        if (const QString why = privatefiles::createIfMissing(m_spec.path); !why.isEmpty())
            return Error(ErrorCode::Unavailable, tr("Cannot create the workspace %1.").arg(m_spec.path), why);
        db.setDatabaseName(m_spec.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setDatabaseName(m_spec.database);
        db.setUserName(m_spec.user);
        db.setPassword(m_spec.password);
        QString options = QStringLiteral("connect_timeout=10;application_name=gatehouse");
        if (const QString ssl = m_spec.effectiveSslMode(); !ssl.isEmpty())
            options += QStringLiteral(";sslmode=") + ssl;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Error(ErrorCode::Unavailable,
                     tr("Cannot open the workspace %1.").arg(m_spec.displayLocation()), detail);
    }
    m_session = std::make_unique<SqlSession>(db, sqlite ? Dialect::Sqlite : Dialect::Postgres);
    db = QSqlDatabase(); // the session holds the only handle, so close() can remove the connection
    m_session->setOperatorName(m_operator);
    m_session->setDeclaredOperator(m_declaredOperator);
    m_session->setJournalSeal(m_seal);
    auto setup = [this, sqlite](SqlSession &s) {
        if (sqlite) {
            s.execRaw(QStringLiteral("PRAGMA journal_mode = WAL"));
            s.execRaw(QStringLiteral("PRAGMA synchronous = NORMAL"));
            s.execRaw(QStringLiteral("PRAGMA foreign_keys = ON"));
        } else {
            s.execRaw(QStringLiteral("SET client_min_messages = warning"));
            // Statements kept prepared (SqlSession::execReused) are planned for their values
            // each time: a generic plan cannot tell a common search word from a rare one.
            s.execRaw(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
        }
        if (m_prepare)
            m_prepare(s);
        return Done{};
    };
    Result<Done> result = call<Done>(setup);
    if (!result.ok())
        close();
    return result;
}

void SqlWorker::close()
{
    if (!m_session)
        return;
    m_session->releaseStatements();
    m_session->database().close();
    m_session.reset();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace gatehouse::sql
