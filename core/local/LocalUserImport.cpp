// Bulk user import for the local backend.
//
// Rows are read and validated in C++ and handed to a writer (UserImportWriter.h) inside one
// transaction (all-or-nothing, dry run) or batches of whole rows (skip-invalid). SQLite inserts
// each row through the C API on Qt's own connection (prepare once, bind, step: about twice as
// fast as QSqlQuery per row) and leaves uniqueness to the unique indexes, which see the rows
// inserted earlier in the same transaction: a clash is then explained by looking up the row that
// holds the value. PostgreSQL streams rows through COPY and checks keys per batch (a failed
// INSERT would abort its whole transaction).
#include "io/UserImportRules.h"
#include "io/UserRecordReader.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalUsers.h"
#include "local/Migrations.h"
#include "local/UserImportWriter.h"
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
#include <algorithm>
#include <array>
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

/// The key columns in the order clashes are reported.
constexpr std::array<const char *, 4> keyColumns{"id", "username_key", "email_key", "phone_key"};

/// The first of a row's keys (id, username, email, phone) a stored user holds, in words; false
/// when none is held.
bool describeClash(SqlSession &s, const QString &tenantId, const std::array<QString, 4> &keys,
                   qint64 startSeq, ImportClash *clash)
{
    for (int k = 0; k < 4; ++k) {
        const QString &value = keys[static_cast<size_t>(k)];
        if (value.isEmpty())
            continue;
        // The column name comes from the fixed table above, never from input.
        QSqlQuery q = s.exec(
            QStringLiteral("SELECT id, seq FROM users WHERE ") +
                (k == 0 ? QStringLiteral("id = ?") : usersql::keyLookup(keyColumns[static_cast<size_t>(k)])),
            k == 0 ? QVariantList{value} : QVariantList{tenantId, value});
        if (q.next()) {
            clash->field = importClashField(k);
            clash->message =
                importClashMessage(value, q.value(0).toString(), q.value(1).toLongLong() > startSeq);
            return true;
        }
    }
    return false;
}

/// SQLite's writer: each row is inserted when it is added; the unique indexes find clashes.
class SqliteImportWriter final : public UserImportWriter
{
public:
    SqliteImportWriter(SqlSession &s, QString tenantId)
        : UserImportWriter(s)
        , m_tenantId(std::move(tenantId))
    {
        const QVariant handle = m_s.database().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.data());
        if (!m_db ||
            sqlite3_prepare_v3(m_db, insertSql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot prepare the import."),
                                   m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
    }
    ~SqliteImportWriter() override
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }
    SqliteImportWriter(const SqliteImportWriter &) = delete;
    SqliteImportWriter &operator=(const SqliteImportWriter &) = delete;

    /// Defers search indexing of the batch.
    void beginBatch() override { m_s.execRaw(QStringLiteral("DROP TRIGGER users_fts_insert")); }
    /// Indexes the batch's rows and restores the trigger.
    void finishBatch(qint64 batchStartSeq) override
    {
        m_s.exec(QStringLiteral(
                     "INSERT INTO users_fts (rowid, id, username, primary_email, primary_phone, name) "
                     "SELECT seq, id, username, primary_email, primary_phone, name FROM users WHERE seq > ?"),
                 {batchStartSeq});
        m_s.execRaw(usersFtsInsertTrigger());
    }

    void add(qint64 line, const User &u) override
    {
        ++m_added;
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
        if (rc == SQLITE_DONE) {
            ++m_stored;
            return;
        }
        if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
            // SQLite names the index that failed first, not the first key in our order: look
            // the keys up in order.
            ImportClash clash{line, {}, {}};
            if (!describeClash(m_s, m_tenantId,
                               {u.id, QString::fromUtf8(r.usernameKey), QString::fromUtf8(r.emailKey),
                                QString::fromUtf8(r.phoneKey)},
                               m_startSeq, &clash)) {
                static const QRegularExpression column(
                    QStringLiteral("users\\.(id|username_key|email_key|phone_key)"));
                const QString which = column.match(errorText).captured(1);
                const auto found = std::find_if(keyColumns.begin(), keyColumns.end(),
                                                [&](const char *c) { return which == QLatin1String(c); });
                clash.field = importClashField(
                    found == keyColumns.end() ? 0 : static_cast<int>(found - keyColumns.begin()));
                clash.message = ltr("the value is already used");
            }
            m_clashes.append(clash);
            return;
        }
        throw SqlSession::fail(ErrorCode::Internal, ltr("The workspace database reported an error."),
                               errorText);
    }

    qint64 queued() const override { return m_added; }

    qint64 flush(QList<ImportClash> *clashes) override
    {
        clashes->append(m_clashes);
        m_clashes.clear();
        const qint64 stored = m_stored;
        m_added = m_stored = 0;
        return stored;
    }

