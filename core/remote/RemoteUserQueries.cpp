// The read side of RemoteUsers: pages, anchors, single users, roles and MFA factors.
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteJson.h"
#include "remote/RemoteUserJson.h"
#include "remote/RemoteUserRequests.h"
#include "remote/RemoteUsers.h"

#include <QJsonArray>
#include <algorithm>

namespace gatehouse::remote {

using namespace userapi;

namespace {
/// The offset a cursor stands for (see RemoteUsers.h).
qint64 offsetOf(const UserCursor &cursor)
{
    if (cursor.isStart())
        return 0;
    bool ok = false;
    const qint64 offset = cursor.key.toLongLong(&ok);
    if (!ok || offset < 0 || !cursor.id.isEmpty())
        throw Failure{Error(ErrorCode::Validation,
                            rtr("This position in the user list does not belong to a Logto connection. "
                                "Reload the list."))};
    return offset;
}
} // namespace

Future<UserPage> RemoteUsers::page(const QString &tenantId, const UserQuery &query, const UserCursor &after,
                                   int limit)
{
    return m_backend.submit<UserPage>([this, tenantId, query, after, limit](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        requireSupported(query);
        const qint64 offset = offsetOf(after);
        const qint64 n = qBound(1, limit, 500);
        UserPage page;
        qint64 total = -1;
        for (qint64 p = offset / pageSize; p <= (offset + n - 1) / pageSize; ++p) {
            const Response answer = listPage(s, query, p + 1, pageSize);
            total = answer.totalNumber;
            const QJsonArray items = answer.array();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const qint64 row = p * pageSize + i;
                if (row >= offset && row < offset + n)
                    page.users.append(logto::user(items.at(i).toObject(), m_backend.tenantId()));
            }
            if (items.size() < pageSize)
                break;
        }
        const qint64 next = offset + page.users.size();
        page.atEnd = total >= 0 ? next >= total : page.users.size() < n;
        page.next = {QString::number(next), {}};
        return page;
    });
}

Future<UserAnchors> RemoteUsers::anchors(const QString &tenantId, const UserQuery &query, int every)
{
    return m_backend.submit<UserAnchors>([this, tenantId, query, every](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        requireSupported(query);
        UserAnchors anchors;
        anchors.every = qMax(1, every);
        const Response answer = listPage(s, query, 1, 1);
        anchors.total = answer.totalNumber >= 0 ? answer.totalNumber : answer.array().size();
        anchors.cursors.append(UserCursor{});
        for (qint64 offset = anchors.every; offset < anchors.total; offset += anchors.every)
            anchors.cursors.append({QString::number(offset), {}});
        return anchors;
    });
}

Future<qint64> RemoteUsers::estimateUsers(const QString &, const UserQuery &)
{
    // A Logto server counts with every page it answers (Total-Number); it has no cheaper guess.
    return readyFuture<qint64>(qint64(-1));
}

Future<User> RemoteUsers::get(const QString &tenantId, const QString &id)
{
    return m_backend.submit<User>([this, tenantId, id](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        return fetchUser(s, m_backend.tenantId(), id, true);
    });
}

Future<QList<MfaVerification>> RemoteUsers::mfaVerifications(const QString &tenantId, const QString &userId)
{
    return m_backend.submit<QList<MfaVerification>>([this, tenantId, userId](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        return fetchMfa(s, userId);
    });
}

Future<QList<Role>> RemoteUsers::roles(const QString &tenantId, const QString &userId)
{
    return m_backend.submit<QList<Role>>([this, tenantId, userId](RemoteSession &s) {
        requireTenant(m_backend, tenantId);
        if (userId.isEmpty())
            throw Failure{userNotFound(userId)};
        QJsonArray items;
        try {
            items = s.getAll(userPath(userId) + QStringLiteral("/roles"));
        } catch (const Failure &failure) {
            if (failure.error.code() == ErrorCode::NotFound)
                throw Failure{userNotFound(userId)};
            throw;
        }
        QList<Role> out;
        for (const QJsonValue &v : items)
            out.append(logto::role(v.toObject(), m_backend.tenantId()));
        std::stable_sort(out.begin(), out.end(),
                         [](const Role &a, const Role &b) { return a.name < b.name; });
        return out;
    });
}

} // namespace gatehouse::remote
