#pragma once

#include "../conformance/ConformanceSupport.h"
#include "WorkspaceFixture.h"

#include <QObject>

namespace gatehouse::test {

/// The organization template and organizations (members, machine-to-machine applications,
/// invitations, just-in-time provisioning) through the Backend interface, on the backend kind
/// named by GATEHOUSE_TEST_BACKEND (sqlite | postgres | logto). Everything is checked through
/// the API, so the same expectations hold on every backend; where Logto legitimately differs,
/// the test asks Capabilities.
class TestOrganizations : public QObject
{
    Q_OBJECT

public:
    explicit TestOrganizations(BackendKind kind)
        : m_kind(kind)
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Template and organizations (tst_organizations.cpp)
    void scopeLifecycle();
    void scopeRules();
    void roleLifecycle();
    void roleGrants();
    void removingScopeKeepsOtherGrants();
    void organizationLifecycle();
    void organizationRules_data();
    void organizationRules();
    void listSearchesAndCounts();
    void mfaRequiresAFactor();
    void logtoJsonShapes();

    // Members and applications (OrganizationMemberTests.cpp)
    void addMembersAndSearch();
    void memberSearchIsLiteral();
    void memberRoleFilterAndLimit();
    void addMembersErrors();
    void setAndAssignMemberRoles();
    void removeMemberKeepsOthers();
    void effectivePermissions();
    void organizationsOfUser();
    void machineToMachineApplications();
    void removingRoleRemovesExactlyItsRelations();
    void removingUserRemovesExactlyItsMemberships();
    void removingOrganizationKeepsOthers();
    void removingResourceScopeAndApplication();

    // Invitations and JIT (OrganizationInvitationTests.cpp)
    void invitationDefaults();
    void invitationErrors();
    void onePendingInvitationUnderConcurrentWriters();
    void invitationRevoke();
    void invitationExpiresWithClock();
    void invitationAcceptAddsMembership();
    void jitEmailDomains();
    void jitSsoConnectorsAndRoles();

private:
    Backend &backend() { return *m_backend; }
    OrganizationTemplateApi &tmpl() { return m_backend->organizationTemplate(); }
    OrganizationsApi &orgs() { return m_backend->organizations(); }
    Capabilities caps() const { return m_backend->capabilities(); }
    const QString &tenant() const { return m_tenantId; }

    // Builders; each fails the test (returns an empty value) when the backend refuses.
    OrganizationScope makeScope(const QString &name);
    OrganizationRole makeRole(const QString &name, RoleType type = RoleType::User);
    Organization makeOrganization(const QString &name);
    User makeUser(const QString &username, const QString &email = {});
    Application makeApplication(const QString &name, ApplicationType type);
    /// A resource with one scope per name; returns the scopes.
    QList<Scope> makeResourceScopes(const QString &indicator, const QStringList &names);

    /// Member ids of an organization (up to 1000), in the backend's order.
    QStringList memberIds(const QString &organizationId, const MemberQuery &query = {});
    /// Role ids a member holds, sorted.
    QStringList memberRoleIds(const QString &organizationId, const QString &userId);
    /// The newest journal entry of the test tenant with `action` (empty entry if none).
    JournalEntry journalEntry(const QString &action);

    BackendKind m_kind;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<Backend> m_backend;
    QString m_tenantId;
    int m_counter = 0;
};

QStringList idsOf(const QList<OrganizationRole> &roles);
QStringList fieldsOf(const Error &error);

} // namespace gatehouse::test
