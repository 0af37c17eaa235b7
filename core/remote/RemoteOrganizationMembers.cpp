// RemoteOrganizations: members (/api/organizations/{id}/users with q, their roles), effective
// permissions (…/users/{userId}/scopes combined with the member's roles' grants for provenance),
// and a user's organizations (/api/users/{id}/organizations).
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"
#include "remote/RemoteOrganizationSupport.h"
#include "remote/RemoteOrganizations.h"
#include "remote/RemoteUserJson.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace gatehouse::remote {

using namespace orgremote;

namespace {
constexpr int memberLimitMax = 1000;

QString usersPath(const QString &organizationId)
{
    return organizationPath(organizationId) + QStringLiteral("/users");
}

QString memberRolesPath(const QString &organizationId, const QString &userId)
{
    return usersPath(organizationId) + QLatin1Char('/') + segment(userId) + QStringLiteral("/roles");
}

bool matchesSearch(const User &user, const QString &search)
{
    for (const QString &field : {user.id, user.username, user.primaryEmail, user.primaryPhone, user.name}) {
        if (field.contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString sortKey(const User &user)
{
    return user.username.isEmpty() ? user.primaryEmail.toLower() : user.username.toLower();
}

QJsonObject memberState(const QString &userId, const QStringList &roleIds)
{
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("roleIds"), QJsonArray::fromStringList(roleIds)}};
}

/// The member's role ids; NotFound when the user is not a member.
QStringList requireMemberRoles(RemoteSession &s, const QString &organizationId, const QString &userId)
{
    bool isMember = false;
    const QStringList roles = memberRoleIds(s, organizationId, userId, &isMember);
    if (!isMember)
        throw Failure{notAMember(userId)};
    return roles;
}

QStringList idsOf(const QList<OrganizationRole> &roles)
{
    QStringList ids;
    for (const OrganizationRole &r : roles)
        ids.append(r.id);
    return ids;
}

/// POST /api/organizations/{id}/users/roles: every user gets every role (held ones are kept).
void assignRoles(RemoteSession &s, const QString &organizationId, const QStringList &userIds,
                 const QStringList &roleIds)
{
    if (userIds.isEmpty() || roleIds.isEmpty())
        return;
    s.post(usersPath(organizationId) + QStringLiteral("/roles"),
           QJsonDocument(
               QJsonObject{{QStringLiteral("userIds"), QJsonArray::fromStringList(userIds)},
                           {QStringLiteral("organizationRoleIds"), QJsonArray::fromStringList(roleIds)}}));
}
} // namespace

Future<MemberPage> RemoteOrganizations::members(const QString &tenantId, const QString &organizationId,
                                                const MemberQuery &query)
{
    return m_backend.submit<MemberPage>([this, tenantId, organizationId, query](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        if (query.limit < 1 || query.limit > memberLimitMax)
            throwIfInvalid({{QStringLiteral("limit"), rtr("must be between 1 and %1").arg(memberLimitMax)}});
        fetchOrganization(s, b, organizationId);
        if (!query.roleId.isEmpty())
            fetchRole(s, b, query.roleId);
        const QString search = query.search.trimmed();
        QUrlQuery params;
        if (!search.isEmpty())
            logto::addQueryValue(params, QStringLiteral("q"), search);
        QList<OrganizationMember> matching;
        for (const QJsonValue &v : s.getAll(usersPath(organizationId), params)) {
            OrganizationMember m = member(v.toObject(), b.tenantId());
            // Logto's q is a pattern (% and _ match anything): keep literal matches only.
            if (!search.isEmpty() && !matchesSearch(m.user, search))
                continue;
            if (!query.roleId.isEmpty() && !idsOf(m.roles).contains(query.roleId))
                continue;
            matching.append(m);
        }
        std::sort(matching.begin(), matching.end(),
                  [](const OrganizationMember &x, const OrganizationMember &y) {
                      const QString kx = sortKey(x.user);
                      const QString ky = sortKey(y.user);
                      return kx != ky ? kx < ky : x.user.id < y.user.id;
                  });
        MemberPage page;
        page.total = static_cast<int>(matching.size());
        page.members = matching.mid(0, query.limit);
        return page;
    });
}

Future<Done> RemoteOrganizations::addMembers(const QString &tenantId, const QString &organizationId,
                                             const QStringList &userIds, const QStringList &roleIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, userIds = rules::distinct(userIds),
                                   roleIds](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        if (userIds.isEmpty())
            throwIfInvalid({{QStringLiteral("userIds"), rtr("Pick at least one user to add.")}});
        fetchOrganization(s, b, organizationId);
        const QStringList roles =
            idsOf(requireRoles(s, b, roleIds, RoleType::User, QStringLiteral("organizationRoleIds")));
        QJsonArray before;
        for (const QString &userId : userIds) {
            requireUser(s, userId);
            bool isMember = false;
            const QStringList held = memberRoleIds(s, organizationId, userId, &isMember);
            if (isMember)
                before.append(memberState(userId, held));
        }
        s.post(usersPath(organizationId),
               QJsonDocument(QJsonObject{{QStringLiteral("userIds"), QJsonArray::fromStringList(userIds)}}));
        assignRoles(s, organizationId, userIds, roles);
        QJsonArray after;
        for (const QString &userId : userIds)
            after.append(memberState(userId, requireMemberRoles(s, organizationId, userId)));
        b.journalChange(QStringLiteral("organization.member.add"), QStringLiteral("organization"),
                        organizationId, QJsonObject{{QStringLiteral("members"), before}},
                        QJsonObject{{QStringLiteral("members"), after}});
        return Done{};
    });
}

