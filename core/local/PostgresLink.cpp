// What Gatehouse asks of PostgreSQL through libpq itself rather than Qt's driver.
#include "local/PostgresLink.h"

#include "local/LocalCommon.h"
#include "sql/SqlSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <libpq-fe.h>
#include <vector>

namespace gatehouse::local {

namespace {

/// `?` placeholders as `$1`, `$2`, … — outside quoted literals and identifiers.
QByteArray numberedPlaceholders(const QString &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const QByteArray in = sql.toUtf8();
    int next = 1;
    char quote = 0;
    for (const char c : in) {
        if (quote) {
            out.append(c);
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out.append(c);
        } else if (c == '?') {
            out.append('$').append(QByteArray::number(next++));
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray textValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QByteArrayLiteral(""); // as SqlSession::exec binds null strings
    return value.toString().toUtf8();
}

} // namespace

pg_conn *postgresConnection(SqlSession &s)
{
    const QVariant handle = s.database().driver()->handle();
    PGconn *conn = nullptr;
    // Qt 6 names the type after the struct behind the typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)
        conn = *static_cast<PGconn *const *>(handle.data());
    if (!conn)
        throw SqlSession::fail(ErrorCode::Internal, ltr("The PostgreSQL connection is not available."),
                               QStringLiteral("no libpq connection"));
    return conn;
}

qint64 postgresPlanRows(SqlSession &s, const QString &sql, const QVariantList &binds)
{
    PGconn *conn = postgresConnection(s);
    const QByteArray text = "EXPLAIN (FORMAT JSON) " + numberedPlaceholders(sql);
    std::vector<QByteArray> values;
    values.reserve(binds.size());
    std::vector<const char *> params;
    params.reserve(binds.size());
    for (const QVariant &bind : binds) {
        if (bind.isNull() && bind.typeId() != QMetaType::QString) {
            params.push_back(nullptr);
        } else {
            values.push_back(textValue(bind));
            params.push_back(values.back().constData());
        }
    }
    PGresult *result = PQexecParams(conn, text.constData(), static_cast<int>(params.size()), nullptr,
                                    params.data(), nullptr, nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    const QByteArray plan = ok ? QByteArray(PQgetvalue(result, 0, 0)) : QByteArray();
    const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!ok)
        throw SqlSession::fail(ErrorCode::Internal, ltr("Could not estimate the number of users."), error);
    const QJsonValue rows = QJsonDocument::fromJson(plan)
                                .array()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("Plan"))
                                .toObject()
                                .value(QStringLiteral("Plan Rows"));
    if (!rows.isDouble())
        throw SqlSession::fail(ErrorCode::Internal, ltr("Could not estimate the number of users."),
                               QStringLiteral("no row estimate in the plan"));
    return static_cast<qint64>(rows.toDouble());
}

} // namespace gatehouse::local
