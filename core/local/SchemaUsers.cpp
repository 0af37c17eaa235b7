#include "local/Migrations.h"

namespace gatehouse::local {

/// Schema version 2: users, their roles and MFA factors, and the search index.
///
/// The users table differs by dialect only in its surrogate key (SQLite: INTEGER PRIMARY KEY,
/// stable across VACUUM so the external-content FTS5 index can point at it; PostgreSQL:
/// BIGSERIAL) and in the search index (FTS5 trigram with triggers / pg_trgm GIN on one
/// lowercased expression — the same expression LocalUsers searches with).
/// Sort keys are NOT NULL with '' for "none" so keyset pagination behaves alike in both
/// dialects; uniqueness ignores ''.
QString usersFtsInsertTrigger()
{
    return QStringLiteral(
        "CREATE TRIGGER users_fts_insert AFTER INSERT ON users BEGIN "
        "INSERT INTO users_fts (rowid, id, username, primary_email, primary_phone, name) "
        "VALUES (new.seq, new.id, new.username, new.primary_email, new.primary_phone, new.name); END");
}

Migration usersMigration()
{
    const QString columns =
        QStringLiteral(" tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL UNIQUE,"
                       " username TEXT NOT NULL DEFAULT '',"
                       " primary_email TEXT NOT NULL DEFAULT '',"
                       " primary_phone TEXT NOT NULL DEFAULT '',"
                       " username_key TEXT NOT NULL DEFAULT '',"
                       " email_key TEXT NOT NULL DEFAULT '',"
                       " phone_key TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL DEFAULT '',"
                       " avatar TEXT NOT NULL DEFAULT '',"
                       " profile TEXT NOT NULL DEFAULT '{}',"
                       " custom_data TEXT NOT NULL DEFAULT '{}',"
                       " identities TEXT NOT NULL DEFAULT '{}',"
                       " password_digest TEXT NOT NULL DEFAULT '',"
                       " password_algorithm TEXT NOT NULL DEFAULT '',"
                       " password_expired SMALLINT NOT NULL DEFAULT 0,"
                       " is_suspended SMALLINT NOT NULL DEFAULT 0,"
                       " mfa_count INTEGER NOT NULL DEFAULT 0,"
                       " last_sign_in_at BIGINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1");
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("users, user roles, MFA verifications, user search index");
    m.sqliteOnly = {
        QStringLiteral("CREATE TABLE users (seq INTEGER PRIMARY KEY,") + columns + QStringLiteral(")"),
    };
    m.postgresOnly = {
        QStringLiteral("CREATE TABLE users (seq BIGSERIAL PRIMARY KEY,") + columns + QStringLiteral(")"),
    };
    m.statements = {};
    const QStringList common = {
        QStringLiteral(
            "CREATE UNIQUE INDEX users_username ON users (tenant_id, username_key) WHERE username_key <> ''"),
        QStringLiteral(
            "CREATE UNIQUE INDEX users_email ON users (tenant_id, email_key) WHERE email_key <> ''"),
        QStringLiteral(
            "CREATE UNIQUE INDEX users_phone ON users (tenant_id, phone_key) WHERE phone_key <> ''"),
        QStringLiteral("CREATE INDEX users_created ON users (tenant_id, created_at, id)"),
        QStringLiteral("CREATE INDEX users_sort_username ON users (tenant_id, username_key, id)"),
        QStringLiteral("CREATE INDEX users_sort_email ON users (tenant_id, email_key, id)"),
        QStringLiteral("CREATE INDEX users_last_sign_in ON users (tenant_id, last_sign_in_at, id)"),
        QStringLiteral("CREATE TABLE users_roles ("
                       " tenant_id TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (user_id, role_id))"),
        QStringLiteral("CREATE INDEX users_roles_role ON users_roles (role_id)"),
        QStringLiteral("CREATE TABLE user_mfa_verifications ("
                       " tenant_id TEXT NOT NULL,"
                       " id TEXT PRIMARY KEY,"
                       " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " type TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL,"
                       " last_used_at BIGINT)"),
        QStringLiteral("CREATE INDEX user_mfa_user ON user_mfa_verifications (user_id)"),
    };
    m.sqliteOnly += common;
    m.sqliteOnly += {
        QStringLiteral(
            "CREATE VIRTUAL TABLE users_fts USING fts5(id, username, primary_email, primary_phone, name, "
            "content='users', content_rowid='seq', tokenize='trigram')"),
        usersFtsInsertTrigger(),
        QStringLiteral(
            "CREATE TRIGGER users_fts_delete AFTER DELETE ON users BEGIN "
            "INSERT INTO users_fts (users_fts, rowid, id, username, primary_email, primary_phone, name) "
            "VALUES ('delete', old.seq, old.id, old.username, old.primary_email, old.primary_phone, "
            "old.name); END"),
        QStringLiteral(
            "CREATE TRIGGER users_fts_update AFTER UPDATE OF id, username, primary_email, primary_phone, "
            "name ON users BEGIN "
            "INSERT INTO users_fts (users_fts, rowid, id, username, primary_email, primary_phone, name) "
            "VALUES ('delete', old.seq, old.id, old.username, old.primary_email, old.primary_phone, "
            "old.name); "
            "INSERT INTO users_fts (rowid, id, username, primary_email, primary_phone, name) "
            "VALUES (new.seq, new.id, new.username, new.primary_email, new.primary_phone, new.name); END"),
    };
    m.postgresOnly += common;
    m.postgresOnly += {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral(
            "CREATE INDEX users_search ON users USING gin ((id || '|' || username_key || '|' || email_key "
            "|| '|' || phone_key || '|' || lower(name) || '|' || lower(primary_phone)) gin_trgm_ops)"),
    };
    return m;
}

} // namespace gatehouse::local

namespace gatehouse::local {

/// Schema version 3 (SQLite only): statistics for the substring search. FTS5 evaluates a
/// trigram phrase by reading the posting list of every trigram in it; for a whole email address
/// that means the lists of "com", "exa", "@gm"… with hundreds of thousands of entries each. With
/// per-trigram document counts at hand, a long search asks the index for its rarest trigrams
/// only and checks the exact substring on the few rows that match (see UserSql.cpp).
Migration searchStatsMigration()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("user search statistics");
    m.sqliteOnly = {
        QStringLiteral("CREATE VIRTUAL TABLE users_fts_vocab USING fts5vocab(users_fts, 'row')"),
        QStringLiteral("CREATE TABLE users_trigram_stats (term TEXT PRIMARY KEY, docs BIGINT NOT NULL) "
                       "WITHOUT ROWID"),
        // Counted once here for workspaces that already hold users; imports recount.
        QStringLiteral("INSERT INTO users_trigram_stats (term, docs) SELECT term, doc FROM users_fts_vocab"),
    };
    return m;
}

} // namespace gatehouse::local
