#pragma once

#include "io/UserExport.h"
#include "model/User.h"

#include <QByteArray>

class QIODevice;

namespace gatehouse {

/// Appends `field` to a CSV line (RFC 4180: quoted when it holds a comma, quote or line break).
/// `spreadsheetSafe` prefixes a cell a spreadsheet would run as a formula with ' (see
/// ExportOptions::spreadsheetSafe).
void appendCsvField(QByteArray &out, const QByteArray &field, bool spreadsheetSafe = false);

/// Writes users to an open device in an export format: CSV (userExportColumns(), profile and
/// customData as compact JSON text, isSuspended true/false, times in unix ms), a JSON array, or
/// JSON Lines, each user as json::toJson(). Output is buffered (1 MiB) so memory stays flat.
/// Not thread-safe; the device must outlive the writer. Every call returns false once a write
/// to the device failed (then error() says why).
class UserExportWriter
{
public:
    UserExportWriter(QIODevice *device, const ExportOptions &options);

    /// The header (CSV) or the opening bracket (JSON). Call once, first.
    bool begin();
    bool write(const User &user);
    /// The closing bracket (JSON) and whatever is still buffered.
    bool finish();

    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    QString error() const { return m_error; }

private:
    bool flush();

    QIODevice *m_device;
    ExportOptions m_options;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    QString m_error;
};

} // namespace gatehouse
