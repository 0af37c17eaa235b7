#pragma once

#include "backend/Error.h"
#include "model/Application.h"
#include "model/Resource.h"
#include "model/Role.h"
#include "model/Tenant.h"

namespace gatehouse::validation {

// Business rules for drafts and edits. Each returns every problem found (empty = valid), with
// field names as in Logto's JSON and messages a person can act on. Backends call these before
// writing; editors call them as the user types.

QList<FieldError> tenant(const Tenant &tenant);
QList<FieldError> application(const Application &app, TenantTag tenantTag);
QList<FieldError> resource(const Resource &resource);
QList<FieldError> scope(const Scope &scope);
QList<FieldError> role(const Role &role);
QList<FieldError> secretName(const QString &name);

/// Whether `host` is this machine by its form alone, without asking DNS: "localhost", or a
/// literal loopback address (127.0.0.0/8, ::1). "127.attacker.example", "localhost.attacker.example"
/// and "127.0.0.1.nip.io" are names anyone can point anywhere, so they are not.
bool isLoopbackHost(const QString &host);

/// One redirect (or post-logout redirect) URI. Empty string = valid.
/// Rules: absolute, no fragment; https anywhere; http only for loopback hosts unless the app is
/// Traditional in a development tenant; Native apps may also use a custom scheme
/// (com.example.app:/callback).
QString redirectUriProblem(const QString &uri, ApplicationType type, TenantTag tenantTag);
/// A CORS origin: scheme://host[:port] with nothing after it.
QString corsOriginProblem(const QString &origin);
/// An RFC 8707 resource indicator: an absolute URI without a fragment.
QString indicatorProblem(const QString &indicator);
/// A display name: not blank, at most `max` characters, no control characters or broken text.
QString textProblem(const QString &text, int max, bool required);

} // namespace gatehouse::validation
