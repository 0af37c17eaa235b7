#include "CliApp.h"

#include <QJsonObject>

namespace gatehouse::cli {

namespace {

class JournalCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::JournalCommands)
public:
    static Noun noun();

private:
    static QJsonObject toJson(const JournalEntry &e)
    {
        return QJsonObject{
            {QStringLiteral("seq"), static_cast<double>(e.seq)},
            {QStringLiteral("at"), static_cast<double>(e.at)},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("tenantId"), e.tenantId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("targetType"), e.targetType},
            {QStringLiteral("targetId"), e.targetId},
            {QStringLiteral("before"), e.before.isUndefined() ? QJsonValue(QJsonValue::Null) : e.before},
            {QStringLiteral("after"), e.after.isUndefined() ? QJsonValue(QJsonValue::Null) : e.after},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("prevHash"), e.prevHash},
            {QStringLiteral("hash"), e.hash},
        };
    }

    static QJsonObject toJson(const JournalProblem &p)
    {
        return QJsonObject{{QStringLiteral("seq"), static_cast<double>(p.seq)},
                           {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("message"), p.message}};
    }

    static void list(CliApp &app, Invocation &in)
    {
        JournalQuery query;
        const bool allTenants = in.isSet(QStringLiteral("all-tenants"));
        if (!allTenants)
            query.tenantId = app.tenantId();
        query.targetId = in.value(QStringLiteral("target"));
        query.limit = int(in.integer(QStringLiteral("limit"), 50, 1, 10000));
        const QList<JournalEntry> entries = app.await(app.backend().journal().list(query));
        QStringList headers{tr("SEQ"), tr("TIME"), tr("OPERATOR"), tr("ACTION"), tr("TARGET")};
        if (allTenants)
            headers.insert(4, tr("TENANT"));
        app.out().list(
            entries, toJson, tr("No journal entries match."), headers, [allTenants](const JournalEntry &e) {
                QStringList row{QString::number(e.seq), CliOutput::formatTime(e.at), e.operatorName, e.action,
                                e.targetType + QLatin1Char(' ') + e.targetId};
                if (allTenants)
                    row.insert(4, e.tenantId.isEmpty() ? QStringLiteral("-") : e.tenantId);
                return row;
            });
    }

    static void verify(CliApp &app, Invocation &)
    {
        Backend &backend = app.backend();
        if (!backend.capabilities().journalVerify)
            app.fail(Error(ErrorCode::Unsupported,
                           tr("This workspace keeps no journal that could be verified here.")));
        const JournalVerifyReport report = app.await(backend.journal().verify());
        const QJsonObject json{{QStringLiteral("intact"), report.intact()},
                               {QStringLiteral("entries"), static_cast<double>(report.entries)},
                               {QStringLiteral("headHash"), report.headHash},
                               {QStringLiteral("problems"), CliOutput::jsonArray(report.problems, toJson)}};
        app.out().either(json, [&] {
            if (report.intact()) {
                app.out().printLine(
                    tr("Journal intact: %1 entries, head %2").arg(report.entries).arg(report.headHash));
                return;
            }
            app.out().printLine(tr("Journal damaged: %n problem(s) found in %1 entries.", nullptr,
                                   int(report.problems.size()))
                                    .arg(report.entries));
            QList<QStringList> rows;
            for (const JournalProblem &p : report.problems)
                rows.append({QString::number(p.seq), p.kind, p.message});
            app.out().printTable({tr("ENTRY"), tr("KIND"), tr("PROBLEM")}, rows);
        });
        if (!report.intact())
            app.failWith(
                ExitFailure,
                tr("The journal failed verification: it was changed outside Gatehouse (%n problem(s)).",
                   nullptr, int(report.problems.size())),
                QStringLiteral("journal_damaged"));
    }
};

Noun JournalCommands::noun()
{
    Noun noun{
        QStringLiteral("journal"), tr("The tamper-evident journal of every administrative change."), {}};
    noun.verbs = {
        {QStringLiteral("list"),
         QStringLiteral("[--limit N] [--target ID] [--all-tenants]"),
         tr("List journal entries, newest first."),
         {},
         {{QStringLiteral("limit"), tr("At most N entries (1-10000, default 50)."), QStringLiteral("N")},
          {QStringLiteral("target"), tr("Only entries about this object id."), QStringLiteral("ID")},
          {QStringLiteral("all-tenants"), tr("Entries of every tenant (no --tenant needed).")}},
         0,
         0,
         false,
         &list},
        {QStringLiteral("verify"),
         {},
         tr("Check the hash chain of the whole journal."),
         tr("Exit code 0 when intact; 1 when entries were edited, deleted, reordered or truncated."),
         {},
         0,
         0,
         false,
         &verify},
    };
    return noun;
}

} // namespace

Noun journalNoun()
{
    return JournalCommands::noun();
}

} // namespace gatehouse::cli
