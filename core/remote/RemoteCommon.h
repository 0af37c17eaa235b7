#pragma once

#include "backend/Result.h"
#include "model/Tenant.h"
#include "remote/RemoteSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gatehouse::remote {

class RemoteBackend;

// Helpers shared by the Remote* area implementations. Worker-thread code only: each runs inside
// a job posted with RemoteBackend::submit and throws Failure.

inline QString rtr(const char *text)
{
    return QCoreApplication::translate("gatehouse::remote", text);
}

/// Throws Unavailable until RemoteBackend::open() has succeeded, NotFound unless `tenantId` is
/// the connection's tenant; returns the connection's tag.
TenantTag requireTenant(const RemoteBackend &backend, const QString &tenantId);

/// `text` percent-encoded for use as one path segment ("a/b c" → "a%2Fb%20c").
QString segment(const QString &text);

/// GETs one object; a 404 throws `notFound` instead of the server's generic text.
QJsonObject getObject(RemoteSession &session, const QString &path, const Error &notFound);

/// Sends a DELETE; a 404 throws `notFound`.
void deleteObject(RemoteSession &session, const QString &path, const Error &notFound);

/// A positive 63-bit number derived from SHA-256 of the canonical JSON of `content`: the
/// version of an object Logto keeps no version for. Equal content, equal version.
qint64 contentVersion(const QJsonObject &content);

/// For a write the server refused: someone may have taken the name or indicator between our own
/// check and the write. Runs `recheck` (which throws AlreadyExists naming the clash), else
/// rethrows `failure` as it was.
template <typename F>
[[noreturn]] void rethrowAfterRecheck(const Failure &failure, F recheck)
{
    const ErrorCode code = failure.error.code();
    if (code == ErrorCode::AlreadyExists || code == ErrorCode::Validation || code == ErrorCode::Conflict)
        recheck();
    throw failure;
}

} // namespace gatehouse::remote
