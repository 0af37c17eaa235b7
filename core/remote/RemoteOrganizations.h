#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

class RemoteOrganizations final : public OrganizationsApi
{
public:
    explicit RemoteOrganizations(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Organization>> list(const QString &tenantId, const QString &q) override;
    Future<Organization> get(const QString &tenantId, const QString &id) override;
    Future<Organization> create(const QString &tenantId, const Organization &draft) override;
    Future<Organization> update(const QString &tenantId, const Organization &organization) override;
    Future<Done> remove(const QString &tenantId, const QString &id) override;
    Future<MemberPage> members(const QString &tenantId, const QString &organizationId,
                               const MemberQuery &query) override;
    Future<Done> addMembers(const QString &tenantId, const QString &organizationId,
                            const QStringList &userIds, const QStringList &roleIds) override;
    Future<Done> removeMember(const QString &tenantId, const QString &organizationId,
                              const QString &userId) override;
    Future<Done> setMemberRoles(const QString &tenantId, const QString &organizationId, const QString &userId,
                                const QStringList &roleIds) override;
    Future<Done> assignMemberRoles(const QString &tenantId, const QString &organizationId,
                                   const QStringList &userIds, const QStringList &roleIds) override;
    Future<QList<EffectivePermission>> effectivePermissions(const QString &tenantId,
                                                            const QString &organizationId,
                                                            const QString &userId) override;
    Future<QList<UserOrganization>> organizationsOfUser(const QString &tenantId,
                                                        const QString &userId) override;
    Future<QList<OrganizationApplication>> applications(const QString &tenantId,
                                                        const QString &organizationId) override;
    Future<Done> addApplications(const QString &tenantId, const QString &organizationId,
                                 const QStringList &applicationIds) override;
    Future<Done> removeApplication(const QString &tenantId, const QString &organizationId,
                                   const QString &applicationId) override;
    Future<Done> setApplicationRoles(const QString &tenantId, const QString &organizationId,
                                     const QString &applicationId, const QStringList &roleIds) override;
    Future<QList<OrganizationInvitation>> invitations(const QString &tenantId,
                                                      const QString &organizationId) override;
    Future<OrganizationInvitation> createInvitation(const QString &tenantId,
                                                    const OrganizationInvitation &draft,
                                                    const QString &reason) override;
    Future<OrganizationInvitation> revokeInvitation(const QString &tenantId, const QString &invitationId,
                                                    const QString &reason) override;
    Future<OrganizationInvitation> acceptInvitation(const QString &tenantId, const QString &invitationId,
                                                    const QString &userId) override;
    Future<OrganizationJit> jit(const QString &tenantId, const QString &organizationId) override;
    Future<Done> setJitEmailDomains(const QString &tenantId, const QString &organizationId,
                                    const QStringList &domains) override;
    Future<Done> setJitSsoConnectors(const QString &tenantId, const QString &organizationId,
                                     const QStringList &connectorIds) override;
    Future<Done> setJitRoles(const QString &tenantId, const QString &organizationId,
                             const QStringList &roleIds) override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
