// Operators, console roles and the delegation policy of a workspace. On PostgreSQL each
// operator is also a database login whose privileges the database enforces (PostgresAccess.h).
#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/PostgresAccess.h"
#include "policy/AccessJson.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gatehouse::local {

namespace {
using namespace policy;

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::local::access", text);
}

/// One row of `operators`, without its tenants (see readTenants()).
OperatorAccount readOperator(const QSqlQuery &q)
{
    OperatorAccount a;
    a.name = q.value(0).toString();
    parseConsoleRole(q.value(1).toString(), &a.role);
    a.userTenantId = q.value(2).toString();
    a.userId = q.value(3).toString();
    a.createdAt = q.value(4).toLongLong();
    a.version = q.value(5).toLongLong();
    return a;
}

/// Fills the operator's tenants. A query of its own: call it only after the rows of the query
/// that read the operators are all read (a PostgreSQL connection fetches one result at a time).
void readTenants(SqlSession &s, OperatorAccount &a)
{
    QSqlQuery t = s.exec(QStringLiteral("SELECT tenant_id FROM operator_tenants WHERE operator_name = ? "
                                        "ORDER BY tenant_id"),
                         {a.name});
    while (t.next())
        a.tenantIds.append(t.value(0).toString());
}

constexpr char operatorColumns[] = "name, role, user_tenant_id, user_id, created_at, version";

std::optional<OperatorAccount> findOperator(SqlSession &s, const QString &name)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(operatorColumns) +
                             QStringLiteral(" FROM operators WHERE name = ?"),
                         {name});
    if (!q.next())
        return std::nullopt;
    OperatorAccount a = readOperator(q);
    q.finish();
    readTenants(s, a);
    return a;
}

OperatorAccount requireOperator(SqlSession &s, const QString &name)
{
    auto found = findOperator(s, name);
    if (!found)
        throw Failure{Error::notFound(tr("Operator"), name)};
    return *found;
}

/// The rules an operator record follows, whatever the storage.
void checkOperator(SqlSession &s, const OperatorAccount &a)
{
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    QList<FieldError> errors;
    if (!nameRule.match(a.name).hasMatch())
        errors.append(
            {QStringLiteral("name"),
             tr("must start with a letter or _ and use only letters, digits and _ . @ - (at most 63)")});
    if (a.role == ConsoleRole::OrganizationAdmin) {
        if (a.userTenantId.isEmpty() || a.userId.isEmpty())
            errors.append({QStringLiteral("userId"),
                           tr("An organization admin is a user of a tenant: name the tenant and the user.")});
        if (!a.tenantIds.isEmpty())
            errors.append(
                {QStringLiteral("tenants"), tr("An organization admin's tenant is the one of their user.")});
    }
    throwIfInvalid(errors);
    for (const QString &tenantId : a.tenantIds)
        requireTenant(s, tenantId);
    if (a.role == ConsoleRole::OrganizationAdmin) {
        requireTenant(s, a.userTenantId);
        s.requireRow(QStringLiteral("SELECT 1 FROM users WHERE tenant_id = ? AND id = ?"),
                     {a.userTenantId, a.userId}, tr("User"), a.userId);
    }
}

void writeTenants(SqlSession &s, const OperatorAccount &a)
{
    s.exec(QStringLiteral("DELETE FROM operator_tenants WHERE operator_name = ?"), {a.name});
    for (const QString &tenantId : a.tenantIds)
        s.exec(QStringLiteral("INSERT INTO operator_tenants (operator_name, tenant_id) VALUES (?, ?)"),
               {a.name, tenantId});
}

DelegationPolicy readPolicy(SqlSession &s, const QString &tenantId)
{
    DelegationPolicy policy;
    policy.tenantId = tenantId;
    QSqlQuery q = s.exec(QStringLiteral("SELECT ability, organization_scope_id FROM delegation_permissions "
                                        "WHERE tenant_id = ? ORDER BY ability"),
                         {tenantId});
    while (q.next()) {
        Ability ability;
        if (parseAbility(q.value(0).toString(), &ability))
            policy.permissions.insert(ability, q.value(1).toString());
    }
    return policy;
}

