#include "CliApp.h"
#include "io/UserExportWriter.h"
#include "journal/JournalChain.h"
#include "journal/JournalDiff.h"
#include "util/PrivateFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <limits>

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
        QJsonObject o{
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
        // A name the operator gave themselves (--operator on a workspace file), never the one
        // the workspace established.
        if (!e.declaredOperator.isEmpty())
            o.insert(QStringLiteral("declaredOperator"), e.declaredOperator);
        return o;
    }

    static QString operatorText(const JournalEntry &e)
    {
        if (e.declaredOperator.isEmpty())
            return e.operatorName;
        return tr("%1 (declared: %2)").arg(e.operatorName, e.declaredOperator);
    }

    static QJsonObject toJson(const JournalProblem &p)
    {
        return QJsonObject{{QStringLiteral("seq"), static_cast<double>(p.seq)},
                           {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("message"), p.message}};
    }

    static QJsonObject toJsonUnfinished(const JournalUnfinished &u)
    {
        return QJsonObject{{QStringLiteral("seq"), static_cast<double>(u.seq)},
                           {QStringLiteral("at"), static_cast<double>(u.at)},
                           {QStringLiteral("operator"), u.operatorName},
                           {QStringLiteral("requests"), u.requests}};
    }

    static void list(CliApp &app, Invocation &in)
    {
        JournalQuery query;
        const bool allTenants = in.isSet(QStringLiteral("all-tenants"));
        if (!allTenants)
            query.tenantId = app.tenantId();
        query.targetId = in.value(QStringLiteral("target"));
        query.limit = int(in.integer(QStringLiteral("limit"), 50, 1, 10000));
        query.withRequests = in.isSet(QStringLiteral("requests"));
        query.beforeSeq = in.integer(QStringLiteral("before"), 0, 1, std::numeric_limits<qint64>::max());
        query.operatorName = in.value(QStringLiteral("by")).trimmed();
        query.action = in.value(QStringLiteral("action")).trimmed();
        if (query.action.endsWith(QLatin1Char('*')))
            query.action.chop(1);
        query.targetType = in.value(QStringLiteral("target-type")).trimmed();
        query.since = in.time(QStringLiteral("since"));
        query.until = in.time(QStringLiteral("until"));
        if (query.since > 0 && query.until > 0 && query.since > query.until)
            app.usageError(tr("--since is later than --until."), in.command());
        const QList<JournalEntry> entries = app.await(app.backend().journal().list(query));
        QStringList headers{tr("SEQ"), tr("TIME"), tr("OPERATOR"), tr("ACTION"), tr("TARGET")};
        if (allTenants)
            headers.insert(4, tr("TENANT"));
        app.out().list(
            entries, toJson, tr("No journal entries match."), headers, [allTenants](const JournalEntry &e) {
                const QString request = journalchain::requestEntrySummary(e);
                QStringList row{QString::number(e.seq), CliOutput::formatTime(e.at), operatorText(e),
                                e.action,
                                request.isEmpty() ? e.targetType + QLatin1Char(' ') + e.targetId : request};
                if (allTenants)
                    row.insert(4, e.tenantId.isEmpty() ? QStringLiteral("-") : e.tenantId);
                return row;
            });
        // A full page may have more behind it: say how to ask for it (stderr, so that the list
        // itself stays what a script reads).
        if (!app.out().json() && entries.size() == query.limit && entries.last().seq > 1)
            app.out().writeErr(
                tr("More entries are older: add --before %1 for the next page.\n").arg(entries.last().seq));
    }

    static QString changeLine(const journaldiff::FieldChange &c)
    {
        const QString before = journaldiff::text(c.field, c.before);
        const QString after = journaldiff::text(c.field, c.after);
        switch (c.kind) {
        case journaldiff::FieldChange::Kind::Added:
            return QStringLiteral("  + %1: %2").arg(c.field, after);
        case journaldiff::FieldChange::Kind::Removed:
            return QStringLiteral("  - %1: %2").arg(c.field, before);
        case journaldiff::FieldChange::Kind::Changed:
            break;
        }
        return QStringLiteral("  ~ %1: %2 \u2192 %3").arg(c.field, before, after);
    }

    static void show(CliApp &app, Invocation &in)
    {
        bool ok = false;
        const qint64 seq = in.arg(0).toLongLong(&ok);
        if (!ok || seq < 1)
            app.usageError(tr("Give the entry's number (SEQ in \"journal list\")."), in.command());
        JournalQuery query;
        query.beforeSeq = seq + 1;
        query.limit = 1;
        query.withRequests = true;
        const QList<JournalEntry> found = app.await(app.backend().journal().list(query));
        if (found.isEmpty() || found.first().seq != seq)
            app.fail(Error(ErrorCode::NotFound, tr("The journal has no entry %1 you may read.").arg(seq)));
        const JournalEntry &e = found.first();
        const QList<journaldiff::FieldChange> changes = journaldiff::changes(e.before, e.after);
        QJsonObject json = toJson(e);
        QJsonArray fields;
        for (const journaldiff::FieldChange &c : changes) {
            QJsonObject field{{QStringLiteral("field"), c.field},
                              {QStringLiteral("change"), c.kind == journaldiff::FieldChange::Kind::Added
                                                             ? QStringLiteral("added")
                                                         : c.kind == journaldiff::FieldChange::Kind::Removed
                                                             ? QStringLiteral("removed")
                                                             : QStringLiteral("changed")}};
            if (!c.before.isUndefined())
                field.insert(QStringLiteral("before"), c.before);
            if (!c.after.isUndefined())
                field.insert(QStringLiteral("after"), c.after);
            fields.append(field);
        }
        json.insert(QStringLiteral("changes"), fields);
        const QString request = journalchain::requestEntrySummary(e);
        QStringList lines{
            tr("#%1 %2 by %3").arg(e.seq).arg(e.action, operatorText(e)),
            tr("When:   %1").arg(CliOutput::formatTime(e.at)),
            tr("Target: %1").arg(request.isEmpty() ? e.targetType + QLatin1Char(' ') + e.targetId : request)};
        if (!e.reason.isEmpty())
            lines << tr("Reason: %1").arg(e.reason);
        lines << (changes.isEmpty() ? tr("No field changed.") : tr("Changes:"));
        for (const journaldiff::FieldChange &c : changes)
            lines << changeLine(c);
        app.out().done(json, lines.join(QLatin1Char('\n')));
    }

    /// The newest entry of the whole journal (none when it is empty).
    static std::optional<JournalEntry> newest(CliApp &app, qint64 beforeSeq = 0)
    {
        JournalQuery query;
        query.beforeSeq = beforeSeq;
        query.limit = 1;
        query.withRequests = true;
        const QList<JournalEntry> entries = app.await(app.backend().journal().list(query));
        return entries.isEmpty() ? std::nullopt : std::optional<JournalEntry>(entries.first());
    }

    static void requireJournal(CliApp &app)
    {
        if (!app.backend().capabilities().journalVerify)
            app.fail(Error(ErrorCode::Unsupported,
                           tr("This workspace keeps no journal that could be verified here.")));
    }

    static void exportJournal(CliApp &app, Invocation &in)
    {
        requireJournal(app);
        const QString path = QFileInfo(in.arg(0)).absoluteFilePath();
        QString format = in.value(QStringLiteral("format")).trimmed().toLower();
        if (format.isEmpty())
            format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv")
                                                                               : QStringLiteral("jsonl");
        if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
            app.usageError(tr("The journal is exported as csv or jsonl, not \"%1\".").arg(format),
                           in.command());
        // Newest first in pages, then written oldest first.
        QList<JournalEntry> entries;
        JournalQuery query;
        query.limit = 10000;
        query.withRequests = true; // the whole chain, or it cannot be checked
        for (;;) {
            const QList<JournalEntry> page = app.await(app.backend().journal().list(query));
            entries += page;
            if (page.size() < query.limit || page.last().seq <= 1)
                break;
            query.beforeSeq = page.last().seq;
        }
        std::reverse(entries.begin(), entries.end());
        const qint64 headSeq = entries.isEmpty() ? 0 : entries.last().seq;
        const QString headHash = entries.isEmpty() ? QString(64, QLatin1Char('0')) : entries.last().hash;
        QByteArray out;
        if (format == QLatin1String("jsonl")) {
            for (const JournalEntry &e : std::as_const(entries))
                out += QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact) + '\n';
            out +=
                QJsonDocument(QJsonObject{{QStringLiteral("head"),
                                           QJsonObject{{QStringLiteral("seq"), static_cast<double>(headSeq)},
                                                       {QStringLiteral("hash"), headHash}}},
                                          {QStringLiteral("entries"), static_cast<double>(entries.size())}})
                    .toJson(QJsonDocument::Compact) +
                '\n';
        } else {
            const QStringList columns{QStringLiteral("seq"),        QStringLiteral("at"),
                                      QStringLiteral("operator"),   QStringLiteral("declaredOperator"),
                                      QStringLiteral("tenantId"),   QStringLiteral("action"),
                                      QStringLiteral("targetType"), QStringLiteral("targetId"),
                                      QStringLiteral("reason"),     QStringLiteral("before"),
                                      QStringLiteral("after"),      QStringLiteral("prevHash"),
                                      QStringLiteral("hash")};
            out += columns.join(QLatin1Char(',')).toUtf8() + '\n';
            const auto json = [](const QJsonValue &v) {
                if (v.isUndefined() || v.isNull())
                    return QByteArray();
                return v.isObject()  ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                       : v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                     : v.toVariant().toString().toUtf8();
            };
            for (const JournalEntry &e : std::as_const(entries)) {
                const QByteArray fields[] = {QByteArray::number(e.seq),
                                             QByteArray::number(e.at),
                                             e.operatorName.toUtf8(),
                                             e.declaredOperator.toUtf8(),
                                             e.tenantId.toUtf8(),
                                             e.action.toUtf8(),
                                             e.targetType.toUtf8(),
                                             e.targetId.toUtf8(),
                                             e.reason.toUtf8(),
                                             json(e.before),
                                             json(e.after),
                                             e.prevHash.toUtf8(),
                                             e.hash.toUtf8()};
                bool first = true;
                for (const QByteArray &f : fields) {
                    if (!first)
                        out += ',';
                    first = false;
                    // Read by people in spreadsheets as often as by machines: formulas stay text.
                    appendCsvField(out, f, true);
                }
                out += '\n';
            }
            // The last row is the head: the newest entry's number and hash, action "journal.head".
            out += QByteArray::number(headSeq) + ",,,,,journal.head,,,,,,," + headHash.toUtf8() + '\n';
        }
        QSaveFile file(path);
        if (!privatefiles::openForWriting(file) || file.write(out) != out.size() || !file.commit())
            app.failWith(ExitFailure, tr("Cannot write %1: %2").arg(path, file.errorString()),
                         QStringLiteral("failure"));
        app.out().done(QJsonObject{{QStringLiteral("file"), path},
                                   {QStringLiteral("format"), format},
                                   {QStringLiteral("entries"), static_cast<double>(entries.size())},
                                   {QStringLiteral("head"),
                                    QJsonObject{{QStringLiteral("seq"), static_cast<double>(headSeq)},
                                                {QStringLiteral("hash"), headHash}}}},
                       tr("Exported %n journal entries to %1; head %2:%3.", nullptr, int(entries.size()))
                           .arg(path)
                           .arg(headSeq)
                           .arg(headHash));
    }

    static void head(CliApp &app, Invocation &)
    {
        requireJournal(app);
        const std::optional<JournalEntry> last = newest(app);
        const qint64 seq = last ? last->seq : 0;
        const QString hash = last ? last->hash : QString(64, QLatin1Char('0'));
        app.out().either(
            QJsonObject{{QStringLiteral("seq"), static_cast<double>(seq)}, {QStringLiteral("hash"), hash}},
            [&] { app.out().printLine(QString::number(seq) + QLatin1Char(':') + hash); });
    }

    /// Where the journal departs from an anchor SEQ:HASH recorded earlier ("journal head"), or
    /// nothing when entry SEQ is still there with that hash.
    static std::optional<JournalProblem> checkAnchor(CliApp &app, const QString &anchor,
                                                     const QString &command)
    {
        const QString seqText = anchor.section(QLatin1Char(':'), 0, 0);
        const QString hash = anchor.section(QLatin1Char(':'), 1).trimmed().toLower();
        bool ok = false;
        const qint64 seq = seqText.trimmed().toLongLong(&ok);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!ok || seq < 0 || !hex.match(hash).hasMatch())
            app.usageError(tr("--expect-head takes SEQ:HASH as \"journal head\" prints it (a number, a colon "
                              "and 64 hex digits)."),
                           command);
        if (seq == 0)
            return std::nullopt;
        const std::optional<JournalEntry> entry = newest(app, seq + 1);
        if (!entry || entry->seq != seq)
            return JournalProblem{
                seq, QStringLiteral("truncated"),
                tr("Entry %1, the anchored head, is gone: the journal was cut back or wiped "
                   "after the anchor was recorded.")
                    .arg(seq)};
        if (entry->hash != hash)
            return JournalProblem{
                seq, QStringLiteral("rewritten"),
                tr("Entry %1 has the hash %2, not the anchored %3: the journal up to it was "
                   "rewritten after the anchor was recorded.")
                    .arg(seq)
                    .arg(entry->hash, hash)};
        return std::nullopt;
    }

    static void verify(CliApp &app, Invocation &in)
    {
        Backend &backend = app.backend();
        requireJournal(app);
        std::optional<JournalProblem> anchorProblem;
        if (in.isSet(QStringLiteral("expect-head")))
            anchorProblem = checkAnchor(app, in.value(QStringLiteral("expect-head")), in.command());
        JournalVerifyReport report = app.await(backend.journal().verify());
        if (anchorProblem)
            report.problems.prepend(*anchorProblem);
        const QJsonObject json{
            {QStringLiteral("intact"), report.intact()},
            {QStringLiteral("entries"), static_cast<double>(report.entries)},
            {QStringLiteral("headHash"), report.headHash},
            {QStringLiteral("problems"), CliOutput::jsonArray(report.problems, toJson)},
            {QStringLiteral("keyed"), report.keyed},
            {QStringLiteral("limitation"), report.limitation},
            {QStringLiteral("sealedChecked"), static_cast<double>(report.sealedChecked)},
            {QStringLiteral("sealedElsewhere"), static_cast<double>(report.sealedElsewhere)},
            {QStringLiteral("unsealed"), static_cast<double>(report.unsealed)},
            {QStringLiteral("anchorSeq"), static_cast<double>(report.anchorSeq)},
            {QStringLiteral("unfinishedCount"), static_cast<double>(report.unfinishedCount)},
            {QStringLiteral("unfinished"), CliOutput::jsonArray(report.unfinished, toJsonUnfinished)}};
        app.out().either(json, [&] {
            const auto printSeals = [&] {
                app.out().printLine(journalchain::sealCoverage(report));
                if (const QString notice = journalchain::unfinishedNotice(report); !notice.isEmpty())
                    app.out().printLine(notice);
            };
            if (report.intact()) {
                app.out().printLine(
                    tr("Journal intact: %1 entries, head %2").arg(report.entries).arg(report.headHash));
                printSeals();
                return;
            }
            printSeals();
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
                ExitInvalid,
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
         QStringLiteral("[--limit N] [--before SEQ] [--target ID] [--target-type TYPE] [--by NAME] "
                        "[--action ACTION] [--since TIME] [--until TIME] [--all-tenants] [--requests]"),
         tr("List journal entries, newest first."),
         tr("On a Logto connection each request that may change the server is also recorded before it is "
            "sent and again with its outcome (target type \"request\"); --requests lists those entries "
            "too. \"journal verify\" names requests whose outcome was never recorded."),
         {{QStringLiteral("limit"), tr("At most N entries (1-10000, default 50)."), QStringLiteral("N")},
          {QStringLiteral("before"),
           tr("Only entries older than SEQ: the next page after a list that ended at SEQ."),
           QStringLiteral("SEQ")},
          {QStringLiteral("target"), tr("Only entries about this object id."), QStringLiteral("ID")},
          {QStringLiteral("target-type"),
           tr("Only entries about this kind of object (user, role, application, …)."),
           QStringLiteral("TYPE")},
          {QStringLiteral("by"), tr("Only changes made by this operator (established or declared name)."),
           QStringLiteral("NAME")},
          {QStringLiteral("action"),
           tr("Only this action (user.update), or every action under a prefix ending in . or * (user.*)."),
           QStringLiteral("ACTION")},
          {QStringLiteral("since"), tr("From this time (2026-12-01, an ISO date-time, unix ms, or 7d ago)."),
           QStringLiteral("TIME")},
          {QStringLiteral("until"), tr("Before this time (same forms as --since)."), QStringLiteral("TIME")},
          {QStringLiteral("all-tenants"), tr("Entries of every tenant (no --tenant needed).")},
          {QStringLiteral("requests"), tr("Also the entries recording requests sent to a Logto server.")}},
         0,
         0,
         false,
         &list},
        {QStringLiteral("show"),
         QStringLiteral("SEQ"),
         tr("Show one entry and what it changed, field by field."),
         tr("Each field the change touched, with its value before and after (times in UTC); lists of plain "
            "values show the items added and removed. --json adds \"changes\" to the entry as \"journal "
            "list\" "
            "prints it."),
         {},
         1,
         1,
         false,
         &show},
        {QStringLiteral("verify"),
         QStringLiteral("[--expect-head SEQ:HASH]"),
         tr("Check the hash chain of the whole journal."),
         tr("Exit code 0 when intact; 4 when entries were edited, deleted, reordered or truncated, or when "
            "the anchor given with --expect-head (recorded earlier from \"journal head\") no longer holds: "
            "that proves nothing up to the anchored entry changed since, even when the chain was rebuilt."),
         {{QStringLiteral("expect-head"), tr("An anchor SEQ:HASH recorded earlier from \"journal head\"."),
           QStringLiteral("SEQ:HASH")}},
         0,
         0,
         false,
         &verify},
        {QStringLiteral("head"),
         {},
         tr("Print the journal's head (SEQ:HASH) to record somewhere else."),
         tr("Keep the head outside the workspace (a ticket, a log server, a printout). \"journal verify "
            "--expect-head SEQ:HASH\" later proves that nothing up to that entry was changed, removed or "
            "rebuilt. --json: {\"seq\", \"hash\"}."),
         {},
         0,
         0,
         false,
         &head},
        {QStringLiteral("export"),
         QStringLiteral("FILE [--format csv|jsonl]"),
         tr("Write the whole journal, oldest first, with its head."),
         tr("Every entry carries its hash and the previous entry's, so a log system can check that one "
            "export continues the last. JSON Lines end with a line {\"head\": {\"seq\", \"hash\"}, "
            "\"entries\": N}; the CSV's last row is the head. The file is readable only by you."),
         {{QStringLiteral("format"), tr("csv or jsonl (default: from the file name, else jsonl)."),
           QStringLiteral("FORMAT")}},
         1,
         1,
         false,
         &exportJournal},
    };
    return noun;
}

} // namespace

Noun journalNoun()
{
    return JournalCommands::noun();
}

} // namespace gatehouse::cli
