#include "BenchPostgres.h"

#include "BenchData.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>
#include <libpq-fe.h>

namespace gatehouse::bench {

namespace {
[[noreturn]] void fail(PGconn *conn, const char *what)
{
    std::fprintf(stderr, "gatehouse-bench: reference %s: %s\n", what, conn ? PQerrorMessage(conn) : "");
    std::exit(1);
}

void exec(PGconn *conn, const char *sql)
{
    PGresult *r = PQexec(conn, sql);
    const ExecStatusType status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(conn, sql);
}

void field(QByteArray &out, const QString &value)
{
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
            out += '\\';
        out += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c;
    }
    out += '\t';
}
} // namespace

QJsonObject postgresReferenceImport(const WorkspaceSpec &spec, qint64 count)
{
    const QByteArray host = spec.host.toUtf8(), port = QByteArray::number(spec.port),
                     database = spec.database.toUtf8(), user = spec.user.toUtf8(),
                     password = spec.password.toUtf8();
    const char *keys[] = {"host", "port", "dbname", "user", "password", nullptr};
    const char *values[] = {host.constData(), port.constData(),     database.constData(),
                            user.constData(), password.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keys, values, 0);
    if (PQstatus(conn) != CONNECTION_OK)
        fail(conn, "connect");
    exec(conn, "DROP TABLE IF EXISTS bench_reference_users");
    exec(conn, "CREATE TABLE bench_reference_users (LIKE users INCLUDING INDEXES)");

    static const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
    constexpr qint64 batch = 65536;
    qint64 copyNs = 0;
    QElapsedTimer clock;
    clock.start();
    exec(conn, "BEGIN");
    copyNs += clock.nsecsElapsed();
    QByteArray text;
    for (qint64 first = 0; first < count; first += batch) {
        text.resize(0);
        for (qint64 i = first; i < qMin(count, first + batch); ++i) {
            const GeneratedUser u = generatedUser(i);
            text += QByteArray::number(i + 1) + "\treference\t";
            for (const QString &value :
                 {u.id, u.username, u.email, u.phone, u.username.toLower(), u.email.toLower(),
                  QString(u.phone).remove(nonDigits), u.name, QString(), QStringLiteral("{}"),
                  QStringLiteral("{}"), QStringLiteral("{}"), u.digest, u.algorithm})
                field(text, value);
            text += "0\t" + QByteArray(u.suspended ? "1" : "0") + "\t0\t" +
                    QByteArray::number(u.lastSignInAt) + '\t' + QByteArray::number(u.createdAt) + '\t' +
                    QByteArray::number(u.createdAt) + "\t1\n";
        }
        clock.restart();
        PGresult *r =
            PQexec(conn, "COPY bench_reference_users (seq, tenant_id, id, username, primary_email, "
                         "primary_phone, username_key, email_key, phone_key, name, avatar, profile, "
                         "custom_data, identities, password_digest, password_algorithm, "
                         "password_expired, is_suspended, mfa_count, last_sign_in_at, created_at, "
                         "updated_at, version) FROM STDIN");
        if (PQresultStatus(r) != PGRES_COPY_IN)
            fail(conn, "COPY");
        PQclear(r);
        if (PQputCopyData(conn, text.constData(), static_cast<int>(text.size())) != 1 ||
            PQputCopyEnd(conn, nullptr) != 1)
            fail(conn, "COPY data");
        while ((r = PQgetResult(conn))) {
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            PQclear(r);
            if (!ok)
                fail(conn, "COPY end");
        }
        copyNs += clock.nsecsElapsed();
    }
    clock.restart();
    exec(conn, "COMMIT");
    copyNs += clock.nsecsElapsed();
    exec(conn, "DROP TABLE bench_reference_users");
    PQfinish(conn);
    const double seconds = static_cast<double>(copyNs) / 1e9;
    return {{QStringLiteral("import_reference_rows_per_s"), static_cast<double>(count) / seconds},
            {QStringLiteral("import_reference_copy_s"), seconds}};
}

} // namespace gatehouse::bench
