// Bulk user import for the remote backend (see RemoteUsers.h for what Logto allows): the file is
// streamed once to check it (dry run, all-or-nothing) and once to write it (all-or-nothing,
// skip-invalid); rows go to the server in batches of parallel POSTs.
#include "io/UserImportRules.h"
#include "model/UserValidation.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteUserJson.h"
#include "remote/RemoteUserRequests.h"
#include "remote/RemoteUsers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace gatehouse::remote {

namespace {
constexpr int lookupRows = 50; ///< rows whose identifiers one search request looks up
constexpr int writeRows = 100; ///< rows per batch of parallel POSTs
constexpr int journalRows = 1000;

struct Row
{
    qint64 line = 0;
    User user;
    QString password;
};

/// Line numbers as "3–7, 9, 12–15" (rows arrive in file order).
class LineRanges
{
public:
    void add(qint64 line)
    {
        if (!m_ranges.isEmpty() && m_ranges.last().second + 1 == line)
            m_ranges.last().second = line;
        else
            m_ranges.append({line, line});
    }
    QString text() const
    {
        QStringList parts;
        for (const auto &[first, last] : m_ranges)
            parts.append(first == last ? QString::number(first)
                                       : QStringLiteral("%1–%2").arg(first).arg(last));
        return parts.join(QStringLiteral(", "));
    }

private:
    QList<std::pair<qint64, qint64>> m_ranges;
};

/// Which identifier a refusal is about, from the Logto code kept in the error's detail.
QString clashField(const Error &error)
{
    const QString &detail = error.detail();
    if (detail.contains(QLatin1String("user.username_already_in_use")))
        return QStringLiteral("username");
    if (detail.contains(QLatin1String("user.email_already_in_use")))
        return QStringLiteral("primaryEmail");
    if (detail.contains(QLatin1String("user.phone_already_in_use")))
        return QStringLiteral("primaryPhone");
    return {};
}

class Import
{
public:
    Import(RemoteBackend &backend, RemoteSession &session, QString filePath, const ImportOptions &options,
           ImportControl &control)
        : m_b(backend)
        , m_s(session)
        , m_filePath(std::move(filePath))
        , m_options(options)
        , m_control(control)
    {
        m_timer.start();
    }

