#include "local/UserSql.h"

#include "local/LocalCommon.h"
#include "model/UserValidation.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gatehouse::local::usersql {

namespace {
QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

/// LIKE pattern for a substring, with the escape character '\'.
QString likeSubstring(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// FTS5 phrase: the text in double quotes, inner quotes doubled.
QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The distinct trigrams (three code points each) of `text`, in order of appearance.
QStringList trigrams(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QStringList result;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const QString t = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
        if (!result.contains(t))
            result.append(t);
    }
    return result;
}

/// The runs of letters and digits in `text` (pg_trgm's words), in order.
QStringList wordRuns(const QString &text)
{
    QStringList runs;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i).isLetterOrNumber())
            continue;
        if (i > start)
            runs << text.mid(start, i - start);
        start = i + 1;
    }
    return runs;
}

qsizetype digitCount(const QString &text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

/// PostgreSQL: the part of a search the trigram index is asked for, or the whole search. A GIN
/// scan reads the list of every trigram of its pattern in full, and the trigrams nearly every
/// user has ("com", "ail", "exa") cost far more than the rest: for an email address the person
/// part finds the candidates (its run with the most digits, else its longest run of letters and
/// digits), as does a long run with digits in a username ("trent_396750" → "396750"). The whole
/// search is then checked on the candidates.
QString indexedPart(const QString &search)
{
    const qsizetype at = search.indexOf(QLatin1Char('@'));
    const bool email = at >= 3;
    QString best;
    qsizetype bestDigits = -1;
    for (const QString &part : wordRuns(email ? search.left(at) : search)) {
        if (part.size() < 3)
            continue;
        const qsizetype digits = digitCount(part);
        if (digits > bestDigits || (digits == bestDigits && part.size() > best.size())) {
            best = part;
            bestDigits = digits;
        }
    }
    if (best.isEmpty() || best == search)
        return search;
    if (email || (best.size() >= 6 && bestDigits >= 3))
        return best;
    return search;
}

/// PostgreSQL: the LIKE pattern the trigram index is asked for when indexedPart() found nothing
/// better than the whole search. pg_trgm reads a space or other separator in a pattern as the
/// edge of a word and adds the padded trigrams of that edge ("  0", " 05"), which short groups of
/// digits share with most phone numbers: "055 5064" reads hundreds of index pages. With the runs
/// joined by wildcards ("%055%5064%") only the runs' own trigrams are looked up. For searches of
/// several runs with three or more digits (phone and date fragments); others keep their pattern.
QString indexedPattern(const QString &search)
{
    const QStringList runs = wordRuns(search);
    const bool hasTrigram =
        std::any_of(runs.begin(), runs.end(), [](const QString &run) { return run.size() >= 3; });
    // A run of three is needed for a trigram at all (without one the index would be read whole).
    if (runs.size() < 2 || digitCount(search) < 3 || !hasTrigram)
        return likeSubstring(search);
    return QLatin1Char('%') + runs.join(QLatin1Char('%')) + QLatin1Char('%'); // letters and digits only
}

/// The fields a search looks in: gh_contains's haystacks (a match never spans two of them).
constexpr char searchedFields[] = "u.id, u.username, u.primary_email, u.primary_phone, u.name";

constexpr int trigramsConsidered = 48; // trigrams looked up (a long search gains nothing from more)

/// What users_trigram_stats says of one search's trigrams, looked up once per page: the planner
/// and the index path both use it.
struct TrigramStatistics
{
    bool looked = false;
    bool known = false;          ///< false when the table is empty (a workspace that never imported)
    QHash<QString, qint64> docs; ///< users holding each trigram (a trigram it does not list is absent)
};

/// Fills `stats` for the search's first trigrams unless that was done already.
const TrigramStatistics &trigramDocs(SqlSession &s, const QStringList &grams, TrigramStatistics *stats)
{
    if (stats->looked)
        return *stats;
    stats->looked = true;
    QHash<QString, qint64> &docs = stats->docs;
    if (grams.isEmpty())
        return *stats;
    // One placeholder per trigram; the SQL text depends only on how many there are.
    QString sql = QStringLiteral("SELECT term, docs FROM users_trigram_stats WHERE term IN (?");
    QVariantList binds{grams.first()};
    for (qsizetype i = 1; i < grams.size(); ++i) {
        sql += QStringLiteral(", ?");
        binds << grams.at(i);
    }
    sql += QLatin1Char(')');
    QSqlQuery q = s.exec(sql, binds);
    while (q.next())
        docs.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!docs.isEmpty()) {
        stats->known = true;
    } else {
        QSqlQuery any = s.exec(QStringLiteral("SELECT 1 FROM users_trigram_stats LIMIT 1"));
        stats->known = any.next();
    }
    return *stats;
}

