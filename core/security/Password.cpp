#include "security/Password.h"

#include "security/Random.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <argon2.h>
#include <array>
#include <crypt.h>
#include <cstring>
#include <memory>
#include <openssl/evp.h>

namespace gatehouse::security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::security::Password", text);
}

constexpr std::array<std::pair<PasswordAlgorithm, const char *>, 8> algorithmNames{{
    {PasswordAlgorithm::Argon2i, "Argon2i"},
    {PasswordAlgorithm::Argon2id, "Argon2id"},
    {PasswordAlgorithm::Argon2d, "Argon2d"},
    {PasswordAlgorithm::SHA1, "SHA1"},
    {PasswordAlgorithm::SHA256, "SHA256"},
    {PasswordAlgorithm::MD5, "MD5"},
    {PasswordAlgorithm::Bcrypt, "Bcrypt"},
    {PasswordAlgorithm::Legacy, "Legacy"},
}};

Error malformed(const QString &message)
{
    return Error(ErrorCode::Validation, message, {}, {{QStringLiteral("passwordDigest"), message}});
}

bool isHex(const QString &text, qsizetype length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return (length < 0 || text.size() == length) && !text.isEmpty() && hex.match(text).hasMatch();
}

/// Hex digest of `data` with the named OpenSSL digest; empty if the name is unknown.
QByteArray digestHex(const char *name, const QByteArray &data)
{
    const EVP_MD *md = EVP_get_digestbyname(name);
    if (!md)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length)).toHex();
}

bool hexEquals(const QByteArray &computedHex, const QString &expectedHex)
{
    return constantTimeEquals(computedHex, expectedHex.toLatin1().toLower());
}

argon2_type argon2TypeFor(PasswordAlgorithm algorithm)
{
    switch (algorithm) {
    case PasswordAlgorithm::Argon2i:
        return Argon2_i;
    case PasswordAlgorithm::Argon2d:
        return Argon2_d;
    default:
        return Argon2_id;
    }
}

QString argon2Prefix(PasswordAlgorithm algorithm)
{
    switch (algorithm) {
    case PasswordAlgorithm::Argon2i:
        return QStringLiteral("$argon2i$");
    case PasswordAlgorithm::Argon2d:
        return QStringLiteral("$argon2d$");
    default:
        return QStringLiteral("$argon2id$");
    }
}

struct LegacyDigest
{
    QString hash;
    QStringList args;
    QString expected;
};

Result<LegacyDigest> parseLegacy(const QString &digest)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(digest.toUtf8(), &parseError);
    const QJsonArray a = doc.array();
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || a.size() != 3 || !a[0].isString() ||
        !a[1].isArray() || !a[2].isString())
        return malformed(
            tr("A Legacy digest must be a JSON array [\"<hash>\", [\"<arg>\", \"@\", …], \"<hex>\"]."));
    LegacyDigest d;
    d.hash = a[0].toString().toLower();
    for (const QJsonValue &v : a[1].toArray()) {
        if (!v.isString())
            return malformed(tr("Every argument of a Legacy digest must be a string."));
        d.args.append(v.toString());
    }
    d.expected = a[2].toString();
    if (!isHex(d.expected, -1))
        return malformed(tr("The expected hash of a Legacy digest must be hexadecimal."));
    if (!d.args.contains(QStringLiteral("@")))
        return malformed(tr("A Legacy digest must use \"@\" for the password in its arguments."));
    if (d.hash == QLatin1String("pbkdf2")) {
        if (d.args.size() != 5 || d.args[4] != QLatin1String("@"))
            return malformed(
                tr("A PBKDF2 digest needs the arguments [salt, iterations, keylen, digest, \"@\"]."));
        bool okIter = false, okLen = false;
        const qint64 iterations = d.args[1].toLongLong(&okIter);
        const qint64 keylen = d.args[2].toLongLong(&okLen);
        if (!okIter || iterations < 1 || !okLen || keylen < 1)
            return malformed(tr("PBKDF2 iterations and key length must be positive whole numbers."));
        if (iterations > digestlimits::pbkdf2Iterations || keylen > digestlimits::pbkdf2KeyBytes)
            return malformed(
                tr("PBKDF2 with %1 iterations and a %2-byte key is beyond what Gatehouse verifies "
                   "(at most %3 iterations and %4 bytes).")
                    .arg(iterations)
                    .arg(keylen)
                    .arg(digestlimits::pbkdf2Iterations)
                    .arg(digestlimits::pbkdf2KeyBytes));
        if (!EVP_get_digestbyname(d.args[3].toLatin1().constData()))
            return malformed(tr("Unknown PBKDF2 digest \"%1\".").arg(d.args[3]));
    } else if (!EVP_get_digestbyname(d.hash.toLatin1().constData())) {
        return malformed(tr("Unknown hash algorithm \"%1\" in a Legacy digest.").arg(d.hash));
    }
    return d;
}

