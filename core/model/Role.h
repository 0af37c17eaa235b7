#pragma once

#include "model/Resource.h"

#include <QString>

namespace gatehouse {

/// User roles are assigned to users; MachineToMachine roles to M2M applications.
enum class RoleType { User, MachineToMachine };

QString roleTypeName(RoleType type); ///< "User" / "MachineToMachine" as in Logto
bool parseRoleType(const QString &name, RoleType *type);

struct Role
{
    QString id;
    QString tenantId;
    QString name;
    QString description;
    RoleType type = RoleType::User;
    bool isDefault = false; ///< default roles go to new users (User roles only)
    qint64 createdAt = 0;
    qint64 version = 0;
};

/// A scope granted to a role, with the resource it belongs to (for display).
struct GrantedScope
{
    Scope scope;
    QString resourceName;
    QString resourceIndicator;
};

} // namespace gatehouse
