#include "CliApp.h"
#include "model/LogtoJson.h"

#include <limits>

namespace gatehouse::cli {

namespace {

class ResourceCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ResourceCommands)
public:
    static Noun noun();

private:
    static CliOutput::Fields fields(const Resource &r, const QList<Scope> &scopes)
    {
        QStringList names;
        for (const Scope &s : scopes)
            names.append(s.name);
        return {{tr("ID"), r.id},
                {tr("Name"), r.name},
                {tr("Indicator"), r.indicator},
                {tr("Access token TTL"), tr("%1 seconds").arg(r.accessTokenTtl)},
                {tr("Default"), CliOutput::yesNo(r.isDefault)},
                {tr("Permissions"), CliOutput::formatList(names)},
                {tr("Created"), CliOutput::formatTime(r.createdAt)}};
    }

    /// The resource; the readable form lists its permissions (read only for it).
    static void print(CliApp &app, const QString &tenantId, const Resource &r)
    {
        app.out().either(json::toJson(r), [&] {
            app.out().printFields(fields(r, app.await(app.backend().resources().scopes(tenantId, r.id))));
        });
    }

    static void printScope(CliApp &app, const Scope &s)
    {
        app.out().object(json::toJson(s), {{tr("ID"), s.id},
                                           {tr("Resource"), s.resourceId},
                                           {tr("Name"), s.name},
                                           {tr("Description"), s.description},
                                           {tr("Created"), CliOutput::formatTime(s.createdAt)}});
    }

