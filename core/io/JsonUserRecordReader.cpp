#include "io/JsonUserRecordReader.h"

#include "io/CsvReader.h"
#include "model/UserJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace gatehouse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::JsonUserRecordReader", text);
}

} // namespace

JsonUserRecordReader::JsonUserRecordReader(QIODevice *device)
    : m_scanner(device, MaxRecordSize)
{}

QString JsonUserRecordReader::describeValue(char first)
{
    switch (first) {
    case '{':
        return tr("an object");
    case '[':
        return tr("an array");
    case '"':
        return tr("a string");
    case 't':
    case 'f':
        return tr("true or false");
    case 'n':
        return tr("null");
    case '-':
        return tr("a number");
    default:
        return first >= '0' && first <= '9' ? tr("a number") : QString();
    }
}

void JsonUserRecordReader::readObject(const QJsonObject &object, UserRecord *record)
{
    const Result<User> user = json::userFromJson(object);
    if (user.ok())
        record->user = user.value();
    else
        record->errors.append(user.error().fields());
    const QJsonValue password = object.value(QStringLiteral("password"));
    if (password.isString())
        record->password = password.toString();
    else if (!password.isUndefined() && !password.isNull())
        record->errors.append({QStringLiteral("password"), tr("must be a string")});
}

bool JsonUserRecordReader::next(UserRecord *record)
{
    *record = UserRecord();
    if (m_error.isError())
        return false;
    switch (m_scanner.next()) {
    case JsonArrayScanner::Status::End:
        return false;
    case JsonArrayScanner::Status::Error:
        m_error = Error(ErrorCode::Validation, m_scanner.errorMessage());
        return false;
    case JsonArrayScanner::Status::Element:
        break;
    }
    record->line = m_scanner.elementLine();
    const qint64 number = m_scanner.elementIndex() + 1;
    if (m_scanner.elementTooLarge()) {
        record->errors.append({QString(), tr("element %1 of the array is larger than %2")
                                              .arg(number)
                                              .arg(CsvReader::sizeText(MaxRecordSize))});
        return true;
    }
    const QByteArray &bytes = m_scanner.element();
    const char first = bytes.isEmpty() ? '\0' : bytes.front();
    if (first != '{') {
        const QString what = describeValue(first);
        record->errors.append(
            {QString(), what.isEmpty()
                            ? tr("element %1 of the array is not valid JSON").arg(number)
                            : tr("element %1 of the array is %2, not a user object").arg(number).arg(what)});
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // An element may span many lines: say on which one the problem is.
        const qint64 line = record->line + bytes.left(parseError.offset).count('\n');
        record->errors.append({QString(), tr("element %1 of the array is not valid JSON: %2 on line %3")
                                              .arg(number)
                                              .arg(parseError.errorString())
                                              .arg(line)});
        return true;
    }
    readObject(document.object(), record);
    return true;
}

} // namespace gatehouse