/// The FTS5 query for a search of three or more characters. A phrase of all its trigrams is
/// exact but reads every trigram's posting list, which for common ones ("com", "@gm") is most of
/// the table. When users_trigram_stats knows how many rows hold each trigram, ask for the rarest
/// ones only (their intersection is small) and let the caller verify the substring on those
/// rows. Returns the MATCH text; *needsCheck tells whether the caller must verify.
QString ftsQuery(SqlSession &s, const QString &search, bool *needsCheck, TrigramStatistics *stats)
{
    constexpr int used = 3; // trigrams asked of the index
    *needsCheck = false;
    QStringList grams = trigrams(search);
    if (grams.size() <= used)
        return ftsPhrase(search);
    grams = grams.mid(0, trigramsConsidered);
    const TrigramStatistics &statistics = trigramDocs(s, grams, stats);
    if (!statistics.known)
        return ftsPhrase(search);
    const QHash<QString, qint64> &docs = statistics.docs;
    // Unknown trigrams (0) first: they are the rarest there are.
    std::stable_sort(grams.begin(), grams.end(),
                     [&docs](const QString &a, const QString &b) { return docs.value(a) < docs.value(b); });
    QStringList parts;
    for (qsizetype i = 0; i < used; ++i)
        parts << ftsPhrase(grams.at(i));
    *needsCheck = true;
    return parts.join(QStringLiteral(" AND "));
}

/// The walk's plan: whether to walk, and how many rows it may visit before the index takes over.
struct WalkPlan
{
    bool walk = false;
    qint64 rows = 0;
};

/// Weighs the two paths of a search page (see findPage). The rarest trigram's user count bounds
/// the matches from above, but a search of several trigrams matches far fewer users than its
/// rarest trigram when the others are not held by the same users ("uma_9806450": every digit
/// trigram is held by 51,000 of ten million users, the whole text by one). The matches are
/// estimated as the rarest count times the square root of the second rarest's share: a word's
/// trigrams go together (a surname's all lie near its count, and the estimate stays high), a
/// number's do not. The walk reads about (limit + 1) × users ÷ matches rows, each a table
/// row and a substring check; the index path reads the posting lists of the trigrams ftsQuery()
/// asks for (the three rarest, or all of a short search), then its few candidates. A row costs
/// about as much as rowCostInPostings postings (measured on ten million users: 44,600 rows walked
/// took 30 ms, three lists of 108,000 postings in all 3 ms), so the walk is chosen only when its
/// rows, so weighted, are fewer than the postings. It is allowed four times its estimate (the
/// matches may be fewer than the bound) and never less than a few thousand rows, which cost
/// about a millisecond.
WalkPlan planSearch(SqlSession &s, const QString &search, int limit, TrigramStatistics *stats)
{
    if (s.dialect() != Dialect::Sqlite || search.size() < 3)
        return {};
    const QStringList grams = trigrams(search).mid(0, trigramsConsidered);
    const TrigramStatistics &statistics = trigramDocs(s, grams, stats);
    if (!statistics.known)
        return {};
    const QHash<QString, qint64> &docs = statistics.docs;
    QList<qint64> counts;
    for (const QString &gram : grams)
        counts.append(docs.value(gram)); // a trigram no one holds: 0, the index at once
    std::sort(counts.begin(), counts.end());
    const qint64 rarest = counts.isEmpty() ? 0 : counts.constFirst();
    if (rarest <= 0)
        return {};
    constexpr int usedTrigrams = 3; // as ftsQuery()
    const qsizetype read = counts.size() <= usedTrigrams ? counts.size() : usedTrigrams;
    double postings = 0;
    for (qsizetype i = 0; i < read; ++i)
        postings += static_cast<double>(counts.at(i));
    QSqlQuery q = s.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM users"));
    const qint64 users = q.next() ? q.value(0).toLongLong() : 0;
    if (users <= 0)
        return {};
    double matches = static_cast<double>(qMin(rarest, users));
    if (counts.size() > 1)
        matches *= std::sqrt(qMin(1.0, static_cast<double>(counts.at(1)) / static_cast<double>(users)));
    matches = qMax(1.0, matches);
    const double walkRows = static_cast<double>(limit + 1) * static_cast<double>(users) / matches;
    constexpr double rowCostInPostings = 10;
    if (walkRows >= matches || walkRows * rowCostInPostings >= postings)
        return {};
    constexpr qint64 minimumRows = 4096;
    return {true, qMax(minimumRows, static_cast<qint64>(4 * walkRows))};
}

