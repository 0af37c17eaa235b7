#pragma once

#include "local/LocalSql.h"
#include "model/User.h"

namespace gatehouse::local::usersql {

// SQL pieces for the users area, shared by LocalUsers (mutations) and LocalUserQueries (lists).
// Every fragment is a constant of this file; every value is bound.

/// The user columns read() takes, without the password digest ('' in its place): what every read
/// selects but a password check and an export with digests, so that operators who may not see
/// digests (support, auditors, organization admins: the database refuses them the column) can
/// read users.
inline constexpr char columns[] =
    "u.tenant_id, u.id, u.username, u.primary_email, u.primary_phone, u.name, u.avatar, u.profile, "
    "u.custom_data, "
    "u.identities, '', u.password_algorithm, u.password_expired, u.is_suspended, u.mfa_count, "
    "u.last_sign_in_at, u.created_at, u.updated_at, u.version";
/// The same columns with the digest.
inline constexpr char columnsWithDigest[] =
    "u.tenant_id, u.id, u.username, u.primary_email, u.primary_phone, u.name, u.avatar, u.profile, "
    "u.custom_data, "
    "u.identities, u.password_digest, u.password_algorithm, u.password_expired, u.is_suspended, u.mfa_count, "
    "u.last_sign_in_at, u.created_at, u.updated_at, u.version";

User read(const QSqlQuery &q);

/// Reads one user of the tenant; throws NotFound.
User require(SqlSession &s, const QString &tenantId, const QString &id);

/// The condition that finds the user of a tenant holding a unique key: "tenant_id = ? AND
/// <column> = ? AND <column> <> ''" (binds: tenant id, key). `column` is one of username_key,
/// email_key, phone_key. The last term is what lets the database use the partial unique index
/// of that column (WHERE <column> <> ''): neither SQLite nor PostgreSQL (generic plans) can infer
/// it from a bound key, and without it the lookup walks every user of the tenant — an import of
/// rows clashing on phone numbers (which have no other index) checked about 30 rows a second.
QString keyLookup(const char *column);

/// "FROM … WHERE …" for a query, with its binds appended to `binds`. A text search is answered
/// from the search index (SQLite: the trigram index; PostgreSQL: pg_trgm).
QString fromWhere(SqlSession &s, const QString &tenantId, const UserQuery &query, QVariantList &binds);
/// The fewest rows for which an estimate of a count is shown before the count (PostgreSQL counts
/// 5,000 matches in a few tens of milliseconds, 50,000 in about a second).
inline constexpr qint64 estimateWorthShowing = 5000;

/// How a page of a text search finds its rows (SQLite).
enum class SearchPath {
    Automatic, ///< chosen per query from the trigram statistics (what the product uses)
    Index,     ///< the trigram index gives every candidate; they are sorted; the page is cut
    Walk,      ///< the sort order is walked and each row checked until the page is full
};

/// The first `limit` users after `after` in the query's order. For a text search on SQLite the
/// planner weighs the two paths: the index reads every match (and sorts them), which is cheap for
/// a rare term and slow for one shared by thousands of users; the walk reads about
/// limit × users ÷ matches rows, which is cheap for a common term and slow for a rare one. The
/// walk is bounded: when its share of the table holds fewer matches than the statistics promised,
/// the page is taken from the index instead. Both paths return exactly the same rows.
/// The path findPage takes with SearchPath::Automatic for this search (before a bounded walk
/// that comes up short hands over to the index): Walk or Index.
SearchPath plannedPath(SqlSession &s, const QString &search, int limit);

UserPage findPage(SqlSession &s, const QString &tenantId, const UserQuery &query, const UserCursor &after,
                  int limit, SearchPath path = SearchPath::Automatic);

/// SQLite: recounts how many users hold each search trigram (users_trigram_stats), which lets a
/// long search ask the index for its rarest trigrams only. Takes about 3 s per million users;
/// bulk imports call it before they commit. Stale counts only cost speed, never results.
/// PostgreSQL: refreshes the planner's statistics of users (pg_trgm plans with them) and merges
/// the search index's pending list.
void refreshSearchStatistics(SqlSession &s);

/// The ORDER BY key expression and direction of a sort.
QString sortKey(UserQuery::Sort sort);
bool sortDescending(UserQuery::Sort sort);
bool sortKeyIsNumber(UserQuery::Sort sort);
/// The sort key's value for a user, as a cursor string.
QString cursorKey(const User &user, UserQuery::Sort sort);

} // namespace gatehouse::local::usersql
