#include "OrgCommandSupport.h"

namespace gatehouse::cli {

namespace {

using Support = OrgCommandSupport;

class OrgCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::OrgCommands)
public:
    static Noun noun();
    static Verb userOrgs();

private:
    static CliOutput::Fields fields(const Organization &o)
    {
        const QJsonObject full = json::toJson(o);
        return {{tr("ID"), o.id},
                {tr("Name"), o.name},
                {tr("Description"), o.description},
                {tr("MFA required"), CliOutput::yesNo(o.isMfaRequired)},
                {tr("Custom data"), CliOutput::formatObject(o.customData)},
                {tr("Branding"), CliOutput::formatObject(full.value(QStringLiteral("branding")).toObject())},
                {tr("Colors"), CliOutput::formatObject(full.value(QStringLiteral("color")).toObject())},
                {tr("Created"), CliOutput::formatTime(o.createdAt)}};
    }

    static void print(CliApp &app, const Organization &o) { app.out().object(json::toJson(o), fields(o)); }

    static const QStringList &fieldOptions()
    {
        static const QStringList names{QStringLiteral("name"),
                                       QStringLiteral("description"),
                                       QStringLiteral("custom-data"),
                                       QStringLiteral("mfa-required"),
                                       QStringLiteral("no-mfa-required"),
                                       QStringLiteral("logo-url"),
                                       QStringLiteral("dark-logo-url"),
                                       QStringLiteral("favicon"),
                                       QStringLiteral("dark-favicon"),
                                       QStringLiteral("primary-color"),
                                       QStringLiteral("dark-primary-color"),
                                       QStringLiteral("dark-mode"),
                                       QStringLiteral("no-dark-mode")};
        return names;
    }

    static void applyOptions(Invocation &in, Organization *o)
    {
        const std::pair<QString, QString *> texts[] = {
            {QStringLiteral("name"), &o->name},
            {QStringLiteral("description"), &o->description},
            {QStringLiteral("logo-url"), &o->branding.logoUrl},
            {QStringLiteral("dark-logo-url"), &o->branding.darkLogoUrl},
            {QStringLiteral("favicon"), &o->branding.favicon},
            {QStringLiteral("dark-favicon"), &o->branding.darkFavicon},
            {QStringLiteral("primary-color"), &o->color.primaryColor},
            {QStringLiteral("dark-primary-color"), &o->color.darkPrimaryColor}};
        for (const auto &[option, target] : texts) {
            if (in.isSet(option))
                *target = in.value(option).trimmed();
        }
        if (in.isSet(QStringLiteral("custom-data")))
            o->customData =
                in.jsonObject(QStringLiteral("custom-data"), QStringLiteral("{\"plan\":\"enterprise\"}"));
        o->isMfaRequired = in.toggle(QStringLiteral("mfa-required"), o->isMfaRequired);
        o->color.isDarkModeEnabled = in.toggle(QStringLiteral("dark-mode"), o->color.isDarkModeEnabled);
    }

    static void list(CliApp &app, Invocation &in)
    {
        const QList<Organization> organizations = app.await(
            app.backend().organizations().list(app.tenantId(), in.value(QStringLiteral("search")).trimmed()));
        app.out().list(organizations, json::toJson,
                       in.isSet(QStringLiteral("search")) ? tr("No organization matches.")
                                                          : tr("No organizations in this tenant."),
                       {tr("ID"), tr("MEMBERS"), tr("MFA"), tr("NAME")}, [](const Organization &o) {
                           return QStringList{o.id, QString::number(std::max(o.memberCount, 0)),
                                              o.isMfaRequired ? tr("required") : QString(), o.name};
                       });
    }

    static void show(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        app.out().either(json::toJson(o), [&] {
            MemberQuery count;
            count.limit = 1;
            const MemberPage members =
                app.await(app.backend().organizations().members(tenantId, o.id, count));
            const OrganizationJit jit = app.await(app.backend().organizations().jit(tenantId, o.id));
            app.out().printFields(
                fields(o) +
                CliOutput::Fields{
                    {tr("Members"), QString::number(members.total)},
                    {tr("JIT email domains"), CliOutput::formatList(jit.emailDomains)},
                    {tr("JIT default roles"), CliOutput::formatList(Support::roleNames(jit.roles))}});
        });
    }

    static void create(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")))
            app.usageError(tr("org create needs --name NAME."), in.command());
        Organization draft;
        applyOptions(in, &draft);
        print(app, app.await(app.backend().organizations().create(app.tenantId(), draft)));
    }

