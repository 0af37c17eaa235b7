#include "OrgCommandSupport.h"
#include "UserCommandSupport.h"

namespace gatehouse::cli {

namespace {

using Support = OrgCommandSupport;

/// "org member ..." and "org app ...".
class OrgMemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::OrgMemberCommands)
public:
    static QList<Verb> verbs();

private:
    static QStringList userIds(CliApp &app, const QString &tenantId, const QStringList &texts)
    {
        QStringList ids;
        for (const QString &text : texts) {
            const QString id = Support::user(app, tenantId, text).id;
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    /// The membership of `userId` (exit 3 when the user is not a member).
    static OrganizationMember member(CliApp &app, const QString &tenantId, const Organization &o,
                                     const QString &userId)
    {
        MemberQuery query;
        query.search = userId;
        query.limit = 1000;
        for (const OrganizationMember &m :
             app.await(app.backend().organizations().members(tenantId, o.id, query)).members) {
            if (m.user.id == userId)
                return m;
        }
        app.failWith(ExitNotFound,
                     tr("User %1 is not a member of organization %2.").arg(userId, Support::label(o)),
                     QStringLiteral("not_found"));
    }

    static void printMembers(CliApp &app, const QList<OrganizationMember> &members, int total)
    {
        app.out().list(members, json::toJson, tr("No members."),
                       {tr("ID"), tr("USERNAME"), tr("EMAIL"), tr("NAME"), tr("ROLES")},
                       [](const OrganizationMember &m) {
                           return QStringList{m.user.id, m.user.username, m.user.primaryEmail, m.user.name,
                                              CliOutput::formatList(Support::roleNames(m.roles))};
                       });
        if (total > members.size())
            app.out().writeErr(tr("Showing %1 of %2 members; narrow with --search or raise --limit.\n")
                                   .arg(members.size())
                                   .arg(total));
    }

    /// --set ROLE... / --no-roles: nullopt when neither was given (show only).
    static std::optional<QStringList> roleSet(CliApp &app, Invocation &in)
    {
        const bool clear = in.isSet(QStringLiteral("no-roles"));
        const QStringList set = Support::listOption(in, QStringLiteral("set"));
        if (clear && in.isSet(QStringLiteral("set")))
            app.usageError(tr("--set and --no-roles contradict each other."), in.command());
        if (in.isSet(QStringLiteral("set")) && set.isEmpty())
            app.usageError(tr("--set needs a role; use --no-roles to remove every role."), in.command());
        if (clear)
            return QStringList();
        if (set.isEmpty())
            return std::nullopt;
        return set;
    }

    static void memberList(CliApp &app, Invocation &in)
    {
        MemberQuery query;
        query.search = in.value(QStringLiteral("search")).trimmed();
        query.limit = int(in.integer(QStringLiteral("limit"), 200, 1, 1000));
        if (in.isSet(QStringLiteral("role")) && in.value(QStringLiteral("role")).trimmed().isEmpty())
            app.usageError(tr("--role must not be empty."), in.command());
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        if (in.isSet(QStringLiteral("role")))
            query.roleId =
                Support::roleIds(app, tenantId, {in.value(QStringLiteral("role")).trimmed()}).first();
        const MemberPage page = app.await(app.backend().organizations().members(tenantId, o.id, query));
        printMembers(app, page.members, page.total);
    }

    static void memberAdd(CliApp &app, Invocation &in)
    {
        const QStringList roleTexts = Support::listOption(in, QStringLiteral("role"));
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const QStringList users = userIds(app, tenantId, in.args().mid(1));
        const QStringList roles = Support::roleIds(app, tenantId, roleTexts);
        app.await(app.backend().organizations().addMembers(tenantId, o.id, users, roles));
        QList<OrganizationMember> members;
        for (const QString &id : users)
            members.append(member(app, tenantId, o, id));
        printMembers(app, members, int(members.size()));
    }

    static void memberRemove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const User user = Support::user(app, tenantId, in.arg(1));
        app.await(app.backend().organizations().removeMember(tenantId, o.id, user.id));
        app.out().done(
            QJsonObject{{QStringLiteral("organizationId"), o.id}, {QStringLiteral("removed"), user.id}},
            tr("Removed %1 from organization %2 with their roles there.")
                .arg(UserCommandSupport::label(user), Support::label(o)));
    }

    static void memberRoles(CliApp &app, Invocation &in)
    {
        const std::optional<QStringList> set = roleSet(app, in);
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const User user = Support::user(app, tenantId, in.arg(1));
        if (set)
            app.await(app.backend().organizations().setMemberRoles(tenantId, o.id, user.id,
                                                                   Support::roleIds(app, tenantId, *set)));
        Support::printRoles(app, member(app, tenantId, o, user.id).roles,
                            tr("The member has no roles in this organization."));
    }

    static void memberAssignRole(CliApp &app, Invocation &in)
    {
        const QStringList roleTexts = Support::listOption(in, QStringLiteral("role"));
        if (roleTexts.isEmpty())
            app.usageError(tr("%1 needs --role ROLE (repeat it for several roles).").arg(in.command()),
                           in.command());
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const QStringList users = userIds(app, tenantId, in.args().mid(1));
        const QStringList roles = Support::roleIds(app, tenantId, roleTexts);
        app.await(app.backend().organizations().assignMemberRoles(tenantId, o.id, users, roles));
        QList<OrganizationMember> members;
        for (const QString &id : users)
            members.append(member(app, tenantId, o, id));
        printMembers(app, members, int(members.size()));
    }

    static void memberPermissions(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const User user = Support::user(app, tenantId, in.arg(1));
        const QList<EffectivePermission> permissions =
            app.await(app.backend().organizations().effectivePermissions(tenantId, o.id, user.id));
        app.out().list(
            permissions, json::toJson,
            tr("%1 holds no permissions in organization %2.")
                .arg(UserCommandSupport::label(user), Support::label(o)),
            {tr("PERMISSION"), tr("RESOURCE"), tr("GRANTED BY")}, [](const EffectivePermission &p) {
                return QStringList{p.name,
                                   p.resourceIndicator.isEmpty() ? tr("(organization)") : p.resourceIndicator,
                                   p.grantedBy.join(QStringLiteral(", "))};
            });
    }

    // --- applications -------------------------------------------------------------------------

    static void printApps(CliApp &app, const QList<OrganizationApplication> &apps)
    {
        app.out().list(apps, json::toJson, tr("No applications in this organization."),
                       {tr("ID"), tr("NAME"), tr("ROLES")}, [](const OrganizationApplication &a) {
                           return QStringList{a.application.id, a.application.name,
                                              CliOutput::formatList(Support::roleNames(a.roles))};
                       });
    }

    static void appList(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        printApps(app, app.await(app.backend().organizations().applications(tenantId, o.id)));
    }

    static void appAdd(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        app.await(app.backend().organizations().addApplications(
            tenantId, o.id, Support::applicationIds(app, tenantId, in.args().mid(1))));
        printApps(app, app.await(app.backend().organizations().applications(tenantId, o.id)));
    }

    static void appRemove(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const QString appId = Support::applicationIds(app, tenantId, {in.arg(1)}).first();
        app.await(app.backend().organizations().removeApplication(tenantId, o.id, appId));
        printApps(app, app.await(app.backend().organizations().applications(tenantId, o.id)));
    }

    static void appRoles(CliApp &app, Invocation &in)
    {
        const std::optional<QStringList> set = roleSet(app, in);
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const QString appId = Support::applicationIds(app, tenantId, {in.arg(1)}).first();
        if (set)
            app.await(app.backend().organizations().setApplicationRoles(
                tenantId, o.id, appId, Support::roleIds(app, tenantId, *set)));
        for (const OrganizationApplication &a :
             app.await(app.backend().organizations().applications(tenantId, o.id))) {
            if (a.application.id == appId) {
                Support::printRoles(app, a.roles, tr("The application has no roles in this organization."));
                return;
            }
        }
        app.failWith(ExitNotFound,
                     tr("Application %1 is not in organization %2; add it with \"org app add\".")
                         .arg(appId, Support::label(o)),
                     QStringLiteral("not_found"));
    }
};

QList<Verb> OrgMemberCommands::verbs()
{
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("An organization role (id or name); repeat it or separate with commas."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        tr("Replace the roles with exactly these (id or name); repeat it or separate "
           "with commas."),
        QStringLiteral("ROLE"));
    const QCommandLineOption noRoles(QStringLiteral("no-roles"), tr("Remove every role."));
    const QString users = tr("USER is a user id, username or email address; ORG an organization id or name.");
    const QString replace = tr("Without --set or --no-roles, only shows the roles. --set replaces the whole "
                               "set: roles not listed are removed.");
    const auto verb = &Verb::make;
    return {
        verb("member list", "ORG [--search TEXT] [--role ROLE] [--limit N]",
             tr("List an organization's members with their roles."), users,
             {{QStringLiteral("search"),
               tr("Only members whose id, username, email, phone or name contains TEXT (any case)."),
               QStringLiteral("TEXT")},
              {QStringLiteral("role"), tr("Only members holding this organization role (id or name)."),
               QStringLiteral("ROLE")},
              {QStringLiteral("limit"), tr("At most N members (1-1000, default 200)."), QStringLiteral("N")}},
             1, 1, false, &memberList),
        verb("member add", "ORG USER... [--role ROLE]...",
             tr("Add users to an organization, optionally with roles."),
             users + QLatin1Char(' ') +
                 tr("Users already in the organization stay; the roles are added to theirs."),
             {role}, 2, -1, true, &memberAdd),
        verb("member remove", "ORG USER", tr("Remove a member with their roles in the organization."), users,
             {}, 2, 2, true, &memberRemove),
        verb("member roles", "ORG USER [--set ROLE]... [--no-roles]", tr("Show or replace a member's roles."),
             users + QLatin1Char(' ') + replace, {set, noRoles}, 2, 2, true, &memberRoles),
        verb("member assign-role", "ORG --role ROLE... USER...",
             tr("Give several members one or more roles (roles they hold are kept)."), users, {role}, 2, -1,
             true, &memberAssignRole),
        verb("member permissions", "ORG USER",
             tr("A member's effective permissions and which of their roles grant each."), users, {}, 2, 2,
             false, &memberPermissions),
        verb("app list", "ORG", tr("List the machine-to-machine apps in an organization with their roles."),
             {}, {}, 1, 1, false, &appList),
        verb("app add", "ORG APP...",
             tr("Add machine-to-machine applications (id or name) to an organization."), {}, {}, 2, -1, true,
             &appAdd),
        verb("app remove", "ORG APP", tr("Remove an application from an organization."), {}, {}, 2, 2, true,
             &appRemove),
        verb("app roles", "ORG APP [--set ROLE]... [--no-roles]",
             tr("Show or replace an application's roles (MachineToMachine organization roles)."), replace,
             {set, noRoles}, 2, 2, true, &appRoles),
    };
}

} // namespace

QList<Verb> orgMemberVerbs()
{
    return OrgMemberCommands::verbs();
}

} // namespace gatehouse::cli
