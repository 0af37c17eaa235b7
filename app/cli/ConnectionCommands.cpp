// "connection test|save|forget": Logto connections and their credentials in the keychain.

#include "CliApp.h"
#include "UserCommandSupport.h"
#include "security/Credentials.h"
#include "security/Keychain.h"

#include <QJsonObject>

namespace gatehouse::cli {

namespace {

class ConnectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ConnectionCommands)
public:
    static Noun noun();

private:
    /// The --workspace of a connection command; anything but a Logto connection is a usage error.
    static WorkspaceSpec connection(CliApp &app, Invocation &in)
    {
        const WorkspaceSpec spec = app.workspaceSpec();
        if (!spec.isRemote())
            app.usageError(tr("\"%1\" works on a Logto connection: pass --workspace "
                              "logto+https://HOST[?tenant=ID&tag=development].")
                               .arg(in.command()),
                           in.command());
        return spec;
    }

    /// The spec with the client id from --client-id and the secret from stdin.
    static WorkspaceSpec typedCredentials(CliApp &app, Invocation &in, WorkspaceSpec spec)
    {
        spec.clientId = in.value(QStringLiteral("client-id")).trimmed();
        if (spec.clientId.isEmpty())
            app.usageError(tr("--client-id must not be empty."), in.command());
        spec.clientSecret = UserCommandSupport::readSecret(
            app, tr("Client secret: "), tr("client secret"),
            tr("No client secret on stdin. Pipe it in, for example: printf '%s' \"$SECRET\" | gatehouse-cli "
               "connection save --client-id ID --workspace logto+https://HOST"));
        return spec;
    }

    static QList<std::pair<QString, bool>> capabilityList(const Capabilities &caps)
    {
        return {
            {tr("Create, rename and delete tenants"), caps.tenantManagement},
            {tr("User filters (status, password, MFA, dates)"), caps.userFilters},
            {tr("User sort orders besides newest first"), caps.userSorts},
            {tr("User role filter"), caps.userRoleFilter},
            {tr("Require a password change"), caps.passwordExpiry},
            {tr("Export password digests"), caps.exportPasswordDigests},
            {tr("Conflict check inside the server's transaction"), caps.atomicConflictCheck},
            {tr("Journal verification"), caps.journalVerify},
        };
    }

    /// Opens the backend (token + one read) and reads the applications. Prints what was found
    /// as text, or returns it as JSON (printed by the caller) with --json.
    static QJsonObject testAndReport(CliApp &app, const WorkspaceSpec &spec, const QString &source)
    {
        Backend &backend = app.openBackend(spec);
        const QList<Application> apps = app.await(backend.applications().list(spec.logtoTenant));
        const Capabilities caps = backend.capabilities();
        if (app.out().json()) {
            QJsonObject capabilities{
                {QStringLiteral("tenantManagement"), caps.tenantManagement},
                {QStringLiteral("userFilters"), caps.userFilters},
                {QStringLiteral("userSorts"), caps.userSorts},
                {QStringLiteral("userRoleFilter"), caps.userRoleFilter},
                {QStringLiteral("passwordExpiry"), caps.passwordExpiry},
                {QStringLiteral("exportPasswordDigests"), caps.exportPasswordDigests},
                {QStringLiteral("atomicConflictCheck"), caps.atomicConflictCheck},
                {QStringLiteral("journalVerify"), caps.journalVerify},
                {QStringLiteral("userPageSize"), caps.userPageSize},
            };
            return QJsonObject{{QStringLiteral("ok"), true},
                               {QStringLiteral("server"), spec.endpoint},
                               {QStringLiteral("tenant"), spec.logtoTenant},
                               {QStringLiteral("production"), spec.production},
                               {QStringLiteral("clientId"), spec.clientId},
                               {QStringLiteral("credentials"), source},
                               {QStringLiteral("applications"), int(apps.size())},
                               {QStringLiteral("capabilities"), capabilities}};
        }
        app.out().printFields({
            {tr("Server"), spec.endpoint},
            {tr("Tenant"), spec.logtoTenant + QStringLiteral(" (") +
                               (spec.production ? tr("production") : tr("development")) + QLatin1Char(')')},
            {tr("Client id"), spec.clientId},
            {tr("Credentials from"), source},
            {tr("Token"), tr("issued")},
            {tr("Applications"), QString::number(apps.size())},
        });
        app.out().printLine();
        app.out().printLine(tr("What this connection can do:"));
        QList<QStringList> rows;
        for (const auto &[label, available] : capabilityList(caps))
            rows.append({QStringLiteral("  ") + label, CliOutput::yesNo(available)});
        rows.append({QStringLiteral("  ") + tr("Users per request"), QString::number(caps.userPageSize)});
        app.out().printTable({QStringLiteral("  ") + tr("CAPABILITY"), tr("AVAILABLE")}, rows);
        return {};
    }

