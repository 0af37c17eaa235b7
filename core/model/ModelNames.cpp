#include "model/Application.h"
#include "model/Role.h"
#include "model/Tenant.h"

#include <array>
#include <utility>

namespace gatehouse {

namespace {
template <typename E, size_t N>
bool lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &name, E *out)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1String(text)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QLatin1String(text);
    }
    return {};
}

constexpr std::array<std::pair<TenantTag, const char *>, 2> tenantTags{{
    {TenantTag::Development, "development"},
    {TenantTag::Production, "production"},
}};

constexpr std::array<std::pair<ApplicationType, const char *>, 6> applicationTypes{{
    {ApplicationType::Native, "Native"},
    {ApplicationType::SPA, "SPA"},
    {ApplicationType::Traditional, "Traditional"},
    {ApplicationType::MachineToMachine, "MachineToMachine"},
    {ApplicationType::Protected, "Protected"},
    {ApplicationType::SAML, "SAML"},
}};

constexpr std::array<std::pair<RoleType, const char *>, 2> roleTypes{{
    {RoleType::User, "User"},
    {RoleType::MachineToMachine, "MachineToMachine"},
}};
} // namespace

QString tenantTagName(TenantTag tag)
{
    return nameOf(tenantTags, tag);
}

bool parseTenantTag(const QString &name, TenantTag *tag)
{
    return lookup(tenantTags, name, tag);
}

QString applicationTypeName(ApplicationType type)
{
    return nameOf(applicationTypes, type);
}

bool parseApplicationType(const QString &name, ApplicationType *type)
{
    return lookup(applicationTypes, name, type);
}

QList<ApplicationType> allApplicationTypes()
{
    QList<ApplicationType> types;
    for (const auto &entry : applicationTypes)
        types.append(entry.first);
    return types;
}

bool applicationTypeHasSecrets(ApplicationType type)
{
    return type == ApplicationType::MachineToMachine || type == ApplicationType::Traditional ||
           type == ApplicationType::Protected;
}

bool applicationTypeUsesRedirects(ApplicationType type)
{
    return type == ApplicationType::Native || type == ApplicationType::SPA ||
           type == ApplicationType::Traditional;
}

QString roleTypeName(RoleType type)
{
    return nameOf(roleTypes, type);
}

bool parseRoleType(const QString &name, RoleType *type)
{
    return lookup(roleTypes, name, type);
}

} // namespace gatehouse
