// Streaming user export for the remote backend: pages of 100 from the same list as
// RemoteUsers::page(), written as they arrive (memory stays flat) to a temporary file that is
// renamed into place only when complete.
#include "io/UserExportWriter.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteUserJson.h"
#include "remote/RemoteUserRequests.h"
#include "remote/RemoteUsers.h"
#include "util/PrivateFiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>

namespace gatehouse::remote {

using namespace userapi;

Future<ExportReport> RemoteUsers::exportUsers(const QString &tenantId, const UserQuery &query,
                                              const QString &filePath, const ExportOptions &options,
                                              std::shared_ptr<ImportControl> control)
{
    if (!control)
        control = std::make_shared<ImportControl>();
    return m_backend.submit<ExportReport>([this, tenantId, query, filePath, options,
                                           control](RemoteSession &s) {
        QElapsedTimer timer;
        timer.start();
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        requireSupported(query);
        if (options.withPasswordDigests)
            throw Failure{Error(ErrorCode::Unsupported,
                                rtr("A Logto server never discloses password digests, so they cannot be "
                                    "exported. Export without them."))};
        QSaveFile file(filePath);
        if (!privatefiles::openForWriting(file))
            throw Failure{
                Error(ErrorCode::Unavailable, rtr("Cannot write %1: %2").arg(filePath, file.errorString()))};
        UserExportWriter writer(&file, options);
        auto writeFailed = [&] {
            return Failure{
                Error(ErrorCode::Unavailable, rtr("Writing %1 failed: %2").arg(filePath, writer.error()))};
        };
        writer.begin();
        ExportReport report;
        report.spreadsheetSafe = options.spreadsheetSafe && options.format == ImportFormat::Csv;
        // Users created while the export runs push older ones onto the next page; the rows
        // already written are recognised there by their ids and skipped.
        QSet<QString> previousPage;
        for (qint64 page = 1;; ++page) {
            const Response answer = listPage(s, query, page, pageSize);
            const QJsonArray items = answer.array();
            QSet<QString> thisPage;
            for (const QJsonValue &item : items) {
                const User u = logto::user(item.toObject(), b.tenantId());
                thisPage.insert(u.id);
                if (previousPage.contains(u.id))
                    continue;
                if (!writer.write(u))
                    throw writeFailed();
            }
            previousPage = std::move(thisPage);
            ImportProgress progress;
            progress.rowsRead = writer.rows();
            progress.rowsPerSecond = writer.rows() * 1000.0 / qMax<qint64>(1, timer.elapsed());
            control->setProgress(progress);
            if (control->isCancelled()) {
                file.cancelWriting();
                report.rows = writer.rows();
                report.cancelled = true;
                report.elapsedMs = timer.elapsed();
                return report;
            }
            if (items.size() < pageSize || (answer.totalNumber >= 0 && page * pageSize >= answer.totalNumber))
                break;
        }
        if (!writer.finish())
            throw writeFailed();
        if (!file.commit())
            throw Failure{Error(ErrorCode::Unavailable,
                                rtr("Writing %1 failed: %2").arg(filePath, file.errorString()))};
        report.rows = writer.rows();
        report.bytes = writer.bytes();
        b.journalChange(QStringLiteral("user.export"), QStringLiteral("tenant"), tenantId, QJsonValue::Null,
                        QJsonObject{{QStringLiteral("file"), QFileInfo(filePath).fileName()},
                                    {QStringLiteral("format"), importFormatName(options.format)},
                                    {QStringLiteral("rows"), report.rows},
                                    {QStringLiteral("search"), query.search},
                                    {QStringLiteral("withPasswordDigests"), false}});
        report.elapsedMs = timer.elapsed();
        return report;
    });
}

} // namespace gatehouse::remote
