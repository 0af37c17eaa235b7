#pragma once

#include "model/LogEvent.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Plain language for Logto's authentication-log event keys, for support staff reading a user's
/// sign-in history: "Interaction.SignIn.Verification.Password.Submit" that failed with
/// session.invalid_credentials reads "Sign-in: wrong account or password".
///
/// The keys Logto records:
///   Interaction.Create | Interaction.End | Interaction.Create.Captcha
///   Interaction.<Event>.<Create|Update|Submit>               Event: SignIn, Register, ForgotPassword
///   Interaction.<Event>.Identifier.Submit                    (identify the user / create the account)
///   Interaction.<Event>.Profile.<Update|Create|Delete>
///   Interaction.<Event>.Verification.<Type>.<Create|Submit>  Type: Password, EmailVerificationCode,
///       PhoneVerificationCode, MfaEmailVerificationCode, MfaPhoneVerificationCode, Social,
///       EnterpriseSso, Totp, WebAuthn, SignInPasskey, BackupCode, NewPasswordIdentity,
///       OneTimeToken, IdpInitiatedSso (SignIn.…Create only)
///   Interaction.<Event>.BindMfa.<Factor>.<Create|Submit>     Factor: Totp, WebAuthn, BackupCode,
///       EmailVerificationCode, PhoneVerificationCode
///   Interaction.<Event>.SignInPasskey.Submit
///   older servers: Interaction.<Event>.Identifier.<Password|VerificationCode|Social|SingleSignOn>.<…>
///       and Interaction.SignIn.Mfa.<Factor>.<Create|Submit>
///   ExchangeTokenBy.<AuthorizationCode|RefreshToken|ClientCredentials|TokenExchange|DeviceCode|Unknown>
///   RevokeToken | RevokeGrants | JwtCustomizer.<AccessToken|ClientCredentials>
///   SamlApplication.<AuthnRequest|Callback> | Action.<PostFirstFactorVerification|PostSignIn>
///   TrustedDevice.<Created|Used> | TriggerHook.<PostRegister|PostSignIn|…> (webhooks) | Unknown
/// Keys compare case-insensitively ("Verification.TOTP" is "Verification.Totp").
///
/// All functions are pure and thread-safe; the strings they return are translated in the
/// "gatehouse::logkeys" context.
namespace gatehouse::logkeys {

/// One short sentence-case phrase, "<subject>: <what happened>": "Sign-in: password accepted",
/// "MFA: TOTP verified", "Token: refresh token", "Registration: account created".
/// When !success, a known `errorCode` (the payload's error.code, see errorCode()) says what went
/// wrong: it replaces the failure ("Sign-in: account suspended") when it tells the outcome on its
/// own, or follows it in parentheses when it is technical ("Sign-in: email code not sent (too many
/// messages)"). An unknown code is left out. Keys this catalogue does not know read as their words:
/// "Interaction.Foo.BarBaz" → "Interaction: foo bar baz" ("… failed" when !success). An empty key
/// is Logto's "Unknown".
QString describe(const QString &key, bool success, const QString &errorCode = {});
/// describe() of an event: its key, its result and its payload's error code.
QString describe(const LogEvent &event);

/// The event's group for filters and charts: one of categories().
QString category(const QString &key);
/// "Sign-in", "Registration", "Password reset", "MFA", "SSO", "Token", "Other" (translated), in
/// that order.
QStringList categories();

/// payload.error.code when payload.error is an object ("session.invalid_credentials"), else empty.
QString errorCode(const QJsonObject &payload);
/// payload.error.message when payload.error is an object; the string when it is a string, except
/// that the JSON text of an error object (how token-endpoint errors are stored) gives its
/// error_description, or its message; empty when there is no error.
QString errorMessage(const QJsonObject &payload);

/// The key prefixes a filter box offers, most used first: "Interaction.SignIn.",
/// "Interaction.Register.", "Interaction.ForgotPassword.", "Interaction.", "ExchangeTokenBy.",
/// "RevokeToken", … A prefix ends in '.'; the others are whole keys.
QStringList knownKeyPrefixes();

} // namespace gatehouse::logkeys
