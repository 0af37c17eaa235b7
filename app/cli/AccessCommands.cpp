// "operator", "whoami" and "delegation": who operates the workspace, and what organization
// admins may do in their organizations.
#include "CliApp.h"
#include "OrgCommandSupport.h"
#include "UserCommandSupport.h"
#include "explain/OperatorExplainer.h"
#include "policy/AccessJson.h"

#include <QJsonArray>

namespace gatehouse::cli {

namespace {
using namespace policy;

class AccessCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::AccessCommands)
public:
    static Noun operatorNoun();
    static Noun whoamiNoun();
    static Noun delegationNoun();

private:
    static ConsoleRole role(CliApp &app, Invocation &in)
    {
        ConsoleRole role = ConsoleRole::Auditor;
        if (!parseConsoleRole(in.value(QStringLiteral("role")).trimmed(), &role))
            app.usageError(tr("unknown role \"%1\": use owner, developer, support, auditor or org-admin.")
                               .arg(in.value(QStringLiteral("role"))),
                           in.command());
        return role;
    }

    static Ability ability(CliApp &app, const QString &name, const QString &command)
    {
        Ability ability = Ability::OrgMembersView;
        if (!parseAbility(name.trimmed(), &ability) || !isDelegable(ability)) {
            QStringList names;
            for (Ability a : delegableAbilities())
                names.append(abilityName(a));
            app.usageError(tr("\"%1\" is not an ability organization admins can be lent; use one of: %2")
                               .arg(name, names.join(QStringLiteral(", "))),
                           command);
        }
        return ability;
    }

    /// The role's tenants (--tenant, repeatable) and, for an organization admin, their user.
    static OperatorAccount account(CliApp &app, Invocation &in, OperatorAccount a)
    {
        a.role = role(app, in);
        QStringList tenants;
        for (const QString &tenant : OrgCommandSupport::listOption(in, QStringLiteral("tenant")))
            tenants.append(app.tenantId(tenant));
        a.tenantIds.clear();
        a.userTenantId.clear();
        a.userId.clear();
        if (a.role == ConsoleRole::OrganizationAdmin) {
            if (tenants.size() != 1 || !in.isSet(QStringLiteral("user")))
                app.usageError(
                    tr("An organization admin is a user of one tenant: give --tenant T and --user USER."),
                    in.command());
            a.userTenantId = tenants.first();
            a.userId = OrgCommandSupport::user(app, a.userTenantId, in.value(QStringLiteral("user"))).id;
        } else {
            a.tenantIds = tenants;
        }
        return a;
    }

    static QString tenantsText(const OperatorAccount &a)
    {
        if (a.role == ConsoleRole::OrganizationAdmin)
            return a.userTenantId;
        return a.tenantIds.isEmpty() ? tr("all") : a.tenantIds.join(QStringLiteral(", "));
    }

    static void printOperator(CliApp &app, const OperatorAccount &a)
    {
        CliOutput::Fields fields{
            {tr("Operator"), a.name}, {tr("Role"), consoleRoleName(a.role)}, {tr("Tenants"), tenantsText(a)}};
        if (a.role == ConsoleRole::OrganizationAdmin)
            fields.append({tr("User"), a.userId});
        app.out().object(toJson(a), fields);
    }

    static void list(CliApp &app, Invocation &)
    {
        app.out().list(app.await(app.backend().access().operators()), toJson,
                       tr("No operators yet. Add one with: gatehouse-cli operator add NAME --role ROLE"),
                       {tr("NAME"), tr("ROLE"), tr("TENANTS"), tr("USER")}, [](const OperatorAccount &a) {
                           return QStringList{a.name, consoleRoleName(a.role), tenantsText(a), a.userId};
                       });
    }

    static void add(CliApp &app, Invocation &in)
    {
        OperatorAccount draft;
        draft.name = in.arg(0);
        draft = account(app, in, draft);
        // A PostgreSQL workspace creates the login: its password comes from standard input only
        // (never an argument, which would show in ps and the shell history).
        QString password;
        if (app.workspaceSpec().kind == WorkspaceSpec::Kind::Postgres &&
            !in.isSet(QStringLiteral("existing-login")))
            password = UserCommandSupport::readSecret(
                app, tr("Password for the new login %1: ").arg(draft.name), tr("password"),
                tr("The new login needs a password (on standard input), or "
                   "--existing-login for a login that already exists."));
        printOperator(app, app.await(app.backend().access().addOperator(draft, password)));
    }

    static OperatorAccount find(CliApp &app, const QString &name)
    {
        for (const OperatorAccount &a : app.await(app.backend().access().operators())) {
            if (a.name == name)
                return a;
        }
        app.failWith(ExitNotFound, tr("There is no operator named %1.").arg(name),
                     QStringLiteral("not_found"));
    }

