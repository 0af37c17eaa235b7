// "mfa show|set": the MFA part of the tenant's sign-in experience (factors, policy, and what
// organizations requiring MFA do to members without it).
#include "CliApp.h"
#include "OrgCommandSupport.h"
#include "model/SsoJson.h"

namespace gatehouse::cli {

namespace {

class MfaCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::MfaCommands)
public:
    static Noun noun();

private:
    static const QList<MfaPolicy> &policies()
    {
        static const QList<MfaPolicy> all{MfaPolicy::UserControlled, MfaPolicy::Mandatory,
                                          MfaPolicy::PromptAtSignInAndSignUp, MfaPolicy::PromptOnlyAtSignIn,
                                          MfaPolicy::NoPrompt};
        return all;
    }

    static void print(CliApp &app, const SignInExperience &e)
    {
        QStringList factors;
        for (MfaFactor f : e.mfaFactors)
            factors.append(mfaFactorName(f));
        app.out().object(
            json::toJson(e),
            {
                {tr("Factors"), CliOutput::formatList(factors)},
                {tr("Policy"), mfaPolicyName(e.mfaPolicy)},
                {tr("Organizations requiring MFA"),
                 e.organizationRequiredMfaPolicy == OrganizationMfaPolicy::Mandatory
                     ? tr("Mandatory (members without MFA are asked to set it up at sign-in)")
                     : tr("NoPrompt (members without MFA get no organization tokens until they set it up)")},
                {tr("Enterprise SSO"), e.singleSignOnEnabled ? tr("on") : tr("off")},
            });
    }

    /// The factors of --factor (names in any case, repeatable, comma-separated); usage error when
    /// one is unknown.
    static QList<MfaFactor> factors(CliApp &app, const Invocation &in)
    {
        QList<MfaFactor> out;
        QStringList known;
        for (MfaFactor f : allMfaFactors())
            known.append(mfaFactorName(f));
        for (const QString &typed : OrgCommandSupport::listOption(in, QStringLiteral("factor"))) {
            bool found = false;
            for (MfaFactor f : allMfaFactors()) {
                if (mfaFactorName(f).compare(typed, Qt::CaseInsensitive) == 0) {
                    if (!out.contains(f))
                        out.append(f);
                    found = true;
                }
            }
            if (!found)
                app.usageError(
                    tr("unknown MFA factor \"%1\"; use %2.").arg(typed, known.join(QStringLiteral(", "))),
                    in.command());
        }
        return out;
    }

    /// Applies the options to `e`; malformed ones are usage errors (checked before any lookup).
    static void applyOptions(CliApp &app, const Invocation &in, SignInExperience *e)
    {
        if (in.isSet(QStringLiteral("factor")) && in.isSet(QStringLiteral("no-factors")))
            app.usageError(tr("--factor and --no-factors contradict each other."), in.command());
        if (in.isSet(QStringLiteral("factor")))
            e->mfaFactors = factors(app, in);
        if (in.isSet(QStringLiteral("no-factors")))
            e->mfaFactors.clear();
        if (in.isSet(QStringLiteral("policy"))) {
            const QString typed = in.value(QStringLiteral("policy")).trimmed();
            QStringList names;
            bool found = false;
            for (MfaPolicy p : policies()) {
                names.append(mfaPolicyName(p));
                if (mfaPolicyName(p).compare(typed, Qt::CaseInsensitive) == 0) {
                    e->mfaPolicy = p;
                    found = true;
                }
            }
            if (!found)
                app.usageError(
                    tr("unknown MFA policy \"%1\"; use %2.").arg(typed, names.join(QStringLiteral(", "))),
                    in.command());
        }
        if (in.isSet(QStringLiteral("org-policy"))) {
            const QString typed = in.value(QStringLiteral("org-policy")).trimmed();
            bool found = false;
            for (OrganizationMfaPolicy p :
                 {OrganizationMfaPolicy::NoPrompt, OrganizationMfaPolicy::Mandatory}) {
                if (organizationMfaPolicyName(p).compare(typed, Qt::CaseInsensitive) == 0) {
                    e->organizationRequiredMfaPolicy = p;
                    found = true;
                }
            }
            if (!found)
                app.usageError(
                    tr("unknown organization MFA policy \"%1\"; use NoPrompt or Mandatory.").arg(typed),
                    in.command());
        }
    }

    static void show(CliApp &app, Invocation &)
    {
        print(app, app.await(app.backend().signInExperience().get(app.tenantId())));
    }

    static void set(CliApp &app, Invocation &in)
    {
        if (!in.isSet(QStringLiteral("factor")) && !in.isSet(QStringLiteral("no-factors")) &&
            !in.isSet(QStringLiteral("policy")) && !in.isSet(QStringLiteral("org-policy")))
            app.usageError(
                tr("mfa set needs at least one of --factor, --no-factors, --policy, --org-policy."),
                in.command());
        SignInExperience scratch;
        applyOptions(app, in, &scratch);
        const QString tenantId = app.tenantId();
        SignInExperience e = app.await(app.backend().signInExperience().get(tenantId));
        applyOptions(app, in, &e);
        print(app, app.await(app.backend().signInExperience().update(tenantId, e)));
    }
};

Noun MfaCommands::noun()
{
    const QCommandLineOption factor(
        QStringLiteral("factor"),
        tr("An MFA factor people can set up: Totp, WebAuthn, BackupCode, EmailVerificationCode, "
           "PhoneVerificationCode (repeatable or comma-separated; replaces the list). BackupCode cannot be "
           "the only one."),
        QStringLiteral("FACTOR"));
    const QCommandLineOption noFactors(QStringLiteral("no-factors"),
                                       tr("Turn every MFA factor off (refused while an organization requires "
                                          "MFA)."));
    const QCommandLineOption policy(
        QStringLiteral("policy"),
        tr("UserControlled, Mandatory, PromptAtSignInAndSignUp, PromptOnlyAtSignIn or "
           "NoPrompt."),
        QStringLiteral("POLICY"));
    const QCommandLineOption orgPolicy(
        QStringLiteral("org-policy"),
        tr("For organizations requiring MFA, members without it are: Mandatory = asked to set it up at "
           "sign-in; NoPrompt = given no organization tokens until they set it up."),
        QStringLiteral("POLICY"));

    Noun noun{QStringLiteral("mfa"),
              tr("Multi-factor authentication of the sign-in experience: factors and policies."),
              {}};
    noun.verbs = {
        {QStringLiteral("show"),
         {},
         tr("Show the MFA factors and policies (and whether enterprise SSO is on)."),
         {},
         {},
         0,
         0,
         false,
         &show},
        {QStringLiteral("set"),
         QStringLiteral("[--factor F]... [--no-factors] [--policy P] [--org-policy P]"),
         tr("Change the MFA factors and policies."),
         tr("Only the options given change. Enterprise SSO is switched with \"sso enable\" and \"sso "
            "disable\"; "
            "whether an organization requires MFA with \"org update\"."),
         {factor, noFactors, policy, orgPolicy},
         0,
         0,
         true,
         &set},
    };
    return noun;
}

} // namespace

Noun mfaNoun()
{
    return MfaCommands::noun();
}

} // namespace gatehouse::cli
