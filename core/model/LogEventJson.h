#pragma once

#include "backend/Result.h"
#include "model/LogEvent.h"

#include <QJsonObject>

namespace gatehouse::json {

/// An event from Logto's JSON (`GET /api/logs` element): id, key, payload (result required),
/// createdAt. The lifted fields come from the payload: userId, applicationId, sessionId, ip,
/// userAgent, and the organization from payload.organizationId or params.organization_id.
Result<LogEvent> logEventFromJson(const QJsonObject &o);

/// The event in Logto's shape (id, key, payload, createdAt): what an export writes.
QJsonObject toJson(const LogEvent &event);

} // namespace gatehouse::json
