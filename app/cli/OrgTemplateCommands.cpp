#include "OrgCommandSupport.h"
#include "model/LogtoJson.h"

namespace gatehouse::cli {

namespace {

using Support = OrgCommandSupport;

/// "org-scope ..." and "org-role ...": the organization template every organization shares.
class OrgTemplateCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::OrgTemplateCommands)
public:
    static Noun scopeNoun();
    static Noun roleNoun();

private:
    static OrganizationScope findScope(CliApp &app, const QString &tenantId, const QString &idOrName)
    {
        const QString id = Support::scopeIds(app, tenantId, {idOrName}).first();
        for (const OrganizationScope &s : app.await(app.backend().organizationTemplate().scopes(tenantId))) {
            if (s.id == id)
                return s;
        }
        app.failWith(ExitNotFound, tr("Organization permission \"%1\" does not exist.").arg(idOrName),
                     QStringLiteral("not_found"));
    }

    static void printScope(CliApp &app, const OrganizationScope &s)
    {
        app.out().object(json::toJson(s),
                         {{tr("ID"), s.id}, {tr("Name"), s.name}, {tr("Description"), s.description}});
    }

    static void scopeList(CliApp &app, Invocation &)
    {
        const QList<OrganizationScope> scopes =
            app.await(app.backend().organizationTemplate().scopes(app.tenantId()));
        app.out().list(scopes, json::toJson, tr("No organization permissions in this tenant."),
                       {tr("ID"), tr("NAME"), tr("DESCRIPTION")}, [](const OrganizationScope &s) {
                           return QStringList{s.id, s.name, s.description};
                       });
    }

    static void scopeCreate(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")))
            app.usageError(tr("org-scope create needs --name NAME."), in.command());
        OrganizationScope draft;
        draft.name = in.value(QStringLiteral("name")).trimmed();
        draft.description = in.value(QStringLiteral("description"));
        printScope(app, app.await(app.backend().organizationTemplate().createScope(app.tenantId(), draft)));
    }

    static void scopeUpdate(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")) && !in.isSet(QStringLiteral("description")))
            app.usageError(tr("nothing to change; pass --name or --description."), in.command());
        const QString tenantId = app.tenantId();
        OrganizationScope s = findScope(app, tenantId, in.arg(0));
        if (in.isSet(QStringLiteral("name")))
            s.name = in.value(QStringLiteral("name")).trimmed();
        if (in.isSet(QStringLiteral("description")))
            s.description = in.value(QStringLiteral("description"));
        printScope(app, app.await(app.backend().organizationTemplate().updateScope(tenantId, s)));
    }

    static void scopeDelete(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const OrganizationScope s = findScope(app, tenantId, in.arg(0));
        app.await(app.backend().organizationTemplate().removeScope(tenantId, s.id));
        app.out().deleted(json::toJson(s),
                          tr("Deleted organization permission %1 \"%2\" and its grants.").arg(s.id, s.name));
    }

    // --- roles --------------------------------------------------------------------------------

    static void printRole(CliApp &app, const QString &tenantId, const OrganizationRole &r)
    {
        const OrganizationRoleGrants grants =
            app.await(app.backend().organizationTemplate().grants(tenantId, r.id));
        QJsonObject o = json::toJson(r);
        const QJsonObject granted = json::toJson(grants);
        for (auto it = granted.begin(); it != granted.end(); ++it)
            o.insert(it.key(), it.value());
        QStringList scopeNames, resourceNames;
        for (const OrganizationScope &s : grants.organizationScopes)
            scopeNames.append(s.name);
        for (const GrantedScope &g : grants.resourceScopes)
            resourceNames.append(g.scope.name + QStringLiteral(" (") + g.resourceIndicator +
                                 QLatin1Char(')'));
        app.out().object(o, {{tr("ID"), r.id},
                             {tr("Name"), r.name},
                             {tr("Type"), roleTypeName(r.type)},
                             {tr("Description"), r.description},
                             {tr("Organization permissions"), CliOutput::formatList(scopeNames)},
                             {tr("API permissions"), CliOutput::formatList(resourceNames)},
                             {tr("Created"), CliOutput::formatTime(r.createdAt)}});
    }

    static OrganizationRole findRole(CliApp &app, const QString &tenantId, const QString &idOrName)
    {
        return app.await(app.backend().organizationTemplate().getRole(
            tenantId, Support::roleIds(app, tenantId, {idOrName}).first()));
    }

    static void roleList(CliApp &app, Invocation &)
    {
        Support::printRoles(app, app.await(app.backend().organizationTemplate().roles(app.tenantId())),
                            tr("No organization roles in this tenant."));
    }

    static void roleShow(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        printRole(app, tenantId, findRole(app, tenantId, in.arg(0)));
    }

