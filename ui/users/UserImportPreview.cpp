#include "users/UserImportPreview.h"

#include "common/Format.h"
#include "io/UserRecordReader.h"
#include "model/UserValidation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace gatehouse::ui {

namespace {
QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QJsonValue atPath(const QJsonObject &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

QString cellOf(const UserRecord &record, const QString &column)
{
    const User &u = record.user;
    if (column == QLatin1String("id"))
        return u.id;
    if (column == QLatin1String("username"))
        return u.username;
    if (column == QLatin1String("primaryEmail"))
        return u.primaryEmail;
    if (column == QLatin1String("primaryPhone"))
        return u.primaryPhone;
    if (column == QLatin1String("name"))
        return u.name;
    if (column == QLatin1String("avatar"))
        return u.avatar;
    if (column == QLatin1String("password"))
        return record.password.isEmpty() ? QString() : QStringLiteral("••••••••");
    if (column == QLatin1String("passwordDigest"))
        return u.passwordDigest.isEmpty() ? QString() : UserImportPreview::tr("•••• (digest)");
    if (column == QLatin1String("passwordAlgorithm"))
        return u.passwordAlgorithm;
    if (column == QLatin1String("isSuspended"))
        return u.isSuspended ? UserImportPreview::tr("yes") : UserImportPreview::tr("no");
    if (column == QLatin1String("createdAt"))
        return u.createdAt > 0 ? Format::utc(u.createdAt) : QString();
    if (column == QLatin1String("lastSignInAt"))
        return u.lastSignInAt ? Format::utc(*u.lastSignInAt) : QString();
    if (column == QLatin1String("profile"))
        return u.profile.isEmpty() ? QString() : jsonText(u.profile);
    if (column == QLatin1String("customData"))
        return u.customData.isEmpty() ? QString() : jsonText(u.customData);
    if (column.startsWith(QLatin1String("profile.")))
        return jsonText(atPath(u.profile, column.mid(8).split(QLatin1Char('.'))));
    if (column.startsWith(QLatin1String("customData.")))
        return jsonText(atPath(u.customData, column.mid(11).split(QLatin1Char('.'))));
    return {};
}
} // namespace

QString UserImportPreview::formatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Csv:
        return tr("CSV");
    case ImportFormat::Json:
        return tr("JSON");
    case ImportFormat::JsonLines:
        return tr("JSON Lines");
    }
    return {};
}

ImportPreview UserImportPreview::read(const QString &path, std::optional<ImportFormat> format)
{
    ImportPreview preview;
    preview.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.fatal = Error(ErrorCode::NotFound, tr("Cannot open %1: %2").arg(path, file.errorString()));
        return preview;
    }
    preview.size = file.size();
    preview.detectedFormat = detectFormat(path, &file);
    preview.format = format.value_or(preview.detectedFormat);
    const std::unique_ptr<UserRecordReader> reader = UserRecordReader::create(preview.format, &file);
    preview.columns = preview.format == ImportFormat::Csv ? reader->columns() : userCsvColumns();
    UserRecord record;
    while (preview.rows.size() < maxRows && reader->next(&record)) {
        ImportPreview::Row row;
        row.line = record.line;
        for (const QString &column : std::as_const(preview.columns))
            row.cells.append(cellOf(record, column));
        row.errors = record.errors;
        if (record.errors.isEmpty())
            row.errors = validation::user(record.user);
        if (!record.password.isEmpty()) {
            const QString problem = validation::passwordProblem(record.password);
            if (!problem.isEmpty())
                row.errors.append({QStringLiteral("password"), problem});
        }
        preview.rows.append(row);
    }
    if (reader->error().isError())
        preview.fatal = reader->error();
    else if (preview.rows.size() == maxRows)
        preview.more = reader->next(&record) || reader->error().isError();
    return preview;
}

QFuture<ImportPreview> UserImportPreview::load(const QString &path, std::optional<ImportFormat> format)
{
    auto promise = std::make_shared<QPromise<ImportPreview>>();
    QFuture<ImportPreview> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, format] {
        promise->addResult(read(path, format));
        promise->finish();
    });
    return future;
}

} // namespace gatehouse::ui
