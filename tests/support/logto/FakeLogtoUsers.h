#pragma once

#include "FakeLogtoState.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace gatehouse::test::fakelogto {

/// Logto's user search parameters (FakeLogtoApiUsersSearch.cpp): `search` / `search.<field>`
/// over id, primaryEmail, primaryPhone, username and name; `mode` / `mode.<field>` = like
/// (default; % and _ wildcards, \ escapes) | exact (any of several values) | similar_to | posix;
/// `joint` = or (default) | and; `isCaseSensitive` (default false; exact then compares
/// lower-cased). A null field never matches.
class UserSearch
{
public:
    UserSearch();
    /// nullopt and *error (the text of Logto's 400 request.invalid_input) for what Logto refuses.
    static std::optional<UserSearch> parse(const QUrlQuery &query, QString *error);
    bool matches(const QJsonObject &user) const;
    /// Whether a condition looks for a part of a field (any mode but exact).
    bool searchesSubstrings() const;

private:
    struct Private;
    std::shared_ptr<Private> d;
};

/// A user as the fake stores and GET returns it (null for empty text), created now. Tests may
/// put it into state.users directly to seed many users fast; call with state.mutex held.
QJsonObject newUser(FakeLogto::State &state, const QString &username, const QString &email = {},
                    const QString &name = {});

} // namespace gatehouse::test::fakelogto
