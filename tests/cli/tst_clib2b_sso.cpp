// The "sso", "mfa" and "explain" commands of gatehouse-cli end to end on a SQLite workspace:
// connectors (OIDC and SAML, warnings, secrets never printed or journaled), the SSO switch, MFA
// factors and policies, and the access explainer's answers, exit codes and --json shapes.
#include "../sso/TestCertificate.h"
#include "TestSupport.h"
#include "UserCliHelpers.h"

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::test::users;

namespace {

const QByteArray secret = QByteArrayLiteral("top-secret-value-42");

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

/// A tenant with the Acme Okta connector (claims acme.com; SSO still off), organizations Acme (JIT:
/// acme.com and Acme Okta, role member) and Acme Labs (JIT: acme.com, role viewer), bob (member of
/// Acme Labs as viewer) and the suspended carol.
struct ExplainFixture
{
    CliRunner cli;
    QString tenant, okta, acme, labs, bob, carol;

    ExplainFixture()
    {
        tenant = cli.create(words("tenant create Acme"));
        okta = createOkta();
        cli.create(words("org-role create --name member"));
        cli.create(words("org-role create --name viewer"));
        acme = cli.create(words("org create --name Acme"));
        labs = cli.create(QStringList{QStringLiteral("org"), QStringLiteral("create"),
                                      QStringLiteral("--name"), QStringLiteral("Acme Labs")});
        expectOk(cli.run(QStringList{QStringLiteral("org"), QStringLiteral("jit"), QStringLiteral("set"),
                                     acme, QStringLiteral("--domain"), QStringLiteral("acme.com"),
                                     QStringLiteral("--sso"), okta, QStringLiteral("--role"),
                                     QStringLiteral("member")}));
        expectOk(cli.run(QStringList{QStringLiteral("org"), QStringLiteral("jit"), QStringLiteral("set"),
                                     labs, QStringLiteral("--domain"), QStringLiteral("acme.com"),
                                     QStringLiteral("--role"), QStringLiteral("viewer")}));
        bob = cli.create(words("user create --username bob --email bob@acme.com"));
        carol = cli.create(words("user create --username carol --email carol@acme.com"));
        expectOk(cli.run(words("org member add")
                         << labs << bob << QStringLiteral("--role") << QStringLiteral("viewer")));
        expectOk(
            cli.run(words("user suspend") << carol << QStringLiteral("--reason") << QStringLiteral("left")));
    }

    QString createOkta() const
    {
        const CliResult r = cli.run(
            QStringList{QStringLiteral("--json"), QStringLiteral("sso"), QStringLiteral("create"),
                        QStringLiteral("--provider"), QStringLiteral("okta"), QStringLiteral("--name"),
                        QStringLiteral("Acme Okta"), QStringLiteral("--issuer"),
                        QStringLiteral("https://acme.okta.com"), QStringLiteral("--client-id"),
                        QStringLiteral("client-1"), QStringLiteral("--client-secret-stdin"),
                        QStringLiteral("--domain"), QStringLiteral("@ACME.com")},
            secret);
        expectOk(r);
        return r.json().object().value(QStringLiteral("id")).toString();
    }

    static void expectOk(const CliResult &r)
    {
        if (r.exitCode != 0)
            QTest::qFail(r.describe().constData(), __FILE__, __LINE__);
    }

