#include "journal/JournalChain.h"

#include "security/Random.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace gatehouse {

namespace journalchain {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

namespace {
QByteArray qtCompact(const QJsonValue &value)
{
    // QJsonDocument only serialises objects and arrays; wrap scalars in an array and strip it.
    QJsonArray wrapper{value};
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

/// Whether an object anywhere in `value` has a key outside ASCII. Only then can QJsonObject's own
/// key order differ from code point order: it sorts keys built with insert() by UTF-16 code units
/// but parsed ones by code point, so the same object could serialise two ways.
bool hasNonAsciiKey(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return hasNonAsciiKey(v); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (std::any_of(key.begin(), key.end(), [](QChar c) { return c.unicode() >= 0x80; }) ||
            hasNonAsciiKey(it.value()))
            return true;
    }
    return false;
}

/// Compact JSON with every object's keys in code point (UTF-8 byte) order; scalars as Qt writes
/// them.
void appendOrdered(QByteArray &out, const QJsonValue &value)
{
    if (value.isArray()) {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendOrdered(out, array.at(i));
        }
        out += ']';
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QList<QPair<QByteArray, QString>> keys;
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.append({it.key().toUtf8(), it.key()});
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            out += qtCompact(keys.at(i).second);
            out += ':';
            appendOrdered(out, object.value(keys.at(i).second));
        }
        out += '}';
    } else {
        out += qtCompact(value);
    }
}
} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    if (!hasNonAsciiKey(value))
        return qtCompact(value); // the same text, faster
    QByteArray out;
    appendOrdered(out, value);
    return out;
}

QByteArray canonicalForm(const JournalEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("at"), QJsonValue(static_cast<double>(e.at)));
    o.insert(QStringLiteral("operator"), e.operatorName);
    if (!e.declaredOperator.isEmpty()) // absent from entries written before it existed
        o.insert(QStringLiteral("declaredOperator"), e.declaredOperator);
    o.insert(QStringLiteral("tenantId"), e.tenantId);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("targetType"), e.targetType);
    o.insert(QStringLiteral("targetId"), e.targetId);
    o.insert(QStringLiteral("before"), e.before);
    o.insert(QStringLiteral("after"), e.after);
    o.insert(QStringLiteral("reason"), e.reason);
    o.insert(QStringLiteral("prevHash"), e.prevHash);
    return canonicalJson(o);
}

QString computeHash(const JournalEntry &entry)
{
    return security::sha256Hex(canonicalForm(entry));
}

QString sealCoverage(const JournalVerifyReport &r)
{
    if (!r.keyed)
        return r.limitation;
    const QString anchor =
        r.anchorSeq > 0 ? QCoreApplication::translate("gatehouse::journalchain", "entry %1").arg(r.anchorSeq)
                        : QCoreApplication::translate("gatehouse::journalchain", "none yet");
    return QCoreApplication::translate(
               "gatehouse::journalchain",
               "Seals: %1 entries checked with this machine's key, %2 sealed with keys "
               "held elsewhere (not checked), %3 unsealed; this machine's anchor: %4.")
        .arg(r.sealedChecked)
        .arg(r.sealedElsewhere)
        .arg(r.unsealed)
        .arg(anchor);
}

