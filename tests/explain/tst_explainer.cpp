// The access explainer (explain/AccessExplainer.h): every rule and their interactions, on
// snapshots built in code. One fixed tenant, varied per row:
// - connectors "okta" (Acme Okta, OIDC, claims `connectorDomains`) and "azure" (Contoso Azure,
//   claims contoso.com, always complete);
// - organizations org-acme "Acme", org-labs "Acme Labs", org-other "Other" whose JIT default roles
//   are member / member+viewer / admin; a row says which have email-domain JIT for `jitDomain`
//   and which have SSO JIT through okta (org-other: through azure when `otherViaAzure`);
// - existing memberships hold the role "viewer".
#include "explain/AccessExplainer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::explain;

namespace {

struct Case
{
    // --- the tenant
    bool ssoEnabled = true;
    bool connectorComplete = true;
    QStringList connectorDomains = {QStringLiteral("acme.com")};
    QString jitDomain = QStringLiteral("acme.com");
    QStringList emailJitOrgs = {};
    QStringList ssoJitOrgs = {};
    bool otherViaAzure = false;
    QStringList mfaOrgs = {};
    QList<MfaFactor> factors = {MfaFactor::TOTP};
    MfaPolicy policy = MfaPolicy::UserControlled;
    OrganizationMfaPolicy orgPolicy = OrganizationMfaPolicy::NoPrompt;
    // --- the person
    QString email = QStringLiteral("alice@acme.com");
    QString user = QStringLiteral("none"); ///< none | active | suspended | withMfa
    QStringList memberOf = {};
    bool identitiesKnown = false;
    QStringList userConnectors = {};
    Person person = Person::Auto;
    QString via = {};
    // --- expected
    QString connector = {}; ///< "" = none
    bool canSignIn = true;
    bool password = true;
    bool isNew = true;
    QString orgs = {}; ///< "id:via:role+role,…" in output order
    QString mfa = {};  ///< "id:outcome,…" in output order
    QStringList rules = {};
    QStringList absent = {};
};

OrganizationRole role(const QString &name)
{
    OrganizationRole r;
    r.id = QStringLiteral("role-") + name;
    r.name = name;
    return r;
}

Organization organization(const QString &id, const QString &name, const Case &c)
{
    Organization o;
    o.id = id;
    o.name = name;
    o.isMfaRequired = c.mfaOrgs.contains(id);
    return o;
}

SsoConnector connector(const QString &id, const QString &name, const QStringList &domains, bool complete)
{
    SsoConnector s;
    s.id = id;
    s.providerName = SsoProvider::OIDC;
    s.connectorName = name;
    s.config = {{QStringLiteral("issuer"), QStringLiteral("https://idp.example.com")},
                {QStringLiteral("clientId"), complete ? QStringLiteral("client") : QString()},
                {QStringLiteral("scope"), QStringLiteral("openid email profile")}};
    s.clientSecretSet = true;
    s.domains = domains;
    return s;
}

AccessSnapshot snapshotOf(const Case &c)
{
    AccessSnapshot s;
    s.email = c.email;
    s.signIn.singleSignOnEnabled = c.ssoEnabled;
    s.signIn.mfaFactors = c.factors;
    s.signIn.mfaPolicy = c.policy;
    s.signIn.organizationRequiredMfaPolicy = c.orgPolicy;
    s.connectors = {connector(QStringLiteral("okta"), QStringLiteral("Acme Okta"), c.connectorDomains,
                              c.connectorComplete),
                    connector(QStringLiteral("azure"), QStringLiteral("Contoso Azure"),
                              {QStringLiteral("contoso.com")}, true)};
    const QList<std::pair<Organization, QList<OrganizationRole>>> orgs{
        {organization(QStringLiteral("org-acme"), QStringLiteral("Acme"), c),
         {role(QStringLiteral("member"))}},
        {organization(QStringLiteral("org-labs"), QStringLiteral("Acme Labs"), c),
         {role(QStringLiteral("member")), role(QStringLiteral("viewer"))}},
        {organization(QStringLiteral("org-other"), QStringLiteral("Other"), c),
         {role(QStringLiteral("admin"))}},
    };
    for (const auto &[org, roles] : orgs) {
        OrganizationJit jit;
        if (c.emailJitOrgs.contains(org.id))
            jit.emailDomains.append(c.jitDomain);
        if (c.ssoJitOrgs.contains(org.id))
            jit.ssoConnectorIds.append(QStringLiteral("okta"));
        if (c.otherViaAzure && org.id == QLatin1String("org-other"))
            jit.ssoConnectorIds.append(QStringLiteral("azure"));
        jit.roles = roles;
        s.organizations.append(org);
        s.jit.insert(org.id, jit);
        if (c.memberOf.contains(org.id))
            s.memberships.append(UserOrganization{org, {role(QStringLiteral("viewer"))}});
    }
    if (c.user != QLatin1String("none")) {
        User u;
        u.id = QStringLiteral("u1");
        u.primaryEmail = c.email;
        u.isSuspended = c.user == QLatin1String("suspended");
        u.mfaCount = c.user == QLatin1String("withMfa") ? 1 : 0;
        s.user = u;
    }
    s.ssoIdentitiesKnown = c.identitiesKnown;
    s.userSsoConnectorIds = c.userConnectors;
    return s;
}

QString orgsText(const AccessExplanation &e)
{
    QStringList parts;
    for (const ExplainedOrganization &o : e.organizations)
        parts.append(o.id + QLatin1Char(':') + membershipViaName(o.via) + QLatin1Char(':') +
                     o.roles.join(QLatin1Char('+')));
    return parts.join(QLatin1Char(','));
}

QString mfaText(const AccessExplanation &e)
{
    QStringList parts;
    for (const ExplainedOrganization &o : e.organizations)
        parts.append(o.id + QLatin1Char(':') + mfaOutcomeName(o.mfa));
    return parts.join(QLatin1Char(','));
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QLatin1String(item));
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestExplainer : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<Case>("c");
        const QString acme = QStringLiteral("org-acme");
        const QString labs = QStringLiteral("org-labs");

