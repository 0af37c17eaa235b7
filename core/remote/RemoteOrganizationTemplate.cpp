// RemoteOrganizationTemplate: organization scopes and roles through /api/organization-scopes and
// /api/organization-roles. Names are checked case-insensitively before a write (Logto compares
// them as typed); the grant setters use Logto's replace-all PUTs.
#include "model/LogtoJson.h"
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "model/OrganizationValidation.h"
#include "model/UpdateRules.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"
#include "remote/RemoteOrganizationSupport.h"
#include "remote/RemoteAreas.h"

#include <QHash>
#include <algorithm>

namespace gatehouse::remote {

using namespace orgremote;

namespace {
QList<OrganizationScope> allScopes(RemoteSession &s, const RemoteBackend &b)
{
    QList<OrganizationScope> out;
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organization-scopes")))
        out.append(scope(v.toObject(), b.tenantId()));
    std::sort(out.begin(), out.end(), [](const OrganizationScope &x, const OrganizationScope &y) {
        const int c = x.name.compare(y.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x.id < y.id;
    });
    return out;
}

QList<OrganizationRole> allRoles(RemoteSession &s, const RemoteBackend &b)
{
    QList<OrganizationRole> out;
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organization-roles")))
        out.append(role(v.toObject(), b.tenantId()));
    sortByName(out);
    return out;
}

OrganizationScope fetchScope(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    return scope(getObject(s, organizationScopePath(id), organizationScopeNotFound(id)), b.tenantId());
}

void checkScopeNameFree(RemoteSession &s, const RemoteBackend &b, const QString &name,
                        const QString &exceptId)
{
    for (const OrganizationScope &other : allScopes(s, b)) {
        if (other.id != exceptId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            throwExists(rtr("An organization permission named \"%1\" already exists.").arg(other.name));
    }
}

void checkRoleNameFree(RemoteSession &s, const RemoteBackend &b, const QString &name, const QString &exceptId)
{
    for (const OrganizationRole &other : allRoles(s, b)) {
        if (other.id != exceptId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            throwExists(rtr("An organization role named \"%1\" already exists.").arg(other.name));
    }
}

/// description as Logto takes it: null when empty.
QJsonValue descriptionValue(const QString &description)
{
    return description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(description);
}

QStringList grantedScopeIds(RemoteSession &s, const QString &roleId)
{
    return sortedIds(s.getAll(organizationRolePath(roleId) + QStringLiteral("/scopes")));
}

QStringList grantedResourceScopeIds(RemoteSession &s, const QString &roleId)
{
    return sortedIds(s.getAll(organizationRolePath(roleId) + QStringLiteral("/resource-scopes")));
}

void putIds(RemoteSession &s, const QString &path, const char *key, const QStringList &ids)
{
    s.put(path, QJsonDocument(QJsonObject{{QLatin1String(key), QJsonArray::fromStringList(ids)}}));
}

class RemoteOrganizationTemplate final : public OrganizationTemplateApi
{
public:
    explicit RemoteOrganizationTemplate(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<OrganizationScope>> scopes(const QString &tenantId) override
    {
        return m_backend.submit<QList<OrganizationScope>>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return allScopes(s, m_backend);
        });
    }

    Future<OrganizationScope> createScope(const QString &tenantId, const OrganizationScope &draft) override
    {
        return m_backend.submit<OrganizationScope>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::organizationScope(draft));
            const QString name = draft.name.trimmed();
            checkScopeNameFree(s, b, name, {});
            const QJsonObject body{{QStringLiteral("name"), name},
                                   {QStringLiteral("description"), descriptionValue(draft.description)}};
            Response answer;
            try {
                answer = s.post(QStringLiteral("/api/organization-scopes"), QJsonDocument(body));
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure, [&] { checkScopeNameFree(s, b, name, {}); });
            }
            const OrganizationScope created = scope(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("organizationScope.create"), QStringLiteral("organizationScope"),
                            created.id, QJsonValue::Null, json::toJson(created));
            return created;
        });
    }

