#include "OrgCommandSupport.h"
#include "model/EmailDomains.h"
#include "util/Clock.h"

#include <QDateTime>

namespace gatehouse::cli {

namespace {

using Support = OrgCommandSupport;

constexpr qint64 dayMs = qint64(24) * 60 * 60 * 1000;

/// "org invitation ..." and "org jit ...".
class OrgInvitationCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::OrgInvitationCommands)
public:
    static QList<Verb> verbs();

private:
    static QString expiry(const OrganizationInvitation &i)
    {
        return i.expiresAt > 0 ? CliOutput::formatTime(i.expiresAt) : QString();
    }

    static void print(CliApp &app, const OrganizationInvitation &i)
    {
        app.out().object(json::toJson(i),
                         {{tr("ID"), i.id},
                          {tr("Organization"), i.organizationId},
                          {tr("Invitee"), i.invitee},
                          {tr("Inviter"), i.inviterId.isEmpty() ? tr("(administrator)") : i.inviterId},
                          {tr("Roles"), CliOutput::formatList(Support::roleNames(i.roles))},
                          {tr("Status"), invitationStatusName(i.status)},
                          {tr("Accepted by"), i.acceptedUserId},
                          {tr("Created"), CliOutput::formatTime(i.createdAt)},
                          {tr("Expires"), expiry(i)}});
    }

    /// --expires-in / --expires-at as unix ms; 0 when neither was given (the 7-day default).
    static qint64 expiresAt(CliApp &app, Invocation &in)
    {
        const bool relative = in.isSet(QStringLiteral("expires-in"));
        const bool absolute = in.isSet(QStringLiteral("expires-at"));
        if (relative && absolute)
            app.usageError(tr("--expires-in and --expires-at contradict each other; pass one."),
                           in.command());
        if (relative)
            return clock::nowMs() + in.integer(QStringLiteral("expires-in"), 7, 1, 365) * dayMs;
        if (!absolute)
            return 0;
        const QString text = in.value(QStringLiteral("expires-at")).trimmed();
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            app.usageError(
                tr("--expires-at needs an ISO 8601 time such as 2030-01-31T18:00:00Z, not \"%1\".").arg(text),
                in.command());
        if (at.timeSpec() == Qt::LocalTime) // no offset given: UTC, like every time Gatehouse shows
            at.setTimeSpec(Qt::UTC);
        const qint64 ms = at.toMSecsSinceEpoch();
        if (ms <= clock::nowMs())
            app.failWith(ExitInvalid, tr("--expires-at must be in the future."),
                         QStringLiteral("validation"));
        return ms;
    }

    static void invitationList(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const QList<OrganizationInvitation> invitations =
            app.await(app.backend().organizations().invitations(tenantId, o.id));
        app.out().list(invitations, json::toJson,
                       tr("No invitations for organization %1.").arg(Support::label(o)),
                       {tr("ID"), tr("STATUS"), tr("EXPIRES"), tr("INVITEE"), tr("ROLES")},
                       [](const OrganizationInvitation &i) {
                           return QStringList{i.id, invitationStatusName(i.status), expiry(i), i.invitee,
                                              CliOutput::formatList(Support::roleNames(i.roles))};
                       });
    }

    static void invitationCreate(CliApp &app, Invocation &in)
    {
        const QString email = in.value(QStringLiteral("email")).trimmed();
        if (email.isEmpty())
            app.usageError(tr("%1 needs --email ADDRESS.").arg(in.command()), in.command());
        OrganizationInvitation draft;
        draft.invitee = email;
        draft.expiresAt = expiresAt(app, in);
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        draft.organizationId = o.id;
        if (in.isSet(QStringLiteral("inviter")))
            draft.inviterId = Support::user(app, tenantId, in.value(QStringLiteral("inviter"))).id;
        for (const QString &id :
             Support::roleIds(app, tenantId, Support::listOption(in, QStringLiteral("role")))) {
            OrganizationRole role;
            role.id = id;
            draft.roles.append(role);
        }
        print(app, app.await(app.backend().organizations().createInvitation(tenantId, draft)));
    }

    static void invitationRevoke(CliApp &app, Invocation &in)
    {
        print(app, app.await(app.backend().organizations().revokeInvitation(app.tenantId(), in.arg(0))));
    }

