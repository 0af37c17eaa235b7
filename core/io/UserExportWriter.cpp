#include "io/UserExportWriter.h"

#include "model/UserJson.h"

#include <QIODevice>
#include <QJsonDocument>

namespace gatehouse {

namespace {
constexpr qsizetype flushBytes = 1 << 20;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

void appendCsvField(QByteArray &out, const QByteArray &field, bool spreadsheetSafe)
{
    if (spreadsheetSafe && !field.isEmpty() && QByteArrayView("=+-@\t\r").contains(field.front())) {
        QByteArray safe;
        safe.reserve(field.size() + 1);
        safe += '\'';
        safe += field;
        return appendCsvField(out, safe, false);
    }
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

UserExportWriter::UserExportWriter(QIODevice *device, const ExportOptions &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(flushBytes + 64 * 1024);
}

bool UserExportWriter::begin()
{
    if (m_options.format == ImportFormat::Csv)
        m_buffer += userExportColumns(m_options.withPasswordDigests).join(QLatin1Char(',')).toUtf8() + '\n';
    else if (m_options.format == ImportFormat::Json)
        m_buffer += "[\n";
    return true;
}

bool UserExportWriter::write(const User &u)
{
    if (!m_error.isEmpty())
        return false;
    if (m_options.format == ImportFormat::Csv) {
        // The columns of userExportColumns(), in order.
        const QString text[] = {u.id, u.username, u.primaryEmail, u.primaryPhone, u.name, u.avatar};
        bool first = true;
        for (const QString &t : text) {
            if (!first)
                m_buffer += ',';
            first = false;
            appendCsvField(m_buffer, t.toUtf8(), m_options.spreadsheetSafe);
        }
        m_buffer += u.isSuspended ? ",true," : ",false,";
        m_buffer += QByteArray::number(u.createdAt);
        m_buffer += ',';
        if (u.lastSignInAt && *u.lastSignInAt > 0)
            m_buffer += QByteArray::number(*u.lastSignInAt);
        m_buffer += ',';
        appendCsvField(m_buffer, compact(u.profile), m_options.spreadsheetSafe);
        m_buffer += ',';
        appendCsvField(m_buffer, compact(u.customData), m_options.spreadsheetSafe);
        if (m_options.withPasswordDigests) {
            m_buffer += ',';
            appendCsvField(m_buffer, u.passwordDigest.toUtf8(), m_options.spreadsheetSafe);
            m_buffer += ',';
            appendCsvField(m_buffer, u.passwordAlgorithm.toUtf8(), m_options.spreadsheetSafe);
        }
        m_buffer += '\n';
    } else {
        if (m_options.format == ImportFormat::Json && m_rows > 0)
            m_buffer += ",\n";
        m_buffer += compact(json::toJson(u, m_options.withPasswordDigests));
        if (m_options.format == ImportFormat::JsonLines)
            m_buffer += '\n';
    }
    ++m_rows;
    return m_buffer.size() < flushBytes || flush();
}

bool UserExportWriter::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_options.format == ImportFormat::Json)
        m_buffer += "\n]\n";
    return flush();
}

bool UserExportWriter::flush()
{
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytes += m_buffer.size();
    m_buffer.clear();
    return true;
}

} // namespace gatehouse
