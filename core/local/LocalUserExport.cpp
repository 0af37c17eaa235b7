// Streaming user export for the local backend: one forward-only query over the same filter and
// order as the user list, written row by row (memory stays flat), to a temporary file that is
// renamed into place only when complete.
#include "io/UserExport.h"
#include "io/UserExportWriter.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalUsers.h"
#include "local/UserSql.h"
#include "model/UserJson.h"
#include "util/PrivateFiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDriver>
#include <sqlite3.h>
#include <vector>

namespace gatehouse::local {

namespace {
/// One CSV line in the order of userExportColumns(), from the columns of usersql::columns.
/// JSON columns (profile, customData) stay as the stored text.
template <typename Text, typename Int64>
void appendCsvRow(QByteArray &buffer, Text text, Int64 int64, bool withPasswordDigests, bool safe)
{
    static constexpr int textColumns[] = {1, 2, 3, 4, 5, 6};
    bool first = true;
    for (int c : textColumns) {
        if (!first)
            buffer += ',';
        first = false;
        appendCsvField(buffer, text(c), safe);
    }
    buffer += int64(13) ? ",true," : ",false,";
    buffer += QByteArray::number(int64(16));
    buffer += ',';
    const qint64 lastSignIn = int64(15);
    if (lastSignIn > 0)
        buffer += QByteArray::number(lastSignIn);
    buffer += ',';
    appendCsvField(buffer, text(7), safe);
    buffer += ',';
    appendCsvField(buffer, text(8), safe);
    if (withPasswordDigests) {
        buffer += ',';
        appendCsvField(buffer, text(10), safe);
        buffer += ',';
        appendCsvField(buffer, text(11), safe);
    }
    buffer += '\n';
}

/// A read-only statement run through SQLite's C API on the session's connection, for the export's
/// hot loop. Binds are the same QVariants SqlSession::exec takes (text, integers, booleans).
class SqliteRows
{
public:
    SqliteRows(SqlSession &s, const QString &sql, const QVariantList &binds)
    {
        const QVariant handle = s.database().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.data());
        const QByteArray text = sql.toUtf8();
        if (!m_db || sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_stmt,
                                        nullptr) != SQLITE_OK)
            throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot read the users."), errorText());
        m_texts.reserve(static_cast<size_t>(binds.size()));
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            int rc = SQLITE_OK;
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            default:
                m_texts.push_back(v.toString().toUtf8());
                rc = sqlite3_bind_text(m_stmt, i + 1, m_texts.back().constData(),
                                       static_cast<int>(m_texts.back().size()), SQLITE_STATIC);
            }
            if (rc != SQLITE_OK)
                throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot read the users."), errorText());
        }
    }
    ~SqliteRows() { sqlite3_finalize(m_stmt); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw SqlSession::fail(ErrorCode::Internal, ltr("Reading the users failed."), errorText());
        return false;
    }
    /// Valid until the next step; no copy.
    QByteArray text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArray::fromRawData(data ? data : "", data ? sqlite3_column_bytes(m_stmt, column) : 0);
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

private:
    QString errorText() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_texts; // bound text must outlive the statement's steps
};
} // namespace

