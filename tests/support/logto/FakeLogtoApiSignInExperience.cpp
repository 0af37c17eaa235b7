// The fake's default sign-in experience, answering as Logto 1.37 does (samples sie_*):
// GET /api/sign-in-exp returns the whole object (a fresh server's defaults: enterprise SSO off,
// no MFA factors, UserControlled, no organizationRequiredMfaPolicy key); PATCH takes any of its
// top-level keys, replaces those (an `mfa` that is sent replaces the stored one as a whole; it
// needs `factors` and `policy`) and answers 200 with the whole object. Backup codes alone →
// 422 sign_in_experiences.backup_code_cannot_be_enabled_alone; a factor twice → 422
// sign_in_experiences.duplicated_mfa_factors.

#include "FakeLogtoState.h"

#include <QMutexLocker>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

const QStringList mfaFactors{QStringLiteral("Totp"), QStringLiteral("WebAuthn"), QStringLiteral("BackupCode"),
                             QStringLiteral("EmailVerificationCode"),
                             QStringLiteral("PhoneVerificationCode")};
const QStringList mfaPolicies{QStringLiteral("UserControlled"), QStringLiteral("Mandatory"),
                              QStringLiteral("PromptOnlyAtSignIn"), QStringLiteral("PromptAtSignInAndSignUp"),
                              QStringLiteral("NoPrompt")};
const QStringList organizationPolicies{QStringLiteral("NoPrompt"), QStringLiteral("Mandatory")};

QJsonObject defaultSignInExperience(const QString &tenant)
{
    const QByteArray json = R"({"id":"default","color":{"primaryColor":"#6139F6","isDarkModeEnabled":false,
"darkPrimaryColor":"#8768F8"},"branding":{"logoUrl":"https://logto.io/logo.svg",
"darkLogoUrl":"https://logto.io/logo-dark.svg"},"hideLogtoBranding":false,
"languageInfo":{"autoDetect":true,"fallbackLanguage":"en"},"termsOfUseUrl":null,"privacyPolicyUrl":null,
"agreeToTermsPolicy":"Automatic","signIn":{"methods":[{"identifier":"username","password":true,
"verificationCode":false,"isPasswordPrimary":true}]},"signUp":{"identifiers":["username"],"password":true,
"verify":false},"socialSignIn":{},"socialSignInConnectorTargets":[],"signInMode":"SignInAndRegister",
"customCss":null,"customContent":{},"customUiAssets":null,"passwordPolicy":{},
"mfa":{"factors":[],"policy":"UserControlled"},"adaptiveMfa":{},"singleSignOnEnabled":false,
"supportEmail":null,"supportWebsiteUrl":null,"unknownSessionRedirectUrl":null,"captchaPolicy":{},
"sentinelPolicy":{},"emailBlocklistPolicy":{},"forgotPasswordMethods":[],"passkeySignIn":{}})";
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(QStringLiteral("tenantId"), tenant);
    return o;
}

HttpResponse unprocessable(const QString &code, const QString &message)
{
    return HttpResponse::error(422, code, message);
}

/// Checks an `mfa` object of a PATCH body; the answer to send when it is wrong.
std::optional<HttpResponse> checkMfa(const QJsonValue &value)
{
    if (!value.isObject())
        return invalidInput(QStringLiteral("`mfa` must be an object."));
    const QJsonObject mfa = value.toObject();
    const QJsonValue factors = mfa.value(QLatin1String("factors"));
    if (!factors.isArray())
        return invalidInput(QStringLiteral("`mfa.factors` is required and must be an array."));
    QStringList seen;
    for (const QJsonValue &f : factors.toArray()) {
        if (!mfaFactors.contains(f.toString()))
            return invalidInput(QStringLiteral("`mfa.factors` has an unknown factor."));
        if (seen.contains(f.toString()))
            return unprocessable(QStringLiteral("sign_in_experiences.duplicated_mfa_factors"),
                                 QStringLiteral("Duplicated MFA factors."));
        seen.append(f.toString());
    }
    if (seen == QStringList{QStringLiteral("BackupCode")})
        return unprocessable(QStringLiteral("sign_in_experiences.backup_code_cannot_be_enabled_alone"),
                             QStringLiteral("Backup code can not be enabled alone."));
    if (!mfaPolicies.contains(mfa.value(QLatin1String("policy")).toString()))
        return invalidInput(QStringLiteral("`mfa.policy` is required and must be one of %1.")
                                .arg(mfaPolicies.join(QStringLiteral(", "))));
    const QJsonValue orgPolicy = mfa.value(QLatin1String("organizationRequiredMfaPolicy"));
    if (!orgPolicy.isUndefined() && !organizationPolicies.contains(orgPolicy.toString()))
        return invalidInput(
            QStringLiteral("`mfa.organizationRequiredMfaPolicy` must be NoPrompt or Mandatory."));
    return std::nullopt;
}
} // namespace

void installSignInExperienceApi(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    if (state.signInExperience.isEmpty())
        state.signInExperience = defaultSignInExperience(fake.tenant());

    fake.apiRoute("GET", QStringLiteral("/api/sign-in-exp"), [s](const HttpRequest &) {
        QMutexLocker lock(&s->mutex);
        return HttpResponse::json(200, QJsonDocument(s->signInExperience));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/sign-in-exp"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        const QJsonValue sso = body->value(QLatin1String("singleSignOnEnabled"));
        if (!sso.isUndefined() && !sso.isBool())
            return invalidInput(QStringLiteral("`singleSignOnEnabled` must be a boolean."));
        if (body->contains(QLatin1String("mfa"))) {
            if (const auto refused = checkMfa(body->value(QLatin1String("mfa"))))
                return *refused;
        }
        QJsonObject updated = s->signInExperience;
        for (auto it = body->begin(); it != body->end(); ++it) {
            // Logto's guard drops keys that are not part of a sign-in experience, and the id and
            // tenant cannot be changed.
            if (it.key() == QLatin1String("id") || it.key() == QLatin1String("tenantId") ||
                !updated.contains(it.key()))
                continue;
            updated.insert(it.key(), it.value());
        }
        s->signInExperience = updated;
        return HttpResponse::json(200, QJsonDocument(updated));
    });
}

} // namespace gatehouse::test
