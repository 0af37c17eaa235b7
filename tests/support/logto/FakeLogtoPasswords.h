#pragma once

#include <QString>

// The fake server's own handling of passwords, written from the formats' definitions (Logto's
// user-migration guide, the PHC string format, crypt(3)) on top of libargon2, OpenSSL and
// libcrypt directly. It shares no code with the product's security/Password.cpp, so a mistake
// there cannot pass on both sides of a test; tst_fakelogto checks it against known answers.
namespace gatehouse::test::fakelogto {

/// Whether `name` is one of Logto's passwordAlgorithm values, spelled exactly as Logto's enum
/// does (Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy): "md5" is not one.
bool isPasswordAlgorithm(const QString &name);

/// Whether a Legacy digest has Logto's shape: a JSON array ["<hash>", ["<arg>", …], "<hex>"]
/// whose arguments are strings and contain "@", with a hash Node's crypto knows, or
/// ["pbkdf2", [salt, iterations, keylen, digest, "@"], "<hex>"].
bool isLegacyDigest(const QString &digest);

/// The digest this server stores for a password set through the API: Argon2i, as Logto does
/// (cheap parameters: this is a test server).
QString hashNewPassword(const QString &password);

/// Whether `password` matches a stored digest of `algorithm`. Unknown algorithms and malformed
/// digests never match.
bool passwordMatches(const QString &algorithm, const QString &digest, const QString &password);

} // namespace gatehouse::test::fakelogto
