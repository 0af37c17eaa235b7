// "explain EMAIL": what happens when a person signs in with EMAIL (explain/AccessExplainer.h).
#include "CliApp.h"
#include "OrgCommandSupport.h"
#include "explain/AccessExplainer.h"

namespace gatehouse::cli {

namespace {

class ExplainCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ExplainCommands)
public:
    static Noun noun();

private:
    static QString viaText(explain::MembershipVia via)
    {
        switch (via) {
        case explain::MembershipVia::Existing:
            return tr("existing membership");
        case explain::MembershipVia::EmailDomain:
            return tr("email-domain JIT");
        case explain::MembershipVia::SsoConnector:
            return tr("SSO JIT");
        }
        return {};
    }

    static QString mfaText(explain::MfaOutcome outcome)
    {
        switch (outcome) {
        case explain::MfaOutcome::NotRequired:
            return tr("not required");
        case explain::MfaOutcome::Satisfied:
            return tr("required, set up");
        case explain::MfaOutcome::Prompted:
            return tr("required, prompted at sign-in");
        case explain::MfaOutcome::Blocked:
            return tr("required, blocked until set up");
        }
        return {};
    }

    static void printReadable(CliOutput &out, const explain::AccessExplanation &e)
    {
        QString user = e.user ? e.user->id : tr("none");
        if (e.user && e.user->isSuspended)
            user += QLatin1Char(' ') + tr("(suspended)");
        QStringList factors;
        for (MfaFactor f : e.signIn.mfaFactors)
            factors.append(mfaFactorName(f));
        out.printFields({
            {tr("Email"), e.email},
            {tr("User"), user},
            {tr("Explained as"), e.treatedAsNew ? tr("a new person signing up") : tr("an existing user")},
            {tr("Can sign in"), CliOutput::yesNo(e.canSignIn)},
            {tr("SSO connector"), e.ssoConnector ? e.ssoConnector->name + QStringLiteral(" (") +
                                                       e.ssoConnector->id + QLatin1Char(')')
                                                 : tr("none")},
            {tr("Password or code"), e.passwordSignInPossible ? tr("allowed") : tr("not allowed (SSO only)")},
            {tr("MFA policy"), mfaPolicyName(e.signIn.mfaPolicy)},
            {tr("MFA factors"), CliOutput::formatList(factors)},
            {tr("Organization MFA"), organizationMfaPolicyName(e.signIn.organizationRequiredMfaPolicy)},
            {tr("User has MFA"), CliOutput::yesNo(e.userHasMfa)},
        });
        out.printLine();
        QList<QStringList> rows;
        for (const explain::ExplainedOrganization &o : e.organizations)
            rows.append({o.id, o.name, viaText(o.via), o.roles.join(QStringLiteral(", ")), mfaText(o.mfa)});
        out.printTable({tr("ORGANIZATION"), tr("NAME"), tr("VIA"), tr("ROLES"), tr("MFA")}, rows,
                       tr("Organizations after sign-in: none."));
        out.printLine();
        out.printLine(tr("Why:"));
        for (const QString &note : e.noteTexts())
            out.printLine(QStringLiteral("  - ") + note);
    }

    static void run(CliApp &app, Invocation &in)
    {
        if (in.isSet(QStringLiteral("new")) && in.isSet(QStringLiteral("existing")))
            app.usageError(tr("--new and --existing contradict each other."), in.command());
        if (in.isSet(QStringLiteral("via-sso")) && in.value(QStringLiteral("via-sso")).trimmed().isEmpty())
            app.usageError(tr("--via-sso must not be empty."), in.command());
        explain::AccessRequest request;
        request.email = in.arg(0).trimmed();
        if (in.isSet(QStringLiteral("new")))
            request.person = explain::Person::New;
        else if (in.isSet(QStringLiteral("existing")))
            request.person = explain::Person::Existing;
        const QString tenantId = app.tenantId();
        if (in.isSet(QStringLiteral("via-sso")))
            request.viaSsoConnectorId = OrgCommandSupport::connectorIds(
                                            app, tenantId, {in.value(QStringLiteral("via-sso")).trimmed()})
                                            .constFirst();
        const explain::AccessExplanation explanation =
            app.await(explain::explainAccess(app.backend(), tenantId, request));
        app.out().either(explanation.toJson(), [&] { printReadable(app.out(), explanation); });
    }
};

Noun ExplainCommands::noun()
{
    const QCommandLineOption isNew(QStringLiteral("new"),
                                   tr("Explain for a new person signing up, even if a user has the email."));
    const QCommandLineOption existing(
        QStringLiteral("existing"),
        tr("Explain for an existing account, even if no user has the email yet (for example one an "
           "administrator creates)."));
    const QCommandLineOption viaSso(QStringLiteral("via-sso"),
                                    tr("Explain a sign-in through this SSO connector (id or name) instead of "
                                       "the routing by email domain."),
                                    QStringLiteral("CONNECTOR"));
    Noun noun{QStringLiteral("explain"),
              tr("What happens when an email signs in: SSO, organizations, roles, MFA — and why."),
              {}};
    noun.verbs = {
        {QString(),
         QStringLiteral("EMAIL [--new|--existing] [--via-sso CONNECTOR]"),
         tr("Explain what happens when EMAIL signs in."),
         tr("Without --new or --existing, the person is the user with this email if there is one, else a new "
            "person. The answer names the SSO connector sign-in goes to, each organization the person "
            "belongs "
            "to afterwards (existing membership, email-domain JIT or SSO JIT, with roles), what MFA means "
            "there, and a line for every rule that applied or did not. Nothing is changed."),
         {isNew, existing, viaSso},
         1,
         1,
         false,
         &run},
    };
    return noun;
}

} // namespace

Noun explainNoun()
{
    return ExplainCommands::noun();
}

} // namespace gatehouse::cli
