#pragma once

#include "model/User.h"
#include "remote/RemoteSession.h"

#include <QStringList>

namespace gatehouse::remote::userapi {

// Requests shared by the RemoteUsers files. Worker-thread code only: each blocks on the session
// and throws Failure.

/// Logto's largest page.
inline constexpr int pageSize = 100;

QString userPath(const QString &id);
Error userNotFound(const QString &id);

/// GET /api/users/{id}; with `withMfaCount` also its MFA factors (mfaCount; one more request).
User fetchUser(RemoteSession &s, const QString &tenantId, const QString &id, bool withMfaCount);
/// GET /api/users/{id}/mfa-verifications, oldest first (404 → the user does not exist).
QList<MfaVerification> fetchMfa(RemoteSession &s, const QString &userId);
/// The ids of the user's roles, sorted (404 → the user does not exist).
QStringList roleIdsOf(RemoteSession &s, const QString &userId);

/// Throws Unsupported for a query Logto's user search cannot answer (filters, other sorts): it
/// is never emulated on this side.
void requireSupported(const UserQuery &query);

/// The list a query reads: /api/users, or /api/roles/{roleId}/users, with its search parameters
/// (`search=%text%`; for text that looks like a phone number also its digits against
/// primaryPhone, which Logto keeps as digits).
QString listPath(const UserQuery &query);
QUrlQuery listQuery(const UserQuery &query);
/// One page of that list (page from 1); Total-Number in Response::totalNumber. A missing role
/// throws NotFound naming it.
Response listPage(RemoteSession &s, const UserQuery &query, qint64 page, int size);

/// Throws AlreadyExists naming the field and the user that holds `u`'s username, email or phone
/// (one search request); returns when none is taken by a user other than `exceptId`.
void checkUnique(RemoteSession &s, const User &u, const QString &exceptId);

} // namespace gatehouse::remote::userapi
