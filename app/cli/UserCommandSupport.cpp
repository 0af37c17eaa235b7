#include "UserCommandSupport.h"

#include <QFile>
#include <QStringDecoder>
#include <termios.h>
#include <unistd.h>

namespace gatehouse::cli {

namespace {
constexpr qint64 maxPasswordInput = 64 * 1024;

struct SortChoice
{
    const char *name;
    UserQuery::Sort sort;
};

constexpr SortChoice sortChoices[] = {
    {"created", UserQuery::Sort::CreatedDesc},
    {"username", UserQuery::Sort::Username},
    {"email", UserQuery::Sort::Email},
    {"last-sign-in", UserQuery::Sort::LastSignInDesc},
};

/// One line from the terminal with echo switched off.
QByteArray readHiddenLine(CliApp &app, const QString &prompt)
{
    app.out().writeErr(prompt);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (line.size() <= maxPasswordInput && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    app.out().writeErr(QStringLiteral("\n"));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// `what` names the value in messages ("password", "client secret").
QString decodeSecret(CliApp &app, const QByteArray &bytes, const QString &what)
{
    if (bytes.size() > maxPasswordInput)
        app.failWith(ExitInvalid,
                     UserCommandSupport::tr("stdin holds more than 64 KiB; pass only the %1.").arg(what),
                     QStringLiteral("validation"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        app.failWith(ExitInvalid, UserCommandSupport::tr("The %1 on stdin is not valid UTF-8.").arg(what),
                     QStringLiteral("validation"));
    return text;
}

QString decodePassword(CliApp &app, const QByteArray &bytes)
{
    return decodeSecret(app, bytes, UserCommandSupport::tr("password"));
}

/// All of stdin (at most 64 KiB) without one trailing newline.
QByteArray readStdin(CliApp &app)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        app.failWith(ExitFailure, UserCommandSupport::tr("Cannot read stdin: %1").arg(input.errorString()),
                     QStringLiteral("failure"));
    QByteArray bytes = input.read(maxPasswordInput + 1);
    if (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    return bytes;
}
} // namespace

QList<QCommandLineOption> UserCommandSupport::filterOptions()
{
    return {
        {QStringLiteral("search"),
         tr("Only users whose id, username, email, phone or name contains TEXT (any case)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("suspended"), tr("Only suspended users.")},
        {QStringLiteral("active"), tr("Only users who are not suspended.")},
        {QStringLiteral("has-password"), tr("Only users with a password.")},
        {QStringLiteral("no-password"), tr("Only users without a password.")},
        {QStringLiteral("has-mfa"), tr("Only users with at least one MFA factor.")},
        {QStringLiteral("no-mfa"), tr("Only users without MFA.")},
        {QStringLiteral("role"), tr("Only users with this role (id or name)."), QStringLiteral("ROLE")},
        {QStringLiteral("sort"),
         tr("Order: created (newest first, default), username, email, last-sign-in (most recent first)."),
         QStringLiteral("KEY")},
    };
}

void UserCommandSupport::checkFilters(CliApp &app, Invocation &in)
{
    for (const auto &[on, off] : {std::pair{QStringLiteral("suspended"), QStringLiteral("active")},
                                  std::pair{QStringLiteral("has-password"), QStringLiteral("no-password")},
                                  std::pair{QStringLiteral("has-mfa"), QStringLiteral("no-mfa")}}) {
        if (in.isSet(on) && in.isSet(off))
            app.usageError(tr("--%1 and --%2 contradict each other.").arg(on, off), in.command());
    }
    if (in.isSet(QStringLiteral("role")) && in.value(QStringLiteral("role")).trimmed().isEmpty())
        app.usageError(tr("--role must not be empty."), in.command());
    if (!in.isSet(QStringLiteral("sort")))
        return;
    const QString typed = in.value(QStringLiteral("sort")).trimmed().toLower();
    QStringList names;
    for (const SortChoice &choice : sortChoices) {
        if (typed == QLatin1String(choice.name))
            return;
        names.append(QLatin1String(choice.name));
    }
    app.usageError(tr("unknown sort \"%1\"; use one of: %2.")
                       .arg(in.value(QStringLiteral("sort")), names.join(QStringLiteral(", "))),
                   in.command());
}

UserQuery UserCommandSupport::query(CliApp &app, Invocation &in, const QString &tenantId)
{
    checkFilters(app, in);
    UserQuery query;
    query.search = in.value(QStringLiteral("search")).trimmed();
    auto pair = [&in](const QString &on, const QString &off) -> std::optional<bool> {
        if (in.isSet(on))
            return true;
        if (in.isSet(off))
            return false;
        return std::nullopt;
    };
    query.suspended = pair(QStringLiteral("suspended"), QStringLiteral("active"));
    query.hasPassword = pair(QStringLiteral("has-password"), QStringLiteral("no-password"));
    query.hasMfa = pair(QStringLiteral("has-mfa"), QStringLiteral("no-mfa"));
    const QString sort = in.value(QStringLiteral("sort")).trimmed().toLower();
    for (const SortChoice &choice : sortChoices) {
        if (sort == QLatin1String(choice.name))
            query.sort = choice.sort;
    }
    if (in.isSet(QStringLiteral("role")))
        query.roleId = roleId(app, tenantId, in.value(QStringLiteral("role")).trimmed());
    return query;
}

QString UserCommandSupport::sortName(UserQuery::Sort sort)
{
    for (const SortChoice &choice : sortChoices) {
        if (choice.sort == sort)
            return QLatin1String(choice.name);
    }
    return {};
}

QString UserCommandSupport::roleId(CliApp &app, const QString &tenantId, const QString &idOrName)
{
    const QList<Role> roles = app.await(app.backend().roles().list(tenantId));
    QStringList byName;
    QStringList names;
    for (const Role &role : roles) {
        if (role.id == idOrName)
            return role.id;
        if (role.name == idOrName)
            byName.append(role.id);
        names.append(role.name);
    }
    if (byName.size() == 1)
        return byName.first();
    app.failWith(ExitNotFound,
                 tr("Role \"%1\" does not exist in this tenant (roles: %2).")
                     .arg(idOrName, CliOutput::formatList(names)),
                 QStringLiteral("not_found"));
}

QString UserCommandSupport::readPassword(CliApp &app, bool confirm, bool allowEmpty)
{
    QString password;
    if (isatty(STDIN_FILENO)) {
        password = decodePassword(app, readHiddenLine(app, tr("Password: ")));
        if (confirm && !password.isEmpty() &&
            decodePassword(app, readHiddenLine(app, tr("Repeat the password: "))) != password)
            app.failWith(ExitInvalid, tr("The passwords do not match."), QStringLiteral("validation"));
    } else {
        password = decodePassword(app, readStdin(app));
    }
    if (password.isEmpty() && !allowEmpty)
        app.failWith(ExitInvalid,
                     tr("No password on stdin. Pipe it in, for example: printf '%s' \"$PASSWORD\" | "
                        "gatehouse-cli ..."),
                     QStringLiteral("validation"));
    return password;
}

QString UserCommandSupport::readSecret(CliApp &app, const QString &prompt, const QString &what,
                                       const QString &emptyMessage)
{
    const QString secret = isatty(STDIN_FILENO) ? decodeSecret(app, readHiddenLine(app, prompt), what)
                                                : decodeSecret(app, readStdin(app), what);
    if (secret.isEmpty())
        app.failWith(ExitInvalid, emptyMessage, QStringLiteral("validation"));
    return secret;
}

QString UserCommandSupport::label(const User &user)
{
    for (const QString &name : {user.username, user.primaryEmail, user.primaryPhone}) {
        if (!name.isEmpty())
            return user.id + QStringLiteral(" (") + name + QLatin1Char(')');
    }
    return user.id;
}

} // namespace gatehouse::cli
