#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::security {

/// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677 with PostgreSQL's
/// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" text form). Sending this instead
/// of the password means the password never travels in a statement the server might log.
QString scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations = 4096);
/// With a fresh random 16-byte salt.
QString scramSha256Verifier(const QString &password);

} // namespace gatehouse::security
