#include "OrgCommandSupport.h"
#include "UserCommandSupport.h"
#include "model/LogtoJson.h"
#include "model/UserJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <climits>
#include <limits>

namespace gatehouse::cli {

namespace {

using Support = UserCommandSupport;

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::UserCommands)
public:
    static Noun noun();

private:
    static QString status(const User &u) { return u.isSuspended ? tr("suspended") : tr("active"); }

    static QString password(const User &u)
    {
        if (!u.hasPassword())
            return tr("none");
        return u.passwordExpired
                   ? tr("%1 (expired: must be changed at the next sign-in)").arg(u.passwordAlgorithm)
                   : u.passwordAlgorithm;
    }

    static QJsonObject toJson(const User &u) { return json::toJson(u); }

    static CliOutput::Fields fields(const User &u)
    {
        return {{tr("ID"), u.id},
                {tr("Username"), u.username},
                {tr("Email"), u.primaryEmail},
                {tr("Phone"), u.primaryPhone},
                {tr("Name"), u.name},
                {tr("Avatar"), u.avatar},
                {tr("Status"), status(u)},
                {tr("Password"), password(u)},
                {tr("MFA factors"), QString::number(u.mfaCount)},
                {tr("Profile"), CliOutput::formatObject(u.profile)},
                {tr("Custom data"), CliOutput::formatObject(u.customData)},
                {tr("Last sign-in"), u.lastSignInAt ? CliOutput::formatTime(*u.lastSignInAt) : tr("never")},
                {tr("Created"), CliOutput::formatTime(u.createdAt)},
                {tr("Updated"), CliOutput::formatTime(u.updatedAt)}};
    }

    static void print(CliApp &app, const User &u) { app.out().object(toJson(u), fields(u)); }

    /// The user with JSON, else `message` with %1 the user's label.
    static void printDone(CliApp &app, const User &u, const QString &message)
    {
        app.out().done(toJson(u), message.arg(Support::label(u)));
    }

    static void printRoles(CliApp &app, const QList<Role> &roles)
    {
        app.out().list(roles, json::toJson, tr("The user has no roles."),
                       {tr("ID"), tr("DEFAULT"), tr("NAME")}, [](const Role &r) {
                           return QStringList{r.id, r.isDefault ? tr("default") : QString(), r.name};
                       });
    }

    static void printMfa(CliApp &app, const QList<MfaVerification> &factors)
    {
        app.out().list(
            factors, json::toJson, tr("The user has no MFA factors."),
            {tr("ID"), tr("TYPE"), tr("NAME"), tr("CREATED"), tr("LAST USED")}, [](const MfaVerification &v) {
                return QStringList{v.id, v.type, v.name, CliOutput::formatTime(v.createdAt),
                                   v.lastUsedAt ? CliOutput::formatTime(*v.lastUsedAt) : tr("never")};
            });
    }

    static const QStringList &fieldOptions()
    {
        static const QStringList names{QStringLiteral("username"), QStringLiteral("email"),
                                       QStringLiteral("phone"),    QStringLiteral("name"),
                                       QStringLiteral("avatar"),   QStringLiteral("custom-data"),
                                       QStringLiteral("profile")};
        return names;
    }

    static void applyOptions(Invocation &in, User *u)
    {
        const std::pair<QString, QString *> texts[] = {{QStringLiteral("username"), &u->username},
                                                       {QStringLiteral("email"), &u->primaryEmail},
                                                       {QStringLiteral("phone"), &u->primaryPhone},
                                                       {QStringLiteral("name"), &u->name},
                                                       {QStringLiteral("avatar"), &u->avatar}};
        for (const auto &[option, target] : texts) {
            if (in.isSet(option))
                *target = in.value(option).trimmed();
        }
        if (in.isSet(QStringLiteral("custom-data")))
            u->customData =
                in.jsonObject(QStringLiteral("custom-data"), QStringLiteral("{\"plan\":\"pro\"}"));
        if (in.isSet(QStringLiteral("profile")))
            u->profile = in.jsonObject(QStringLiteral("profile"), QStringLiteral("{\"plan\":\"pro\"}"));
    }

    static User requireUser(CliApp &app, const QString &tenantId, const QString &id)
    {
        return app.await(app.backend().users().get(tenantId, id));
    }

