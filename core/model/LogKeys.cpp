#include "model/LogKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <array>

namespace gatehouse::logkeys {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::logkeys", text);
}

bool same(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

enum class Category { SignIn, Registration, PasswordReset, Mfa, Sso, Token, Other };

constexpr std::array<const char *, 7> categoryLabels{
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "Sign-in"),
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "Registration"),
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "Password reset"),
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "MFA"),
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "SSO"),
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "Token"),
    QT_TRANSLATE_NOOP("gatehouse::logkeys", "Other"),
};

QString label(Category c)
{
    return tr(categoryLabels[static_cast<size_t>(c)]);
}

/// Families of keys: the group and subject of every key under a prefix (a prefix ending in '.'),
/// or of one whole key. `subject` null: the category's label. `offered`: in knownKeyPrefixes().
struct Family
{
    const char *prefix;
    Category category;
    const char *subject;
    bool offered;
};

constexpr Family families[] = {
    {"Interaction.", Category::Other, QT_TRANSLATE_NOOP("gatehouse::logkeys", "Interaction"), true},
    {"ExchangeTokenBy.", Category::Token, nullptr, true},
    {"RevokeToken", Category::Token, nullptr, true},
    {"RevokeGrants", Category::Token, nullptr, true},
    {"JwtCustomizer.", Category::Token, nullptr, true},
    {"SamlApplication.", Category::Sso, nullptr, true},
    {"Action.", Category::Other, QT_TRANSLATE_NOOP("gatehouse::logkeys", "Custom action"), true},
    {"TrustedDevice.", Category::Mfa, nullptr, true},
    // Webhook deliveries share the log table but are no authentication events.
    {"TriggerHook.", Category::Other, QT_TRANSLATE_NOOP("gatehouse::logkeys", "Webhook"), false},
    {"Unknown", Category::Other, "", true},
};

