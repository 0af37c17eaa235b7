// "logs": authentication events — list, show, export — and the archive: sync from a Logto
// connection, retention.
#include "CliApp.h"
#include "InterruptGuard.h"
#include "factory/BackendFactory.h"
#include "logs/LogExport.h"
#include "logs/LogSync.h"
#include "model/LogEventJson.h"
#include "model/LogKeys.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <unistd.h>

namespace gatehouse::cli {

namespace {

class LogCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::LogCommands)
public:
    static Noun noun();

private:
    static QJsonObject toJson(const LogEvent &e)
    {
        QJsonObject o = json::toJson(e);
        o.insert(QStringLiteral("description"), logkeys::describe(e));
        return o;
    }

    static LogQuery queryOf(CliApp &app, Invocation &in)
    {
        LogQuery q;
        q.userId = in.value(QStringLiteral("user")).trimmed();
        q.applicationId = in.value(QStringLiteral("app")).trimmed();
        q.organizationId = in.value(QStringLiteral("org")).trimmed();
        q.memberOf = in.value(QStringLiteral("member-of")).trimmed();
        q.key = in.value(QStringLiteral("key")).trimmed();
        q.search = in.value(QStringLiteral("search"));
        if (in.isSet(QStringLiteral("result"))) {
            LogResult result = LogResult::Success;
            if (!parseLogResult(in.value(QStringLiteral("result")).trimmed(), &result))
                app.usageError(
                    tr("--result is success or error, not \"%1\".").arg(in.value(QStringLiteral("result"))),
                    in.command());
            q.result = result;
        }
        q.since = in.time(QStringLiteral("since"));
        q.until = in.time(QStringLiteral("until"));
        if (q.since > 0 && q.until > 0 && q.since > q.until)
            app.usageError(tr("--since is later than --until."), in.command());
        return q;
    }

    static QList<QCommandLineOption> filterOptions()
    {
        return {
            {QStringLiteral("user"), tr("Events of this user id."), QStringLiteral("USER")},
            {QStringLiteral("app"), tr("Events of this application id."), QStringLiteral("APP")},
            {QStringLiteral("org"), tr("Events that name this organization id."), QStringLiteral("ORG")},
            {QStringLiteral("member-of"),
             tr("Events of the users who are members of this organization id (a workspace's archive)."),
             QStringLiteral("ORG")},
            {QStringLiteral("key"),
             tr("An event key, or a prefix ending in . or * (Interaction.SignIn.* for every sign-in step)."),
             QStringLiteral("KEY")},
            {QStringLiteral("result"), tr("success or error."), QStringLiteral("RESULT")},
            {QStringLiteral("since"),
             tr("From this time (2026-12-01, an ISO date-time, unix ms, or 7d ago)."),
             QStringLiteral("TIME")},
            {QStringLiteral("until"), tr("Up to this time (same forms as --since)."), QStringLiteral("TIME")},
            {QStringLiteral("search"), tr("Text anywhere in the event (ids, IP, user agent, error)."),
             QStringLiteral("TEXT")},
        };
    }

    /// "createdAt:offset:id": where the next page starts.
    static QString cursorText(const LogCursor &c)
    {
        return QStringLiteral("%1:%2:%3").arg(c.createdAt).arg(c.offset).arg(c.id);
    }

    static LogCursor parseCursor(CliApp &app, Invocation &in)
    {
        const QString text = in.value(QStringLiteral("after")).trimmed();
        if (text.isEmpty())
            return {};
        const QStringList parts = text.split(QLatin1Char(':'));
        bool okAt = false;
        bool okOffset = false;
        LogCursor c;
        if (parts.size() == 3) {
            c.createdAt = parts[0].toLongLong(&okAt);
            c.offset = parts[1].toLongLong(&okOffset);
            c.id = parts[2];
        }
        if (!okAt || !okOffset || c.id.isEmpty())
            app.usageError(
                tr("--after takes the position a previous \"logs list\" printed (TIME:OFFSET:ID)."),
                in.command());
        return c;
    }

