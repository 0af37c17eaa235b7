#pragma once

#include "HttpTestServer.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <memory>

namespace gatehouse::test {

/// An in-memory Logto server for tests: a real HTTP server on 127.0.0.1 that answers the
/// Management API endpoints the remote backend uses the way Logto 1.37 does (see
/// ../shared/logto/README.md and samples/): status codes (POST /api/users → 200), error bodies
/// {"code","message"}, pagination (page from 1, page_size ≤ 100 else 400
/// guard.invalid_pagination, Total-Number, Link without /api), endpoints that return everything
/// unless paged, search parameters, replace-all PUTs, unix-ms timestamps, 12–21 char ids.
///
/// Auth: POST /oidc/token with client credentials (Basic or form), resource and scope=all;
/// every /api/ route requires a valid, unexpired bearer token (401 otherwise; a token issued
/// without scope=all gets 403 on every call).
///
/// Split by concern: FakeLogto.cpp (server, token endpoint, auth wrapper, pagination helpers),
/// FakeLogtoApi*.cpp (the data endpoints, installApi()).
class FakeLogto
{
public:
    explicit FakeLogto(bool tls = false);
    ~FakeLogto();

    /// Starts listening and installs every route. False (and error()) on failure.
    bool start();
    QString error() const;

    HttpTestServer &server();
    /// What a connection's endpoint is: "http://127.0.0.1:PORT" (or https).
    QString endpoint() const;
    /// The certificate a TLS server presents (to write a CA file for the client).
    QSslCertificate certificate() const;

    /// Valid machine-to-machine credentials.
    QString clientId() const;
    QString clientSecret() const;
    void setTokenLifetimeSeconds(int seconds);
    int tokenRequestCount() const;

    /// The tenant this server answers for ("default").
    QString tenant() const;

    /// Adds a route under /api/ that requires a valid bearer token.
    void apiRoute(const QByteArray &method, const QString &pattern, HttpTestServer::Handler handler);

    /// A page of `all` for the request's page/page_size (the HttpResponse carries Total-Number
    /// and Link), or everything when neither is given and `pagedByDefault` is false. 400
    /// guard.invalid_pagination for page < 1 or page_size outside 1..100.
    static HttpResponse paged(const HttpRequest &request, const QJsonArray &all, bool pagedByDefault);

    /// The in-memory data behind the endpoints (FakeLogtoState.h): the FakeLogtoApi*.cpp files
    /// install their routes with it; tests may seed or inspect it under its mutex.
    struct State;
    State &state();

private:
    void installApi(); // FakeLogtoApi*.cpp

    struct Private;
    std::unique_ptr<Private> d;
    std::shared_ptr<State> m_state; ///< made by state() or installApi() (FakeLogtoApi.cpp)
    friend struct FakeLogtoApi;
};

} // namespace gatehouse::test
