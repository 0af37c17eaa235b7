#include "logs/LogExport.h"

#include "io/UserExportWriter.h"
#include "model/LogEventJson.h"
#include "model/LogKeys.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace gatehouse {

namespace {
constexpr int pageSize = 500;

QString str(const char *text)
{
    return QCoreApplication::translate("gatehouse::LogExport", text);
}

QByteArray csvLine(const LogEvent &e)
{
    const QByteArray fields[] = {
        QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8(),
        QByteArray::number(e.createdAt),
        e.id.toUtf8(),
        e.key.toUtf8(),
        logkeys::describe(e).toUtf8(),
        logResultName(e.result).toUtf8(),
        e.userId.toUtf8(),
        e.applicationId.toUtf8(),
        e.organizationId.toUtf8(),
        e.sessionId.toUtf8(),
        e.ip.toUtf8(),
        e.userAgent.toUtf8(),
        e.errorText().toUtf8(),
        logPayloadText(e.payload).toUtf8(),
    };
    QByteArray out;
    bool first = true;
    for (const QByteArray &f : fields) {
        if (!std::exchange(first, false))
            out += ',';
        // User agents and error texts come from the outside: a spreadsheet must not run them.
        appendCsvField(out, f, true);
    }
    out += '\n';
    return out;
}
} // namespace

QStringList logExportColumns()
{
    return {QStringLiteral("createdAt"),
            QStringLiteral("createdAtMs"),
            QStringLiteral("id"),
            QStringLiteral("key"),
            QStringLiteral("description"),
            QStringLiteral("result"),
            QStringLiteral("userId"),
            QStringLiteral("applicationId"),
            QStringLiteral("organizationId"),
            QStringLiteral("sessionId"),
            QStringLiteral("ip"),
            QStringLiteral("userAgent"),
            QStringLiteral("error"),
            QStringLiteral("payload")};
}

LogExport::LogExport(LogsApi &logs, QString tenantId, LogQuery query, QString path, LogExportFormat format,
                     QObject *parent)
    : QObject(parent)
    , m_logs(logs)
    , m_tenantId(std::move(tenantId))
    , m_query(std::move(query))
    , m_path(std::move(path))
    , m_format(format)
{}

LogExport::~LogExport()
{
    // A page being written on a pool thread still uses the file. (Only that stage is waited
    // for: what follows it runs on this thread.)
    m_writing.waitForFinished();
    if (m_file)
        m_file->cancelWriting();
}

void LogExport::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!privatefiles::openForWriting(*m_file))
        return fail(
            Error(ErrorCode::Internal, str("Cannot write %1: %2").arg(m_path, m_file->errorString())));
    if (m_format == LogExportFormat::Csv)
        m_file->write(logExportColumns().join(QLatin1Char(',')).toUtf8() + '\n');
    fetch();
}

void LogExport::fetch()
{
    if (m_cancelled)
        return fail(Error(ErrorCode::Cancelled, str("The export was stopped; no file was written.")));
    // The page is formatted and written on a pool thread, never on the caller's (a GUI stays
    // responsive however slow the disk); the chain is sequential, so the file is used by one
    // thread at a time.
    m_writing =
        m_logs.page(m_tenantId, m_query, m_cursor, pageSize)
            .then(QtFuture::Launch::Async,
                  [file = m_file.get(), format = m_format,
                   path = m_path](Result<LogPage> page) -> Result<LogPage> {
                      if (!page)
                          return page;
                      QByteArray out;
                      for (const LogEvent &e : page.value().events) {
                          if (format == LogExportFormat::Csv)
                              out += csvLine(e);
                          else
                              out += QJsonDocument(json::toJson(e)).toJson(QJsonDocument::Compact) + '\n';
                      }
                      if (file->write(out) != out.size())
                          return Error(ErrorCode::Internal,
                                       str("Cannot write %1: %2").arg(path, file->errorString()));
                      return page;
                  });
    m_writing.then(this, [this](const Result<LogPage> &page) {
        if (!page)
            return fail(page.error());
        advance(page.value());
    });
}

void LogExport::advance(const LogPage &page)
{
    m_written += page.events.size();
    m_cursor = page.next;
    emit progressed();
    if (!page.atEnd)
        return fetch();
    if (!m_file->commit())
        return fail(
            Error(ErrorCode::Internal, str("Cannot write %1: %2").arg(m_path, m_file->errorString())));
    m_file.reset();
    if (!std::exchange(m_finished, true))
        emit finished();
}

void LogExport::fail(const Error &error)
{
    m_error = error;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    if (!std::exchange(m_finished, true))
        emit finished();
}

} // namespace gatehouse
