#pragma once

#include "model/Application.h"
#include "model/Resource.h"
#include "model/Role.h"

#include <QJsonObject>

namespace gatehouse::remote::logto {

// What the Management API sends and takes, as core types. model/LogtoJson.h does the field
// work; this adds what only a server needs: versions derived from content (Logto keeps none),
// the connection's tenant id, secrets reduced to a masked tail, and request bodies that send
// only what changed. Readers throw Failure(Internal) for an object they cannot read.

Application application(const QJsonObject &o, const QString &tenantId);
Resource resource(const QJsonObject &o, const QString &tenantId);
Scope scope(const QJsonObject &o, const QString &tenantId);
Role role(const QJsonObject &o, const QString &tenantId);
/// A scope of GET /api/roles/{id}/scopes (with its "resource").
GrantedScope grantedScope(const QJsonObject &o, const QString &tenantId);
/// A secret as listed: the value reduced to "••••" and its last four characters.
ApplicationSecret maskedSecret(const QJsonObject &o);
/// A secret with its value (the answer to creating one).
ApplicationSecret secretWithValue(const QJsonObject &o);

/// The version of an object: a fingerprint of what Gatehouse shows of it.
qint64 versionOf(const Application &app);
qint64 versionOf(const Resource &resource);
qint64 versionOf(const Role &role);

/// POST /api/applications body.
QJsonObject applicationCreateBody(const Application &app);
/// PATCH /api/applications/{id} body with the fields that differ between `before` and `after`;
/// nested metadata objects start from the server's `current` JSON so that settings Gatehouse
/// does not know are sent back unchanged. Empty when nothing differs.
QJsonObject applicationPatch(const QJsonObject &current, const Application &before, const Application &after);
QJsonObject resourcePatch(const Resource &before, const Resource &after);
QJsonObject rolePatch(const Role &before, const Role &after);

/// The journal form of an application, as the local backend writes it (no secret value).
QJsonObject journalForm(const Application &app);

} // namespace gatehouse::remote::logto