    static void list(CliApp &app, Invocation &in)
    {
        const LogQuery query = queryOf(app, in);
        const LogCursor after = parseCursor(app, in);
        const int limit = int(in.integer(QStringLiteral("limit"), 50, 1, 500));
        const QString tenant = app.tenantId();
        LogPage page = app.await(app.backend().logs().page(tenant, query, after, limit));
        // Filters applied here may leave a page short: keep asking until it is full or the list ends.
        while (page.filteredHere && !page.atEnd && page.events.size() < limit) {
            const LogPage more = app.await(
                app.backend().logs().page(tenant, query, page.next, int(limit - page.events.size())));
            page.events += more.events;
            page.next = more.next;
            page.atEnd = more.atEnd;
        }
        QJsonObject result{
            {QStringLiteral("events"), CliOutput::jsonArray<LogEvent>(page.events, toJson)},
            {QStringLiteral("next"), page.atEnd ? QJsonValue() : QJsonValue(cursorText(page.next))},
            {QStringLiteral("filteredHere"), page.filteredHere}};
        app.out().either(result, [&] {
            QList<QStringList> rows;
            for (const LogEvent &e : std::as_const(page.events))
                rows.append({CliOutput::formatTime(e.createdAt), logkeys::describe(e),
                             logResultName(e.result), e.userId.isEmpty() ? QStringLiteral("-") : e.userId,
                             e.applicationId.isEmpty() ? QStringLiteral("-") : e.applicationId,
                             e.ip.isEmpty() ? QStringLiteral("-") : e.ip, e.id});
            app.out().printTable(
                {tr("TIME"), tr("EVENT"), tr("RESULT"), tr("USER"), tr("APP"), tr("IP"), tr("ID")}, rows,
                tr("No events match."));
            if (page.filteredHere)
                app.out().writeErr(
                    tr("note: some filters were applied on this machine to what the server sent.") +
                    QLatin1Char('\n'));
            if (!page.atEnd)
                app.out().writeErr(tr("More: --after %1").arg(cursorText(page.next)) + QLatin1Char('\n'));
        });
    }

