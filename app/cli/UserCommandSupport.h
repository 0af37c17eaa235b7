#pragma once

#include "CliApp.h"

#include <QCoreApplication>

namespace gatehouse::cli {

/// Pieces shared by the "user" commands (UserCommands.cpp, UserTransferCommands.cpp). Everything
/// here runs on the command thread and stops the command (CliExit) after printing the problem.
class UserCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::UserCommandSupport)
public:
    /// --search, --suspended/--active, --has-password/--no-password, --has-mfa/--no-mfa, --role,
    /// --sort: the filters of "user list" and "user export".
    static QList<QCommandLineOption> filterOptions();
    /// The query the filter options describe. Malformed options are usage errors, reported before
    /// the workspace is opened; --role (an id or a unique role name) is then looked up in `tenantId`.
    static UserQuery query(CliApp &app, Invocation &in, const QString &tenantId);
    /// Stops with exit 2 when a filter option is malformed (call before opening the workspace).
    static void checkFilters(CliApp &app, Invocation &in);

    /// "created", "username", "email", "last-sign-in".
    static QString sortName(UserQuery::Sort sort);

    /// The id of a role given by id or by its (unique) name; exit 3 when there is none.
    static QString roleId(CliApp &app, const QString &tenantId, const QString &idOrName);

    /// A password from stdin. On a terminal it prompts on stderr without echo (and, with
    /// `confirm`, asks twice); otherwise it reads all of stdin and strips one trailing newline
    /// ("\n" or "\r\n"). Stdin that is not UTF-8 or is larger than 64 KiB stops with exit 4; an
    /// empty password with `allowEmpty` false too.
    static QString readPassword(CliApp &app, bool confirm, bool allowEmpty);

    /// A secret from stdin, read like readPassword() (one line without echo after `prompt` on a
    /// terminal, else all of stdin without one trailing newline). `what` names it in messages;
    /// empty input stops with exit 4 and `emptyMessage`.
    static QString readSecret(CliApp &app, const QString &prompt, const QString &what,
                              const QString &emptyMessage);

    /// "jane_doe", else the email, else the phone, else the id: how messages name a user.
    static QString label(const User &user);
};

/// "user import" and "user export" (UserTransferCommands.cpp).
Verb userImportVerb();
Verb userExportVerb();

} // namespace gatehouse::cli
