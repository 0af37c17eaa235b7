#include "sql/SqlSession.h"

#include "sql/SqlJournal.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSql, "gatehouse.sql")

namespace gatehouse::sql {

SqlSession::SqlSession(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Failure SqlSession::fail(ErrorCode code, const QString &message, const QString &detail)
{
    return Failure{Error(code, message, detail)};
}

namespace {
void bindAll(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.bindValue(static_cast<int>(i), QString::fromLatin1(""));
        else
            query.bindValue(static_cast<int>(i), v);
    }
}
} // namespace

QSqlQuery SqlSession::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Failure{mapError(query.lastError())};
    bindAll(query, binds);
    if (!query.exec()) {
        Failure failure{mapError(query.lastError())};
        if (m_dialect == Dialect::Postgres)
            m_failed.push_back(std::move(query));
        throw failure;
    }
    return query;
}

SqlSession::ReusedQuery SqlSession::execReused(const QString &sql, const QVariantList &binds)
{
    // A bound on what one connection keeps on the server; past it, statements are not kept.
    constexpr size_t kept = 256;
    auto it = m_reused.find(sql);
    if (m_dialect != Dialect::Postgres || (it == m_reused.end() && m_reused.size() >= kept))
        return ReusedQuery(exec(sql, binds));
    if (it == m_reused.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw Failure{mapError(query.lastError())};
        it = m_reused.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    query.finish();
    bindAll(query, binds);
    if (!query.exec()) // stays prepared: a failed transaction does not free it
        throw Failure{mapError(query.lastError())};
    return ReusedQuery(&query);
}

void SqlSession::releaseStatements()
{
    m_reused.clear();
    m_failed.clear();
}

void SqlSession::execRaw(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw Failure{mapError(query.lastError())};
}

void SqlSession::begin()
{
    execRaw(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

void SqlSession::commit()
{
    execRaw(QStringLiteral("COMMIT"));
    m_failed.clear();
    if (m_pendingAnchor) {
        // After the commit: an anchor ahead of the database would read as a cut-back journal.
        if (!journalseal::writeAnchor(m_seal.anchorPath, *m_pendingAnchor))
            qCWarning(lcSql) << "could not record the journal anchor in" << m_seal.anchorPath;
        m_pendingAnchor.reset();
    }
}

void SqlSession::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcSql) << "rollback failed:" << query.lastError().text();
    m_failed.clear();
    m_pendingAnchor.reset();
}

bool SqlSession::isUniqueViolation(const QSqlError &error) const
{
    if (m_dialect == Dialect::Postgres)
        return error.nativeErrorCode() == QLatin1String("23505");
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

Error SqlSession::mapError(const QSqlError &error) const
{
    const QString detail = error.text();
    if (isUniqueViolation(error))
        return Error(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("gatehouse::sql", "Something with the same name already exists."),
            detail);
    if (error.type() == QSqlError::ConnectionError || !m_db.isOpen())
        return Error(
            ErrorCode::Unavailable,
            QCoreApplication::translate("gatehouse::sql", "The workspace database cannot be reached."),
            detail);
    const QString code = error.nativeErrorCode();
    if ((m_dialect == Dialect::Sqlite && (code == QLatin1String("5") || code == QLatin1String("6"))) ||
        (m_dialect == Dialect::Postgres &&
         (code == QLatin1String("40001") || code == QLatin1String("40P01"))))
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("gatehouse::sql",
                                                 "The workspace is busy with another change. Try again."),
                     detail);
    if (m_dialect == Dialect::Postgres && code.startsWith(QLatin1String("08")))
        return Error(ErrorCode::Unavailable,
                     QCoreApplication::translate("gatehouse::sql", "The connection to PostgreSQL was lost."),
                     detail);
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("gatehouse::sql", "The workspace database reported an error."),
                 detail);
}

void SqlSession::requireRow(const QString &sql, const QVariantList &binds, const QString &what,
                            const QString &id)
{
    QSqlQuery q = exec(sql, binds);
    if (!q.next())
        throw Failure{Error::notFound(what, id)};
}

void SqlSession::journal(const QString &tenantId, const QString &action, const QString &targetType,
                         const QString &targetId, const QJsonValue &before, const QJsonValue &after,
                         const QString &reason)
{
    journal::append(*this, m_operator, m_declaredOperator,
                    JournalDraft{tenantId, action, targetType, targetId, before, after, reason});
}

} // namespace gatehouse::sql