Future<ExportReport> LocalUsers::exportUsers(const QString &tenantId, const UserQuery &query,
                                             const QString &filePath, const ExportOptions &options,
                                             std::shared_ptr<ImportControl> control)
{
    if (!control)
        control = std::make_shared<ImportControl>();
    return m_backend.submit<ExportReport>([tenantId, query, filePath, options, control](SqlSession &s) {
        QElapsedTimer timer;
        timer.start();
        requireTenant(s, tenantId);
        QSaveFile file(filePath);
        if (!privatefiles::openForWriting(file))
            throw SqlSession::fail(ErrorCode::Unavailable,
                                   ltr("Cannot write %1: %2").arg(filePath, file.errorString()));
        QVariantList binds;
        const QString key = usersql::sortKey(query.sort);
        const QString dir =
            usersql::sortDescending(query.sort) ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        const QString sql =
            QStringLiteral("SELECT ") +
            QLatin1String(options.withPasswordDigests ? usersql::columnsWithDigest : usersql::columns) +
            usersql::fromWhere(s, tenantId, query, binds) + QStringLiteral(" ORDER BY ") + key + dir +
            QStringLiteral(", u.id") + dir;
        ExportReport report;
        report.spreadsheetSafe = options.spreadsheetSafe && options.format == ImportFormat::Csv;
        QByteArray buffer;
        buffer.reserve(1 << 20);
        const bool csv = options.format == ImportFormat::Csv;
        if (csv)
            buffer += userExportColumns(options.withPasswordDigests).join(QLatin1Char(',')).toUtf8() + '\n';
        else if (options.format == ImportFormat::Json)
            buffer += "[\n";
        auto flush = [&] {
            if (file.write(buffer) != buffer.size())
                throw SqlSession::fail(ErrorCode::Unavailable,
                                       ltr("Writing %1 failed: %2").arg(filePath, file.errorString()));
            report.bytes += buffer.size();
            buffer.clear();
        };
        // After each row: flush a full buffer, report progress, honour a cancel. False = stop.
        auto rowDone = [&] {
            ++report.rows;
            if (buffer.size() > (1 << 20))
                flush();
            if ((report.rows & 4095) == 0) {
                ImportProgress progress;
                progress.rowsRead = report.rows;
                progress.rowsPerSecond = report.rows * 1000.0 / qMax<qint64>(1, timer.elapsed());
                control->setProgress(progress);
                if (control->isCancelled()) {
                    report.cancelled = true;
                    file.cancelWriting();
                    report.elapsedMs = timer.elapsed();
                    return false;
                }
            }
            return true;
        };
        if (csv && s.dialect() == Dialect::Sqlite) {
            // The hot path (a million rows in seconds): UTF-8 straight from SQLite into the
            // buffer, without a QVariant and two text conversions per field.
            SqliteRows rows(s, sql, binds);
            while (rows.next()) {
                appendCsvRow(
                    buffer, [&rows](int c) { return rows.text(c); }, [&rows](int c) { return rows.int64(c); },
                    options.withPasswordDigests, options.spreadsheetSafe);
                if (!rowDone())
                    return report;
            }
        } else {
            QSqlQuery q = s.exec(sql, binds);
            while (q.next()) {
                if (csv) {
                    appendCsvRow(
                        buffer, [&q](int c) { return q.value(c).toString().toUtf8(); },
                        [&q](int c) { return q.value(c).toLongLong(); }, options.withPasswordDigests,
                        options.spreadsheetSafe);
                } else {
                    const QJsonObject o = json::toJson(usersql::read(q), options.withPasswordDigests);
                    if (options.format == ImportFormat::Json && report.rows > 0)
                        buffer += ",\n";
                    buffer += QJsonDocument(o).toJson(QJsonDocument::Compact);
                    if (options.format == ImportFormat::JsonLines)
                        buffer += '\n';
                }
                if (!rowDone())
                    return report;
            }
        }
        if (options.format == ImportFormat::Json)
            buffer += "\n]\n";
        flush();
        if (!file.commit())
            throw SqlSession::fail(ErrorCode::Unavailable,
                                   ltr("Writing %1 failed: %2").arg(filePath, file.errorString()));
        s.write([&] {
            s.journal(tenantId, QStringLiteral("user.export"), QStringLiteral("tenant"), tenantId,
                      QJsonValue::Null,
                      QJsonObject{{QStringLiteral("file"), QFileInfo(filePath).fileName()},
                                  {QStringLiteral("format"), importFormatName(options.format)},
                                  {QStringLiteral("rows"), report.rows},
                                  {QStringLiteral("search"), query.search},
                                  {QStringLiteral("withPasswordDigests"), options.withPasswordDigests},
                                  {QStringLiteral("spreadsheetSafe"), report.spreadsheetSafe}});
        });
        report.elapsedMs = timer.elapsed();
        return report;
    });
}

} // namespace gatehouse::local