const Family *familyOf(const QString &key)
{
    for (const Family &f : families) {
        const QLatin1String prefix(f.prefix);
        if (prefix.endsWith(QLatin1Char('.')) ? key.startsWith(prefix, Qt::CaseInsensitive)
                                              : key.compare(prefix, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

/// Whole keys outside the interaction events. `subject` null: the family's subject.
struct KeyPhrase
{
    const char *key;
    const char *subject;
    const char *success;
    const char *failure;
};

constexpr KeyPhrase keyPhrases[] = {
    {"Interaction.Create", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "started"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "could not start")},
    {"Interaction.End", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "ended"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "could not end")},
    {"Interaction.Create.Captcha", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "CAPTCHA passed"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "CAPTCHA failed")},
    {"ExchangeTokenBy.AuthorizationCode", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "authorization code"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "authorization code failed")},
    {"ExchangeTokenBy.RefreshToken", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "refresh token"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "refresh token failed")},
    {"ExchangeTokenBy.ClientCredentials", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "client credentials"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "client credentials failed")},
    {"ExchangeTokenBy.TokenExchange", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "token exchange"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "token exchange failed")},
    {"ExchangeTokenBy.DeviceCode", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "device code"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "device code failed")},
    {"ExchangeTokenBy.Unknown", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "unknown grant type"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "unknown grant type failed")},
    {"RevokeToken", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "revoked"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "revocation failed")},
    {"RevokeGrants", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "earlier grants revoked"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "revoking earlier grants failed")},
    {"JwtCustomizer.AccessToken", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "custom access token claims added"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "custom access token claims failed")},
    {"JwtCustomizer.ClientCredentials", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "custom machine-to-machine claims added"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "custom machine-to-machine claims failed")},
    {"SamlApplication.AuthnRequest", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SAML app sign-in request"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SAML app sign-in request refused")},
    {"SamlApplication.Callback", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "SAML app callback"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SAML app callback failed")},
    {"Action.PostFirstFactorVerification", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "ran after the first factor"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "failed after the first factor")},
    {"Action.PostSignIn", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "ran after sign-in"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "failed after sign-in")},
    {"TrustedDevice.Created", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "device remembered"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "device not remembered")},
    {"TrustedDevice.Used", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "skipped on a remembered device"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "remembered device refused")},
    {"TriggerHook.PostSignIn", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "sign-in sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "sign-in not delivered")},
    {"TriggerHook.PostRegister", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "registration sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "registration not delivered")},
    {"TriggerHook.PostResetPassword", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "password reset sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "password reset not delivered")},
    {"TriggerHook.PostSignInAdaptiveMfaTriggered", nullptr,
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "adaptive MFA sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "adaptive MFA not delivered")},
    {"Unknown", nullptr, QT_TRANSLATE_NOOP("gatehouse::logkeys", "Unknown event"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "Unknown event failed")},
};

/// Interaction.<Event>.…: what the user was doing.
struct Event
{
    const char *name;
    Category category;
};

constexpr Event events[] = {
    {"SignIn", Category::SignIn},
    {"Register", Category::Registration},
    {"ForgotPassword", Category::PasswordReset},
};

/// Verification methods that make a step MFA or SSO rather than part of the event's own flow.
struct MethodGroup
{
    const char *method;
    Category category;
};

constexpr MethodGroup methodGroups[] = {
    {"Totp", Category::Mfa},
    {"WebAuthn", Category::Mfa},
    {"BackupCode", Category::Mfa},
    {"MfaEmailVerificationCode", Category::Mfa},
    {"MfaPhoneVerificationCode", Category::Mfa},
    {"EnterpriseSso", Category::Sso},
    {"IdpInitiatedSso", Category::Sso},
};

/// Older servers' steps that mean what a current step means: read them as that step.
struct Alias
{
    const char *from;
    const char *to;
};

constexpr Alias aliases[] = {
    {"Identifier.Password.", "Verification.Password."},
    {"Identifier.Social.", "Verification.Social."},
    {"Identifier.SingleSignOn.", "Verification.EnterpriseSso."},
    {"Mfa.Totp.", "Verification.Totp."},
    {"Mfa.WebAuthn.", "Verification.WebAuthn."},
    {"Mfa.BackupCode.", "Verification.BackupCode."},
    {"Mfa.EmailVerificationCode.", "Verification.MfaEmailVerificationCode."},
    {"Mfa.PhoneVerificationCode.", "Verification.MfaPhoneVerificationCode."},
};

/// The step after "Interaction.<Event>.". `event` null: any event; a row naming the event wins.
struct StepPhrase
{
    const char *event;
    const char *step;
    const char *success;
    const char *failure;
};

constexpr StepPhrase stepPhrases[] = {
    // The flow as a whole.
    {nullptr, "Create", QT_TRANSLATE_NOOP("gatehouse::logkeys", "started"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "could not start")},
    {nullptr, "Update", QT_TRANSLATE_NOOP("gatehouse::logkeys", "switched to another flow"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "flow switch refused")},
    {nullptr, "Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "completed"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "failed")},
    {nullptr, "Identifier.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "account identified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "account not identified")},
    {"Register", "Identifier.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "account created"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "account not created")},
    {nullptr, "Profile.Update", QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile updated"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile not updated")},
    {"ForgotPassword", "Profile.Update", QT_TRANSLATE_NOOP("gatehouse::logkeys", "new password set"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "new password rejected")},
    {nullptr, "Profile.Create", QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile saved"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile not saved")},
    {nullptr, "Profile.Delete", QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile data removed"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile data not removed")},
    {nullptr, "SignInPasskey.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey added for sign-in"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey not added for sign-in")},
    // First factors.
    {nullptr, "Verification.Password.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "password accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "password rejected")},
    {nullptr, "Verification.EmailVerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code not sent")},
    {nullptr, "Verification.EmailVerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code rejected")},
    {nullptr, "Verification.PhoneVerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code not sent")},
    {nullptr, "Verification.PhoneVerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code rejected")},
    {nullptr, "Identifier.VerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification code sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification code not sent")},
    {nullptr, "Identifier.VerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification code accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification code rejected")},
    {nullptr, "Verification.Social.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "redirected to social provider"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "social provider redirect failed")},
    {nullptr, "Verification.Social.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "social account verified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "social account not verified")},
    {nullptr, "Verification.SignInPasskey.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey challenge created"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey challenge failed")},
    {nullptr, "Verification.SignInPasskey.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey rejected")},
    {nullptr, "Verification.NewPasswordIdentity.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "new identifier and password accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "new identifier or password rejected")},
    {nullptr, "Verification.OneTimeToken.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "one-time token accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "one-time token rejected")},
    // Enterprise SSO.
    {nullptr, "Verification.EnterpriseSso.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "redirected to identity provider"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "identity provider redirect failed")},
    {nullptr, "Verification.EnterpriseSso.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "enterprise account verified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "enterprise account not verified")},
    {nullptr, "Verification.IdpInitiatedSso.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "sign-in started by identity provider"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "identity provider sign-in refused")},
    // MFA verification.
    {nullptr, "Verification.Totp.Create", QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP secret generated"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP secret not generated")},
    {nullptr, "Verification.Totp.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP verified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP rejected")},
    {nullptr, "Verification.WebAuthn.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey challenge created"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey challenge failed")},
    {nullptr, "Verification.WebAuthn.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey verified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey rejected")},
    {nullptr, "Verification.BackupCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes generated"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes not generated")},
    {nullptr, "Verification.BackupCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup code accepted"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup code rejected")},
    {nullptr, "Verification.MfaEmailVerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code not sent")},
    {nullptr, "Verification.MfaEmailVerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code verified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code rejected")},
    {nullptr, "Verification.MfaPhoneVerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code sent"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code not sent")},
    {nullptr, "Verification.MfaPhoneVerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code verified"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code rejected")},
    // MFA set-up.
    {nullptr, "BindMfa.Totp.Create", QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP setup started"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP setup could not start")},
    {nullptr, "BindMfa.Totp.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP set up"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP setup failed")},
    {nullptr, "BindMfa.WebAuthn.Create", QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey setup started"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey setup could not start")},
    {nullptr, "BindMfa.WebAuthn.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey set up"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey setup failed")},
    {nullptr, "BindMfa.BackupCode.Create", QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes generated"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes not generated")},
    {nullptr, "BindMfa.BackupCode.Submit", QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes set up"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes setup failed")},
    {nullptr, "BindMfa.EmailVerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code setup started"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code setup could not start")},
    {nullptr, "BindMfa.EmailVerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code set up"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "email code setup failed")},
    {nullptr, "BindMfa.PhoneVerificationCode.Create",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code setup started"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code setup could not start")},
    {nullptr, "BindMfa.PhoneVerificationCode.Submit",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code set up"),
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "SMS code setup failed")},
};