    Future<OrganizationScope> updateScope(const QString &tenantId, const OrganizationScope &edited) override
    {
        return m_backend.submit<OrganizationScope>([this, tenantId, edited](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::organizationScope(edited));
            const OrganizationScope before = fetchScope(s, b, edited.id);
            throwIfStale(edited.version, before.version, rules::title(before));
            const QString name = edited.name.trimmed();
            if (name == before.name && edited.description == before.description)
                return before;
            if (name != before.name)
                checkScopeNameFree(s, b, name, before.id);
            const QJsonObject patch{{QStringLiteral("name"), name},
                                    {QStringLiteral("description"), descriptionValue(edited.description)}};
            Response answer;
            try {
                answer =
                    s.send(Request::patch(organizationScopePath(before.id), QJsonDocument(patch)), {404});
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure, [&] { checkScopeNameFree(s, b, name, before.id); });
            }
            if (answer.status == 404)
                throw Failure{organizationScopeNotFound(before.id)};
            const OrganizationScope after = scope(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("organizationScope.update"), QStringLiteral("organizationScope"),
                            after.id, json::toJson(before), json::toJson(after));
            return after;
        });
    }

    Future<Done> removeScope(const QString &tenantId, const QString &scopeId) override
    {
        return m_backend.submit<Done>([this, tenantId, scopeId](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const OrganizationScope before = fetchScope(s, b, scopeId);
            QJsonObject snapshot = json::toJson(before);
            QStringList grantingRoles;
            for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organization-roles"))) {
                for (const QJsonValue &granted : v.toObject().value(QLatin1String("scopes")).toArray()) {
                    if (granted.toObject().value(QLatin1String("id")).toString() == scopeId)
                        grantingRoles.append(v.toObject().value(QLatin1String("id")).toString());
                }
            }
            snapshot.insert(QStringLiteral("roleIds"), sortedArray(grantingRoles));
            deleteObject(s, organizationScopePath(scopeId), organizationScopeNotFound(scopeId));
            b.journalChange(QStringLiteral("organizationScope.delete"), QStringLiteral("organizationScope"),
                            scopeId, snapshot, QJsonValue::Null);
            return Done{};
        });
    }

    Future<QList<OrganizationRole>> roles(const QString &tenantId) override
    {
        return m_backend.submit<QList<OrganizationRole>>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return allRoles(s, m_backend);
        });
    }

    Future<OrganizationRole> getRole(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<OrganizationRole>([this, tenantId, roleId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return fetchRole(s, m_backend, roleId);
        });
    }

    Future<OrganizationRole> createRole(const QString &tenantId, const OrganizationRole &draft) override
    {
        return m_backend.submit<OrganizationRole>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::organizationRole(draft));
            const QString name = draft.name.trimmed();
            checkRoleNameFree(s, b, name, {});
            const QJsonObject body{{QStringLiteral("name"), name},
                                   {QStringLiteral("description"), descriptionValue(draft.description)},
                                   {QStringLiteral("type"), roleTypeName(draft.type)},
                                   {QStringLiteral("organizationScopeIds"), QJsonArray()},
                                   {QStringLiteral("resourceScopeIds"), QJsonArray()}};
            Response answer;
            try {
                answer = s.post(QStringLiteral("/api/organization-roles"), QJsonDocument(body));
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure, [&] { checkRoleNameFree(s, b, name, {}); });
            }
            const OrganizationRole created = role(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("organizationRole.create"), QStringLiteral("organizationRole"),
                            created.id, QJsonValue::Null, json::toJson(created));
            return created;
        });
    }

    Future<OrganizationRole> updateRole(const QString &tenantId, const OrganizationRole &edited) override
    {
        return m_backend.submit<OrganizationRole>([this, tenantId, edited](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(validation::organizationRole(edited));
            const OrganizationRole before = fetchRole(s, b, edited.id);
            throwIfInvalid(rules::updateProblems(before, edited));
            throwIfStale(edited.version, before.version, rules::title(before));
            const QString name = edited.name.trimmed();
            if (name == before.name && edited.description == before.description)
                return before;
            if (name != before.name)
                checkRoleNameFree(s, b, name, before.id);
            const QJsonObject patch{{QStringLiteral("name"), name},
                                    {QStringLiteral("description"), descriptionValue(edited.description)}};
            Response answer;
            try {
                answer = s.send(Request::patch(organizationRolePath(before.id), QJsonDocument(patch)), {404});
            } catch (const Failure &failure) {
                rethrowAfterRecheck(failure, [&] { checkRoleNameFree(s, b, name, before.id); });
            }
            if (answer.status == 404)
                throw Failure{organizationRoleNotFound(before.id)};
            const OrganizationRole after = role(answer.object(), b.tenantId());
            b.journalChange(QStringLiteral("organizationRole.update"), QStringLiteral("organizationRole"),
                            after.id, json::toJson(before), json::toJson(after));
            return after;
        });
    }

    Future<Done> removeRole(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<Done>([this, tenantId, roleId](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const OrganizationRole before = fetchRole(s, b, roleId);
            QJsonObject snapshot = json::toJson(before);
            snapshot.insert(QStringLiteral("scopeIds"),
                            QJsonArray::fromStringList(grantedScopeIds(s, roleId)));
            snapshot.insert(QStringLiteral("resourceScopeIds"),
                            QJsonArray::fromStringList(grantedResourceScopeIds(s, roleId)));
            deleteObject(s, organizationRolePath(roleId), organizationRoleNotFound(roleId));
            b.journalChange(QStringLiteral("organizationRole.delete"), QStringLiteral("organizationRole"),
                            roleId, snapshot, QJsonValue::Null);
            return Done{};
        });
    }

    Future<OrganizationRoleGrants> grants(const QString &tenantId, const QString &roleId) override
    {
        return m_backend.submit<OrganizationRoleGrants>([this, tenantId, roleId](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            fetchRole(s, b, roleId);
            OrganizationRoleGrants grants;
            for (const QJsonValue &v : s.getAll(organizationRolePath(roleId) + QStringLiteral("/scopes")))
                grants.organizationScopes.append(scope(v.toObject(), b.tenantId()));
            std::sort(grants.organizationScopes.begin(), grants.organizationScopes.end(),
                      [](const OrganizationScope &x, const OrganizationScope &y) {
                          const int c = x.name.compare(y.name, Qt::CaseInsensitive);
                          return c != 0 ? c < 0 : x.id < y.id;
                      });
            const QJsonArray resourceScopes =
                s.getAll(organizationRolePath(roleId) + QStringLiteral("/resource-scopes"));
            if (!resourceScopes.isEmpty()) {
                QHash<QString, Resource> resources;
                for (const QJsonValue &v : s.get(QStringLiteral("/api/resources")).array()) {
                    const Resource r = logto::resource(v.toObject(), b.tenantId());
                    resources.insert(r.id, r);
                }
                for (const QJsonValue &v : resourceScopes) {
                    const Scope sc = logto::scope(v.toObject(), b.tenantId());
                    const Resource r = resources.value(sc.resourceId);
                    grants.resourceScopes.append({sc, r.name, r.indicator});
                }
                std::sort(grants.resourceScopes.begin(), grants.resourceScopes.end(),
                          [](const GrantedScope &x, const GrantedScope &y) {
                              if (x.resourceName != y.resourceName)
                                  return x.resourceName < y.resourceName;
                              return x.scope.name != y.scope.name ? x.scope.name < y.scope.name
                                                                  : x.scope.id < y.scope.id;
                          });
            }
            return grants;
        });
    }

    Future<Done> setOrganizationScopes(const QString &tenantId, const QString &roleId,
                                       const QStringList &organizationScopeIds) override
    {
        return m_backend.submit<Done>([this, tenantId, roleId,
                                       ids = rules::distinct(organizationScopeIds)](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            fetchRole(s, b, roleId);
            if (!ids.isEmpty()) {
                QSet<QString> known;
                for (const OrganizationScope &sc : allScopes(s, b))
                    known.insert(sc.id);
                for (const QString &id : ids) {
                    if (!known.contains(id))
                        throw Failure{organizationScopeNotFound(id)};
                }
            }
            const QStringList before = grantedScopeIds(s, roleId);
            putIds(s, organizationRolePath(roleId) + QStringLiteral("/scopes"), "organizationScopeIds", ids);
            b.journalChange(QStringLiteral("organizationRole.scopes.set"), QStringLiteral("organizationRole"),
                            roleId,
                            QJsonObject{{QStringLiteral("scopeIds"), QJsonArray::fromStringList(before)}},
                            QJsonObject{{QStringLiteral("scopeIds"), sortedArray(ids)}});
            return Done{};
        });
    }

    Future<Done> setResourceScopes(const QString &tenantId, const QString &roleId,
                                   const QStringList &scopeIds) override
    {
        return m_backend.submit<Done>(
            [this, tenantId, roleId, ids = rules::distinct(scopeIds)](RemoteSession &s) {
                RemoteBackend &b = m_backend;
                requireTenant(b, tenantId);
                fetchRole(s, b, roleId);
                if (!ids.isEmpty()) {
                    const QHash<QString, Scope> found = findScopes(s, b, ids);
                    for (const QString &id : ids) {
                        if (!found.contains(id))
                            throw Failure{Error::notFound(rtr("Permission"), id)};
                    }
                }
                const QStringList before = grantedResourceScopeIds(s, roleId);
                putIds(s, organizationRolePath(roleId) + QStringLiteral("/resource-scopes"), "scopeIds", ids);
                b.journalChange(QStringLiteral("organizationRole.resourceScopes.set"),
                                QStringLiteral("organizationRole"), roleId,
                                QJsonObject{{QStringLiteral("scopeIds"), QJsonArray::fromStringList(before)}},
                                QJsonObject{{QStringLiteral("scopeIds"), sortedArray(ids)}});
                return Done{};
            });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<OrganizationTemplateApi> makeOrganizationTemplate(RemoteBackend &backend)
{
    return std::make_unique<RemoteOrganizationTemplate>(backend);
}

} // namespace gatehouse::remote
