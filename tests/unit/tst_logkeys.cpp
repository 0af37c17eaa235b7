#include "model/LogKeys.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace gatehouse;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject withError(const QJsonValue &error)
{
    return QJsonObject{
        {s("key"), s("Interaction.SignIn.Submit")}, {s("result"), s("Error")}, {s("error"), error}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Every key the server records for authentication events, by its key grammar (current and older
/// interaction endpoints, token endpoint, SAML apps, custom JWT claims, actions, trusted devices).
QStringList allLogtoKeys()
{
    QStringList keys = {
        s("Interaction.Create"),
        s("Interaction.End"),
        s("Interaction.Create.Captcha"),
        s("Interaction.SignIn.Verification.IdpInitiatedSso.Create"),
        s("ExchangeTokenBy.AuthorizationCode"),
        s("ExchangeTokenBy.RefreshToken"),
        s("ExchangeTokenBy.ClientCredentials"),
        s("ExchangeTokenBy.TokenExchange"),
        s("ExchangeTokenBy.DeviceCode"),
        s("ExchangeTokenBy.Unknown"),
        s("RevokeToken"),
        s("RevokeGrants"),
        s("JwtCustomizer.AccessToken"),
        s("JwtCustomizer.ClientCredentials"),
        s("SamlApplication.AuthnRequest"),
        s("SamlApplication.Callback"),
        s("Action.PostFirstFactorVerification"),
        s("Action.PostSignIn"),
        s("TrustedDevice.Created"),
        s("TrustedDevice.Used"),
        s("Unknown"),
    };
    const QStringList steps = {
        s("Create"),
        s("Update"),
        s("Submit"),
        s("Identifier.Submit"),
        s("Profile.Update"),
        s("Profile.Create"),
        s("Profile.Delete"),
        s("SignInPasskey.Submit"),
        s("Verification.Password.Submit"),
        s("Verification.EmailVerificationCode.Create"),
        s("Verification.EmailVerificationCode.Submit"),
        s("Verification.PhoneVerificationCode.Create"),
        s("Verification.PhoneVerificationCode.Submit"),
        s("Verification.MfaEmailVerificationCode.Create"),
        s("Verification.MfaEmailVerificationCode.Submit"),
        s("Verification.MfaPhoneVerificationCode.Create"),
        s("Verification.MfaPhoneVerificationCode.Submit"),
        s("Verification.Social.Create"),
        s("Verification.Social.Submit"),
        s("Verification.EnterpriseSso.Create"),
        s("Verification.EnterpriseSso.Submit"),
        s("Verification.Totp.Create"),
        s("Verification.Totp.Submit"),
        s("Verification.WebAuthn.Create"),
        s("Verification.WebAuthn.Submit"),
        s("Verification.SignInPasskey.Create"),
        s("Verification.SignInPasskey.Submit"),
        s("Verification.BackupCode.Create"),
        s("Verification.BackupCode.Submit"),
        s("Verification.NewPasswordIdentity.Submit"),
        s("Verification.OneTimeToken.Submit"),
        s("Identifier.Password.Submit"),
        s("Identifier.VerificationCode.Create"),
        s("Identifier.VerificationCode.Submit"),
        s("Identifier.Social.Create"),
        s("Identifier.Social.Submit"),
        s("Identifier.SingleSignOn.Create"),
        s("Identifier.SingleSignOn.Submit"),
    };
    const QStringList factors = {s("Totp"), s("WebAuthn"), s("BackupCode"), s("EmailVerificationCode"),
                                 s("PhoneVerificationCode")};
    for (const QString &event : {s("SignIn"), s("Register"), s("ForgotPassword")}) {
        const QString prefix = s("Interaction.") + event + u'.';
        for (const QString &step : steps)
            keys.append(prefix + step);
        for (const QString &factor : factors) {
            for (const QString &action : {s("Create"), s("Submit")}) {
                keys.append(prefix + s("BindMfa.") + factor + u'.' + action);
                if (event == s("SignIn"))
                    keys.append(prefix + s("Mfa.") + factor + u'.' + action);
            }
        }
    }
    return keys;
}
} // namespace

/// model/LogKeys.h: the plain-language catalogue of authentication-log event keys.
class TestLogKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *name, const char *key, bool success, const char *code,
                            const char *expected) {
            QTest::newRow(name) << s(key) << success << s(code) << s(expected);
        };

        // Sign-in, first factor.
        row("password wrong", "Interaction.SignIn.Identifier.Password.Submit", false,
            "session.invalid_credentials", "Sign-in: wrong account or password");
        row("password ok", "Interaction.SignIn.Identifier.Password.Submit", true, "",
            "Sign-in: password accepted");
        row("password verification ok", "Interaction.SignIn.Verification.Password.Submit", true, "",
            "Sign-in: password accepted");
        row("password no code", "Interaction.SignIn.Verification.Password.Submit", false, "",
            "Sign-in: password rejected");
        row("suspended", "Interaction.SignIn.Verification.Password.Submit", false, "user.suspended",
            "Sign-in: account suspended");
        row("password expired", "Interaction.SignIn.Verification.Password.Submit", false, "password.expired",
            "Sign-in: password expired");
        row("identifier ok", "Interaction.SignIn.Identifier.Submit", true, "", "Sign-in: account identified");
        row("identifier unknown user", "Interaction.SignIn.Identifier.Submit", false, "user.user_not_exist",
            "Sign-in: account not found");
        row("email code sent", "Interaction.SignIn.Verification.EmailVerificationCode.Create", true, "",
            "Sign-in: email code sent");
        row("email code rate limited", "Interaction.SignIn.Verification.EmailVerificationCode.Create", false,
            "request.message_rate_limited", "Sign-in: email code not sent (too many messages)");
        row("email code mismatch", "Interaction.SignIn.Verification.EmailVerificationCode.Submit", false,
            "verification_code.code_mismatch", "Sign-in: wrong verification code");
        row("sms code expired", "Interaction.SignIn.Verification.PhoneVerificationCode.Submit", false,
            "verification_code.expired", "Sign-in: verification code expired");
        row("social not linked", "Interaction.SignIn.Verification.Social.Submit", false,
            "user.identity_not_exist", "Sign-in: social account not linked");
        row("legacy social ok", "Interaction.SignIn.Identifier.Social.Submit", true, "",
            "Sign-in: social account verified");
        row("passkey sign-in", "Interaction.SignIn.Verification.SignInPasskey.Submit", true, "",
            "Sign-in: passkey accepted");
        row("passkey added", "Interaction.SignIn.SignInPasskey.Submit", true, "",
            "Sign-in: passkey added for sign-in");
        row("sign-in completed", "Interaction.SignIn.Submit", true, "", "Sign-in: completed");
        row("sign-in needs mfa", "Interaction.SignIn.Submit", false, "session.mfa.require_mfa_verification",
            "Sign-in: MFA required");
        row("sign-in flow switched", "Interaction.SignIn.Update", true, "",
            "Sign-in: switched to another flow");
        row("invalid input", "Interaction.SignIn.Identifier.Submit", false, "guard.invalid_input",
            "Sign-in: account not identified (invalid request)");
        // MFA.
        row("totp verified", "Interaction.SignIn.Verification.Totp.Submit", true, "", "MFA: TOTP verified");
        row("totp upper case", "Interaction.SignIn.Verification.TOTP.Submit", true, "", "MFA: TOTP verified");
        row("totp wrong", "Interaction.SignIn.Verification.Totp.Submit", false,
            "session.mfa.invalid_totp_code", "MFA: wrong TOTP code");
        row("legacy mfa totp", "Interaction.SignIn.Mfa.Totp.Submit", true, "", "MFA: TOTP verified");
        row("webauthn verified", "Interaction.SignIn.Verification.WebAuthn.Submit", true, "",
            "MFA: passkey verified");
        row("backup code wrong", "Interaction.SignIn.Verification.BackupCode.Submit", false,
            "session.mfa.invalid_backup_code", "MFA: wrong backup code");
        row("mfa email code sent", "Interaction.SignIn.Verification.MfaEmailVerificationCode.Create", true,
            "", "MFA: email code sent");
        row("bind totp", "Interaction.Register.BindMfa.Totp.Submit", true, "", "MFA: TOTP set up");
        row("bind webauthn failed", "Interaction.SignIn.BindMfa.WebAuthn.Submit", false, "",
            "MFA: passkey setup failed");
        row("backup codes generated", "Interaction.SignIn.BindMfa.BackupCode.Create", true, "",
            "MFA: backup codes generated");
        row("trusted device", "TrustedDevice.Used", true, "", "MFA: skipped on a remembered device");
        // Enterprise SSO.
        row("sso redirect", "Interaction.SignIn.Verification.EnterpriseSso.Create", true, "",
            "SSO: redirected to identity provider");
        row("sso verified", "Interaction.SignIn.Verification.EnterpriseSso.Submit", true, "",
            "SSO: enterprise account verified");
        row("legacy sso failed", "Interaction.SignIn.Identifier.SingleSignOn.Submit", false, "",
            "SSO: enterprise account not verified");
        row("idp-initiated", "Interaction.SignIn.Verification.IdpInitiatedSso.Create", true, "",
            "SSO: sign-in started by identity provider");
        row("saml app", "SamlApplication.AuthnRequest", true, "", "SSO: SAML app sign-in request");
        // Registration.
        row("register started", "Interaction.Register.Create", true, "", "Registration: started");
        row("register account", "Interaction.Register.Identifier.Submit", true, "",
            "Registration: account created");
        row("register email taken", "Interaction.Register.Identifier.Submit", false,
            "user.email_already_in_use", "Registration: email already in use");
        row("register weak password", "Interaction.Register.Verification.NewPasswordIdentity.Submit", false,
            "password.rejected", "Registration: password fails the policy");
        // Password reset.
        row("reset code sent", "Interaction.ForgotPassword.Verification.EmailVerificationCode.Create", true,
            "", "Password reset: email code sent");
        row("legacy reset code", "Interaction.ForgotPassword.Identifier.VerificationCode.Submit", true, "",
            "Password reset: verification code accepted");
        row("reset same password", "Interaction.ForgotPassword.Profile.Update", false, "user.same_password",
            "Password reset: new password same as old");
        row("reset new password", "Interaction.ForgotPassword.Profile.Update", true, "",
            "Password reset: new password set");
        row("reset completed", "Interaction.ForgotPassword.Submit", true, "", "Password reset: completed");
        // The interaction itself.
        row("interaction started", "Interaction.Create", true, "", "Interaction: started");
        row("interaction ended", "Interaction.End", true, "", "Interaction: ended");
        row("captcha failed", "Interaction.Create.Captcha", false, "session.captcha_failed",
            "Interaction: CAPTCHA failed");
        // Tokens.
        row("authorization code", "ExchangeTokenBy.AuthorizationCode", true, "", "Token: authorization code");
        row("refresh token", "ExchangeTokenBy.RefreshToken", true, "", "Token: refresh token");
        row("refresh token invalid grant", "ExchangeTokenBy.RefreshToken", false, "oidc.invalid_grant",
            "Token: refresh token failed (invalid grant)");
        row("client credentials", "ExchangeTokenBy.ClientCredentials", true, "", "Token: client credentials");
        row("client credentials denied", "ExchangeTokenBy.ClientCredentials", false, "oidc.access_denied",
            "Token: client credentials failed (access denied)");
        row("token exchange", "ExchangeTokenBy.TokenExchange", true, "", "Token: token exchange");
        row("revoke", "RevokeToken", true, "", "Token: revoked");
        row("custom claims failed", "JwtCustomizer.AccessToken", false, "",
            "Token: custom access token claims failed");
        // Unknown keys and codes.
        row("unknown", "Unknown", true, "", "Unknown event");
        row("empty", "", true, "", "Unknown event");
        row("dots only", " . ", false, "", "Unknown event failed");
        row("fallback", "Interaction.Foo.BarBaz", true, "", "Interaction: foo bar baz");
        row("fallback failed", "Interaction.Foo.BarBaz", false, "", "Interaction: foo bar baz failed");
        row("fallback with code", "Interaction.Foo.BarBaz", false, "user.suspended",
            "Interaction: account suspended");
        row("fallback known event", "Interaction.SignIn.Verification.Totp.Delete", true, "",
            "MFA: verification totp delete");
        row("fallback token", "ExchangeTokenBy.SomethingNew", true, "", "Token: something new");
        row("fallback other family", "Foo.BarBaz.IdpInitiatedSso", true, "",
            "Foo: bar baz idp initiated sso");
        row("fallback one word", "SomethingNew", false, "", "Something new failed");
        row("fallback acronym", "Interaction.Foo.TOTPCode", true, "", "Interaction: foo totp code");
        row("unknown code left out", "Interaction.SignIn.Submit", false, "session.brand_new_code",
            "Sign-in: failed");
        row("code ignored on success", "Interaction.SignIn.Submit", true, "user.suspended",
            "Sign-in: completed");
    }

    void describe()
    {
        QFETCH(QString, key);
        QFETCH(bool, success);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(logkeys::describe(key, success, code), expected);
    }

    void describeDefaultsToNoErrorCode()
    {
        QCOMPARE(logkeys::describe(s("Interaction.SignIn.Verification.Password.Submit"), false),
                 s("Sign-in: password rejected"));
    }

    /// Every key the server records reads as a phrase of the catalogue, not as its own words
    /// (which would end in the key's action: "… submit", "… create").
    void everyLogtoKeyHasAPhrase()
    {
        const QStringList keys = allLogtoKeys();
        QVERIFY(keys.size() > 150);
        QSet<QString> seen;
        for (const QString &key : keys) {
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            const QString ok = logkeys::describe(key, true);
            const QString failed = logkeys::describe(key, false);
            QVERIFY2(!ok.isEmpty() && !failed.isEmpty(), qPrintable(key));
            QVERIFY2(ok != failed, qPrintable(key + s(": ") + ok));
            for (const char *action : {" submit", " create", " update", " delete", " end"})
                QVERIFY2(!ok.endsWith(QLatin1String(action)), qPrintable(key + s(" → ") + ok));
            if (key.startsWith(s("Interaction.SignIn.")) || key.startsWith(s("Interaction.Register.")) ||
                key.startsWith(s("Interaction.ForgotPassword.")))
                QVERIFY2(logkeys::category(key) != s("Other"), qPrintable(key));
            QVERIFY2(logkeys::categories().contains(logkeys::category(key)), qPrintable(key));
        }
    }

    void category_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *key, const char *expected) {
            QTest::newRow(key) << s(key) << s(expected);
        };
        row("Interaction.SignIn.Verification.Password.Submit", "Sign-in");
        row("Interaction.SignIn.Identifier.Password.Submit", "Sign-in");
        row("Interaction.SignIn.Verification.Social.Submit", "Sign-in");
        row("Interaction.SignIn.SignInPasskey.Submit", "Sign-in");
        row("Interaction.SignIn.Submit", "Sign-in");
        row("Interaction.Register.Identifier.Submit", "Registration");
        row("Interaction.Register.Verification.EmailVerificationCode.Submit", "Registration");
        row("Interaction.ForgotPassword.Profile.Update", "Password reset");
        row("Interaction.ForgotPassword.Identifier.VerificationCode.Create", "Password reset");
        row("Interaction.SignIn.Verification.Totp.Submit", "MFA");
        row("Interaction.SignIn.Verification.MfaPhoneVerificationCode.Submit", "MFA");
        row("Interaction.SignIn.Mfa.WebAuthn.Create", "MFA");
        row("Interaction.Register.BindMfa.BackupCode.Submit", "MFA");
        row("Interaction.SignIn.BindMfa.Totp.Delete", "MFA");
        row("TrustedDevice.Created", "MFA");
        row("Interaction.SignIn.Verification.EnterpriseSso.Submit", "SSO");
        row("Interaction.SignIn.Identifier.SingleSignOn.Create", "SSO");
        row("Interaction.SignIn.Verification.IdpInitiatedSso.Create", "SSO");
        row("SamlApplication.Callback", "SSO");
        row("ExchangeTokenBy.ClientCredentials", "Token");
        row("ExchangeTokenBy.SomethingNew", "Token");
        row("RevokeToken", "Token");
        row("RevokeGrants", "Token");
        row("JwtCustomizer.ClientCredentials", "Token");
        row("Interaction.Create", "Other");
        row("Interaction.Create.Captcha", "Other");
        row("Action.PostSignIn", "Other");
        row("TriggerHook.PostSignIn", "Other");
        row("Unknown", "Other");
        row("Interaction.Foo.BarBaz", "Other");
        row("", "Other");
    }

    void category()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(logkeys::category(key), expected);
    }

    void categories()
    {
        QCOMPARE(logkeys::categories(), (QStringList{s("Sign-in"), s("Registration"), s("Password reset"),
                                                     s("MFA"), s("SSO"), s("Token"), s("Other")}));
    }

    void errorFields_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const QString wrong = s("Incorrect account or password. Please check your input.");
        QTest::newRow("object") << withError(QJsonObject{{s("code"), s("session.invalid_credentials")},
                                                         {s("message"), wrong}})
                                << s("session.invalid_credentials") << wrong;
        QTest::newRow("object with data")
            << withError(QJsonObject{{s("code"), s("user.suspended")},
                                     {s("message"), s("This account is suspended.")},
                                     {s("data"), QJsonObject{{s("userId"), s("u1")}}}})
            << s("user.suspended") << s("This account is suspended.");
        QTest::newRow("object without code") << withError(QJsonObject{{s("message"), s("TypeError: boom")}})
                                             << QString() << s("TypeError: boom");
        QTest::newRow("object, fields not strings")
            << withError(QJsonObject{{s("code"), 7}, {s("message"), 8}}) << QString() << QString();
        QTest::newRow("string") << withError(s("Something broke")) << QString() << s("Something broke");

        const QJsonObject providerError{{s("stack"), s("InvalidGrant: invalid_grant")},
                                        {s("message"), s("invalid_grant")},
                                        {s("error"), s("invalid_grant")},
                                        {s("error_description"), s("grant request is invalid")}};
        QTest::newRow("string, provider error JSON")
            << withError(compact(providerError)) << QString() << s("grant request is invalid");
        QTest::newRow("string, JSON with message only")
            << withError(compact(QJsonObject{{s("message"), s("invalid_grant")}})) << QString()
            << s("invalid_grant");
        const QString noMessage = compact(QJsonObject{{s("status"), 400}});
        QTest::newRow("string, JSON without message") << withError(noMessage) << QString() << noMessage;
        QTest::newRow("string, broken JSON") << withError(s("{oops")) << QString() << s("{oops");
        QTest::newRow("no error") << QJsonObject{{s("result"), s("Success")}} << QString() << QString();
        QTest::newRow("number") << withError(42) << QString() << QString();
        QTest::newRow("null") << withError(QJsonValue::Null) << QString() << QString();
    }

    void errorFields()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QCOMPARE(logkeys::errorCode(payload), code);
        QCOMPARE(logkeys::errorMessage(payload), message);
    }

    /// The code errorCode() reads is the code describe() understands.
    void errorCodeFeedsDescribe()
    {
        const QJsonObject p =
            withError(QJsonObject{{s("code"), s("user.suspended")}, {s("message"), s("no")}});
        QCOMPARE(logkeys::describe(s("Interaction.SignIn.Verification.Password.Submit"), false,
                                   logkeys::errorCode(p)),
                 s("Sign-in: account suspended"));
    }

    void knownKeyPrefixes()
    {
        const QStringList prefixes = logkeys::knownKeyPrefixes();
        QCOMPARE(prefixes.mid(0, 3), (QStringList{s("Interaction.SignIn."), s("Interaction.Register."),
                                                  s("Interaction.ForgotPassword.")}));
        for (const char *p : {"Interaction.", "ExchangeTokenBy.", "RevokeToken", "RevokeGrants",
                              "JwtCustomizer.", "SamlApplication.", "Action.", "TrustedDevice.", "Unknown"})
            QVERIFY2(prefixes.contains(s(p)), p);
        QVERIFY(!prefixes.contains(s("TriggerHook.")));
        QCOMPARE(QSet<QString>(prefixes.begin(), prefixes.end()).size(), prefixes.size());
        // Every prefix matches keys the server records.
        const QStringList keys = allLogtoKeys();
        for (const QString &prefix : prefixes) {
            const bool matches = std::any_of(keys.begin(), keys.end(), [&](const QString &key) {
                return prefix.endsWith(u'.') ? key.startsWith(prefix) : key == prefix;
            });
            QVERIFY2(matches, qPrintable(prefix));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogKeys)
#include "tst_logkeys.moc"