QString searchFromWhere(SqlSession &s, const QString &tenantId, const UserQuery &query, QVariantList &binds,
                        bool walk, TrigramStatistics *stats)
{
    QString sql;
    const QString search = query.search.trimmed().toLower();
    if (query.exactSearch && !search.isEmpty()) {
        // A whole identifier, through the unique indexes (each branch states its index's
        // condition, see keyLookup).
        const QString text = query.search.trimmed();
        sql = QStringLiteral(
            " FROM users u WHERE u.tenant_id = ? AND (u.id = ? OR (u.username_key = ? AND u.username_key <> "
            "'') "
            "OR (u.email_key = ? AND u.email_key <> '') OR (u.phone_key = ? AND u.phone_key <> ''))");
        binds << tenantId << text << validation::usernameKey(text) << validation::emailKey(text)
              << validation::searchPhoneKey(text);
    } else if (search.size() >= 3 && s.dialect() == Dialect::Sqlite && walk) {
        // Walk the tenant's users in the page's order and check each one.
        sql = QStringLiteral(" FROM users u WHERE u.tenant_id = ? AND gh_contains(") +
              QLatin1String(searchedFields) + QStringLiteral(", ?)");
        binds << tenantId << search;
    } else if (search.size() >= 3 && s.dialect() == Dialect::Sqlite) {
        // Drive from the trigram index (a few matches), then sort those: fast for selective text.
        bool needsCheck = false;
        const QString match = ftsQuery(s, search, &needsCheck, stats);
        sql = QStringLiteral(
            " FROM users_fts f CROSS JOIN users u ON u.seq = f.rowid WHERE users_fts MATCH ? AND "
            "u.tenant_id = ?");
        binds << match << tenantId;
        if (needsCheck) {
            sql +=
                QStringLiteral(" AND gh_contains(") + QLatin1String(searchedFields) + QStringLiteral(", ?)");
            binds << search;
        }
    } else {
        sql = QStringLiteral(" FROM users u WHERE u.tenant_id = ?");
        binds << tenantId;
        if (search.size() >= 3) {
            // The indexed expression (users_search).
            const QString indexed = QStringLiteral(
                "(u.id || '|' || u.username_key || '|' || u.email_key || '|' || u.phone_key || '|' || "
                "lower(u.name) || '|' || lower(u.primary_phone))");
            const QString part = indexedPart(search);
            const QString whole = likeSubstring(search);
            const QString pattern = part != search ? likeSubstring(part) : indexedPattern(search);
            sql += QStringLiteral(" AND ") + indexed + QStringLiteral(" LIKE ? ESCAPE '\\'");
            binds << pattern;
            if (pattern != whole) {
                // The whole search, out of the index's reach (`|| ''`) but estimated as a LIKE,
                // so the planner expects few rows and keeps to the index.
                sql += QStringLiteral(" AND (") + indexed + QStringLiteral(" || '') LIKE ? ESCAPE '\\'");
                binds << whole;
            }
        } else if (!search.isEmpty()) {
            // Too short for trigrams: prefix matches on the indexed keys.
            const QString upper = search + QChar(0xFFFF);
            sql +=
                QStringLiteral(" AND ((u.username_key >= ? AND u.username_key < ?) OR (u.email_key >= ? AND "
                               "u.email_key < ?) OR (u.id >= ? AND u.id < ?) OR (u.phone_key >= ? AND "
                               "u.phone_key < ?))");
            const QString digits = validation::phoneKey(search);
            binds << search << upper << search << upper << search << upper
                  << (digits.isEmpty() ? QStringLiteral("\x01") : digits)
                  << (digits.isEmpty() ? QStringLiteral("\x01") : digits + QChar(0xFFFF));
        }
    }
    if (query.suspended) {
        sql += QStringLiteral(" AND u.is_suspended = ?");
        binds << b2i(*query.suspended);
    }
    if (query.hasPassword)
        sql += *query.hasPassword ? QStringLiteral(" AND u.password_algorithm <> ''")
                                  : QStringLiteral(" AND u.password_algorithm = ''");
    if (query.hasMfa)
        sql +=
            *query.hasMfa ? QStringLiteral(" AND u.mfa_count > 0") : QStringLiteral(" AND u.mfa_count = 0");
    if (!query.roleId.isEmpty()) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM users_roles ur WHERE ur.user_id = u.id AND ur.role_id = ?)");
        binds << query.roleId;
    }
    if (!query.organizationIds.isEmpty()) {
        // One placeholder per organization; the ids themselves are bound.
        QStringList marks;
        for (const QString &organizationId : query.organizationIds) {
            marks << QStringLiteral("?");
            binds << organizationId;
        }
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM organization_users ou WHERE ou.user_id = u.id AND "
                              "ou.organization_id IN (") +
               marks.join(QLatin1Char(',')) + QStringLiteral("))");
    }
    if (query.createdFrom) {
        sql += QStringLiteral(" AND u.created_at >= ?");
        binds << *query.createdFrom;
    }
    if (query.createdTo) {
        sql += QStringLiteral(" AND u.created_at < ?");
        binds << *query.createdTo;
    }
    if (query.lastSignInFrom) {
        sql += QStringLiteral(" AND u.last_sign_in_at >= ?");
        binds << *query.lastSignInFrom;
    }
    if (query.lastSignInTo) {
        sql += QStringLiteral(" AND u.last_sign_in_at > 0 AND u.last_sign_in_at < ?");
        binds << *query.lastSignInTo;
    }
    return sql;
}
} // namespace

