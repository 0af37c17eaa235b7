#include "remote/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::remote {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::remote::HttpErrors", text);
}

/// A server message worth showing to a person: a short sentence, not markup or a dump.
bool isReadable(const QString &message)
{
    const QString text = message.trimmed();
    if (text.size() < 3 || text.size() > 400 || !text.contains(QLatin1Char(' ')))
        return false;
    return !text.startsWith(QLatin1Char('{')) && !text.startsWith(QLatin1Char('<')) &&
           !text.startsWith(QLatin1Char('['));
}

QString requestText(const http::RequestInfo &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
}

QString detailText(int status, const ServerError &server, const QByteArray &body,
                   const http::RequestInfo &request)
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!server.code.isEmpty())
        text += QLatin1Char(' ') + http::sanitize(server.code.toUtf8(), 100);
    if (!server.message.isEmpty())
        text += QStringLiteral(": ") + http::sanitize(server.message.toUtf8(), 400);
    else if (server.code.isEmpty() && !body.isEmpty())
        text += QStringLiteral(": ") + http::sanitize(body);
    if (!server.details.isEmpty())
        text += QStringLiteral(" (") + http::sanitize(server.details.toUtf8(), 400) + QLatin1Char(')');
    if (!request.method.isEmpty())
        text += QStringLiteral(" [") + requestText(request) + QLatin1Char(']');
    return text;
}

QString withServerSentence(const QString &plain, const QString &withSentence, const ServerError &server)
{
    return isReadable(server.message) ? withSentence.arg(server.message.trimmed()) : plain;
}

/// zod issues ({"issues":[{"path":["redirectUris",1],"message":"…"}]}) as field errors.
QList<FieldError> fieldsOf(const QJsonValue &data)
{
    QList<FieldError> fields;
    const QJsonArray issues = data.toObject().value(QLatin1String("issues")).toArray();
    for (const QJsonValue &issue : issues) {
        const QJsonObject object = issue.toObject();
        QString field;
        for (const QJsonValue &part : object.value(QLatin1String("path")).toArray()) {
            if (part.isDouble())
                field += QStringLiteral("[%1]").arg(part.toInteger());
            else
                field += (field.isEmpty() ? QString() : QStringLiteral(".")) + part.toString();
        }
        const QString message = object.value(QLatin1String("message")).toString();
        if (!field.isEmpty() && !message.isEmpty())
            fields.append(FieldError{field, message});
    }
    return fields;
}

QString unknownOutcome()
{
    return tr(" Whether the change was applied is unknown: check the current state before trying again.");
}

} // namespace

ServerError ServerError::parse(const QByteArray &body)
{
    ServerError error;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty())
        return error;
    // Management API errors use code/message; the OIDC token endpoint uses error/error_description.
    error.code = object.value(QLatin1String("code")).toString();
    if (error.code.isEmpty())
        error.code = object.value(QLatin1String("error")).toString();
    error.message = object.value(QLatin1String("message")).toString();
    if (error.message.isEmpty())
        error.message = object.value(QLatin1String("error_description")).toString();
    const QJsonValue details = object.value(QLatin1String("details"));
    error.details = details.isString()
                        ? details.toString()
                        : QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact));
    if (details.isUndefined() || details.isNull())
        error.details.clear();
    error.data = object.value(QLatin1String("data"));
    return error;
}

