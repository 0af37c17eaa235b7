#include "remote/RemoteBackend.h"

#include "journal/JournalChain.h"
#include "model/LogtoJson.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteOrganizations.h"
#include "remote/RemoteUsers.h"
#include "remote/RemoteWorker.h"
#include "remote/TokenCache.h"
#include "util/SystemUser.h"
#include "util/WorkerThread.h"

#include <QJsonArray>
#include <QUuid>

namespace gatehouse::remote {

namespace {
ConnectionSettings settingsFor(const WorkspaceSpec &spec)
{
    ConnectionSettings settings;
    settings.endpoint = spec.endpoint;
    settings.tenant = spec.logtoTenant;
    settings.clientId = spec.clientId;
    settings.clientSecret = spec.clientSecret;
    settings.caFile = spec.caFile;
    return settings;
}

QJsonValue redactedValue(const QJsonValue &value)
{
    return value.isObject() ? QJsonValue(json::redacted(value.toObject())) : value;
}
} // namespace

/// Journals the session's requests that may change the server (RequestJournal): the method and
/// path of each before it is sent (never its body, which may carry passwords and secrets), and
/// after, what came of them. Runs on the worker thread.
class RequestLog final : public RequestJournal
{
public:
    explicit RequestLog(RemoteBackend &backend)
        : m_backend(backend)
    {}

    QString intend(const QList<Request> &requests) override
    {
        // Requests to the same method and path (a batch of creations) are listed once, counted.
        QJsonArray listed;
        QList<std::pair<QByteArray, QString>> seen;
        QList<int> counts;
        for (const Request &request : requests) {
            const std::pair<QByteArray, QString> key{request.method, request.path};
            const qsizetype at = seen.indexOf(key);
            if (at >= 0) {
                ++counts[at];
            } else {
                seen.append(key);
                counts.append(1);
            }
        }
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QJsonObject item{{QStringLiteral("method"), QString::fromLatin1(seen[i].first)},
                             {QStringLiteral("path"), seen[i].second}};
            if (counts[i] > 1)
                item.insert(QStringLiteral("count"), counts[i]);
            listed.append(item);
        }
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_backend.appendAndWait(
            JournalDraft{m_backend.tenantId(),
                         journalchain::requestIntentAction(),
                         journalchain::requestTargetType(),
                         id,
                         QJsonValue::Null,
                         QJsonObject{{QStringLiteral("requests"), listed}},
                         {}},
            rtr("Nothing was sent to the Logto server: the request could not be recorded in this "
                "connection's journal first: %1"));
        return id;
    }

    void conclude(const QString &id, const QList<Result<Response>> &results) override
    {
        // done: the server answered (2xx, or a status the caller expected); refused: it answered
        // with an error, so it did not act; unknown: no answer or a server error, it may have.
        int done = 0, refused = 0, unknown = 0, cancelled = 0;
        QJsonObject outcome;
        for (const Result<Response> &result : results) {
            if (result.ok()) {
                ++done;
                if (results.size() == 1)
                    outcome.insert(QStringLiteral("status"), result.value().status);
                continue;
            }
            const ErrorCode code = result.error().code();
            if (code == ErrorCode::Cancelled)
                ++cancelled;
            else if (code == ErrorCode::Unavailable || code == ErrorCode::Internal)
                ++unknown;
            else
                ++refused;
            if (results.size() == 1)
                outcome.insert(QStringLiteral("message"), result.error().message());
        }
        const auto count = [&outcome](const char *key, int n) {
            if (n > 0)
                outcome.insert(QLatin1String(key), n);
        };
        count("done", done);
        count("refused", refused);
        count("unknown", unknown);
        count("cancelled", cancelled);
        m_backend.appendAndWait(
            JournalDraft{m_backend.tenantId(),
                         journalchain::requestOutcomeAction(),
                         journalchain::requestTargetType(),
                         id,
                         QJsonValue::Null,
                         outcome,
                         {}},
            done > 0 ? rtr("The Logto server made the change, but it could not be recorded in this "
                           "connection's journal: %1")
                     : rtr("The outcome of a request to the Logto server could not be recorded in this "
                           "connection's journal: %1"));
    }

private:
    RemoteBackend &m_backend;
};

RemoteBackend::RemoteBackend(WorkspaceSpec spec, std::unique_ptr<JournalStore> journal)
    : m_spec(std::move(spec))
    , m_operator(systemUserName())
    , m_tokens(std::make_shared<TokenCache>())
    , m_worker(new RemoteWorker(settingsFor(m_spec), m_tokens))
    , m_journal(journal.get())
    , m_requests(std::make_unique<RequestLog>(*this))
{
    m_worker->setRequestJournal(m_requests.get());
    m_thread.setObjectName(QStringLiteral("gatehouse-remote"));
    m_worker->moveToThread(&m_thread);
    deleteWorkerWhenFinished(m_thread, m_worker);
    m_thread.start();
    setAreas({makeTenants(*this), makeApplications(*this), makeResources(*this), makeRoles(*this),
              std::make_unique<RemoteUsers>(*this), makeOrganizationTemplate(*this),
              std::make_unique<RemoteOrganizations>(*this), makeSsoConnectors(*this),
              makeSignInExperience(*this), makeLogs(*this), std::move(journal), makeAccess(*this)});
}

