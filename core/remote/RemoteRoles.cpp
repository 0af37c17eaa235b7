#include "model/LogtoJson.h"
#include "model/OrganizationRules.h"
#include "model/UpdateRules.h"
#include "model/Validation.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"
#include "remote/RemoteAreas.h"

#include <QJsonArray>
#include <algorithm>

namespace gatehouse::remote {

namespace {
QString rolePath(const QString &id)
{
    return QStringLiteral("/api/roles/") + segment(id);
}

QString appRolesPath(const QString &appId)
{
    return QStringLiteral("/api/applications/") + segment(appId) + QStringLiteral("/roles");
}

Error roleNotFound(const QString &id)
{
    return Error::notFound(rtr("Role"), id);
}

Role fetchRole(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return logto::role(getObject(s, rolePath(id), roleNotFound(id)), b.tenantId());
}

Application fetchApplication(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return logto::application(getObject(s, QStringLiteral("/api/applications/") + segment(id),
                                        Error::notFound(rtr("Application"), id)),
                              b.tenantId());
}

QList<Role> allRoles(RemoteSession &s, const RemoteBackend &b)
{
    QList<Role> out;
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/roles")))
        out.append(logto::role(v.toObject(), b.tenantId()));
    return out;
}

/// The core rules plus Logto's: a role description is required and at most 128 characters.
void checkRole(const Role &role)
{
    QList<FieldError> errors = validation::role(role);
    const bool descriptionFlagged = std::any_of(errors.begin(), errors.end(), [](const FieldError &e) {
        return e.field == QLatin1String("description");
    });
    if (!descriptionFlagged) {
        if (role.description.trimmed().isEmpty())
            errors.append(
                {QStringLiteral("description"), rtr("must not be empty (Logto requires a description)")});
        else if (role.description.size() > roleDescriptionMax)
            errors.append(
                {QStringLiteral("description"), rtr("is too long (%1 characters; Logto allows at most %2)")
                                                    .arg(role.description.size())
                                                    .arg(roleDescriptionMax)});
    }
    throwIfInvalid(errors);
}

void checkRoleNameFree(const QList<Role> &roles, const QString &name, const QString &exceptId)
{
    for (const Role &r : roles) {
        if (r.id != exceptId && r.name.compare(name, Qt::CaseInsensitive) == 0)
            throwExists(rtr("A role named \"%1\" already exists in this tenant.").arg(r.name));
    }
}

QStringList sortedIds(const QJsonArray &objects)
{
    QStringList ids;
    for (const QJsonValue &v : objects)
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    ids.sort();
    return ids;
}

QStringList grantedScopeIds(RemoteSession &s, const QString &roleId)
{
    return sortedIds(s.getAll(rolePath(roleId) + QStringLiteral("/scopes")));
}

QStringList assignedRoleIds(RemoteSession &s, const QString &appId)
{
    return sortedIds(s.getAll(appRolesPath(appId)));
}

QJsonObject idsObject(const char *key, const QStringList &ids)
{
    return QJsonObject{{QLatin1String(key), QJsonArray::fromStringList(ids)}};
}

/// Roles, their permissions and their machine-to-machine assignments over /api/roles and
/// /api/applications/{id}/roles.
///
/// Logto keeps role names unique only as typed; Gatehouse promises uniqueness ignoring case, so
/// the names are checked here before every write (not atomic: two connections creating "Admin"
/// and "ADMIN" in the same instant may both succeed). Logto requires a role description of at
/// most `descriptionMax` characters.
class RemoteRoles final : public RolesApi
{
public:
    explicit RemoteRoles(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Role>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<Role>>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return allRoles(s, m_backend);
        });
    }

