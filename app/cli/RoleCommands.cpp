#include "CliApp.h"
#include "model/LogtoJson.h"

namespace gatehouse::cli {

namespace {

class RoleCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::RoleCommands)
public:
    static Noun noun();

private:
    static CliOutput::Fields fields(const Role &r)
    {
        return {{tr("ID"), r.id},
                {tr("Name"), r.name},
                {tr("Type"), roleTypeName(r.type)},
                {tr("Description"), r.description},
                {tr("Default"), CliOutput::yesNo(r.isDefault)},
                {tr("Created"), CliOutput::formatTime(r.createdAt)}};
    }

    static void print(CliApp &app, const Role &r) { app.out().object(json::toJson(r), fields(r)); }

    static void printScopes(CliApp &app, const QList<GrantedScope> &scopes)
    {
        app.out().list(scopes, json::toJson, tr("The role has no permissions."),
                       {tr("SCOPE ID"), tr("PERMISSION"), tr("RESOURCE")}, [](const GrantedScope &g) {
                           return QStringList{g.scope.id, g.scope.name, g.resourceIndicator};
                       });
    }

    static void printApps(CliApp &app, const QList<Application> &apps)
    {
        app.out().list(apps, json::toJson, tr("The role is not assigned to any application."),
                       {tr("ID"), tr("TYPE"), tr("NAME")}, [](const Application &a) {
                           return QStringList{a.id, applicationTypeName(a.type), a.name};
                       });
    }

    static void applyOptions(Invocation &in, Role *r)
    {
        if (in.isSet(QStringLiteral("name")))
            r->name = in.value(QStringLiteral("name"));
        if (in.isSet(QStringLiteral("description")))
            r->description = in.value(QStringLiteral("description"));
        r->isDefault = in.toggle(QStringLiteral("default"), r->isDefault);
    }

    static QString requireApp(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("app")))
            app.usageError(tr("%1 needs --app APP_ID.").arg(in.command()), in.command());
        return in.value(QStringLiteral("app"));
    }

    static void list(CliApp &app, Invocation &)
    {
        const QList<Role> roles = app.await(app.backend().roles().list(app.tenantId()));
        app.out().list(roles, json::toJson, tr("No roles in this tenant."),
                       {tr("ID"), tr("TYPE"), tr("DEFAULT"), tr("NAME")}, [](const Role &r) {
                           return QStringList{r.id, roleTypeName(r.type),
                                              r.isDefault ? tr("default") : QString(), r.name};
                       });
    }

    static void show(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Role role = app.await(app.backend().roles().get(tenantId, in.arg(0)));
        app.out().either(json::toJson(role), [&] {
            QStringList granted;
            for (const GrantedScope &g : app.await(app.backend().roles().scopes(tenantId, role.id)))
                granted.append(g.scope.name + QStringLiteral(" (") + g.resourceIndicator + QLatin1Char(')'));
            CliOutput::Fields shown = fields(role);
            shown.append({tr("Permissions"), CliOutput::formatList(granted)});
            if (role.type == RoleType::MachineToMachine) {
                QStringList assigned;
                for (const Application &a :
                     app.await(app.backend().roles().applicationsOfRole(tenantId, role.id)))
                    assigned.append(a.name + QStringLiteral(" (") + a.id + QLatin1Char(')'));
                shown.append({tr("Applications"), CliOutput::formatList(assigned)});
            }
            app.out().printFields(shown);
        });
    }

    static void create(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("name")) || !in.isSet(QStringLiteral("type")))
            app.usageError(tr("role create needs --name and --type."), in.command());
        Role draft;
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
        applyOptions(in, &draft);
        print(app, app.await(app.backend().roles().create(app.tenantId(), draft)));
    }

    static void update(CliApp &app, Invocation &in)
    {
        Role scratch; // malformed options are usage errors, reported before any lookup
        applyOptions(in, &scratch);
        const QString tenantId = app.tenantId();
        Role r = app.await(app.backend().roles().get(tenantId, in.arg(0)));
        applyOptions(in, &r);
        print(app, app.await(app.backend().roles().update(tenantId, r)));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Role r = app.await(app.backend().roles().get(tenantId, in.arg(0)));
        app.await(app.backend().roles().remove(tenantId, r.id));
        app.out().deleted(json::toJson(r), tr("Deleted role %1 \"%2\".").arg(r.id, r.name));
    }

    static void grant(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        app.await(app.backend().roles().grantScopes(tenantId, in.arg(0), in.args().mid(1)));
        printScopes(app, app.await(app.backend().roles().scopes(tenantId, in.arg(0))));
    }

    static void revoke(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        app.await(app.backend().roles().revokeScope(tenantId, in.arg(0), in.arg(1)));
        printScopes(app, app.await(app.backend().roles().scopes(tenantId, in.arg(0))));
    }

    static void assign(CliApp &app, Invocation &in)
    {
        const QString appId = requireApp(app, in);
        const QString tenantId = app.tenantId();
        app.await(app.backend().roles().assignToApplication(tenantId, appId, {in.arg(0)}));
        printApps(app, app.await(app.backend().roles().applicationsOfRole(tenantId, in.arg(0))));
    }

    static void unassign(CliApp &app, Invocation &in)
    {
        const QString appId = requireApp(app, in);
        const QString tenantId = app.tenantId();
        app.await(app.backend().roles().unassignFromApplication(tenantId, appId, in.arg(0)));
        printApps(app, app.await(app.backend().roles().applicationsOfRole(tenantId, in.arg(0))));
    }

    static void scopes(CliApp &app, Invocation &in)
    {
        printScopes(app, app.await(app.backend().roles().scopes(app.tenantId(), in.arg(0))));
    }

    static void apps(CliApp &app, Invocation &in)
    {
        printApps(app, app.await(app.backend().roles().applicationsOfRole(app.tenantId(), in.arg(0))));
    }
};

