// The read side of LocalUsers: pages, anchors, single users, roles and MFA factors.
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/LocalUsers.h"
#include "local/PostgresLink.h"
#include "local/Rows.h"
#include "local/UserSql.h"

namespace gatehouse::local {

Future<UserPage> LocalUsers::page(const QString &tenantId, const UserQuery &query, const UserCursor &after,
                                  int limit)
{
    return m_backend.submit<UserPage>([tenantId, query, after, limit](SqlSession &s) {
        return usersql::findPage(s, tenantId, query, after, limit);
    });
}

Future<UserAnchors> LocalUsers::anchors(const QString &tenantId, const UserQuery &query, int every)
{
    return m_backend.submit<UserAnchors>([tenantId, query, every](SqlSession &s) {
        UserAnchors anchors;
        anchors.every = qMax(1, every);
        anchors.cursors.append(UserCursor{});
        QVariantList binds;
        const QString fromWhere = usersql::fromWhere(s, tenantId, query, binds);
        const QString key = usersql::sortKey(query.sort);
        const QString dir =
            usersql::sortDescending(query.sort) ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        {
            SqlSession::ReusedQuery count =
                s.execReused(QStringLiteral("SELECT COUNT(*)") + fromWhere, binds);
            anchors.total = count->next() ? count->value(0).toLongLong() : 0;
        }
        if (anchors.total <= anchors.every)
            return anchors;
        QVariantList windowBinds = binds;
        windowBinds << anchors.every;
        SqlSession::ReusedQuery q =
            s.execReused(QStringLiteral("SELECT k, id FROM (SELECT ") + key +
                             QStringLiteral(" AS k, u.id AS id, row_number() OVER (ORDER BY ") + key + dir +
                             QStringLiteral(", u.id") + dir + QStringLiteral(") AS rn") + fromWhere +
                             QStringLiteral(") t WHERE rn % ? = 0 ORDER BY rn"),
                         windowBinds);
        while (q->next())
            anchors.cursors.append({q->value(0).toString(), q->value(1).toString()});
        return anchors;
    });
}

Future<qint64> LocalUsers::estimateUsers(const QString &tenantId, const UserQuery &query)
{
    return m_backend.submit<qint64>([tenantId, query](SqlSession &s) -> qint64 {
        // SQLite keeps no estimate of a filtered count; it counts a million users in about a
        // tenth of a second.
        if (s.dialect() != Dialect::Postgres)
            return -1;
        QVariantList binds;
        const QString fromWhere = usersql::fromWhere(s, tenantId, query, binds);
        const qint64 rows = postgresPlanRows(s, QStringLiteral("SELECT 1") + fromWhere, binds);
        // Few rows are counted in milliseconds, and there the planner's guess is poor (a substring
        // that matches nobody is "about a hundred" rows): the count alone says it better.
        return rows >= usersql::estimateWorthShowing ? rows : -1;
    });
}

Future<User> LocalUsers::get(const QString &tenantId, const QString &id)
{
    return m_backend.submit<User>(
        [tenantId, id](SqlSession &s) { return usersql::require(s, tenantId, id); });
}

Future<QList<MfaVerification>> LocalUsers::mfaVerifications(const QString &tenantId, const QString &userId)
{
    return m_backend.submit<QList<MfaVerification>>([tenantId, userId](SqlSession &s) {
        usersql::require(s, tenantId, userId);
        QSqlQuery q =
            s.exec(QStringLiteral("SELECT id, type, name, created_at, last_used_at FROM "
                                  "user_mfa_verifications WHERE user_id = ? ORDER BY created_at, id"),
                   {userId});
        QList<MfaVerification> out;
        while (q.next()) {
            MfaVerification v{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), std::nullopt};
            if (!q.value(4).isNull())
                v.lastUsedAt = q.value(4).toLongLong();
            out.append(v);
        }
        return out;
    });
}

Future<QList<Role>> LocalUsers::roles(const QString &tenantId, const QString &userId)
{
    return m_backend.submit<QList<Role>>([tenantId, userId](SqlSession &s) {
        usersql::require(s, tenantId, userId);
        QSqlQuery q =
            s.exec(QStringLiteral("SELECT r.tenant_id, r.id, r.name, r.description, r.type, r.is_default, "
                                  "r.created_at, r.version FROM users_roles ur JOIN roles r ON "
                                  "r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name"),
                   {userId});
        QList<Role> out;
        while (q.next())
            out.append(rows::role(q));
        return out;
    });
}

} // namespace gatehouse::local