    Future<Role> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Role>([this, tenantId, id](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return fetchRole(s, m_backend, id);
        });
    }

    Future<Role> create(const QString &tenantId, const Role &draft) override
    {
        return m_backend.submit<Role>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            checkRole(draft);
            const QString name = draft.name.trimmed();
            checkRoleNameFree(allRoles(s, b), name, {});
            QJsonObject body{{QStringLiteral("name"), name},
                             {QStringLiteral("description"), draft.description},
                             {QStringLiteral("type"), roleTypeName(draft.type)}};
            if (draft.isDefault)
                body.insert(QStringLiteral("isDefault"), true);
            Response answer;
            try {
                answer = s.post(QStringLiteral("/api/roles"), QJsonDocument(body));
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure, [&] { checkRoleNameFree(allRoles(s, b), name, {}); });
            }
            const Role created = logto::role(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("role.create"), QStringLiteral("role"), created.id,
                            QJsonValue::Null, json::toJson(created));
            return created;
        });
    }

    Future<Role> update(const QString &tenantId, const Role &role) override
    {
        return m_backend.submit<Role>([this, tenantId, role](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            checkRole(role);
            const Role before = fetchRole(s, b, role.id);
            throwIfInvalid(rules::updateProblems(before, role));
            throwIfStale(role.version, before.version, rules::title(before));
            Role wanted = before;
            wanted.name = role.name.trimmed();
            wanted.description = role.description;
            wanted.isDefault = role.isDefault;
            const QJsonObject patch = logto::rolePatch(before, wanted);
            if (patch.isEmpty())
                return before;
            if (wanted.name != before.name)
                checkRoleNameFree(allRoles(s, b), wanted.name, before.id);
            Response answer;
            try {
                answer = s.send(Request::patch(rolePath(before.id), QJsonDocument(patch)), {404});
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure,
                                    [&] { checkRoleNameFree(allRoles(s, b), wanted.name, before.id); });
            }
            if (answer.status == 404)
                throw Failure{roleNotFound(before.id)};
            const Role after = logto::role(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("role.update"), QStringLiteral("role"), after.id,
                            json::toJson(before), json::toJson(after));
            return after;
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([this, tenantId, id](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const Role before = fetchRole(s, b, id);
            QJsonObject snapshot = json::toJson(before);
            snapshot.insert(QStringLiteral("scopeIds"), QJsonArray::fromStringList(grantedScopeIds(s, id)));
            const QStringList applicationIds =
                before.type == RoleType::MachineToMachine
                    ? sortedIds(s.getAll(rolePath(id) + QStringLiteral("/applications")))
                    : QStringList();
            snapshot.insert(QStringLiteral("applicationIds"), QJsonArray::fromStringList(applicationIds));
            deleteObject(s, rolePath(id), roleNotFound(id));
            b.journalChange(QStringLiteral("role.delete"), QStringLiteral("role"), id, snapshot,
                            QJsonValue::Null);
            return Done{};
        });
    }

    Future<QList<GrantedScope>> scopes(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<QList<GrantedScope>>([this, tenantId, roleId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            fetchRole(s, m_backend, roleId);
            QList<GrantedScope> out;
            for (const QJsonValue &v : s.getAll(rolePath(roleId) + QStringLiteral("/scopes")))
                out.append(logto::grantedScope(v.toObject(), m_backend.tenantId()));
            std::stable_sort(out.begin(), out.end(), [](const GrantedScope &a, const GrantedScope &b) {
                return a.resourceName != b.resourceName ? a.resourceName < b.resourceName
                                                        : a.scope.name < b.scope.name;
            });
            return out;
        });
    }

    Future<Done> grantScopes(const QString &tenantId, const QString &roleId,
                             const QStringList &scopeIds) override
    {
        return m_backend.submit<Done>([this, tenantId, roleId, scopeIds](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            if (scopeIds.isEmpty())
                throwIfInvalid({{QStringLiteral("scopeIds"), rtr("Pick at least one permission to grant.")}});
            fetchRole(s, b, roleId);
            const QStringList before = grantedScopeIds(s, roleId);
            QStringList toAdd;
            for (const QString &id : rules::distinct(scopeIds)) {
                if (!before.contains(id))
                    toAdd.append(id);
            }
            if (toAdd.isEmpty())
                return Done{};
            const QHash<QString, Scope> found = findScopes(s, b, toAdd);
            for (const QString &id : toAdd) {
                if (!found.contains(id))
                    throw Failure{Error::notFound(rtr("Permission"), id)};
            }
            s.post(rolePath(roleId) + QStringLiteral("/scopes"), QJsonDocument(idsObject("scopeIds", toAdd)));
            b.journalChange(QStringLiteral("role.scopes.grant"), QStringLiteral("role"), roleId,
                            idsObject("scopeIds", before), idsObject("scopeIds", grantedScopeIds(s, roleId)));
            return Done{};
        });
    }

    Future<Done> revokeScope(const QString &tenantId, const QString &roleId, const QString &scopeId) override
    {
        return m_backend.submit<Done>([this, tenantId, roleId, scopeId](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            fetchRole(s, b, roleId);
            const QStringList before = grantedScopeIds(s, roleId);
            const Error notGranted(ErrorCode::NotFound, rtr("The role does not have this permission."));
            if (!before.contains(scopeId))
                throw Failure{notGranted};
            deleteObject(s, rolePath(roleId) + QStringLiteral("/scopes/") + segment(scopeId), notGranted);
            QStringList after = before;
            after.removeAll(scopeId);
            b.journalChange(QStringLiteral("role.scope.revoke"), QStringLiteral("role"), roleId,
                            idsObject("scopeIds", before), idsObject("scopeIds", after));
            return Done{};
        });
    }

    Future<Done> assignToApplication(const QString &tenantId, const QString &appId,
                                     const QStringList &roleIds) override
    {
        return m_backend.submit<Done>([this, tenantId, appId, roleIds](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            if (roleIds.isEmpty())
                throwIfInvalid({{QStringLiteral("roleIds"), rtr("Pick at least one role to assign.")}});
            const Application app = fetchApplication(s, b, appId);
            if (app.type != ApplicationType::MachineToMachine)
                throwIfInvalid(
                    {{QStringLiteral("applicationId"),
                      rtr("Roles can be assigned only to machine-to-machine applications; \"%1\" is a %2 "
                          "application.")
                          .arg(app.name, applicationTypeName(app.type))}});
            QHash<QString, Role> roles;
            for (const Role &r : allRoles(s, b))
                roles.insert(r.id, r);
            for (const QString &roleId : roleIds) {
                if (!roles.contains(roleId))
                    throw Failure{roleNotFound(roleId)};
                const Role &role = roles[roleId];
                if (role.type != RoleType::MachineToMachine)
                    throwIfInvalid(
                        {{QStringLiteral("roleIds"),
                          rtr("\"%1\" is a user role; only machine-to-machine roles can be assigned to "
                              "applications.")
                              .arg(role.name)}});
            }
            const QStringList before = assignedRoleIds(s, appId);
            QStringList toAdd;
            for (const QString &id : rules::distinct(roleIds)) {
                if (!before.contains(id))
                    toAdd.append(id);
            }
            if (toAdd.isEmpty())
                return Done{};
            s.post(appRolesPath(appId), QJsonDocument(idsObject("roleIds", toAdd)));
            b.journalChange(QStringLiteral("application.roles.assign"), QStringLiteral("application"), appId,
                            idsObject("roleIds", before), idsObject("roleIds", assignedRoleIds(s, appId)));
            return Done{};
        });
    }

    Future<Done> unassignFromApplication(const QString &tenantId, const QString &appId,
                                         const QString &roleId) override
    {
        return m_backend.submit<Done>([this, tenantId, appId, roleId](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const Application app = fetchApplication(s, b, appId);
            const Error notAssigned(ErrorCode::NotFound, rtr("The application does not have this role."));
            const QStringList before =
                app.type == ApplicationType::MachineToMachine ? assignedRoleIds(s, appId) : QStringList();
            if (!before.contains(roleId))
                throw Failure{notAssigned};
            deleteObject(s, appRolesPath(appId) + QLatin1Char('/') + segment(roleId), notAssigned);
            QStringList after = before;
            after.removeAll(roleId);
            b.journalChange(QStringLiteral("application.role.unassign"), QStringLiteral("application"), appId,
                            idsObject("roleIds", before), idsObject("roleIds", after));
            return Done{};
        });
    }

    Future<QList<Role>> rolesOfApplication(const QString &tenantId, const QString &appId) override
    {
        return m_backend.submit<QList<Role>>([this, tenantId, appId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            const Application app = fetchApplication(s, m_backend, appId);
            QList<Role> out;
            if (app.type != ApplicationType::MachineToMachine)
                return out;
            for (const QJsonValue &v : s.getAll(appRolesPath(appId)))
                out.append(logto::role(v.toObject(), m_backend.tenantId()));
            std::stable_sort(out.begin(), out.end(),
                             [](const Role &a, const Role &b) { return a.name < b.name; });
            return out;
        });
    }

    Future<QList<Application>> applicationsOfRole(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<QList<Application>>([this, tenantId, roleId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            const Role role = fetchRole(s, m_backend, roleId);
            QList<Application> out;
            if (role.type != RoleType::MachineToMachine)
                return out;
            for (const QJsonValue &v : s.getAll(rolePath(roleId) + QStringLiteral("/applications")))
                out.append(logto::application(v.toObject(), m_backend.tenantId()));
            std::stable_sort(out.begin(), out.end(),
                             [](const Application &a, const Application &b) { return a.name < b.name; });
            return out;
        });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<RolesApi> makeRoles(RemoteBackend &backend)
{
    return std::make_unique<RemoteRoles>(backend);
}

} // namespace gatehouse::remote
