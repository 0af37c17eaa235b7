#include "journal/JournalSeal.h"

#include "security/Random.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QStandardPaths>

namespace gatehouse::journalseal {

namespace {
constexpr int secretBytes = 32;
constexpr qint64 maxAnchorFileBytes = 4096;
} // namespace

JournalKey generateKey()
{
    JournalKey key;
    key.secret = security::randomBytes(secretBytes);
    key.id = keyIdOf(key.secret);
    return key;
}

QString keyIdOf(const QByteArray &secret)
{
    return security::sha256Hex(QByteArrayLiteral("gatehouse journal key id\n") + secret).left(16);
}

QString macOf(const QByteArray &secret, const QString &entryHash)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
                                   QByteArrayLiteral("gatehouse journal entry\n") + entryHash.toLatin1(),
                                   secret, QCryptographicHash::Sha256)
                                   .toHex());
}

QString encodeKeys(const JournalSeal &seal)
{
    QJsonObject keys;
    for (auto it = seal.keys.begin(); it != seal.keys.end(); ++it)
        keys.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QJsonObject value{{QStringLiteral("signing"), seal.signing.id}, {QStringLiteral("keys"), keys}};
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

std::optional<JournalSeal> decodeKeys(const QString &value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    JournalSeal seal;
    const QJsonObject keys = object.value(QStringLiteral("keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QByteArray secret = QByteArray::fromBase64(it.value().toString().toLatin1());
        // A key whose id does not match its secret is not ours to trust.
        if (secret.size() != secretBytes || keyIdOf(secret) != it.key())
            return std::nullopt;
        seal.keys.insert(it.key(), secret);
    }
    const QString signing = object.value(QStringLiteral("signing")).toString();
    if (!seal.keys.contains(signing))
        return std::nullopt;
    seal.signing = {signing, seal.keys.value(signing)};
    return seal;
}

QString anchorPathFor(const QString &account)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + QStringLiteral("/journal-anchors/") + security::sha256Hex(account.toUtf8()).left(32) +
           QStringLiteral(".json");
}

std::optional<JournalAnchor> readAnchor(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(maxAnchorFileBytes)).object();
    const QString hash = object.value(QStringLiteral("hash")).toString();
    const qint64 seq = object.value(QStringLiteral("seq")).toInteger(-1);
    if (seq <= 0 || hash.size() != 64)
        return std::nullopt;
    return JournalAnchor{seq, hash};
}

bool writeAnchor(const QString &path, const JournalAnchor &anchor)
{
    if (path.isEmpty())
        return false;
    if (const std::optional<JournalAnchor> stored = readAnchor(path); stored && stored->seq > anchor.seq)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!privatefiles::openForWriting(file))
        return false;
    const QJsonObject object{{QStringLiteral("seq"), static_cast<double>(anchor.seq)},
                             {QStringLiteral("hash"), anchor.hash}};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace gatehouse::journalseal
