#pragma once

#include "journal/JournalEntry.h"
#include "journal/JournalSeal.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace gatehouse {

/// The hash chain behind the journal, independent of storage.
///
/// Each entry's hash is SHA-256 over its canonical form: compact JSON with sorted keys of
/// {at, operator, tenantId, action, targetType, targetId, before, after, reason, prevHash}, plus
/// declaredOperator when the entry has one.
/// `seq` is deliberately not hashed: order is protected by the chain (prevHash), so renumbered
/// or swapped rows show up as "reordered", removed rows as "deleted", changed rows as "edited".
namespace journalchain {
QString genesisHash(); ///< 64 zeros: the prevHash of entry 1
QByteArray canonicalForm(const JournalEntry &entry);
QString computeHash(const JournalEntry &entry);
/// Compact JSON, every object's keys in code point order however it was built (QJsonObject's own
/// order depends on that), used for before/after storage.
QByteArray canonicalJson(const QJsonValue &value);
/// One sentence on how far a verification could check seals: the report's limitation when this
/// machine holds no key, else how many entries were checked with it and how many could not be.
QString sealCoverage(const JournalVerifyReport &report);

/// Requests to a Logto server are journaled twice: an intent before the first byte is sent and
/// an outcome after the answer, both with target type "request" and the same target id. An
/// intent without its outcome means the server may or may not have acted.
inline QString requestTargetType()
{
    return QStringLiteral("request");
}
inline QString requestIntentAction()
{
    return QStringLiteral("request.intent");
}
inline QString requestOutcomeAction()
{
    return QStringLiteral("request.outcome");
}
/// "PATCH /api/users/abc" or "POST /api/users (37 requests)" from an intent entry's `after`.
QString requestsSummary(const QJsonValue &intentAfter);
/// "done (HTTP 200)", "refused: …", "2 done, 1 unknown" from an outcome entry's `after`.
QString outcomeSummary(const QJsonValue &outcomeAfter);
/// What a request entry is about, for lists: the requests of an intent, the outcome of an
/// outcome; empty for any other entry.
QString requestEntrySummary(const JournalEntry &entry);
/// A paragraph on the report's unfinished requests for a person (empty when there are none).
QString unfinishedNotice(const JournalVerifyReport &report);
} // namespace journalchain

/// Feeds entries in stored order (ascending seq) and reports where the chain breaks.
/// Memory grows with the number of entries only by one hash each (for reorder detection).
class JournalVerifier
{
public:
    /// Checks seals with `seal`'s keys and the chain against its anchor (read from anchorPath
    /// now). Without a call, or with an empty seal, only the unkeyed chain is checked.
    void setSeal(const JournalSeal &seal);
    void add(const JournalEntry &entry);
    /// A problem found by the caller (a stored value that is not what was hashed).
    void flag(qint64 seq, const QString &kind, const QString &message) { problem(seq, kind, message); }
    /// `headSeq`/`headHash` are the workspace's record of the last appended entry.
    JournalVerifyReport finish(qint64 headSeq, const QString &headHash);

private:
    void problem(qint64 seq, const QString &kind, const QString &message);
    void checkSeal(const JournalEntry &entry);

    JournalVerifyReport m_report;
    qint64 m_expectedSeq = 1;
    QString m_prevHash = journalchain::genesisHash();
    QSet<QString> m_seenHashes;
    QList<std::pair<qint64, QString>> m_unlinked; ///< (seq, prevHash) whose prevHash did not match
    JournalSeal m_seal;
    std::optional<JournalAnchor> m_anchor;
    QString m_anchoredHash;           ///< the hash stored at the anchor's sequence, when it was seen
    QSet<QString> m_sealingOperators; ///< operators with a sealed entry so far
    QHash<QString, JournalUnfinished> m_openRequests; ///< intents without an outcome yet, by id
    static constexpr int maxProblems = 100;
};

} // namespace gatehouse
