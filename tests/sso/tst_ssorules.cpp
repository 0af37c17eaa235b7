// The pure rules behind SSO connectors and the sign-in experience: connector checks (errors and
// warnings, as the editor and the CLI show them), config completeness, MFA rules, Logto JSON.
#include "TestCertificate.h"
#include "model/SignInValidation.h"
#include "model/SsoJson.h"
#include "model/SsoValidation.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

namespace {
SsoConnector oidc(SsoProvider provider = SsoProvider::OIDC)
{
    SsoConnector c;
    c.providerName = provider;
    c.connectorName = QStringLiteral("Acme");
    c.config = QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://acme.okta.com")},
                           {QStringLiteral("clientId"), QStringLiteral("client-1")},
                           {QStringLiteral("clientSecret"), QStringLiteral("s3cret")},
                           {QStringLiteral("scope"), QStringLiteral("openid profile email")}};
    return c;
}

SsoConnector saml(const QJsonObject &config)
{
    SsoConnector c;
    c.providerName = SsoProvider::SAML;
    c.connectorName = QStringLiteral("Acme SAML");
    c.config = config;
    return c;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.field);
    return fields;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

class TestSsoRules : public QObject
{
    Q_OBJECT

private slots:
    void oidcFamilyValid()
    {
        for (const SsoProvider p :
             {SsoProvider::OIDC, SsoProvider::AzureAdOidc, SsoProvider::Okta, SsoProvider::GoogleWorkspace}) {
            const sso::ConnectorCheck check = sso::checkConnector(oidc(p), false, now());
            QVERIFY2(check.ok(), qPrintable(fieldsOf(check.errors).join(QLatin1Char(','))));
            QVERIFY(check.warnings.isEmpty());
        }
        // Google's issuer is implied; other providers need one.
        SsoConnector google = oidc(SsoProvider::GoogleWorkspace);
        google.config.remove(QStringLiteral("issuer"));
        QVERIFY(sso::checkConnector(google, false, now()).ok());
        SsoConnector okta = oidc(SsoProvider::Okta);
        okta.config.remove(QStringLiteral("issuer"));
        QCOMPARE(fieldsOf(sso::checkConnector(okta, false, now()).errors),
                 QStringList{QStringLiteral("config.issuer")});
        // No scope: Logto's default (openid) applies.
        SsoConnector noScope = oidc();
        noScope.config.remove(QStringLiteral("scope"));
        QVERIFY(sso::checkConnector(noScope, false, now()).ok());
    }

