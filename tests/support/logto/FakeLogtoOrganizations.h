#pragma once

// Helpers shared by the fake's organization endpoints (FakeLogtoApiOrganization*.cpp,
// FakeLogtoApiInvitations.cpp). Call them with state.mutex held.

#include "FakeLogtoState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace gatehouse::test {

// Installers called by installOrganizationsApi (FakeLogtoApiOrganizationMembers.cpp).
void installOrganizationMembersApi(FakeLogto &fake, FakeLogto::State &state);
void installOrganizationApplicationsApi(FakeLogto &fake, FakeLogto::State &state);
void installOrganizationJitApi(FakeLogto &fake, FakeLogto::State &state);

} // namespace gatehouse::test

namespace gatehouse::test::fakelogto {

/// 422 for a relation to an id that does not exist (Logto's foreign-key answer).
HttpResponse foreignKeyNotFound();
/// 422 organization.require_membership: the user is not a member of the organization.
HttpResponse requireMembership();
/// 422 entity.unique_integrity_violation (a unique value is taken).
HttpResponse uniqueViolation();

/// The string array `key` of `body`; nullopt and *error when it is missing or not strings.
std::optional<QStringList> stringList(const QJsonObject &body, const char *key, QString *error);

/// {id, name} of organization roles, by name.
QJsonArray organizationRoleRefs(const FakeLogto::State &s, const QSet<QString> &roleIds);
/// Full organization roles (tenantId, id, name, description, type), by name.
QJsonArray organizationRoleObjects(const FakeLogto::State &s, const QSet<QString> &roleIds);

/// Checks that every id names an organization role of `type` ("User" / "MachineToMachine", empty
/// = any): 422 otherwise. nullopt when all are fine.
std::optional<HttpResponse> checkOrganizationRoles(const FakeLogto::State &s, const QStringList &ids,
                                                   const QString &type);

/// True when `text` contains `pattern` as SQL `ilike '%pattern%'` would see it (% and _ are
/// wildcards, \ escapes): what Logto's `q` parameters do.
bool ilikeContains(const QString &text, const QString &pattern);

} // namespace gatehouse::test::fakelogto