    QJsonObject explain(const QStringList &args) const
    {
        const CliResult r = cli.run(words("--json explain") + args);
        expectOk(r);
        return r.json().object();
    }
};

QStringList orgSummary(const QJsonObject &explanation)
{
    QStringList out;
    for (const QJsonValue &v : explanation.value(QStringLiteral("organizations")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append(o.value(QStringLiteral("name")).toString() + QLatin1Char(':') +
                   o.value(QStringLiteral("via")).toString() + QLatin1Char(':') +
                   strings(o.value(QStringLiteral("roles"))).join(QLatin1Char('+')));
    }
    return out;
}

bool hasNote(const QJsonObject &explanation, const QString &part)
{
    for (const QString &note : strings(explanation.value(QStringLiteral("notes")))) {
        if (note.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestCliB2bSso : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        CliRunner cli;
        QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
    }

    void connectorsNeverShowSecrets()
    {
        ExplainFixture f;
        const QStringList reads[] = {words("--json sso list"),
                                     words("sso list"),
                                     words("--json sso show") << f.okta,
                                     words("sso show") << QStringLiteral("Acme Okta"),
                                     words("--json journal list --limit 50"),
                                     words("journal list --limit 50")};
        for (const QStringList &args : reads) {
            const CliResult r = f.cli.run(args);
            GH_EXPECT_EXIT(r, 0);
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), r.describe().constData());
        }
        const QJsonObject shown = f.cli.run(words("--json sso show") << f.okta).json().object();
        QCOMPARE(shown.value(QStringLiteral("providerName")).toString(), QStringLiteral("Okta"));
        QCOMPARE(strings(shown.value(QStringLiteral("domains"))), QStringList{QStringLiteral("acme.com")});
        QCOMPARE(shown.value(QStringLiteral("clientSecretSet")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("configComplete")).toBool(), true);
        QVERIFY(!shown.value(QStringLiteral("config")).toObject().contains(QStringLiteral("clientSecret")));

        // An update without a secret keeps it; the name resolves the connector.
        const CliResult renamed =
            f.cli.run(QStringList{QStringLiteral("--json"), QStringLiteral("sso"), QStringLiteral("update"),
                                  QStringLiteral("Acme Okta"), QStringLiteral("--name"),
                                  QStringLiteral("Acme SSO"), QStringLiteral("--sync-profile")});
        GH_EXPECT_EXIT(renamed, 0);
        QCOMPARE(renamed.json().object().value(QStringLiteral("connectorName")).toString(),
                 QStringLiteral("Acme SSO"));
        QCOMPARE(renamed.json().object().value(QStringLiteral("clientSecretSet")).toBool(), true);
        QCOMPARE(renamed.json().object().value(QStringLiteral("syncProfile")).toBool(), true);
        QVERIFY(!renamed.out.contains(secret));
    }

    void connectorWarningsAndErrors()
    {
        ExplainFixture f;
        // A public email provider's domain: a warning on stderr, not an error.
        const CliResult gmail = f.cli.run(words("sso update") << f.okta << QStringLiteral("--domain")
                                                              << QStringLiteral("acme.com,gmail.com"));
        GH_EXPECT_EXIT(gmail, 0);
        QVERIFY2(gmail.errText().contains(QStringLiteral("warning: domains[1]")),
                 gmail.describe().constData());

        // Another connector claiming acme.com: refused, naming the other connector.
        const CliResult clash = f.cli.run(words("--json sso create --provider OIDC --name Other --issuer "
                                                "https://idp.example.com --client-id x "
                                                "--client-secret-stdin --domain acme.com"),
                                          QByteArrayLiteral("s"));
        GH_EXPECT_EXIT(clash, 4);
        QVERIFY2(clash.errText().contains(QStringLiteral("Acme Okta")), clash.describe().constData());

        // OIDC without openid in the scope; unknown provider; unknown connector.
        const CliResult scope = f.cli.run(
            words("sso create --provider OIDC --name NoOpenid --issuer https://idp.example.com --client-id x "
                  "--client-secret-stdin --scope profile"),
            QByteArrayLiteral("s"));
        GH_EXPECT_EXIT(scope, 4);
        GH_EXPECT_EXIT(f.cli.run(words("sso create --provider Kerberos --name K")), 2);
        GH_EXPECT_EXIT(f.cli.run(words("sso create --name K")), 2);
        const CliResult missing = f.cli.run(words("--json sso show nope"));
        GH_EXPECT_EXIT(missing, 3);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        GH_EXPECT_EXIT(f.cli.run(words("sso update")
                                 << f.okta << QStringLiteral("--provider") << QStringLiteral("SAML")),
                       2);

        // SAML with a certificate that expires in ten days: saved, with a warning.
        const QString pem = makeCertificatePem("idp.globex.com", -secondsPerDay, 10 * secondsPerDay);
        QVERIFY(!pem.isEmpty());
        const QString certFile = writeFile(f.cli, QStringLiteral("idp.pem"), pem.toUtf8());
        const CliResult saml = f.cli.run(words("--json sso create --provider saml --name Globex --entity-id "
                                               "https://idp.globex.com --sso-url https://idp.globex.com/sso "
                                               "--domain globex.com --certificate-file")
                                         << certFile);
        GH_EXPECT_EXIT(saml, 0);
        QVERIFY2(saml.errText().contains(QStringLiteral("config.x509Certificate")),
                 saml.describe().constData());
        const QString samlId = saml.json().object().value(QStringLiteral("id")).toString();
        const CliResult samlText = f.cli.run(words("sso show") << samlId);
        GH_EXPECT_EXIT(samlText, 0);
        QVERIFY2(samlText.outText().contains(QStringLiteral("CN=idp.globex.com")),
                 samlText.describe().constData());
        GH_EXPECT_EXIT(
            f.cli.run(words("sso create --provider SAML --name Y --certificate-file /nonexistent/x.pem")), 3);

        const CliResult deleted = f.cli.run(words("--json sso delete") << samlId);
        GH_EXPECT_EXIT(deleted, 0);
        GH_EXPECT_EXIT(f.cli.run(words("sso show") << samlId), 3);
    }

    void mfaAndSwitch()
    {
        ExplainFixture f;
        const QJsonObject before = f.cli.run(words("--json mfa show")).json().object();
        QCOMPARE(before.value(QStringLiteral("singleSignOnEnabled")).toBool(true), false);
        QCOMPARE(before.value(QStringLiteral("mfa")).toObject().value(QStringLiteral("policy")).toString(),
                 QStringLiteral("UserControlled"));

        GH_EXPECT_EXIT(f.cli.run(words("mfa set")), 2);
        GH_EXPECT_EXIT(f.cli.run(words("mfa set --factor sms")), 2);
        GH_EXPECT_EXIT(f.cli.run(words("mfa set --policy Sometimes")), 2);
        GH_EXPECT_EXIT(f.cli.run(words("mfa set --factor BackupCode")), 4);

        const CliResult set = f.cli.run(
            words("--json mfa set --factor totp,WebAuthn --factor BackupCode --policy PromptOnlyAtSignIn "
                  "--org-policy mandatory"));
        GH_EXPECT_EXIT(set, 0);
        const QJsonObject mfa = set.json().object().value(QStringLiteral("mfa")).toObject();
        QCOMPARE(
            strings(mfa.value(QStringLiteral("factors"))),
            (QStringList{QStringLiteral("Totp"), QStringLiteral("WebAuthn"), QStringLiteral("BackupCode")}));
        QCOMPARE(mfa.value(QStringLiteral("policy")).toString(), QStringLiteral("PromptOnlyAtSignIn"));
        QCOMPARE(mfa.value(QStringLiteral("organizationRequiredMfaPolicy")).toString(),
                 QStringLiteral("Mandatory"));

        // An organization requires MFA: removing every factor is refused.
        GH_EXPECT_EXIT(f.cli.run(words("org update") << f.acme << QStringLiteral("--mfa-required")), 0);
        GH_EXPECT_EXIT(f.cli.run(words("mfa set --no-factors")), 4);

        const CliResult on = f.cli.run(words("--json sso enable"));
        GH_EXPECT_EXIT(on, 0);
        QCOMPARE(on.json().object().value(QStringLiteral("singleSignOnEnabled")).toBool(), true);
        const CliResult shown = f.cli.run(words("mfa show"));
        QVERIFY2(shown.outText().contains(QStringLiteral("Enterprise SSO")), shown.describe().constData());
        GH_EXPECT_EXIT(f.cli.run(words("sso disable")), 0);
        QCOMPARE(f.cli.run(words("--json mfa show"))
                     .json()
                     .object()
                     .value(QStringLiteral("singleSignOnEnabled"))
                     .toBool(),
                 false);
    }

    void explainAnswers()
    {
        ExplainFixture f;
        // SSO off: no routing, email-domain JIT puts a new person in both organizations.
        QJsonObject e = f.explain(words("alice@acme.com"));
        QVERIFY(e.value(QStringLiteral("ssoConnector")).isNull());
        QVERIFY(e.value(QStringLiteral("user")).isNull());
        QCOMPARE(e.value(QStringLiteral("canSignIn")).toBool(), true);
        QCOMPARE(orgSummary(e), (QStringList{QStringLiteral("Acme:emailDomain:member"),
                                             QStringLiteral("Acme Labs:emailDomain:viewer")}));
        QVERIFY(hasNote(e, QStringLiteral("enterprise SSO is off")));
        QVERIFY(hasNote(e, QStringLiteral("2 organizations have email-domain JIT for acme.com")));

        // SSO on: the domain routes to Acme Okta; its JIT applies, email-domain JIT does not.
        GH_EXPECT_EXIT(f.cli.run(words("sso enable")), 0);
        e = f.explain(words("Alice@ACME.com"));
        QCOMPARE(e.value(QStringLiteral("ssoConnector")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), f.okta},
                              {QStringLiteral("name"), QStringLiteral("Acme Okta")}}));
        QCOMPARE(orgSummary(e), QStringList{QStringLiteral("Acme:ssoConnector:member")});
        QVERIFY(hasNote(
            e, QStringLiteral("Email-domain JIT for acme.com into Acme Labs does not apply: the domain is "
                              "claimed by SSO connector Acme Okta.")));

        // bob: an existing member of Acme Labs; the workspace does not know his SSO sign-ins.
        e = f.explain(words("bob@acme.com"));
        QCOMPARE(e.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), f.bob);
        QCOMPARE(e.value(QStringLiteral("newUser")).toBool(), false);
        QCOMPARE(orgSummary(e), (QStringList{QStringLiteral("Acme Labs:existing:viewer"),
                                             QStringLiteral("Acme:ssoConnector:member")}));
        QVERIFY(hasNote(e, QStringLiteral("does not record sign-ins through SSO connectors")));
        e = f.explain(words("bob@acme.com --new"));
        QCOMPARE(e.value(QStringLiteral("newUser")).toBool(), true);
        QCOMPARE(orgSummary(e), QStringList{QStringLiteral("Acme:ssoConnector:member")});

        // An admin-created account (no user yet) explained as existing gets no email-domain JIT.
        GH_EXPECT_EXIT(f.cli.run(words("sso disable")), 0);
        e = f.explain(words("dave@acme.com --existing"));
        QCOMPARE(orgSummary(e), QStringList{});
        QVERIFY(hasNote(e, QStringLiteral("existing users (including users an administrator created)")));
        GH_EXPECT_EXIT(f.cli.run(words("sso enable")), 0);

        // carol is suspended: she cannot sign in (exit 0: the question was answered).
        e = f.explain(words("carol@acme.com"));
        QCOMPARE(e.value(QStringLiteral("canSignIn")).toBool(), false);
        QCOMPARE(e.value(QStringLiteral("user")).toObject().value(QStringLiteral("isSuspended")).toBool(),
                 true);
        QCOMPARE(orgSummary(e), QStringList{});

        // MFA: Acme requires it; Mandatory org policy prompts, NoPrompt blocks.
        GH_EXPECT_EXIT(f.cli.run(words("mfa set --factor Totp --org-policy Mandatory")), 0);
        GH_EXPECT_EXIT(f.cli.run(words("org update") << f.acme << QStringLiteral("--mfa-required")), 0);
        e = f.explain(words("alice@acme.com"));
        QJsonObject org = e.value(QStringLiteral("organizations")).toArray().first().toObject();
        QCOMPARE(org.value(QStringLiteral("mfa")).toObject(),
                 (QJsonObject{{QStringLiteral("required"), true},
                              {QStringLiteral("outcome"), QStringLiteral("prompted")}}));
        GH_EXPECT_EXIT(f.cli.run(words("mfa set --org-policy NoPrompt")), 0);
        e = f.explain(words("alice@acme.com"));
        org = e.value(QStringLiteral("organizations")).toArray().first().toObject();
        QCOMPARE(org.value(QStringLiteral("mfa")).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("blocked"));
        const QJsonObject mfa = e.value(QStringLiteral("mfa")).toObject();
        QCOMPARE(mfa.value(QStringLiteral("policy")).toString(), QStringLiteral("UserControlled"));
        QCOMPARE(strings(mfa.value(QStringLiteral("factors"))), QStringList{QStringLiteral("Totp")});
        QCOMPARE(mfa.value(QStringLiteral("perOrganization")).toArray().size(), 1);

        // Text output explains too.
        const CliResult text = f.cli.run(words("explain alice@acme.com"));
        GH_EXPECT_EXIT(text, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("Why:")) &&
                     text.outText().contains(QStringLiteral("Acme Okta")),
                 text.describe().constData());
    }

    void explainViaSso()
    {
        ExplainFixture f;
        GH_EXPECT_EXIT(f.cli.run(words("sso enable")), 0);
        const CliResult other = f.cli.run(words("--json sso create --provider OIDC --name Partner --issuer "
                                                "https://idp.partner.example --client-id p "
                                                "--client-secret-stdin --domain partner.example"),
                                          QByteArrayLiteral("s"));
        GH_EXPECT_EXIT(other, 0);
        const QString partner = other.json().object().value(QStringLiteral("id")).toString();
        GH_EXPECT_EXIT(f.cli.run(QStringList{QStringLiteral("org"), QStringLiteral("jit"),
                                             QStringLiteral("set"), f.labs, QStringLiteral("--domain"),
                                             QStringLiteral("acme.com"), QStringLiteral("--sso"), partner,
                                             QStringLiteral("--role"), QStringLiteral("member")}),
                       0);
        // By name; bob already belongs to Acme Labs: JIT through Partner merges the member role.
        const QJsonObject e = f.explain(words("bob@acme.com --via-sso Partner"));
        QCOMPARE(e.value(QStringLiteral("ssoConnector")).toObject().value(QStringLiteral("id")).toString(),
                 partner);
        QCOMPARE(orgSummary(e), QStringList{QStringLiteral("Acme Labs:existing:member+viewer")});
        QVERIFY(hasNote(e, QStringLiteral("goes to Acme Okta")));
    }

    void explainBadInput()
    {
        ExplainFixture f;
        GH_EXPECT_EXIT(f.cli.run(words("explain")), 2);
        GH_EXPECT_EXIT(f.cli.run(words("explain a@acme.com --new --existing")), 2);
        const CliResult unknown = f.cli.run(words("--json explain a@acme.com --via-sso nope"));
        GH_EXPECT_EXIT(unknown, 3);
        QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
        const CliResult invalid = f.cli.run(words("--json explain not-an-email"));
        GH_EXPECT_EXIT(invalid, 4);
        QCOMPARE(invalid.errorCode(), QStringLiteral("validation"));
        const CliResult help = f.cli.run(words("explain --help"));
        GH_EXPECT_EXIT(help, 0);
        QVERIFY(help.outText().contains(QStringLiteral("--via-sso")));
        const CliResult main = f.cli.run(words("--help"));
        for (const char *noun : {"explain", "sso", "mfa"})
            QVERIFY2(main.outText().contains(QLatin1String("\n  ") + QLatin1String(noun) + QLatin1Char(' ')),
                     main.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliB2bSso)
#include "tst_clib2b_sso.moc"