Future<Done> RemoteOrganizations::removeMember(const QString &tenantId, const QString &organizationId,
                                               const QString &userId)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, userId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        const QStringList held = requireMemberRoles(s, organizationId, userId);
        const Response answer =
            s.send(Request::del(usersPath(organizationId) + QLatin1Char('/') + segment(userId)), {404, 422});
        if (answer.status == 404 || answer.status == 422)
            throw Failure{notAMember(userId)};
        b.journalChange(QStringLiteral("organization.member.remove"), QStringLiteral("organization"),
                        organizationId, memberState(userId, held), QJsonValue::Null);
        return Done{};
    });
}

Future<Done> RemoteOrganizations::setMemberRoles(const QString &tenantId, const QString &organizationId,
                                                 const QString &userId, const QStringList &roleIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, userId, roleIds](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        const QStringList before = requireMemberRoles(s, organizationId, userId);
        const QStringList roles =
            idsOf(requireRoles(s, b, roleIds, RoleType::User, QStringLiteral("organizationRoleIds")));
        s.put(memberRolesPath(organizationId, userId),
              QJsonDocument(
                  QJsonObject{{QStringLiteral("organizationRoleIds"), QJsonArray::fromStringList(roles)}}));
        QStringList after = roles;
        after.sort();
        b.journalChange(QStringLiteral("organization.member.roles.set"), QStringLiteral("organization"),
                        organizationId, memberState(userId, before), memberState(userId, after));
        return Done{};
    });
}

Future<Done> RemoteOrganizations::assignMemberRoles(const QString &tenantId, const QString &organizationId,
                                                    const QStringList &userIds, const QStringList &roleIds)
{
    return m_backend.submit<Done>([this, tenantId, organizationId, userIds = rules::distinct(userIds),
                                   roleIds](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        QList<FieldError> errors;
        if (userIds.isEmpty())
            errors.append({QStringLiteral("userIds"), rtr("Pick at least one member.")});
        if (roleIds.isEmpty())
            errors.append({QStringLiteral("organizationRoleIds"), rtr("Pick at least one role to assign.")});
        throwIfInvalid(errors);
        fetchOrganization(s, b, organizationId);
        const QStringList roles =
            idsOf(requireRoles(s, b, roleIds, RoleType::User, QStringLiteral("organizationRoleIds")));
        QJsonArray before;
        QJsonArray after;
        for (const QString &userId : userIds) {
            const QStringList held = requireMemberRoles(s, organizationId, userId);
            before.append(memberState(userId, held));
            QStringList now = held;
            for (const QString &r : roles) {
                if (!now.contains(r))
                    now.append(r);
            }
            now.sort();
            after.append(memberState(userId, now));
        }
        assignRoles(s, organizationId, userIds, roles);
        b.journalChange(QStringLiteral("organization.member.roles.assign"), QStringLiteral("organization"),
                        organizationId, QJsonObject{{QStringLiteral("members"), before}},
                        QJsonObject{{QStringLiteral("members"), after}});
        return Done{};
    });
}

