#include "policy/AccessJson.h"

namespace gatehouse::policy {

QJsonArray abilityNames(const QList<Ability> &abilities)
{
    QJsonArray out;
    for (Ability a : abilities)
        out.append(abilityName(a));
    return out;
}

QJsonObject toJson(const OperatorAccount &account)
{
    QJsonObject o{{QStringLiteral("name"), account.name},
                  {QStringLiteral("role"), consoleRoleName(account.role)},
                  {QStringLiteral("tenants"), QJsonArray::fromStringList(account.tenantIds)}};
    if (account.role == ConsoleRole::OrganizationAdmin) {
        o.insert(QStringLiteral("userTenantId"), account.userTenantId);
        o.insert(QStringLiteral("userId"), account.userId);
    }
    return o;
}

QJsonObject toJson(const OperatorIdentity &identity)
{
    const OperatorAccount &a = identity.account;
    QJsonObject o{{QStringLiteral("operator"), a.name},
                  {QStringLiteral("role"), consoleRoleName(a.role)},
                  {QStringLiteral("tenants"),
                   QJsonArray::fromStringList(
                       a.role == ConsoleRole::OrganizationAdmin ? QStringList{a.userTenantId} : a.tenantIds)},
                  {QStringLiteral("abilities"), abilityNames(abilitiesOf(a.role))},
                  {QStringLiteral("source"), identitySourceName(identity.source)}};
    if (!identity.declaredName.isEmpty())
        o.insert(QStringLiteral("declaredName"), identity.declaredName);
    if (identity.preview)
        o.insert(QStringLiteral("previewedBy"), identity.actingName);
    if (a.role == ConsoleRole::OrganizationAdmin)
        o.insert(QStringLiteral("userId"), a.userId);
    return o;
}

QJsonObject toJson(const DelegationPolicy &policy)
{
    QJsonObject permissions;
    for (auto it = policy.permissions.cbegin(); it != policy.permissions.cend(); ++it)
        permissions.insert(abilityName(it.key()), it.value());
    return {{QStringLiteral("tenantId"), policy.tenantId}, {QStringLiteral("permissions"), permissions}};
}

QJsonObject toJson(const OrganizationAdmin &admin)
{
    QJsonObject abilities;
    for (auto it = admin.abilities.cbegin(); it != admin.abilities.cend(); ++it)
        abilities.insert(abilityName(it.key()), QJsonArray::fromStringList(it.value()));
    return {{QStringLiteral("userId"), admin.userId},
            {QStringLiteral("username"), admin.username},
            {QStringLiteral("abilities"), abilities}};
}

} // namespace gatehouse::policy
