#include "CliApp.h"
#include "model/LogtoJson.h"
#include "util/Clock.h"

#include <limits>

namespace gatehouse::cli {

namespace {

constexpr qint64 intMin = std::numeric_limits<int>::min();
constexpr qint64 intMax = std::numeric_limits<int>::max();

QString typeNames()
{
    QStringList names;
    for (ApplicationType type : allApplicationTypes())
        names.append(applicationTypeName(type));
    return names.join(QStringLiteral(", "));
}

class AppCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::AppCommands)
public:
    static Noun noun();

private:
    static QString copySecretNote() { return tr("Copy the secret now: it will not be shown again."); }

    static void print(CliApp &app, const Application &a)
    {
        CliOutput::Fields fields{
            {tr("ID"), a.id},
            {tr("Name"), a.name},
            {tr("Type"), applicationTypeName(a.type)},
            {tr("Description"), a.description},
        };
        if (applicationTypeUsesRedirects(a.type)) {
            fields.append({tr("Redirect URIs"), CliOutput::formatList(a.redirectUris)});
            fields.append({tr("Post-logout redirect URIs"), CliOutput::formatList(a.postLogoutRedirectUris)});
        }
        fields.append({tr("CORS allowed origins"), CliOutput::formatList(a.corsAllowedOrigins)});
        fields.append({tr("ID token TTL"), tr("%1 seconds").arg(a.idTokenTtl)});
        fields.append({tr("Refresh token TTL"), tr("%1 days").arg(a.refreshTokenTtlInDays)});
        fields.append({tr("Rotate refresh token"), CliOutput::yesNo(a.rotateRefreshToken)});
        fields.append({tr("Always issue refresh token"), CliOutput::yesNo(a.alwaysIssueRefreshToken)});
        fields.append({tr("Third-party"), CliOutput::yesNo(a.isThirdParty)});
        fields.append({tr("Created"), CliOutput::formatTime(a.createdAt)});
        if (!a.secret.isEmpty())
            fields.append({tr("Secret"), a.secret});
        app.out().object(json::toJson(a), fields, a.secret.isEmpty() ? QString() : copySecretNote());
    }

    /// Replaces a list when the option was given; a single empty value clears it.
    static void applyList(Invocation &in, const QString &option, QStringList *list)
    {
        if (!in.isSet(option))
            return;
        const QStringList values = in.values(option);
        *list = values == QStringList{QString()} ? QStringList() : values;
    }

    /// Options shared by create and update.
    static void applyOptions(Invocation &in, Application *a)
    {
        if (in.isSet(QStringLiteral("name")))
            a->name = in.value(QStringLiteral("name"));
        if (in.isSet(QStringLiteral("description")))
            a->description = in.value(QStringLiteral("description"));
        applyList(in, QStringLiteral("redirect-uri"), &a->redirectUris);
        applyList(in, QStringLiteral("post-logout-redirect-uri"), &a->postLogoutRedirectUris);
        applyList(in, QStringLiteral("cors-origin"), &a->corsAllowedOrigins);
        // Ranges are business rules: the backend checks them and names the field.
        a->idTokenTtl = int(in.integer(QStringLiteral("id-token-ttl"), a->idTokenTtl, intMin, intMax));
        a->refreshTokenTtlInDays = int(
            in.integer(QStringLiteral("refresh-token-ttl-days"), a->refreshTokenTtlInDays, intMin, intMax));
        a->rotateRefreshToken = in.toggle(QStringLiteral("rotate-refresh-token"), a->rotateRefreshToken);
        a->alwaysIssueRefreshToken =
            in.toggle(QStringLiteral("always-issue-refresh-token"), a->alwaysIssueRefreshToken);
        a->isThirdParty = in.toggle(QStringLiteral("third-party"), a->isThirdParty);
    }

