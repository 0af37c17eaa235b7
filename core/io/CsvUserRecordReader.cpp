#include "io/CsvUserRecordReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace gatehouse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::CsvUserRecordReader", text);
}

const QLatin1String ProfilePrefix("profile.");
const QLatin1String CustomDataPrefix("customData.");

std::optional<bool> parseBool(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
        return false;
    if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
        return true;
    return std::nullopt;
}

/// Unix milliseconds or ISO 8601 with an explicit zone; nullopt when neither.
std::optional<qint64> parseTime(const QString &text)
{
    const QString s = text.trimmed();
    bool isNumber = false;
    const qint64 ms = s.toLongLong(&isNumber);
    if (isNumber)
        return ms >= 0 && ms < 1'000'000'000'000'000 ? std::optional<qint64>(ms) : std::nullopt;
    const QDateTime time = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime || time.toMSecsSinceEpoch() < 0)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

/// A customData cell: one JSON value if the whole cell is one, else the text itself.
QJsonValue cellValue(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    const char16_t first = trimmed.isEmpty() ? u' ' : trimmed.front().unicode();
    if (first != u'{' && first != u'[' && first != u'"' && first != u'-' && first != u't' && first != u'f' &&
        first != u'n' && (first < u'0' || first > u'9'))
        return text; // cannot start a JSON value: spare the parser
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text.toUtf8()).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return text;
}

/// Sets root[path[0]][path[1]]… = value, creating objects on the way. False when a value on the
/// way is there already and is not an object.
bool setPath(QJsonObject *root, const QStringList &path, qsizetype index, const QJsonValue &value)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        root->insert(key, value);
        return true;
    }
    const QJsonValue existing = root->value(key);
    if (!existing.isUndefined() && !existing.isObject())
        return false;
    QJsonObject child = existing.toObject();
    if (!setPath(&child, path, index + 1, value))
        return false;
    root->insert(key, child);
    return true;
}

} // namespace

QStringList userCsvColumns()
{
    return {
        QStringLiteral("id"),           QStringLiteral("username"),       QStringLiteral("primaryEmail"),
        QStringLiteral("primaryPhone"), QStringLiteral("name"),           QStringLiteral("avatar"),
        QStringLiteral("password"),     QStringLiteral("passwordDigest"), QStringLiteral("passwordAlgorithm"),
        QStringLiteral("isSuspended"),  QStringLiteral("createdAt"),      QStringLiteral("lastSignInAt"),
        QStringLiteral("profile"),      QStringLiteral("customData"),
    };
}

CsvUserRecordReader::CsvUserRecordReader(QIODevice *device)
    : m_csv(device)
{
    m_csv.setMaxRecordSize(MaxRecordSize);
    readHeader();
}

void CsvUserRecordReader::fail(const QString &message)
{
    m_error = Error(ErrorCode::Validation, message);
}

bool CsvUserRecordReader::readHeader()
{
    QStringList header;
    if (!m_csv.readRecord(&header)) {
        if (m_csv.hasError())
            fail(m_csv.error());
        else
            fail(tr("line 1: the file is empty; its first line must name the columns, for example "
                    "username,primaryEmail,name"));
        return false;
    }
    const qint64 line = m_csv.recordLine();
    const QStringList known = userCsvColumns();
    QHash<QString, int> seen;
    QList<Column> specs;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty()) {
            fail(tr("line %1, column %2: the column has no name").arg(line).arg(i + 1));
            return false;
        }
        if (const auto it = seen.constFind(name); it != seen.constEnd()) {
            fail(tr("line %1: column \"%2\" appears twice (columns %3 and %4)")
                     .arg(line)
                     .arg(name)
                     .arg(it.value() + 1)
                     .arg(i + 1));
            return false;
        }
        seen.insert(name, i);
        Column column{Kind::Id, {}};
        const qsizetype knownIndex = known.indexOf(name);
        if (knownIndex >= 0) {
            column.kind = static_cast<Kind>(knownIndex); // userCsvColumns() follows Kind's order
        } else {
            const bool isProfile = name.startsWith(ProfilePrefix);
            const bool isCustom = name.startsWith(CustomDataPrefix);
            if (isProfile || isCustom) {
                column.kind = isProfile ? Kind::ProfilePath : Kind::CustomDataPath;
                column.path = name.mid(isProfile ? ProfilePrefix.size() : CustomDataPrefix.size())
                                  .split(QLatin1Char('.'));
            }
            if (column.path.isEmpty() || column.path.contains(QString())) {
                QString hint;
                for (const QString &candidate : known) {
                    if (candidate.compare(name, Qt::CaseInsensitive) == 0)
                        hint = tr(" (did you mean \"%1\"?)").arg(candidate);
                }
                fail(tr("line %1, column %2: unknown column \"%3\"%4. Known columns: %5, profile.<claim>, "
                        "customData.<key> (names are case-sensitive)")
                         .arg(line)
                         .arg(i + 1)
                         .arg(name, hint, known.join(QStringLiteral(", "))));
                return false;
            }
            m_hasPathColumns = true;
        }
        specs.append(column);
        header[i] = name;
    }
    // profile.address with profile.address.locality: one would overwrite the other.
    for (int i = 0; i < header.size(); ++i) {
        const QString &name = header.at(i);
        for (qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot > 0;
             dot = name.lastIndexOf(QLatin1Char('.'), dot - 1)) {
            const QString prefix = name.left(dot);
            if (prefix.contains(QLatin1Char('.')) && seen.contains(prefix)) {
                fail(tr("line %1: columns \"%2\" and \"%3\" overlap: the second is inside the first")
                         .arg(line)
                         .arg(prefix, name));
                return false;
            }
        }
    }
    m_columns = header;
    m_specs = specs;
    return true;
}