/// ability → role names, for `userId`'s roles in one organization (or every organization).
struct HeldThrough
{
    QString organizationId;
    QString organizationName;
    QString userId;
    QString username;
    QString roleId;
    QString roleName;
};

class LocalAccess final : public AccessControlApi
{
public:
    explicit LocalAccess(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<OperatorIdentity> whoami() override
    {
        const QString declared = m_backend.declaredOperator();
        const QString established = m_backend.operatorName();
        return m_backend.submit<OperatorIdentity>([declared, established](SqlSession &s) {
            OperatorIdentity identity;
            identity.account.name = established;
            identity.account.role = ConsoleRole::Owner;
            if (s.dialect() == Dialect::Sqlite) {
                // A file is its OS account's: that account is the owner.
                identity.source = declared.isEmpty() ? IdentitySource::OsAccount : IdentitySource::Declared;
                identity.declaredName = declared;
                return identity;
            }
            identity.source = IdentitySource::DatabaseLogin;
            const postgres::Login login = postgres::currentLogin(s);
            identity.account.name = login.name;
            if (login.ownsWorkspace)
                return identity;
            const auto account = findOperator(s, login.name);
            if (!account)
                throw Failure{
                    Error(ErrorCode::Forbidden,
                          tr("The login %1 is not an operator of this workspace. An owner adds operators "
                             "with \"gatehouse-cli operator add\".")
                              .arg(login.name),
                          QStringLiteral("operator"))};
            identity.account = *account;
            return identity;
        });
    }

    Future<QList<OperatorAccount>> operators() override
    {
        return m_backend.submit<QList<OperatorAccount>>([](SqlSession &s) {
            return s.snapshot([&] {
                QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(operatorColumns) +
                                     QStringLiteral(" FROM operators ORDER BY name"));
                QList<OperatorAccount> out;
                while (q.next())
                    out.append(readOperator(q));
                q.finish();
                for (OperatorAccount &a : out)
                    readTenants(s, a);
                return out;
            });
        });
    }

    Future<OperatorAccount> addOperator(const OperatorAccount &draft, const QString &password) override
    {
        return m_backend.submit<OperatorAccount>([draft, password](SqlSession &s) {
            OperatorAccount a = draft;
            a.name = a.name.trimmed();
            return s.write([&] {
                checkOperator(s, a);
                if (findOperator(s, a.name))
                    throwExists(tr("An operator named %1 already exists.").arg(a.name));
                a.createdAt = clock::nowMs();
                a.version = 1;
                s.exec(
                    QStringLiteral("INSERT INTO operators (name, role, user_tenant_id, user_id, created_at, "
                                   "version) VALUES (?,?,?,?,?,1)"),
                    {a.name, consoleRoleName(a.role), a.userTenantId, a.userId, a.createdAt});
                writeTenants(s, a);
                if (s.dialect() == Dialect::Postgres)
                    postgres::grantLogin(s, a, password);
                s.journal({}, QStringLiteral("operator.add"), QStringLiteral("operator"), a.name,
                          QJsonValue::Null, toJson(a));
                return a;
            });
        });
    }

    Future<OperatorAccount> updateOperator(const OperatorAccount &account) override
    {
        return m_backend.submit<OperatorAccount>([account](SqlSession &s) {
            return s.write([&] {
                const OperatorAccount before = requireOperator(s, account.name);
                throwIfStale(account.version, before.version, tr("Operator %1").arg(before.name));
                OperatorAccount after = account;
                after.createdAt = before.createdAt;
                after.version = before.version + 1;
                checkOperator(s, after);
                s.exec(QStringLiteral(
                           "UPDATE operators SET role = ?, user_tenant_id = ?, user_id = ?, version = ? "
                           "WHERE name = ? AND version = ?"),
                       {consoleRoleName(after.role), after.userTenantId, after.userId, after.version,
                        after.name, before.version});
                writeTenants(s, after);
                if (s.dialect() == Dialect::Postgres)
                    postgres::regrantLogin(s, before, after);
                s.journal({}, QStringLiteral("operator.update"), QStringLiteral("operator"), after.name,
                          toJson(before), toJson(after));
                return after;
            });
        });
    }