    static void show(CliApp &app, Invocation &in)
    {
        const LogEvent e = app.await(app.backend().logs().get(app.tenantId(), in.arg(0)));
        CliOutput::Fields fields{{tr("id"), e.id},
                                 {tr("time"), CliOutput::formatTime(e.createdAt)},
                                 {tr("event"), logkeys::describe(e)},
                                 {tr("key"), e.key},
                                 {tr("result"), logResultName(e.result)}};
        const auto optional = [&fields](const QString &label, const QString &value) {
            if (!value.isEmpty())
                fields.append({label, value});
        };
        optional(tr("error"), e.errorText());
        optional(tr("user"), e.userId);
        optional(tr("application"), e.applicationId);
        optional(tr("organization"), e.organizationId);
        optional(tr("session"), e.sessionId);
        optional(tr("ip"), e.ip);
        optional(tr("user agent"), e.userAgent);
        app.out().object(
            toJson(e), fields,
            tr("payload:") + QLatin1Char('\n') +
                QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Indented)).trimmed());
    }

    /// Runs `job` (LogSync or LogExport) to its end on this thread, redrawing `progress()` on a
    /// terminal every 200 ms; Ctrl+C cancels it.
    template <typename Job, typename Progress>
    static void runJob(CliApp &app, Job &job, const Progress &progress)
    {
        const InterruptGuard interrupt;
        const bool terminal = isatty(STDERR_FILENO) == 1;
        const QString clearLine = QStringLiteral("\r\x1b[K");
        bool drawn = false;
        QEventLoop loop;
        QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        poll.setInterval(200);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (interrupt.requested()) {
                job.cancel();
                if (drawn)
                    app.out().writeErr(clearLine);
                drawn = false;
            } else if (terminal) {
                app.out().writeErr(clearLine + progress());
                drawn = true;
            }
        });
        poll.start();
        job.start();
        loop.exec();
        if (drawn)
            app.out().writeErr(clearLine);
    }

    static void exportLogs(CliApp &app, Invocation &in)
    {
        const QString path = QFileInfo(in.arg(0)).absoluteFilePath();
        QString format = in.value(QStringLiteral("format")).trimmed().toLower();
        if (format.isEmpty())
            format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv")
                                                                               : QStringLiteral("jsonl");
        if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
            app.usageError(tr("Events are exported as csv or jsonl, not \"%1\".").arg(format), in.command());
        const LogQuery query = queryOf(app, in);
        LogExport job(app.backend().logs(), app.tenantId(), query, path,
                      format == QLatin1String("csv") ? LogExportFormat::Csv : LogExportFormat::JsonLines);
        runJob(app, job, [&job] { return tr("Exporting: %n events", nullptr, int(job.written())); });
        if (job.error())
            app.fail(*job.error());
        app.out().done(QJsonObject{{QStringLiteral("file"), path},
                                   {QStringLiteral("format"), format},
                                   {QStringLiteral("events"), static_cast<double>(job.written())}},
                       tr("Exported %n events to %1.", nullptr, int(job.written())).arg(path));
    }

    static void sync(CliApp &app, Invocation &in)
    {
        if (!app.backend().capabilities().logArchive)
            app.fail(
                Error(ErrorCode::Unsupported,
                      tr("--workspace is a Logto connection, which keeps no archive. Sync into a workspace "
                         "file or a PostgreSQL workspace: --workspace names where the events go, --from "
                         "where they come from.")));
        const QString tenant = app.tenantId();
        if (in.value(QStringLiteral("from")).trimmed().isEmpty())
            app.usageError(tr("--from names the Logto connection to copy events from (logto+https://…)."),
                           in.command());
        Result<WorkspaceSpec> parsed = WorkspaceSpec::parse(in.value(QStringLiteral("from")).trimmed());
        if (!parsed.ok())
            app.usageError(parsed.error().message(), in.command());
        if (!parsed->isRemote())
            app.usageError(tr("--from names the Logto connection to copy events from (logto+https://…)."),
                           in.command());
        const WorkspaceSpec spec = app.withCredentials(parsed.value());
        std::unique_ptr<Backend> source = createBackend(spec);
        app.await(source->open());
        const QList<Tenant> tenants = app.await(source->tenants().list());
        if (tenants.isEmpty())
            app.fail(Error(ErrorCode::NotFound, tr("The connection names no tenant.")));
        LogSync job(source->logs(), tenants.first().id, spec.displayLocation(), app.backend().logs(), tenant);
        QElapsedTimer clock;
        clock.start();
        runJob(app, job, [&job] {
            const LogSyncProgress &p = job.progress();
            const double seconds = qMax<qint64>(1, p.elapsedMs) / 1000.0;
            return tr("Syncing: %1 fetched, %2 new, %3 events/s")
                .arg(p.fetched)
                .arg(p.stored)
                .arg(qRound64(p.fetched / seconds));
        });
        const LogSyncProgress &p = job.progress();
        const QJsonObject result{{QStringLiteral("source"), spec.displayLocation()},
                                 {QStringLiteral("fetched"), static_cast<double>(p.fetched)},
                                 {QStringLiteral("stored"), static_cast<double>(p.stored)},
                                 {QStringLiteral("alreadyPresent"), static_cast<double>(p.alreadyPresent)},
                                 {QStringLiteral("requests"), p.pages},
                                 {QStringLiteral("seconds"), p.elapsedMs / 1000.0},
                                 {QStringLiteral("resumed"), p.resumed},
                                 {QStringLiteral("complete"), p.complete}};
        if (job.error()) {
            if (job.error()->code() == ErrorCode::Cancelled)
                app.out().writeErr(tr("Stopped after %1 events (%2 new); \"logs sync\" continues from there.")
                                       .arg(p.fetched)
                                       .arg(p.stored) +
                                   QLatin1Char('\n'));
            app.fail(*job.error());
        }
        app.out().done(result, tr("%1 events fetched, %2 stored, %3 already present (%4 s).")
                                   .arg(p.fetched)
                                   .arg(p.stored)
                                   .arg(p.alreadyPresent)
                                   .arg(p.elapsedMs / 1000.0, 0, 'f', 1));
    }

    static void retention(CliApp &app, Invocation &in)
    {
        const QString tenant = app.tenantId();
        if (in.args().isEmpty()) {
            const int days = app.await(app.backend().logs().retentionDays(tenant));
            app.out().done(QJsonObject{{QStringLiteral("retentionDays"), days}},
                           days == 0 ? tr("Events are kept for ever.")
                                     : tr("Events are kept for %n days.", nullptr, days));
            return;
        }
        bool ok = false;
        const int days = in.arg(0).toInt(&ok);
        if (!ok)
            app.usageError(tr("Give the number of days to keep events (0 = for ever)."), in.command());
        const qint64 deleted = app.await(app.backend().logs().setRetentionDays(tenant, days));
        app.out().done(QJsonObject{{QStringLiteral("retentionDays"), days},
                                   {QStringLiteral("deleted"), static_cast<double>(deleted)}},
                       (days == 0 ? tr("Events are kept for ever.")
                                  : tr("Events are kept for %n days.", nullptr, days)) +
                           QLatin1Char(' ') + tr("%n older events deleted.", nullptr, int(deleted)));
    }
};

