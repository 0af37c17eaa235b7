// Bulk user import for the local backend.
//
// Rows are validated in C++, then inserted one prepared statement at a time inside one
// transaction (all-or-nothing, dry run) or batches of whole rows (skip-invalid). Uniqueness is
// left to the unique indexes, which see the rows inserted earlier in the same transaction: a
// clash is then explained by looking up the row that holds the value. SQLite uses the C API on
// Qt's own connection (prepare once, bind, step: about twice as fast as QSqlQuery per row);
// PostgreSQL checks the keys with indexed SELECTs first, because a failed INSERT would abort its
// whole transaction.
#include "io/UserImportRules.h"
#include "io/UserRecordReader.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalUsers.h"
#include "local/Migrations.h"
#include "local/UserSql.h"
#include "model/UserJson.h"
#include "model/UserValidation.h"
#include "security/Password.h"
#include "security/Random.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDriver>
#include <sqlite3.h>

namespace gatehouse::local {

namespace {
constexpr int batchRows = 10000;

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The values of one row as they are stored.
struct Row
{
    QByteArray id, username, email, phone, usernameKey, emailKey, phoneKey, name, avatar, profile, customData,
        identities, digest, algorithm;
    int suspended = 0;
    qint64 lastSignInAt = 0, createdAt = 0;
};

Row toRow(const User &u)
{
    Row r;
    r.id = u.id.toUtf8();
    r.username = u.username.toUtf8();
    r.email = u.primaryEmail.toUtf8();
    r.phone = u.primaryPhone.toUtf8();
    r.usernameKey = validation::usernameKey(u.username).toUtf8();
    r.emailKey = validation::emailKey(u.primaryEmail).toUtf8();
    r.phoneKey = validation::phoneKey(u.primaryPhone).toUtf8();
    r.name = u.name.toUtf8();
    r.avatar = u.avatar.toUtf8();
    r.profile = jsonBytes(u.profile);
    r.customData = jsonBytes(u.customData);
    r.identities = jsonBytes(u.identities);
    r.digest = u.passwordDigest.toUtf8();
    r.algorithm = u.passwordAlgorithm.toUtf8();
    r.suspended = u.isSuspended ? 1 : 0;
    r.lastSignInAt = u.lastSignInAt.value_or(0);
    r.createdAt = u.createdAt;
    return r;
}

constexpr char insertSql[] =
    "INSERT INTO users (tenant_id, id, username, primary_email, primary_phone, username_key, email_key, "
    "phone_key, "
    "name, avatar, profile, custom_data, identities, password_digest, password_algorithm, is_suspended, "
    "last_sign_in_at, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)";

/// Which unique key a row clashes with and who holds it, in words.
QString describeClash(SqlSession &s, const QString &tenantId, const QString &column, const QString &value,
                      qint64 startSeq, QString *field)
{
    static const QHash<QString, QString> fields{{QStringLiteral("username_key"), QStringLiteral("username")},
                                                {QStringLiteral("email_key"), QStringLiteral("primaryEmail")},
                                                {QStringLiteral("phone_key"), QStringLiteral("primaryPhone")},
                                                {QStringLiteral("id"), QStringLiteral("id")}};
    *field = fields.value(column, column);
    // The column name comes from the fixed table above, never from input.
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT id, seq FROM users WHERE ") +
                   (column == QLatin1String("id") ? QStringLiteral("id = ?")
                                                  : usersql::keyLookup(column.toLatin1().constData())),
               column == QLatin1String("id") ? QVariantList{value} : QVariantList{tenantId, value});
    if (!q.next())
        return ltr("\"%1\" is already used").arg(value);
    if (q.value(1).toLongLong() > startSeq)
        return ltr("\"%1\" appears earlier in this file (imported as user %2)")
            .arg(value, q.value(0).toString());
    return ltr("\"%1\" already belongs to existing user %2").arg(value, q.value(0).toString());
}

/// Inserts rows on either dialect; reports clashes as problems instead of failing.
class Inserter
{
public:
    Inserter(SqlSession &s, QString tenantId)
        : m_s(s)
        , m_tenantId(std::move(tenantId))
    {
        QSqlQuery q = m_s.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM users"));
        q.next();
        m_startSeq = q.value(0).toLongLong();
        if (m_s.dialect() == Dialect::Sqlite) {
            const QVariant handle = m_s.database().driver()->handle();
            if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
                m_db = *static_cast<sqlite3 *const *>(handle.data());
            if (!m_db || sqlite3_prepare_v3(m_db, insertSql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt,
                                            nullptr) != SQLITE_OK)
                throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot prepare the import."),
                                       m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
        }
    }
    ~Inserter()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }
    Inserter(const Inserter &) = delete;
    Inserter &operator=(const Inserter &) = delete;

    qint64 startSeq() const { return m_startSeq; }