    static QString sourceOf(const WorkspaceSpec &spec)
    {
        if (!spec.clientId.isEmpty() && !spec.clientSecret.isEmpty())
            return QStringLiteral("stdin");
        return qEnvironmentVariableIsSet("GATEHOUSE_CLIENT_ID") ||
                       qEnvironmentVariableIsSet("GATEHOUSE_CLIENT_SECRET")
                   ? QStringLiteral("environment")
                   : QStringLiteral("keychain");
    }

    static void test(CliApp &app, Invocation &in)
    {
        WorkspaceSpec spec = connection(app, in);
        if (in.isSet(QStringLiteral("client-id")))
            spec = typedCredentials(app, in, spec);
        const QString source = sourceOf(spec);
        const QJsonObject report = testAndReport(app, app.withCredentials(spec), source);
        if (app.out().json())
            app.out().printJson(report);
    }

    static void save(CliApp &app, Invocation &in)
    {
        const WorkspaceSpec bare = connection(app, in);
        if (!in.isSet(QStringLiteral("client-id")))
            app.usageError(tr("\"connection save\" needs --client-id ID (the secret is read from stdin)."),
                           in.command());
        const WorkspaceSpec spec = typedCredentials(app, in, bare);
        QJsonObject report = testAndReport(app, spec, QStringLiteral("stdin"));
        const Result<Done> saved = app.withKeychain<Done>(
            [&spec](security::CredentialResolver &credentials) { return credentials.save(spec); });
        if (!saved.ok())
            app.fail(saved.error());
        if (app.out().json()) {
            report.insert(QStringLiteral("saved"), spec.keychainAccount());
            app.out().printJson(report);
            return;
        }
        app.out().printLine();
        app.out().printLine(
            tr("Saved the credentials for %1 in the system keychain.").arg(spec.keychainAccount()));
    }

    static void forget(CliApp &app, Invocation &in)
    {
        const WorkspaceSpec spec = connection(app, in);
        const Result<Done> removed = app.withKeychain<Done>(
            [&spec](security::CredentialResolver &credentials) { return credentials.remove(spec); });
        if (!removed.ok())
            app.fail(removed.error());
        app.out().done(
            QJsonObject{{QStringLiteral("forgotten"), spec.keychainAccount()}},
            tr("No credentials for %1 are in the system keychain now.").arg(spec.keychainAccount()));
    }
};

Noun ConnectionCommands::noun()
{
    const QCommandLineOption clientId(
        QStringLiteral("client-id"),
        tr("The machine-to-machine application's id; its secret is read from stdin."), QStringLiteral("ID"));
    const QString credentials = tr(
        "The connection is the --workspace address: logto+https://HOST[:PORT][?tenant=ID&tag=development"
        "&ca=FILE] (tenant \"default\" and tag production unless given; ca adds trusted certificates).\n"
        "Credentials come from GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET (both or neither) or else "
        "from the system keychain, where \"connection save\" puts them. The machine-to-machine application "
        "needs the Logto Management API role.");
    Noun noun{QStringLiteral("connection"), tr("Logto connections: test, save or forget credentials."), {}};
    noun.verbs = {
        {QStringLiteral("test"),
         QStringLiteral("--workspace logto+https://HOST [--client-id ID]"),
         tr("Get a token, read once, and show the server, tenant and what the connection can do."),
         credentials + QLatin1Char('\n') +
             tr("With --client-id, the secret is read from stdin instead of the environment or keychain."),
         {clientId},
         0,
         0,
         false,
         &test},
        {QStringLiteral("save"),
         QStringLiteral("--workspace logto+https://HOST --client-id ID"),
         tr("Test the credentials (secret on stdin), then store them in the system keychain."),
         credentials + QLatin1Char('\n') +
             tr("Nothing is stored when the test fails. Where no keychain works, use the environment "
                "variables instead."),
         {clientId},
         0,
         0,
         false,
         &save},
        {QStringLiteral("forget"),
         QStringLiteral("--workspace logto+https://HOST"),
         tr("Remove the connection's credentials from the system keychain."),
         {},
         {},
         0,
         0,
         false,
         &forget},
    };
    return noun;
}

} // namespace

Noun connectionNoun()
{
    return ConnectionCommands::noun();
}

} // namespace gatehouse::cli
