#pragma once

#include "backend/Result.h"
#include "model/Application.h"
#include "model/Resource.h"
#include "model/Role.h"
#include "model/Tenant.h"

#include <QJsonObject>

namespace gatehouse::json {

// Conversions between core types and Logto's JSON shapes (field names as in the Management API).
// toJson never includes secrets unless the value is set (Application::secret,
// ApplicationSecret::value), which happens only for the one-time result of a create call.
// fromJson validates types, not business rules (see Validation.h); an error names the field.

QJsonObject toJson(const Tenant &tenant);
QJsonObject toJson(const Application &app);
QJsonObject toJson(const ApplicationSecret &secret);
/// What the journal keeps of a secret: its name, times and expiry, never its value or tail.
QJsonObject secretJournalForm(const ApplicationSecret &secret);
QJsonObject toJson(const Resource &resource);
QJsonObject toJson(const Scope &scope);
QJsonObject toJson(const Role &role);
QJsonObject toJson(const GrantedScope &granted);

Result<Application> applicationFromJson(const QJsonObject &o);
Result<Resource> resourceFromJson(const QJsonObject &o);
Result<Scope> scopeFromJson(const QJsonObject &o);
Result<Role> roleFromJson(const QJsonObject &o);

/// Journal form: like toJson, with every secret replaced by "[redacted]".
QJsonObject redacted(QJsonObject o);

} // namespace gatehouse::json