    /// Call right after each BEGIN: defers search indexing of this batch (SQLite).
    void beginBatch()
    {
        if (m_s.dialect() == Dialect::Sqlite)
            m_s.execRaw(QStringLiteral("DROP TRIGGER users_fts_insert"));
    }
    /// Call right before each COMMIT: indexes the batch's rows and restores the trigger.
    void finishBatch(qint64 batchStartSeq)
    {
        if (m_s.dialect() != Dialect::Sqlite)
            return;
        m_s.exec(QStringLiteral(
                     "INSERT INTO users_fts (rowid, id, username, primary_email, primary_phone, name) "
                     "SELECT seq, id, username, primary_email, primary_phone, name FROM users WHERE seq > ?"),
                 {batchStartSeq});
        m_s.execRaw(usersFtsInsertTrigger());
    }

    /// Inserts; on a uniqueness clash returns false and sets `field`/`message`.
    bool insert(const User &u, QString *field, QString *message)
    {
        if (m_s.dialect() == Dialect::Postgres)
            return insertPostgres(u, field, message);
        const Row r = toRow(u);
        const qint64 now = clock::nowMs();
        const QByteArray tenant = m_tenantId.toUtf8();
        int i = 0;
        auto text = [&](const QByteArray &b) {
            sqlite3_bind_text(m_stmt, ++i, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
        };
        text(tenant);
        text(r.id);
        text(r.username);
        text(r.email);
        text(r.phone);
        text(r.usernameKey);
        text(r.emailKey);
        text(r.phoneKey);
        text(r.name);
        text(r.avatar);
        text(r.profile);
        text(r.customData);
        text(r.identities);
        text(r.digest);
        text(r.algorithm);
        sqlite3_bind_int(m_stmt, ++i, r.suspended);
        sqlite3_bind_int64(m_stmt, ++i, r.lastSignInAt);
        sqlite3_bind_int64(m_stmt, ++i, r.createdAt > 0 ? r.createdAt : now);
        sqlite3_bind_int64(m_stmt, ++i, now);
        const int rc = sqlite3_step(m_stmt);
        const QString errorText = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
        const int extended = sqlite3_extended_errcode(m_db);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
            // "UNIQUE constraint failed: users.tenant_id, users.email_key"
            static const QRegularExpression column(
                QStringLiteral("users\\.(id|username_key|email_key|phone_key)"));
            const QString which = column.match(errorText.section(QLatin1Char(','), -1)).captured(1);
            const QString value = which == QLatin1String("id")             ? u.id
                                  : which == QLatin1String("username_key") ? QString::fromUtf8(r.usernameKey)
                                  : which == QLatin1String("email_key")    ? QString::fromUtf8(r.emailKey)
                                                                           : QString::fromUtf8(r.phoneKey);
            *message = describeClash(m_s, m_tenantId, which.isEmpty() ? QStringLiteral("id") : which, value,
                                     m_startSeq, field);
            return false;
        }
        throw SqlSession::fail(ErrorCode::Internal, ltr("The workspace database reported an error."),
                               errorText);
    }

private:
    bool insertPostgres(const User &u, QString *field, QString *message)
    {
        const std::pair<QString, QString> keys[] = {
            {QStringLiteral("id"), u.id},
            {QStringLiteral("username_key"), validation::usernameKey(u.username)},
            {QStringLiteral("email_key"), validation::emailKey(u.primaryEmail)},
            {QStringLiteral("phone_key"), validation::phoneKey(u.primaryPhone)},
        };
        for (const auto &[column, value] : keys) {
            if (value.isEmpty())
                continue;
            QSqlQuery q = m_s.exec(
                column == QLatin1String("id") ? QStringLiteral("SELECT 1 FROM users WHERE id = ?")
                                              : QStringLiteral("SELECT 1 FROM users WHERE ") +
                                                    usersql::keyLookup(column.toLatin1().constData()),
                column == QLatin1String("id") ? QVariantList{value} : QVariantList{m_tenantId, value});
            if (q.next()) {
                *message = describeClash(m_s, m_tenantId, column, value, m_startSeq, field);
                return false;
            }
        }
        const qint64 now = clock::nowMs();
        m_s.exec(QLatin1String(insertSql),
                 {m_tenantId, u.id, u.username, u.primaryEmail, u.primaryPhone,
                  validation::usernameKey(u.username), validation::emailKey(u.primaryEmail),
                  validation::phoneKey(u.primaryPhone), u.name, u.avatar,
                  QString::fromUtf8(jsonBytes(u.profile)), QString::fromUtf8(jsonBytes(u.customData)),
                  QString::fromUtf8(jsonBytes(u.identities)), u.passwordDigest, u.passwordAlgorithm,
                  b2i(u.isSuspended), u.lastSignInAt.value_or(0), u.createdAt > 0 ? u.createdAt : now, now});
        return true;
    }