private:
    QString m_tenantId;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    qint64 m_added = 0;
    qint64 m_stored = 0;
    QList<ImportClash> m_clashes;
};

} // namespace

UserImportWriter::UserImportWriter(SqlSession &s)
    : m_s(s)
{
    QSqlQuery q = m_s.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM users"));
    q.next();
    m_startSeq = q.value(0).toLongLong();
}

std::unique_ptr<UserImportWriter> UserImportWriter::create(SqlSession &s, const QString &tenantId)
{
    if (s.dialect() == Dialect::Postgres)
        return createPostgresImportWriter(s, tenantId);
    return std::make_unique<SqliteImportWriter>(s, tenantId);
}

QString importClashMessage(const QString &value, const QString &holderId, bool fromThisFile)
{
    if (fromThisFile)
        return ltr("\"%1\" appears earlier in this file (imported as user %2)").arg(value, holderId);
    return ltr("\"%1\" already belongs to existing user %2").arg(value, holderId);
}

QString importClashField(int keyIndex)
{
    switch (keyIndex) {
    case 1:
        return QStringLiteral("username");
    case 2:
        return QStringLiteral("primaryEmail");
    case 3:
        return QStringLiteral("primaryPhone");
    default:
        return QStringLiteral("id");
    }
}

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
        // Problems of rows the writer has not answered for yet: reported with its clashes, in
        // line order.
        QList<ImportClash> held;
        qint64 inBatch = 0;
        qint64 imported = 0;
        std::unique_ptr<UserImportWriter> writer;
        auto flush = [&] {
            QList<ImportClash> found;
            inBatch += writer->flush(&found);
            report.rowsInvalid += found.size();
            held += found;
            std::stable_sort(held.begin(), held.end(),
                             [](const ImportClash &a, const ImportClash &b) { return a.line < b.line; });
            for (const ImportClash &p : std::as_const(held))
                addProblem(p.line, p.field, p.message);
            held.clear();
        };
        auto commitBatch = [&](qint64 batchStartSeq, bool last) {
            writer->finishBatch(batchStartSeq);
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
            writer = UserImportWriter::create(s, tenantId);
            writer->beginBatch();
            qint64 batchStartSeq = writer->startSeq();
            UserRecord record;
            while (reader->next(&record)) {
                ++report.rowsRead;
                QList<FieldError> errors = importRecordProblems(record);
                if (errors.isEmpty()) {
                    User &u = record.user;
                    if (u.id.isEmpty())
                        u.id = security::generateId(12);
                    if (!record.password.isEmpty()) {
                        progress.hashingPasswords = true;
                        u.passwordDigest = security::hashPassword(record.password);
                        u.passwordAlgorithm = QStringLiteral("Argon2id");
                    }
                    writer->add(record.line, u);
                } else {
                    ++report.rowsInvalid;
                    for (const FieldError &e : std::as_const(errors))
                        held.append({record.line, e.field, e.message});
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
                if (writer->queued() >= batchRows || held.size() >= batchRows)
                    flush();
                if (!oneTransaction && inBatch >= batchRows) {
                    commitBatch(batchStartSeq, false);
                    QSqlQuery q = s.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM users"));
                    q.next();
                    batchStartSeq = q.value(0).toLongLong();
                    s.begin();
                    writer->beginBatch();
                }
            }
            // Skip-invalid keeps the whole rows it read before a cancel or a broken tail.
            flush();
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
                commitBatch(batchStartSeq, true);
                report.committed = true;
            }
        } catch (...) {
            writer.reset();
            s.rollback();
            throw;
        }
        writer.reset(); // finalizes prepared statements before the connection is reused
        report.rowsImported = imported;
        report.elapsedMs = timer.elapsed();
        progress.bytesRead = reader->bytesRead();
        progress.rowsRead = report.rowsRead;
        control->setProgress(progress);
        return report;
    });
}

} // namespace gatehouse::local