        // --- who is asking
        QTest::newRow("no match at all")
            << Case{.email = QStringLiteral("bob@nowhere.org"),
                    .rules = L({"user.none", "sso.noConnector", "emailJit.none"}),
                    .absent = L({"sso.routed", "emailJit.applies", "ssoJit.applies"})};
        QTest::newRow("new person, email-domain JIT")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:notRequired"),
                    .rules = L({"user.none", "sso.noConnector", "emailJit.applies"})};
        QTest::newRow("existing user, no email-domain JIT")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .user = QStringLiteral("active"),
                    .isNew = false,
                    .rules = L({"user.existing", "membership.none", "emailJit.existingUser"}),
                    .absent = L({"emailJit.applies"})};
        QTest::newRow("admin-created account (--existing, no user yet)")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .person = Person::Existing,
                    .isNew = false,
                    .rules = L({"user.existingButNone", "emailJit.existingUser"}),
                    .absent = L({"emailJit.applies", "membership.none"})};
        QTest::newRow("--new although the user exists")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .user = QStringLiteral("active"),
                    .memberOf = {labs},
                    .person = Person::New,
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .rules = L({"user.newButExists", "emailJit.applies"}),
                    .absent = L({"membership.existing"})};
        QTest::newRow("existing memberships kept")
            << Case{.connectorDomains = {},
                    .user = QStringLiteral("active"),
                    .memberOf = {acme, labs},
                    .isNew = false,
                    .orgs = QStringLiteral("org-acme:existing:viewer,org-labs:existing:viewer"),
                    .rules = L({"membership.existing", "emailJit.none"})};
        QTest::newRow("suspended user")
            << Case{.emailJitOrgs = {labs},
                    .ssoJitOrgs = {labs},
                    .user = QStringLiteral("suspended"),
                    .memberOf = {acme},
                    .connector = QStringLiteral("okta"),
                    .canSignIn = false,
                    .password = false,
                    .isNew = false,
                    .orgs = QStringLiteral("org-acme:existing:viewer"),
                    .rules = L({"user.suspended", "ssoJit.notSignedIn", "emailJit.shadowedBySso"}),
                    .absent = L({"ssoJit.applies", "emailJit.applies"})};

        // --- SSO routing
        QTest::newRow("SSO shadows email-domain JIT")
            << Case{.emailJitOrgs = {acme},
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .rules = L({"sso.routed", "emailJit.shadowedBySso", "ssoJit.none"}),
                    .absent = L({"emailJit.applies"})};
        QTest::newRow("SSO JIT for a new person, email JIT shadowed")
            << Case{.emailJitOrgs = {labs},
                    .ssoJitOrgs = {acme},
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .orgs = QStringLiteral("org-acme:ssoConnector:member"),
                    .rules = L({"sso.routed", "ssoJit.applies", "emailJit.shadowedBySso"}),
                    .absent = L({"ssoJit.firstSignIn"})};
        QTest::newRow("SSO disabled: no routing, email JIT applies")
            << Case{.ssoEnabled = false,
                    .emailJitOrgs = {acme},
                    .ssoJitOrgs = {labs},
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .rules = L({"sso.disabled", "emailJit.applies", "ssoJit.notThroughConnector"}),
                    .absent = L({"sso.routed", "ssoJit.applies"})};
        QTest::newRow("incomplete connector: no routing")
            << Case{.connectorComplete = false,
                    .emailJitOrgs = {acme},
                    .ssoJitOrgs = {labs},
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .rules = L({"sso.incomplete", "emailJit.applies", "ssoJit.notThroughConnector"}),
                    .absent = L({"sso.routed"})};
        QTest::newRow("domains compare case-insensitively")
            << Case{.connectorDomains = {QStringLiteral("ACME.com")},
                    .jitDomain = QStringLiteral("Acme.COM"),
                    .emailJitOrgs = {acme},
                    .email = QStringLiteral("Alice@Acme.COM"),
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .rules = L({"sso.routed", "emailJit.shadowedBySso"})};
        QTest::newRow("email JIT domain case-insensitive")
            << Case{.connectorDomains = {},
                    .jitDomain = QStringLiteral("ACME.COM"),
                    .emailJitOrgs = {acme},
                    .email = QStringLiteral("alice@Acme.com"),
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .rules = L({"emailJit.applies"})};
        QTest::newRow("several organizations claim one domain")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme, labs},
                    .orgs = QStringLiteral("org-acme:emailDomain:member,org-labs:emailDomain:member+viewer"),
                    .rules = L({"emailJit.several", "emailJit.applies"})};
        QTest::newRow("several organizations, SSO shadows all")
            << Case{.emailJitOrgs = {acme, labs},
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .rules = L({"emailJit.several", "emailJit.shadowedBySso"}),
                    .absent = L({"emailJit.applies"})};

        // --- SSO-connector JIT for existing users
        QTest::newRow("existing user, first SSO sign-in (known)")
            << Case{.ssoJitOrgs = {acme},
                    .user = QStringLiteral("active"),
                    .identitiesKnown = true,
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .isNew = false,
                    .orgs = QStringLiteral("org-acme:ssoConnector:member"),
                    .rules = L({"ssoJit.firstSignIn", "ssoJit.applies"}),
                    .absent = L({"sso.identitiesUnknown"})};
        QTest::newRow("existing user, later SSO sign-in")
            << Case{.ssoJitOrgs = {acme},
                    .user = QStringLiteral("active"),
                    .identitiesKnown = true,
                    .userConnectors = {QStringLiteral("okta")},
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .isNew = false,
                    .rules = L({"ssoJit.returningUser"}),
                    .absent = L({"ssoJit.applies", "ssoJit.firstSignIn"})};
        QTest::newRow("existing user, SSO identities unknown")
            << Case{.ssoJitOrgs = {acme},
                    .user = QStringLiteral("active"),
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .isNew = false,
                    .orgs = QStringLiteral("org-acme:ssoConnector:member"),
                    .rules = L({"sso.identitiesUnknown", "ssoJit.firstSignIn", "ssoJit.applies"})};
        QTest::newRow("SSO JIT merges roles into a membership")
            << Case{.ssoJitOrgs = {labs},
                    .user = QStringLiteral("active"),
                    .memberOf = {labs},
                    .identitiesKnown = true,
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .isNew = false,
                    .orgs = QStringLiteral("org-labs:existing:member+viewer"),
                    .rules = L({"membership.existing", "jit.merged"}),
                    .absent = L({"ssoJit.applies"})};

        // --- --via-sso
        QTest::newRow("via another connector, existing user, first sign-in")
            << Case{.emailJitOrgs = {acme},
                    .otherViaAzure = true,
                    .user = QStringLiteral("active"),
                    .identitiesKnown = true,
                    .via = QStringLiteral("azure"),
                    .connector = QStringLiteral("azure"),
                    .password = false,
                    .isNew = false,
                    .orgs = QStringLiteral("org-other:ssoConnector:admin"),
                    .rules = L({"sso.routed", "sso.viaRoutedElsewhere", "ssoJit.firstSignIn",
                                "ssoJit.applies", "emailJit.shadowedBySso"})};
        QTest::newRow("via connector, existing user, later sign-in")
            << Case{.otherViaAzure = true,
                    .user = QStringLiteral("active"),
                    .identitiesKnown = true,
                    .userConnectors = {QStringLiteral("azure")},
                    .via = QStringLiteral("azure"),
                    .connector = QStringLiteral("azure"),
                    .password = false,
                    .isNew = false,
                    .rules = L({"ssoJit.returningUser"}),
                    .absent = L({"ssoJit.applies"})};
        QTest::newRow("via connector not claiming the domain, new person")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .ssoJitOrgs = {labs},
                    .via = QStringLiteral("okta"),
                    .connector = QStringLiteral("okta"),
                    .orgs = QStringLiteral("org-labs:ssoConnector:member+viewer,org-acme:emailDomain:member"),
                    .rules = L({"sso.viaOtherDomain", "ssoJit.applies", "emailJit.applies"})};
        QTest::newRow("via the routed connector")
            << Case{.ssoJitOrgs = {acme},
                    .via = QStringLiteral("okta"),
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .orgs = QStringLiteral("org-acme:ssoConnector:member"),
                    .rules = L({"sso.routed", "ssoJit.applies"}),
                    .absent = L({"sso.viaOtherDomain", "sso.viaRoutedElsewhere"})};
        QTest::newRow("via unknown connector") << Case{.via = QStringLiteral("nope"),
                                                       .canSignIn = false,
                                                       .password = false,
                                                       .rules = L({"sso.viaUnknown"})};
        QTest::newRow("via connector with SSO disabled")
            << Case{.ssoEnabled = false,
                    .ssoJitOrgs = {acme},
                    .via = QStringLiteral("okta"),
                    .rules = L({"sso.viaDisabled", "ssoJit.notThroughConnector"}),
                    .absent = L({"ssoJit.applies"})};
        QTest::newRow("via incomplete connector")
            << Case{.connectorComplete = false,
                    .connectorDomains = {},
                    .ssoJitOrgs = {acme},
                    .via = QStringLiteral("okta"),
                    .rules = L({"sso.viaIncomplete", "ssoJit.notThroughConnector"})};

        // --- MFA
        QTest::newRow("MFA required, NoPrompt: blocked")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .mfaOrgs = {acme},
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:blocked"),
                    .rules = L({"mfa.blocked"})};
        QTest::newRow("MFA required, Mandatory: prompted")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme, labs},
                    .mfaOrgs = {labs},
                    .orgPolicy = OrganizationMfaPolicy::Mandatory,
                    .orgs = QStringLiteral("org-acme:emailDomain:member,org-labs:emailDomain:member+viewer"),
                    .mfa = QStringLiteral("org-acme:notRequired,org-labs:prompted"),
                    .rules = L({"mfa.prompted"}),
                    .absent = L({"mfa.blocked"})};
        QTest::newRow("MFA required without factors: blocked")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .mfaOrgs = {acme},
                    .factors = {},
                    .orgPolicy = OrganizationMfaPolicy::Mandatory,
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:blocked"),
                    .rules = L({"mfa.noFactor"}),
                    .absent = L({"mfa.prompted"})};
        QTest::newRow("MFA required, only backup codes: blocked")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .mfaOrgs = {acme},
                    .factors = {MfaFactor::BackupCode},
                    .orgPolicy = OrganizationMfaPolicy::Mandatory,
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:blocked"),
                    .rules = L({"mfa.noFactor"})};
        QTest::newRow("MFA required, tenant policy Mandatory: prompted")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .mfaOrgs = {acme},
                    .policy = MfaPolicy::Mandatory,
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:prompted"),
                    .rules = L({"mfa.promptedByTenant"})};
        QTest::newRow("MFA required, user has MFA: satisfied")
            << Case{.connectorDomains = {},
                    .mfaOrgs = {acme},
                    .user = QStringLiteral("withMfa"),
                    .memberOf = {acme},
                    .isNew = false,
                    .orgs = QStringLiteral("org-acme:existing:viewer"),
                    .mfa = QStringLiteral("org-acme:satisfied"),
                    .rules = L({"mfa.satisfied"}),
                    .absent = L({"mfa.blocked", "mfa.prompted"})};
        QTest::newRow("MFA required, user has MFA but asked as new")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .mfaOrgs = {acme},
                    .user = QStringLiteral("withMfa"),
                    .person = Person::New,
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:blocked"),
                    .rules = L({"user.newButExists", "mfa.blocked"})};
        QTest::newRow("MFA required through SSO JIT, user without MFA")
            << Case{.ssoJitOrgs = {acme},
                    .mfaOrgs = {acme},
                    .orgPolicy = OrganizationMfaPolicy::Mandatory,
                    .user = QStringLiteral("active"),
                    .connector = QStringLiteral("okta"),
                    .password = false,
                    .isNew = false,
                    .orgs = QStringLiteral("org-acme:ssoConnector:member"),
                    .mfa = QStringLiteral("org-acme:prompted"),
                    .rules = L({"ssoJit.applies", "mfa.prompted"})};
        QTest::newRow("MFA not required anywhere")
            << Case{.connectorDomains = {},
                    .emailJitOrgs = {acme},
                    .factors = {},
                    .orgs = QStringLiteral("org-acme:emailDomain:member"),
                    .mfa = QStringLiteral("org-acme:notRequired"),
                    .absent = L({"mfa.noFactor", "mfa.blocked", "mfa.prompted", "mfa.satisfied"})};
    }

    void rules()
    {
        QFETCH(Case, c);
        const AccessSnapshot snapshot = snapshotOf(c);
        const AccessExplanation e = explainAccess(snapshot, AccessRequest{c.email, c.person, c.via});
        const QString notes = e.noteTexts().join(QLatin1Char('\n'));
        QCOMPARE(e.ssoConnector ? e.ssoConnector->id : QString(), c.connector);
        QCOMPARE(e.canSignIn, c.canSignIn);
        QCOMPARE(e.passwordSignInPossible, c.password);
        QCOMPARE(e.treatedAsNew, c.isNew);
        QCOMPARE(orgsText(e), c.orgs);
        if (!c.mfa.isEmpty() || c.orgs.isEmpty())
            QCOMPARE(mfaText(e), c.mfa);
        const QStringList fired = e.noteRules();
        for (const QString &rule : c.rules)
            QVERIFY2(fired.contains(rule), qPrintable(rule + QStringLiteral(" missing; notes:\n") + notes));
        for (const QString &rule : c.absent)
            QVERIFY2(!fired.contains(rule), qPrintable(rule + QStringLiteral(" fired; notes:\n") + notes));
        for (const ExplanationNote &n : e.notes) {
            QVERIFY(!n.rule.isEmpty());
            QVERIFY2(!n.text.isEmpty() && !n.text.contains(QLatin1Char('%')), qPrintable(n.text));
        }
        QCOMPARE(e.user.has_value(), c.user != QLatin1String("none"));
        if (e.user)
            QCOMPARE(e.user->isSuspended, c.user == QLatin1String("suspended"));
    }

    void shadowNoteNamesConnector()
    {
        Case c;
        c.emailJitOrgs = {QStringLiteral("org-acme")};
        const AccessExplanation e =
            explainAccess(snapshotOf(c), AccessRequest{c.email, Person::Auto, QString()});
        QVERIFY(e.noteTexts().contains(QStringLiteral(
            "Email-domain JIT for acme.com into Acme does not apply: the domain is claimed by SSO connector "
            "Acme Okta.")));
        QVERIFY(e.noteTexts().contains(QStringLiteral("acme.com is claimed by SSO connector Acme Okta: "
                                                      "sign-in goes through it; alice@acme.com cannot sign "
                                                      "in with a password or verification code.")));
    }

    void json()
    {
        Case c;
        c.connectorDomains = {};
        c.emailJitOrgs = {QStringLiteral("org-acme")};
        c.mfaOrgs = {QStringLiteral("org-acme")};
        c.factors = {MfaFactor::TOTP, MfaFactor::BackupCode};
        c.orgPolicy = OrganizationMfaPolicy::Mandatory;
        const QJsonObject o =
            explainAccess(snapshotOf(c), AccessRequest{c.email, Person::Auto, QString()}).toJson();
        QVERIFY(o.value(QStringLiteral("ssoConnector")).isNull());
        QVERIFY(o.value(QStringLiteral("user")).isNull());
        QCOMPARE(o.value(QStringLiteral("canSignIn")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("alice@acme.com"));
        QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("acme.com"));
        const QJsonArray orgs = o.value(QStringLiteral("organizations")).toArray();
        QCOMPARE(orgs.size(), 1);
        const QJsonObject org = orgs.first().toObject();
        QCOMPARE(org.value(QStringLiteral("id")).toString(), QStringLiteral("org-acme"));
        QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
        QCOMPARE(org.value(QStringLiteral("via")).toString(), QStringLiteral("emailDomain"));
        QCOMPARE(org.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("member")});
        QCOMPARE(org.value(QStringLiteral("mfa")).toObject(),
                 (QJsonObject{{QStringLiteral("required"), true},
                              {QStringLiteral("outcome"), QStringLiteral("prompted")}}));
        const QJsonObject mfa = o.value(QStringLiteral("mfa")).toObject();
        QCOMPARE(mfa.value(QStringLiteral("policy")).toString(), QStringLiteral("UserControlled"));
        QCOMPARE(mfa.value(QStringLiteral("factors")).toArray(),
                 (QJsonArray{QStringLiteral("Totp"), QStringLiteral("BackupCode")}));
        QCOMPARE(mfa.value(QStringLiteral("organizationRequiredMfaPolicy")).toString(),
                 QStringLiteral("Mandatory"));
        const QJsonArray per = mfa.value(QStringLiteral("perOrganization")).toArray();
        QCOMPARE(per.size(), 1);
        QCOMPARE(per.first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("prompted"));
        QVERIFY(!o.value(QStringLiteral("notes")).toArray().isEmpty());

        c.user = QStringLiteral("suspended");
        c.connectorDomains = {QStringLiteral("acme.com")};
        const QJsonObject s =
            explainAccess(snapshotOf(c), AccessRequest{c.email, Person::Auto, QString()}).toJson();
        QCOMPARE(s.value(QStringLiteral("user")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                              {QStringLiteral("isSuspended"), true}}));
        QCOMPARE(s.value(QStringLiteral("canSignIn")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("ssoConnector")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("okta")},
                              {QStringLiteral("name"), QStringLiteral("Acme Okta")}}));
    }

    void noDomain()
    {
        AccessSnapshot s;
        const AccessExplanation e =
            explainAccess(s, AccessRequest{QStringLiteral("not-an-email"), Person::Auto, QString()});
        QVERIFY(e.domain.isEmpty());
        QVERIFY(e.noteRules().contains(QStringLiteral("email.noDomain")));
        QVERIFY(e.organizations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