    SqlSession &m_s;
    QString m_tenantId;
    qint64 m_startSeq = 0;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

Future<ImportReport> LocalUsers::importUsers(const QString &tenantId, const QString &filePath,
                                             const ImportOptions &options,
                                             std::shared_ptr<ImportControl> control)
{
    if (!control)
        control = std::make_shared<ImportControl>();
    return m_backend.submit<ImportReport>([tenantId, filePath, options, control](SqlSession &s) {
        QElapsedTimer timer;
        timer.start();
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw SqlSession::fail(ErrorCode::NotFound,
                                   ltr("Cannot open %1: %2").arg(filePath, file.errorString()));
        requireTenant(s, tenantId);
        ImportReport report;
        auto reader = UserRecordReader::create(options.format, &file);
        const bool oneTransaction = options.dryRun || options.mode == ImportOptions::Mode::AllOrNothing;
        ImportProgress progress;
        progress.totalBytes = file.size();

        auto addProblem = [&report](qint64 line, const QString &field, const QString &message) {
            ++report.problemCount;
            if (report.problems.size() < ImportReport::maxKeptProblems)
                report.problems.append({line, field, message});
        };
        qint64 inBatch = 0;
        qint64 imported = 0;
        std::optional<Inserter> inserter;
        auto commitBatch = [&](qint64 batchStartSeq, bool last) {
            inserter->finishBatch(batchStartSeq);
            if (last && imported + inBatch > 0)
                usersql::refreshSearchStatistics(s);
            if (inBatch > 0) {
                // Default user roles go to every new user, as on create.
                s.exec(QStringLiteral(
                           "INSERT INTO users_roles (tenant_id, user_id, role_id) SELECT u.tenant_id, u.id, "
                           "r.id FROM users u CROSS JOIN roles r WHERE u.seq > ? AND u.tenant_id = ? AND "
                           "r.tenant_id = ? AND r.type = 'User' AND r.is_default = 1"),
                       {batchStartSeq, tenantId, tenantId});
                s.journal(
                    tenantId, QStringLiteral("user.import"), QStringLiteral("tenant"), tenantId,
                    QJsonValue::Null,
                    QJsonObject{{QStringLiteral("file"), QFileInfo(filePath).fileName()},
                                {QStringLiteral("format"), importFormatName(options.format)},
                                {QStringLiteral("rows"), inBatch},
                                {QStringLiteral("mode"), options.mode == ImportOptions::Mode::AllOrNothing
                                                             ? QStringLiteral("all-or-nothing")
                                                             : QStringLiteral("skip-invalid")}});
            }
            s.commit();
            imported += inBatch;
            inBatch = 0;
        };

        s.begin();
        try {
            inserter.emplace(s, tenantId);
            inserter->beginBatch();
            qint64 batchStartSeq = inserter->startSeq();
            UserRecord record;
            while (reader->next(&record)) {
                ++report.rowsRead;
                QList<FieldError> errors = importRecordProblems(record);
                bool ok = errors.isEmpty();
                if (ok) {
                    User &u = record.user;
                    if (u.id.isEmpty())
                        u.id = security::generateId(12);
                    if (!record.password.isEmpty()) {
                        progress.hashingPasswords = true;
                        u.passwordDigest = security::hashPassword(record.password);
                        u.passwordAlgorithm = QStringLiteral("Argon2id");
                    }
                    QString field, message;
                    if (!inserter->insert(u, &field, &message)) {
                        errors.append({field, message});
                        ok = false;
                    }
                }
                if (!ok) {
                    ++report.rowsInvalid;
                    for (const FieldError &e : std::as_const(errors))
                        addProblem(record.line, e.field, e.message);
                } else {
                    ++inBatch;
                }
                if ((report.rowsRead & 1023) == 0 || progress.hashingPasswords) {
                    progress.bytesRead = reader->bytesRead();
                    progress.rowsRead = report.rowsRead;
                    progress.rowsPerSecond = report.rowsRead * 1000.0 / qMax<qint64>(1, timer.elapsed());
                    control->setProgress(progress);
                    if (control->isCancelled()) {
                        report.cancelled = true;
                        break;
                    }
                }
                if (!oneTransaction && inBatch >= batchRows) {
                    commitBatch(batchStartSeq, false);
                    QSqlQuery q = s.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM users"));
                    q.next();
                    batchStartSeq = q.value(0).toLongLong();
                    s.begin();
                    inserter->beginBatch();
                }
            }
            if (!report.cancelled && reader->error().isError()) {
                report.fatal = reader->error();
                addProblem(0, QString(), report.fatal.message());
            }
            const bool rejected =
                options.dryRun || report.cancelled || report.fatal.isError() ||
                (options.mode == ImportOptions::Mode::AllOrNothing && report.rowsInvalid > 0);
            if (oneTransaction && rejected) {
                s.rollback();
            } else {
                // Skip-invalid keeps the whole rows it read before a cancel or a broken tail.
                commitBatch(batchStartSeq, true);
                report.committed = true;
            }
        } catch (...) {
            inserter.reset();
            s.rollback();
            throw;
        }
        inserter.reset(); // finalizes the prepared statement before the connection is reused
        report.rowsImported = imported;
        report.elapsedMs = timer.elapsed();
        progress.bytesRead = reader->bytesRead();
        progress.rowsRead = report.rowsRead;
        control->setProgress(progress);
        return report;
    });
}

} // namespace gatehouse::local
