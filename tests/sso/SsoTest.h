#pragma once

#include "../conformance/ConformanceSupport.h"
#include "WorkspaceFixture.h"

#include <QObject>

namespace gatehouse::test {

/// Enterprise SSO connectors, the sign-in experience and the access snapshot through the Backend
/// interface, on the backend kind named by GATEHOUSE_TEST_BACKEND (sqlite | postgres | logto).
class TestSso : public QObject
{
    Q_OBJECT

public:
    explicit TestSso(BackendKind kind)
        : m_kind(kind)
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Connectors (tst_sso.cpp)
    void createsEveryProvider_data();
    void createsEveryProvider();
    void refusesInvalidConfig_data();
    void refusesInvalidConfig();
    void normalizesDomains();
    void domainClashNamesOtherConnector();
    void connectorNameUnique();
    void secretNeverReturned();
    void updateKeepsOrReplacesSecret();
    void staleUpdateConflicts();
    void providerCannotChange();
    void removeCascadesJitLinksOnly();
    void missingConnector();

    // Sign-in experience and access snapshot (SsoSignInTests.cpp)
    void signInDefaults();
    void signInRoundTrip();
    void signInRules();
    void signInStaleUpdateConflicts();
    void refusesRemovingFactorsWhileOrganizationRequiresMfa();
    void accessSnapshot();
    void accessSnapshotUnknownEmail();

private:
    Backend &backend() { return *m_backend; }
    const QString &tenant() const { return m_tenantId; }
    SsoConnector oidcDraft(const QString &name, const QStringList &domains) const;
    Result<SsoConnector> createOidc(const QString &name, const QStringList &domains);
    /// Journal entries of the test tenant, newest first, as compact JSON text.
    QString journalText();

    BackendKind m_kind;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<Backend> m_backend;
    QString m_tenantId;
};

} // namespace gatehouse::test

Q_DECLARE_METATYPE(gatehouse::SsoProvider)