/// Error codes. `outcome`: the phrase says on its own what happened to the user and replaces the
/// step's failure; otherwise it is technical and follows the failure in parentheses.
struct ErrorPhrase
{
    const char *code;
    const char *phrase;
    bool outcome;
};

constexpr ErrorPhrase errorPhrases[] = {
    // Logto answers this both for an unknown account and for a wrong password.
    {"session.invalid_credentials", QT_TRANSLATE_NOOP("gatehouse::logkeys", "wrong account or password"),
     true},
    {"session.identifier_not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "account not identified"), true},
    {"session.verification_failed", QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification failed"), true},
    {"session.verification_expired", QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification expired"), true},
    {"session.verification_blocked_too_many_attempts",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "too many attempts"), true},
    {"session.sso_enabled", QT_TRANSLATE_NOOP("gatehouse::logkeys", "enterprise SSO required for this email"),
     true},
    {"session.captcha_required", QT_TRANSLATE_NOOP("gatehouse::logkeys", "CAPTCHA required"), true},
    {"session.captcha_failed", QT_TRANSLATE_NOOP("gatehouse::logkeys", "CAPTCHA failed"), true},
    {"session.identity_conflict", QT_TRANSLATE_NOOP("gatehouse::logkeys", "signed in as someone else"), true},
    {"session.forgot_password_not_enabled",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "password reset disabled"), true},
    {"session.mfa.require_mfa_verification", QT_TRANSLATE_NOOP("gatehouse::logkeys", "MFA required"), true},
    {"session.mfa.invalid_totp_code", QT_TRANSLATE_NOOP("gatehouse::logkeys", "wrong TOTP code"), true},
    {"session.mfa.invalid_backup_code", QT_TRANSLATE_NOOP("gatehouse::logkeys", "wrong backup code"), true},
    {"session.mfa.webauthn_verification_failed",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey not verified"), true},
    {"session.mfa.bind_mfa_existed", QT_TRANSLATE_NOOP("gatehouse::logkeys", "MFA already set up"), true},
    {"session.mfa.mfa_factor_not_enabled", QT_TRANSLATE_NOOP("gatehouse::logkeys", "MFA method disabled"),
     true},
    {"session.mfa.backup_code_required", QT_TRANSLATE_NOOP("gatehouse::logkeys", "backup codes required"),
     true},
    {"session.passkey_sign_in.sso_users_not_allowed",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "passkey not allowed for SSO users"), true},
    {"user.suspended", QT_TRANSLATE_NOOP("gatehouse::logkeys", "account suspended"), true},
    {"user.user_not_exist", QT_TRANSLATE_NOOP("gatehouse::logkeys", "account not found"), true},
    {"user.email_not_exist", QT_TRANSLATE_NOOP("gatehouse::logkeys", "email not registered"), true},
    {"user.phone_not_exist", QT_TRANSLATE_NOOP("gatehouse::logkeys", "phone number not registered"), true},
    {"user.identity_not_exist", QT_TRANSLATE_NOOP("gatehouse::logkeys", "social account not linked"), true},
    {"user.sso_identity_not_exist", QT_TRANSLATE_NOOP("gatehouse::logkeys", "enterprise account not linked"),
     true},
    {"user.identity_already_in_use",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "social account linked to another user"), true},
    {"user.username_already_in_use", QT_TRANSLATE_NOOP("gatehouse::logkeys", "username taken"), true},
    {"user.email_already_in_use", QT_TRANSLATE_NOOP("gatehouse::logkeys", "email already in use"), true},
    {"user.phone_already_in_use", QT_TRANSLATE_NOOP("gatehouse::logkeys", "phone number already in use"),
     true},
    {"user.sign_in_method_not_enabled", QT_TRANSLATE_NOOP("gatehouse::logkeys", "sign-in method disabled"),
     true},
    {"user.sign_up_method_not_enabled", QT_TRANSLATE_NOOP("gatehouse::logkeys", "sign-up method disabled"),
     true},
    {"user.missing_profile", QT_TRANSLATE_NOOP("gatehouse::logkeys", "profile incomplete"), true},
    {"user.missing_mfa", QT_TRANSLATE_NOOP("gatehouse::logkeys", "MFA setup required"), true},
    {"user.same_password", QT_TRANSLATE_NOOP("gatehouse::logkeys", "new password same as old"), true},
    {"user.totp_already_in_use", QT_TRANSLATE_NOOP("gatehouse::logkeys", "TOTP already set up"), true},
    {"verification_code.code_mismatch", QT_TRANSLATE_NOOP("gatehouse::logkeys", "wrong verification code"),
     true},
    {"verification_code.expired", QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification code expired"), true},
    {"verification_code.exceed_max_try", QT_TRANSLATE_NOOP("gatehouse::logkeys", "too many code attempts"),
     true},
    {"verification_code.not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "no code was sent"), true},
    {"verification_code.email_mismatch",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "code sent to another email"), true},
    {"verification_code.phone_mismatch",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "code sent to another phone number"), true},
    {"password.rejected", QT_TRANSLATE_NOOP("gatehouse::logkeys", "password fails the policy"), true},
    {"password.expired", QT_TRANSLATE_NOOP("gatehouse::logkeys", "password expired"), true},
    {"one_time_token.token_not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "one-time token not found"),
     true},
    {"one_time_token.token_expired", QT_TRANSLATE_NOOP("gatehouse::logkeys", "one-time token expired"), true},
    {"one_time_token.token_consumed", QT_TRANSLATE_NOOP("gatehouse::logkeys", "one-time token already used"),
     true},
    {"one_time_token.token_revoked", QT_TRANSLATE_NOOP("gatehouse::logkeys", "one-time token revoked"), true},
    {"single_sign_on.sso_signing_unavailable",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "identity provider unavailable"), true},
    {"oidc.aborted", QT_TRANSLATE_NOOP("gatehouse::logkeys", "cancelled by the user"), true},
    {"guard.invalid_input", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid request"), false},
    {"request.invalid_input", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid request"), false},
    {"request.rate_limited", QT_TRANSLATE_NOOP("gatehouse::logkeys", "rate limited"), false},
    {"request.message_rate_limited", QT_TRANSLATE_NOOP("gatehouse::logkeys", "too many messages"), false},
    {"session.not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "session expired"), false},
    {"session.interaction_not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "session expired"), false},
    {"session.verification_session_not_found",
     QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification session expired"), false},
    {"session.connector_session_not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "social session expired"),
     false},
    {"session.invalid_interaction_type", QT_TRANSLATE_NOOP("gatehouse::logkeys", "wrong flow"), false},
    {"session.mfa.pending_info_not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "MFA session expired"),
     false},
    {"verification_record.not_found", QT_TRANSLATE_NOOP("gatehouse::logkeys", "verification not found"),
     false},
    {"auth.forbidden", QT_TRANSLATE_NOOP("gatehouse::logkeys", "forbidden"), false},
    {"oidc.access_denied", QT_TRANSLATE_NOOP("gatehouse::logkeys", "access denied"), false},
    {"oidc.invalid_grant", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid grant"), false},
    {"oidc.invalid_request", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid request"), false},
    {"oidc.invalid_scope", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid scope"), false},
    {"oidc.invalid_target", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid resource"), false},
    {"oidc.invalid_token", QT_TRANSLATE_NOOP("gatehouse::logkeys", "invalid token"), false},
    {"oidc.invalid_redirect_uri", QT_TRANSLATE_NOOP("gatehouse::logkeys", "redirect URI not registered"),
     false},
    {"oidc.unsupported_grant_type", QT_TRANSLATE_NOOP("gatehouse::logkeys", "grant type not allowed"), false},
};

template <typename Row, size_t N>
const Row *findRow(const Row (&rows)[N], const QString &name, const char *Row::*column)
{
    for (const Row &row : rows) {
        if (same(name, row.*column))
            return &row;
    }
    return nullptr;
}

/// What resolve() knows of a key.
struct Reading
{
    Category category = Category::Other;
    QString subject; ///< empty: the phrase stands alone
    QString success;
    QString failure;
};

/// "BarBaz" → "bar baz", "IdpInitiatedSso" → "idp initiated sso", "TOTPCode" → "totp code".
QString words(const QStringList &segments)
{
    QString out;
    for (const QString &segment : segments) {
        for (qsizetype i = 0; i < segment.size(); ++i) {
            const QChar c = segment.at(i);
            if (c == u'_' || c == u'-') {
                out += u' ';
                continue;
            }
            if (c.isUpper() && i > 0) {
                const QChar previous = segment.at(i - 1);
                const bool nextLower = i + 1 < segment.size() && segment.at(i + 1).isLower();
                if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextLower))
                    out += u' ';
            }
            out += c.toLower();
        }
        out += u' ';
    }
    return out.simplified();
}

Reading fromWords(Category category, QString subject, const QStringList &segments)
{
    QString text = words(segments);
    if (subject.isEmpty() && !text.isEmpty())
        text[0] = text.at(0).toUpper();
    const QString failure = QCoreApplication::translate("gatehouse::logkeys", "%1 failed").arg(text);
    return {category, std::move(subject), text, failure};
}

QString familySubject(const Family &f)
{
    return f.subject ? tr(f.subject) : label(f.category);
}

/// Interaction.<Event>.<step>: the group is the event's, unless the step is MFA or SSO.
Category stepCategory(const Event &event, const QString &step)
{
    const QStringList parts = step.split(QLatin1Char('.'));
    const QString &field = parts.first();
    if (same(field, "BindMfa") || same(field, "Mfa"))
        return Category::Mfa;
    if (parts.size() >= 2 && (same(field, "Verification") || same(field, "Identifier"))) {
        if (const MethodGroup *g = findRow(methodGroups, parts.at(1), &MethodGroup::method))
            return g->category;
    }
    return event.category;
}

const StepPhrase *findStep(const Event &event, const QString &step)
{
    const StepPhrase *anyEvent = nullptr;
    for (const StepPhrase &row : stepPhrases) {
        if (!same(step, row.step))
            continue;
        if (!row.event)
            anyEvent = anyEvent ? anyEvent : &row;
        else if (same(QLatin1String(event.name), row.event))
            return &row;
    }
    return anyEvent;
}

Reading resolve(const QString &rawKey)
{
    // Logto records an empty or unrecognised key as "Unknown".
    QString key = rawKey.trimmed();
    if (key.split(QLatin1Char('.'), Qt::SkipEmptyParts).isEmpty())
        key = QStringLiteral("Unknown");

    if (const KeyPhrase *row = findRow(keyPhrases, key, &KeyPhrase::key)) {
        const Family *f = familyOf(key);
        const Category category = f ? f->category : Category::Other;
        const QString subject = row->subject ? tr(row->subject) : f ? familySubject(*f) : QString();
        return {category, subject, tr(row->success), tr(row->failure)};
    }

    const QStringList segments = key.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (segments.size() >= 3 && same(segments.first(), "Interaction")) {
        if (const Event *event = findRow(events, segments.at(1), &Event::name)) {
            QString step = segments.mid(2).join(QLatin1Char('.'));
            for (const Alias &a : aliases) {
                const QLatin1String from(a.from);
                if (step.startsWith(from, Qt::CaseInsensitive)) {
                    step = QLatin1String(a.to) + step.mid(from.size());
                    break;
                }
            }
            const Category category = stepCategory(*event, step);
            if (const StepPhrase *row = findStep(*event, step))
                return {category, label(category), tr(row->success), tr(row->failure)};
            return fromWords(category, label(category), segments.mid(2));
        }
    }

    if (segments.size() >= 2) {
        if (const Family *f = familyOf(key))
            return fromWords(f->category, familySubject(*f), segments.mid(1));
        return fromWords(Category::Other, segments.first(), segments.mid(1));
    }
    return fromWords(Category::Other, {}, segments);
}
} // namespace

QString describe(const QString &key, bool success, const QString &errorCode)
{
    const Reading reading = resolve(key);
    QString phrase = success ? reading.success : reading.failure;
    if (!success && !errorCode.isEmpty()) {
        if (const ErrorPhrase *e = findRow(errorPhrases, errorCode.trimmed(), &ErrorPhrase::code)) {
            phrase = e->outcome ? tr(e->phrase)
                                : QCoreApplication::translate("gatehouse::logkeys", "%1 (%2)",
                                                              "a failure and its technical cause")
                                      .arg(phrase, tr(e->phrase));
        }
    }
    if (reading.subject.isEmpty())
        return phrase;
    return QCoreApplication::translate("gatehouse::logkeys", "%1: %2", "subject: what happened")
        .arg(reading.subject, phrase);
}

QString category(const QString &key)
{
    return label(resolve(key).category);
}

QStringList categories()
{
    QStringList out;
    for (const char *text : categoryLabels)
        out.append(tr(text));
    return out;
}

QString errorCode(const QJsonObject &payload)
{
    const QJsonValue error = payload.value(QLatin1String("error"));
    if (!error.isObject())
        return {};
    return error.toObject().value(QLatin1String("code")).toString();
}

QString errorMessage(const QJsonObject &payload)
{
    const QJsonValue error = payload.value(QLatin1String("error"));
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString();
    if (!error.isString())
        return {};
    const QString text = error.toString();
    if (!text.trimmed().startsWith(u'{'))
        return text;
    // Token-endpoint errors are stored as the JSON text of the provider's error object.
    const QJsonObject inner = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const char *field : {"error_description", "message"}) {
        const QString value = inner.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value;
    }
    return text;
}

QStringList knownKeyPrefixes()
{
    QStringList out;
    for (const Event &e : events)
        out.append(QString(QLatin1String("Interaction.") + QLatin1String(e.name) + QLatin1Char('.')));
    for (const Family &f : families) {
        if (f.offered)
            out.append(QLatin1String(f.prefix));
    }
    return out;
}

QString describe(const LogEvent &event)
{
    return describe(event.key, event.result == LogResult::Success, errorCode(event.payload));
}

} // namespace gatehouse::logkeys
