#pragma once

#include "policy/Access.h"

#include <QJsonArray>
#include <QJsonObject>

// JSON forms of the access types, for the journal and the command line's --json output.

namespace gatehouse::policy {

QJsonObject toJson(const OperatorAccount &account);
/// {"operator", "role", "tenants", "abilities", "source", …}: whoami's answer.
QJsonObject toJson(const OperatorIdentity &identity);
/// {"tenantId", "permissions": {ability: organizationScopeId}}.
QJsonObject toJson(const DelegationPolicy &policy);
QJsonObject toJson(const OrganizationAdmin &admin);
QJsonArray abilityNames(const QList<Ability> &abilities);

} // namespace gatehouse::policy
