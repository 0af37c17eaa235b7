#include "HelpText.h"

#include "backend/WorkspaceSpec.h"

namespace gatehouse::cli {

namespace {
QString optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

} // namespace

QString HelpText::padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString HelpText::main(const QList<Noun> &nouns)
{
    QString text = tr("Usage: %1 [--workspace PATH|postgres://...|logto+https://...] [--tenant ID] [--json] "
                      "[--operator NAME] <command> ...\n\n"
                      "Manage a Gatehouse workspace or a Logto server: tenants, applications, API resources, "
                      "roles, users, organizations and the change journal.\n\nCommands:\n")
                       .arg(programName);
    qsizetype width = 0;
    for (const Noun &noun : nouns)
        width = std::max(width, noun.name.size() + 2);
    for (const Noun &noun : nouns)
        text += QStringLiteral("  ") + padded(noun.name, width) + noun.summary + QLatin1Char('\n');
    text += tr("\nGlobal options (also accepted after the command):\n"
               "  --workspace PATH|URL  SQLite workspace file, or postgres://user@host:5432/database\n"
               "                        (default: %1).\n"
               "                        Without a password in the URL, GATEHOUSE_PG_PASSWORD or\n"
               "                        PGPASSWORD is used.\n"
               "                        Or a Logto server's Management API (one tenant):\n"
               "                        logto+https://HOST[?tenant=ID&tag=development&ca=FILE]; its\n"
               "                        client id and secret come from GATEHOUSE_CLIENT_ID and\n"
               "                        GATEHOUSE_CLIENT_SECRET or from the keychain (see\n"
               "                        \"%2 connection save --help\").\n"
               "  --tenant ID           Tenant to work in (id or unique name; or GATEHOUSE_TENANT).\n"
               "                        Optional when the workspace has exactly one tenant.\n"
               "  --json                Print results as JSON; errors also as JSON on stderr.\n"
               "  --operator NAME       Name recorded in the journal (default: the OS user).\n"
               "  -h, --help            Show help, also per command: %2 app create --help\n"
               "  --version             Show the version.\n\n"
               "Exit codes: 0 success, 1 failure (also: something a Logto connection cannot do),\n"
               "            2 usage error, 3 not found,\n"
               "            4 invalid input, name already taken or conflicting edit.\n")
                .arg(WorkspaceSpec::defaultWorkspace().path, programName);
    return text;
}

QString HelpText::noun(const Noun &noun)
{
    QString text =
        tr("Usage: %1 %2 <command> ...\n\n%3\n\nCommands:\n").arg(programName, noun.name, noun.summary);
    // Long synopses get their summary on the next line so the short ones stay in a narrow column.
    constexpr qsizetype cap = 44;
    QStringList synopses;
    qsizetype width = 0;
    for (const Verb &verb : noun.verbs) {
        synopses.append(verb.arguments.isEmpty() ? verb.name : verb.name + QLatin1Char(' ') + verb.arguments);
        if (synopses.last().size() <= cap)
            width = std::max(width, synopses.last().size());
    }
    for (qsizetype i = 0; i < noun.verbs.size(); ++i) {
        const QString &synopsis = synopses.at(i);
        if (synopsis.size() <= cap)
            text += QStringLiteral("  ") + padded(synopsis, width) + QStringLiteral("  ");
        else
            text +=
                QStringLiteral("  ") + synopsis + QLatin1Char('\n') + QString(width + 4, QLatin1Char(' '));
        text += noun.verbs.at(i).summary + QLatin1Char('\n');
    }
    text += tr("\nRun \"%1 %2 <command> --help\" for a command's options.\n").arg(programName, noun.name);
    return text;
}

QString HelpText::verb(const Noun &noun, const Verb &verb)
{
    QString text =
        tr("Usage: %1 %2%3%4\n\n%5\n")
            .arg(programName, noun.name, verb.name.isEmpty() ? QString() : QLatin1Char(' ') + verb.name,
                 verb.arguments.isEmpty() ? QString() : QLatin1Char(' ') + verb.arguments, verb.summary);
    if (!verb.details.isEmpty())
        text += QLatin1Char('\n') + verb.details + QLatin1Char('\n');
    if (!verb.options.isEmpty()) {
        text += tr("\nOptions:\n");
        qsizetype width = 0;
        for (const QCommandLineOption &option : verb.options)
            width = std::max(width, optionSynopsis(option).size());
        for (const QCommandLineOption &option : verb.options)
            text += QStringLiteral("  ") + padded(optionSynopsis(option), width) + QStringLiteral("  ") +
                    option.description() + QLatin1Char('\n');
    }
    text += tr("\nGlobal options: --workspace, --tenant, --json, --operator (see \"%1 --help\").\n")
                .arg(programName);
    return text;
}

} // namespace gatehouse::cli