Noun RoleCommands::noun()
{
    const QCommandLineOption name(QStringLiteral("name"), tr("Role name, unique in the tenant."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("User (assigned to users) or MachineToMachine (assigned to M2M apps)."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption description(QStringLiteral("description"), tr("Description."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption isDefault(QStringLiteral("default"),
                                       tr("Give the role to new users automatically (User roles only)."));
    const QCommandLineOption notDefault(QStringLiteral("no-default"), tr("Stop being a default role."));
    const QCommandLineOption appOption(QStringLiteral("app"), tr("A MachineToMachine application's id."),
                                       QStringLiteral("APP_ID"));

    Noun noun{QStringLiteral("role"),
              tr("Roles: permissions they grant and the applications they are assigned to."),
              {}};
    noun.verbs = {
        {QStringLiteral("list"), {}, tr("List the tenant's roles."), {}, {}, 0, 0, false, &list},
        {QStringLiteral("show"), QStringLiteral("ID"), tr("Show one role."), {}, {}, 1, 1, false, &show},
        {QStringLiteral("create"),
         QStringLiteral("--name NAME --type User|MachineToMachine [options]"),
         tr("Create a role."),
         {},
         {name, type, description, isDefault},
         0,
         0,
         true,
         &create},
        {QStringLiteral("update"),
         QStringLiteral("ID [options]"),
         tr("Change a role."),
         tr("Only the options given change. The type cannot change."),
         {name, description, isDefault, notDefault},
         1,
         1,
         true,
         &update},
        {QStringLiteral("delete"),
         QStringLiteral("ID"),
         tr("Delete a role with its grants and assignments."),
         {},
         {},
         1,
         1,
         true,
         &remove},
        {QStringLiteral("grant"),
         QStringLiteral("ROLE_ID SCOPE_ID..."),
         tr("Grant permissions (scope ids, see \"resource scope list\")."),
         {},
         {},
         2,
         -1,
         true,
         &grant},
        {QStringLiteral("revoke"),
         QStringLiteral("ROLE_ID SCOPE_ID"),
         tr("Revoke a permission."),
         {},
         {},
         2,
         2,
         true,
         &revoke},
        {QStringLiteral("assign"),
         QStringLiteral("ROLE_ID --app APP_ID"),
         tr("Assign a MachineToMachine role to an application."),
         {},
         {appOption},
         1,
         1,
         true,
         &assign},
        {QStringLiteral("unassign"),
         QStringLiteral("ROLE_ID --app APP_ID"),
         tr("Remove a role from an application."),
         {},
         {appOption},
         1,
         1,
         true,
         &unassign},
        {QStringLiteral("scopes"),
         QStringLiteral("ROLE_ID"),
         tr("List the permissions a role grants."),
         {},
         {},
         1,
         1,
         false,
         &scopes},
        {QStringLiteral("apps"),
         QStringLiteral("ROLE_ID"),
         tr("List the applications a role is assigned to."),
         {},
         {},
         1,
         1,
         false,
         &apps},
    };
    return noun;
}

} // namespace

Noun roleNoun()
{
    return RoleCommands::noun();
}

} // namespace gatehouse::cli