    static void applyOptions(Invocation &in, Resource *r)
    {
        if (in.isSet(QStringLiteral("name")))
            r->name = in.value(QStringLiteral("name"));
        r->accessTokenTtl = int(in.integer(QStringLiteral("access-token-ttl"), r->accessTokenTtl,
                                           std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
        r->isDefault = in.toggle(QStringLiteral("default"), r->isDefault);
    }

    static void list(CliApp &app, Invocation &)
    {
        const QList<Resource> resources = app.await(app.backend().resources().list(app.tenantId()));
        app.out().list(
            resources, json::toJson, tr("No API resources in this tenant."),
            {tr("ID"), tr("DEFAULT"), tr("INDICATOR"), tr("NAME")}, [](const Resource &r) {
                return QStringList{r.id, r.isDefault ? tr("default") : QString(), r.indicator, r.name};
            });
    }

    static void show(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        print(app, tenantId, app.await(app.backend().resources().get(tenantId, in.arg(0))));
    }

    static void create(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")) || !in.isSet(QStringLiteral("indicator")))
            app.usageError(tr("resource create needs --name and --indicator."), in.command());
        Resource draft;
        draft.indicator = in.value(QStringLiteral("indicator"));
        applyOptions(in, &draft);
        const Resource r = app.await(app.backend().resources().create(app.tenantId(), draft));
        app.out().object(json::toJson(r), fields(r, {}));
    }

    static void update(CliApp &app, Invocation &in)
    {
        Resource scratch; // malformed options are usage errors, reported before any lookup
        applyOptions(in, &scratch);
        const QString tenantId = app.tenantId();
        Resource r = app.await(app.backend().resources().get(tenantId, in.arg(0)));
        applyOptions(in, &r);
        print(app, tenantId, app.await(app.backend().resources().update(tenantId, r)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Resource r = app.await(app.backend().resources().get(tenantId, in.arg(0)));
        app.await(app.backend().resources().remove(tenantId, r.id));
        app.out().deleted(json::toJson(r),
                          tr("Deleted API resource %1 \"%2\" with its permissions.").arg(r.id, r.name));
    }

    static void scopeAdd(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        Scope draft;
        draft.resourceId = in.arg(0);
        draft.name = in.arg(1);
        draft.description = in.value(QStringLiteral("description"));
        printScope(app, app.await(app.backend().resources().createScope(tenantId, draft)));
    }

    static void scopeList(CliApp &app, Invocation &in)
    {
        const QList<Scope> scopes = app.await(app.backend().resources().scopes(app.tenantId(), in.arg(0)));
        app.out().list(scopes, json::toJson, tr("This API resource has no permissions."),
                       {tr("ID"), tr("NAME"), tr("DESCRIPTION")}, [](const Scope &s) {
                           return QStringList{s.id, s.name, s.description};
                       });
    }

    static void scopeDelete(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const QString reference = in.arg(1);
        const QList<Scope> scopes = app.await(app.backend().resources().scopes(tenantId, in.arg(0)));
        const Scope *match = nullptr;
        for (const Scope &s : scopes) {
            if (s.id == reference)
                match = &s;
        }
        for (const Scope &s : scopes) {
            if (!match && s.name == reference)
                match = &s;
        }
        if (!match)
            app.failWith(
                ExitNotFound,
                tr("API resource %1 has no permission with the id or name \"%2\".").arg(in.arg(0), reference),
                QStringLiteral("not_found"));
        const Scope scope = *match;
        app.await(app.backend().resources().removeScope(tenantId, scope.id));
        app.out().deleted(
            json::toJson(scope),
            tr("Deleted permission %1 \"%2\" and its grants to roles.").arg(scope.id, scope.name));
    }
};

Noun ResourceCommands::noun()
{
    const QCommandLineOption name(QStringLiteral("name"), tr("Display name."), QStringLiteral("NAME"));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       tr("Resource indicator (RFC 8707), an absolute URI such as "
                                          "https://api.example.com. It cannot change later."),
                                       QStringLiteral("URI"));
    const QCommandLineOption ttl(QStringLiteral("access-token-ttl"),
                                 tr("Access token lifetime in seconds (60-2592000, default 3600)."),
                                 QStringLiteral("SECONDS"));
    const QCommandLineOption isDefault(
        QStringLiteral("default"),
        tr("Make this the tenant's default resource (replaces the previous one)."));
    const QCommandLineOption notDefault(QStringLiteral("no-default"), tr("Stop being the default resource."));
    const QCommandLineOption description(QStringLiteral("description"), tr("What the permission allows."),
                                         QStringLiteral("TEXT"));

    Noun noun{QStringLiteral("resource"), tr("API resources and their permissions (scopes)."), {}};
    noun.verbs = {
        {QStringLiteral("list"), {}, tr("List the tenant's API resources."), {}, {}, 0, 0, false, &list},
        {QStringLiteral("show"),
         QStringLiteral("ID"),
         tr("Show one API resource."),
         {},
         {},
         1,
         1,
         false,
         &show},
        {QStringLiteral("create"),
         QStringLiteral("--name NAME --indicator URI [options]"),
         tr("Create an API resource."),
         {},
         {name, indicator, ttl, isDefault},
         0,
         0,
         true,
         &create},
        {QStringLiteral("update"),
         QStringLiteral("ID [options]"),
         tr("Change an API resource."),
         tr("Only the options given change. The indicator cannot change."),
         {name, ttl, isDefault, notDefault},
         1,
         1,
         true,
         &update},
        {QStringLiteral("delete"),
         QStringLiteral("ID"),
         tr("Delete an API resource, its permissions and their grants."),
         {},
         {},
         1,
         1,
         true,
         &remove},
        {QStringLiteral("scope add"),
         QStringLiteral("RESOURCE_ID NAME [--description TEXT]"),
         tr("Add a permission (e.g. read:projects)."),
         {},
         {description},
         2,
         2,
         true,
         &scopeAdd},
        {QStringLiteral("scope list"),
         QStringLiteral("RESOURCE_ID"),
         tr("List a resource's permissions."),
         {},
         {},
         1,
         1,
         false,
         &scopeList},
        {QStringLiteral("scope delete"),
         QStringLiteral("RESOURCE_ID SCOPE_ID_OR_NAME"),
         tr("Delete a permission and its grants to roles."),
         {},
         {},
         2,
         2,
         true,
         &scopeDelete},
    };
    return noun;
}

} // namespace

Noun resourceNoun()
{
    return ResourceCommands::noun();
}

} // namespace gatehouse::cli