    static void list(CliApp &app, Invocation &)
    {
        const QList<Application> apps = app.await(app.backend().applications().list(app.tenantId()));
        app.out().list(apps, json::toJson, tr("No applications in this tenant."),
                       {tr("ID"), tr("TYPE"), tr("NAME")}, [](const Application &a) {
                           return QStringList{a.id, applicationTypeName(a.type), a.name};
                       });
    }

    static void show(CliApp &app, Invocation &in)
    {
        print(app, app.await(app.backend().applications().get(app.tenantId(), in.arg(0))));
    }

    static void create(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("type")) || !in.isSet(QStringLiteral("name")))
            app.usageError(tr("app create needs --type and --name."), in.command());
        Application draft;
        const QString typeText = in.value(QStringLiteral("type")).trimmed();
        bool known = false;
        for (ApplicationType type : allApplicationTypes()) {
            if (applicationTypeName(type).compare(typeText, Qt::CaseInsensitive) == 0) {
                draft.type = type;
                known = true;
            }
        }
        if (!known)
            app.usageError(tr("unknown application type \"%1\"; use one of: %2.").arg(typeText, typeNames()),
                           in.command());
        applyOptions(in, &draft);
        print(app, app.await(app.backend().applications().create(app.tenantId(), draft)));
    }

    static void update(CliApp &app, Invocation &in)
    {
        Application scratch; // malformed options are usage errors, reported before any lookup
        applyOptions(in, &scratch);
        const QString tenantId = app.tenantId();
        Application a = app.await(app.backend().applications().get(tenantId, in.arg(0)));
        applyOptions(in, &a);
        print(app, app.await(app.backend().applications().update(tenantId, a)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Application a = app.await(app.backend().applications().get(tenantId, in.arg(0)));
        app.await(app.backend().applications().remove(tenantId, a.id));
        app.out().deleted(json::toJson(a), tr("Deleted application %1 \"%2\".").arg(a.id, a.name));
    }

    static void secretCreate(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")))
            app.usageError(tr("app secret create needs --name."), in.command());
        std::optional<qint64> expiresAt;
        const qint64 days = in.integer(QStringLiteral("expires-in-days"), 0, 1, 36500);
        if (days > 0)
            expiresAt = clock::nowMs() + days * 86400000LL;
        const ApplicationSecret secret = app.await(app.backend().applications().createSecret(
            app.tenantId(), in.arg(0), in.value(QStringLiteral("name")), expiresAt));
        app.out().object(
            json::toJson(secret),
            {{tr("Application"), secret.applicationId},
             {tr("Name"), secret.name},
             {tr("Expires"), secret.expiresAt ? CliOutput::formatTime(*secret.expiresAt) : tr("never")},
             {tr("Secret"), secret.value}},
            copySecretNote());
    }

    static void secretList(CliApp &app, Invocation &in)
    {
        const QList<ApplicationSecret> secrets =
            app.await(app.backend().applications().secrets(app.tenantId(), in.arg(0)));
        const qint64 now = clock::nowMs();
        app.out().list(
            secrets, json::toJson, tr("This application has no secrets."),
            {tr("NAME"), tr("SECRET"), tr("CREATED"), tr("EXPIRES")}, [now](const ApplicationSecret &s) {
                QString expires = tr("never");
                if (s.expiresAt)
                    expires = CliOutput::formatTime(*s.expiresAt) +
                              (*s.expiresAt <= now ? tr(" (expired)") : QString());
                return QStringList{s.name, s.maskedValue, CliOutput::formatTime(s.createdAt), expires};
            });
    }

    static void secretDelete(CliApp &app, Invocation &in)
    {
        app.await(app.backend().applications().deleteSecret(app.tenantId(), in.arg(0), in.arg(1)));
        app.out().deleted(
            QJsonObject{{QStringLiteral("applicationId"), in.arg(0)}, {QStringLiteral("name"), in.arg(1)}},
            tr("Deleted secret \"%1\" of application %2.").arg(in.arg(1), in.arg(0)));
    }
};

Noun AppCommands::noun()
{
    auto option = [](const char *name, const QString &description, const char *valueName = nullptr) {
        return valueName ? QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName))
                         : QCommandLineOption(QLatin1String(name), description);
    };
    const QList<QCommandLineOption> editOptions{
        option("name", tr("Display name."), "NAME"),
        option("description", tr("Description."), "TEXT"),
        option("redirect-uri", tr("Redirect URI; repeat for several. Replaces the list; \"\" clears it."),
               "URI"),
        option("post-logout-redirect-uri", tr("Post sign-out redirect URI; repeatable, like --redirect-uri."),
               "URI"),
        option("cors-origin", tr("Allowed CORS origin (https://app.example.com); repeatable."), "ORIGIN"),
        option("id-token-ttl", tr("ID token lifetime in seconds (60-86400, default 3600)."), "SECONDS"),
        option("refresh-token-ttl-days", tr("Refresh token lifetime in days (1-180, default 14)."), "DAYS"),
        option("rotate-refresh-token", tr("Issue a new refresh token on every use (default).")),
        option("no-rotate-refresh-token", tr("Keep refresh tokens until they expire.")),
        option("always-issue-refresh-token", tr("Issue refresh tokens even without offline_access.")),
        option("no-always-issue-refresh-token",
               tr("Issue refresh tokens only with offline_access (default).")),
        option("third-party", tr("Mark as a third-party app (asks users for consent).")),
        option("no-third-party", tr("Mark as a first-party app (default).")),
    };
    QList<QCommandLineOption> createOptions{option("type", tr("One of: %1.").arg(typeNames()), "TYPE")};
    createOptions += editOptions;

    Noun noun{QStringLiteral("app"), tr("Applications (every Logto type) and their client secrets."), {}};
    noun.verbs = {
        {QStringLiteral("list"), {}, tr("List the tenant's applications."), {}, {}, 0, 0, false, &list},
        {QStringLiteral("show"),
         QStringLiteral("ID"),
         tr("Show one application."),
         {},
         {},
         1,
         1,
         false,
         &show},
        {QStringLiteral("create"), QStringLiteral("--type TYPE --name NAME [options]"),
         tr("Create an application."),
         tr("Confidential types (MachineToMachine, Traditional, Protected) get a \"Default secret\" whose "
            "value is printed once (JSON: \"secret\").\nExample: gatehouse-cli app create --type SPA --name "
            "Web "
            "--redirect-uri https://app.example.com/callback"),
         createOptions, 0, 0, true, &create},
        {QStringLiteral("update"), QStringLiteral("ID [options]"), tr("Change an application."),
         tr("Only the options given change; list options replace the whole list. The type cannot change."),
         editOptions, 1, 1, true, &update},
        {QStringLiteral("delete"),
         QStringLiteral("ID"),
         tr("Delete an application with its secrets."),
         {},
         {},
         1,
         1,
         true,
         &remove},
        {QStringLiteral("secret create"),
         QStringLiteral("APP_ID --name NAME [--expires-in-days DAYS]"),
         tr("Create a client secret; its value is printed once."),
         {},
         {option("name", tr("Secret name, unique per application."), "NAME"),
          option("expires-in-days", tr("Expire after this many days (default: never)."), "DAYS")},
         1,
         1,
         true,
         &secretCreate},
        {QStringLiteral("secret list"),
         QStringLiteral("APP_ID"),
         tr("List an application's secrets (masked: only the last 4 characters are kept)."),
         {},
         {},
         1,
         1,
         false,
         &secretList},
        {QStringLiteral("secret delete"),
         QStringLiteral("APP_ID NAME"),
         tr("Delete a client secret."),
         {},
         {},
         2,
         2,
         true,
         &secretDelete},
    };
    return noun;
}

} // namespace

Noun appNoun()
{
    return AppCommands::noun();
}

} // namespace gatehouse::cli