    static void list(CliApp &app, Invocation &in)
    {
        Support::checkFilters(app, in);
        const int limit = int(in.integer(QStringLiteral("limit"), 50, 1, 10000));
        UserCursor cursor = decodeCursor(app, in);
        const QString tenantId = app.tenantId();
        const UserQuery query = Support::query(app, in, tenantId);
        if (in.isSet(QStringLiteral("count"))) {
            const UserAnchors anchors =
                app.await(app.backend().users().anchors(tenantId, query, std::numeric_limits<int>::max()));
            app.out().done(QJsonObject{{QStringLiteral("total"), static_cast<double>(anchors.total)}},
                           tr("%n user(s)", nullptr, int(std::min<qint64>(anchors.total, INT_MAX))));
            return;
        }
        QList<User> users;
        bool more = false;
        while (users.size() < limit) {
            const int want = std::min(500, limit - int(users.size()));
            const UserPage page = app.await(app.backend().users().page(tenantId, query, cursor, want));
            users += page.users;
            cursor = page.next;
            more = !page.atEnd;
            if (page.atEnd)
                break;
        }
        app.out().list(
            users, toJson, tr("No users match."),
            {tr("ID"), tr("USERNAME"), tr("EMAIL"), tr("PHONE"), tr("NAME"), tr("STATUS"), tr("CREATED")},
            [](const User &u) {
                return QStringList{u.id,
                                   u.username,
                                   u.primaryEmail,
                                   u.primaryPhone,
                                   u.name,
                                   status(u),
                                   CliOutput::formatTime(u.createdAt)};
            });
        if (more)
            app.out().writeErr(
                tr("note: more users follow; continue with --after %1 (same filters and --sort).")
                    .arg(encodeCursor(query.sort, cursor)) +
                QLatin1Char('\n'));
    }

