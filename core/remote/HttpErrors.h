#pragma once

#include "backend/Error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace gatehouse::remote {

/// The error body a Logto server sends: {"code":"namespace.key","message":"…"} and sometimes
/// "data" (e.g. the rejected fields) or "details". Fields are empty when the body is not JSON.
struct ServerError
{
    QString code;
    QString message;
    QString details;
    QJsonValue data;

    static ServerError parse(const QByteArray &body);
};

/// Mapping of HTTP answers and transport failures to gatehouse Errors. message() is a plain
/// sentence for a person (with the server's own sentence when it is readable); detail() keeps
/// "HTTP <status> <code>: <server message>" and the request's method and path (never the query,
/// never a header, never a secret). Pure functions, any thread.
namespace http {

/// The request an error belongs to, for the detail text ("POST /api/users").
struct RequestInfo
{
    QByteArray method;
    QString path;
};

/// True for Logto codes that mean "a unique value is taken" (username, email, indicator, name…).
bool isUniqueViolation(const QString &code);

/// A non-2xx answer of the Management API. `outcomeUnknown`: the request was a change that was
/// not repeated, so the message tells the person to check before trying again (5xx on POST).
Error statusError(int status, const QByteArray &body, const RequestInfo &request,
                  bool outcomeUnknown = false);

/// A non-2xx answer of the token endpoint (invalid_client, invalid_target, …).
Error tokenError(int status, const QByteArray &body);

/// The transport failed (connection refused, closed, DNS, TLS setup…). `errorText` is Qt's text.
Error networkError(const QString &errorText, const RequestInfo &request, bool outcomeUnknown);
/// No byte arrived for `timeoutMs`.
Error timeoutError(int timeoutMs, const RequestInfo &request, bool outcomeUnknown);
/// The request as a whole (all attempts, waits and the body) took longer than `totalMs`.
Error deadlineError(int totalMs, const RequestInfo &request, bool outcomeUnknown);
/// The body (announced or received) is larger than `maxBytes`.
Error bodyTooLarge(qint64 maxBytes, const RequestInfo &request);
/// A 2xx body that is not JSON (`contentType` as sent; the detail keeps its first 200 bytes).
Error notJson(const QByteArray &contentType, const QByteArray &body, const RequestInfo &request);
/// A JSON body that does not parse.
Error malformedJson(const QString &parseError, qint64 offset, const RequestInfo &request);
/// An answer gatehouse cannot use (redirect, unexpected status family).
Error unexpectedStatus(int status, const QByteArray &location, const RequestInfo &request);
/// The server's certificate was refused. `reason` names the problem; `certificate` describes
/// the server certificate ("subject: …, issuer: …, expires …").
Error certificateError(const QString &reason, const QString &certificate, const RequestInfo &request);
/// The configured CA file cannot be used.
Error caFileError(const QString &path, const QString &reason);

/// `text` with control characters replaced and cut to `maxChars` (for details).
QString sanitize(const QByteArray &text, int maxChars = 200);

} // namespace http
} // namespace gatehouse::remote
