#include "signin/SignInText.h"

namespace gatehouse::ui {

QString SignInText::factorLabel(MfaFactor factor)
{
    switch (factor) {
    case MfaFactor::TOTP:
        return tr("Authenticator app (TOTP)");
    case MfaFactor::WebAuthn:
        return tr("Passkeys and security keys (WebAuthn)");
    case MfaFactor::BackupCode:
        return tr("Backup codes");
    case MfaFactor::EmailVerificationCode:
        return tr("Email verification code");
    case MfaFactor::PhoneVerificationCode:
        return tr("SMS verification code");
    }
    return mfaFactorName(factor);
}

QString SignInText::factorHint(MfaFactor factor)
{
    switch (factor) {
    case MfaFactor::TOTP:
        return tr("Six-digit codes from an app such as Google Authenticator, Microsoft Authenticator or "
                  "1Password.");
    case MfaFactor::WebAuthn:
        return tr("The device's fingerprint or face unlock, or a hardware key such as a YubiKey.");
    case MfaFactor::BackupCode:
        return tr("One-time recovery codes for when the other factor is lost. A fallback only: it cannot be "
                  "the only factor.");
    case MfaFactor::EmailVerificationCode:
        return tr("A code sent to the person's verified email address.");
    case MfaFactor::PhoneVerificationCode:
        return tr("A code sent by text message to the person's verified phone number.");
    }
    return {};
}

QList<MfaPolicy> SignInText::policiesInOrder()
{
    return {MfaPolicy::Mandatory, MfaPolicy::PromptAtSignInAndSignUp, MfaPolicy::PromptOnlyAtSignIn,
            MfaPolicy::NoPrompt, MfaPolicy::UserControlled};
}

QString SignInText::policyLabel(MfaPolicy policy)
{
    switch (policy) {
    case MfaPolicy::Mandatory:
        return tr("Required for everyone");
    case MfaPolicy::PromptAtSignInAndSignUp:
        return tr("Optional, suggested at sign-up and sign-in");
    case MfaPolicy::PromptOnlyAtSignIn:
        return tr("Optional, suggested at sign-in");
    case MfaPolicy::NoPrompt:
        return tr("Optional, never suggested");
    case MfaPolicy::UserControlled:
        return tr("Left to each person (legacy)");
    }
    return mfaPolicyName(policy);
}

QString SignInText::policyHint(MfaPolicy policy)
{
    switch (policy) {
    case MfaPolicy::Mandatory:
        return tr("Everyone must set up a factor and use it at every sign-in. Needs at least one factor.");
    case MfaPolicy::PromptAtSignInAndSignUp:
        return tr("People are asked to set up a factor when they create their account and when they sign in "
                  "without one; they may skip.");
    case MfaPolicy::PromptOnlyAtSignIn:
        return tr("People who sign in without a factor are asked to set one up; they may skip. Sign-up does "
                  "not ask.");
    case MfaPolicy::NoPrompt:
        return tr("Nobody is asked. People set up a factor in their account if they want one; once set up, "
                  "it is used at sign-in.");
    case MfaPolicy::UserControlled:
        return tr("Logto's earlier default: people decide for themselves whether to use MFA.");
    }
    return {};
}

QString SignInText::organizationPolicyLabel(OrganizationMfaPolicy policy)
{
    return policy == OrganizationMfaPolicy::Mandatory
               ? tr("Ask members to set up MFA at sign-in")
               : tr("Do not ask; block the organization until they do");
}

QString SignInText::organizationPolicyHint(OrganizationMfaPolicy policy)
{
    return policy == OrganizationMfaPolicy::Mandatory
               ? tr("A member of such an organization who has no factor must set one up when signing in, and "
                    "then gets the organization's tokens.")
               : tr("A member without MFA can still sign in, but gets no token for the organization until "
                    "they "
                    "set up MFA in their account.");
}

} // namespace gatehouse::ui