Result<bool> verifyLegacy(const QString &password, const QString &digest)
{
    const Result<LegacyDigest> parsed = parseLegacy(digest);
    if (!parsed.ok())
        return parsed.error();
    const LegacyDigest &d = parsed.value();
    const QByteArray pw = password.toUtf8();
    if (d.hash == QLatin1String("pbkdf2")) {
        const QByteArray salt = d.args[0].toUtf8();
        const int iterations = d.args[1].toInt();
        const int keylen = d.args[2].toInt();
        const EVP_MD *md = EVP_get_digestbyname(d.args[3].toLatin1().constData());
        QByteArray out(keylen, Qt::Uninitialized);
        if (PKCS5_PBKDF2_HMAC(pw.constData(), static_cast<int>(pw.size()),
                              reinterpret_cast<const unsigned char *>(salt.constData()),
                              static_cast<int>(salt.size()), iterations, md, keylen,
                              reinterpret_cast<unsigned char *>(out.data())) != 1)
            return Error(ErrorCode::Internal, tr("PBKDF2 failed."));
        return hexEquals(out.toHex(), d.expected);
    }
    QByteArray input;
    for (const QString &arg : d.args)
        input += arg == QLatin1String("@") ? pw : arg.toUtf8();
    const QByteArray computed = digestHex(d.hash.toLatin1().constData(), input);
    if (computed.isEmpty())
        return Error(ErrorCode::Internal, tr("Hashing failed."));
    return hexEquals(computed, d.expected);
}
} // namespace

QString passwordAlgorithmName(PasswordAlgorithm algorithm)
{
    for (const auto &[value, name] : algorithmNames) {
        if (value == algorithm)
            return QLatin1String(name);
    }
    return {};
}

bool parsePasswordAlgorithm(const QString &name, PasswordAlgorithm *algorithm)
{
    for (const auto &[value, text] : algorithmNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *algorithm = value;
            return true;
        }
    }
    return false;
}

QString hashPassword(const QString &password, const Argon2Params &params)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray salt = randomBytes(16);
    constexpr size_t hashLength = 32;
    const size_t encodedLength = argon2_encodedlen(params.iterations, params.memoryKiB, params.parallelism,
                                                   static_cast<uint32_t>(salt.size()), hashLength, Argon2_id);
    std::string encoded(encodedLength, '\0');
    const int rc =
        argon2id_hash_encoded(params.iterations, params.memoryKiB, params.parallelism, pw.constData(),
                              static_cast<size_t>(pw.size()), salt.constData(),
                              static_cast<size_t>(salt.size()), hashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        qFatal("Argon2id hashing failed: %s", argon2_error_message(rc));
    return QString::fromLatin1(encoded.c_str());
}