    static QString encodeCursor(UserQuery::Sort sort, const UserCursor &cursor)
    {
        const QJsonArray parts{Support::sortName(sort), cursor.key, cursor.id};
        return QString::fromLatin1(
            QJsonDocument(parts)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    static UserCursor decodeCursor(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("after")))
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(
            in.value(QStringLiteral("after")).trimmed().toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonArray parts = QJsonDocument::fromJson(decoded.decoded).array();
        if (!decoded || parts.size() != 3 || !parts.at(1).isString() || !parts.at(2).isString())
            app.usageError(tr("--after takes the value printed by a previous \"user list\"."), in.command());
        const QString sort = in.isSet(QStringLiteral("sort"))
                                 ? in.value(QStringLiteral("sort")).trimmed().toLower()
                                 : Support::sortName(UserQuery::Sort::CreatedDesc);
        if (parts.at(0).toString() != sort)
            app.usageError(tr("this --after value belongs to a list sorted by %1; add --sort %1.")
                               .arg(parts.at(0).toString()),
                           in.command());
        return {parts.at(1).toString(), parts.at(2).toString()};
    }

    static void show(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const User user = requireUser(app, tenantId, in.arg(0));
        const QList<Role> roles = app.await(app.backend().users().roles(tenantId, user.id));
        const QList<MfaVerification> factors =
            app.await(app.backend().users().mfaVerifications(tenantId, user.id));
        QJsonObject o = toJson(user);
        o.insert(QStringLiteral("roles"), CliOutput::jsonArray(roles, json::toJson));
        o.insert(QStringLiteral("mfaVerifications"), CliOutput::jsonArray(factors, json::toJson));
        QStringList roleNames, factorNames;
        for (const Role &r : roles)
            roleNames.append(r.name);
        for (const MfaVerification &v : factors)
            factorNames.append(v.name.isEmpty() ? v.type
                                                : v.type + QStringLiteral(" \"") + v.name + QLatin1Char('"'));
        app.out().object(o,
                         fields(user) + CliOutput::Fields{{tr("Roles"), CliOutput::formatList(roleNames)},
                                                          {tr("MFA"), CliOutput::formatList(factorNames)}});
    }

    static void create(CliApp &app, Invocation &in)
    {
        User draft;
        applyOptions(in, &draft);
        const QString tenantId = app.tenantId();
        const QString password = in.isSet(QStringLiteral("password-stdin"))
                                     ? Support::readPassword(app, /*confirm=*/true, /*allowEmpty=*/false)
                                     : QString();
        print(app, app.await(app.backend().users().create(tenantId, draft, password)));
    }

    static void update(CliApp &app, Invocation &in)
    {
        in.requireAnyOf(fieldOptions());
        User scratch; // malformed options are usage errors, reported before any lookup
        applyOptions(in, &scratch);
        const QString tenantId = app.tenantId();
        User user = requireUser(app, tenantId, in.arg(0));
        applyOptions(in, &user);
        print(app, app.await(app.backend().users().update(tenantId, user)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const QString reason = app.reason(in);
        if (!in.isSet(QStringLiteral("yes")))
            app.usageError(tr("Deleting a user removes the account with its roles and MFA factors for good. "
                              "Add --yes to confirm."),
                           in.command());
        const QString tenantId = app.tenantId();
        const User user = requireUser(app, tenantId, in.arg(0));
        app.await(app.backend().users().remove(tenantId, user.id, reason));
        app.out().deleted(toJson(user), tr("Deleted user %1.").arg(Support::label(user)));
    }

    static void setSuspended(CliApp &app, Invocation &in, bool suspended)
    {
        const QString reason = app.reason(in);
        const User user =
            app.await(app.backend().users().setSuspended(app.tenantId(), in.arg(0), suspended, reason));
        printDone(app, user,
                  suspended ? tr("Suspended user %1; they cannot sign in until unsuspended.")
                            : tr("Unsuspended user %1; they can sign in again."));
    }

    static void suspend(CliApp &app, Invocation &in) { setSuspended(app, in, true); }
    static void unsuspend(CliApp &app, Invocation &in) { setSuspended(app, in, false); }

    static void setPassword(CliApp &app, Invocation &in)
    {
        const QString reason = app.reason(in);
        const QString tenantId = app.tenantId();
        const QString id = requireUser(app, tenantId, in.arg(0)).id; // not found before the prompt
        const QString password = Support::readPassword(app, /*confirm=*/true, /*allowEmpty=*/false);
        printDone(app, app.await(app.backend().users().setPassword(tenantId, id, password, reason)),
                  tr("Set a new password for user %1."));
    }

    static void expirePassword(CliApp &app, Invocation &in)
    {
        const QString reason = app.reason(in);
        printDone(
            app, app.await(app.backend().users().setPasswordExpired(app.tenantId(), in.arg(0), true, reason)),
            tr("User %1 must choose a new password at the next sign-in."));
    }

    static void verifyPassword(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const QString id = requireUser(app, tenantId, in.arg(0)).id;
        const QString password = Support::readPassword(app, /*confirm=*/false, /*allowEmpty=*/true);
        const bool matches = app.await(app.backend().users().verifyPassword(tenantId, id, password));
        app.out().done(QJsonObject{{QStringLiteral("matches"), matches}},
                       matches ? tr("Password matches.") : tr("Password does not match."));
        if (!matches)
            throw CliExit{ExitFailure};
    }

    static void mfaList(CliApp &app, Invocation &in)
    {
        printMfa(app, app.await(app.backend().users().mfaVerifications(app.tenantId(), in.arg(0))));
    }

    static void mfaRemove(CliApp &app, Invocation &in)
    {
        const QString reason = app.reason(in);
        const QString tenantId = app.tenantId();
        app.await(app.backend().users().removeMfaVerification(tenantId, in.arg(0), in.arg(1), reason));
        if (!app.out().json())
            app.out().printLine(tr("Removed MFA factor %1 from user %2.").arg(in.arg(1), in.arg(0)));
        printMfa(app, app.await(app.backend().users().mfaVerifications(tenantId, in.arg(0))));
    }

    static void roles(CliApp &app, Invocation &in)
    {
        printRoles(app, app.await(app.backend().users().roles(app.tenantId(), in.arg(0))));
    }

    static void assignRoles(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const QString userId = requireUser(app, tenantId, in.arg(0)).id;
        QStringList roleIds;
        for (const QString &role : in.args().mid(1))
            roleIds.append(Support::roleId(app, tenantId, role));
        app.await(app.backend().users().assignRoles(tenantId, userId, roleIds));
        printRoles(app, app.await(app.backend().users().roles(tenantId, userId)));
    }

    static void removeRole(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const QString userId = requireUser(app, tenantId, in.arg(0)).id;
        app.await(
            app.backend().users().removeRole(tenantId, userId, Support::roleId(app, tenantId, in.arg(1))));
        printRoles(app, app.await(app.backend().users().roles(tenantId, userId)));
    }
};

Noun UserCommands::noun()
{
    const QCommandLineOption username(QStringLiteral("username"),
                                      tr("Username: a letter or _, then letters, digits or _; unique."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption email(QStringLiteral("email"), tr("Primary email address; unique."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption phone(QStringLiteral("phone"),
                                   tr("Primary phone number, e.g. +1 415 555 0100; unique."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Display name."), QStringLiteral("NAME"));
    const QCommandLineOption avatar(QStringLiteral("avatar"), tr("Avatar image URL."), QStringLiteral("URL"));
    const QCommandLineOption customData(QStringLiteral("custom-data"),
                                        tr("Custom data as a JSON object (replaces the whole object)."),
                                        QStringLiteral("JSON"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        tr("OIDC profile claims as a JSON object, e.g. '{\"givenName\":\"Ada\"}' "
           "(replaces the whole object)."),
        QStringLiteral("JSON"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read an initial password from stdin (one trailing newline is dropped; prompts on a terminal)."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (required; recorded in the journal)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm the deletion."));
    const QList<QCommandLineOption> fields{username, email, phone, name, avatar, customData, profile};
    const QString stdinNote = tr("The password is read from stdin, never from the command line: one trailing "
                                 "newline is dropped; on a terminal it is prompted for without echo.");

    Noun noun{QStringLiteral("user"),
              tr("End users: profiles, passwords, suspension, MFA, roles, organizations, import and export."),
              {}};
    const auto verb = &Verb::make;
    noun.verbs = {
        verb("list", "[--search TEXT] [--limit N] [filters] [--sort KEY] [--after CURSOR] [--count]",
             tr("List users, newest first unless --sort says otherwise."),
             tr("When more users match than --limit, a note on stderr gives the --after value that continues "
                "the list."),
             Support::filterOptions() +
                 QList<QCommandLineOption>{
                     {QStringLiteral("limit"), tr("At most N users (1-10000, default 50)."),
                      QStringLiteral("N")},
                     {QStringLiteral("after"), tr("Continue after the position a previous list printed."),
                      QStringLiteral("CURSOR")},
                     {QStringLiteral("count"), tr("Print only how many users match.")}},
             0, 0, false, &list),
        verb("show", "ID", tr("Show one user with roles and MFA factors."), {}, {}, 1, 1, false, &show),
        verb("create", "[options]", tr("Create a user; default roles are assigned."), stdinNote,
             fields + QList{passwordStdin}, 0, 0, true, &create),
        verb("update", "ID [options]", tr("Change a user's profile."),
             tr("Only the options given change; an empty value clears a field."), fields, 1, 1, true,
             &update),
        verb("delete", "ID --reason TEXT --yes", tr("Delete a user."), {}, {reason, yes}, 1, 1, true,
             &remove),
        verb("suspend", "ID --reason TEXT", tr("Block a user from signing in."), {}, {reason}, 1, 1, true,
             &suspend),
        verb("unsuspend", "ID --reason TEXT", tr("Let a suspended user sign in again."), {}, {reason}, 1, 1,
             true, &unsuspend),
        verb("set-password", "ID --reason TEXT", tr("Set a new password (read from stdin)."), stdinNote,
             {reason}, 1, 1, true, &setPassword),
        verb("expire-password", "ID --reason TEXT", tr("Require a new password at the next sign-in."), {},
             {reason}, 1, 1, true, &expirePassword),
        verb("verify-password", "ID", tr("Check a password (read from stdin) against the stored one."),
             stdinNote + QLatin1Char(' ') +
                 tr("Exit code 0 when it matches, 1 when it does not, 4 when the user has no password."),
             {}, 1, 1, false, &verifyPassword),
        verb("mfa list", "ID", tr("List a user's MFA factors."), {}, {}, 1, 1, false, &mfaList),
        verb("mfa remove", "ID VERIFICATION_ID --reason TEXT", tr("Remove an MFA factor."), {}, {reason}, 2,
             2, true, &mfaRemove),
        verb("roles", "ID", tr("List a user's roles."), {}, {}, 1, 1, false, &roles),
        verb("assign-role", "ID ROLE...", tr("Give a user roles (ids or names of User roles)."), {}, {}, 2,
             -1, true, &assignRoles),
        verb("remove-role", "ID ROLE", tr("Take a role from a user."), {}, {}, 2, 2, true, &removeRole),
        userOrgsVerb(),
        userImportVerb(),
        userExportVerb(),
    };
    return noun;
}

} // namespace

Noun userNoun()
{
    return UserCommands::noun();
}

} // namespace gatehouse::cli
