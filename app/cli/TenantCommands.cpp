#include "CliApp.h"
#include "model/LogtoJson.h"

namespace gatehouse::cli {

namespace {

class TenantCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::TenantCommands)
public:
    static Noun noun();

private:
    static void print(CliApp &app, const Tenant &tenant)
    {
        app.out().object(json::toJson(tenant), {{tr("ID"), tenant.id},
                                                {tr("Name"), tenant.name},
                                                {tr("Tag"), tenantTagName(tenant.tag)},
                                                {tr("Created"), CliOutput::formatTime(tenant.createdAt)}});
    }

    static TenantTag parseTag(CliApp &app, const QString &text, const QString &command)
    {
        TenantTag tag = TenantTag::Development;
        if (!parseTenantTag(text.trimmed().toLower(), &tag))
            app.usageError(tr("unknown tenant tag \"%1\": use development or production.").arg(text),
                           command);
        return tag;
    }

    static void list(CliApp &app, Invocation &)
    {
        app.out().list(app.await(app.backend().tenants().list()), json::toJson,
                       tr("No tenants yet. Create one with: gatehouse-cli tenant create NAME"),
                       {tr("ID"), tr("TAG"), tr("NAME")}, [](const Tenant &t) {
                           return QStringList{t.id, tenantTagName(t.tag), t.name};
                       });
    }

    static void show(CliApp &app, Invocation &in)
    {
        print(app, app.await(app.backend().tenants().get(in.arg(0))));
    }

    static void create(CliApp &app, Invocation &in)
    {
        Tenant draft;
        draft.name = in.arg(0);
        if (in.isSet(QStringLiteral("tag")))
            draft.tag = parseTag(app, in.value(QStringLiteral("tag")), in.command());
        print(app, app.await(app.backend().tenants().create(draft)));
    }

    static void rename(CliApp &app, Invocation &in)
    {
        Tenant tenant = app.await(app.backend().tenants().get(in.arg(0)));
        tenant.name = in.arg(1);
        print(app, app.await(app.backend().tenants().update(tenant)));
    }

    static void tag(CliApp &app, Invocation &in)
    {
        const TenantTag tag = parseTag(app, in.arg(1), in.command());
        Tenant tenant = app.await(app.backend().tenants().get(in.arg(0)));
        tenant.tag = tag;
        print(app, app.await(app.backend().tenants().update(tenant)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("yes")))
            app.usageError(tr("Deleting a tenant also deletes all its applications, API resources and roles. "
                              "Add --yes to confirm."),
                           in.command());
        const QString reason = app.reason(in);
        const Tenant tenant = app.await(app.backend().tenants().get(in.arg(0)));
        app.await(app.backend().tenants().remove(tenant.id, reason));
        app.out().deleted(json::toJson(tenant), tr("Deleted tenant %1 \"%2\".").arg(tenant.id, tenant.name));
    }
};

Noun TenantCommands::noun()
{
    const QCommandLineOption tagOption(QStringLiteral("tag"),
                                       tr("development (default) or production; production tenants "
                                          "allow only https redirect URIs for web apps."),
                                       QStringLiteral("TAG"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Confirm the deletion."));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), tr("Why (required; recorded in the journal)."), QStringLiteral("TEXT"));
    Noun noun{QStringLiteral("tenant"), tr("Tenants: list, create, rename, tag, delete."), {}};
    noun.verbs = {
        {QStringLiteral("list"), {}, tr("List all tenants of the workspace."), {}, {}, 0, 0, false, &list},
        {QStringLiteral("show"), QStringLiteral("ID"), tr("Show one tenant."), {}, {}, 1, 1, false, &show},
        {QStringLiteral("create"),
         QStringLiteral("NAME [--tag development|production]"),
         tr("Create a tenant."),
         {},
         {tagOption},
         1,
         1,
         true,
         &create},
        {QStringLiteral("rename"),
         QStringLiteral("ID NAME"),
         tr("Rename a tenant."),
         {},
         {},
         2,
         2,
         true,
         &rename},
        {QStringLiteral("tag"),
         QStringLiteral("ID development|production"),
         tr("Mark a tenant as a development or production tenant."),
         {},
         {},
         2,
         2,
         true,
         &tag},
        {QStringLiteral("delete"),
         QStringLiteral("ID --reason TEXT --yes"),
         tr("Delete a tenant with everything in it."),
         tr("The deletion is recorded in the journal with the reason and how many applications, API "
            "resources, roles, users, organizations, invitations and SSO connectors went with it."),
         {yesOption, reasonOption},
         1,
         1,
         true,
         &remove},
    };
    return noun;
}

} // namespace

Noun tenantNoun()
{
    return TenantCommands::noun();
}

} // namespace gatehouse::cli