    static void invitationAccept(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("user")))
            app.usageError(tr("%1 needs --user USER: the user who accepts.").arg(in.command()), in.command());
        const QString tenantId = app.tenantId();
        const User user = Support::user(app, tenantId, in.value(QStringLiteral("user")));
        print(app, app.await(app.backend().organizations().acceptInvitation(tenantId, in.arg(0), user.id)));
    }

    // --- JIT ----------------------------------------------------------------------------------

    /// Why the JIT settings may not do what the reader expects (public providers, SSO shadowing).
    static QStringList warnings(const Organization &o, const OrganizationJit &jit,
                                const QList<SsoConnector> &connectors)
    {
        QStringList lines;
        for (const QString &domain : jit.emailDomains) {
            if (emaildomains::isPublicProvider(domain))
                lines.append(tr("%1 is a public email provider's domain: anyone who signs up with an address "
                                "there would join organization \"%2\".")
                                 .arg(domain, o.name));
            for (const SsoConnector &c : connectors) {
                if (!c.domains.contains(domain, Qt::CaseInsensitive))
                    continue;
                lines.append(tr("%1 is also claimed by SSO connector \"%2\" (%3): when enterprise SSO is on, "
                                "sign-in for it "
                                "goes to that connector, so email-domain JIT will not fire for it%4.")
                                 .arg(domain, c.connectorName, c.id,
                                      jit.ssoConnectorIds.contains(c.id)
                                          ? tr("; its users join through the connector's JIT instead")
                                          : tr("; add the connector with --sso to provision them")));
            }
        }
        return lines;
    }

    static void printJit(CliApp &app, const QString &tenantId, const Organization &o)
    {
        const OrganizationJit jit = app.await(app.backend().organizations().jit(tenantId, o.id));
        const QList<SsoConnector> connectors = app.await(app.backend().ssoConnectors().list(tenantId));
        const QStringList problems = warnings(o, jit, connectors);
        QJsonArray connectorArray;
        QStringList connectorNames;
        for (const QString &id : jit.ssoConnectorIds) {
            QString name;
            for (const SsoConnector &c : connectors) {
                if (c.id == id)
                    name = c.connectorName;
            }
            connectorArray.append(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("connectorName"), name}});
            connectorNames.append(name.isEmpty() ? id : name + QStringLiteral(" (") + id + QLatin1Char(')'));
        }
        app.out().object(
            QJsonObject{{QStringLiteral("organizationId"), o.id},
                        {QStringLiteral("emailDomains"), QJsonArray::fromStringList(jit.emailDomains)},
                        {QStringLiteral("ssoConnectors"), connectorArray},
                        {QStringLiteral("organizationRoles"), json::roleRefs(jit.roles)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(problems)}},
            {{tr("Organization"), Support::label(o)},
             {tr("Email domains"), CliOutput::formatList(jit.emailDomains)},
             {tr("SSO connectors"), CliOutput::formatList(connectorNames)},
             {tr("Default roles"), CliOutput::formatList(Support::roleNames(jit.roles))}});
        for (const QString &line : problems)
            app.out().writeErr(QStringLiteral("warning: ") + line + QLatin1Char('\n'));
    }

    static void jitShow(CliApp &app, Invocation &in)
    {
        const QString tenantId = app.tenantId();
        printJit(app, tenantId, Support::organization(app, tenantId, in.arg(0)));
    }

    /// The values of --FLAG, or an empty list for --no-FLAGS, or nullopt when neither was given.
    static std::optional<QStringList> replacement(CliApp &app, Invocation &in, const QString &option,
                                                  const QString &clear)
    {
        const QStringList values = Support::listOption(in, option);
        if (in.isSet(option) && in.isSet(clear))
            app.usageError(tr("--%1 and --%2 contradict each other.").arg(option, clear), in.command());
        if (in.isSet(option) && values.isEmpty())
            app.usageError(tr("--%1 needs a value; use --%2 to clear the list.").arg(option, clear),
                           in.command());
        if (in.isSet(clear))
            return QStringList();
        if (values.isEmpty())
            return std::nullopt;
        return values;
    }

    static void jitSet(CliApp &app, Invocation &in)
    {
        std::optional<QStringList> domains =
            replacement(app, in, QStringLiteral("domain"), QStringLiteral("no-domains"));
        const std::optional<QStringList> connectors =
            replacement(app, in, QStringLiteral("sso"), QStringLiteral("no-sso"));
        const std::optional<QStringList> roles =
            replacement(app, in, QStringLiteral("role"), QStringLiteral("no-roles"));
        if (!domains && !connectors && !roles)
            app.usageError(tr("nothing to change; pass --domain, --sso or --role (or --no-domains, --no-sso, "
                              "--no-roles)."),
                           in.command());
        if (domains) {
            QStringList normalized;
            for (const QString &typed : *domains) {
                QString problem;
                const QString domain = emaildomains::normalize(typed, &problem);
                if (domain.isEmpty())
                    app.failWith(ExitInvalid, problem, QStringLiteral("validation"));
                if (!normalized.contains(domain))
                    normalized.append(domain);
            }
            domains = normalized;
        }
        const QString tenantId = app.tenantId();
        const Organization o = Support::organization(app, tenantId, in.arg(0));
        const QStringList connectorIds =
            connectors ? Support::connectorIds(app, tenantId, *connectors) : QStringList();
        const QStringList roleIds = roles ? Support::roleIds(app, tenantId, *roles) : QStringList();
        if (domains)
            app.await(app.backend().organizations().setJitEmailDomains(tenantId, o.id, *domains));
        if (connectors)
            app.await(app.backend().organizations().setJitSsoConnectors(tenantId, o.id, connectorIds));
        if (roles)
            app.await(app.backend().organizations().setJitRoles(tenantId, o.id, roleIds));
        printJit(app, tenantId, o);
    }
};

