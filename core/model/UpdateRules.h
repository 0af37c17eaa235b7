#pragma once

#include "backend/Error.h"
#include "model/Application.h"
#include "model/Organization.h"
#include "model/Resource.h"
#include "model/Role.h"
#include "model/SignInExperience.h"
#include "model/SsoConnector.h"
#include "model/Tenant.h"
#include "model/User.h"

#include <QList>
#include <QString>

// What every backend checks when an object is edited: the fields that never change once the
// object exists, and how a stale edit names the object. Pure functions, the same for SQLite,
// PostgreSQL and a Logto server.

namespace gatehouse::rules {

/// How a stale-edit message names the object: "Application \"Billing\"", "Role \"admin\"",
/// "The sign-in experience"… (a user without a username by its id).
QString title(const Tenant &tenant);
QString title(const Application &application);
QString title(const Resource &resource);
QString title(const Role &role);
QString title(const User &user);
QString title(const Organization &organization);
QString title(const OrganizationScope &scope);
QString title(const OrganizationRole &role);
QString title(const SsoConnector &connector);
QString title(const SignInExperience &experience);

/// Problems with an edit that changes what cannot change once the object exists: an
/// application's or role's type, an API resource's indicator, a connector's provider.
QList<FieldError> updateProblems(const Application &before, const Application &edit);
QList<FieldError> updateProblems(const Resource &before, const Resource &edit);
QList<FieldError> updateProblems(const Role &before, const Role &edit);
QList<FieldError> updateProblems(const OrganizationRole &before, const OrganizationRole &edit);
QList<FieldError> updateProblems(const SsoConnector &before, const SsoConnector &edit);

} // namespace gatehouse::rules
