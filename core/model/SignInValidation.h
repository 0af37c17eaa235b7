#pragma once

#include "backend/Error.h"
#include "model/SignInExperience.h"

#include <QStringList>

namespace gatehouse::signin {

/// Checks the MFA part of a sign-in experience (field names as in Logto's JSON):
/// - "mfa.factors": a factor listed twice; BackupCode as the only factor (backup codes are a
///   fallback for another factor, never a factor of their own);
/// - "mfa.policy": Mandatory, PromptAtSignInAndSignUp or PromptOnlyAtSignIn with no factor
///   (people would be asked to set up MFA with nothing to set up).
QList<FieldError> validate(const SignInExperience &experience);

/// The refusal of an update that removes every MFA factor while organizations require MFA
/// (`mfaRequiredOrganizations`: their names). Empty when the update is fine: `next` keeps a
/// factor, `before` had none already, or no organization requires MFA.
QList<FieldError> factorRemovalProblem(const SignInExperience &before, const SignInExperience &next,
                                       const QStringList &mfaRequiredOrganizations);

/// True when `factors` contains a factor people can set up (anything but BackupCode alone).
bool hasUsableFactor(const QList<MfaFactor> &factors);

} // namespace gatehouse::signin
