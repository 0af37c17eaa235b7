// The PostgreSQL import writer (see UserImportWriter.h).
//
// COPY runs on Qt's own connection (the driver hands out its libpq handle), inside the import's
// transaction: a rollback, a cancel or a killed process leaves nothing behind, exactly as with
// row-by-row inserts. The staging table is temporary (not written to the WAL, private to the
// session) and emptied on every commit.
#include "local/LocalCommon.h"
#include "local/PostgresLink.h"
#include "local/UserImportWriter.h"
#include "model/UserJson.h"
#include "model/UserValidation.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <array>
#include <libpq-fe.h>

namespace gatehouse::local {

namespace {

constexpr qsizetype sendBytes = 256 * 1024;

constexpr char stagingSql[] =
    "CREATE TEMPORARY TABLE IF NOT EXISTS gatehouse_import_staging ("
    " ord BIGINT NOT NULL, id TEXT NOT NULL, username TEXT NOT NULL, primary_email TEXT NOT NULL,"
    " primary_phone TEXT NOT NULL, username_key TEXT NOT NULL, email_key TEXT NOT NULL,"
    " phone_key TEXT NOT NULL, name TEXT NOT NULL, avatar TEXT NOT NULL, profile TEXT NOT NULL,"
    " custom_data TEXT NOT NULL, identities TEXT NOT NULL, password_digest TEXT NOT NULL,"
    " password_algorithm TEXT NOT NULL, is_suspended SMALLINT NOT NULL, last_sign_in_at BIGINT NOT NULL,"
    " created_at BIGINT NOT NULL) ON COMMIT DELETE ROWS";

constexpr char copySql[] =
    "COPY gatehouse_import_staging (ord, id, username, primary_email, primary_phone, username_key, "
    "email_key, phone_key, name, avatar, profile, custom_data, identities, password_digest, "
    "password_algorithm, is_suspended, last_sign_in_at, created_at) FROM STDIN";

// For each staged row, the first of its keys (0 id, 1 username, 2 email, 3 phone) that a stored
// user holds: one index lookup per key and row, whatever the planner knows about the staging
// table (LATERAL forces the nested loop).
constexpr char clashSql[] =
    "SELECT s.ord, c.k, c.id, c.seq FROM gatehouse_import_staging s CROSS JOIN LATERAL ("
    " SELECT k, id, seq FROM ("
    "  SELECT 0 AS k, u.id, u.seq FROM users u WHERE u.id = s.id"
    "  UNION ALL SELECT 1, u.id, u.seq FROM users u WHERE s.username_key <> '' AND u.tenant_id = ? AND "
    "   u.username_key = s.username_key AND u.username_key <> ''"
    "  UNION ALL SELECT 2, u.id, u.seq FROM users u WHERE s.email_key <> '' AND u.tenant_id = ? AND "
    "   u.email_key = s.email_key AND u.email_key <> ''"
    "  UNION ALL SELECT 3, u.id, u.seq FROM users u WHERE s.phone_key <> '' AND u.tenant_id = ? AND "
    "   u.phone_key = s.phone_key AND u.phone_key <> ''"
    " ) found ORDER BY k LIMIT 1) c";

constexpr char moveSql[] =
    "INSERT INTO users (tenant_id, id, username, primary_email, primary_phone, username_key, email_key, "
    "phone_key, name, avatar, profile, custom_data, identities, password_digest, password_algorithm, "
    "is_suspended, last_sign_in_at, created_at, updated_at, version) "
    "SELECT ?, id, username, primary_email, primary_phone, username_key, email_key, phone_key, name, "
    "avatar, profile, custom_data, identities, password_digest, password_algorithm, is_suspended, "
    "last_sign_in_at, created_at, ?, 1 FROM gatehouse_import_staging WHERE ord <> ALL (?::BIGINT[]) "
    "ORDER BY ord";

/// Appends `value` as one field of COPY's text format.
void appendField(QByteArray &out, const QByteArray &value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// What a batch keeps of each row to resolve clashes among its own rows.
struct Staged
{
    qint64 line = 0;
    std::array<QString, 4> keys; ///< id, username key, email key, phone key
};

class PostgresImportWriter final : public UserImportWriter
{
public:
    PostgresImportWriter(SqlSession &s, QString tenantId)
        : UserImportWriter(s)
        , m_tenantId(std::move(tenantId))
    {
        m_conn = postgresConnection(m_s);
        m_s.execRaw(QLatin1String(stagingSql));
        m_s.execRaw(QStringLiteral("TRUNCATE gatehouse_import_staging"));
    }

    ~PostgresImportWriter() override
    {
        if (m_copying) {
            // Abandoned mid-file (an error or a throw): end the COPY as failed so the connection
            // is usable for the rollback that follows.
            PQputCopyEnd(m_conn, "import abandoned");
            drainResults();
        }
    }

    void add(qint64 line, const User &u) override
    {
        if (!m_copying)
            startCopy();
        const qint64 now = clock::nowMs();
        Staged staged;
        staged.line = line;
        staged.keys = {u.id, validation::usernameKey(u.username), validation::emailKey(u.primaryEmail),
                       validation::phoneKey(u.primaryPhone)};
        m_buffer += QByteArray::number(static_cast<qint64>(m_rows.size()));
        const auto text = [this](const QString &value) {
            m_buffer += '\t';
            appendField(m_buffer, value.toUtf8());
        };
        text(u.id);
        text(u.username);
        text(u.primaryEmail);
        text(u.primaryPhone);
        for (int k = 1; k < 4; ++k)
            text(staged.keys[static_cast<size_t>(k)]);
        text(u.name);
        text(u.avatar);
        m_buffer += '\t';
        appendField(m_buffer, compactJson(u.profile));
        m_buffer += '\t';
        appendField(m_buffer, compactJson(u.customData));
        m_buffer += '\t';
        appendField(m_buffer, compactJson(u.identities));
        text(u.passwordDigest);
        text(u.passwordAlgorithm);
        m_buffer += u.isSuspended ? "\t1\t" : "\t0\t";
        m_buffer += QByteArray::number(u.lastSignInAt.value_or(0));
        m_buffer += '\t';
        m_buffer += QByteArray::number(u.createdAt > 0 ? u.createdAt : now);
        m_buffer += '\n';
        m_rows.push_back(std::move(staged));
        if (m_buffer.size() >= sendBytes)
            send();
    }

    qint64 queued() const override { return static_cast<qint64>(m_rows.size()); }

    qint64 flush(QList<ImportClash> *clashes) override
    {
        if (!m_copying)
            return 0;
        send();
        m_copying = false;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            throw connectionFailure();
        const QString copyError = drainResults();
        if (!copyError.isEmpty())
            throw SqlSession::fail(ErrorCode::Internal, ltr("The workspace database reported an error."),
                                   copyError);

        // Keys stored users hold, by row.
        QHash<qint64, std::pair<int, std::pair<QString, qint64>>> stored;
        {
            SqlSession::ReusedQuery q =
                m_s.execReused(QLatin1String(clashSql), {m_tenantId, m_tenantId, m_tenantId});
            while (q->next())
                stored.insert(q->value(0).toLongLong(),
                              {q->value(1).toInt(), {q->value(2).toString(), q->value(3).toLongLong()}});
        }

        // In file order: a row is refused when a stored user or an earlier kept row of this
        // batch holds one of its keys, whichever key comes first.
        std::array<QHash<QString, qint64>, 4> kept;
        QStringList refused;
        for (qint64 ord = 0; ord < static_cast<qint64>(m_rows.size()); ++ord) {
            const Staged &row = m_rows[static_cast<size_t>(ord)];
            int key = 4;
            QString holder;
            bool fromThisFile = true;
            if (const auto it = stored.constFind(ord); it != stored.cend()) {
                key = it->first;
                holder = it->second.first;
                fromThisFile = it->second.second > m_startSeq;
            }
            for (int k = 0; k < key; ++k) {
                const QString &value = row.keys[static_cast<size_t>(k)];
                if (value.isEmpty())
                    continue;
                if (const auto earlier = kept[static_cast<size_t>(k)].constFind(value);
                    earlier != kept[static_cast<size_t>(k)].cend()) {
                    key = k;
                    holder = m_rows[static_cast<size_t>(*earlier)].keys[0];
                    fromThisFile = true;
                    break;
                }
            }
            if (key < 4) {
                refused.append(QString::number(ord));
                clashes->append(
                    {row.line, importClashField(key),
                     importClashMessage(row.keys[static_cast<size_t>(key)], holder, fromThisFile)});
                continue;
            }
            for (int k = 0; k < 4; ++k) {
                const QString &value = row.keys[static_cast<size_t>(k)];
                if (!value.isEmpty())
                    kept[static_cast<size_t>(k)].insert(value, ord);
            }
        }

        SqlSession::ReusedQuery moved = m_s.execReused(
            QLatin1String(moveSql),
            {m_tenantId, clock::nowMs(), QStringLiteral("{%1}").arg(refused.join(QLatin1Char(',')))});
        const qint64 storedRows = moved->numRowsAffected();
        m_s.execRaw(QStringLiteral("TRUNCATE gatehouse_import_staging"));
        m_rows.clear();
        return storedRows;
    }

private:
    void startCopy()
    {
        if (PQtransactionStatus(m_conn) != PQTRANS_INTRANS)
            throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot prepare the import."),
                                   QStringLiteral("the connection is busy"));
        PGresult *result = PQexec(m_conn, copySql);
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!ok)
            throw SqlSession::fail(ErrorCode::Internal, ltr("The workspace database reported an error."),
                                   error);
        m_copying = true;
    }

    void send()
    {
        if (m_buffer.isEmpty())
            return;
        if (PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
            throw connectionFailure();
        m_buffer.resize(0);
    }

    /// Reads the results of the ended COPY; returns the error text, empty when it succeeded.
    QString drainResults()
    {
        QString error;
        while (PGresult *result = PQgetResult(m_conn)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
                error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        return error;
    }

    Failure connectionFailure() const
    {
        return SqlSession::fail(ErrorCode::Unavailable,
                                ltr("The connection to the workspace database was lost."),
                                QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    }

    QString m_tenantId;
    PGconn *m_conn = nullptr;
    bool m_copying = false;
    QByteArray m_buffer;
    std::vector<Staged> m_rows;
};

} // namespace

std::unique_ptr<UserImportWriter> createPostgresImportWriter(SqlSession &s, const QString &tenantId)
{
    return std::make_unique<PostgresImportWriter>(s, tenantId);
}

} // namespace gatehouse::local
