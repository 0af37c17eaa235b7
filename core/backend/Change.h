#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gatehouse {

/// The areas of the Backend interface, as a change names them.
enum class ChangeArea {
    Tenants,
    Applications,         ///< applications, their secrets and their role assignments
    Resources,            ///< API resources and their scopes
    Roles,                ///< roles, their grants and their assignments
    Users,                ///< users, their roles and MFA factors, imports
    OrganizationTemplate, ///< organization scopes and roles
    Organizations,        ///< organizations, members, applications, invitations, JIT
    SsoConnectors,
    SignInExperience,
    Logs,    ///< the archive of authentication events (a sync, the retention)
    Journal, ///< only the journal changed: an export was recorded
    Access,  ///< operators and the delegation policy
};

/// What one successful mutation changed. Announced after the fact (see ChangeNotifier) so that
/// every view showing dependent state refreshes it: enabling an MFA factor on the sign-in
/// experience changes what the organizations page may offer.
struct Change
{
    ChangeArea area = ChangeArea::Tenants;
    /// The tenant the change happened in (empty for workspace-wide changes: tenants).
    QString tenantId;
    /// The object changed (an application's id, an organization's id…). Empty when the area
    /// changed as a whole (sign-in experience, an import).
    QString id;
    /// Objects of other areas whose views show this change: the users whose memberships or
    /// roles changed, the applications a role was assigned to.
    QStringList related;
};

} // namespace gatehouse

Q_DECLARE_METATYPE(gatehouse::Change)
