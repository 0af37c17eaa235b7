#include "FakeLogtoPasswords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <argon2.h>
#include <crypt.h>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>
#include <string>

namespace gatehouse::test::fakelogto {

namespace {
const QStringList algorithms{QStringLiteral("Argon2i"), QStringLiteral("Argon2id"), QStringLiteral("Argon2d"),
                             QStringLiteral("SHA1"),    QStringLiteral("SHA256"),   QStringLiteral("MD5"),
                             QStringLiteral("Bcrypt"),  QStringLiteral("Legacy")};

QByteArray hexOf(const EVP_MD *md, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length)).toHex();
}

bool sameHex(const QByteArray &computed, const QString &expected)
{
    return !computed.isEmpty() && computed == expected.toLatin1().toLower();
}

struct Legacy
{
    QString hash;
    QStringList args;
    QString expected;
};

std::optional<Legacy> parseLegacy(const QString &digest)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(digest.toUtf8(), &error);
    const QJsonArray a = doc.array();
    if (error.error != QJsonParseError::NoError || a.size() != 3 || !a[0].isString() || !a[1].isArray() ||
        !a[2].isString())
        return std::nullopt;
    Legacy l;
    l.hash = a[0].toString();
    for (const QJsonValue &v : a[1].toArray()) {
        if (!v.isString())
            return std::nullopt;
        l.args.append(v.toString());
    }
    l.expected = a[2].toString();
    if (!l.args.contains(QStringLiteral("@")))
        return std::nullopt;
    if (l.hash == QLatin1String("pbkdf2")) {
        bool iterationsOk = false;
        bool lengthOk = false;
        if (l.args.size() != 5 || l.args[4] != QLatin1String("@") || l.args[1].toInt(&iterationsOk) < 1 ||
            !iterationsOk || l.args[2].toInt(&lengthOk) < 1 || !lengthOk ||
            !EVP_get_digestbyname(l.args[3].toLatin1().constData()))
            return std::nullopt;
    } else if (!EVP_get_digestbyname(l.hash.toLatin1().constData())) {
        return std::nullopt;
    }
    return l;
}

bool legacyMatches(const QString &digest, const QByteArray &password)
{
    const auto l = parseLegacy(digest);
    if (!l)
        return false;
    if (l->hash == QLatin1String("pbkdf2")) {
        const QByteArray salt = l->args[0].toUtf8();
        QByteArray key(l->args[2].toInt(), Qt::Uninitialized);
        if (PKCS5_PBKDF2_HMAC(
                password.constData(), static_cast<int>(password.size()),
                reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                l->args[1].toInt(), EVP_get_digestbyname(l->args[3].toLatin1().constData()),
                static_cast<int>(key.size()), reinterpret_cast<unsigned char *>(key.data())) != 1)
            return false;
        return sameHex(key.toHex(), l->expected);
    }
    QByteArray input;
    for (const QString &arg : l->args)
        input += arg == QLatin1String("@") ? password : arg.toUtf8();
    return sameHex(hexOf(EVP_get_digestbyname(l->hash.toLatin1().constData()), input), l->expected);
}

bool argon2Matches(argon2_type type, const char *prefix, const QString &digest, const QByteArray &password)
{
    const QByteArray encoded = digest.toLatin1();
    return encoded.startsWith(prefix) &&
           argon2_verify(encoded.constData(), password.constData(), static_cast<size_t>(password.size()),
                         type) == ARGON2_OK;
}
} // namespace

bool isPasswordAlgorithm(const QString &name)
{
    return algorithms.contains(name); // case-sensitive, as Logto's enum
}

bool isLegacyDigest(const QString &digest)
{
    return parseLegacy(digest).has_value();
}

QString hashNewPassword(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    unsigned char salt[16];
    if (RAND_bytes(salt, sizeof salt) != 1)
        return {};
    constexpr uint32_t t = 1, m = 1024, p = 1;
    constexpr size_t hashLength = 32;
    std::string encoded(argon2_encodedlen(t, m, p, sizeof salt, hashLength, Argon2_i), '\0');
    if (argon2i_hash_encoded(t, m, p, pw.constData(), static_cast<size_t>(pw.size()), salt, sizeof salt,
                             hashLength, encoded.data(), encoded.size()) != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.c_str());
}

bool passwordMatches(const QString &algorithm, const QString &digest, const QString &password)
{
    const QByteArray pw = password.toUtf8();
    if (algorithm == QLatin1String("Argon2i"))
        return argon2Matches(Argon2_i, "$argon2i$", digest, pw);
    if (algorithm == QLatin1String("Argon2id"))
        return argon2Matches(Argon2_id, "$argon2id$", digest, pw);
    if (algorithm == QLatin1String("Argon2d"))
        return argon2Matches(Argon2_d, "$argon2d$", digest, pw);
    if (algorithm == QLatin1String("MD5"))
        return digest.size() == 32 && sameHex(hexOf(EVP_md5(), pw), digest);
    if (algorithm == QLatin1String("SHA1"))
        return digest.size() == 40 && sameHex(hexOf(EVP_sha1(), pw), digest);
    if (algorithm == QLatin1String("SHA256"))
        return digest.size() == 64 && sameHex(hexOf(EVP_sha256(), pw), digest);
    if (algorithm == QLatin1String("Bcrypt")) {
        // crypt(3) reads a C string: a password with a NUL byte would be checked only up to it.
        if (pw.contains('\0') || !digest.startsWith(QLatin1String("$2")))
            return false;
        auto data = std::make_unique<crypt_data>();
        const QByteArray setting = digest.toLatin1();
        const char *out = crypt_r(pw.constData(), setting.constData(), data.get());
        return out && out[0] != '*' && setting == out;
    }
    if (algorithm == QLatin1String("Legacy"))
        return legacyMatches(digest, pw);
    return false;
}

} // namespace gatehouse::test::fakelogto