    Future<Done> removeOperator(const QString &name) override
    {
        return m_backend.submit<Done>([name](SqlSession &s) {
            s.write([&] {
                const OperatorAccount before = requireOperator(s, name);
                s.exec(QStringLiteral("DELETE FROM operators WHERE name = ?"), {name});
                if (s.dialect() == Dialect::Postgres)
                    postgres::revokeLogin(s, before);
                s.journal({}, QStringLiteral("operator.remove"), QStringLiteral("operator"), name,
                          toJson(before), QJsonValue::Null);
            });
            return Done{};
        });
    }

    Future<DelegationPolicy> delegation(const QString &tenantId) override
    {
        return m_backend.submit<DelegationPolicy>([tenantId](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                return readPolicy(s, tenantId);
            });
        });
    }

    Future<DelegationPolicy> setDelegation(const QString &tenantId, Ability ability,
                                           const QString &organizationScopeId) override
    {
        return m_backend.submit<DelegationPolicy>([tenantId, ability, organizationScopeId](SqlSession &s) {
            if (!isDelegable(ability))
                throwIfInvalid({{QStringLiteral("ability"),
                                 tr("%1 is not an ability organization admins can be lent; these can: %2")
                                     .arg(abilityName(ability), delegableNames())}});
            return s.write([&] {
                requireTenant(s, tenantId);
                const DelegationPolicy before = readPolicy(s, tenantId);
                if (!organizationScopeId.isEmpty())
                    s.requireRow(
                        QStringLiteral("SELECT 1 FROM organization_scopes WHERE tenant_id = ? AND id = ?"),
                        {tenantId, organizationScopeId}, tr("Organization permission"), organizationScopeId);
                s.exec(
                    QStringLiteral("DELETE FROM delegation_permissions WHERE tenant_id = ? AND ability = ?"),
                    {tenantId, abilityName(ability)});
                if (!organizationScopeId.isEmpty())
                    s.exec(QStringLiteral("INSERT INTO delegation_permissions (tenant_id, ability, "
                                          "organization_scope_id) VALUES (?,?,?)"),
                           {tenantId, abilityName(ability), organizationScopeId});
                const DelegationPolicy after = readPolicy(s, tenantId);
                s.journal(tenantId, QStringLiteral("delegation.set"), QStringLiteral("delegation"),
                          abilityName(ability), toJson(before), toJson(after));
                return after;
            });
        });
    }

    Future<QList<OrganizationAdmin>> organizationAdmins(const QString &tenantId,
                                                        const QString &organizationId) override
    {
        return m_backend.submit<QList<OrganizationAdmin>>([tenantId, organizationId](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                s.requireRow(QStringLiteral("SELECT 1 FROM organizations WHERE tenant_id = ? AND id = ?"),
                             {tenantId, organizationId}, tr("Organization"), organizationId);
                QMap<QString, OrganizationAdmin> admins; // by user id
                for (const auto &[ability, held] : heldAbilities(s, tenantId, organizationId, {})) {
                    OrganizationAdmin &admin = admins[held.userId];
                    admin.userId = held.userId;
                    admin.username = held.username;
                    QStringList &roles = admin.abilities[ability];
                    if (!roles.contains(held.roleName))
                        roles.append(held.roleName);
                }
                QList<OrganizationAdmin> out = admins.values();
                for (OrganizationAdmin &a : out) {
                    for (QStringList &roles : a.abilities)
                        roles.sort();
                }
                std::sort(out.begin(), out.end(), [](const OrganizationAdmin &a, const OrganizationAdmin &b) {
                    return a.username.compare(b.username, Qt::CaseInsensitive) < 0;
                });
                return out;
            });
        });
    }

    Future<QList<AdminGrant>> adminGrants(const QString &tenantId, const QString &userId) override
    {
        return m_backend.submit<QList<AdminGrant>>([tenantId, userId](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                QMap<QString, AdminGrant> grants; // by organization id
                for (const auto &[ability, held] : heldAbilities(s, tenantId, {}, userId)) {
                    AdminGrant &g = grants[held.organizationId];
                    g.organizationId = held.organizationId;
                    g.organizationName = held.organizationName;
                    QStringList &roles = g.abilities[ability];
                    if (!roles.contains(held.roleName))
                        roles.append(held.roleName);
                }
                for (AdminGrant &g : grants) {
                    QSqlQuery p =
                        s.exec(QStringLiteral(
                                   "SELECT DISTINCT rs.organization_scope_id FROM organization_user_roles ur "
                                   "JOIN organization_role_scopes rs ON rs.organization_role_id = "
                                   "ur.organization_role_id WHERE ur.organization_id = ? AND ur.user_id = ? "
                                   "ORDER BY 1"),
                               {g.organizationId, userId});
                    while (p.next())
                        g.permissionIds.append(p.value(0).toString());
                    QSqlQuery r =
                        s.exec(QStringLiteral(
                                   "SELECT DISTINCT rs.scope_id FROM organization_user_roles ur "
                                   "JOIN organization_role_resource_scopes rs ON rs.organization_role_id = "
                                   "ur.organization_role_id WHERE ur.organization_id = ? AND ur.user_id = ? "
                                   "ORDER BY 1"),
                               {g.organizationId, userId});
                    while (r.next())
                        g.resourceScopeIds.append(r.value(0).toString());
                    for (QStringList &roles : g.abilities)
                        roles.sort();
                }
                QList<AdminGrant> out = grants.values();
                std::sort(out.begin(), out.end(), [](const AdminGrant &a, const AdminGrant &b) {
                    return a.organizationName.compare(b.organizationName, Qt::CaseInsensitive) < 0;
                });
                return out;
            });
        });
    }