RemoteBackend::~RemoteBackend()
{
    // The jobs already queued run first (their futures finish); then the worker's event loop
    // stops, the session is deleted on its own thread, and the journal store closes.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
    m_thread.wait();
}

QString RemoteBackend::location() const
{
    return m_spec.displayLocation();
}

Capabilities RemoteBackend::capabilities() const
{
    Capabilities c;
    c.tenantManagement = false;
    c.journalVerify = true;
    c.journalsRequests = true;
    c.atomicConflictCheck = false;
    c.userFilters = false;
    c.userSorts = false;
    c.userRoleFilter = true;
    c.passwordExpiry = false;
    c.exportPasswordDigests = false;
    c.userPageSize = 100;
    c.userFirstRows = 0; // one request per page either way
    c.userSearchIsSlow = true;
    c.userCountFirst = false; // the positions come from the total: one request gives both
    c.sequentialVersions = false;
    c.applicationTypes = creatableApplicationTypes();
    c.thirdPartyEditable = false;
    c.roleDescriptionRequired = true;
    c.roleDescriptionMax = roleDescriptionMax;
    c.accessControl = false;
    c.logArchive = false;
    c.logStats = false;
    c.logsFilteredHere = true;
    return c;
}

Future<Done> RemoteBackend::open()
{
    return submit<Done>([this](RemoteSession &session) {
        if (const QString problem = m_spec.transportProblem(); !problem.isEmpty())
            throw Failure{Error(ErrorCode::Validation, problem)};
        if (m_spec.clientId.isEmpty() || m_spec.clientSecret.isEmpty())
            throw Failure{Error(ErrorCode::Validation,
                                rtr("This connection has no client id/secret. Enter the id and secret of a "
                                    "machine-to-machine application that has the Logto Management API "
                                    "access role, or set GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET."))};
        auto opened = m_journal->open();
        opened.waitForFinished();
        const Result<Done> journalOpened = opened.result();
        if (!journalOpened.ok())
            throw Failure{Error(journalOpened.error().code(),
                                rtr("Cannot open this connection's journal %1: %2")
                                    .arg(m_journal->location(), journalOpened.error().message()),
                                journalOpened.error().detail())};
        session.authenticate();
        QUrlQuery onePage;
        onePage.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        onePage.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
        session.get(QStringLiteral("/api/applications"), onePage);
        m_open = true;
        return Done{};
    });
}

Result<Done> RemoteBackend::declareOperator(const QString &name)
{
    m_declared = name.trimmed();
    m_journal->setDeclaredOperator(m_declared);
    return Done{};
}

void RemoteBackend::sealJournal(const JournalSeal &seal)
{
    m_journal->setSeal(seal);
}

QString RemoteBackend::operatorName() const
{
    return m_operator;
}

void RemoteBackend::journalChange(const QString &action, const QString &targetType, const QString &targetId,
                                  const QJsonValue &before, const QJsonValue &after, const QString &reason)
{
    // How the change ended, when it is worth saying (a deletion confirmed only by its retry).
    QString recorded = reason;
    if (RemoteSession *session = m_worker->session()) {
        if (const QString note = session->takeJournalNote(); !note.isEmpty())
            recorded = recorded.isEmpty() ? note : recorded + QStringLiteral(" — ") + note;
    }
    appendAndWait(JournalDraft{tenantId(), action, targetType, targetId, redactedValue(before),
                               redactedValue(after), recorded},
                  rtr("The Logto server made the change, but it could not be recorded in this connection's "
                      "journal: %1"));
}

void RemoteBackend::journalAttempt(const QString &action, const QString &targetType, const QString &targetId)
{
    appendAndWait(JournalDraft{tenantId(), action, targetType, targetId, QJsonValue(), QJsonValue(), {}},
                  rtr("Nothing was sent to the Logto server: the request could not be recorded in this "
                      "connection's journal first: %1"));
}

void RemoteBackend::appendAndWait(const JournalDraft &draft, const QString &failureMessage)
{
    auto appended = m_journal->append(draft);
    appended.waitForFinished();
    const Result<Done> result = appended.result();
    if (!result.ok())
        throw Failure{Error(result.error().code(), failureMessage.arg(result.error().message()),
                            result.error().detail())};
}

QList<qint64> RemoteBackend::journalTimes(const QString &action, const QString &targetId, qint64 sinceMs)
{
    JournalQuery query;
    query.tenantId = tenantId();
    query.targetId = targetId;
    query.limit = 1000;
    QList<qint64> times;
    while (true) {
        auto listed = m_journal->list(query);
        listed.waitForFinished();
        const Result<QList<JournalEntry>> page = listed.result();
        if (!page.ok())
            throw Failure{page.error()};
        for (const JournalEntry &e : page.value()) {
            if (e.at <= sinceMs)
                return times; // newest first: everything after is older
            if (e.action == action)
                times.append(e.at);
        }
        if (page.value().size() < query.limit)
            return times;
        query.beforeSeq = page.value().constLast().seq;
    }
}

void RemoteBackend::post(Job job, std::function<bool()> isCancelled)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job = std::move(job), isCancelled = std::move(isCancelled)] {
            worker->run(job, isCancelled);
        },
        Qt::QueuedConnection);
}

QString RemoteBackend::internalMessage()
{
    return rtr("An unexpected error occurred while working with the Logto server.");
}

} // namespace gatehouse::remote
