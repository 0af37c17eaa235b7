#pragma once

#include "backend/Error.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <functional>

namespace gatehouse::cli {

/// Process exit codes of gatehouse-cli (stable; scripts rely on them).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,   ///< anything not listed below (database unreachable, internal error, ...)
    ExitUsage = 2,     ///< unknown command, missing or malformed arguments, missing --tenant
    ExitNotFound = 3,  ///< the named object (or workspace file) does not exist
    ExitInvalid = 4,   ///< validation failed, the name/indicator is taken, or a stale edit
    ExitForbidden = 5, ///< the operator's role (or the delegation policy) does not allow it
};

/// Exit code for a core error (see ExitCode).
int exitCodeFor(ErrorCode code);

/// Thrown by command code after the reason has been printed; run() turns it into the exit code.
/// It never leaves CliApp::run().
struct CliExit
{
    int code = ExitFailure;
};

class CliApp;
class Invocation;

/// One command ("app create", "app secret list", ...). Commands are plain sequential code: they
/// call the backend and block on each future (see CliApp), printing through CliApp::out().
struct Verb
{
    QString name;                      ///< one or two words: "create", "secret create"
    QString arguments;                 ///< positional synopsis for help: "ID NAME"
    QString summary;                   ///< one line for the noun's help
    QString details;                   ///< extra paragraph for the verb's help (may be empty)
    QList<QCommandLineOption> options; ///< verb options (global options are added automatically)
    int minArgs = 0;                   ///< positional arguments
    int maxArgs = 0;                   ///< -1 = no upper bound
    bool mutates = false;              ///< false: must not create a workspace that does not exist
    std::function<void(CliApp &, Invocation &)> run;

    /// A verb whose name and synopsis are Latin-1 literals, for the tables in the *Commands.cpp files.
    static Verb make(const char *name, const char *arguments, const QString &summary, const QString &details,
                     const QList<QCommandLineOption> &options, int minArgs, int maxArgs, bool mutates,
                     void (*run)(CliApp &, Invocation &))
    {
        return Verb{QLatin1String(name),
                    QLatin1String(arguments),
                    summary,
                    details,
                    options,
                    minArgs,
                    maxArgs,
                    mutates,
                    run};
    }
};

struct Noun
{
    QString name;
    QString summary;
    QList<Verb> verbs;
};

Noun tenantNoun();
Noun appNoun();
Noun resourceNoun();
Noun roleNoun();
Noun userNoun();
Noun journalNoun();
Noun connectionNoun();
Noun demoNoun();
Noun orgNoun();
Noun orgRoleNoun();
Noun orgScopeNoun();
Noun ssoNoun();        ///< SsoCommands.cpp
Noun mfaNoun();        ///< MfaCommands.cpp
Noun explainNoun();    ///< ExplainCommands.cpp: "explain EMAIL" (a noun with one unnamed verb)
Noun operatorNoun();   ///< AccessCommands.cpp
Noun whoamiNoun();     ///< AccessCommands.cpp
Noun delegationNoun(); ///< AccessCommands.cpp
Noun logsNoun();       ///< LogCommands.cpp
Noun dashboardNoun();  ///< DashboardCommands.cpp: "dashboard" (one unnamed verb)

} // namespace gatehouse::cli