    void oidcErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("http issuer") << "issuer" << QJsonValue(QStringLiteral("http://acme.okta.com"))
                                     << "config.issuer";
        QTest::newRow("relative issuer")
            << "issuer" << QJsonValue(QStringLiteral("acme.okta.com")) << "config.issuer";
        QTest::newRow("no client id") << "clientId" << QJsonValue(QString()) << "config.clientId";
        QTest::newRow("no secret") << "clientSecret" << QJsonValue(QString()) << "config.clientSecret";
        QTest::newRow("scope without openid")
            << "scope" << QJsonValue(QStringLiteral("profile email")) << "config.scope";
        QTest::newRow("openid as substring")
            << "scope" << QJsonValue(QStringLiteral("openidx")) << "config.scope";
        QTest::newRow("blank name") << "" << QJsonValue() << "connectorName";
    }
    void oidcErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        SsoConnector c = oidc();
        if (key.isEmpty())
            c.connectorName = QStringLiteral("  ");
        else
            c.config.insert(key, value);
        const sso::ConnectorCheck check = sso::checkConnector(c, false, now());
        QCOMPARE(fieldsOf(check.errors), QStringList{field});
        QVERIFY(!check.errors.first().message.isEmpty());
    }

    void storedSecretSatisfiesUpdate()
    {
        SsoConnector c = oidc();
        c.config.remove(QStringLiteral("clientSecret"));
        QCOMPARE(fieldsOf(sso::checkConnector(c, false, now()).errors),
                 QStringList{QStringLiteral("config.clientSecret")});
        QVERIFY(sso::checkConnector(c, true, now()).ok());
        QVERIFY(!sso::isConfigComplete(c));
        c.clientSecretSet = true;
        QVERIFY(sso::isConfigComplete(c));
    }

    void nameTooLong()
    {
        SsoConnector c = oidc();
        c.connectorName = QString(129, QLatin1Char('x'));
        QCOMPARE(fieldsOf(sso::checkConnector(c, false, now()).errors),
                 QStringList{QStringLiteral("connectorName")});
        c.connectorName = QString(128, QLatin1Char('x'));
        QVERIFY(sso::checkConnector(c, false, now()).ok());
    }

    void samlOptions()
    {
        const QString cert =
            test::makeCertificatePem("idp.acme.com", -test::secondsPerDay, 365 * test::secondsPerDay);
        QVERIFY(!cert.isEmpty());
        QVERIFY(sso::checkConnector(
                    saml({{QStringLiteral("metadataUrl"), QStringLiteral("https://idp.acme.com/metadata")}}),
                    false, now())
                    .ok());
        QVERIFY(sso::checkConnector(saml({{QStringLiteral("metadata"),
                                           QStringLiteral("<?xml version=\"1.0\"?><md:EntityDescriptor "
                                                          "xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                                                          "entityID=\"https://idp.acme.com\"/>")}}),
                                    false, now())
                    .ok());
        const sso::ConnectorCheck manual = sso::checkConnector(
            saml({{QStringLiteral("entityId"), QStringLiteral("https://idp.acme.com")},
                  {QStringLiteral("signInEndpoint"), QStringLiteral("https://idp.acme.com/sso")},
                  {QStringLiteral("x509Certificate"), cert}}),
            false, now());
        QVERIFY2(manual.ok(), qPrintable(fieldsOf(manual.errors).join(QLatin1Char(','))));
        QVERIFY(manual.certificate);
        QVERIFY(manual.certificate->subject.contains(QLatin1String("CN=idp.acme.com")));
        QVERIFY(manual.certificate->notAfterMs > now() + 364LL * 24 * 3600 * 1000);
        QCOMPARE(manual.certificate->sha256Fingerprint.size(), 32 * 3 - 1);
        // The bare base64 body (as metadata shows it) is accepted too.
        QString body = cert;
        body.remove(QStringLiteral("-----BEGIN CERTIFICATE-----"))
            .remove(QStringLiteral("-----END CERTIFICATE-----"));
        QString problem;
        QVERIFY2(security::parseCertificate(body, &problem), qPrintable(problem));
        QVERIFY(sso::isConfigComplete(
            saml({{QStringLiteral("metadataUrl"), QStringLiteral("https://x.example/m")}})));
        QVERIFY(!sso::isConfigComplete(saml({})));
    }

    void samlErrors_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QStringList>("fields");
        const QString cert =
            test::makeCertificatePem("idp.acme.com", -test::secondsPerDay, 365 * test::secondsPerDay);
        QTest::newRow("nothing") << QJsonObject{} << QStringList{QStringLiteral("config.metadataUrl")};
        QTest::newRow("http metadata url")
            << QJsonObject{{QStringLiteral("metadataUrl"), QStringLiteral("http://idp.acme.com/m")}}
            << QStringList{QStringLiteral("config.metadataUrl")};
        QTest::newRow("broken xml") << QJsonObject{{QStringLiteral("metadata"),
                                                    QStringLiteral("<EntityDescriptor>")}}
                                    << QStringList{QStringLiteral("config.metadata")};
        QTest::newRow("wrong root") << QJsonObject{{QStringLiteral("metadata"), QStringLiteral("<html/>")}}
                                    << QStringList{QStringLiteral("config.metadata")};
        QTest::newRow("manual incomplete")
            << QJsonObject{{QStringLiteral("entityId"), QStringLiteral("https://idp.acme.com")}}
            << QStringList{QStringLiteral("config.signInEndpoint"), QStringLiteral("config.x509Certificate")};
        QTest::newRow("not a certificate")
            << QJsonObject{{QStringLiteral("entityId"), QStringLiteral("urn:acme")},
                           {QStringLiteral("signInEndpoint"), QStringLiteral("https://idp.acme.com/sso")},
                           {QStringLiteral("x509Certificate"), QStringLiteral("hello")}}
            << QStringList{QStringLiteral("config.x509Certificate")};
        QTest::newRow("http endpoint")
            << QJsonObject{{QStringLiteral("entityId"), QStringLiteral("urn:acme")},
                           {QStringLiteral("signInEndpoint"), QStringLiteral("http://idp.acme.com/sso")},
                           {QStringLiteral("x509Certificate"), cert}}
            << QStringList{QStringLiteral("config.signInEndpoint")};
        QTest::newRow("expired certificate")
            << QJsonObject{{QStringLiteral("entityId"), QStringLiteral("urn:acme")},
                           {QStringLiteral("signInEndpoint"), QStringLiteral("https://idp.acme.com/sso")},
                           {QStringLiteral("x509Certificate"),
                            test::makeCertificatePem("old.acme.com", -30 * test::secondsPerDay,
                                                     -test::secondsPerDay)}}
            << QStringList{QStringLiteral("config.x509Certificate")};
    }
    void samlErrors()
    {
        QFETCH(QJsonObject, config);
        QFETCH(QStringList, fields);
        for (const SsoProvider p : {SsoProvider::SAML, SsoProvider::AzureAD}) {
            SsoConnector c = saml(config);
            c.providerName = p;
            const sso::ConnectorCheck check = sso::checkConnector(c, false, now());
            QCOMPARE(fieldsOf(check.errors), fields);
        }
    }

    void warnings()
    {
        SsoConnector c = saml(
            {{QStringLiteral("entityId"), QStringLiteral("urn:acme")},
             {QStringLiteral("signInEndpoint"), QStringLiteral("https://idp.acme.com/sso")},
             {QStringLiteral("x509Certificate"),
              test::makeCertificatePem("soon.acme.com", -test::secondsPerDay, 10 * test::secondsPerDay)}});
        c.domains = {QStringLiteral("@Acme.com"), QStringLiteral("GMail.com"), QStringLiteral("acme.com")};
        const sso::ConnectorCheck check = sso::checkConnector(c, false, now());
        QVERIFY(check.ok());
        QCOMPARE(check.domains, (QStringList{QStringLiteral("acme.com"), QStringLiteral("gmail.com")}));
        QCOMPARE(fieldsOf(check.warnings),
                 (QStringList{QStringLiteral("config.x509Certificate"), QStringLiteral("domains[1]")}));
        QVERIFY(check.warnings[0].message.contains(QLatin1String("soon.acme.com")));
        QVERIFY(check.warnings[1].message.contains(QLatin1String("gmail.com")));
        // An expired certificate does not make the configuration incomplete, only invalid to save.
        c.config.insert(
            QStringLiteral("x509Certificate"),
            test::makeCertificatePem("old.acme.com", -30 * test::secondsPerDay, -test::secondsPerDay));
        QVERIFY(!sso::checkConnector(c, false, now()).ok());
        QVERIFY(sso::isConfigComplete(c));
    }

    void invalidDomains()
    {
        SsoConnector c = oidc();
        c.domains = {QStringLiteral("acme.com"), QStringLiteral("not a domain"), QStringLiteral("localhost")};
        const sso::ConnectorCheck check = sso::checkConnector(c, false, now());
        QCOMPARE(fieldsOf(check.errors),
                 (QStringList{QStringLiteral("domains[1]"), QStringLiteral("domains[2]")}));
        QCOMPARE(check.domains, QStringList{QStringLiteral("acme.com")});
    }

    void brandingUrls()
    {
        SsoConnector c = oidc();
        c.branding.logo = QStringLiteral("javascript:alert(1)");
        c.branding.darkLogo = QStringLiteral("https://cdn.acme.com/dark.png");
        QCOMPARE(fieldsOf(sso::checkConnector(c, false, now()).errors),
                 QStringList{QStringLiteral("branding.logo")});
    }

    void mfaRules()
    {
        SignInExperience e;
        QVERIFY(signin::validate(e).isEmpty());
        e.mfaFactors = {MfaFactor::BackupCode};
        QCOMPARE(fieldsOf(signin::validate(e)), QStringList{QStringLiteral("mfa.factors")});
        e.mfaFactors = {MfaFactor::TOTP, MfaFactor::BackupCode};
        QVERIFY(signin::validate(e).isEmpty());
        e.mfaFactors = {MfaFactor::TOTP, MfaFactor::TOTP};
        QCOMPARE(fieldsOf(signin::validate(e)), QStringList{QStringLiteral("mfa.factors")});
        for (const MfaPolicy p :
             {MfaPolicy::Mandatory, MfaPolicy::PromptAtSignInAndSignUp, MfaPolicy::PromptOnlyAtSignIn}) {
            e.mfaFactors.clear();
            e.mfaPolicy = p;
            const QList<FieldError> errors = signin::validate(e);
            QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("mfa.policy")});
            QVERIFY(errors.first().message.contains(mfaPolicyName(p)));
            e.mfaFactors = {MfaFactor::WebAuthn};
            QVERIFY(signin::validate(e).isEmpty());
        }
        e.mfaFactors.clear();
        for (const MfaPolicy p : {MfaPolicy::UserControlled, MfaPolicy::NoPrompt}) {
            e.mfaPolicy = p;
            QVERIFY(signin::validate(e).isEmpty());
        }
    }

    void factorRemoval()
    {
        SignInExperience before;
        before.mfaFactors = {MfaFactor::TOTP};
        SignInExperience after;
        const QStringList orgs{QStringLiteral("Acme"), QStringLiteral("Globex")};
        const QList<FieldError> errors = signin::factorRemovalProblem(before, after, orgs);
        QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("mfa.factors")});
        QVERIFY(errors.first().message.contains(QLatin1String("\"Acme\", \"Globex\"")));
        QVERIFY(signin::factorRemovalProblem(before, after, {}).isEmpty());
        QVERIFY(signin::factorRemovalProblem(before, before, orgs).isEmpty());
        QVERIFY(signin::factorRemovalProblem(after, after, orgs).isEmpty());
    }

    void logtoJson()
    {
        QFile file(QStringLiteral(GATEHOUSE_LOGTO_SAMPLES "/sso_patch.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<SsoConnector> c =
            json::ssoConnectorFromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->id, QStringLiteral("p7s1nw0jv5uo"));
        QCOMPARE(c->providerName, SsoProvider::OIDC);
        QCOMPARE(c->connectorName, QStringLiteral("Test OIDC"));
        QCOMPARE(c->domains, (QStringList{QStringLiteral("example.com"), QStringLiteral("example.org")}));
        QCOMPARE(c->createdAt, 1795838952556LL);

        SsoConnector secret = oidc();
        secret.branding.displayName = QStringLiteral("Acme SSO");
        QVERIFY(!json::toJson(secret)
                     .value(QStringLiteral("config"))
                     .toObject()
                     .contains(QStringLiteral("clientSecret")));
        const SsoConnector stripped = json::withoutSecret(secret);
        QVERIFY(stripped.clientSecretSet);
        QVERIFY(!stripped.config.contains(QStringLiteral("clientSecret")));
        const QJsonObject journal = json::redactedJson(stripped);
        QCOMPARE(journal.value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("clientSecret"))
                     .toString(),
                 QStringLiteral("[redacted]"));
        QVERIFY(!QJsonDocument(journal).toJson().contains("s3cret"));
        const Result<SsoConnector> back = json::ssoConnectorFromJson(json::toJson(secret));
        QVERIFY(back.ok());
        QCOMPARE(back->branding, secret.branding);

        const Result<SsoConnector> bad = json::ssoConnectorFromJson(
            QJsonObject{{QStringLiteral("providerName"), QStringLiteral("Kerberos")},
                        {QStringLiteral("domains"), QStringLiteral("acme.com")}});
        QVERIFY(!bad.ok());
        QCOMPARE(fieldsOf(bad.error().fields()),
                 (QStringList{QStringLiteral("providerName"), QStringLiteral("domains")}));

        QFile sie(QStringLiteral(GATEHOUSE_LOGTO_SAMPLES "/sie_patch_mfa.json"));
        QVERIFY(sie.open(QIODevice::ReadOnly));
        const Result<SignInExperience> e =
            json::signInExperienceFromJson(QJsonDocument::fromJson(sie.readAll()).object());
        QVERIFY(e.ok());
        QCOMPARE(e->mfaFactors,
                 (QList<MfaFactor>{MfaFactor::TOTP, MfaFactor::WebAuthn, MfaFactor::BackupCode}));
        QCOMPARE(e->mfaPolicy, MfaPolicy::UserControlled);
        QCOMPARE(e->organizationRequiredMfaPolicy, OrganizationMfaPolicy::NoPrompt);
        QVERIFY(!e->singleSignOnEnabled);
        SignInExperience round = e.value();
        round.singleSignOnEnabled = true;
        round.organizationRequiredMfaPolicy = OrganizationMfaPolicy::Mandatory;
        const Result<SignInExperience> again = json::signInExperienceFromJson(json::toJson(round));
        QVERIFY(again.ok());
        QVERIFY(again->singleSignOnEnabled);
        QCOMPARE(again->organizationRequiredMfaPolicy, OrganizationMfaPolicy::Mandatory);
        const Result<SignInExperience> wrong = json::signInExperienceFromJson(
            QJsonObject{{QStringLiteral("mfa"),
                         QJsonObject{{QStringLiteral("factors"), QJsonArray{QStringLiteral("Sms")}}}}});
        QVERIFY(!wrong.ok());
        QCOMPARE(fieldsOf(wrong.error().fields()), QStringList{QStringLiteral("mfa.factors[0]")});
    }
};

QTEST_GUILESS_MAIN(TestSsoRules)
#include "tst_ssorules.moc"