    /// --org-scope / --resource-scope / --no-org-scopes / --no-resource-scopes: replace-all sets.
    static void applyGrants(CliApp &app, Invocation &in, const QString &tenantId, const QString &roleId)
    {
        for (const auto &[option, clear] :
             {std::pair{QStringLiteral("org-scope"), QStringLiteral("no-org-scopes")},
              std::pair{QStringLiteral("resource-scope"), QStringLiteral("no-resource-scopes")}}) {
            if (!in.isSet(option) && !in.isSet(clear))
                continue;
            const QStringList names = in.isSet(clear) ? QStringList() : Support::listOption(in, option);
            if (option == QLatin1String("org-scope"))
                app.await(app.backend().organizationTemplate().setOrganizationScopes(
                    tenantId, roleId, Support::scopeIds(app, tenantId, names)));
            else
                app.await(app.backend().organizationTemplate().setResourceScopes(
                    tenantId, roleId, Support::resourceScopeIds(app, tenantId, names)));
        }
    }

    static void checkGrantOptions(CliApp &app, Invocation &in)
    {
        for (const auto &[option, clear] :
             {std::pair{QStringLiteral("org-scope"), QStringLiteral("no-org-scopes")},
              std::pair{QStringLiteral("resource-scope"), QStringLiteral("no-resource-scopes")}}) {
            if (in.isSet(option) && in.isSet(clear))
                app.usageError(tr("--%1 and --%2 contradict each other.").arg(option, clear), in.command());
            if (in.isSet(option) && Support::listOption(in, option).isEmpty())
                app.usageError(tr("--%1 needs a value; use --%2 to remove every grant.").arg(option, clear),
                               in.command());
        }
    }

    static void roleCreate(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")))
            app.usageError(tr("org-role create needs --name NAME."), in.command());
        checkGrantOptions(app, in);
        OrganizationRole draft;
        draft.name = in.value(QStringLiteral("name")).trimmed();
        draft.description = in.value(QStringLiteral("description"));
        if (in.isSet(QStringLiteral("type"))) {
            const QString typeText = in.value(QStringLiteral("type")).trimmed();
            bool known = false;
            for (RoleType type : {RoleType::User, RoleType::MachineToMachine}) {
                if (roleTypeName(type).compare(typeText, Qt::CaseInsensitive) == 0) {
                    draft.type = type;
                    known = true;
                }
            }
            if (!known)
                app.usageError(tr("unknown role type \"%1\"; use User or MachineToMachine.").arg(typeText),
                               in.command());
        }
        const QString tenantId = app.tenantId();
        // Resolve the grants before creating, so an unknown permission creates nothing.
        Support::scopeIds(app, tenantId, Support::listOption(in, QStringLiteral("org-scope")));
        Support::resourceScopeIds(app, tenantId, Support::listOption(in, QStringLiteral("resource-scope")));
        const OrganizationRole role =
            app.await(app.backend().organizationTemplate().createRole(tenantId, draft));
        applyGrants(app, in, tenantId, role.id);
        printRole(app, tenantId, role);
    }

    static void roleUpdate(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")) && !in.isSet(QStringLiteral("description")))
            app.usageError(
                tr("nothing to change; pass --name or --description (permissions: \"org-role grant\")."),
                in.command());
        const QString tenantId = app.tenantId();
        OrganizationRole r = findRole(app, tenantId, in.arg(0));
        if (in.isSet(QStringLiteral("name")))
            r.name = in.value(QStringLiteral("name")).trimmed();
        if (in.isSet(QStringLiteral("description")))
            r.description = in.value(QStringLiteral("description"));
        printRole(app, tenantId, app.await(app.backend().organizationTemplate().updateRole(tenantId, r)));
    }

    static void roleDelete(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const OrganizationRole r = findRole(app, tenantId, in.arg(0));
        app.await(app.backend().organizationTemplate().removeRole(tenantId, r.id));
        app.out().deleted(
            json::toJson(r),
            tr("Deleted organization role %1 \"%2\"; every member and application holding it lost "
               "it.")
                .arg(r.id, r.name));
    }

    static void roleGrant(CliApp &app, Invocation &in)
    {
        checkGrantOptions(app, in);
        if (!in.isSet(QStringLiteral("org-scope")) && !in.isSet(QStringLiteral("resource-scope")) &&
            !in.isSet(QStringLiteral("no-org-scopes")) && !in.isSet(QStringLiteral("no-resource-scopes")))
            app.usageError(tr("nothing to change; pass --org-scope or --resource-scope (or --no-org-scopes, "
                              "--no-resource-scopes)."),
                           in.command());
        const QString tenantId = app.tenantId();
        const OrganizationRole r = findRole(app, tenantId, in.arg(0));
        // Resolve both lists before changing either.
        Support::scopeIds(app, tenantId, Support::listOption(in, QStringLiteral("org-scope")));
        Support::resourceScopeIds(app, tenantId, Support::listOption(in, QStringLiteral("resource-scope")));
        applyGrants(app, in, tenantId, r.id);
        printRole(app, tenantId, r);
    }
};

