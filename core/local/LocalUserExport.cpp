// Streaming user export for the local backend: one forward-only query over the same filter and
// order as the user list, written row by row (memory stays flat), to a temporary file that is
// renamed into place only when complete.
#include "io/UserExport.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalUsers.h"
#include "local/UserSql.h"
#include "model/UserJson.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace gatehouse::local {

namespace {
void appendCsvField(QByteArray &out, const QByteArray &field)
{
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        out += '"';
        for (char c : field) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    } else {
        out += field;
    }
}
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
        if (!file.open(QIODevice::WriteOnly))
            throw SqlSession::fail(ErrorCode::Unavailable,
                                   ltr("Cannot write %1: %2").arg(filePath, file.errorString()));
        QVariantList binds;
        const QString key = usersql::sortKey(query.sort);
        const QString dir =
            usersql::sortDescending(query.sort) ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(usersql::columns) +
                                 usersql::fromWhere(s, tenantId, query, binds) +
                                 QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", u.id") + dir,
                             binds);
        ExportReport report;
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
        while (q.next()) {
            if (csv) {
                // Columns in the order of userExportColumns(); JSON columns stay as stored text.
                static constexpr int textColumns[] = {1, 2, 3, 4, 5, 6};
                bool first = true;
                for (int c : textColumns) {
                    if (!first)
                        buffer += ',';
                    first = false;
                    appendCsvField(buffer, q.value(c).toString().toUtf8());
                }
                buffer += q.value(13).toInt() ? ",true," : ",false,";
                buffer += QByteArray::number(q.value(16).toLongLong());
                buffer += ',';
                const qint64 lastSignIn = q.value(15).toLongLong();
                if (lastSignIn > 0)
                    buffer += QByteArray::number(lastSignIn);
                buffer += ',';
                appendCsvField(buffer, q.value(7).toString().toUtf8());
                buffer += ',';
                appendCsvField(buffer, q.value(8).toString().toUtf8());
                if (options.withPasswordDigests) {
                    buffer += ',';
                    appendCsvField(buffer, q.value(10).toString().toUtf8());
                    buffer += ',';
                    appendCsvField(buffer, q.value(11).toString().toUtf8());
                }
                buffer += '\n';
            } else {
                const QJsonObject o = json::toJson(usersql::read(q), options.withPasswordDigests);
                if (options.format == ImportFormat::Json && report.rows > 0)
                    buffer += ",\n";
                buffer += QJsonDocument(o).toJson(QJsonDocument::Compact);
                if (options.format == ImportFormat::JsonLines)
                    buffer += '\n';
            }
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
                    return report;
                }
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
                                  {QStringLiteral("withPasswordDigests"), options.withPasswordDigests}});
        });
        report.elapsedMs = timer.elapsed();
        return report;
    });
}

} // namespace gatehouse::local