Noun LogCommands::noun()
{
    Noun noun{QStringLiteral("logs"),
              tr("Authentication events: sign-ins, MFA, password resets, token exchanges."),
              {}};
    QList<QCommandLineOption> listOptions = filterOptions();
    listOptions << QCommandLineOption(QStringLiteral("limit"), tr("At most N events (1-500, default 50)."),
                                      QStringLiteral("N"))
                << QCommandLineOption(QStringLiteral("after"),
                                      tr("Continue after the position a previous list printed."),
                                      QStringLiteral("CURSOR"));
    QList<QCommandLineOption> exportOptions = filterOptions();
    exportOptions << QCommandLineOption(QStringLiteral("format"),
                                        tr("csv or jsonl (default: from the file name)."),
                                        QStringLiteral("FORMAT"));
    noun.verbs = {
        {QStringLiteral("list"), QStringLiteral("[filters] [--limit N] [--after CURSOR]"),
         tr("List events, newest first."),
         tr("On a Logto connection the server filters by user, application and exact key (and by time where "
            "it "
            "supports time windows); the other filters are applied here to what it sends, and the output "
            "says "
            "so. --json: {\"events\": [...], \"next\": CURSOR or null, \"filteredHere\": bool}."),
         listOptions, 0, 0, false, &list},
        {QStringLiteral("show"),
         QStringLiteral("ID"),
         tr("Show one event with its whole payload."),
         {},
         {},
         1,
         1,
         false,
         &show},
        {QStringLiteral("export"), QStringLiteral("FILE [filters] [--format csv|jsonl]"),
         tr("Write every event the filters match to a file, newest first."),
         tr("CSV columns: createdAt, createdAtMs, id, key, description, result, userId, applicationId, "
            "organizationId, sessionId, ip, userAgent, error, payload. JSON Lines: one event per line as "
            "Logto "
            "sends it. The file appears only when complete and is readable only by you."),
         exportOptions, 1, 1, false, &exportLogs},
        {QStringLiteral("sync"),
         QStringLiteral("--from logto+https://HOST"),
         tr("Copy a Logto tenant's events into this workspace's archive."),
         tr("Incremental: only events newer than the last sync (less a minute of overlap) are fetched; each "
            "batch "
            "is stored with the position reached, so an interrupted sync (Ctrl+C, a lost network, a killed "
            "process) continues where it stopped. Events are stored once by id. The archive keeps them for "
            "the "
            "retention set with \"logs retention\" (default: for ever)."),
         {{QStringLiteral("from"), tr("The Logto connection to copy from."), QStringLiteral("CONNECTION")}},
         0,
         0,
         true,
         &sync},
        {QStringLiteral("retention"),
         QStringLiteral("[DAYS]"),
         tr("Show or set how many days the archive keeps events (0 = for ever)."),
         tr("Setting it deletes the older events at once; every completed sync deletes those that aged out."),
         {},
         0,
         1,
         true,
         &retention},
    };
    return noun;
}

} // namespace

Noun logsNoun()
{
    return LogCommands::noun();
}

} // namespace gatehouse::cli
