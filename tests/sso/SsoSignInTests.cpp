// The sign-in experience (enterprise SSO switch, MFA) and the access snapshot.
#include "SsoTest.h"
#include "model/EmailDomains.h"

namespace gatehouse::test {

namespace {
QStringList fieldsOf(const Error &e)
{
    QStringList fields;
    for (const FieldError &f : e.fields())
        fields.append(f.field);
    return fields;
}

QStringList namesOf(const QList<OrganizationRole> &roles)
{
    QStringList names;
    for (const OrganizationRole &r : roles)
        names.append(r.name);
    return names;
}
} // namespace

void TestSso::signInDefaults()
{
    AWAIT_OK(e, m_backend->signInExperience().get(tenant()));
    QVERIFY(!e.singleSignOnEnabled);
    QVERIFY(e.mfaFactors.isEmpty());
    QCOMPARE(e.mfaPolicy, MfaPolicy::UserControlled);
    QCOMPARE(e.organizationRequiredMfaPolicy, OrganizationMfaPolicy::NoPrompt);
}

void TestSso::signInRoundTrip()
{
    AWAIT_OK(e, m_backend->signInExperience().get(tenant()));
    SignInExperience edit = e;
    edit.singleSignOnEnabled = true;
    edit.mfaFactors = {MfaFactor::TOTP, MfaFactor::WebAuthn, MfaFactor::BackupCode};
    edit.mfaPolicy = MfaPolicy::PromptAtSignInAndSignUp;
    edit.organizationRequiredMfaPolicy = OrganizationMfaPolicy::Mandatory;
    AWAIT_OK(saved, m_backend->signInExperience().update(tenant(), edit));
    QVERIFY(saved.singleSignOnEnabled);
    QCOMPARE(saved.mfaFactors, edit.mfaFactors);
    AWAIT_OK(read, m_backend->signInExperience().get(tenant()));
    QVERIFY(read.singleSignOnEnabled);
    QCOMPARE(read.mfaFactors, edit.mfaFactors);
    QCOMPARE(read.mfaPolicy, MfaPolicy::PromptAtSignInAndSignUp);
    QCOMPARE(read.organizationRequiredMfaPolicy, OrganizationMfaPolicy::Mandatory);
    QCOMPARE(read.version, saved.version);

    SignInExperience again = read;
    again.singleSignOnEnabled = false;
    again.mfaFactors = {MfaFactor::EmailVerificationCode};
    again.mfaPolicy = MfaPolicy::NoPrompt;
    AWAIT_DONE(m_backend->signInExperience().update(tenant(), again));
    AWAIT_OK(last, m_backend->signInExperience().get(tenant()));
    QVERIFY(!last.singleSignOnEnabled);
    QCOMPARE(last.mfaFactors, QList<MfaFactor>{MfaFactor::EmailVerificationCode});
    QCOMPARE(last.mfaPolicy, MfaPolicy::NoPrompt);
    QVERIFY(journalText().contains(QLatin1String("signInExperience.update")));
}

void TestSso::signInRules()
{
    AWAIT_OK(e, m_backend->signInExperience().get(tenant()));
    SignInExperience onlyBackup = e;
    onlyBackup.mfaFactors = {MfaFactor::BackupCode};
    {
        AWAIT_ERROR(error, m_backend->signInExperience().update(tenant(), onlyBackup), ErrorCode::Validation);
        QCOMPARE(fieldsOf(error), QStringList{QStringLiteral("mfa.factors")});
    }
    SignInExperience mandatoryWithout = e;
    mandatoryWithout.mfaPolicy = MfaPolicy::Mandatory;
    {
        AWAIT_ERROR(error, m_backend->signInExperience().update(tenant(), mandatoryWithout),
                    ErrorCode::Validation);
        QCOMPARE(fieldsOf(error), QStringList{QStringLiteral("mfa.policy")});
        QVERIFY(error.toString().contains(QLatin1String("no factor")));
    }
    AWAIT_OK(unchanged, m_backend->signInExperience().get(tenant()));
    QVERIFY(unchanged.mfaFactors.isEmpty());
    QCOMPARE(unchanged.mfaPolicy, MfaPolicy::UserControlled);
}

void TestSso::signInStaleUpdateConflicts()
{
    AWAIT_OK(e, m_backend->signInExperience().get(tenant()));
    SignInExperience first = e;
    first.singleSignOnEnabled = true;
    AWAIT_DONE(m_backend->signInExperience().update(tenant(), first));
    SignInExperience stale = e;
    stale.mfaFactors = {MfaFactor::TOTP};
    EXPECT_ERROR(m_backend->signInExperience().update(tenant(), stale), ErrorCode::Conflict);
    AWAIT_OK(read, m_backend->signInExperience().get(tenant()));
    QVERIFY(read.singleSignOnEnabled);
    QVERIFY(read.mfaFactors.isEmpty());
}

void TestSso::refusesRemovingFactorsWhileOrganizationRequiresMfa()
{
    AWAIT_OK(e, m_backend->signInExperience().get(tenant()));
    SignInExperience withTotp = e;
    withTotp.mfaFactors = {MfaFactor::TOTP, MfaFactor::BackupCode};
    AWAIT_OK(saved, m_backend->signInExperience().update(tenant(), withTotp));
    Organization draft;
    draft.name = QStringLiteral("Vault Corp");
    draft.isMfaRequired = true;
    AWAIT_OK(org, m_backend->organizations().create(tenant(), draft));
    SignInExperience none = saved;
    none.mfaFactors.clear();
    {
        AWAIT_ERROR(error, m_backend->signInExperience().update(tenant(), none), ErrorCode::Validation);
        QCOMPARE(fieldsOf(error), QStringList{QStringLiteral("mfa.factors")});
        QVERIFY2(error.toString().contains(QLatin1String("\"Vault Corp\"")), qPrintable(error.toString()));
    }
    // Changing factors is fine as long as one stays.
    SignInExperience webAuthn = saved;
    webAuthn.mfaFactors = {MfaFactor::WebAuthn};
    AWAIT_OK(changed, m_backend->signInExperience().update(tenant(), webAuthn));
    // Once no organization requires MFA, every factor may go.
    Organization relaxed = org;
    relaxed.isMfaRequired = false;
    AWAIT_DONE(m_backend->organizations().update(tenant(), relaxed));
    none.version = changed.version;
    AWAIT_OK(cleared, m_backend->signInExperience().update(tenant(), none));
    QVERIFY(cleared.mfaFactors.isEmpty());
}

void TestSso::accessSnapshot()
{
    // Sign-in: SSO on, TOTP.
    AWAIT_OK(e, m_backend->signInExperience().get(tenant()));
    SignInExperience sie = e;
    sie.singleSignOnEnabled = true;
    sie.mfaFactors = {MfaFactor::TOTP};
    AWAIT_DONE(m_backend->signInExperience().update(tenant(), sie));

    // Connectors: one claims acme.com, one another domain.
    AWAIT_OK(okta, createOidc(QStringLiteral("Acme Okta"), {QStringLiteral("acme.com")}));
    AWAIT_OK(other, createOidc(QStringLiteral("Globex"), {QStringLiteral("globex.com")}));

    // Template roles.
    OrganizationRole memberDraft;
    memberDraft.name = QStringLiteral("member");
    AWAIT_OK(member, m_backend->organizationTemplate().createRole(tenant(), memberDraft));
    OrganizationRole adminDraft;
    adminDraft.name = QStringLiteral("admin");
    AWAIT_OK(admin, m_backend->organizationTemplate().createRole(tenant(), adminDraft));

    // Organizations: JIT by domain, JIT by connector, the user's own, an unrelated one.
    Organization draft;
    draft.name = QStringLiteral("A by domain");
    draft.isMfaRequired = true;
    AWAIT_OK(byDomain, m_backend->organizations().create(tenant(), draft));
    AWAIT_DONE(
        m_backend->organizations().setJitEmailDomains(tenant(), byDomain.id, {QStringLiteral("acme.com")}));
    AWAIT_DONE(m_backend->organizations().setJitRoles(tenant(), byDomain.id, {member.id}));
    draft.name = QStringLiteral("B by connector");
    draft.isMfaRequired = false;
    AWAIT_OK(byConnector, m_backend->organizations().create(tenant(), draft));
    AWAIT_DONE(m_backend->organizations().setJitSsoConnectors(tenant(), byConnector.id, {okta.id}));
    AWAIT_DONE(m_backend->organizations().setJitRoles(tenant(), byConnector.id, {admin.id, member.id}));
    draft.name = QStringLiteral("C member");
    AWAIT_OK(own, m_backend->organizations().create(tenant(), draft));
    draft.name = QStringLiteral("D unrelated");
    AWAIT_OK(unrelated, m_backend->organizations().create(tenant(), draft));
    AWAIT_DONE(
        m_backend->organizations().setJitEmailDomains(tenant(), unrelated.id, {QStringLiteral("other.org")}));

    User userDraft;
    userDraft.username = QStringLiteral("alice");
    userDraft.primaryEmail = QStringLiteral("Alice@Acme.com");
    AWAIT_OK(alice, m_backend->users().create(tenant(), userDraft, QString()));
    AWAIT_DONE(m_backend->organizations().addMembers(tenant(), own.id, {alice.id}, {admin.id}));

    AWAIT_OK(snap, m_backend->signInExperience().accessSnapshot(tenant(), QStringLiteral("ALICE@acme.COM")));
    QCOMPARE(snap.email, QStringLiteral("ALICE@acme.COM"));
    QCOMPARE(snap.domain, QStringLiteral("acme.com"));
    QVERIFY(snap.signIn.singleSignOnEnabled);
    QCOMPARE(snap.signIn.mfaFactors, QList<MfaFactor>{MfaFactor::TOTP});
    QCOMPARE(snap.connectors.size(), 2);
    QStringList connectorIds;
    for (const SsoConnector &c : snap.connectors)
        connectorIds.append(c.id);
    QVERIFY(connectorIds.contains(okta.id) && connectorIds.contains(other.id));

    QVERIFY(snap.user.has_value());
    QCOMPARE(snap.user->id, alice.id);
    QVERIFY(!snap.user->isSuspended);
    QCOMPARE(snap.memberships.size(), 1);
    QCOMPARE(snap.memberships.first().organization.id, own.id);
    QCOMPARE(namesOf(snap.memberships.first().roles), QStringList{QStringLiteral("admin")});

    QStringList orgIds;
    for (const Organization &o : snap.organizations)
        orgIds.append(o.id);
    QCOMPARE(orgIds.size(), 3);
    QVERIFY(orgIds.contains(byDomain.id));
    QVERIFY(orgIds.contains(byConnector.id));
    QVERIFY(orgIds.contains(own.id));
    for (const Organization &o : snap.organizations) {
        if (o.id == byDomain.id)
            QVERIFY(o.isMfaRequired);
        QVERIFY(snap.jit.contains(o.id));
    }
    QCOMPARE(snap.jit.value(byDomain.id).emailDomains, QStringList{QStringLiteral("acme.com")});
    QCOMPARE(namesOf(snap.jit.value(byDomain.id).roles), QStringList{QStringLiteral("member")});
    QCOMPARE(snap.jit.value(byConnector.id).ssoConnectorIds, QStringList{okta.id});
    QStringList connectorRoles = namesOf(snap.jit.value(byConnector.id).roles);
    connectorRoles.sort();
    QCOMPARE(connectorRoles, (QStringList{QStringLiteral("admin"), QStringLiteral("member")}));
    QVERIFY(snap.jit.value(own.id).emailDomains.isEmpty());
    if (m_kind != BackendKind::Logto) {
        QVERIFY(!snap.ssoIdentitiesKnown);
        QVERIFY(snap.userSsoConnectorIds.isEmpty());
    }
}

void TestSso::accessSnapshotUnknownEmail()
{
    AWAIT_OK(snap, m_backend->signInExperience().accessSnapshot(tenant(),
                                                                QStringLiteral("nobody@nowhere.example")));
    QCOMPARE(snap.domain, QStringLiteral("nowhere.example"));
    QVERIFY(!snap.user.has_value());
    QVERIFY(snap.memberships.isEmpty());
    QVERIFY(snap.organizations.isEmpty());
    QVERIFY(snap.connectors.isEmpty());
    QVERIFY(!snap.signIn.singleSignOnEnabled);
    AWAIT_OK(bad, m_backend->signInExperience().accessSnapshot(tenant(), QStringLiteral("not-an-email")));
    QVERIFY(bad.domain.isEmpty());
    QVERIFY(!bad.user.has_value());
}

} // namespace gatehouse::test