    static void update(CliApp &app, Invocation &in)
    {
        in.requireAnyOf(fieldOptions());
        Organization scratch; // malformed options are usage errors, reported before any lookup
        applyOptions(in, &scratch);
        const QString tenantId = app.tenantId();
        Organization o = Support::organization(app, tenantId, in.arg(0));
        applyOptions(in, &o);
        print(app, app.await(app.backend().organizations().update(tenantId, o)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        app.await(app.backend().organizations().remove(tenantId, o.id));
        app.out().deleted(json::toJson(o),
                          tr("Deleted organization %1 with its memberships, invitations and JIT settings.")
                              .arg(Support::label(o)));
    }

    static void userOrganizations(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const User user = Support::user(app, tenantId, in.arg(0));
        Support::printUserOrganizations(
            app, app.await(app.backend().organizations().organizationsOfUser(tenantId, user.id)));
    }
};

Noun OrgCommands::noun()
{
    const QCommandLineOption name(QStringLiteral("name"), tr("Organization name."), QStringLiteral("NAME"));
    const QCommandLineOption description(QStringLiteral("description"), tr("Description."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption customData(QStringLiteral("custom-data"),
                                        tr("Custom data as a JSON object (replaces the whole object)."),
                                        QStringLiteral("JSON"));
    const QCommandLineOption mfaRequired(
        QStringLiteral("mfa-required"),
        tr("Members without MFA get no organization tokens (needs an MFA factor enabled in the sign-in "
           "experience, see \"mfa\")."));
    const QCommandLineOption noMfaRequired(QStringLiteral("no-mfa-required"), tr("Stop requiring MFA."));
    const QCommandLineOption logoUrl(QStringLiteral("logo-url"), tr("Logo URL."), QStringLiteral("URL"));
    const QCommandLineOption darkLogoUrl(QStringLiteral("dark-logo-url"), tr("Logo URL for dark mode."),
                                         QStringLiteral("URL"));
    const QCommandLineOption favicon(QStringLiteral("favicon"), tr("Favicon URL."), QStringLiteral("URL"));
    const QCommandLineOption darkFavicon(QStringLiteral("dark-favicon"), tr("Favicon URL for dark mode."),
                                         QStringLiteral("URL"));
    const QCommandLineOption primaryColor(QStringLiteral("primary-color"), tr("Brand colour, #RRGGBB."),
                                          QStringLiteral("COLOR"));
    const QCommandLineOption darkPrimaryColor(QStringLiteral("dark-primary-color"),
                                              tr("Brand colour in dark mode, #RRGGBB."),
                                              QStringLiteral("COLOR"));
    const QCommandLineOption darkMode(QStringLiteral("dark-mode"), tr("Enable dark mode."));
    const QCommandLineOption noDarkMode(QStringLiteral("no-dark-mode"), tr("Disable dark mode."));
    const QList<QCommandLineOption> fields{name,         description,      customData, mfaRequired,
                                           logoUrl,      darkLogoUrl,      favicon,    darkFavicon,
                                           primaryColor, darkPrimaryColor, darkMode};
    const QString byName = tr("ORG is an organization id or its exact name.");

    Noun noun{QStringLiteral("org"),
              tr("Organizations: members and their roles, M2M apps, invitations, JIT provisioning."),
              {}};
    noun.verbs = {
        {QStringLiteral("list"),
         QStringLiteral("[--search TEXT]"),
         tr("List organizations by name, with member counts."),
         {},
         {{QStringLiteral("search"), tr("Only organizations whose id or name contains TEXT (any case)."),
           QStringLiteral("TEXT")}},
         0,
         0,
         false,
         &list},
        {QStringLiteral("show"),
         QStringLiteral("ORG"),
         tr("Show one organization."),
         byName,
         {},
         1,
         1,
         false,
         &show},
        {QStringLiteral("create"),
         QStringLiteral("--name NAME [options]"),
         tr("Create an organization."),
         {},
         fields,
         0,
         0,
         true,
         &create},
        {QStringLiteral("update"), QStringLiteral("ORG [options]"), tr("Change an organization."),
         byName + QLatin1Char(' ') + tr("Only the options given change; an empty value clears a text field."),
         fields + QList{noMfaRequired, noDarkMode}, 1, 1, true, &update},
        {QStringLiteral("delete"),
         QStringLiteral("ORG"),
         tr("Delete an organization with its memberships, app links, invitations and JIT settings."),
         byName,
         {},
         1,
         1,
         true,
         &remove},
    };
    noun.verbs += orgMemberVerbs();
    noun.verbs += orgInvitationVerbs();
    return noun;
}

Verb OrgCommands::userOrgs()
{
    return {QStringLiteral("orgs"),
            QStringLiteral("USER"),
            tr("List a user's organizations and their roles there."),
            tr("USER is a user id, username or email address."),
            {},
            1,
            1,
            false,
            &userOrganizations};
}

} // namespace

Noun orgNoun()
{
    return OrgCommands::noun();
}

Verb userOrgsVerb()
{
    return OrgCommands::userOrgs();
}

} // namespace gatehouse::cli
