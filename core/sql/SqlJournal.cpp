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
                           "after_json, reason, prev_hash, hash, declared_operator, key_id, mac";

/// A stored before/after value, and whether the stored text is exactly the canonical JSON of
/// that one value (what was hashed). Anything else — a second value after the first, other
/// spacing or key order, text that is not JSON — reads as null and is not canonical.
std::pair<QJsonValue, bool> parseStored(const QString &text)
{
    // Wrapped to parse scalars too; the wrapper must hold exactly one value.
    const QByteArray bytes = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + bytes + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return {QJsonValue(), false};
    const QJsonValue value = doc.array().first();
    return {value, journalchain::canonicalJson(value) == bytes};
}

/// The entry, and whether its stored values are exactly what its hash covers.
std::pair<JournalEntry, bool> readStored(const QSqlQuery &q)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.operatorName = q.value(2).toString();
    e.tenantId = q.value(3).toString();
    e.action = q.value(4).toString();
    e.targetType = q.value(5).toString();
    e.targetId = q.value(6).toString();
    bool beforeCanonical = false;
    bool afterCanonical = false;
    std::tie(e.before, beforeCanonical) = parseStored(q.value(7).toString());
    std::tie(e.after, afterCanonical) = parseStored(q.value(8).toString());
    e.reason = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    e.declaredOperator = q.value(12).toString();
    e.keyId = q.value(13).toString();
    e.mac = q.value(14).toString();
    return {e, beforeCanonical && afterCanonical};
}

JournalEntry readEntry(const QSqlQuery &q)
{
    return readStored(q).first;
}

JournalVerifyReport verifyChain(SqlSession &s)
{
    JournalVerifier verifier;
    verifier.setSeal(s.journalSeal());
    QSqlQuery head = s.exec(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    const bool hasHead = head.next();
    const qint64 headSeq = hasHead ? head.value(0).toLongLong() : 0;
    const QString headHash = hasHead ? head.value(1).toString() : journalchain::genesisHash();
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(columns) +
                         QStringLiteral(" FROM journal ORDER BY seq"));
    while (q.next()) {
        const auto [entry, canonical] = readStored(q);
        if (!canonical)
            verifier.flag(entry.seq, QStringLiteral("edited"),
                          tr("Entry %1 (%2) stores more or other data than its hash covers: its "
                             "before/after values were changed after it was written.")
                              .arg(entry.seq)
                              .arg(entry.action));
        verifier.add(entry);
    }
    JournalVerifyReport report = verifier.finish(headSeq, headHash);
    if (!hasHead)
        report.problems.prepend({0, QStringLiteral("edited"), tr("The journal head record is missing.")});
    return report;
}
} // namespace

QStringList declaredOperatorStatements()
{
    return {QStringLiteral("ALTER TABLE journal ADD COLUMN declared_operator TEXT NOT NULL DEFAULT ''")};
}

QStringList sealStatements()
{
    return {QStringLiteral("ALTER TABLE journal ADD COLUMN key_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE journal ADD COLUMN mac TEXT NOT NULL DEFAULT ''")};
}

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

void append(SqlSession &s, const QString &operatorName, const QString &declaredOperator,
            const JournalDraft &draft)
{
    // PostgreSQL: operators may not write the journal's tables; the workspace's functions lock
    // the head and append, and fill in the operator from the session's login (which is what
    // operatorName holds there), so the chain hashes the name the database records.
    const bool postgres = s.dialect() == Dialect::Postgres;
    QSqlQuery head =
        s.exec(postgres ? QStringLiteral("SELECT head_seq, head_hash FROM gatehouse_journal_head()")
                        : QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!head.next() || head.value(0).isNull())
        throw SqlSession::fail(ErrorCode::Internal, tr("The journal head record is missing."));
    JournalEntry e;
    e.seq = head.value(0).toLongLong() + 1;
    e.prevHash = head.value(1).toString();
    e.at = clock::nowMs();
    e.operatorName = operatorName;
    e.declaredOperator = declaredOperator;
    e.tenantId = draft.tenantId;
    e.action = draft.action;
    e.targetType = draft.targetType;
    e.targetId = draft.targetId;
    e.before = draft.before;
    e.after = draft.after;
    e.reason = draft.reason;
    e.hash = journalchain::computeHash(e);
    const JournalSeal &seal = s.journalSeal();
    if (seal.keyed()) {
        e.keyId = seal.signing.id;
        e.mac = journalseal::macOf(seal.signing.secret, e.hash);
        if (!seal.anchorPath.isEmpty())
            s.setPendingAnchor({e.seq, e.hash});
    }
    const QString before = QString::fromUtf8(journalchain::canonicalJson(e.before));
    const QString after = QString::fromUtf8(journalchain::canonicalJson(e.after));
    if (postgres) {
        s.exec(QStringLiteral("SELECT gatehouse_journal_append(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
               {e.seq, e.at, e.declaredOperator, e.tenantId, e.action, e.targetType, e.targetId, before,
                after, e.reason, e.prevHash, e.hash, e.keyId, e.mac});
        return;
    }
    s.exec(QStringLiteral("INSERT INTO journal (") + QLatin1String(columns) +
               QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
           {e.seq, e.at, e.operatorName, e.tenantId, e.action, e.targetType, e.targetId, before, after,
            e.reason, e.prevHash, e.hash, e.declaredOperator, e.keyId, e.mac});
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
    if (!query.withRequests) {
        sql += QStringLiteral(" AND target_type <> ?");
        binds << journalchain::requestTargetType();
    }
    if (!query.operatorName.isEmpty()) {
        sql += QStringLiteral(" AND (operator = ? OR declared_operator = ?)");
        binds << query.operatorName << query.operatorName;
    }
    if (query.action.endsWith(QLatin1Char('.'))) {
        // A prefix: LIKE with its wildcards escaped, so "user_x." matches only itself.
        QString pattern = query.action;
        pattern.replace(QLatin1Char('!'), QStringLiteral("!!"))
            .replace(QLatin1Char('%'), QStringLiteral("!%"))
            .replace(QLatin1Char('_'), QStringLiteral("!_"));
        sql += QStringLiteral(" AND action LIKE ? ESCAPE '!'");
        binds << QString(pattern + QLatin1Char('%'));
    } else if (!query.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << query.action;
    }
    if (!query.targetType.isEmpty()) {
        sql += QStringLiteral(" AND target_type = ?");
        binds << query.targetType;
    }
    if (query.since > 0) {
        sql += QStringLiteral(" AND at >= ?");
        binds << query.since;
    }
    if (query.until > 0) {
        sql += QStringLiteral(" AND at < ?");
        binds << query.until;
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
