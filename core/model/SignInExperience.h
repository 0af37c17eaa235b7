#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

enum class MfaFactor { TOTP, WebAuthn, BackupCode, EmailVerificationCode, PhoneVerificationCode };
QString mfaFactorName(MfaFactor factor); ///< "Totp", "WebAuthn", "BackupCode", … as in Logto's JSON
bool parseMfaFactor(const QString &name, MfaFactor *factor);
QList<MfaFactor> allMfaFactors();

enum class MfaPolicy { UserControlled, Mandatory, PromptAtSignInAndSignUp, PromptOnlyAtSignIn, NoPrompt };
QString mfaPolicyName(MfaPolicy policy);
bool parseMfaPolicy(const QString &name, MfaPolicy *policy);

/// What happens to members of an organization that requires MFA when they have none set up.
enum class OrganizationMfaPolicy { NoPrompt, Mandatory };
QString organizationMfaPolicyName(OrganizationMfaPolicy policy);
bool parseOrganizationMfaPolicy(const QString &name, OrganizationMfaPolicy *policy);

/// The parts of Logto's sign-in experience Gatehouse manages.
struct SignInExperience
{
    /// Route sign-in by email domain to enterprise SSO connectors (off by default).
    bool singleSignOnEnabled = false;
    QList<MfaFactor> mfaFactors;
    MfaPolicy mfaPolicy = MfaPolicy::UserControlled;
    OrganizationMfaPolicy organizationRequiredMfaPolicy = OrganizationMfaPolicy::NoPrompt;
    qint64 version = 0;
};

} // namespace gatehouse