    ImportReport run()
    {
        const bool check = m_options.dryRun || m_options.mode == ImportOptions::Mode::AllOrNothing;
        if (check) {
            readFile(false);
            if (m_options.dryRun || m_report.problemCount > 0 || m_report.cancelled ||
                m_report.fatal.isError())
                return finish();
        }
        m_countRows = !check;
        m_writing = true;
        try {
            readFile(true);
        } catch (...) {
            journalCreated(true); // what the server already created is recorded whatever happens next
            throw;
        }
        journalCreated(true);
        if (m_stopped)
            addProblem(
                0, {},
                m_createdLines.text().isEmpty()
                    ? rtr("No row was created on the server.")
                    : rtr("Created on the server (they stay there): lines %1.").arg(m_createdLines.text()));
        m_report.committed = m_report.rowsImported > 0 || (!m_report.cancelled && !m_report.fatal.isError());
        if (m_report.cancelled && m_report.rowsImported > 0)
            addProblem(0, {},
                       rtr("Cancelled after %1 rows had been created on the server (lines %2); they stay "
                           "there.")
                           .arg(m_report.rowsImported)
                           .arg(m_createdLines.text()));
        return finish();
    }

private:
    /// One pass over the file: checks every row; when writing, sends the valid ones.
    void readFile(bool write)
    {
        QFile file(m_filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw Failure{
                Error(ErrorCode::NotFound, rtr("Cannot open %1: %2").arg(m_filePath, file.errorString()))};
        m_progress.totalBytes = file.size();
        auto reader = UserRecordReader::create(m_options.format, &file);
        m_seen.clear();
        m_rowsThisPass = 0;
        QList<Row> batch;
        UserRecord record;
        while (!m_stopped && reader->next(&record)) {
            if (m_countRows)
                ++m_report.rowsRead;
            if (checkRow(record))
                batch.append({record.line, record.user, record.password});
            if (batch.size() >= (write ? writeRows : lookupRows)) {
                write ? writeBatch(batch) : lookUp(batch);
                batch.clear();
            }
            if ((++m_rowsThisPass & 1023) == 0 || batch.isEmpty())
                reportProgress(reader->bytesRead());
            if (m_control.isCancelled()) {
                m_report.cancelled = true;
                return;
            }
        }
        if (!batch.isEmpty() && !m_stopped)
            write ? writeBatch(batch) : lookUp(batch);
        if (!m_stopped && reader->error().isError()) {
            m_report.fatal = reader->error();
            addProblem(0, {}, m_report.fatal.message());
        }
        reportProgress(reader->bytesRead());
    }

    /// The local rules and duplicates within the file; false (problems reported) for a bad row.
    bool checkRow(UserRecord &record)
    {
        QList<FieldError> errors = importRecordProblems(record);
        const User &u = record.user;
        const std::pair<QString, QString> keys[] = {
            {QStringLiteral("id"), u.id},
            {QStringLiteral("username"), validation::usernameKey(u.username)},
            {QStringLiteral("primaryEmail"), validation::emailKey(u.primaryEmail)},
            {QStringLiteral("primaryPhone"), logto::phoneForLogto(u.primaryPhone)},
        };
        for (const auto &[field, key] : keys) {
            if (key.isEmpty())
                continue;
            const auto earlier = m_seen.constFind(field + QLatin1Char(':') + key);
            if (earlier != m_seen.constEnd())
                errors.append(
                    {field, rtr("\"%1\" appears earlier in this file (line %2)").arg(key).arg(*earlier)});
        }
        for (const auto &[field, key] : keys) {
            if (!key.isEmpty())
                m_seen.insert(field + QLatin1Char(':') + key, record.line);
        }
        if (errors.isEmpty())
            return true;
        rowInvalid(record.line, errors);
        if (m_writing && !m_countRows && !m_report.fatal.isError()) {
            // The file passed the check but reads differently now.
            m_report.fatal = Error(ErrorCode::Validation, rtr("The file changed while it was being imported: "
                                                              "rows that no longer pass were not sent."));
        }
        return false;
    }

    /// Finds rows whose username, email or phone a user on the server already has.
    void lookUp(const QList<Row> &rows)
    {
        QUrlQuery q;
        for (const Row &row : rows) {
            const QString keys[] = {validation::usernameKey(row.user.username),
                                    validation::emailKey(row.user.primaryEmail),
                                    logto::phoneForLogto(row.user.primaryPhone)};
            const char *fields[] = {"search.username", "search.primaryEmail", "search.primaryPhone"};
            for (int i = 0; i < 3; ++i) {
                if (!keys[i].isEmpty())
                    logto::addQueryValue(q, QLatin1String(fields[i]), keys[i]);
            }
        }
        if (q.isEmpty())
            return;
        q.addQueryItem(QStringLiteral("mode"), QStringLiteral("exact"));
        q.addQueryItem(QStringLiteral("joint"), QStringLiteral("or"));
        QHash<QString, QString> holders; // "field:key" → user id
        for (const QJsonValue &v : m_s.getAll(QStringLiteral("/api/users"), q)) {
            const User u = logto::user(v.toObject(), {});
            holders.insert(QStringLiteral("username:") + validation::usernameKey(u.username), u.id);
            holders.insert(QStringLiteral("primaryEmail:") + validation::emailKey(u.primaryEmail), u.id);
            holders.insert(QStringLiteral("primaryPhone:") + logto::phoneForLogto(u.primaryPhone), u.id);
        }
        for (const Row &row : rows) {
            QList<FieldError> errors;
            const std::pair<QString, QString> keys[] = {
                {QStringLiteral("username"), validation::usernameKey(row.user.username)},
                {QStringLiteral("primaryEmail"), validation::emailKey(row.user.primaryEmail)},
                {QStringLiteral("primaryPhone"), logto::phoneForLogto(row.user.primaryPhone)},
            };
            for (const auto &[field, key] : keys) {
                const QString holder =
                    key.isEmpty() ? QString() : holders.value(field + QLatin1Char(':') + key);
                if (!holder.isEmpty())
                    errors.append(
                        {field, rtr("\"%1\" already belongs to existing user %2").arg(key, holder)});
            }
            if (!errors.isEmpty())
                rowInvalid(row.line, errors);
        }
    }

    void writeBatch(const QList<Row> &rows)
    {
        QList<Request> posts;
        for (const Row &row : rows)
            posts.append(Request::post(QStringLiteral("/api/users"),
                                       QJsonDocument(logto::userCreateBody(row.user, row.password))));
        const QList<Result<Response>> answers = m_s.sendAll(posts);
        QList<Request> suspensions;
        QList<std::pair<qint64, QString>> suspended; // line, new id
        std::optional<Error> refusal;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            const Result<Response> &answer = answers.at(i);
            const QString id =
                answer.ok() ? answer->object().value(QLatin1String("id")).toString() : QString();
            if (!answer.ok() || id.isEmpty()) {
                const Error error =
                    answer.ok()
                        ? Error(ErrorCode::Internal, rtr("The server's answer does not name the new user."))
                        : answer.error();
                refused(row, error);
                if (!refusal)
                    refusal = error;
                continue;
            }
            ++m_report.rowsImported;
            m_createdLines.add(row.line);
            m_createdIds.append(id);
            if (row.user.isSuspended) {
                Request patch = Request::patch(
                    QStringLiteral("/api/users/") + segment(id) + QStringLiteral("/is-suspended"),
                    QJsonDocument(QJsonObject{{QStringLiteral("isSuspended"), true}}));
                patch.idempotent = true;
                suspensions.append(patch);
                suspended.append({row.line, id});
            }
        }
        if (!suspensions.isEmpty()) {
            const QList<Result<Response>> results = m_s.sendAll(suspensions);
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (!results.at(i).ok())
                    addProblem(suspended.at(i).first, QStringLiteral("isSuspended"),
                               rtr("the user was created as %1 but could not be suspended: %2")
                                   .arg(suspended.at(i).second, results.at(i).error().message()));
            }
        }
        if (refusal && m_options.mode == ImportOptions::Mode::AllOrNothing)
            stop(*refusal, rows.last().line);
        journalCreated(false);
    }