QString digestProblem(PasswordAlgorithm algorithm, const QString &digest)
{
    if (digest.isEmpty())
        return tr("The password digest is empty.");
    switch (algorithm) {
    case PasswordAlgorithm::Argon2i:
    case PasswordAlgorithm::Argon2id:
    case PasswordAlgorithm::Argon2d: {
        static const QRegularExpression phc(
            QStringLiteral("^\\$argon2(i|d|id)\\$(?:v=\\d+\\$)?m=(\\d+),t=(\\d+),p=(\\d+)\\$[A-Za-z0-9+/"
                           "]+\\$[A-Za-z0-9+/]+$"));
        const QRegularExpressionMatch match = phc.match(digest);
        if (!digest.startsWith(argon2Prefix(algorithm)) || !match.hasMatch())
            return tr("Not an %1 PHC string (expected %2v=19$m=…,t=…,p=…$salt$hash).")
                .arg(passwordAlgorithmName(algorithm), argon2Prefix(algorithm));
        // Digits only, but as many as the file likes: read them without overflowing.
        bool okM = false, okT = false, okP = false;
        const quint64 memory = match.captured(2).toULongLong(&okM);
        const quint64 passes = match.captured(3).toULongLong(&okT);
        const quint64 lanes = match.captured(4).toULongLong(&okP);
        if (!okM || !okT || !okP || memory > digestlimits::argon2MemoryKiB ||
            passes > digestlimits::argon2Passes || lanes > digestlimits::argon2Lanes ||
            memory * passes > digestlimits::argon2MemoryPasses)
            return tr("Argon2 with m=%1 KiB, t=%2, p=%3 is beyond what Gatehouse verifies (at most m=%4 KiB, "
                      "t=%5, p=%6, and m×t at most %7).")
                .arg(match.captured(2), match.captured(3), match.captured(4))
                .arg(digestlimits::argon2MemoryKiB)
                .arg(digestlimits::argon2Passes)
                .arg(digestlimits::argon2Lanes)
                .arg(digestlimits::argon2MemoryPasses);
        return {};
    }
    case PasswordAlgorithm::Bcrypt: {
        static const QRegularExpression bcrypt(QStringLiteral("^\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}$"));
        if (!bcrypt.match(digest).hasMatch())
            return tr("Not a bcrypt hash (expected $2a$, $2b$ or $2y$, a two-digit cost and 53 characters).");
        const int cost = digest.mid(4, 2).toInt();
        if (cost < 4 || cost > digestlimits::bcryptCost)
            return tr("A bcrypt cost of %1 is outside what Gatehouse verifies (4 to %2).")
                .arg(cost)
                .arg(digestlimits::bcryptCost);
        return {};
    }
    case PasswordAlgorithm::SHA1:
        return isHex(digest, 40) ? QString() : tr("A SHA1 digest must be 40 hexadecimal characters.");
    case PasswordAlgorithm::SHA256:
        return isHex(digest, 64) ? QString() : tr("A SHA256 digest must be 64 hexadecimal characters.");
    case PasswordAlgorithm::MD5:
        return isHex(digest, 32) ? QString() : tr("An MD5 digest must be 32 hexadecimal characters.");
    case PasswordAlgorithm::Legacy: {
        const Result<LegacyDigest> parsed = parseLegacy(digest);
        return parsed.ok() ? QString() : parsed.error().message();
    }
    }
    return tr("Unknown password algorithm.");
}

Result<bool> verifyPassword(const QString &password, PasswordAlgorithm algorithm, const QString &digest)
{
    const QString problem = digestProblem(algorithm, digest);
    if (!problem.isEmpty())
        return malformed(problem);
    const QByteArray pw = password.toUtf8();
    switch (algorithm) {
    case PasswordAlgorithm::Argon2i:
    case PasswordAlgorithm::Argon2id:
    case PasswordAlgorithm::Argon2d: {
        const QByteArray encoded = digest.toLatin1();
        const int rc = argon2_verify(encoded.constData(), pw.constData(), static_cast<size_t>(pw.size()),
                                     argon2TypeFor(algorithm));
        if (rc == ARGON2_OK)
            return true;
        if (rc == ARGON2_VERIFY_MISMATCH)
            return false;
        return malformed(
            tr("The Argon2 digest cannot be used: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    case PasswordAlgorithm::Bcrypt: {
        // libxcrypt implements $2a$/$2b$/$2y$; crypt_r is reentrant with its own buffer. It reads
        // a C string: "abc\0anything" would pass for "abc". No bcrypt password holds a NUL byte.
        if (pw.contains('\0'))
            return false;
        auto data = std::make_unique<crypt_data>();
        std::memset(data.get(), 0, sizeof(crypt_data));
        const QByteArray setting = digest.toLatin1();
        const char *out = crypt_r(pw.constData(), setting.constData(), data.get());
        if (!out || out[0] == '*')
            return malformed(tr("The bcrypt digest cannot be used."));
        return constantTimeEquals(QByteArray(out), setting);
    }
    case PasswordAlgorithm::SHA1:
        return hexEquals(digestHex("sha1", pw), digest);
    case PasswordAlgorithm::SHA256:
        return hexEquals(digestHex("sha256", pw), digest);
    case PasswordAlgorithm::MD5:
        return hexEquals(digestHex("md5", pw), digest);
    case PasswordAlgorithm::Legacy:
        return verifyLegacy(password, digest);
    }
    return malformed(tr("Unknown password algorithm."));
}

} // namespace gatehouse::security