void refreshSearchStatistics(SqlSession &s)
{
    if (s.dialect() == Dialect::Postgres) {
        // The planner's statistics, then the search index's pending entries, which every search
        // would otherwise read one by one. Only the table's owner may do either; for other
        // logins the server's autovacuum does it later.
        s.execRaw(QStringLiteral(
            "DO $$ BEGIN IF pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), "
            "'USAGE') THEN ANALYZE users; PERFORM gin_clean_pending_list('users_search'::regclass); END IF; "
            "END $$"));
        return;
    }
    s.execRaw(QStringLiteral("DELETE FROM users_trigram_stats"));
    s.execRaw(
        QStringLiteral("INSERT INTO users_trigram_stats (term, docs) SELECT term, doc FROM users_fts_vocab"));
}

User read(const QSqlQuery &q)
{
    User u;
    u.tenantId = q.value(0).toString();
    u.id = q.value(1).toString();
    u.username = q.value(2).toString();
    u.primaryEmail = q.value(3).toString();
    u.primaryPhone = q.value(4).toString();
    u.name = q.value(5).toString();
    u.avatar = q.value(6).toString();
    u.profile = object(q.value(7));
    u.customData = object(q.value(8));
    u.identities = object(q.value(9));
    u.passwordDigest = q.value(10).toString();
    u.passwordAlgorithm = q.value(11).toString();
    u.passwordExpired = q.value(12).toInt() != 0;
    u.isSuspended = q.value(13).toInt() != 0;
    u.mfaCount = q.value(14).toInt();
    const qint64 lastSignIn = q.value(15).toLongLong();
    if (lastSignIn > 0)
        u.lastSignInAt = lastSignIn;
    u.createdAt = q.value(16).toLongLong();
    u.updatedAt = q.value(17).toLongLong();
    u.version = q.value(18).toLongLong();
    return u;
}

User require(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(QStringLiteral("SELECT ") + QLatin1String(columns) +
                             QStringLiteral(" FROM users u WHERE u.tenant_id = ? AND u.id = ?"),
                         {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("User"), id)};
    return read(q);
}

QString keyLookup(const char *column)
{
    const QString c = QLatin1String(column);
    Q_ASSERT(c == QLatin1String("username_key") || c == QLatin1String("email_key") ||
             c == QLatin1String("phone_key"));
    return QStringLiteral("tenant_id = ? AND ") + c + QStringLiteral(" = ? AND ") + c +
           QStringLiteral(" <> ''");
}

QString fromWhere(SqlSession &s, const QString &tenantId, const UserQuery &query, QVariantList &binds)
{
    TrigramStatistics stats;
    return searchFromWhere(s, tenantId, query, binds, false, &stats);
}

SearchPath plannedPath(SqlSession &s, const QString &search, int limit)
{
    TrigramStatistics stats;
    return planSearch(s, search.trimmed().toLower(), qBound(1, limit, 500), &stats).walk ? SearchPath::Walk
                                                                                         : SearchPath::Index;
}