    static void setRole(CliApp &app, Invocation &in)
    {
        const OperatorAccount current = find(app, in.arg(0));
        printOperator(app, app.await(app.backend().access().updateOperator(account(app, in, current))));
    }

    static void remove(CliApp &app, Invocation &in)
    {
        const OperatorAccount current = find(app, in.arg(0));
        app.await(app.backend().access().removeOperator(current.name));
        app.out().deleted(toJson(current), tr("Removed the operator %1.").arg(current.name));
    }

    static void explain(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization organization = OrgCommandSupport::organization(app, tenantId, in.arg(1));
        const explain::OperatorExplanation e =
            app.await(explain::explainOperator(app.backend(), tenantId, in.arg(0), organization.id));
        app.out().either(e.toJson(), [&] {
            app.out().printFields({{tr("Operator"), e.operatorName},
                                   {tr("Role"), consoleRoleName(e.role)},
                                   {tr("Organization"), e.organizationName + QStringLiteral(" (") +
                                                            e.organizationId + QLatin1Char(')')}});
            app.out().printLine();
            QList<QStringList> rows;
            for (const explain::AbilityAnswer &a : e.abilities)
                rows.append({abilityName(a.ability), CliOutput::yesNo(a.allowed), a.why});
            app.out().printTable({tr("ABILITY"), tr("MAY"), tr("WHY")}, rows);
            if (!e.notes.isEmpty()) {
                app.out().printLine();
                for (const QString &note : e.notes)
                    app.out().printLine(QStringLiteral("  - ") + note);
            }
        });
    }

    static void whoami(CliApp &app, Invocation &)
    {
        const OperatorIdentity &who = app.identity();
        const OperatorAccount &a = who.account;
        app.out().either(toJson(who), [&] {
            CliOutput::Fields fields{{tr("Operator"), a.name},
                                     {tr("Role"), consoleRoleName(a.role)},
                                     {tr("Tenants"), tenantsText(a)},
                                     {tr("Established by"), identitySourceName(who.source)}};
            if (!who.declaredName.isEmpty())
                fields.append({tr("Declared name"), who.declaredName});
            if (who.preview)
                fields.append({tr("Previewed by"), who.actingName});
            QStringList abilities;
            for (Ability ability : abilitiesOf(a.role))
                abilities.append(abilityName(ability));
            fields.append({tr("Abilities"), abilities.join(QStringLiteral(", "))});
            app.out().printFields(fields);
            if (a.role == ConsoleRole::OrganizationAdmin)
                app.out().printLine(tr("Organization admins hold what the delegation policy lends them in "
                                       "their organizations: see "
                                       "\"gatehouse-cli delegation who ORGANIZATION\"."));
        });
    }

    static QString permissionName(CliApp &app, const QString &tenantId, const QString &scopeId)
    {
        for (const OrganizationScope &s : app.await(app.backend().organizationTemplate().scopes(tenantId))) {
            if (s.id == scopeId)
                return s.name;
        }
        return scopeId;
    }

    static void printPolicy(CliApp &app, const DelegationPolicy &policy)
    {
        app.out().either(toJson(policy), [&] {
            QList<QStringList> rows;
            for (Ability a : delegableAbilities()) {
                const QString scope = policy.permissions.value(a);
                rows.append(
                    {abilityName(a),
                     scope.isEmpty() ? tr("(not delegated)") : permissionName(app, policy.tenantId, scope),
                     abilityDescription(a)});
            }
            app.out().printTable({tr("ABILITY"), tr("PERMISSION"), tr("WHAT IT LETS AN ADMIN DO")}, rows);
        });
    }

    static void show(CliApp &app, Invocation &)
    {
        printPolicy(app, app.await(app.backend().access().delegation(app.tenantId())));
    }

    static void set(CliApp &app, Invocation &in)
    {
        const Ability a = ability(app, in.arg(0), in.command());
        if (in.value(QStringLiteral("permission")).trimmed().isEmpty())
            app.usageError(tr("Name the organization permission with --permission."), in.command());
        const QString tenantId = app.tenantId();
        const QStringList scope =
            OrgCommandSupport::scopeIds(app, tenantId, {in.value(QStringLiteral("permission"))});
        printPolicy(app, app.await(app.backend().access().setDelegation(tenantId, a, scope.value(0))));
    }

    static void unset(CliApp &app, Invocation &in)
    {
        const Ability a = ability(app, in.arg(0), in.command());
        printPolicy(app, app.await(app.backend().access().setDelegation(app.tenantId(), a, {})));
    }

