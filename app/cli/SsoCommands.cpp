// "sso ...": enterprise SSO connectors, and the switch that routes sign-in to them by email domain.
#include "CliApp.h"
#include "OrgCommandSupport.h"
#include "UserCommandSupport.h"
#include "model/SsoJson.h"
#include "model/SsoValidation.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace gatehouse::cli {

namespace {

/// Config keys the single options set (Logto's names).
struct ConfigOption
{
    const char *option;
    const char *key;
};
constexpr ConfigOption textOptions[] = {
    {"issuer", "issuer"},      {"client-id", "clientId"},
    {"scope", "scope"},        {"metadata-url", "metadataUrl"},
    {"entity-id", "entityId"}, {"sso-url", "signInEndpoint"},
};
constexpr ConfigOption fileOptions[] = {
    {"metadata-file", "metadata"},
    {"certificate-file", "x509Certificate"},
};

class SsoCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::SsoCommands)
public:
    static Noun noun();

private:
    /// The connector's JSON (never with the client secret) plus clientSecretSet and configComplete.
    static QJsonObject toJson(const SsoConnector &c)
    {
        QJsonObject o = json::toJson(c);
        o.insert(QStringLiteral("clientSecretSet"), c.clientSecretSet);
        o.insert(QStringLiteral("configComplete"), sso::isConfigComplete(c));
        return o;
    }

    /// Warnings (public email domains, a certificate about to expire) go to stderr.
    static sso::ConnectorCheck warn(CliApp &app, const SsoConnector &c)
    {
        const sso::ConnectorCheck check = sso::checkConnector(c, c.clientSecretSet, clock::nowMs());
        for (const FieldError &w : check.warnings)
            app.out().writeErr(tr("warning: %1: %2").arg(w.field, w.message) + QLatin1Char('\n'));
        return check;
    }

    static void print(CliApp &app, const SsoConnector &c)
    {
        const sso::ConnectorCheck check = warn(app, c);
        CliOutput::Fields fields{{tr("ID"), c.id},
                                 {tr("Provider"), ssoProviderName(c.providerName)},
                                 {tr("Name"), c.connectorName},
                                 {tr("Domains"), CliOutput::formatList(c.domains)}};
        for (const ConfigOption &o : textOptions) {
            const QString value = c.config.value(QLatin1String(o.key)).toString();
            if (!value.isEmpty())
                fields.append({QLatin1String(o.key), value});
        }
        if (const QString xml = c.config.value(QStringLiteral("metadata")).toString(); !xml.isEmpty())
            fields.append(
                {QStringLiteral("metadata"), tr("%n character(s) of XML", nullptr, int(xml.size()))});
        if (check.certificate)
            fields.append({tr("Certificate"), tr("%1, valid until %2, SHA-256 %3")
                                                  .arg(check.certificate->subject,
                                                       CliOutput::formatTime(check.certificate->notAfterMs),
                                                       check.certificate->sha256Fingerprint)});
        if (!isSamlProvider(c.providerName))
            fields.append({tr("Client secret"), c.clientSecretSet ? tr("stored") : tr("not set")});
        fields += CliOutput::Fields{{tr("Configuration"), sso::isConfigComplete(c)
                                                              ? tr("complete")
                                                              : tr("incomplete (sign-in is not "
                                                                   "routed to it)")},
                                    {tr("Sync profile"), CliOutput::yesNo(c.syncProfile)},
                                    {tr("Display name"), c.branding.displayName},
                                    {tr("Logo"), c.branding.logo},
                                    {tr("Dark logo"), c.branding.darkLogo},
                                    {tr("Created"), CliOutput::formatTime(c.createdAt)}};
        app.out().object(toJson(c), fields);
    }

    static QString readTextFile(CliApp &app, const QString &name)
    {
        const QFileInfo info(name);
        const QString path = info.absoluteFilePath();
        if (!info.exists())
            app.failWith(ExitNotFound, tr("The file %1 does not exist.").arg(path),
                         QStringLiteral("not_found"));
        QFile file(path);
        if (info.isDir() || !file.open(QIODevice::ReadOnly))
            app.failWith(ExitFailure, tr("Cannot read %1: %2").arg(path, file.errorString()),
                         QStringLiteral("failure"));
        return QString::fromUtf8(file.readAll());
    }

    static SsoProvider provider(CliApp &app, const Invocation &in)
    {
        const QString typed = in.value(QStringLiteral("provider")).trimmed();
        QStringList names;
        for (SsoProvider p : allSsoProviders()) {
            names.append(ssoProviderName(p));
            if (ssoProviderName(p).compare(typed, Qt::CaseInsensitive) == 0)
                return p;
        }
        app.usageError(
            tr("unknown SSO provider \"%1\"; use %2.").arg(typed, names.join(QStringLiteral(", "))),
            in.command());
    }

    /// Usage problems of the options, reported before the workspace is opened.
    static void checkOptions(CliApp &app, const Invocation &in)
    {
        if (in.isSet(QStringLiteral("provider")))
            provider(app, in);
        if (in.isSet(QStringLiteral("domain")) && in.isSet(QStringLiteral("no-domains")))
            app.usageError(tr("--domain and --no-domains contradict each other."), in.command());
        if (in.isSet(QStringLiteral("sync-profile")) && in.isSet(QStringLiteral("no-sync-profile")))
            app.usageError(tr("--sync-profile and --no-sync-profile contradict each other."), in.command());
        if (in.isSet(QStringLiteral("name")) && in.value(QStringLiteral("name")).trimmed().isEmpty())
            app.usageError(tr("--name must not be empty."), in.command());
    }

    /// Applies the options to `c`. --config-file replaces the config (a stored client secret is
    /// kept unless the file or stdin brings a new one); the single options then set their keys.
    static void applyOptions(CliApp &app, const Invocation &in, SsoConnector *c)
    {
        if (in.isSet(QStringLiteral("name")))
            c->connectorName = in.value(QStringLiteral("name")).trimmed();
        if (in.isSet(QStringLiteral("config-file"))) {
            const QString path = in.value(QStringLiteral("config-file"));
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(readTextFile(app, path).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                app.failWith(ExitInvalid,
                             tr("%1 is not a JSON object of connector settings (for example {\"issuer\": "
                                "\"https://…\", \"clientId\": \"…\"}).")
                                 .arg(path),
                             QStringLiteral("validation"));
            c->config = doc.object();
        }
        for (const ConfigOption &o : textOptions) {
            if (in.isSet(QLatin1String(o.option)))
                c->config.insert(QLatin1String(o.key), in.value(QLatin1String(o.option)).trimmed());
        }
        for (const ConfigOption &o : fileOptions) {
            if (in.isSet(QLatin1String(o.option)))
                c->config.insert(QLatin1String(o.key), readTextFile(app, in.value(QLatin1String(o.option))));
        }
        if (in.isSet(QStringLiteral("domain")))
            c->domains = OrgCommandSupport::listOption(in, QStringLiteral("domain"));
        if (in.isSet(QStringLiteral("no-domains")))
            c->domains.clear();
        c->syncProfile = in.toggle(QStringLiteral("sync-profile"), c->syncProfile);
        if (in.isSet(QStringLiteral("display-name")))
            c->branding.displayName = in.value(QStringLiteral("display-name")).trimmed();
        if (in.isSet(QStringLiteral("logo")))
            c->branding.logo = in.value(QStringLiteral("logo")).trimmed();
        if (in.isSet(QStringLiteral("dark-logo")))
            c->branding.darkLogo = in.value(QStringLiteral("dark-logo")).trimmed();
        if (in.isSet(QStringLiteral("client-secret-stdin")))
            c->config.insert(
                QStringLiteral("clientSecret"),
                UserCommandSupport::readSecret(
                    app, tr("Client secret: "), tr("client secret"),
                    tr("No client secret on stdin. Pipe it in, for example: printf '%s' \"$SECRET\" | "
                       "gatehouse-cli sso create ... --client-secret-stdin")));
    }

    static SsoConnector find(CliApp &app, const QString &tenantId, const QString &idOrName)
    {
        const QString id = OrgCommandSupport::connectorIds(app, tenantId, {idOrName}).constFirst();
        return app.await(app.backend().ssoConnectors().get(tenantId, id));
    }

    static void list(CliApp &app, Invocation &)
    {
        const QString tenantId = app.tenantId();
        const QList<SsoConnector> connectors = app.await(app.backend().ssoConnectors().list(tenantId));
        // The readable list ends with whether sign-in is routed to the connectors at all.
        app.out().either(CliOutput::jsonArray(connectors, toJson), [&] {
            const SignInExperience signIn = app.await(app.backend().signInExperience().get(tenantId));
            QList<QStringList> rows;
            for (const SsoConnector &c : connectors)
                rows.append({c.id, ssoProviderName(c.providerName), c.connectorName,
                             c.domains.join(QStringLiteral(", ")),
                             sso::isConfigComplete(c) ? tr("complete") : tr("incomplete")});
            app.out().printTable({tr("ID"), tr("PROVIDER"), tr("NAME"), tr("DOMAINS"), tr("CONFIG")}, rows,
                                 tr("No SSO connectors in this tenant."));
            app.out().printLine();
            app.out().printLine(signIn.singleSignOnEnabled
                                    ? tr("Enterprise SSO is on: sign-in is routed by email domain.")
                                    : tr("Enterprise SSO is off: sign-in is not routed to these connectors "
                                         "(\"sso enable\")."));
        });
    }

    static void show(CliApp &app, Invocation &in) { print(app, find(app, app.tenantId(), in.arg(0))); }

    static void create(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("provider")) || !in.isSet(QStringLiteral("name")))
            app.usageError(tr("sso create needs --provider and --name."), in.command());
        checkOptions(app, in);
        SsoConnector draft;
        draft.providerName = provider(app, in);
        applyOptions(app, in, &draft);
        print(app, app.await(app.backend().ssoConnectors().create(app.tenantId(), draft)));
    }

    static void update(CliApp &app, Invocation &in)
    {
        checkOptions(app, in);
        if (in.isSet(QStringLiteral("provider")))
            app.usageError(tr("the provider of a connector cannot change; create a new connector instead."),
                           in.command());
        const QString tenantId = app.tenantId();
        SsoConnector c = find(app, tenantId, in.arg(0));
        applyOptions(app, in, &c);
        print(app, app.await(app.backend().ssoConnectors().update(tenantId, c)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const SsoConnector c = find(app, tenantId, in.arg(0));
        app.await(app.backend().ssoConnectors().remove(tenantId, c.id));
        app.out().deleted(
            toJson(c),
            tr("Deleted SSO connector %1 \"%2\" and the JIT links to it.").arg(c.id, c.connectorName));
    }

    static void setEnabled(CliApp &app, bool enabled)
    {
        const QString tenantId = app.tenantId();
        SignInExperience e = app.await(app.backend().signInExperience().get(tenantId));
        e.singleSignOnEnabled = enabled;
        e = app.await(app.backend().signInExperience().update(tenantId, e));
        app.out().done(
            json::toJson(e),
            e.singleSignOnEnabled
                ? tr("Enterprise SSO is on: sign-in by an email whose domain a connector with a complete "
                     "configuration claims goes through that connector.")
                : tr("Enterprise SSO is off: sign-in is not routed to SSO connectors."));
    }

    static void enable(CliApp &app, Invocation &) { setEnabled(app, true); }
    static void disable(CliApp &app, Invocation &) { setEnabled(app, false); }
};

Noun SsoCommands::noun()
{
    const auto option = [](const char *name, const QString &text, const char *value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), text, QLatin1String(value))
                     : QCommandLineOption(QLatin1String(name), text);
    };
    const QList<QCommandLineOption> settings{
        option("name", tr("Connector name."), "NAME"),
        option("config-file",
               tr("Provider settings as a JSON object with Logto's keys (replaces the config)."), "FILE"),
        option("issuer", tr("OIDC: the issuer URL (https)."), "URL"),
        option("client-id", tr("OIDC: the client id."), "ID"),
        option("client-secret-stdin", tr("OIDC: read the client secret from stdin (it is never printed).")),
        option("scope", tr("OIDC: space-separated scopes; must include openid."), "SCOPES"),
        option("metadata-url", tr("SAML: the IdP metadata URL (https)."), "URL"),
        option("metadata-file", tr("SAML: a file with the IdP metadata XML."), "FILE"),
        option("entity-id", tr("SAML: the IdP entity id (with --sso-url and --certificate-file)."), "ID"),
        option("sso-url", tr("SAML: the IdP sign-in URL (https)."), "URL"),
        option("certificate-file", tr("SAML: a PEM file with the IdP signing certificate."), "FILE"),
        option(
            "domain",
            tr("An email domain sign-in is routed from (repeatable or comma-separated; replaces the list)."),
            "DOMAIN"),
        option("no-domains", tr("Claim no email domain.")),
        option("sync-profile", tr("Update the user's profile from the IdP at every sign-in.")),
        option("no-sync-profile", tr("Take the profile from the IdP at the first sign-in only.")),
        option("display-name", tr("Name shown on the sign-in button."), "TEXT"),
        option("logo", tr("Logo URL."), "URL"),
        option("dark-logo", tr("Logo URL for dark mode."), "URL"),
    };
    const QString secretNote = tr(
        "Warnings (a public email provider's domain, a certificate about to expire) go to stderr. The client "
        "secret is read from stdin with --client-secret-stdin and never shown.");

    Noun noun{QStringLiteral("sso"),
              tr("Enterprise SSO connectors (OIDC, SAML, …), their email domains, and the SSO switch."),
              {}};
    noun.verbs = {
        {QStringLiteral("list"),
         {},
         tr("List the SSO connectors and whether SSO is on."),
         {},
         {},
         0,
         0,
         false,
         &list},
        {QStringLiteral("show"),
         QStringLiteral("CONNECTOR"),
         tr("Show one connector (id or name)."),
         secretNote,
         {},
         1,
         1,
         false,
         &show},
        {QStringLiteral("create"), QStringLiteral("--provider PROVIDER --name NAME [options]"),
         tr("Create a connector."),
         tr("PROVIDER: OIDC, SAML, AzureAD, AzureAdOidc, GoogleWorkspace or Okta. ") + secretNote,
         QList<QCommandLineOption>{
             option("provider", tr("OIDC, SAML, AzureAD, AzureAdOidc, GoogleWorkspace, Okta."), "PROVIDER")} +
             settings,
         0, 0, true, &create},
        {QStringLiteral("update"), QStringLiteral("CONNECTOR [options]"), tr("Change a connector."),
         tr("Only the options given change; the provider cannot. Without a new secret the stored one is "
            "kept. ") +
             secretNote,
         settings, 1, 1, true, &update},
        {QStringLiteral("delete"),
         QStringLiteral("CONNECTOR"),
         tr("Delete a connector and the organizations' JIT links to it."),
         {},
         {},
         1,
         1,
         true,
         &remove},
        {QStringLiteral("enable"),
         {},
         tr("Turn enterprise SSO on: route sign-in by email domain to connectors."),
         tr("Sets singleSignOnEnabled in the sign-in experience. Only connectors with a complete "
            "configuration "
            "receive sign-ins; their email domains can no longer sign in with a password or code."),
         {},
         0,
         0,
         true,
         &enable},
        {QStringLiteral("disable"),
         {},
         tr("Turn enterprise SSO off: no routing by email domain."),
         {},
         {},
         0,
         0,
         true,
         &disable},
    };
    return noun;
}

} // namespace

Noun ssoNoun()
{
    return SsoCommands::noun();
}

} // namespace gatehouse::cli
