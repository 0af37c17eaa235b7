#include "security/Random.h"

#include <QCryptographicHash>
#include <cstdio>
#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace gatehouse::security {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        std::fputs("gatehouse: the system random number generator failed\n", stderr);
        std::abort();
    }
    return bytes;
}

QString generateId(int length)
{
    static constexpr char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    constexpr int alphabetSize = 36;
    constexpr int limit = 256 - (256 % alphabetSize); // 252: bytes at or above are rejected
    QString id;
    id.reserve(length);
    while (id.size() < length) {
        const QByteArray chunk = randomBytes(length + 8);
        for (char c : chunk) {
            const int v = static_cast<unsigned char>(c);
            if (v >= limit)
                continue;
            id.append(QLatin1Char(alphabet[v % alphabetSize]));
            if (id.size() == length)
                break;
        }
    }
    return id;
}

QString generateSecret()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void releaseThreadCryptoState()
{
    OPENSSL_thread_stop();
}

} // namespace gatehouse::security
