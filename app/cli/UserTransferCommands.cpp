// "user import" and "user export": long-running transfers with progress on a terminal and a clean
// cancel on Ctrl+C.
#include "InterruptGuard.h"
#include "UserCommandSupport.h"
#include "io/UserRecordReader.h"
#include "util/PrivateFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QThread>
#include <unistd.h>

namespace gatehouse::cli {

namespace {

class UserTransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::UserTransferCommands)
public:
    static Verb importVerb();
    static Verb exportVerb();

private:
    static constexpr int shownProblems = 50; ///< problems printed in text mode; --report gets all

    static QString progressText(const QString &doing, const ImportProgress &p)
    {
        QString text = tr("%1: %2 rows").arg(doing).arg(p.rowsRead);
        if (p.rowsPerSecond > 0)
            text += tr(", %1 rows/s").arg(qRound64(p.rowsPerSecond));
        if (p.totalBytes > 0)
            text += tr(", %1%").arg(std::min<qint64>(100, p.bytesRead * 100 / p.totalBytes));
        if (p.hashingPasswords)
            text += tr(", hashing passwords (slow)");
        return text;
    }

    /// Waits for a transfer on the command thread: every 200 ms the progress is redrawn on stderr
    /// (only when stderr is a terminal); a Ctrl+C asks the transfer to stop.
    template <typename T>
    static T awaitTransfer(CliApp &app, Future<T> future, ImportControl &control, const QString &doing)
    {
        const InterruptGuard interrupt;
        const bool terminal = isatty(STDERR_FILENO) == 1;
        const QString clearLine = QStringLiteral("\r\x1b[K");
        bool drawn = false;
        bool cancelling = false;
        QElapsedTimer sinceDraw;
        sinceDraw.start();
        while (!future.isFinished()) {
            QThread::msleep(20);
            if (interrupt.requested() && !cancelling) {
                cancelling = true;
                control.cancel();
                app.out().writeErr((drawn ? clearLine : QString()) +
                                   tr("Cancelling... (press Ctrl+C again to stop at once)") +
                                   QLatin1Char('\n'));
                drawn = false;
            }
            if (terminal && !cancelling && sinceDraw.elapsed() >= 200) {
                sinceDraw.restart();
                app.out().writeErr(clearLine + progressText(doing, control.progress()));
                drawn = true;
            }
        }
        if (drawn)
            app.out().writeErr(clearLine);
        return app.await(future);
    }

    static ImportFormat formatOption(CliApp &app, Invocation &in, const QString &path, QIODevice *device)
    {
        if (!in.isSet(QStringLiteral("format")))
            return detectFormat(path, device);
        ImportFormat format = ImportFormat::Csv;
        if (!parseImportFormat(in.value(QStringLiteral("format")).trimmed(), &format))
            app.usageError(
                tr("unknown format \"%1\"; use csv, json or jsonl.").arg(in.value(QStringLiteral("format"))),
                in.command());
        return format;
    }

