#include "remote/RemoteUserRequests.h"

#include "model/UserRules.h"
#include "model/UserValidation.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteUserJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace gatehouse::remote::userapi {

QString userPath(const QString &id)
{
    return QStringLiteral("/api/users/") + segment(id);
}

Error userNotFound(const QString &id)
{
    return Error::notFound(rtr("User"), id);
}

User fetchUser(RemoteSession &s, const QString &tenantId, const QString &id, bool withMfaCount)
{
    User u = logto::user(getObject(s, userPath(id), userNotFound(id)), tenantId);
    if (withMfaCount)
        u.mfaCount = static_cast<int>(fetchMfa(s, id).size());
    return u;
}

QList<MfaVerification> fetchMfa(RemoteSession &s, const QString &userId)
{
    if (userId.isEmpty())
        throw Failure{userNotFound(userId)};
    const Response answer =
        s.send(Request::get(userPath(userId) + QStringLiteral("/mfa-verifications")), {404});
    if (answer.status == 404)
        throw Failure{userNotFound(userId)};
    QList<MfaVerification> out;
    for (const QJsonValue &v : answer.array())
        out.append(logto::mfaVerification(v.toObject()));
    std::stable_sort(out.begin(), out.end(), [](const MfaVerification &a, const MfaVerification &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

QStringList roleIdsOf(RemoteSession &s, const QString &userId)
{
    if (userId.isEmpty())
        throw Failure{userNotFound(userId)};
    QJsonArray roles;
    try {
        roles = s.getAll(userPath(userId) + QStringLiteral("/roles"));
    } catch (const Failure &failure) {
        if (failure.error.code() == ErrorCode::NotFound)
            throw Failure{userNotFound(userId)};
        throw;
    }
    QStringList ids;
    for (const QJsonValue &v : roles)
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    ids.sort();
    return ids;
}

void requireSupported(const UserQuery &query)
{
    const bool filtered = query.suspended || query.hasPassword || query.hasMfa || query.createdFrom ||
                          query.createdTo || query.lastSignInFrom || query.lastSignInTo;
    if (filtered)
        throw Failure{Error(ErrorCode::Unsupported,
                            rtr("A Logto server cannot filter users by status, password, MFA or dates. "
                                "Search by text or filter by role instead."))};
    if (!query.organizationIds.isEmpty())
        throw Failure{Error(ErrorCode::Unsupported,
                            rtr("A Logto server cannot list the members of several organizations as one "
                                "user list."))};
    if (query.sort != UserQuery::Sort::CreatedDesc)
        throw Failure{Error(ErrorCode::Unsupported,
                            rtr("A Logto server lists users newest first only; it cannot sort them "
                                "otherwise."))};
}

QString listPath(const UserQuery &query)
{
    return query.roleId.isEmpty()
               ? QStringLiteral("/api/users")
               : QStringLiteral("/api/roles/") + segment(query.roleId) + QStringLiteral("/users");
}

QUrlQuery listQuery(const UserQuery &query)
{
    QUrlQuery q;
    const QString text = query.search.trimmed();
    if (text.isEmpty())
        return q;
    if (query.exactSearch) {
        // Case-sensitive exact values are what Logto's unique indexes answer; the text as typed
        // and in lower case (how emails are usually kept) covers the usual spellings.
        QStringList values{text};
        if (text.toLower() != text)
            values << text.toLower();
        for (const char *field : {"id", "username", "primaryEmail"}) {
            for (const QString &value : std::as_const(values))
                logto::addQueryValue(q, QStringLiteral("search.") + QLatin1String(field), value);
        }
        const QString digits = validation::searchPhoneKey(text);
        if (!digits.isEmpty())
            logto::addQueryValue(q, QStringLiteral("search.primaryPhone"), digits);
        q.addQueryItem(QStringLiteral("mode"), QStringLiteral("exact"));
        q.addQueryItem(QStringLiteral("joint"), QStringLiteral("or"));
        q.addQueryItem(QStringLiteral("isCaseSensitive"), QStringLiteral("true"));
        return q;
    }
    logto::addQueryValue(q, QStringLiteral("search"), logto::containsPattern(text));
    // "+44 20 7946" finds the phone Logto keeps as "44207946…".
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 ().-]+$"));
    const QString digits = logto::phoneForLogto(text);
    if (!digits.isEmpty() && digits != text && phoneLike.match(text).hasMatch()) {
        logto::addQueryValue(q, QStringLiteral("search.primaryPhone"), logto::containsPattern(digits));
        q.addQueryItem(QStringLiteral("joint"), QStringLiteral("or"));
    }
    return q;
}

Response listPage(RemoteSession &s, const UserQuery &query, qint64 page, int size)
{
    QUrlQuery q = listQuery(query);
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(size));
    const Response answer = s.send(Request::get(listPath(query), q), {404});
    if (answer.status == 404)
        throw Failure{Error::notFound(rtr("Role"), query.roleId)};
    if (!answer.json.isArray())
        throw Failure{Error(ErrorCode::Internal, rtr("The Logto server's list of users is not a list."),
                            QStringLiteral("GET ") + listPath(query))};
    return answer;
}

void checkUnique(RemoteSession &s, const User &u, const QString &exceptId)
{
    struct Key
    {
        const char *field;
        QString value;
        rules::UserKey key;
    };
    const Key keys[] = {
        {"username", validation::usernameKey(u.username), rules::UserKey::Username},
        {"primaryEmail", validation::emailKey(u.primaryEmail), rules::UserKey::Email},
        {"primaryPhone", logto::phoneForLogto(u.primaryPhone), rules::UserKey::Phone},
    };
    QUrlQuery q;
    for (const Key &key : keys) {
        if (!key.value.isEmpty())
            logto::addQueryValue(q, QStringLiteral("search.") + QLatin1String(key.field), key.value);
    }
    if (q.isEmpty())
        return;
    // Exact and case-insensitive: Logto compares lower(field) with the lowered value.
    q.addQueryItem(QStringLiteral("mode"), QStringLiteral("exact"));
    q.addQueryItem(QStringLiteral("joint"), QStringLiteral("or"));
    QList<User> holders;
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/users"), q)) {
        User holder = logto::user(v.toObject(), {});
        if (holder.id != exceptId)
            holders.append(holder);
    }
    for (const Key &key : keys) {
        if (key.value.isEmpty())
            continue;
        for (const User &holder : std::as_const(holders)) {
            const QString field = QLatin1String(key.field);
            const QString held = field == QLatin1String("username") ? validation::usernameKey(holder.username)
                                 : field == QLatin1String("primaryEmail")
                                     ? validation::emailKey(holder.primaryEmail)
                                     : logto::phoneForLogto(holder.primaryPhone);
            if (held == key.value)
                throwExists(rules::userClashMessage(key.key, key.value, holder.id));
        }
    }
}

} // namespace gatehouse::remote::userapi
