// How the remote backend's HTTP transport lives through a misbehaving server (FakeLogto with
// faults on 127.0.0.1): rate limits, server errors, lost connections, silence, a closed port,
// and cancellation. Every case must end in a clear Error within a few seconds, never a hang.

#include "../users/LogtoConnection.h"
#include "RemoteTestHelpers.h"
#include "TestSupport.h"
#include "remote/HttpPolicy.h"
#include "remote/TokenCache.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace gatehouse;
using namespace gatehouse::remote;
using namespace gatehouse::test;

namespace {

HttpFault fault(HttpFault::Kind kind, const QByteArray &method = "GET",
                const QString &path = QStringLiteral("/api/items"), int times = 1)
{
    HttpFault f;
    f.kind = kind;
    f.method = method;
    f.pathPattern = path;
    f.times = times;
    return f;
}

HttpFault statusFault(int status, const QByteArray &method = "GET", int times = 1)
{
    HttpFault f = fault(HttpFault::Kind::Status, method,
                        method == "POST" ? QStringLiteral("/api/echo") : QStringLiteral("/api/items"), times);
    f.status = status;
    return f;
}

QJsonDocument echoBody()
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
}

} // namespace

class TestRemoteFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8()); }

    void init()
    {
        m_logto = std::make_unique<FakeLogto>();
        QVERIFY2(m_logto->start(), qPrintable(m_logto->error()));
        installTestRoutes(*m_logto);
        m_settings = settingsFor(*m_logto);
        m_settings.timeoutMs = 1500;
    }

    void cleanup() { m_logto.reset(); }

    void rateLimitHonoursRetryAfterSeconds()
    {
        HttpFault f = fault(HttpFault::Kind::RetryAfter);
        f.retryAfter = "1";
        m_logto->server().addFault(f);
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
        QVERIFY2(timer.elapsed() >= 950, QByteArray::number(timer.elapsed()));
        QVERIFY2(timer.elapsed() < 1000 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/items")), 2);
    }

    void rateLimitHonoursRetryAfterDate()
    {
        HttpFault f = fault(HttpFault::Kind::RetryAfter);
        f.retryAfter = QLocale::c()
                           .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                           .toLatin1();
        m_logto->server().addFault(f);
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QElapsedTimer timer;
        timer.start();
        session.get(QStringLiteral("/api/items"));
        // The date has a resolution of a second: the wait is between 1 and 2 s.
        QVERIFY2(timer.elapsed() >= 900, QByteArray::number(timer.elapsed()));
        QVERIFY2(timer.elapsed() < 2000 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
    }

    void rateLimitWithoutRetryAfterBacksOff()
    {
        m_logto->server().addFault(statusFault(429, "GET", 2));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QElapsedTimer timer;
        timer.start();
        session.get(QStringLiteral("/api/items"));
        // 200 ms and 400 ms, each ±20 %.
        QVERIFY2(timer.elapsed() >= 480, QByteArray::number(timer.elapsed()));
        QVERIFY2(timer.elapsed() < 720 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/items")), 3);
    }

    void rateLimitOnPostIsRetried()
    {
        HttpFault f = fault(HttpFault::Kind::RetryAfter, "POST", QStringLiteral("/api/echo"));
        f.retryAfter = "1";
        m_logto->server().addFault(f);
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QCOMPARE(session.post(QStringLiteral("/api/echo"), echoBody()).object(), echoBody().object());
        QCOMPARE(m_logto->server().requestCount("POST", QStringLiteral("/api/echo")), 2);
    }

    void rateLimitForeverEndsRateLimited()
    {
        m_logto->server().addFault(statusFault(429, "GET", -1));
        m_settings.maxAttempts = 3;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::RateLimited);
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/items")), 3);
    }

    void serverErrorsOnGetAreRetried()
    {
        m_logto->server().addFault(statusFault(500));
        m_logto->server().addFault(statusFault(502));
        m_logto->server().addFault(statusFault(503));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/items")), 4);
    }

    void serviceUnavailableForeverEndsUnavailable()
    {
        m_logto->server().addFault(statusFault(503, "GET", -1));
        m_settings.maxAttempts = 3;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("HTTP 503")), qPrintable(error->message()));
        QVERIFY(error->detail().contains(QLatin1String("GET /api/items")));
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/items")), 3);
    }

    void serverErrorOnPostIsNotRetried()
    {
        m_logto->server().addFault(statusFault(500, "POST"));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.post(QStringLiteral("/api/echo"), echoBody()); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("unknown")), qPrintable(error->message()));
        QVERIFY(error->message().contains(QLatin1String("check")));
        QCOMPARE(m_logto->server().requestCount("POST", QStringLiteral("/api/echo")), 1);
    }

    void closedConnectionOnGetIsRetried()
    {
        m_logto->server().addFault(fault(HttpFault::Kind::Close, "GET", QStringLiteral("/api/items"), 2));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
        QVERIFY(m_logto->server().requestCount("GET", QStringLiteral("/api/items")) >= 3);
    }

    void connectionRefusedIsUnavailableQuickly()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now
        m_settings.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
        m_settings.maxAttempts = 2;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QElapsedTimer timer;
        timer.start();
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("cannot be reached")), qPrintable(error->message()));
        // Two attempts, one short backoff between them; never the 1.5 s request timeout.
        QVERIFY2(timer.elapsed() < 300 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
    }

    void stalledAnswerTimesOut()
    {
        m_logto->server().addFault(fault(HttpFault::Kind::Stall));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        session.authenticate();
        QElapsedTimer timer;
        timer.start();
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("did not answer within 1.5 s")),
                 qPrintable(error->message()));
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 1500 + schedulingSlackMs,
                 QByteArray::number(timer.elapsed()));
        // The session goes on working.
        QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
    }

    void endlessSlowBodyHitsTheTotalDeadline()
    {
        // A byte every 100 ms never trips the 1.5 s idle timeout; the total deadline ends it.
        HttpFault f = fault(HttpFault::Kind::Drip);
        f.dripMs = 100;
        m_logto->server().addFault(f);
        m_settings.totalTimeoutMs = 2500;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        session.authenticate();
        QElapsedTimer timer;
        timer.start();
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("within 2.5 s")), qPrintable(error->message()));
        QVERIFY2(timer.elapsed() >= 2400 && timer.elapsed() < 2500 + schedulingSlackMs,
                 QByteArray::number(timer.elapsed()));
        QCOMPARE(session.get(QStringLiteral("/api/items")).array().size(), 20);
    }

    void retryAfterBeyondTheDeadlineEndsAtOnce()
    {
        // "Retry-After: 9223372036854775807": clamped (no overflow), and a wait that would end past
        // the request's deadline is not started.
        HttpFault f = fault(HttpFault::Kind::RetryAfter);
        f.retryAfter = "9223372036854775807";
        f.times = -1;
        m_logto->server().addFault(f);
        m_settings.totalTimeoutMs = 5000;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        session.authenticate();
        QElapsedTimer timer;
        timer.start();
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QVERIFY2(timer.elapsed() < 1000 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/items")), 1);
        QCOMPARE(http::retryAfterMs("9223372036854775807"), http::maxRetryWaitMs);
        QCOMPARE(http::retryAfterMs("-5"), 0);
    }

    void fullPagesForeverStopAtTheCap()
    {
        // Always a full page and no Total-Number: the list is not followed forever.
        QJsonArray page;
        for (int i = 0; i < 100; ++i)
            page.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("same%1").arg(i)}});
        m_logto->apiRoute("GET", QStringLiteral("/api/endless"), [page](const HttpRequest &) {
            return HttpResponse::json(200, QJsonDocument(page));
        });
        m_settings.parallel = 1;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        const auto error = failureOf([&] { session.getAll(QStringLiteral("/api/endless")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QLatin1String("kept sending pages")),
                 qPrintable(error->message()));
        QCOMPARE(m_logto->server().requestCount("GET", QStringLiteral("/api/endless")), 1000);
    }

    void deleteWhoseAnswerWasLostIsConfirmedByItsRetry()
    {
        // The first DELETE is carried out but its answer is lost; the retry finds the object gone.
        // That is a deletion (journaled as such), not "not found".
        QString error;
        auto backend = connectTo(*m_logto, m_runtime.filePath(QStringLiteral("lost.journal.sqlite")), &error);
        QVERIFY2(backend, qPrintable(error));
        const QString tenant = m_logto->tenant();
        Role draft;
        draft.name = QStringLiteral("Doomed");
        draft.description = QStringLiteral("Deleted by the test");
        draft.type = RoleType::User;
        const auto role = await(backend->roles().create(tenant, draft));
        GH_VERIFY_OK(role);
        const QString path = QStringLiteral("/api/roles/") + role.value().id;
        HttpFault lost = fault(HttpFault::Kind::LoseAnswer, "DELETE", path);
        lost.status = 504; // the gateway gave up after the server had deleted it
        m_logto->server().addFault(lost);
        GH_VERIFY_OK(await(backend->roles().remove(tenant, role.value().id)));
        QCOMPARE(m_logto->server().requestCount("DELETE", path), 2);
        JournalQuery last;
        last.limit = 1;
        const auto entries = await(backend->journal().list(last));
        GH_VERIFY_OK(entries);
        QCOMPARE(entries.value().first().action, QStringLiteral("role.delete"));
        QCOMPARE(entries.value().first().reason, QStringLiteral("gone (confirmed after retry)"));
        // A 404 on the first attempt is still "not found", and leaves no note behind.
        const auto missing = await(backend->roles().remove(tenant, role.value().id));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        Role other = draft;
        other.name = QStringLiteral("Kept");
        const auto kept = await(backend->roles().create(tenant, other));
        GH_VERIFY_OK(kept);
        const auto afterCreate = await(backend->journal().list(last));
        QVERIFY(afterCreate.value().first().reason.isEmpty());
    }

    void requestsAreJournaledWithTheirOutcome()
    {
        QString error;
        auto backend =
            connectTo(*m_logto, m_runtime.filePath(QStringLiteral("intents.journal.sqlite")), &error);
        QVERIFY2(backend, qPrintable(error));
        const QString tenant = m_logto->tenant();
        Role draft;
        draft.name = QStringLiteral("Maybe");
        draft.description = QStringLiteral("Created or not");
        draft.type = RoleType::User;
        JournalQuery two;
        two.limit = 2;
        two.withRequests = true;
        const auto lastTwo = [&] {
            const auto entries = await(backend->journal().list(two));
            return entries.ok() ? entries.value() : QList<JournalEntry>();
        };
        const auto outcomeOf = [](const QList<JournalEntry> &entries) {
            return entries.size() == 2 ? entries[0].after.toObject() : QJsonObject();
        };

        // The server creates the role but a gateway answers 502: a POST is not retried, and the
        // console cannot know what happened — "unknown", not "refused".
        HttpFault lost = fault(HttpFault::Kind::LoseAnswer, "POST", QStringLiteral("/api/roles"));
        lost.status = 502;
        m_logto->server().addFault(lost);
        const auto dropped = await(backend->roles().create(tenant, draft));
        QVERIFY(!dropped.ok());
        QList<JournalEntry> entries = lastTwo();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].action, QStringLiteral("request.intent"));
        QCOMPARE(entries[0].action, QStringLiteral("request.outcome"));
        QCOMPARE(entries[0].targetId, entries[1].targetId);
        const QJsonObject sent =
            entries[1].after.toObject().value(QStringLiteral("requests")).toArray().first().toObject();
        QCOMPARE(sent.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(sent.value(QStringLiteral("path")).toString(), QStringLiteral("/api/roles"));
        QCOMPARE(outcomeOf(entries).value(QStringLiteral("unknown")).toInt(), 1);
        QVERIFY(!outcomeOf(entries).value(QStringLiteral("message")).toString().isEmpty());

        // The server answers with an error: it did not act.
        HttpFault refused = fault(HttpFault::Kind::Status, "POST", QStringLiteral("/api/roles"));
        refused.status = 400;
        m_logto->server().addFault(refused);
        draft.name = QStringLiteral("Refused");
        QVERIFY(!await(backend->roles().create(tenant, draft)).ok());
        QCOMPARE(outcomeOf(lastTwo()).value(QStringLiteral("refused")).toInt(), 1);

        // Done: intent, outcome, then the change itself; the changes alone without withRequests.
        draft.name = QStringLiteral("Created");
        const auto created = await(backend->roles().create(tenant, draft));
        GH_VERIFY_OK(created);
        JournalQuery three = two;
        three.limit = 3;
        const auto done = await(backend->journal().list(three));
        GH_VERIFY_OK(done);
        QCOMPARE(done.value()[0].action, QStringLiteral("role.create"));
        QCOMPARE(done.value()[1].after.toObject().value(QStringLiteral("done")).toInt(), 1);
        QCOMPARE(done.value()[1].after.toObject().value(QStringLiteral("status")).toInt(), 200);
        JournalQuery changes;
        const auto listed = await(backend->journal().list(changes));
        GH_VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 1);

        // Reads are not journaled; every intent has its outcome.
        const int before =
            int(await(backend->journal().list(JournalQuery{{}, {}, 0, 1000, true})).value().size());
        GH_VERIFY_OK(await(backend->roles().list(tenant)));
        QCOMPARE(int(await(backend->journal().list(JournalQuery{{}, {}, 0, 1000, true})).value().size()),
                 before);
        const auto report = await(backend->journal().verify());
        GH_VERIFY_OK(report);
        QVERIFY(report.value().intact());
        QCOMPARE(report.value().unfinishedCount, qint64(0));
    }

    void absurdTokenLifetimeIsClamped()
    {
        TokenCache cache;
        cache.store("token", std::numeric_limits<qint64>::max());
        QVERIFY(cache.token().has_value());
        cache.store("token", -100);
        QVERIFY(!cache.token().has_value());
    }

    void missingAnswerTimesOut()
    {
        m_logto->server().addFault(fault(HttpFault::Kind::NoAnswer));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        session.authenticate();
        QElapsedTimer timer;
        timer.start();
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Unavailable);
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 1500 + schedulingSlackMs,
                 QByteArray::number(timer.elapsed()));
    }

    void cancellationAbortsAStalledRequest()
    {
        m_logto->server().addFault(fault(HttpFault::Kind::NoAnswer));
        m_settings.timeoutMs = 10000;
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        session.authenticate();
        QElapsedTimer timer;
        timer.start();
        session.setCancelCheck([&timer] { return timer.elapsed() >= 300; });
        const auto error = failureOf([&] { session.get(QStringLiteral("/api/items")); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 300 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
        QVERIFY(session.isCancelled());

        // Cancelled during a backoff wait as well.
        session.setCancelCheck({});
        m_logto->server().addFault(statusFault(503, "GET", -1));
        timer.restart();
        session.setCancelCheck([&timer] { return timer.elapsed() >= 300; });
        const auto again = failureOf([&] { session.getAll(QStringLiteral("/api/items")); });
        QVERIFY(again);
        QCOMPARE(again->code(), ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 300 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
    }

    void cancelledSendAllThrows()
    {
        m_logto->server().addFault(fault(HttpFault::Kind::NoAnswer, "GET", QStringLiteral("/api/slow/3")));
        RemoteSession session(m_settings, std::make_shared<TokenCache>());
        QList<Request> requests;
        for (int i = 0; i < 8; ++i)
            requests << Request::get(QStringLiteral("/api/slow/%1").arg(i));
        QElapsedTimer timer;
        timer.start();
        session.setCancelCheck([&timer] { return timer.elapsed() >= 500; });
        const auto error = failureOf([&] { session.sendAll(requests); });
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 500 + schedulingSlackMs, QByteArray::number(timer.elapsed()));
    }

private:
    QTemporaryDir m_runtime;
    std::unique_ptr<FakeLogto> m_logto;
    ConnectionSettings m_settings;
};

QTEST_GUILESS_MAIN(TestRemoteFaults)
#include "tst_remotefaults.moc"