QList<Verb> OrgInvitationCommands::verbs()
{
    const auto verb = &Verb::make;
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("An organization role (id or name); repeat it or separate with commas."),
                                  QStringLiteral("ROLE"));
    return {
        verb("invitation list", "ORG",
             tr("List an organization's invitations, newest first (Pending, Accepted, Expired, Revoked)."),
             {}, {}, 1, 1, false, &invitationList),
        verb("invitation create", "ORG --email EMAIL [--role ROLE]... [--expires-in DAYS|--expires-at TIME]",
             tr("Invite someone to an organization."),
             tr("The invitation expires after 7 days unless --expires-in or --expires-at says otherwise. "
                "Accepting it makes the invitee a member with the invited roles."),
             {{QStringLiteral("email"), tr("The invitee's email address."), QStringLiteral("EMAIL")},
              role,
              {QStringLiteral("expires-in"), tr("Expire after DAYS days (1-365)."), QStringLiteral("DAYS")},
              {QStringLiteral("expires-at"),
               tr("Expire at this ISO 8601 time (UTC unless it has an offset)."), QStringLiteral("TIME")},
              {QStringLiteral("inviter"), tr("The inviting user (id, username or email)."),
               QStringLiteral("USER")}},
             1, 1, true, &invitationCreate),
        verb("invitation revoke", "ID", tr("Revoke a pending invitation."), {}, {}, 1, 1, true,
             &invitationRevoke),
        verb("invitation accept", "ID --user USER",
             tr("Accept a pending invitation on behalf of a user: they join with the invited roles."),
             tr("For a local workspace, where no one signs in; USER is a user id, username or email."),
             {{QStringLiteral("user"), tr("The accepting user (id, username or email)."),
               QStringLiteral("USER")}},
             1, 1, true, &invitationAccept),
        verb("jit show", "ORG", tr("Show an organization's just-in-time provisioning."),
             tr("Warnings (on stderr; \"warnings\" with --json) name public email domains and domains an SSO "
                "connector claims."),
             {}, 1, 1, false, &jitShow),
        verb(
            "jit set", "ORG [--domain D]... [--sso CONNECTOR]... [--role ROLE]...",
            tr("Set just-in-time provisioning: email domains, SSO connectors, default roles."),
            tr("Each option replaces its whole list; a list whose option is left out stays as it is, "
               "--no-domains, --no-sso and --no-roles empty one. Email-domain JIT adds new users who sign up "
               "with a verified address of the domain (not existing or admin-created users); SSO-connector "
               "JIT "
               "adds new users and existing users at their first sign-in through the connector. A domain an "
               "SSO "
               "connector claims goes to SSO, so email-domain JIT never fires for it (a warning says so)."),
            {{QStringLiteral("domain"), tr("An email domain (acme.com); repeat it or separate with commas."),
              QStringLiteral("DOMAIN")},
             {QStringLiteral("no-domains"), tr("Remove every email domain.")},
             {QStringLiteral("sso"), tr("An SSO connector (id or name); repeat it or separate with commas."),
              QStringLiteral("CONNECTOR")},
             {QStringLiteral("no-sso"), tr("Remove every SSO connector.")},
             {QStringLiteral("role"), tr("A default organization role (id or name); repeatable."),
              QStringLiteral("ROLE")},
             {QStringLiteral("no-roles"), tr("Remove every default role.")}},
            1, 1, true, &jitSet),
    };
}

} // namespace

QList<Verb> orgInvitationVerbs()
{
    return OrgInvitationCommands::verbs();
}

} // namespace gatehouse::cli