    static QJsonObject toJson(const ImportReport &r, const ImportOptions &options, const QString &path)
    {
        QJsonArray problems;
        for (const ImportProblem &p : r.problems)
            problems.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(p.line)},
                                        {QStringLiteral("field"), p.field},
                                        {QStringLiteral("message"), p.message}});
        QJsonObject o{
            {QStringLiteral("file"), path},
            {QStringLiteral("format"), importFormatName(options.format)},
            {QStringLiteral("mode"), options.mode == ImportOptions::Mode::AllOrNothing
                                         ? QStringLiteral("all-or-nothing")
                                         : QStringLiteral("skip-invalid")},
            {QStringLiteral("dryRun"), options.dryRun},
            {QStringLiteral("rowsRead"), static_cast<double>(r.rowsRead)},
            {QStringLiteral("rowsImported"), static_cast<double>(r.rowsImported)},
            {QStringLiteral("rowsInvalid"), static_cast<double>(r.rowsInvalid)},
            {QStringLiteral("problemCount"), static_cast<double>(r.problemCount)},
            {QStringLiteral("committed"), r.committed},
            {QStringLiteral("cancelled"), r.cancelled},
            {QStringLiteral("elapsedMs"), static_cast<double>(r.elapsedMs)},
            {QStringLiteral("problems"), problems},
        };
        if (r.fatal.isError())
            o.insert(QStringLiteral("fatal"), r.fatal.message());
        return o;
    }

    /// The report without the problem entry that repeats the fatal error ("Stopped: ..." says it).
    static ImportReport withoutFatalProblem(ImportReport report)
    {
        if (!report.fatal.isError())
            return report;
        const qsizetype before = report.problems.size();
        report.problems.removeIf([&report](const ImportProblem &p) {
            return p.line == 0 && p.field.isEmpty() && p.message == report.fatal.message();
        });
        report.problemCount -= before - report.problems.size();
        return report;
    }

    static QString sentence(const QString &text)
    {
        return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
    }

    static void runImport(CliApp &app, Invocation &in)
    {
        const QFileInfo file(in.arg(0));
        const QString path = file.absoluteFilePath();
        ImportOptions options;
        const QString mode = in.value(QStringLiteral("mode")).trimmed().toLower();
        if (mode == QLatin1String("skip-invalid"))
            options.mode = ImportOptions::Mode::SkipInvalid;
        else if (in.isSet(QStringLiteral("mode")) && mode != QLatin1String("all-or-nothing"))
            app.usageError(tr("unknown mode \"%1\"; use all-or-nothing or skip-invalid.")
                               .arg(in.value(QStringLiteral("mode"))),
                           in.command());
        options.dryRun = in.isSet(QStringLiteral("dry-run"));
        const QString reportPath = in.value(QStringLiteral("report")).trimmed();
        if (in.isSet(QStringLiteral("report")) && reportPath.isEmpty())
            app.usageError(tr("--report needs a file name."), in.command());
        if (!file.exists())
            app.failWith(ExitNotFound, tr("The file %1 does not exist.").arg(path),
                         QStringLiteral("not_found"));
        if (file.isDir())
            app.failWith(ExitInvalid, tr("%1 is a directory; name a CSV, JSON or JSON Lines file.").arg(path),
                         QStringLiteral("validation"));
        QFile device(path);
        if (!device.open(QIODevice::ReadOnly))
            app.failWith(ExitFailure, tr("Cannot read %1: %2").arg(path, device.errorString()),
                         QStringLiteral("failure"));
        options.format = formatOption(app, in, path, &device);
        device.close();

        const QString tenantId = app.tenantId();
        auto control = std::make_shared<ImportControl>();
        const ImportReport report =
            awaitTransfer(app, app.backend().users().importUsers(tenantId, path, options, control), *control,
                          tr("Importing"));

        app.out().either(toJson(report, options, path), [&] {
            ImportReport shown = withoutFatalProblem(report);
            if (!reportPath.isEmpty() || shown.problems.size() > shownProblems)
                shown.problems = shown.problems.mid(0, shownProblems);
            app.out().printLine(shown.toText());
            if (shown.problems.size() < shown.problemCount && reportPath.isEmpty())
                app.out().printLine(tr("Write every problem to a file with --report FILE."));
            if (options.dryRun)
                app.out().printLine(tr("Dry run: nothing was written."));
        });
        if (!reportPath.isEmpty()) {
            QSaveFile out(reportPath);
            if (!privatefiles::openForWriting(out) ||
                out.write(withoutFatalProblem(report).toText().toUtf8() + '\n') < 0 || !out.commit())
                app.failWith(ExitFailure,
                             tr("Cannot write the report to %1: %2").arg(reportPath, out.errorString()),
                             QStringLiteral("failure"));
        }
        const QString kept = report.rowsImported > 0 ? tr("%n row(s) imported before that were kept.",
                                                          nullptr, int(report.rowsImported))
                                                     : tr("Nothing was written.");
        if (report.cancelled)
            app.failWith(ExitFailure, tr("The import was cancelled.") + QLatin1Char(' ') + kept,
                         QStringLiteral("cancelled"));
        // A file that cannot be read as users (broken encoding or syntax, a field over the limit)
        // is invalid input, like invalid rows; anything else that stopped the import is a failure.
        if (report.fatal.isError() && report.fatal.code() == ErrorCode::Validation)
            app.failWith(ExitInvalid,
                         tr("The import stopped: %1").arg(sentence(report.fatal.message())) +
                             QLatin1Char(' ') + kept,
                         QStringLiteral("invalid_file"));
        if (report.fatal.isError())
            app.failWith(ExitFailure,
                         tr("The import stopped: %1").arg(sentence(report.fatal.message())) +
                             QLatin1Char(' ') + kept,
                         QStringLiteral("import_failed"));
        if (report.rowsInvalid == 0)
            return;
        const int invalid = int(std::min<qint64>(report.rowsInvalid, INT_MAX));
        QString message;
        if (options.dryRun)
            message = tr("%n row(s) are invalid (dry run: nothing was written).", nullptr, invalid);
        else if (options.mode == ImportOptions::Mode::AllOrNothing)
            message = tr("%n row(s) are invalid, so nothing was imported. Fix them, or import the valid rows "
                         "with --mode skip-invalid.",
                         nullptr, invalid);
        else
            message =
                tr("%n invalid row(s) were skipped; %1 imported.", nullptr, invalid).arg(report.rowsImported);
        app.failWith(ExitInvalid, message, QStringLiteral("validation"));
    }

    static void runExport(CliApp &app, Invocation &in)
    {
        UserCommandSupport::checkFilters(app, in);
        const QString path = QFileInfo(in.arg(0)).absoluteFilePath();
        if (QFileInfo(path).isDir())
            app.failWith(ExitInvalid, tr("%1 is a directory; name the file to write.").arg(path),
                         QStringLiteral("validation"));
        ExportOptions options;
        options.format = formatOption(app, in, path, nullptr);
        options.withPasswordDigests = in.isSet(QStringLiteral("with-password-digests"));
        options.spreadsheetSafe = in.isSet(QStringLiteral("spreadsheet-safe"));
        if (options.spreadsheetSafe && options.format != ImportFormat::Csv)
            app.usageError(tr("--spreadsheet-safe applies to CSV files only."), in.command());
        const QString tenantId = app.tenantId();
        const UserQuery query = UserCommandSupport::query(app, in, tenantId);
        auto control = std::make_shared<ImportControl>();
        const ExportReport report =
            awaitTransfer(app, app.backend().users().exportUsers(tenantId, query, path, options, control),
                          *control, tr("Exporting"));
        if (report.cancelled)
            app.failWith(ExitFailure, tr("The export was cancelled; no file was written."),
                         QStringLiteral("cancelled"));
        if (options.withPasswordDigests) {
            const bool privateFile =
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            app.out().writeErr(
                (privateFile
                     ? tr("warning: %1 holds password hashes (readable only by you now). Protect it like "
                          "a password file and delete it when done.")
                     : tr("warning: %1 holds password hashes, and its permissions could not be "
                          "restricted. Protect it like a password file and delete it when done."))
                    .arg(path) +
                QLatin1Char('\n'));
        }
        app.out().done(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("format"), importFormatName(options.format)},
                        {QStringLiteral("rows"), static_cast<double>(report.rows)},
                        {QStringLiteral("bytes"), static_cast<double>(report.bytes)},
                        {QStringLiteral("withPasswordDigests"), options.withPasswordDigests},
                        {QStringLiteral("spreadsheetSafe"), report.spreadsheetSafe}},
            tr("Exported %n user(s) to %1 (%2).", nullptr, int(std::min<qint64>(report.rows, INT_MAX)))
                    .arg(path, importFormatName(options.format)) +
                (options.format != ImportFormat::Csv ? QString()
                 : report.spreadsheetSafe
                     ? QLatin1Char(' ') +
                           tr("Spreadsheet-safe: cells starting with = + - @ were written with a leading '.")
                     : QLatin1Char(' ') + tr("Exact values: cells are not neutralised for spreadsheets "
                                             "(--spreadsheet-safe does that).")));
    }
};

