#pragma once

#include "backend/Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse::security {

/// Logto's passwordAlgorithm values, spelled as in the Management API.
enum class PasswordAlgorithm { Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy };

QString passwordAlgorithmName(PasswordAlgorithm algorithm);
bool parsePasswordAlgorithm(const QString &name, PasswordAlgorithm *algorithm);

/// Argon2id cost for new passwords: 64 MiB, 3 passes, 1 lane (≈ 60–100 ms on the reference
/// 2-core machine; the benchmark prints the measured time).
struct Argon2Params
{
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 1;
};

/// Hashes a new password with Argon2id into a PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash)
/// with a 16-byte CSPRNG salt. Slow on purpose; never call it on the UI thread.
QString hashPassword(const QString &password, const Argon2Params &params = {});

/// The costs Gatehouse verifies. A digest that asks for more — by mistake or to tie up the
/// console (an imported `$2b$31$…` would take days) — is refused at import with these numbers;
/// each bounds one verification to a few seconds and about 1 GiB.
namespace digestlimits {
inline constexpr quint64 argon2MemoryKiB = 1024 * 1024; ///< 1 GiB
inline constexpr quint64 argon2Passes = 64;
inline constexpr quint64 argon2Lanes = 16;
inline constexpr quint64 argon2MemoryPasses = 4ULL * 1024 * 1024; ///< m × t in KiB passes
inline constexpr int bcryptCost = 16;
inline constexpr qint64 pbkdf2Iterations = 5000000;
inline constexpr qint64 pbkdf2KeyBytes = 1024;
} // namespace digestlimits

/// Checks that a digest is well-formed for its algorithm (import validation), without a password.
/// Costs beyond digestlimits are problems too.
/// Returns an empty string when it is, else a message naming what is wrong.
QString digestProblem(PasswordAlgorithm algorithm, const QString &digest);

/// Verifies `password` against a stored digest in any format Logto accepts:
///  - Argon2i/Argon2id/Argon2d: PHC strings (libargon2);
///  - Bcrypt: $2a$/$2b$/$2y$ (libxcrypt);
///  - SHA1/SHA256/MD5: lowercase or uppercase hex of the hash of the UTF-8 password;
///  - Legacy: ["<node hash>", ["<arg>", "@", …], "<hex>"] — the arguments concatenated with "@"
///    replaced by the password, hashed with the named OpenSSL/Node digest; or
///    ["pbkdf2", ["<salt>", "<iterations>", "<keylen>", "<digest>", "@"], "<hex>"].
/// Comparisons are constant-time. Returns false for a wrong password; an Error (Validation)
/// for a malformed digest or an unknown hash name.
Result<bool> verifyPassword(const QString &password, PasswordAlgorithm algorithm, const QString &digest);

} // namespace gatehouse::security
