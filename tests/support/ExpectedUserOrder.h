#pragma once

#include "model/User.h"

#include <QList>
#include <QStringList>
#include <algorithm>
#include <variant>

namespace gatehouse::test {

/// The ids of `rows` in the order a user list sorted by `sort` shows them, computed from the rows
/// alone (not by the product): newest first or by last sign-in (0 = never, last), or by username or
/// email without case; ties broken by id in the same direction. `Row` has id, username, email,
/// createdAt and lastSignInAt.
template <typename Row>
QStringList expectedUserOrder(QList<Row> rows, UserQuery::Sort sort)
{
    auto keyOf = [sort](const Row &r) -> std::variant<qint64, QString> {
        switch (sort) {
        case UserQuery::Sort::CreatedDesc:
            return r.createdAt;
        case UserQuery::Sort::Username:
            return r.username.toLower();
        case UserQuery::Sort::Email:
            return r.email.toLower();
        case UserQuery::Sort::LastSignInDesc:
            return r.lastSignInAt;
        }
        return r.createdAt;
    };
    const bool descending = sort == UserQuery::Sort::CreatedDesc || sort == UserQuery::Sort::LastSignInDesc;
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const auto ka = keyOf(a);
        const auto kb = keyOf(b);
        if (ka != kb)
            return descending ? kb < ka : ka < kb;
        return descending ? b.id < a.id : a.id < b.id;
    });
    QStringList ids;
    for (const Row &r : std::as_const(rows))
        ids << r.id;
    return ids;
}

} // namespace gatehouse::test
