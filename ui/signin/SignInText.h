#pragma once

#include "model/SignInExperience.h"

#include <QCoreApplication>

namespace gatehouse::ui {

/// Plain-language names and explanations of MFA factors and policies (sign-in page, explainer).
class SignInText
{
    Q_DECLARE_TR_FUNCTIONS(SignInText)

public:
    static QString factorLabel(MfaFactor factor);
    static QString factorHint(MfaFactor factor);
    /// The policies from strictest to most relaxed, as the page lists them.
    static QList<MfaPolicy> policiesInOrder();
    static QString policyLabel(MfaPolicy policy);
    static QString policyHint(MfaPolicy policy);
    static QString organizationPolicyLabel(OrganizationMfaPolicy policy);
    static QString organizationPolicyHint(OrganizationMfaPolicy policy);
};

} // namespace gatehouse::ui
