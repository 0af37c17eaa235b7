#include "model/SignInValidation.h"

#include <QCoreApplication>

namespace gatehouse::signin {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::signin", text);
}
} // namespace

bool hasUsableFactor(const QList<MfaFactor> &factors)
{
    for (const MfaFactor f : factors) {
        if (f != MfaFactor::BackupCode)
            return true;
    }
    return false;
}

QList<FieldError> validate(const SignInExperience &experience)
{
    QList<FieldError> errors;
    const QString factorsField = QStringLiteral("mfa.factors");
    QList<MfaFactor> seen;
    for (const MfaFactor f : experience.mfaFactors) {
        if (seen.contains(f))
            errors.append({factorsField, tr("%1 is listed twice").arg(mfaFactorName(f))});
        seen.append(f);
    }
    if (!seen.isEmpty() && !hasUsableFactor(seen))
        errors.append({factorsField, tr("backup codes cannot be the only factor: enable an authenticator app "
                                        "(TOTP), a passkey (WebAuthn) or a verification code as well")});
    const bool prompts = experience.mfaPolicy == MfaPolicy::Mandatory ||
                         experience.mfaPolicy == MfaPolicy::PromptAtSignInAndSignUp ||
                         experience.mfaPolicy == MfaPolicy::PromptOnlyAtSignIn;
    if (prompts && seen.isEmpty())
        errors.append(
            {QStringLiteral("mfa.policy"),
             tr("the policy %1 asks people to set up MFA, but no factor is enabled: enable at least "
                "one factor or choose UserControlled or NoPrompt")
                 .arg(mfaPolicyName(experience.mfaPolicy))});
    return errors;
}

QList<FieldError> factorRemovalProblem(const SignInExperience &before, const SignInExperience &next,
                                       const QStringList &mfaRequiredOrganizations)
{
    if (!next.mfaFactors.isEmpty() || before.mfaFactors.isEmpty() || mfaRequiredOrganizations.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &name : mfaRequiredOrganizations)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return {
        {QStringLiteral("mfa.factors"),
         QCoreApplication::translate("gatehouse::signin",
                                     "MFA factors cannot all be turned off while these organizations require "
                                     "MFA: %1. Their members could never get organization tokens. Turn off "
                                     "\"Require MFA\" on them first.")
             .arg(quoted.join(QStringLiteral(", ")))}};
}

} // namespace gatehouse::signin
