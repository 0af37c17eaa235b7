#include "sql/SqlJournal.h"

#include "journal/JournalChain.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::sql::journal {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::sql::journal", text);
}

constexpr char columns[] = "seq, at, operator, tenant_id, action, target_type, target_id, before_json, "
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
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(columns) +
                         QStringLiteral(" FROM journal ORDER BY seq"));
    while (q.next())
        verifier.add(readEntry(q));
    JournalVerifyReport report = verifier.finish(headSeq, headHash);
    if (!hasHead)
        report.problems.prepend({0, QStringLiteral("edited"), tr("The journal head record is missing.")});
    return report;
}
} // namespace

QStringList schemaStatements()
{
    // No foreign keys on purpose: entries outlive what they describe.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS journal ("
                       " seq BIGINT PRIMARY KEY,"
                       " at BIGINT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target_type TEXT NOT NULL,"
                       " target_id TEXT NOT NULL,"
                       " before_json TEXT NOT NULL,"
                       " after_json TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_tenant ON journal (tenant_id, seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_target ON journal (target_id, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS journal_head ("
                       " id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO journal_head (id, seq, hash) SELECT 1, 0, '%1' "
                       "WHERE NOT EXISTS (SELECT 1 FROM journal_head)")
            .arg(journalchain::genesisHash()),
    };
}

void append(SqlSession &s, const QString &operatorName, const JournalDraft &draft)
{
    const QString lock = s.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    QSqlQuery head = s.exec(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1") + lock);
    if (!head.next())
        throw SqlSession::fail(ErrorCode::Internal, tr("The journal head record is missing."));
    JournalEntry e;
    e.seq = head.value(0).toLongLong() + 1;
    e.prevHash = head.value(1).toString();
    e.at = clock::nowMs();
    e.operatorName = operatorName;
    e.tenantId = draft.tenantId;
    e.action = draft.action;
    e.targetType = draft.targetType;
    e.targetId = draft.targetId;
    e.before = draft.before;
    e.after = draft.after;
    e.reason = draft.reason;
    e.hash = journalchain::computeHash(e);
    s.exec(QStringLiteral("INSERT INTO journal (") + QLatin1String(columns) +
               QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
           {e.seq, e.at, e.operatorName, e.tenantId, e.action, e.targetType, e.targetId,
            QString::fromUtf8(journalchain::canonicalJson(e.before)),
            QString::fromUtf8(journalchain::canonicalJson(e.after)), e.reason, e.prevHash, e.hash});
    s.exec(QStringLiteral("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1"), {e.seq, e.hash});
}

QList<JournalEntry> list(SqlSession &s, const JournalQuery &query)
{
    // Filters are fixed SQL fragments; every value is bound.
    QString sql =
        QStringLiteral("SELECT ") + QLatin1String(columns) + QStringLiteral(" FROM journal WHERE 1 = 1");
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
}

JournalVerifyReport verify(SqlSession &s)
{
    // The head and the entries must come from the same state, or a write committed in between by
    // another connection looks like tampering.
    return s.snapshot([&s] { return verifyChain(s); });
}

} // namespace gatehouse::sql::journal
