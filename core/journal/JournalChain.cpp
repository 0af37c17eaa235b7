#include "journal/JournalChain.h"

#include "security/Random.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace journalchain {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonicalJson(const QJsonValue &value)
{
    // QJsonDocument only serialises objects and arrays; wrap scalars in an array and strip it.
    QJsonArray wrapper{value};
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
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
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString computeHash(const JournalEntry &entry)
{
    return security::sha256Hex(canonicalForm(entry));
}

} // namespace journalchain

void JournalVerifier::problem(qint64 seq, const QString &kind, const QString &message)
{
    if (m_report.problems.size() < maxProblems)
        m_report.problems.append({seq, kind, message});
}

void JournalVerifier::add(const JournalEntry &e)
{
    ++m_report.entries;
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
    return m_report;
}

} // namespace gatehouse
