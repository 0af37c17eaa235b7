#include "journal/JournalDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using journaldiff::FieldChange;

namespace {
QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList render(const QList<FieldChange> &changes)
{
    QStringList out;
    for (const FieldChange &c : changes) {
        const char *kind = c.kind == FieldChange::Kind::Added     ? "+"
                           : c.kind == FieldChange::Kind::Removed ? "-"
                                                                  : "~";
        out << QStringLiteral("%1 %2: %3 -> %4")
                   .arg(QLatin1String(kind), c.field, journaldiff::text(c.field, c.before),
                        journaldiff::text(c.field, c.after));
    }
    return out;
}
} // namespace

class TestJournalDiff : public QObject
{
    Q_OBJECT
private slots:
    void anUpdateListsOnlyWhatChanged()
    {
        const QJsonValue before =
            parse("{\"id\":\"u1\",\"name\":\"Ada\",\"isSuspended\":false,\"updatedAt\":1733000000000, "
                  "\"customData\":{\"plan\":\"free\",\"seats\":3,\"tags\":[\"a\",\"b\"]},\"profile\":{"
                  "\"nickname\":\"ada\"}}");
        const QJsonValue after =
            parse("{\"id\":\"u1\",\"name\":\"Ada L.\",\"isSuspended\":true,\"updatedAt\":1733000060000, "
                  "\"customData\":{\"plan\":\"pro\",\"seats\":3,\"tags\":[\"b\",\"c\"]},\"profile\":{}}");
        QCOMPARE(render(journaldiff::changes(before, after)),
                 QStringList({QStringLiteral("~ customData.plan: free -> pro"),
                              QStringLiteral("+ customData.tags[]:  -> c"),
                              QStringLiteral("- customData.tags[]: a -> "),
                              QStringLiteral("~ isSuspended: false -> true"),
                              QStringLiteral("~ name: Ada -> Ada L."),
                              QStringLiteral("- profile.nickname: ada -> "),
                              QStringLiteral("~ updatedAt: 2024-11-30T20:53:20Z -> 2024-11-30T20:54:20Z")}));
    }

    void aCreationListsEveryFieldAndADeletionEveryFieldGone()
    {
        const QJsonValue app = parse("{\"name\":\"Billing\",\"type\":\"SPA\",\"redirectUris\":[\"https://a/"
                                     "cb\"], \"customClientMetadata\":{\"idTokenTtl\":3600}}");
        QCOMPARE(render(journaldiff::changes(QJsonValue::Null, app)),
                 QStringList({QStringLiteral("+ customClientMetadata.idTokenTtl:  -> 3600"),
                              QStringLiteral("+ name:  -> Billing"),
                              QStringLiteral("+ redirectUris[]:  -> https://a/cb"),
                              QStringLiteral("+ type:  -> SPA")}));
        const QList<FieldChange> gone = journaldiff::changes(app, QJsonValue::Null);
        QCOMPARE(gone.size(), 4);
        for (const FieldChange &c : gone)
            QCOMPARE(c.kind, FieldChange::Kind::Removed);
    }

    void listsOfObjectsAndChangedTypesAreOneChange()
    {
        const QJsonValue before = parse("{\"scopes\":[{\"id\":\"s1\"}],\"limit\":5,\"x\":null}");
        const QJsonValue after = parse("{\"scopes\":[{\"id\":\"s2\"}],\"limit\":\"5\",\"x\":\"set\"}");
        QCOMPARE(render(journaldiff::changes(before, after)),
                 QStringList({QStringLiteral("~ limit: 5 -> 5"),
                              QStringLiteral("~ scopes: [{\"id\":\"s1\"}] -> [{\"id\":\"s2\"}]"),
                              QStringLiteral("+ x:  -> set")}));
        // Same value: nothing to show, whatever the key order.
        QVERIFY(
            journaldiff::changes(parse("{\"a\":1,\"b\":[1,2]}"), parse("{\"b\":[1,2],\"a\":1}")).isEmpty());
        // A plain value that is not an object (a grant's list of ids).
        QCOMPARE(render(journaldiff::changes(QJsonArray{QStringLiteral("r1")},
                                             QJsonArray{QStringLiteral("r1"), QStringLiteral("r2")})),
                 QStringList({QStringLiteral("~ (value): r1 -> r1, r2")}));
    }

    void timesOnlyWhereTheFieldSaysSo()
    {
        QCOMPARE(journaldiff::text(QStringLiteral("createdAt"), 1733000000000.0),
                 QStringLiteral("2024-11-30T20:53:20Z"));
        QCOMPARE(journaldiff::text(QStringLiteral("seats"), 1733000000000.0),
                 QStringLiteral("1733000000000"));
        QCOMPARE(journaldiff::text(QStringLiteral("lastSignInAt"), 42), QStringLiteral("42"));
        QCOMPARE(journaldiff::text(QStringLiteral("ttl"), 0.5), QStringLiteral("0.5"));
        QCOMPARE(journaldiff::text(QStringLiteral("x"), QJsonValue(true)), QStringLiteral("true"));
        QVERIFY(journaldiff::text(QStringLiteral("x"), QJsonValue::Null).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalDiff)
#include "tst_journaldiff.moc"