QList<QCommandLineOption> grantOptions()
{
    return {{QStringLiteral("org-scope"),
             OrgTemplateCommands::tr(
                 "An organization permission (id or name); repeat it or separate with commas."),
             QStringLiteral("SCOPE")},
            {QStringLiteral("resource-scope"),
             OrgTemplateCommands::tr(
                 "An API permission (scope id, or its name when only one API resource has it); "
                 "repeatable."),
             QStringLiteral("SCOPE")},
            {QStringLiteral("no-org-scopes"), OrgTemplateCommands::tr("Grant no organization permissions.")},
            {QStringLiteral("no-resource-scopes"), OrgTemplateCommands::tr("Grant no API permissions.")}};
}

Noun OrgTemplateCommands::scopeNoun()
{
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("Permission name, unique in the tenant (read:projects)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption description(QStringLiteral("description"), tr("Description."),
                                         QStringLiteral("TEXT"));
    const QString shared =
        tr("SCOPE is an id or a name. The organization template is shared: a change applies to "
           "every organization.");
    Noun noun{QStringLiteral("org-scope"), tr("Organization permissions of the organization template."), {}};
    noun.verbs = {
        {QStringLiteral("list"),
         {},
         tr("List the organization permissions."),
         {},
         {},
         0,
         0,
         false,
         &scopeList},
        {QStringLiteral("create"),
         QStringLiteral("--name NAME [--description TEXT]"),
         tr("Create an organization permission."),
         {},
         {name, description},
         0,
         0,
         true,
         &scopeCreate},
        {QStringLiteral("update"),
         QStringLiteral("SCOPE [--name NAME] [--description TEXT]"),
         tr("Rename or describe an organization permission."),
         shared,
         {name, description},
         1,
         1,
         true,
         &scopeUpdate},
        {QStringLiteral("delete"),
         QStringLiteral("SCOPE"),
         tr("Delete an organization permission and its grants to roles."),
         shared,
         {},
         1,
         1,
         true,
         &scopeDelete},
    };
    return noun;
}

Noun OrgTemplateCommands::roleNoun()
{
    const QCommandLineOption name(QStringLiteral("name"), tr("Role name, unique in the tenant."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption description(QStringLiteral("description"), tr("Description."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("User (for members, default) or MachineToMachine (for applications)."),
                                  QStringLiteral("TYPE"));
    const QString shared =
        tr("ROLE is an id or a name. The organization template is shared: a change applies to "
           "every organization.");
    const QString replaceAll =
        tr("Replace-all: --org-scope sets exactly the organization permissions listed and --resource-scope "
           "exactly "
           "the API permissions listed; a list whose option is left out stays as it is; --no-org-scopes and "
           "--no-resource-scopes empty one.");
    Noun noun{QStringLiteral("org-role"),
              tr("Organization roles of the organization template and the permissions they grant."),
              {}};
    noun.verbs = {
        {QStringLiteral("list"), {}, tr("List the organization roles."), {}, {}, 0, 0, false, &roleList},
        {QStringLiteral("show"),
         QStringLiteral("ROLE"),
         tr("Show a role with its permissions."),
         {},
         {},
         1,
         1,
         false,
         &roleShow},
        {QStringLiteral("create"), QStringLiteral("--name NAME [--type User|MachineToMachine] [options]"),
         tr("Create an organization role, optionally with permissions."), replaceAll,
         QList<QCommandLineOption>{name, description, type} + grantOptions(), 0, 0, true, &roleCreate},
        {QStringLiteral("update"),
         QStringLiteral("ROLE [--name NAME] [--description TEXT]"),
         tr("Rename or describe an organization role (the type cannot change)."),
         shared,
         {name, description},
         1,
         1,
         true,
         &roleUpdate},
        {QStringLiteral("delete"),
         QStringLiteral("ROLE"),
         tr("Delete an organization role; members, applications, invitations and JIT lose it."),
         shared,
         {},
         1,
         1,
         true,
         &roleDelete},
        {QStringLiteral("grant"), QStringLiteral("ROLE [--org-scope SCOPE]... [--resource-scope SCOPE]..."),
         tr("Set the permissions a role grants (replace-all)."), replaceAll + QLatin1Char(' ') + shared,
         grantOptions(), 1, 1, true, &roleGrant},
    };
    return noun;
}

} // namespace

Noun orgScopeNoun()
{
    return OrgTemplateCommands::scopeNoun();
}

Noun orgRoleNoun()
{
    return OrgTemplateCommands::roleNoun();
}

} // namespace gatehouse::cli