    /// A row the server did not create (or did not confirm).
    void refused(const Row &row, const Error &error)
    {
        QString field;
        QString message;
        switch (error.code()) {
        case ErrorCode::AlreadyExists: {
            field = clashField(error);
            const QString value = field == QLatin1String("username")       ? row.user.username
                                  : field == QLatin1String("primaryEmail") ? row.user.primaryEmail
                                                                           : row.user.primaryPhone;
            message = field.isEmpty()
                          ? error.message()
                          : rtr("\"%1\" is already used by another user on the server").arg(value);
            break;
        }
        case ErrorCode::Validation:
        case ErrorCode::Forbidden:
        case ErrorCode::NotFound:
        case ErrorCode::Conflict:
        case ErrorCode::RateLimited:
            field = error.fields().isEmpty() ? QString() : error.fields().first().field;
            message = rtr("not created: %1").arg(error.toString().simplified());
            break;
        default:
            message =
                rtr("not confirmed by the server, so the user may or may not exist: %1").arg(error.message());
            break;
        }
        rowInvalid(row.line, {{field, message}});
    }

    /// All-or-nothing: no further rows are sent after a refusal.
    void stop(const Error &cause, qint64 lastLine)
    {
        m_stopped = true;
        m_report.fatal = Error(cause.code(),
                               rtr("The server refused a row, so the import stopped. A Logto server has no "
                                   "transactions: rows it created before stay. Rows after line %1 were not "
                                   "sent.")
                                   .arg(lastLine),
                               cause.detail());
    }

    void rowInvalid(qint64 line, const QList<FieldError> &errors)
    {
        ++m_report.rowsInvalid;
        for (const FieldError &e : errors)
            addProblem(line, e.field, e.message);
    }

    void addProblem(qint64 line, const QString &field, const QString &message)
    {
        ++m_report.problemCount;
        if (m_report.problems.size() < ImportReport::maxKeptProblems)
            m_report.problems.append({line, field, message});
    }

    void journalCreated(bool all)
    {
        while (!m_createdIds.isEmpty() && (all || m_createdIds.size() >= journalRows)) {
            const QStringList ids = m_createdIds.mid(0, journalRows);
            m_createdIds.remove(0, ids.size());
            m_b.journalChange(
                QStringLiteral("user.import"), QStringLiteral("tenant"), m_b.tenantId(), QJsonValue::Null,
                QJsonObject{{QStringLiteral("file"), QFileInfo(m_filePath).fileName()},
                            {QStringLiteral("format"), importFormatName(m_options.format)},
                            {QStringLiteral("rows"), ids.size()},
                            {QStringLiteral("mode"), m_options.mode == ImportOptions::Mode::AllOrNothing
                                                         ? QStringLiteral("all-or-nothing")
                                                         : QStringLiteral("skip-invalid")},
                            {QStringLiteral("userIds"), QJsonArray::fromStringList(ids)}});
        }
    }

    void reportProgress(qint64 bytesRead)
    {
        m_progress.bytesRead = bytesRead;
        m_progress.rowsRead = m_rowsThisPass;
        m_progress.rowsPerSecond = m_rowsThisPass * 1000.0 / qMax<qint64>(1, m_timer.elapsed());
        m_control.setProgress(m_progress);
    }

    ImportReport finish()
    {
        m_report.elapsedMs = m_timer.elapsed();
        return m_report;
    }

    RemoteBackend &m_b;
    RemoteSession &m_s;
    QString m_filePath;
    ImportOptions m_options;
    ImportControl &m_control;
    QElapsedTimer m_timer;
    ImportReport m_report;
    ImportProgress m_progress;
    QHash<QString, qint64> m_seen; ///< "field:key" → first line, for duplicates within the file
    qint64 m_rowsThisPass = 0;
    bool m_countRows = true;
    bool m_writing = false;
    bool m_stopped = false;
    LineRanges m_createdLines;
    QStringList m_createdIds; ///< created, not yet journaled
};
} // namespace

Future<ImportReport> RemoteUsers::importUsers(const QString &tenantId, const QString &filePath,
                                              const ImportOptions &options,
                                              std::shared_ptr<ImportControl> control)
{
    if (!control)
        control = std::make_shared<ImportControl>();
    return m_backend.submit<ImportReport>([this, tenantId, filePath, options, control](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        Import import(m_backend, s, filePath, options, *control);
        return import.run();
    });
}

} // namespace gatehouse::remote
