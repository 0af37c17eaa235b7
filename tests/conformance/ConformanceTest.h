#pragma once

#include "ConformanceSupport.h"
#include "WorkspaceFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <memory>

namespace gatehouse::test {

/// Skips the test function on backends that do not manage tenants (a Logto connection is one
/// tenant).
#define REQUIRE_TENANT_MANAGEMENT()                                                                          \
    do {                                                                                                     \
        if (!backend().capabilities().tenantManagement)                                                      \
            QSKIP("tenant management is not a capability of this backend");                                  \
    } while (false)

/// Row versions: backends with Capabilities::sequentialVersions count 1, 2, 3… per change; the
/// others promise only "same content, same version". COMPARE_VERSION: the object is at count
/// `counted`, or (without sequential versions) still at version `same`. COMPARE_NEW_VERSION: a
/// change made it count `counted`, or gave it a positive version other than `previous`.
#define COMPARE_VERSION(actual, counted, same)                                                               \
    do {                                                                                                     \
        if (backend().capabilities().sequentialVersions)                                                     \
            QCOMPARE(actual, qint64(counted));                                                               \
        else                                                                                                 \
            QCOMPARE(actual, qint64(same));                                                                  \
    } while (false)
#define COMPARE_NEW_VERSION(actual, counted, previous)                                                       \
    do {                                                                                                     \
        if (backend().capabilities().sequentialVersions) {                                                   \
            QCOMPARE(actual, qint64(counted));                                                               \
        } else {                                                                                             \
            QVERIFY((actual) > 0);                                                                           \
            QVERIFY((actual) != qint64(previous));                                                           \
        }                                                                                                    \
    } while (false)

/// One journal entry a mutation is expected to append.
struct ExpectedEntry
{
    QString action;
    QString targetId;
    bool hasBefore = false; ///< before is an object (else null)
    bool hasAfter = true;   ///< after is an object (else null)
};

/// The behaviour every Backend must show, whatever stores the data. Each test function gets a
/// fresh, empty workspace of the kind under test (see WorkspaceFixture) and an opened backend
/// on it, and talks to it through the Backend interface only; a few journal tests also tamper
/// with the storage through SQL when the fixture allows it.
///
/// The test functions live in several files by area (ConformanceTenants.cpp, ...).
class TestConformance : public QObject
{
    Q_OBJECT

public:
    explicit TestConformance(BackendKind kind);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // ConformanceTenants.cpp
    void connectionTenant();
    void tenantsCrud();
    void tenantValidation();
    void tenantStaleUpdate();
    void tenantDeleteCascades();
    void tenantUnknownIds();

    // ConformanceApplications.cpp
    void createEachType_data();
    void createEachType();
    void applicationFieldsRoundTrip();
    void applicationStaleUpdate();
    void applicationTypeChangeRefused();
    void applicationValidationFields();
    void redirectRuleFollowsTenantTag();
    void applicationDeleteRemovesSecretsAndAssignmentsOnly();
    void applicationUnknownIds();

    // ConformanceSecrets.cpp
    void secretsLifecycle();
    void secretExpiry();
    void secretDuplicateName();
    void secretOnPublicApplication_data();
    void secretOnPublicApplication();
    void secretValidation();

    // ConformanceResources.cpp
    void resourcesCrud();
    void indicatorUniquePerTenant();
    void indicatorImmutable();
    void resourceStaleUpdate();
    void singleDefaultResource();
    void resourceValidation();
    void scopesCrud();
    void scopeNameUniquePerResource();
    void deleteScopeRemovesGrants();
    void deleteResourceRemovesScopesAndGrantsOnly();

    // ConformanceRoles.cpp
    void rolesCrud();
    void roleNameUniqueCaseInsensitive();
    void roleTypeImmutable();
    void roleDefaultOnlyForUserRoles();
    void roleStaleUpdate();
    void grantScopesIdempotent();
    void grantScopesAtomic();
    void revokeScope();
    void assignRolesToApplications();
    void assignmentRules();
    void deleteRoleRemovesGrantsAndAssignmentsOnly();