private:
    static QString delegableNames()
    {
        QStringList names;
        for (Ability a : delegableAbilities())
            names.append(abilityName(a));
        return names.join(QStringLiteral(", "));
    }

    /// Every (ability, member, role) the delegation policy lends in the tenant: through a role
    /// that grants the ability's organization permission. Narrowed to one organization and/or one
    /// user when given.
    static QList<std::pair<Ability, HeldThrough>> heldAbilities(SqlSession &s, const QString &tenantId,
                                                                const QString &organizationId,
                                                                const QString &userId)
    {
        QString sql = QStringLiteral(
            "SELECT dp.ability, o.id, o.name, u.id, u.username, u.primary_email, r.id, r.name "
            "FROM delegation_permissions dp "
            "JOIN organization_role_scopes rs ON rs.organization_scope_id = dp.organization_scope_id "
            "JOIN organization_roles r ON r.id = rs.organization_role_id "
            "JOIN organization_user_roles ur ON ur.organization_role_id = r.id "
            "JOIN organizations o ON o.id = ur.organization_id "
            "JOIN users u ON u.id = ur.user_id "
            "WHERE dp.tenant_id = ?");
        QVariantList binds{tenantId};
        if (!organizationId.isEmpty()) {
            sql += QStringLiteral(" AND ur.organization_id = ?");
            binds << organizationId;
        }
        if (!userId.isEmpty()) {
            sql += QStringLiteral(" AND ur.user_id = ?");
            binds << userId;
        }
        sql += QStringLiteral(" ORDER BY o.id, u.id, dp.ability, r.name");
        QSqlQuery q = s.exec(sql, binds);
        QList<std::pair<Ability, HeldThrough>> out;
        while (q.next()) {
            Ability ability;
            if (!parseAbility(q.value(0).toString(), &ability))
                continue;
            HeldThrough h;
            h.organizationId = q.value(1).toString();
            h.organizationName = q.value(2).toString();
            h.userId = q.value(3).toString();
            const QString username = q.value(4).toString();
            h.username = !username.isEmpty() ? username : q.value(5).toString();
            if (h.username.isEmpty())
                h.username = h.userId;
            h.roleId = q.value(6).toString();
            h.roleName = q.value(7).toString();
            out.append({ability, h});
        }
        return out;
    }

    LocalBackend &m_backend;
};
} // namespace

std::unique_ptr<AccessControlApi> makeAccess(LocalBackend &backend)
{
    return std::make_unique<LocalAccess>(backend);
}

} // namespace gatehouse::local