namespace http {

bool isUniqueViolation(const QString &code)
{
    // e.g. user.username_already_in_use, role.name_in_use, resource.resource_indicator_already_exists,
    // user.email_exists_register, entity.unique_integrity_violation (but not entity.not_exists*).
    if (code == QLatin1String("entity.unique_integrity_violation"))
        return true;
    if (code.contains(QLatin1String("not_exist")))
        return false;
    return code.contains(QLatin1String("_in_use")) || code.contains(QLatin1String("exists"));
}

Error statusError(int status, const QByteArray &body, const RequestInfo &request, bool outcomeUnknown)
{
    const ServerError server = ServerError::parse(body);
    const QString detail = detailText(status, server, body, request);
    const bool unique = isUniqueViolation(server.code);
    if ((status == 400 || status == 422 || status == 409) && unique) {
        return Error(ErrorCode::AlreadyExists,
                     withServerSentence(tr("A value that must be unique is already taken on the server."),
                                        tr("The server refused a value that is already taken: %1"), server),
                     detail);
    }
    switch (status) {
    case 400:
    case 422:
        return Error(ErrorCode::Validation,
                     withServerSentence(tr("The server rejected the request as not valid."),
                                        tr("The server rejected the request: %1"), server),
                     detail, fieldsOf(server.data));
    case 401:
        return Error(
            ErrorCode::Forbidden,
            tr("The server refused the credentials of this connection. Check its client id and secret."),
            detail);
    case 403:
        if (server.code.isEmpty() || server.code.startsWith(QLatin1String("auth."))) {
            return Error(
                ErrorCode::Forbidden,
                tr("The connection's application lacks the Management API permission 'all'. Assign it a "
                   "role with Management API access in the Logto console."),
                detail);
        }
        return Error(ErrorCode::Forbidden,
                     withServerSentence(tr("The server does not allow this operation."),
                                        tr("The server does not allow this operation: %1"), server),
                     detail);
    case 404:
        return Error(ErrorCode::NotFound,
                     tr("The object does not exist on the server (it may have been deleted meanwhile)."),
                     detail);
    case 409:
        return Error(
            ErrorCode::Conflict,
            withServerSentence(tr("The object changed on the server meanwhile. Reload it and try again."),
                               tr("The server reports a conflict: %1"), server),
            detail);
    case 429:
        return Error(ErrorCode::RateLimited,
                     tr("The server is limiting requests from this connection. Try again in a moment."),
                     detail);
    case 501:
        return Error(ErrorCode::Unsupported, tr("The server does not support this operation."), detail);
    default:
        break;
    }
    if (status >= 500) {
        return Error(ErrorCode::Unavailable,
                     tr("The server failed to handle the request (HTTP %1).").arg(status) +
                         (outcomeUnknown ? unknownOutcome() : QString()),
                     detail);
    }
    return Error(ErrorCode::Internal,
                 withServerSentence(tr("The server refused the request (HTTP %1).").arg(status),
                                    tr("The server refused the request (HTTP %1): %2").arg(status), server),
                 detail);
}

Error tokenError(int status, const QByteArray &body)
{
    const ServerError server = ServerError::parse(body);
    const RequestInfo request{"POST", QStringLiteral("/oidc/token")};
    const QString detail = detailText(status, server, body, request);
    const QString &code = server.code;
    if (code == QLatin1String("invalid_client") || status == 401) {
        return Error(ErrorCode::Forbidden,
                     tr("The server refused the client id or secret of this connection."), detail);
    }
    if (code == QLatin1String("invalid_target")) {
        return Error(ErrorCode::Validation,
                     tr("The server does not know the Management API of this connection's tenant. Check the "
                        "tenant id."),
                     detail);
    }
    if (code == QLatin1String("invalid_scope")) {
        return Error(ErrorCode::Forbidden,
                     tr("The connection's application may not request the Management API permission 'all'."),
                     detail);
    }
    if (code == QLatin1String("unauthorized_client") || code == QLatin1String("invalid_grant")) {
        return Error(
            ErrorCode::Forbidden,
            tr("The connection's application may not sign in with its client credentials. It must be a "
               "machine-to-machine application."),
            detail);
    }
    if (status == 404) {
        return Error(ErrorCode::Unavailable,
                     tr("The server has no token endpoint at /oidc/token. Check that the endpoint is a Logto "
                        "server."),
                     detail);
    }
    return statusError(status, body, request);
}

Error networkError(const QString &errorText, const RequestInfo &request, bool outcomeUnknown)
{
    return Error(ErrorCode::Unavailable,
                 tr("The server cannot be reached: %1.").arg(errorText) +
                     (outcomeUnknown ? unknownOutcome() : QString()),
                 requestText(request));
}

Error timeoutError(int timeoutMs, const RequestInfo &request, bool outcomeUnknown)
{
    const QString seconds = QString::number(timeoutMs / 1000.0, 'g', 3);
    return Error(ErrorCode::Unavailable,
                 tr("The server did not answer within %1 s.").arg(seconds) +
                     (outcomeUnknown ? unknownOutcome() : QString()),
                 requestText(request));
}

Error deadlineError(int totalMs, const RequestInfo &request, bool outcomeUnknown)
{
    const QString seconds = QString::number(totalMs / 1000.0, 'g', 4);
    return Error(ErrorCode::Unavailable,
                 tr("The server did not finish answering within %1 s (all attempts together).").arg(seconds) +
                     (outcomeUnknown ? unknownOutcome() : QString()),
                 requestText(request));
}

Error bodyTooLarge(qint64 maxBytes, const RequestInfo &request)
{
    const QString megabytes = QString::number(maxBytes / (1024.0 * 1024.0), 'g', 4);
    return Error(ErrorCode::Internal, tr("The server sent more data than expected (%1 MB).").arg(megabytes),
                 requestText(request));
}

Error notJson(const QByteArray &contentType, const QByteArray &body, const RequestInfo &request)
{
    const QString type = contentType.isEmpty() ? tr("no content type") : sanitize(contentType, 100);
    return Error(ErrorCode::Internal, tr("The server answered with %1 instead of JSON.").arg(type),
                 requestText(request) + QStringLiteral(": ") + sanitize(body));
}

Error malformedJson(const QString &parseError, qint64 offset, const RequestInfo &request)
{
    return Error(ErrorCode::Internal,
                 tr("The server's answer is not valid JSON: %1 at byte %2.").arg(parseError).arg(offset),
                 requestText(request));
}

Error unexpectedStatus(int status, const QByteArray &location, const RequestInfo &request)
{
    QString message = tr("The server answered with an unexpected HTTP %1.").arg(status);
    if (!location.isEmpty())
        message +=
            QLatin1Char(' ') +
            tr("It redirects to %1: check the endpoint of this connection.").arg(sanitize(location, 200));
    return Error(ErrorCode::Internal, message, requestText(request));
}

Error certificateError(const QString &reason, const QString &certificate, const RequestInfo &request)
{
    return Error(ErrorCode::Unavailable,
                 tr("The server's certificate is not trusted: %1 (%2).").arg(reason, certificate),
                 requestText(request));
}

Error caFileError(const QString &path, const QString &reason)
{
    return Error(ErrorCode::Validation,
                 tr("The CA certificate file \"%1\" cannot be used: %2").arg(path, reason));
}

QString sanitize(const QByteArray &text, int maxChars)
{
    const QString decoded = QString::fromUtf8(text.left(qsizetype(maxChars) * 4));
    QString result = decoded.left(maxChars);
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    if (decoded.size() > maxChars || text.size() > qsizetype(maxChars) * 4)
        result += QStringLiteral("…");
    return result;
}

} // namespace http
} // namespace gatehouse::remote