    // ConformanceIsolation.cpp
    void tenantIsolation();

    // ConformanceJournal.cpp
    void journalRecordsEveryMutation();
    void journalHidesSecrets();
    void failedMutationsAreNotJournaled();
    void journalListFilters();
    void journalTamper_data();
    void journalTamper();
    void journalHeadDeletedStopsWrites();

    // ConformanceInput.cpp
    void textStoredVerbatim_data();
    void textStoredVerbatim();
    void scopeNameMetacharacters();
    void oversizedRefused_data();
    void oversizedRefused();

    // ConformanceConcurrency.cpp
    void concurrentStaleUpdate();
    void updateRacingAnotherWriter();
    void concurrentWritersKeepJournalIntact();
    void concurrentDuplicateNames();
    void verifyWhileOthersWrite();

    // ConformanceLogs.cpp
    void logsPagesNewestFirst();
    void logsFilters_data();
    void logsFilters();
    void logsGet();
    void logsStats();
    void logsDashboard();
    void logsOfOrganizationMembers();
    void logsArchive();
    void logsRetention();

private:
    Backend &backend() { return *m_backend; }
    WorkspaceFixture &fixture() { return *m_fixture; }

    static Tenant tenantDraft(const QString &name, TenantTag tag = TenantTag::Development);
    /// The tenant a test works in (see testTenant()). A backend without tenant management whose
    /// connection has another tag is reconnected with `tag` first (backend() changes).
    Result<Tenant> makeTenant(const QString &name, TenantTag tag = TenantTag::Development);
    /// A valid draft of `type` (browser types get an https redirect URI).
    static Application appDraft(ApplicationType type, const QString &name = QStringLiteral("App"));
    static Resource resourceDraft(const QString &name, const QString &indicator);
    static Scope scopeDraft(const QString &resourceId, const QString &name);
    /// A valid draft (with a description where the backend requires one).
    Role roleDraft(const QString &name, RoleType type = RoleType::User);
    /// The shortest secret value the backend hands out: 43 characters (256 bits, base64url) from a
    /// local workspace; Logto makes 32 characters from [0-9A-Za-z] (190 bits).
    int minSecretLength() const { return m_kind == BackendKind::Logto ? 32 : 43; }

    /// How many journal entries a change made with one request appends: the change, and on a
    /// backend that journals its requests also the request's intent and outcome.
    qint64 entriesPerChange() { return backend().capabilities().journalsRequests ? 3 : 1; }
    /// The newest journal seq (0 when empty), request entries included.
    Result<qint64> journalHead();
    /// Entries with seq > `after`, oldest first: the changes, or with `withRequests` also the
    /// entries recording requests to a server.
    Result<QList<JournalEntry>> journalAfter(qint64 after, bool withRequests = false);
    /// Empty if exactly `expected` was appended after `after` (in order, by this test's operator,
    /// with seq contiguous); otherwise what differs. On a backend that journals its requests,
    /// those entries may come between the changes but must pair up: each intent followed by its
    /// outcome, none left open.
    QString checkJournal(qint64 after, const QList<ExpectedEntry> &expected);
    /// Runs statements on a raw connection of the fixture; empty on success, else the error.
    QString execSql(const QStringList &statements);
    /// The single integer a raw SQL query returns, or -1 on error.
    qint64 sqlCount(const QString &sql, const QVariantList &binds = {});

    /// Authentication events of a tenant as the backend would have them: put on the Logto
    /// server, or archived in a workspace (source "conformance"). 240 events over ten days, three
    /// users, two applications, one organization, several sharing a millisecond.
    Result<QList<LogEvent>> seedLogs(const QString &tenantId);
    /// Every event of `query`, walking the pages `limit` at a time; fails on a page that repeats
    /// an event or breaks the newest-first order.
    Result<QList<LogEvent>> allLogs(const QString &tenantId, const LogQuery &query, int limit);

    static QString operatorName() { return QStringLiteral("conformance \u2713"); }

    BackendKind m_kind;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<Backend> m_backend;
};

} // namespace gatehouse::test