    static void who(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization organization = OrgCommandSupport::organization(app, tenantId, in.arg(0));
        const QList<OrganizationAdmin> admins =
            app.await(app.backend().access().organizationAdmins(tenantId, organization.id));
        QJsonArray json;
        for (const OrganizationAdmin &admin : admins)
            json.append(toJson(admin));
        app.out().either(json, [&] {
            if (admins.isEmpty()) {
                app.out().printLine(tr("Nobody in %1 holds a delegated ability.").arg(organization.name));
                return;
            }
            QList<QStringList> rows;
            for (const OrganizationAdmin &admin : admins) {
                for (auto it = admin.abilities.cbegin(); it != admin.abilities.cend(); ++it)
                    rows.append(
                        {admin.username, abilityName(it.key()), it.value().join(QStringLiteral(", "))});
            }
            app.out().printTable({tr("MEMBER"), tr("ABILITY"), tr("GRANTED BY")}, rows);
        });
    }
};

Noun AccessCommands::operatorNoun()
{
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("owner, developer, support, auditor or org-admin."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        tr("For org-admin: the user of --tenant the operator is (id, username or "
           "email)."),
        QStringLiteral("USER"));
    const QCommandLineOption existingOption(
        QStringLiteral("existing-login"), tr("PostgreSQL: the login exists already (no password is read)."));
    const QString roles =
        tr("Roles: owner (everything, operators and delegation included), developer "
           "(configuration and users of their tenants), support (reads people, suspends, resets "
           "passwords and MFA, manages invitations, each with a reason), auditor (reads "
           "everything, verifies the journal), org-admin (what the delegation policy lends in "
           "their organizations). --tenant (repeatable) limits a role to some tenants.");
    Noun noun{QStringLiteral("operator"),
              tr("Operators of the workspace and their console roles (only owners change them)."),
              {}};
    noun.verbs = {
        Verb::make("list", "", tr("List the operators."), {}, {}, 0, 0, false, &list),
        Verb::make(
            "add", "NAME --role ROLE [--tenant T]... [--user USER]", tr("Add an operator."),
            roles + QLatin1Char('\n') +
                tr("On PostgreSQL this creates the database login NAME (password on standard input) and "
                   "gives it the role's privileges, which the database enforces."),
            {roleOption, userOption, existingOption}, 1, 1, true, &add),
        Verb::make("set-role", "NAME --role ROLE [--tenant T]... [--user USER]",
                   tr("Change an operator's role and tenants."), roles, {roleOption, userOption}, 1, 1, true,
                   &setRole),
        Verb::make("remove", "NAME", tr("Remove an operator."),
                   tr("On PostgreSQL the login loses the workspace's privileges."), {}, 1, 1, true, &remove),
        Verb::make("explain", "NAME ORGANIZATION",
                   tr("What the operator can do in an organization, and why."),
                   tr("For each organization-level action (view, invite and remove members, change their "
                      "roles, require MFA, branding, JIT domains, reset a password, remove an MFA factor): "
                      "yes or no, and the console role, or the organization role and permission, that "
                      "decides it."),
                   {}, 2, 2, false, &explain),
    };
    return noun;
}

Noun AccessCommands::whoamiNoun()
{
    Noun noun{
        QStringLiteral("whoami"), tr("Who you act as on this workspace, with which role and abilities."), {}};
    noun.verbs = {
        Verb::make("", "", noun.summary,
                   tr("The operator is established by the workspace: the PostgreSQL login, or the OS "
                      "account that owns a workspace file. --operator only labels journal entries of a "
                      "file; --as previews another operator."),
                   {}, 0, 0, false, &whoami)};
    return noun;
}

Noun AccessCommands::delegationNoun()
{
    const QCommandLineOption permissionOption(
        QStringLiteral("permission"),
        tr("The organization permission (of the template) that lends the "
           "ability."),
        QStringLiteral("PERMISSION"));
    Noun noun{
        QStringLiteral("delegation"),
        tr("What organization admins may do in their organizations, lent through organization permissions."),
        {}};
    noun.verbs = {
        Verb::make("show", "", tr("Show the tenant's delegation policy."), {}, {}, 0, 0, false, &show),
        Verb::make(
            "set", "ABILITY --permission PERMISSION",
            tr("Lend an ability to the members whose organization roles grant PERMISSION."),
            tr("Owners only. Members of an organization who hold a role granting the permission may then "
               "use the ability in that organization, and only there."),
            {permissionOption}, 1, 1, true, &set),
        Verb::make("unset", "ABILITY", tr("Lend an ability no longer."), {}, {}, 1, 1, true, &unset),
        Verb::make("who", "ORGANIZATION",
                   tr("Who can do what in an organization, and the role that grants it."), {}, {}, 1, 1,
                   false, &who),
    };
    return noun;
}

} // namespace

Noun operatorNoun()
{
    return AccessCommands::operatorNoun();
}

Noun whoamiNoun()
{
    return AccessCommands::whoamiNoun();
}

Noun delegationNoun()
{
    return AccessCommands::delegationNoun();
}

} // namespace gatehouse::cli
