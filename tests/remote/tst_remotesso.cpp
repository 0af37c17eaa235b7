// What only the remote backend does with enterprise SSO and the sign-in experience: the client
// secret Logto sends back never leaves the backend, PATCH bodies carry only what changed (and a
// replaced config keeps the stored secret), Logto's refusal of public email domains, and the
// requests behind the access snapshot (user by exact email, SSO identities). tst_sso runs the
// common expectations on a Logto server too.

#include "../conformance/ConformanceSupport.h"
#include "../users/LogtoConnection.h"
#include "FakeLogtoState.h"
#include "remote/RemoteSession.h"
#include "remote/TokenCache.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {
const QString secret = QStringLiteral("sup3r-secret-value-4711");
const QLatin1String secretKey("clientSecret");
} // namespace

class TestRemoteSso : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeLogto> m_fake;
    std::unique_ptr<Backend> m_backend;
    QTemporaryDir m_dir;
    QString m_tenant;

    SsoConnectorsApi &sso() { return m_backend->ssoConnectors(); }

    SsoConnector oidcDraft(const QString &name, const QStringList &domains) const
    {
        SsoConnector c;
        c.providerName = SsoProvider::OIDC;
        c.connectorName = name;
        c.config = QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://idp.acme.com")},
                               {QStringLiteral("clientId"), QStringLiteral("client-1")},
                               {secretKey, secret},
                               {QStringLiteral("scope"), QStringLiteral("openid email")}};
        c.domains = domains;
        return c;
    }

    /// What the server stores for a connector (config with its secret).
    QJsonObject stored(const QString &id)
    {
        QMutexLocker lock(&m_fake->state().mutex);
        return m_fake->state().ssoConnectors.value(id);
    }

    /// The JSON bodies of the requests `method` `path` received so far, oldest first.
    QList<QJsonObject> bodies(const QByteArray &method, const QString &path)
    {
        QList<QJsonObject> out;
        for (const test::HttpRequest &r : m_fake->server().requests()) {
            if (r.method == method && r.path == path)
                out.append(r.json().object());
        }
        return out;
    }

    QList<test::HttpRequest> requestsTo(const QByteArray &method, const QString &pathPrefix)
    {
        QList<test::HttpRequest> out;
        for (const test::HttpRequest &r : m_fake->server().requests()) {
            if (r.method == method && r.path.startsWith(pathPrefix))
                out.append(r);
        }
        return out;
    }

    QString journalText()
    {
        const auto entries = test::await(m_backend->journal().list({m_tenant, {}, 0, 100}));
        if (!entries.ok())
            return entries.error().toString();
        QJsonArray all;
        for (const JournalEntry &e : entries.value())
            all.append(QJsonObject{{QStringLiteral("action"), e.action},
                                   {QStringLiteral("before"), e.before},
                                   {QStringLiteral("after"), e.after}});
        return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    }

    /// Adds an organization to the server, with JIT email domains.
    QString seedOrganization(const QString &name, bool mfaRequired, const QStringList &jitDomains)
    {
        test::FakeLogto::State &s = m_fake->state();
        QMutexLocker lock(&s.mutex);
        const QString id = test::fakelogto::newId(12);
        s.organizations.insert(id, QJsonObject{{QStringLiteral("tenantId"), m_tenant},
                                               {QStringLiteral("id"), id},
                                               {QStringLiteral("name"), name},
                                               {QStringLiteral("description"), QJsonValue::Null},
                                               {QStringLiteral("customData"), QJsonObject{}},
                                               {QStringLiteral("isMfaRequired"), mfaRequired},
                                               {QStringLiteral("color"), QJsonObject{}},
                                               {QStringLiteral("branding"), QJsonObject{}},
                                               {QStringLiteral("customCss"), QJsonValue::Null},
                                               {QStringLiteral("createdAt"), double(s.nextTimestamp())}});
        if (!jitDomains.isEmpty())
            s.jitEmailDomains.insert(id, jitDomains);
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<test::FakeLogto>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->error()));
        QString error;
        m_backend = test::connectTo(*m_fake, m_dir.filePath(QStringLiteral("journal.sqlite")), &error);
        QVERIFY2(m_backend, qPrintable(error));
        m_backend->declareOperator(QStringLiteral("remote-sso-test"));
        m_tenant = m_fake->tenant();
        m_fake->server().clearRequests();
    }

    void cleanup()
    {
        if (m_backend) {
            const auto report = test::await(m_backend->journal().verify());
            QVERIFY(report.ok() && report->intact());
        }
        m_backend.reset();
        m_fake.reset();
    }

    void secretStaysOnTheServer()
    {
        AWAIT_OK(created,
                 sso().create(m_tenant, oidcDraft(QStringLiteral("Acme"), {QStringLiteral("acme.com")})));
        QVERIFY(created.clientSecretSet);
        QVERIFY(!created.config.contains(secretKey));
        // Logto stores the secret in the config and sends it back with every read.
        QCOMPARE(stored(created.id).value(QLatin1String("config")).toObject().value(secretKey).toString(),
                 secret);
        const QList<QJsonObject> posted = bodies("POST", QStringLiteral("/api/sso-connectors"));
        QCOMPARE(posted.size(), 1);
        QCOMPARE(posted.first().value(QLatin1String("config")).toObject().value(secretKey).toString(),
                 secret);
        QCOMPARE(posted.first().value(QLatin1String("domains")).toArray(),
                 QJsonArray{QStringLiteral("acme.com")});

        AWAIT_OK(read, sso().get(m_tenant, created.id));
        QVERIFY(read.clientSecretSet);
        QVERIFY(!read.config.contains(secretKey));
        QCOMPARE(read.version, created.version);
        AWAIT_OK(all, sso().list(m_tenant));
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().config.contains(secretKey));
        AWAIT_OK(snapshot,
                 m_backend->signInExperience().accessSnapshot(m_tenant, QStringLiteral("a@acme.com")));
        QVERIFY(!snapshot.connectors.first().config.contains(secretKey));
        QVERIFY(!journalText().contains(secret));
    }

    void patchSendsOnlyChangesAndKeepsSecret()
    {
        AWAIT_OK(created,
                 sso().create(m_tenant, oidcDraft(QStringLiteral("Acme"), {QStringLiteral("acme.com")})));
        const QString path = QStringLiteral("/api/sso-connectors/") + created.id;

        SsoConnector rename = created;
        rename.connectorName = QStringLiteral("Acme OIDC");
        AWAIT_OK(renamed, sso().update(m_tenant, rename));
        QList<QJsonObject> patches = bodies("PATCH", path);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.last(),
                 (QJsonObject{{QStringLiteral("connectorName"), QStringLiteral("Acme OIDC")}}));

        // Logto replaces the whole config: a config edit without a secret carries the stored one.
        SsoConnector edit = renamed;
        edit.config.insert(QStringLiteral("clientId"), QStringLiteral("client-2"));
        AWAIT_OK(edited, sso().update(m_tenant, edit));
        QVERIFY(edited.clientSecretSet);
        QVERIFY(!edited.config.contains(secretKey));
        patches = bodies("PATCH", path);
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.last().keys(), QStringList{QStringLiteral("config")});
        QCOMPARE(patches.last().value(QLatin1String("config")).toObject().value(secretKey).toString(),
                 secret);
        QJsonObject config = stored(created.id).value(QLatin1String("config")).toObject();
        QCOMPARE(config.value(secretKey).toString(), secret);
        QCOMPARE(config.value(QLatin1String("clientId")).toString(), QStringLiteral("client-2"));

        // A new secret alone is sent with the config.
        SsoConnector rotate = edited;
        rotate.config.insert(secretKey, QStringLiteral("rotated-0815"));
        AWAIT_OK(rotated, sso().update(m_tenant, rotate));
        QVERIFY(!rotated.config.contains(secretKey));
        config = stored(created.id).value(QLatin1String("config")).toObject();
        QCOMPARE(config.value(secretKey).toString(), QStringLiteral("rotated-0815"));
        QCOMPARE(config.value(QLatin1String("clientId")).toString(), QStringLiteral("client-2"));

        // Nothing changed: no request at all.
        const int before = m_fake->server().requestCount("PATCH");
        AWAIT_DONE(sso().update(m_tenant, rotated));
        QCOMPARE(m_fake->server().requestCount("PATCH"), before);

        const QString journal = journalText();
        QVERIFY(journal.contains(QLatin1String("sso.update")));
        QVERIFY(journal.contains(QLatin1String("clientSecretChanged")));
        QVERIFY(!journal.contains(secret));
        QVERIFY(!journal.contains(QLatin1String("rotated-0815")));
    }

    void publicDomainRefusedByLogto()
    {
        const auto refused = test::await(
            sso().create(m_tenant, oidcDraft(QStringLiteral("Public"), {QStringLiteral("Gmail.com")})));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QCOMPARE(refused.error().fields().size(), 1);
        QCOMPARE(refused.error().fields().first().field, QStringLiteral("domains[0]"));
        AWAIT_OK(all, sso().list(m_tenant));
        QVERIFY(all.isEmpty());
    }

    void domainClashCheckedBeforeWriting()
    {
        AWAIT_DONE(
            sso().create(m_tenant, oidcDraft(QStringLiteral("Acme Okta"), {QStringLiteral("acme.com")})));
        m_fake->server().clearRequests();
        const auto clash = test::await(
            sso().create(m_tenant, oidcDraft(QStringLiteral("Acme Two"), {QStringLiteral("ACME.com")})));
        QCOMPARE(clash.error().code(), ErrorCode::AlreadyExists);
        QVERIFY(clash.error().message().contains(QLatin1String("\"Acme Okta\"")));
        QCOMPARE(m_fake->server().requestCount("POST"), 0);
    }

    void removeRecordsJitOrganizations()
    {
        AWAIT_OK(c, sso().create(m_tenant, oidcDraft(QStringLiteral("Acme"), {QStringLiteral("acme.com")})));
        const QString linked = seedOrganization(QStringLiteral("Linked"), false, {});
        seedOrganization(QStringLiteral("Other"), false, {});
        {
            QMutexLocker lock(&m_fake->state().mutex);
            m_fake->state().jitSsoConnectors[linked].insert(c.id);
        }
        AWAIT_DONE(sso().remove(m_tenant, c.id));
        QVERIFY(stored(c.id).isEmpty());
        {
            QMutexLocker lock(&m_fake->state().mutex);
            QVERIFY(!m_fake->state().jitSsoConnectors.value(linked).contains(c.id));
        }
        const auto entries = test::await(m_backend->journal().list({m_tenant, {}, 0, 1}));
        GH_VERIFY_OK(entries);
        const JournalEntry last = entries->first();
        QCOMPARE(last.action, QStringLiteral("sso.delete"));
        QCOMPARE(last.before.toObject().value(QLatin1String("jitOrganizationIds")).toArray(),
                 QJsonArray{linked});
        QCOMPARE(last.before.toObject().value(QLatin1String("config")).toObject().value(secretKey).toString(),
                 QStringLiteral("[redacted]"));
    }

    void signInPatchSendsOnlyChanges()
    {
        {
            // An MFA setting Gatehouse does not manage must survive its edits.
            QMutexLocker lock(&m_fake->state().mutex);
            QJsonObject &sie = m_fake->state().signInExperience;
            QJsonObject mfa = sie.value(QLatin1String("mfa")).toObject();
            mfa.insert(QStringLiteral("customSetting"), QStringLiteral("kept"));
            sie.insert(QStringLiteral("mfa"), mfa);
        }
        AWAIT_OK(e, m_backend->signInExperience().get(m_tenant));
        SignInExperience sso = e;
        sso.singleSignOnEnabled = true;
        AWAIT_OK(saved, m_backend->signInExperience().update(m_tenant, sso));
        QList<QJsonObject> patches = bodies("PATCH", QStringLiteral("/api/sign-in-exp"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.last(), (QJsonObject{{QStringLiteral("singleSignOnEnabled"), true}}));

        SignInExperience mfa = saved;
        mfa.mfaFactors = {MfaFactor::TOTP, MfaFactor::BackupCode};
        mfa.organizationRequiredMfaPolicy = OrganizationMfaPolicy::Mandatory;
        AWAIT_DONE(m_backend->signInExperience().update(m_tenant, mfa));
        patches = bodies("PATCH", QStringLiteral("/api/sign-in-exp"));
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.last().keys(), QStringList{QStringLiteral("mfa")});
        const QJsonObject sent = patches.last().value(QLatin1String("mfa")).toObject();
        QCOMPARE(sent.value(QLatin1String("factors")).toArray(),
                 (QJsonArray{QStringLiteral("Totp"), QStringLiteral("BackupCode")}));
        QCOMPARE(sent.value(QLatin1String("policy")).toString(), QStringLiteral("UserControlled"));
        QCOMPARE(sent.value(QLatin1String("organizationRequiredMfaPolicy")).toString(),
                 QStringLiteral("Mandatory"));
        QCOMPARE(sent.value(QLatin1String("customSetting")).toString(), QStringLiteral("kept"));
        // No factor is removed: the organizations are not read.
        QCOMPARE(m_fake->server().requestCount("GET", QStringLiteral("/api/organizations")), 0);

        QMutexLocker lock(&m_fake->state().mutex);
        const QJsonObject server = m_fake->state().signInExperience;
        QCOMPARE(server.value(QLatin1String("signInMode")).toString(), QStringLiteral("SignInAndRegister"));
        QVERIFY(server.value(QLatin1String("singleSignOnEnabled")).toBool());
    }

    void removingFactorsReadsOrganizations()
    {
        AWAIT_OK(e, m_backend->signInExperience().get(m_tenant));
        SignInExperience totp = e;
        totp.mfaFactors = {MfaFactor::TOTP};
        AWAIT_OK(saved, m_backend->signInExperience().update(m_tenant, totp));
        seedOrganization(QStringLiteral("Vault"), true, {});
        SignInExperience none = saved;
        none.mfaFactors.clear();
        const auto refused = test::await(m_backend->signInExperience().update(m_tenant, none));
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QVERIFY(refused.error().toString().contains(QLatin1String("\"Vault\"")));
        QCOMPARE(m_fake->server().requestCount("PATCH", QStringLiteral("/api/sign-in-exp")), 1);
    }

    void snapshotReadsUserAndSsoIdentities()
    {
        AWAIT_OK(okta, sso().create(m_tenant,
                                    oidcDraft(QStringLiteral("Acme Okta"), {QStringLiteral("acme.com")})));
        AWAIT_OK(other,
                 sso().create(m_tenant, oidcDraft(QStringLiteral("Globex"), {QStringLiteral("globex.com")})));
        User draft;
        draft.username = QStringLiteral("alice");
        draft.primaryEmail = QStringLiteral("Alice@Acme.com");
        AWAIT_OK(alice, m_backend->users().create(m_tenant, draft, QString()));
        User bobDraft;
        bobDraft.username = QStringLiteral("malice");
        bobDraft.primaryEmail = QStringLiteral("malice@acme.com"); // would match a `like` search
        AWAIT_DONE(m_backend->users().create(m_tenant, bobDraft, QString()));
        const QString byDomain =
            seedOrganization(QStringLiteral("By domain"), true, {QStringLiteral("acme.com")});
        seedOrganization(QStringLiteral("Unrelated"), false, {QStringLiteral("other.org")});

        m_fake->server().clearRequests();
        AWAIT_OK(first,
                 m_backend->signInExperience().accessSnapshot(m_tenant, QStringLiteral("ALICE@acme.com")));
        QVERIFY(first.user.has_value());
        QCOMPARE(first.user->id, alice.id);
        QVERIFY(first.ssoIdentitiesKnown);
        QVERIFY(first.userSsoConnectorIds.isEmpty());
        QCOMPARE(first.organizations.size(), 1);
        QCOMPARE(first.organizations.first().id, byDomain);
        QVERIFY(first.organizations.first().isMfaRequired);
        QCOMPARE(first.jit.value(byDomain).emailDomains, QStringList{QStringLiteral("acme.com")});

        const QList<test::HttpRequest> searches = requestsTo("GET", QStringLiteral("/api/users"));
        bool exactSearch = false;
        for (const test::HttpRequest &r : searches) {
            if (r.path != QLatin1String("/api/users"))
                continue;
            const bool exact =
                r.query.queryItemValue(QStringLiteral("mode.primaryEmail")) == QLatin1String("exact");
            const QString value =
                r.query.queryItemValue(QStringLiteral("search.primaryEmail"), QUrl::FullyDecoded);
            exactSearch = exactSearch || (exact && value == QLatin1String("alice@acme.com"));
        }
        QVERIFY(exactSearch);
        // Only the connector that claims the domain is asked about (the other is not linked).
        const QList<test::HttpRequest> identityRequests =
            requestsTo("GET", QStringLiteral("/api/users/") + alice.id + QStringLiteral("/sso-identities/"));
        QCOMPARE(identityRequests.size(), 1);
        QVERIFY(identityRequests.first().path.endsWith(okta.id));

        {
            QMutexLocker lock(&m_fake->state().mutex);
            test::fakelogto::addSsoIdentity(m_fake->state(), alice.id, okta.id,
                                            QStringLiteral("alice-at-okta"));
            test::fakelogto::addSsoIdentity(m_fake->state(), alice.id, other.id,
                                            QStringLiteral("alice-at-globex"));
        }
        AWAIT_OK(again,
                 m_backend->signInExperience().accessSnapshot(m_tenant, QStringLiteral("alice@acme.com")));
        QCOMPARE(again.userSsoConnectorIds, QStringList{okta.id});

        // No user: no identity requests, still known (nobody has signed in).
        m_fake->server().clearRequests();
        AWAIT_OK(nobody,
                 m_backend->signInExperience().accessSnapshot(m_tenant, QStringLiteral("carol@acme.com")));
        QVERIFY(!nobody.user.has_value());
        QVERIFY(nobody.userSsoConnectorIds.isEmpty());
        QCOMPARE(m_fake->server().requestCount("GET", QStringLiteral("/api/users/.*/sso-identities/.*")), 0);
    }

    void fakeAnswersProvidersAndIdentities()
    {
        remote::ConnectionSettings settings;
        settings.endpoint = m_fake->endpoint();
        settings.tenant = m_fake->tenant();
        settings.clientId = m_fake->clientId();
        settings.clientSecret = m_fake->clientSecret();
        remote::RemoteSession session(settings, std::make_shared<remote::TokenCache>());
        const QJsonArray providers = session.get(QStringLiteral("/api/sso-connector-providers")).array();
        QStringList names;
        for (const QJsonValue &p : providers)
            names.append(p.toObject().value(QLatin1String("providerName")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("OIDC"), QStringLiteral("SAML"),
                                     QStringLiteral("AzureAD"), QStringLiteral("AzureAdOidc"),
                                     QStringLiteral("GoogleWorkspace"), QStringLiteral("Okta")}));
        const remote::Response missing = session.send(
            remote::Request::get(QStringLiteral("/api/users/nosuchuser/sso-identities/x")), {404});
        QCOMPARE(missing.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRemoteSso)
#include "tst_remotesso.moc"
