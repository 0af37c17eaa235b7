#pragma once

// Shared by the transport tests: a FakeLogto with a few plain routes, session settings for it,
// a raw HTTP client (to see what the server sends), and a way to catch a Failure.

#include "FakeLogto.h"
#include "remote/RemoteSession.h"
#include "remote/TokenCache.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <optional>

namespace gatehouse::test {

/// What a loaded machine may add to a wall-clock wait (two suites at once on two cores, under
/// sanitizers). Upper bounds are the nominal time plus this; lower bounds stay exact, and every
/// upper bound stays far below what the failure it guards against would take.
constexpr qint64 schedulingSlackMs = 2000;

/// `count` items {"id":"item<i>","n":i}.
inline QJsonArray makeItems(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("item%1").arg(i)}, {QStringLiteral("n"), i}});
    return items;
}

/// Routes used by the tests: GET /api/items (250 items, always paged), POST /api/echo (answers
/// the body), GET /api/slow/<n> ({"n":n} after 200 ms), DELETE /api/items/<id> (204).
inline void installTestRoutes(FakeLogto &logto, int itemCount = 250)
{
    const QJsonArray items = makeItems(itemCount);
    logto.apiRoute("GET", QStringLiteral("/api/items"),
                   [items](const HttpRequest &request) { return FakeLogto::paged(request, items, true); });
    logto.apiRoute("POST", QStringLiteral("/api/echo"),
                   [](const HttpRequest &request) { return HttpResponse::json(200, request.json()); });
    logto.apiRoute("GET", QStringLiteral("/api/slow/(\\d+)"), [](const HttpRequest &request) {
        HttpResponse response = HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("n"), request.captures.value(0).toInt()}}));
        response.delayMs = 200;
        return response;
    });
    logto.apiRoute("DELETE", QStringLiteral("/api/items/([^/]+)"),
                   [](const HttpRequest &) { return HttpResponse::empty(204); });
}

inline remote::ConnectionSettings settingsFor(const FakeLogto &logto)
{
    remote::ConnectionSettings settings;
    settings.endpoint = logto.endpoint();
    settings.tenant = logto.tenant();
    settings.clientId = logto.clientId();
    settings.clientSecret = logto.clientSecret();
    settings.timeoutMs = 5000;
    return settings;
}

/// Runs `f` and returns the Error of the Failure it throws (nullopt when it does not throw).
template <typename F>
std::optional<Error> failureOf(F &&f)
{
    try {
        f();
    } catch (const Failure &failure) {
        return failure.error;
    }
    return std::nullopt;
}

struct RawReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply *headers = nullptr; // deleted with the manager below; valid while RawClient lives
};

/// A plain QNetworkAccessManager client for checks of what the server sends.
class RawClient
{
public:
    RawReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        RawReply raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        raw.headers = reply;
        return raw;
    }

    /// A Management API token (scope=all) from `logto`'s token endpoint.
    QByteArray token(const FakeLogto &logto)
    {
        const QByteArray basic =
            (logto.clientId() + QLatin1Char(':') + logto.clientSecret()).toUtf8().toBase64();
        const RawReply reply = send(
            "POST", QUrl(logto.endpoint() + QStringLiteral("/oidc/token")),
            "grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all",
            {{"Authorization", "Basic " + basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QLatin1String("access_token"))
            .toString()
            .toUtf8();
    }

private:
    QNetworkAccessManager m_manager;
};

} // namespace gatehouse::test