UserPage findPage(SqlSession &s, const QString &tenantId, const UserQuery &query, const UserCursor &after,
                  int limit, SearchPath path)
{
    const int n = qBound(1, limit, 500);
    const QString key = sortKey(query.sort);
    const bool desc = sortDescending(query.sort);
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = QStringLiteral(" ORDER BY %1%2, u.id%2").arg(key, dir);
    auto addAfter = [&](QString &sql, QVariantList &binds) {
        if (after.isStart())
            return;
        sql += QStringLiteral(" AND (") + key + QStringLiteral(", u.id) ") +
               (desc ? QStringLiteral("<") : QStringLiteral(">")) + QStringLiteral(" (?, ?)");
        if (sortKeyIsNumber(query.sort))
            binds << after.key.toLongLong();
        else
            binds << after.key;
        binds << after.id;
    };
    auto fetch = [&](QString sql, QVariantList binds, bool *full) {
        sql += order + QStringLiteral(" LIMIT ?");
        binds << n + 1;
        SqlSession::ReusedQuery reused = s.execReused(sql, binds);
        QSqlQuery &q = *reused;
        UserPage page;
        bool more = false;
        while (q.next()) {
            if (page.users.size() == n) {
                more = true;
                break;
            }
            page.users.append(read(q));
        }
        *full = more;
        page.atEnd = !more;
        if (!page.users.isEmpty())
            page.next = {cursorKey(page.users.constLast(), query.sort), page.users.constLast().id};
        else
            page.next = after;
        return page;
    };

    const QString search = query.search.trimmed().toLower();
    const bool searching = s.dialect() == Dialect::Sqlite && search.size() >= 3 && !query.exactSearch;
    TrigramStatistics stats; // looked up once for the planner and the index path
    WalkPlan plan;
    if (searching && path == SearchPath::Automatic)
        plan = planSearch(s, search, n, &stats);
    else if (searching && path == SearchPath::Walk)
        plan.walk = true; // unbounded: the whole table if need be
    if (plan.walk) {
        QVariantList binds;
        QString sql = QStringLiteral("SELECT ") + QLatin1String(columns) +
                      searchFromWhere(s, tenantId, query, binds, true, &stats);
        addAfter(sql, binds);
        bool bounded = false;
        if (plan.rows > 0) {
            // Where the walk stops: the sort key of the row `plan.rows` rows on (the sort index
            // alone answers this).
            QVariantList boundBinds{tenantId};
            QString boundSql =
                QStringLiteral("SELECT ") + key + QStringLiteral(", u.id FROM users u WHERE u.tenant_id = ?");
            addAfter(boundSql, boundBinds);
            boundSql += order + QStringLiteral(" LIMIT 1 OFFSET ?");
            boundBinds << plan.rows;
            QSqlQuery bound = s.exec(boundSql, boundBinds);
            if (bound.next()) {
                bounded = true;
                sql += QStringLiteral(" AND (") + key + QStringLiteral(", u.id) ") +
                       (desc ? QStringLiteral(">=") : QStringLiteral("<=")) + QStringLiteral(" (?, ?)");
                binds << bound.value(0) << bound.value(1);
            }
        }
        bool full = false;
        UserPage page = fetch(sql, binds, &full);
        // A full page is the same page the index would give; so is a short one when the walk
        // reached the end. A short page of a bounded walk says nothing about the rows past the
        // bound: ask the index.
        if (full || !bounded)
            return page;
    }
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + QLatin1String(columns) +
                  searchFromWhere(s, tenantId, query, binds, false, &stats);
    addAfter(sql, binds);
    bool full = false;
    return fetch(sql, binds, &full);
}

QString sortKey(UserQuery::Sort sort)
{
    switch (sort) {
    case UserQuery::Sort::CreatedDesc:
        return QStringLiteral("u.created_at");
    case UserQuery::Sort::Username:
        return QStringLiteral("u.username_key");
    case UserQuery::Sort::Email:
        return QStringLiteral("u.email_key");
    case UserQuery::Sort::LastSignInDesc:
        return QStringLiteral("u.last_sign_in_at");
    }
    return QStringLiteral("u.created_at");
}

bool sortDescending(UserQuery::Sort sort)
{
    return sort == UserQuery::Sort::CreatedDesc || sort == UserQuery::Sort::LastSignInDesc;
}

bool sortKeyIsNumber(UserQuery::Sort sort)
{
    return sortDescending(sort);
}

QString cursorKey(const User &user, UserQuery::Sort sort)
{
    switch (sort) {
    case UserQuery::Sort::CreatedDesc:
        return QString::number(user.createdAt);
    case UserQuery::Sort::Username:
        return validation::usernameKey(user.username);
    case UserQuery::Sort::Email:
        return validation::emailKey(user.primaryEmail);
    case UserQuery::Sort::LastSignInDesc:
        return QString::number(user.lastSignInAt.value_or(0));
    }
    return {};
}

} // namespace gatehouse::local::usersql
