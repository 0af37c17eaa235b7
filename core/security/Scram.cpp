#include "security/Scram.h"

#include "security/Random.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace gatehouse::security {

namespace {
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()), out,
         &length);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}
} // namespace

QString scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations)
{
    // PostgreSQL applies SASLprep to the password; for the ASCII and already-normalized passwords
    // operators type, the UTF-8 bytes are what it hashes.
    const QByteArray pw = password.normalized(QString::NormalizationForm_KC).toUtf8();
    unsigned char salted[SHA256_DIGEST_LENGTH];
    PKCS5_PBKDF2_HMAC(pw.constData(), static_cast<int>(pw.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      static_cast<int>(salt.size()), iterations, EVP_sha256(), sizeof salted, salted);
    const QByteArray saltedPassword(reinterpret_cast<const char *>(salted), sizeof salted);
    const QByteArray clientKey = hmacSha256(saltedPassword, QByteArrayLiteral("Client Key"));
    unsigned char stored[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(clientKey.constData()),
           static_cast<size_t>(clientKey.size()), stored);
    const QByteArray storedKey(reinterpret_cast<const char *>(stored), sizeof stored);
    const QByteArray serverKey = hmacSha256(saltedPassword, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString scramSha256Verifier(const QString &password)
{
    return scramSha256Verifier(password, randomBytes(16));
}

} // namespace gatehouse::security
