#include "io/UserRecordReader.h"

#include "io/CsvUserRecordReader.h"
#include "io/JsonLinesUserRecordReader.h"
#include "io/JsonUserRecordReader.h"

#include <QFileInfo>
#include <QIODevice>

namespace gatehouse {

ImportFormat detectFormat(const QString &fileName, QIODevice *device)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("json"))
        return ImportFormat::Json;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return ImportFormat::JsonLines;
    if (device) {
        QByteArray head = device->peek(4096);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        for (const char c : std::as_const(head)) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            if (c == '[')
                return ImportFormat::Json;
            if (c == '{')
                return ImportFormat::JsonLines;
            break;
        }
    }
    return ImportFormat::Csv;
}

UserRecordReader::~UserRecordReader() = default;

QStringList UserRecordReader::columns() const
{
    return {};
}

std::unique_ptr<UserRecordReader> UserRecordReader::create(ImportFormat format, QIODevice *device)
{
    switch (format) {
    case ImportFormat::Csv:
        return std::make_unique<CsvUserRecordReader>(device);
    case ImportFormat::Json:
        return std::make_unique<JsonUserRecordReader>(device);
    case ImportFormat::JsonLines:
        return std::make_unique<JsonLinesUserRecordReader>(device);
    }
    return std::make_unique<CsvUserRecordReader>(device);
}

} // namespace gatehouse
