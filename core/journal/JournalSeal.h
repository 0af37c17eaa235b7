#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace gatehouse {

/// A secret that seals journal entries. It lives outside the database (the OS keychain of the
/// operator who writes), so someone who can rewrite the database cannot forge a seal.
struct JournalKey
{
    QString id;        ///< keyIdOf(secret): public, stored with every entry it seals
    QByteArray secret; ///< 32 random bytes
};

/// An entry as this machine last sealed it: kept outside the database, it shows when the journal
/// was cut back, wiped or rewritten up to that entry.
struct JournalAnchor
{
    qint64 seq = 0;
    QString hash;
};

/// What a workspace's journal is sealed and verified with on this machine (see JournalChain.h):
///
/// - every entry this operator appends carries `mac` = HMAC-SHA256(signing key, entry hash) and
///   the key's id. The entry hash covers the previous hash, so a seal vouches for the whole chain
///   up to its entry; rewriting anything before it (even re-hashing every later entry) breaks it;
/// - `keys` verify the entries sealed with them; entries sealed with keys held elsewhere (other
///   operators of a shared PostgreSQL workspace) are counted, not checked;
/// - `anchorPath` records the last entry sealed here (sequence and hash), so truncation,
///   wiping and rewriting are found even when they remove every sealed entry.
///
/// An empty seal (no key: no keychain on this machine) keeps the unkeyed chain only, and the
/// verification report says so (`limitation`).
struct JournalSeal
{
    JournalKey signing;
    QHash<QString, QByteArray> keys; ///< id → secret, the signing key included
    QString anchorPath;
    QString limitation; ///< why there is no key, for the report; empty when there is one

    bool keyed() const { return !signing.id.isEmpty(); }
};

namespace journalseal {
/// A fresh key (random secret and its id).
JournalKey generateKey();
/// The public id of a key: 16 hex digits derived from the secret.
QString keyIdOf(const QByteArray &secret);
/// Hex HMAC-SHA256 of an entry's hash under `secret`.
QString macOf(const QByteArray &secret, const QString &entryHash);

/// The keychain value holding a workspace's keys on this machine, and back (nullopt when it is
/// not one): {"signing": id, "keys": {id: base64 secret, …}}.
QString encodeKeys(const JournalSeal &seal);
std::optional<JournalSeal> decodeKeys(const QString &value);

/// Where this machine keeps the anchor of the workspace or connection with keychain account
/// `account`: <AppData>/journal-anchors/<hash of account>.json.
QString anchorPathFor(const QString &account);
/// The anchor stored at `path`; nullopt when there is none (or it does not parse).
std::optional<JournalAnchor> readAnchor(const QString &path);
/// Replaces the anchor at `path` (0600, written whole or not at all). An anchor never moves
/// back: a lower sequence than the stored one is ignored. False when it cannot be written.
bool writeAnchor(const QString &path, const JournalAnchor &anchor);
} // namespace journalseal

} // namespace gatehouse