Verb UserTransferCommands::importVerb()
{
    return {
        QStringLiteral("import"),
        QStringLiteral("FILE [--format csv|json|jsonl] [--mode all-or-nothing|skip-invalid] [--dry-run] "
                       "[--report FILE]"),
        tr("Import users from a CSV, JSON or JSON Lines file."),
        tr("Every row is checked (fields, password digests, uniqueness in the file and in the tenant) and "
           "each problem is reported with its line. CSV columns use Logto's names: id, username, "
           "primaryEmail, primaryPhone, name, avatar, password, passwordDigest, passwordAlgorithm, "
           "isSuspended, createdAt, lastSignInAt, profile, customData, profile.<claim>, customData.<key>. "
           "Plain-text passwords are hashed with Argon2id, which is slow on purpose. Progress is shown on a "
           "terminal; Ctrl+C cancels cleanly.\n"
           "Exit code 0 when every row was imported (or, with --dry-run, is valid), 4 when rows are invalid "
           "or the file cannot be read as users (broken encoding or syntax, a field over the limit), 3 when "
           "FILE does not exist, 1 when the import was cancelled or failed for another reason."),
        {{QStringLiteral("format"), tr("File format (default: from the file name, else from its content)."),
          QStringLiteral("FORMAT")},
         {QStringLiteral("mode"),
          tr("all-or-nothing (default): import nothing unless every row is valid; skip-invalid: import the "
             "valid rows."),
          QStringLiteral("MODE")},
         {QStringLiteral("dry-run"), tr("Check everything, write nothing.")},
         {QStringLiteral("report"), tr("Also write the full report (every problem) to FILE."),
          QStringLiteral("FILE")}},
        1,
        1,
        true,
        &runImport};
}

Verb UserTransferCommands::exportVerb()
{
    return {
        QStringLiteral("export"),
        QStringLiteral("FILE [--format csv|json|jsonl] [--search TEXT] [filters] [--with-password-digests] "
                       "[--spreadsheet-safe]"),
        tr("Export users to a file that \"user import\" reads back."),
        tr("The file appears only when complete; Ctrl+C cancels. The export is journaled, including whether "
           "password digests were included."),
        QList<QCommandLineOption>{
            {QStringLiteral("format"), tr("File format (default: from the file name, else csv)."),
             QStringLiteral("FORMAT")},
            {QStringLiteral("with-password-digests"),
             tr("Include password hashes (passwordDigest, passwordAlgorithm) to move users elsewhere.")},
            {QStringLiteral("spreadsheet-safe"),
             tr("CSV for people: a cell starting with = + - @, a tab or a carriage return gets a leading ' "
                "so "
                "a spreadsheet shows it as text instead of running it. Without it the values are exact, "
                "for machines and \"user import\".")}} +
            UserCommandSupport::filterOptions(),
        1,
        1,
        true,
        &runExport};
}

} // namespace

Verb userImportVerb()
{
    return UserTransferCommands::importVerb();
}

Verb userExportVerb()
{
    return UserTransferCommands::exportVerb();
}

} // namespace gatehouse::cli