QString requestsSummary(const QJsonValue &intentAfter)
{
    QStringList parts;
    for (const QJsonValue &item : intentAfter.toObject().value(QLatin1String("requests")).toArray()) {
        const QJsonObject r = item.toObject();
        QString part = r.value(QLatin1String("method")).toString() + QLatin1Char(' ') +
                       r.value(QLatin1String("path")).toString();
        const int count = r.value(QLatin1String("count")).toInt(1);
        if (count > 1)
            part += QCoreApplication::translate("gatehouse::journalchain", " (%n requests)", nullptr, count);
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString outcomeSummary(const QJsonValue &outcomeAfter)
{
    const QJsonObject o = outcomeAfter.toObject();
    const struct
    {
        const char *key;
        const char *word;
    } kinds[] = {{"done", QT_TRANSLATE_NOOP("gatehouse::journalchain", "done")},
                 {"refused", QT_TRANSLATE_NOOP("gatehouse::journalchain", "refused")},
                 {"unknown", QT_TRANSLATE_NOOP("gatehouse::journalchain", "unknown")},
                 {"cancelled", QT_TRANSLATE_NOOP("gatehouse::journalchain", "cancelled")}};
    QStringList parts;
    int total = 0;
    for (const auto &kind : kinds)
        total += o.value(QLatin1String(kind.key)).toInt();
    for (const auto &kind : kinds) {
        const int n = o.value(QLatin1String(kind.key)).toInt();
        if (n == 0)
            continue;
        const QString word = QCoreApplication::translate("gatehouse::journalchain", kind.word);
        parts.append(total == 1 ? word : QStringLiteral("%1 %2").arg(n).arg(word));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (const int status = o.value(QLatin1String("status")).toInt(); status > 0)
        text += QStringLiteral(" (HTTP %1)").arg(status);
    if (const QString message = o.value(QLatin1String("message")).toString(); !message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

QString requestEntrySummary(const JournalEntry &e)
{
    if (e.targetType != requestTargetType())
        return {};
    if (e.action == requestIntentAction())
        return requestsSummary(e.after);
    if (e.action == requestOutcomeAction())
        return outcomeSummary(e.after);
    return {};
}

QString unfinishedNotice(const JournalVerifyReport &r)
{
    if (r.unfinishedCount == 0)
        return {};
    QStringList listed;
    for (const JournalUnfinished &u : r.unfinished)
        listed.append(QCoreApplication::translate("gatehouse::journalchain", "entry %1 by %2 at %3: %4")
                          .arg(u.seq)
                          .arg(u.operatorName,
                               QDateTime::fromMSecsSinceEpoch(u.at, Qt::UTC).toString(Qt::ISODate),
                               u.requests));
    QString text = QCoreApplication::translate(
                       "gatehouse::journalchain",
                       "%n request(s) to the server have no recorded outcome: the console stopped (or is "
                       "still waiting) after recording them, so the server may or may not have carried them "
                       "out. Check the objects on the server: ",
                       nullptr, int(r.unfinishedCount)) +
                   listed.join(QStringLiteral("; "));
    if (r.unfinishedCount > r.unfinished.size())
        text += QCoreApplication::translate("gatehouse::journalchain", "; and %1 more")
                    .arg(r.unfinishedCount - r.unfinished.size());
    return text + QLatin1Char('.');
}

} // namespace journalchain

void JournalVerifier::problem(qint64 seq, const QString &kind, const QString &message)
{
    if (m_report.problems.size() < maxProblems)
        m_report.problems.append({seq, kind, message});
}

void JournalVerifier::setSeal(const JournalSeal &seal)
{
    m_seal = seal;
    m_anchor = journalseal::readAnchor(seal.anchorPath);
}

void JournalVerifier::checkSeal(const JournalEntry &e)
{
    if (e.keyId.isEmpty()) {
        ++m_report.unsealed;
        if (m_sealingOperators.contains(e.operatorName))
            problem(e.seq, QStringLiteral("unsealed"),
                    QCoreApplication::translate("gatehouse::JournalVerifier",
                                                "Entry %1 (%2) by %3 is not sealed, although %3 sealed "
                                                "earlier entries: it was forged, or written by Gatehouse "
                                                "where %3's journal key was not available.")
                        .arg(e.seq)
                        .arg(e.action, e.operatorName));
        return;
    }
    m_sealingOperators.insert(e.operatorName);
    const auto key = m_seal.keys.constFind(e.keyId);
    if (key == m_seal.keys.cend()) {
        ++m_report.sealedElsewhere;
    } else if (security::constantTimeEquals(journalseal::macOf(key.value(), e.hash).toLatin1(),
                                            e.mac.toLatin1())) {
        ++m_report.sealedChecked;
    } else {
        problem(e.seq, QStringLiteral("forged"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "Entry %1 (%2) carries a seal of key %3 that does not hold: it "
                                            "was written, or the journal before it rewritten, without that "
                                            "key.")
                    .arg(e.seq)
                    .arg(e.action, e.keyId));
    }
}

void JournalVerifier::add(const JournalEntry &e)
{
    ++m_report.entries;
    if (m_anchor && e.seq == m_anchor->seq)
        m_anchoredHash = e.hash;
    checkSeal(e);
    if (e.seq > m_expectedSeq) {
        problem(
            m_expectedSeq, QStringLiteral("deleted"),
            e.seq - m_expectedSeq == 1
                ? QCoreApplication::translate("gatehouse::JournalVerifier", "Entry %1 was deleted.")
                      .arg(m_expectedSeq)
                : QCoreApplication::translate("gatehouse::JournalVerifier", "Entries %1 to %2 were deleted.")
                      .arg(m_expectedSeq)
                      .arg(e.seq - 1));
    } else if (e.seq < m_expectedSeq) {
        problem(e.seq, QStringLiteral("reordered"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "Entry %1 appears twice or out of order.")
                    .arg(e.seq));
    }
    const QString recomputed = journalchain::computeHash(e);
    if (recomputed != e.hash) {
        problem(e.seq, QStringLiteral("edited"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "Entry %1 (%2) was edited after it was written.")
                    .arg(e.seq)
                    .arg(e.action));
    } else if (e.prevHash != m_prevHash && e.seq <= m_expectedSeq) {
        // The numbering is continuous but the chain is not: rows were moved or renumbered,
        // or an entry was removed and the rest renumbered. Decided in finish().
        m_unlinked.append({e.seq, e.prevHash});
    }
    if (e.targetType == journalchain::requestTargetType()) {
        if (e.action == journalchain::requestIntentAction())
            m_openRequests.insert(e.targetId,
                                  {e.seq, e.at, e.operatorName, journalchain::requestsSummary(e.after)});
        else if (e.action == journalchain::requestOutcomeAction())
            m_openRequests.remove(e.targetId);
    }
    m_seenHashes.insert(e.hash);
    m_prevHash = e.hash;
    m_expectedSeq = e.seq + 1;
}

JournalVerifyReport JournalVerifier::finish(qint64 headSeq, const QString &headHash)
{
    for (const auto &[seq, prev] : std::as_const(m_unlinked)) {
        // The genesis hash counts as seen: an entry that claims to be the first but is stored
        // later was moved, not orphaned.
        if (m_seenHashes.contains(prev) || prev == journalchain::genesisHash())
            problem(seq, QStringLiteral("reordered"),
                    QCoreApplication::translate(
                        "gatehouse::JournalVerifier",
                        "Entry %1 is out of order: it does not follow the entry before it.")
                        .arg(seq));
        else
            problem(
                seq, QStringLiteral("deleted"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "The entry before entry %1 is missing (deleted and renumbered).")
                    .arg(seq));
    }
    const qint64 lastSeq = m_expectedSeq - 1;
    m_report.keyed = m_seal.keyed();
    m_report.limitation =
        m_report.keyed
            ? QString()
            : (m_seal.limitation.isEmpty()
                   ? QCoreApplication::translate("gatehouse::JournalVerifier",
                                                 "No journal key on this machine: only the unkeyed chain was "
                                                 "checked, which anyone who can write the database can "
                                                 "recompute.")
                   : m_seal.limitation);
    if (m_anchor) {
        m_report.anchorSeq = m_anchor->seq;
        if (m_anchoredHash.isEmpty())
            problem(
                m_anchor->seq, QStringLiteral("truncated"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "This machine sealed entry %1, but the journal has no entry %1 "
                                            "any more (it ends at %2): it was cut back or wiped.")
                    .arg(m_anchor->seq)
                    .arg(lastSeq));
        else if (m_anchoredHash != m_anchor->hash)
            problem(
                m_anchor->seq, QStringLiteral("rewritten"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "Entry %1 is not the entry this machine sealed: the journal up "
                                            "to it was rewritten.")
                    .arg(m_anchor->seq));
    }
    if (headSeq > lastSeq) {
        problem(lastSeq + 1, QStringLiteral("truncated"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "The journal ends at entry %1 but %2 entries were written.")
                    .arg(lastSeq)
                    .arg(headSeq));
    } else if (headSeq == lastSeq && lastSeq > 0 && headHash != m_prevHash) {
        problem(lastSeq, QStringLiteral("edited"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "The last entry (%1) does not match the recorded journal head.")
                    .arg(lastSeq));
    } else if (headSeq < lastSeq) {
        problem(headSeq + 1, QStringLiteral("edited"),
                QCoreApplication::translate("gatehouse::JournalVerifier",
                                            "Entries after %1 were added outside Gatehouse.")
                    .arg(headSeq));
    }
    std::sort(m_report.problems.begin(), m_report.problems.end(),
              [](const JournalProblem &a, const JournalProblem &b) { return a.seq < b.seq; });
    m_report.headHash = m_prevHash;
    QList<JournalUnfinished> unfinished = m_openRequests.values();
    std::sort(unfinished.begin(), unfinished.end(),
              [](const JournalUnfinished &a, const JournalUnfinished &b) { return a.seq < b.seq; });
    m_report.unfinishedCount = unfinished.size();
    m_report.unfinished = unfinished.mid(0, maxProblems);
    return m_report;
}

} // namespace gatehouse
