// The HTTP transport of the remote backend against a real server on 127.0.0.1 (FakeLogto): the
// token (cache, renewal, refusal), answers that are not what they should be (content type,
// JSON, size), TLS trust, pagination, parallel requests and the error mapping.
// Retries, timeouts and cancellation: tst_remotefaults.cpp.

#include "RemoteTestHelpers.h"
#include "TestSupport.h"
#include "remote/HttpErrors.h"
#include "remote/HttpPolicy.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace gatehouse;
using namespace gatehouse::remote;
using namespace gatehouse::test;

class TestRemoteTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8()); }

    void tokenIsCachedAcrossCalls()
    {
        FakeLogto logto;
        QVERIFY2(logto.start(), qPrintable(logto.error()));
        installTestRoutes(logto);
        auto tokens = std::make_shared<TokenCache>();
        RemoteSession session(settingsFor(logto), tokens);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
        QCOMPARE(logto.tokenRequestCount(), 1);
        QCOMPARE(session.tokenRequestCount(), 1);
        QCOMPARE(session.requestCount(), 6);

        // A second session of the same connection shares the cache.
        RemoteSession other(settingsFor(logto), tokens);
        other.get(QStringLiteral("/api/items"));
        QCOMPARE(logto.tokenRequestCount(), 1);
    }

    void tokenIsRenewedNearExpiry()
    {
        // The token cache and the server both read clock::nowMs(): move that clock instead of
        // waiting. Set before the server starts, restored after it stopped (declared first).
        static std::atomic<qint64> shiftMs{0};
        shiftMs = 0;
        clock::setSource([] { return QDateTime::currentMSecsSinceEpoch() + shiftMs.load(); });
        const auto restoreClock = qScopeGuard([] { clock::setSource(nullptr); });

        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        logto.setTokenLifetimeSeconds(2); // short lives are used for half their lifetime: 1 s
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        session.get(QStringLiteral("/api/items"));
        session.get(QStringLiteral("/api/items"));
        QCOMPARE(logto.tokenRequestCount(), 1);
        shiftMs = 900; // still within the half life: kept
        session.get(QStringLiteral("/api/items"));
        QCOMPARE(logto.tokenRequestCount(), 1);
        shiftMs = 1100; // past it: renewed before the request leaves, never refused on the way
        session.get(QStringLiteral("/api/items"));
        QCOMPARE(logto.tokenRequestCount(), 2);
        QCOMPARE(logto.server().requestCount("GET", QStringLiteral("/api/items")), 4);
        QCOMPARE(session.requestCount(), 6);
    }

    void expiredTokenMidListingIsRenewedOnce()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        session.authenticate();
        HttpFault fault;
        fault.kind = HttpFault::Kind::ExpireToken;
        fault.pathPattern = QStringLiteral("/api/items");
        logto.server().addFault(fault);
        // The fault hits page 1; the call gets a new token and goes on.
        const QJsonArray all = session.getAll(QStringLiteral("/api/items"));
        QCOMPARE(all.size(), 250);
        QCOMPARE(logto.tokenRequestCount(), 2);
        QCOMPARE(logto.server().requestCount("GET", QStringLiteral("/api/items")), 4);
    }

    void tokenRefusedTwiceIsForbidden()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        HttpFault fault;
        fault.kind = HttpFault::Kind::ExpireToken;
        fault.times = 2;
        logto.server().addFault(fault);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Forbidden);
        QCOMPARE(logto.tokenRequestCount(), 2);
    }

    void wrongCredentialsAreForbiddenWithoutTheSecret()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        ConnectionSettings settings = settingsFor(logto);
        const QString wrongSecret = QStringLiteral("wrong-SECRET-4f1d9c2e7a");
        settings.clientSecret = wrongSecret;
        RemoteSession session(settings, std::make_shared<TokenCache>());
        for (const auto &call : {std::function<void()>([&] { session.get(QStringLiteral("/api/items")); }),
                                 std::function<void()>([&] { session.authenticate(); })}) {
            const auto error = failureOf(call);
            QVERIFY(error);
            QCOMPARE(error->code(), ErrorCode::Forbidden);
            QVERIFY2(error->message().contains(QLatin1String("client id or secret")),
                     qPrintable(error->message()));
            QVERIFY(error->detail().contains(QLatin1String("invalid_client")));
            for (const QString &secret : {wrongSecret, logto.clientSecret()}) {
                QVERIFY(!error->toString().contains(secret));
                QVERIFY(!error->detail().contains(secret));
                QVERIFY(!error->message().contains(secret));
            }
        }
        QCOMPARE(logto.server().requestCount("GET", QStringLiteral("/api/.*")), 0);
    }

    void tokenEndpointBehavesLikeLogto()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        RawClient client;
        const QUrl tokenUrl(logto.endpoint() + QStringLiteral("/oidc/token"));
        const QByteArray basic =
            "Basic " + QByteArray(logto.clientId().toUtf8() + ':' + logto.clientSecret().toUtf8()).toBase64();
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}};

        // No resource → 400 invalid_target.
        RawReply reply = client.send("POST", tokenUrl, "grant_type=client_credentials&scope=all", headers);
        QCOMPARE(reply.status, 400);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_target"));

        // Credentials in the form work too; a wrong secret → 401 invalid_client.
        reply = client.send(
            "POST", tokenUrl,
            "grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&client_id=" +
                logto.clientId().toUtf8() + "&client_secret=nope",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_client"));

        // Without scope=all a token is issued, but every API call answers 403.
        reply = client.send("POST", tokenUrl,
                            "grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi",
                            headers);
        QCOMPARE(reply.status, 200);
        const QJsonObject token = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(token.value(QLatin1String("scope")).toString(), QString());
        QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(token.value(QLatin1String("expires_in")).toInt(), 3600);
        const QByteArray bearer = "Bearer " + token.value(QLatin1String("access_token")).toString().toUtf8();
        reply = client.send("GET", QUrl(logto.endpoint() + QStringLiteral("/api/items")), {},
                            {{"Authorization", bearer}});
        QCOMPARE(reply.status, 403);

        // No token at all → 401 auth.authorization_header_missing; an unknown one → auth.unauthorized.
        reply = client.send("GET", QUrl(logto.endpoint() + QStringLiteral("/api/items")));
        QCOMPARE(reply.status, 401);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("code")).toString(),
                 QStringLiteral("auth.authorization_header_missing"));
        reply = client.send("GET", QUrl(logto.endpoint() + QStringLiteral("/api/items")), {},
                            {{"Authorization", "Bearer made-up"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("code")).toString(),
                 QStringLiteral("auth.unauthorized"));

        // Unknown routes: 404 with a plain-text body, as Logto (Koa) answers (samples/tenants.*).
        reply = client.send("GET", QUrl(logto.endpoint() + QStringLiteral("/api/nothing-here")));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.headers->rawHeader("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(reply.body, QByteArray("Not Found"));
    }

    void forbiddenWithoutScopeMapsToPermissionMessage()
    {
        const Error error = http::statusError(
            403,
            R"({"code":"auth.forbidden","message":"Forbidden. Please check your user roles and permissions."})",
            {"GET", QStringLiteral("/api/users")});
        QCOMPARE(error.code(), ErrorCode::Forbidden);
        QVERIFY(error.message().contains(QLatin1String("'all'")));
        QVERIFY(error.detail().contains(QLatin1String("HTTP 403 auth.forbidden")));
        QVERIFY(error.detail().contains(QLatin1String("GET /api/users")));
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("duplicate username")
            << 422
            << QByteArray(
                   R"({"code":"user.username_already_in_use","message":"This username is already in use."})")
            << QByteArray("POST") << int(ErrorCode::AlreadyExists)
            << QStringLiteral("This username is already in use.");
        QTest::newRow("duplicate indicator")
            << 422
            << QByteArray(
                   R"({"code":"resource.resource_indicator_already_exists","message":"The indicator exists."})")
            << QByteArray("POST") << int(ErrorCode::AlreadyExists) << QStringLiteral("already taken");
        QTest::newRow("role name")
            << 422
            << QByteArray(R"({"code":"role.name_in_use","message":"This role name x is already in use"})")
            << QByteArray("POST") << int(ErrorCode::AlreadyExists) << QStringLiteral("role name");
        QTest::newRow("unique violation 409")
            << 409
            << QByteArray(
                   R"({"code":"entity.unique_integrity_violation","message":"The entity already exists."})")
            << QByteArray("PATCH") << int(ErrorCode::AlreadyExists) << QStringLiteral("already exists");
        QTest::newRow("invalid input")
            << 400
            << QByteArray(R"({"code":"guard.invalid_input","message":"The request input is invalid."})")
            << QByteArray("POST") << int(ErrorCode::Validation) << QStringLiteral("input is invalid");
        QTest::newRow("not found")
            << 404 << QByteArray(R"({"code":"entity.not_found","message":"The resource does not exist."})")
            << QByteArray("DELETE") << int(ErrorCode::NotFound) << QStringLiteral("does not exist");
        QTest::newRow("conflict") << 409 << QByteArray(R"({"code":"entity.conflict","message":"Changed."})")
                                  << QByteArray("PATCH") << int(ErrorCode::Conflict)
                                  << QStringLiteral("changed");
        QTest::newRow("unauthorized")
            << 401 << QByteArray(R"({"code":"auth.unauthorized","message":"Unauthorized."})")
            << QByteArray("GET") << int(ErrorCode::Forbidden) << QStringLiteral("client id and secret");
        QTest::newRow("rate limited") << 429 << QByteArray() << QByteArray("GET")
                                      << int(ErrorCode::RateLimited) << QStringLiteral("limiting");
        QTest::newRow("server error on post")
            << 500 << QByteArray(R"({"code":"unknown","message":"Oops"})") << QByteArray("POST")
            << int(ErrorCode::Unavailable) << QStringLiteral("unknown");
        QTest::newRow("bad gateway text")
            << 502 << QByteArray("<html>Bad Gateway</html>") << QByteArray("GET")
            << int(ErrorCode::Unavailable) << QStringLiteral("HTTP 502");
    }

    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, method);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        const Error error = http::statusError(status, body, {method, QStringLiteral("/api/things/abc")},
                                              method == "POST" && status >= 500);
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message()));
        QVERIFY2(error.detail().startsWith(QStringLiteral("HTTP %1").arg(status)),
                 qPrintable(error.detail()));
        QVERIFY(error.detail().contains(QString::fromLatin1(method) + QStringLiteral(" /api/things/abc")));
    }

    void validationFieldsComeFromTheServer()
    {
        const Error error = http::statusError(
            400,
            R"({"code":"guard.invalid_input","message":"The request input is invalid.","data":{"issues":[{"path":["oidcClientMetadata","redirectUris",1],"message":"Invalid url"}]}})",
            {"PATCH", QStringLiteral("/api/applications/x")});
        QCOMPARE(error.code(), ErrorCode::Validation);
        QCOMPARE(error.fields().size(), 1);
        QCOMPARE(error.fields().first().field, QStringLiteral("oidcClientMetadata.redirectUris[1]"));
    }

    void retryPolicy()
    {
        QCOMPARE(http::retryAfterMs("1"), 1000);
        QCOMPARE(http::retryAfterMs(" 120 "), http::maxRetryWaitMs);
        QCOMPARE(http::retryAfterMs(""), -1);
        QCOMPARE(http::retryAfterMs("soon"), -1);
        const auto date = [](qint64 seconds) {
            return QLocale::c()
                .toString(QDateTime::currentDateTimeUtc().addSecs(seconds),
                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        };
        QCOMPARE(http::retryAfterMs(date(-60)), 0);
        const int ahead = http::retryAfterMs(date(10));
        QVERIFY2(ahead > 8000 && ahead <= 10000, QByteArray::number(ahead));
        for (int i = 0; i < 50; ++i) {
            const int first = http::backoffMs(1);
            const int third = http::backoffMs(3);
            QVERIFY2(first >= 160 && first <= 240, QByteArray::number(first));
            QVERIFY2(third >= 640 && third <= 960, QByteArray::number(third));
        }
        QCOMPARE(http::backoffMs(40), http::maxRetryWaitMs);
        QVERIFY(http::isJsonContentType("application/json; charset=utf-8"));
        QVERIFY(http::isJsonContentType("application/problem+json"));
        QVERIFY(!http::isJsonContentType("text/html; charset=utf-8"));
        QVERIFY(!http::isJsonContentType({}));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QStringLiteral("%a+b&c%"));
        QCOMPARE(http::encodeQuery(query), QStringLiteral("search=%25a%2Bb%26c%25"));
    }

    void malformedJsonIsInternal()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        HttpFault fault;
        fault.kind = HttpFault::Kind::MalformedJson;
        fault.pathPattern = QStringLiteral("/api/items");
        logto.server().addFault(fault);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Internal);
        QVERIFY2(error->message().contains(QLatin1String("not valid JSON")), qPrintable(error->message()));
    }

    void wrongContentTypeIsInternal()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        HttpFault fault;
        fault.kind = HttpFault::Kind::WrongContentType;
        fault.pathPattern = QStringLiteral("/api/items");
        logto.server().addFault(fault);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Internal);
        QVERIFY2(error->message().contains(QLatin1String("text/html")), qPrintable(error->message()));
        QVERIFY(error->detail().contains(QLatin1String("<!DOCTYPE html>")));
    }

    void hugeBodyIsRefusedQuickly()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        HttpFault fault;
        fault.kind = HttpFault::Kind::HugeBody;
        fault.pathPattern = QStringLiteral("/api/items");
        logto.server().addFault(fault);
        ConnectionSettings settings = settingsFor(logto);
        settings.maxBodyBytes = 32LL * 1024 * 1024;
        RemoteSession session(settings, std::make_shared<TokenCache>());
        QElapsedTimer timer;
        timer.start();
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Internal);
        QVERIFY2(error->message().contains(QLatin1String("more data than expected (32 MB)")),
                 qPrintable(error->message()));
        QVERIFY2(timer.elapsed() < 1000 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
        // The connection still works for the next call.
        QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
    }

    void hugeBodyWithinTheLimitArrives()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        HttpFault fault;
        fault.kind = HttpFault::Kind::HugeBody;
        fault.hugeBytes = 3 * 1024 * 1024;
        fault.pathPattern = QStringLiteral("/api/items");
        logto.server().addFault(fault);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        const Response response = session.get(QStringLiteral("/api/items"));
        QCOMPARE(response.body.size(), 3 * 1024 * 1024);
        QCOMPARE(response.array().size(), 1);
    }

    void untrustedCertificateIsRefused()
    {
        FakeLogto logto(true);
        QVERIFY2(logto.start(), qPrintable(logto.error()));
        installTestRoutes(logto);
        QVERIFY(logto.endpoint().startsWith(QLatin1String("https://")));
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("certificate is not trusted")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("CN=127.0.0.1")), qPrintable(error->message()));
        QVERIFY(error->message().contains(QLatin1String("Gatehouse Test")));
    }

    void trustedCertificateFromCaFileWorks()
    {
        FakeLogto logto(true);
        QVERIFY2(logto.start(), qPrintable(logto.error()));
        installTestRoutes(logto);
        QTemporaryDir dir;
        const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(logto.certificate().toPem());
        file.close();
        ConnectionSettings settings = settingsFor(logto);
        settings.caFile = caFile;
        RemoteSession session(settings, std::make_shared<TokenCache>());
        QCOMPARE(session.getAll(QStringLiteral("/api/items")).size(), 250);

        settings.caFile = dir.filePath(QStringLiteral("missing.pem"));
        RemoteSession broken(settings, std::make_shared<TokenCache>());
        const auto error = failureOf([&] { broken.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QLatin1String("missing.pem")), qPrintable(error->message()));
    }

    void getAllReadsEveryPageOnce()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QStringLiteral("%a+b%"));
        const QJsonArray all = session.getAll(QStringLiteral("/api/items"), query);
        QCOMPARE(all.size(), 250);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).toObject().value(QLatin1String("n")).toInt(), i);
        const QList<HttpRequest> requests = logto.server().requests();
        QStringList pages;
        for (const HttpRequest &request : requests) {
            if (request.path != QLatin1String("/api/items"))
                continue;
            pages << request.query.queryItemValue(QStringLiteral("page"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("100"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
                     QStringLiteral("%a+b%"));
        }
        QCOMPARE(pages, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

        // Exactly a multiple of the page size: Total-Number ends the walk without an empty page.
        FakeLogto exact;
        QVERIFY(exact.start());
        installTestRoutes(exact, 200);
        RemoteSession second(settingsFor(exact), std::make_shared<TokenCache>());
        QCOMPARE(second.getAll(QStringLiteral("/api/items")).size(), 200);
        QCOMPARE(exact.server().requestCount("GET", QStringLiteral("/api/items")), 2);
    }

    void pagedFollowsLogto()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        const auto pageOf = [&](const QString &page, const QString &size) {
            QUrlQuery query;
            if (!page.isEmpty())
                query.addQueryItem(QStringLiteral("page"), page);
            if (!size.isEmpty())
                query.addQueryItem(QStringLiteral("page_size"), size);
            return Request::get(QStringLiteral("/api/items"), query);
        };
        for (const auto &[page, size] :
             {std::pair{QString(), QStringLiteral("101")}, std::pair{QStringLiteral("0"), QString()},
              std::pair{QStringLiteral("1"), QStringLiteral("0")}}) {
            const auto error = failureOf([&] { session.send(pageOf(page, size)); });
            QVERIFY(error);
            QCOMPARE(error->code(), ErrorCode::Validation);
            QVERIFY2(error->detail().contains(QLatin1String("guard.invalid_pagination")),
                     qPrintable(error->detail()));
        }
        Response response = session.send(pageOf({}, {}));
        QCOMPARE(response.array().size(), 20);
        QCOMPARE(response.totalNumber, 250);
        response = session.send(pageOf(QStringLiteral("3"), QStringLiteral("100")));
        QCOMPARE(response.array().size(), 50);
        response = session.send(pageOf(QStringLiteral("9"), QStringLiteral("100")));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.array().size(), 0);
        QCOMPARE(response.totalNumber, 250);

        // The Link header drops the /api prefix, like Logto's.
        RawClient client;
        const QByteArray bearer = "Bearer " + client.token(logto);
        RawReply raw =
            client.send("GET", QUrl(logto.endpoint() + QStringLiteral("/api/items?page=2&page_size=100")), {},
                        {{"Authorization", bearer}});
        QCOMPARE(raw.status, 200);
        QCOMPARE(raw.headers->rawHeader("Total-Number"), QByteArray("250"));
        const QByteArray links = raw.headers->rawHeader("Link");
        QVERIFY2(links.contains("/items?page=1&page_size=100>; rel=\"first\""), links.constData());
        QVERIFY2(links.contains("/items?page=3&page_size=100>; rel=\"next\""), links.constData());
        QVERIFY2(links.contains("/items?page=1&page_size=100>; rel=\"prev\""), links.constData());
        QVERIFY2(links.contains("/items?page=3&page_size=100>; rel=\"last\""), links.constData());
        QVERIFY2(!links.contains("/api/"), links.constData());
    }

    void sendAllRunsInParallelAndKeepsOrder()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        ConnectionSettings settings = settingsFor(logto);
        settings.parallel = 4;
        RemoteSession session(settings, std::make_shared<TokenCache>());
        session.authenticate();
        logto.server().clearRequests();
        QList<Request> requests;
        for (int i = 0; i < 20; ++i)
            requests << Request::get(QStringLiteral("/api/slow/%1").arg(i));
        requests << Request::get(QStringLiteral("/api/missing"));
        QElapsedTimer timer;
        timer.start();
        const QList<Result<Response>> results = session.sendAll(requests);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(results.size(), 21);
        for (int i = 0; i < 20; ++i) {
            GH_VERIFY_OK(results[i]);
            QCOMPARE(results[i].value().object().value(QLatin1String("n")).toInt(), i);
        }
        QVERIFY(!results[20].ok());
        QCOMPARE(results[20].error().code(), ErrorCode::NotFound);
        // 20 answers of 200 ms each, four at a time: about 1 s (5 s one after another).
        QVERIFY2(elapsed < 1000 + schedulingSlackMs, QByteArray::number(elapsed));
        QVERIFY2(elapsed >= 900, QByteArray::number(elapsed));
        QCOMPARE(logto.server().maxPendingRequests(), 4);
    }

    void emptyAnswersAndAcceptedStatuses()
    {
        FakeLogto logto;
        QVERIFY(logto.start());
        installTestRoutes(logto);
        RemoteSession session(settingsFor(logto), std::make_shared<TokenCache>());
        Response response = session.del(QStringLiteral("/api/items/item1"));
        QCOMPARE(response.status, 204);
        QVERIFY(response.json.isNull());
        // An accepted 404: its JSON error body is read; a plain-text one (a path no route serves)
        // is kept as text, without an error.
        logto.apiRoute("GET", QStringLiteral("/api/gone"), [](const HttpRequest &) {
            return HttpResponse::error(404, QStringLiteral("entity.not_exists_with_id"),
                                       QStringLiteral("The entity with id `gone` does not exist."));
        });
        response = session.send(Request::get(QStringLiteral("/api/gone")), {404});
        QCOMPARE(response.status, 404);
        QCOMPARE(response.object().value(QLatin1String("code")).toString(),
                 QStringLiteral("entity.not_exists_with_id"));
        response = session.send(Request::get(QStringLiteral("/api/missing")), {404});
        QCOMPARE(response.status, 404);
        QVERIFY(response.json.isNull());
        QCOMPARE(response.body, QByteArray("Not Found"));
        response = session.post(QStringLiteral("/api/echo"), QJsonDocument(QJsonArray()));
        QCOMPARE(response.status, 200);
        QVERIFY(response.json.isArray());
    }

private:
    QTemporaryDir m_runtime;
};

QTEST_GUILESS_MAIN(TestRemoteTransport)
#include "tst_remotetransport.moc"