bool CsvUserRecordReader::next(UserRecord *record)
{
    *record = UserRecord();
    if (m_error.isError())
        return false;
    if (!m_csv.readRecord(&m_fields)) {
        if (m_csv.hasError())
            fail(m_csv.error());
        return false;
    }
    record->line = m_csv.recordLine();
    if (m_fields.size() != m_columns.size()) {
        const QString count = m_fields.size() == 1 ? tr("1 field") : tr("%1 fields").arg(m_fields.size());
        record->errors.append({QString(), tr("%1, the header has %2").arg(count).arg(m_columns.size())});
        return true;
    }
    for (int i = 0; i < m_fields.size(); ++i)
        applyCell(i, &m_fields[i], record, false);
    if (m_hasPathColumns) {
        for (int i = 0; i < m_fields.size(); ++i)
            applyCell(i, &m_fields[i], record, true);
    }
    return true;
}

void CsvUserRecordReader::applyCell(int index, QString *cell, UserRecord *record, bool paths)
{
    const Column &column = m_specs.at(index);
    const bool isPath = column.kind == Kind::ProfilePath || column.kind == Kind::CustomDataPath;
    if (isPath != paths)
        return;
    auto problem = [&](const QString &message) {
        record->errors.append({m_columns.at(index), tr("column %1: %2").arg(index + 1).arg(message)});
    };
    auto object = [&](QJsonObject *out) {
        if (cell->trimmed().isEmpty())
            return;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(cell->toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            problem(
                tr("is not valid JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset + 1));
        else if (!document.isObject())
            problem(tr("must be a JSON object, for example {\"plan\": \"pro\"}"));
        else
            *out = document.object();
    };
    User &user = record->user;
    switch (column.kind) {
    case Kind::Id:
        user.id = std::move(*cell);
        break;
    case Kind::Username:
        user.username = std::move(*cell);
        break;
    case Kind::PrimaryEmail:
        user.primaryEmail = std::move(*cell);
        break;
    case Kind::PrimaryPhone:
        user.primaryPhone = std::move(*cell);
        break;
    case Kind::Name:
        user.name = std::move(*cell);
        break;
    case Kind::Avatar:
        user.avatar = std::move(*cell);
        break;
    case Kind::Password:
        record->password = std::move(*cell);
        break;
    case Kind::PasswordDigest:
        user.passwordDigest = std::move(*cell);
        break;
    case Kind::PasswordAlgorithm:
        user.passwordAlgorithm = std::move(*cell);
        break;
    case Kind::IsSuspended:
        if (const auto value = parseBool(*cell))
            user.isSuspended = *value;
        else
            problem(tr("must be true or false (or 1/0, yes/no)"));
        break;
    case Kind::CreatedAt:
    case Kind::LastSignInAt:
        if (cell->trimmed().isEmpty())
            break;
        if (const auto time = parseTime(*cell)) {
            if (column.kind == Kind::CreatedAt)
                user.createdAt = *time;
            else
                user.lastSignInAt = *time;
        } else {
            problem(tr("must be a time in unix milliseconds or ISO 8601 with a zone, for example "
                       "2024-05-01T12:00:00Z"));
        }
        break;
    case Kind::Profile:
        object(&user.profile);
        break;
    case Kind::CustomData:
        object(&user.customData);
        break;
    case Kind::ProfilePath:
    case Kind::CustomDataPath: {
        if (cell->isEmpty())
            break;
        const bool isProfile = column.kind == Kind::ProfilePath;
        QJsonObject *root = isProfile ? &user.profile : &user.customData;
        const QJsonValue value = isProfile ? QJsonValue(*cell) : cellValue(*cell);
        if (!setPath(root, column.path, 0, value))
            problem(tr("cannot set %1: a value on its path is not a JSON object").arg(m_columns.at(index)));
        break;
    }
    }
}

} // namespace gatehouse
