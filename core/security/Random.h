#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::security {

/// Cryptographically secure random bytes from OpenSSL (RAND_bytes). Aborts the process if the
/// CSPRNG fails: handing out a predictable id or secret is worse than stopping.
QByteArray randomBytes(int count);

/// Logto-style id: `length` characters from [0-9a-z], uniformly distributed (rejection sampling).
/// Logto uses 21 characters for applications, resources, roles and scopes; 12 for users,
/// organizations and tenants.
QString generateId(int length = 21);

/// A client secret: 32 random bytes, base64url without padding (43 characters).
QString generateSecret();

/// Lowercase hex SHA-256.
QString sha256Hex(const QByteArray &data);

/// Constant-time comparison of two byte strings (different lengths compare unequal).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// Frees what OpenSSL keeps for the calling thread. Call it last on a thread of ours that may
/// have hashed or drawn random bytes: otherwise that state is freed by the thread's own exit,
/// which can run after QThread::wait() returned and race with OpenSSL's clean-up at process exit.
void releaseThreadCryptoState();

} // namespace gatehouse::security
