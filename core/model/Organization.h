#pragma once

#include "model/Application.h"
#include "model/Role.h"
#include "model/User.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

// The organization template (one per tenant: organization scopes and organization roles) and
// the organizations that run on it. Names and JSON follow Logto's Management API.

/// An organization permission ("invite:member"). Name unique per tenant.
struct OrganizationScope
{
    QString id;
    QString tenantId;
    QString name;
    QString description;
    qint64 createdAt = 0;
    qint64 version = 0;
};

/// An organization role of the template. Name unique per tenant. User roles go to members,
/// MachineToMachine roles to applications in organizations.
struct OrganizationRole
{
    QString id;
    QString tenantId;
    QString name;
    QString description;
    RoleType type = RoleType::User;
    qint64 createdAt = 0;
    qint64 version = 0;
};

/// What an organization role grants: organization scopes and API-resource scopes.
struct OrganizationRoleGrants
{
    QList<OrganizationScope> organizationScopes;
    QList<GrantedScope> resourceScopes;
};

struct OrganizationBranding
{
    QString logoUrl;
    QString darkLogoUrl;
    QString favicon;
    QString darkFavicon;
    friend bool operator==(const OrganizationBranding &, const OrganizationBranding &) = default;
};

/// Colours as Logto stores them: "#RRGGBB" (empty = not set).
struct OrganizationColor
{
    QString primaryColor;
    bool isDarkModeEnabled = false;
    QString darkPrimaryColor;
    friend bool operator==(const OrganizationColor &, const OrganizationColor &) = default;
};

struct Organization
{
    QString id;
    QString tenantId;
    QString name;
    QString description;
    QJsonObject customData;
    bool isMfaRequired = false; ///< members without MFA get no organization tokens
    OrganizationBranding branding;
    OrganizationColor color;
    qint64 createdAt = 0;
    qint64 version = 0;
    /// Number of members; filled by OrganizationsApi::list (-1 elsewhere).
    int memberCount = -1;
};

/// A user in an organization with the organization roles they hold there.
struct OrganizationMember
{
    User user; ///< id, username, primaryEmail, primaryPhone, name, avatar, isSuspended at least
    QList<OrganizationRole> roles;
};

struct MemberQuery
{
    QString search;  ///< substring of id, username, email, phone or name (case-insensitive)
    QString roleId;  ///< only members holding this organization role
    int limit = 200; ///< at most 1000
};

struct MemberPage
{
    QList<OrganizationMember> members; ///< ordered by username/email, then id
    int total = 0;                     ///< members matching the query (may exceed members.size())
};

/// A machine-to-machine application in an organization with its organization roles there.
struct OrganizationApplication
{
    Application application; ///< id, name, type, description at least
    QList<OrganizationRole> roles;
};

/// An organization a user belongs to, with their roles there (for the user's page).
struct UserOrganization
{
    Organization organization;
    QList<OrganizationRole> roles;
};

enum class InvitationStatus { Pending, Accepted, Expired, Revoked };
QString invitationStatusName(InvitationStatus status); ///< "Pending", … as in Logto
bool parseInvitationStatus(const QString &name, InvitationStatus *status);

/// Invitations expire 7 days after creation unless told otherwise.
inline constexpr qint64 defaultInvitationLifetimeMs = qint64(7) * 24 * 60 * 60 * 1000;

struct OrganizationInvitation
{
    QString id;
    QString tenantId;
    QString organizationId;
    QString inviterId; ///< user id of the inviter (may be empty: invited by an administrator)
    QString invitee;   ///< email address
    QString acceptedUserId;
    QList<OrganizationRole> roles; ///< roles given on acceptance (drafts: only ids matter)
    /// Stored status. Pending invitations past expiresAt are reported as Expired (computed with
    /// clock::nowMs(), so tests can move time).
    InvitationStatus status = InvitationStatus::Pending;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 expiresAt = 0; ///< 0 in a draft = createdAt + defaultInvitationLifetimeMs
};

/// Just-in-time provisioning of one organization.
struct OrganizationJit
{
    QStringList emailDomains;      ///< normalized ("acme.com")
    QStringList ssoConnectorIds;   ///< connectors whose users join
    QList<OrganizationRole> roles; ///< default organization roles given on JIT join
};

/// One permission a member holds in an organization, and which of their roles grant it.
struct EffectivePermission
{
    QString scopeId;
    QString name;
    QString description;
    QString resourceId;        ///< empty for organization scopes
    QString resourceIndicator; ///< empty for organization scopes
    QStringList grantedBy;     ///< organization role names, sorted
};

} // namespace gatehouse