Future<QList<EffectivePermission>> RemoteOrganizations::effectivePermissions(const QString &tenantId,
                                                                             const QString &organizationId,
                                                                             const QString &userId)
{
    return m_backend.submit<QList<EffectivePermission>>([this, tenantId, organizationId,
                                                         userId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        fetchOrganization(s, b, organizationId);
        const QStringList roleIds = requireMemberRoles(s, organizationId, userId);
        // The union as Logto computes it, then which of the member's roles grant each scope.
        const Response unionAnswer = s.send(Request::get(usersPath(organizationId) + QLatin1Char('/') +
                                                         segment(userId) + QStringLiteral("/scopes")),
                                            {422});
        if (unionAnswer.status == 422)
            throw Failure{notAMember(userId)};
        QMap<QString, EffectivePermission> organizationScopes; // lower(name) + id → permission
        QHash<QString, QString> keyOfScope;
        for (const QJsonValue &v : unionAnswer.array()) {
            const OrganizationScope sc = scope(v.toObject(), b.tenantId());
            const QString key = sc.name.toLower() + QChar(0) + sc.id;
            EffectivePermission &p = organizationScopes[key];
            p.scopeId = sc.id;
            p.name = sc.name;
            p.description = sc.description;
            keyOfScope.insert(sc.id, key);
        }
        QMap<QString, EffectivePermission> resourceScopes; // indicator + name + id → permission
        QHash<QString, Resource> resources;
        bool resourcesRead = false;
        for (const QString &roleId : roleIds) {
            const OrganizationRole r = fetchRole(s, b, roleId);
            for (const QJsonValue &v : s.getAll(organizationRolePath(roleId) + QStringLiteral("/scopes"))) {
                const QString key = keyOfScope.value(v.toObject().value(QLatin1String("id")).toString());
                if (!key.isEmpty())
                    organizationScopes[key].grantedBy.append(r.name);
            }
            const QJsonArray granted =
                s.getAll(organizationRolePath(roleId) + QStringLiteral("/resource-scopes"));
            if (!granted.isEmpty() && !resourcesRead) {
                for (const QJsonValue &v : s.get(QStringLiteral("/api/resources")).array()) {
                    const Resource res = logto::resource(v.toObject(), b.tenantId());
                    resources.insert(res.id, res);
                }
                resourcesRead = true;
            }
            for (const QJsonValue &v : granted) {
                const Scope sc = logto::scope(v.toObject(), b.tenantId());
                const Resource res = resources.value(sc.resourceId);
                const QString key = res.indicator + QChar(0) + sc.name + QChar(0) + sc.id;
                EffectivePermission &p = resourceScopes[key];
                p.scopeId = sc.id;
                p.name = sc.name;
                p.description = sc.description;
                p.resourceId = sc.resourceId;
                p.resourceIndicator = res.indicator;
                p.grantedBy.append(r.name);
            }
        }
        return rules::effectivePermissionList(organizationScopes, resourceScopes);
    });
}

Future<QList<UserOrganization>> RemoteOrganizations::organizationsOfUser(const QString &tenantId,
                                                                         const QString &userId)
{
    return m_backend.submit<QList<UserOrganization>>([this, tenantId, userId](RemoteSession &s) {
        RemoteBackend &b = m_backend;
        requireTenant(b, tenantId);
        if (userId.isEmpty())
            throw Failure{userNotFound(userId)};
        const Response answer =
            s.send(Request::get(userPath(userId) + QStringLiteral("/organizations")), {404});
        if (answer.status == 404)
            throw Failure{userNotFound(userId)};
        QList<UserOrganization> out;
        for (const QJsonValue &v : answer.array()) {
            UserOrganization m;
            m.organization = organization(v.toObject(), b.tenantId());
            m.roles =
                roleRefs(v.toObject().value(QLatin1String("organizationRoles")).toArray(), b.tenantId());
            out.append(m);
        }
        std::sort(out.begin(), out.end(), [](const UserOrganization &x, const UserOrganization &y) {
            const int c = x.organization.name.compare(y.organization.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : x.organization.id < y.organization.id;
        });
        return out;
    });
}

} // namespace gatehouse::remote
