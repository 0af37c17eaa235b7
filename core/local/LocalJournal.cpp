#include "local/LocalJournal.h"

#include "journal/JournalChain.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"

#include <QJsonDocument>

namespace gatehouse::local {

namespace {
constexpr char journalColumns[] =
    "seq, at, operator, tenant_id, action, target_type, target_id, before_json, "
    "after_json, reason, prev_hash, hash";

QJsonValue parseStored(const QString &text)
{
    // Stored values are canonical JSON of any type; wrap to parse scalars too.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.operatorName = q.value(2).toString();
    e.tenantId = q.value(3).toString();
    e.action = q.value(4).toString();
    e.targetType = q.value(5).toString();
    e.targetId = q.value(6).toString();
    e.before = parseStored(q.value(7).toString());
    e.after = parseStored(q.value(8).toString());
    e.reason = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

JournalVerifyReport verifyChain(SqlSession &s)
{
    JournalVerifier verifier;
    QSqlQuery head = s.exec(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    const bool hasHead = head.next();
    const qint64 headSeq = hasHead ? head.value(0).toLongLong() : 0;
    const QString headHash = hasHead ? head.value(1).toString() : journalchain::genesisHash();
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(journalColumns) +
                         QStringLiteral(" FROM journal ORDER BY seq"));
    while (q.next())
        verifier.add(readEntry(q));
    JournalVerifyReport report = verifier.finish(headSeq, headHash);
    if (!hasHead)
        report.problems.prepend({0, QStringLiteral("edited"), ltr("The journal head record is missing.")});
    return report;
}
} // namespace

Future<QList<JournalEntry>> LocalJournal::list(const JournalQuery &query)
{
    return m_backend.submit<QList<JournalEntry>>([query](SqlSession &s) {
        // Filters are fixed SQL fragments; every value is bound.
        QString sql = QStringLiteral("SELECT ") + QLatin1String(journalColumns) +
                      QStringLiteral(" FROM journal WHERE 1 = 1");
        QVariantList binds;
        if (!query.tenantId.isEmpty()) {
            sql += QStringLiteral(" AND tenant_id = ?");
            binds << query.tenantId;
        }
        if (!query.targetId.isEmpty()) {
            sql += QStringLiteral(" AND target_id = ?");
            binds << query.targetId;
        }
        if (query.beforeSeq > 0) {
            sql += QStringLiteral(" AND seq < ?");
            binds << query.beforeSeq;
        }
        sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
        binds << qBound(1, query.limit, 10000);
        QSqlQuery q = s.exec(sql, binds);
        QList<JournalEntry> out;
        while (q.next())
            out.append(readEntry(q));
        return out;
    });
}

Future<JournalVerifyReport> LocalJournal::verify()
{
    return m_backend.submit<JournalVerifyReport>([](SqlSession &s) {
        // The head and the entries must come from the same state, or a write committed in
        // between by another connection looks like tampering.
        return s.snapshot([&s] { return verifyChain(s); });
    });
}

} // namespace gatehouse::local
