// Logto's user search (GET /api/users, GET /api/roles/{id}/users) for the fake: `search` /
// `search.<field>` values, `mode` / `mode.<field>` (like, exact, similar_to, posix), `joint`
// (or, and) and `isCaseSensitive`, with the same refusals as Logto (400 request.invalid_input).

#include "FakeLogtoUsers.h"

#include <QRegularExpression>

namespace gatehouse::test::fakelogto {

namespace {
const QStringList searchFields{QStringLiteral("id"), QStringLiteral("primaryEmail"),
                               QStringLiteral("primaryPhone"), QStringLiteral("username"),
                               QStringLiteral("name")};

/// SQL LIKE (backslash escapes, % and _) as an anchored regular expression.
QString likeToRegex(const QString &pattern)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size())
            out += QRegularExpression::escape(QString(pattern.at(++i)));
        else if (c == QLatin1Char('%'))
            out += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            out += QLatin1Char('.');
        else
            out += QRegularExpression::escape(QString(c));
    }
    return QStringLiteral("\\A(?:") + out + QStringLiteral(")\\z");
}

/// SQL SIMILAR TO: LIKE's wildcards plus regular-expression alternation and grouping.
QString similarToRegex(const QString &pattern)
{
    QString out;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('%'))
            out += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            out += QLatin1Char('.');
        else
            out += c;
    }
    return QStringLiteral("\\A(?:") + out + QStringLiteral(")\\z");
}

struct Condition
{
    QString field; ///< empty = every search field
    QString mode;
    QStringList values;
    QList<QRegularExpression> patterns; ///< for like / similar_to / posix
};
} // namespace

struct UserSearch::Private
{
    QList<Condition> conditions;
    bool conjunction = false;
    bool caseSensitive = false;
};

UserSearch::UserSearch()
    : d(std::make_shared<Private>())
{}

std::optional<UserSearch> UserSearch::parse(const QUrlQuery &query, QString *error)
{
    UserSearch search;
    Private &p = *search.d;
    QMap<QString, QString> modes; // field ("" = default) → mode
    QMap<QString, QStringList> values;
    QStringList order;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const bool isMode = key == QLatin1String("mode") || key.startsWith(QLatin1String("mode."));
        const bool isSearch = key == QLatin1String("search") || key.startsWith(QLatin1String("search."));
        if (!isMode && !isSearch)
            continue;
        const QStringList path = key.split(QLatin1Char('.'));
        if (path.size() > 2) {
            *error = QStringLiteral("Unsupported nested search field path `%1` detected.")
                         .arg(path.mid(1).join(QLatin1Char('.')));
            return std::nullopt;
        }
        const QString field = path.value(1);
        if (!field.isEmpty() && !searchFields.contains(field)) {
            *error = QStringLiteral("Search field `%1` is not valid, expect one of %2.")
                         .arg(field, searchFields.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (isMode) {
            static const QStringList known{QStringLiteral("like"), QStringLiteral("exact"),
                                           QStringLiteral("similar_to"), QStringLiteral("posix")};
            if (!known.contains(value)) {
                *error = QStringLiteral("Search match mode `%1` is not valid.").arg(value);
                return std::nullopt;
            }
            modes.insert(field, value);
        } else {
            if (!values.contains(field))
                order.append(field);
            values[field].append(value);
        }
    }
    const QString joint = query.hasQueryItem(QStringLiteral("joint"))
                              ? query.queryItemValue(QStringLiteral("joint"))
                              : query.queryItemValue(QStringLiteral("jointMode"));
    if (!joint.isEmpty() && joint != QLatin1String("or") && joint != QLatin1String("and")) {
        *error = QStringLiteral("Search joint mode `%1` is not valid, expect one of or, and.").arg(joint);
        return std::nullopt;
    }
    p.conjunction = joint == QLatin1String("and");
    const QString sensitive = query.queryItemValue(QStringLiteral("isCaseSensitive")).toLower();
    p.caseSensitive = sensitive == QLatin1String("true") || sensitive == QLatin1String("1") ||
                      sensitive == QLatin1String("yes");
    for (const QString &field : std::as_const(order)) {
        Condition c;
        c.field = field;
        c.mode = modes.value(field, modes.value(QString(), QStringLiteral("like")));
        c.values = values.value(field);
        const bool empty =
            std::any_of(c.values.begin(), c.values.end(), [](const QString &v) { return v.isEmpty(); });
        if (empty) {
            *error = QStringLiteral("Search value cannot be empty.");
            return std::nullopt;
        }
        if (c.mode != QLatin1String("exact") && c.values.size() != 1) {
            *error = QStringLiteral("Only one search value is allowed when search mode is not `exact`.");
            return std::nullopt;
        }
        if (c.mode == QLatin1String("similar_to") && !p.caseSensitive) {
            *error = QStringLiteral("Cannot use case-insensitive match for `similar to`.");
            return std::nullopt;
        }
        if (c.mode != QLatin1String("exact")) {
            const QString regex = c.mode == QLatin1String("like")         ? likeToRegex(c.values.first())
                                  : c.mode == QLatin1String("similar_to") ? similarToRegex(c.values.first())
                                                                          : c.values.first();
            QRegularExpression::PatternOptions options = QRegularExpression::DotMatchesEverythingOption;
            if (!p.caseSensitive)
                options |= QRegularExpression::CaseInsensitiveOption;
            const QRegularExpression pattern(regex, options);
            if (!pattern.isValid()) {
                *error = QStringLiteral("Invalid regular expression: %1").arg(pattern.errorString());
                return std::nullopt;
            }
            c.patterns.append(pattern);
        } else if (!p.caseSensitive) {
            for (QString &v : c.values)
                v = v.toLower();
        }
        p.conditions.append(c);
    }
    return search;
}

bool UserSearch::searchesSubstrings() const
{
    return std::any_of(d->conditions.begin(), d->conditions.end(),
                       [](const Condition &c) { return c.mode != QLatin1String("exact"); });
}

bool UserSearch::matches(const QJsonObject &user) const
{
    if (d->conditions.isEmpty())
        return true;
    auto fieldMatches = [this, &user](const Condition &c, const QString &field) {
        const QJsonValue v = user.value(field);
        if (!v.isString()) // NULL never matches
            return false;
        const QString text = v.toString();
        if (c.mode == QLatin1String("exact"))
            return c.values.contains(d->caseSensitive ? text : text.toLower());
        return c.patterns.first().match(text).hasMatch(); // posix (~) finds a match anywhere
    };
    for (const Condition &c : d->conditions) {
        const QStringList fields = c.field.isEmpty() ? searchFields : QStringList{c.field};
        const bool hit = std::any_of(fields.begin(), fields.end(),
                                     [&](const QString &field) { return fieldMatches(c, field); });
        if (hit && !d->conjunction)
            return true;
        if (!hit && d->conjunction)
            return false;
    }
    return d->conjunction;
}

} // namespace gatehouse::test::fakelogto
