#include "journal/JournalChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace gatehouse;

namespace {
JournalEntry fixedEntry()
{
    JournalEntry e;
    e.seq = 1;
    e.at = 1700000000000;
    e.operatorName = QStringLiteral("alice");
    e.tenantId = QStringLiteral("t1");
    e.action = QStringLiteral("application.create");
    e.targetType = QStringLiteral("application");
    e.targetId = QStringLiteral("app1");
    e.before = QJsonValue::Null;
    // Inserted out of order on purpose: the canonical form sorts keys.
    QJsonObject after;
    after.insert(QStringLiteral("type"), QStringLiteral("SPA"));
    after.insert(QStringLiteral("name"), QStringLiteral("Billing \u00e9\U0001F680"));
    after.insert(QStringLiteral("id"), QStringLiteral("app1"));
    after.insert(QStringLiteral("idTokenTtl"), 3600);
    e.after = after;
    e.prevHash = journalchain::genesisHash();
    return e;
}

/// Keys in an order of their own: the object is built with insert(), as the product builds its
/// journal values (a parsed one is not necessarily ordered the same way).
QJsonObject awkwardKeys()
{
    QJsonObject o;
    o.insert(QStringLiteral("\U0001F600"), 3); // outside the Basic Multilingual Plane
    o.insert(QStringLiteral("\uFB00"), 4);     // above the surrogates
    o.insert(QStringLiteral("\u00e9t\u00e9"), 1);
    o.insert(QStringLiteral("\u03a9"), 2);
    o.insert(QStringLiteral("Zebra"), 5);
    o.insert(QStringLiteral("a"), 6);
    return o;
}

QJsonValue awkwardControl()
{
    return QStringLiteral("a\u0001b\u001fc\td\ne\u007ff\u2028g\"\\/");
}

QJsonArray awkwardNumbers()
{
    return QJsonArray{0.1,
                      5e-324,
                      1.7976931348623157e308,
                      -2.5,
                      1e21,
                      QJsonValue(qint64(9007199254740993)),
                      QJsonValue(std::numeric_limits<qint64>::min())};
}

/// What the store keeps and gives back: the canonical JSON text, parsed again.
QJsonValue readBack(const QJsonValue &value)
{
    return QJsonDocument::fromJson("[" + journalchain::canonicalJson(value) + "]").array().first();
}

/// A correctly chained journal of `count` entries.
QList<JournalEntry> chain(int count)
{
    QList<JournalEntry> entries;
    QString prev = journalchain::genesisHash();
    for (int i = 1; i <= count; ++i) {
        JournalEntry e;
        e.seq = i;
        e.at = 1700000000000 + i;
        e.operatorName = QStringLiteral("op");
        e.tenantId = QStringLiteral("t1");
        e.action = QStringLiteral("role.create");
        e.targetType = QStringLiteral("role");
        e.targetId = QStringLiteral("role%1").arg(i);
        e.before = QJsonValue::Null;
        e.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("Role %1").arg(i)}};
        e.prevHash = prev;
        e.hash = journalchain::computeHash(e);
        prev = e.hash;
        entries.append(e);
    }
    return entries;
}

/// Seals `entries` (in place) with `key`, as a store holding that key writes them.
void seal(QList<JournalEntry> &entries, const JournalKey &key, qsizetype from = 0)
{
    for (qsizetype i = from; i < entries.size(); ++i) {
        entries[i].keyId = key.id;
        entries[i].mac = journalseal::macOf(key.secret, entries[i].hash);
    }
}

/// Re-chains every entry from `from` on, as someone who can write the database but holds no key
/// would after changing entry `from`.
void rehash(QList<JournalEntry> &entries, qsizetype from)
{
    for (qsizetype i = from; i < entries.size(); ++i) {
        if (i > 0)
            entries[i].prevHash = entries[i - 1].hash;
        entries[i].hash = journalchain::computeHash(entries[i]);
    }
}

JournalSeal sealWith(const JournalKey &key, const QString &anchorPath = {})
{
    JournalSeal s;
    s.signing = key;
    s.keys.insert(key.id, key.secret);
    s.anchorPath = anchorPath;
    return s;
}

JournalVerifyReport verifySealed(const QList<JournalEntry> &entries, const JournalSeal &seal, qint64 headSeq,
                                 const QString &headHash)
{
    JournalVerifier verifier;
    verifier.setSeal(seal);
    for (const JournalEntry &e : entries)
        verifier.add(e);
    return verifier.finish(headSeq, headHash);
}

JournalVerifyReport verify(const QList<JournalEntry> &entries, qint64 headSeq, const QString &headHash)
{
    JournalVerifier verifier;
    for (const JournalEntry &e : entries)
        verifier.add(e);
    return verifier.finish(headSeq, headHash);
}

JournalVerifyReport verify(const QList<JournalEntry> &entries, const QList<JournalEntry> &original)
{
    return verify(entries, original.constLast().seq, original.constLast().hash);
}

QString describe(const JournalVerifyReport &report)
{
    QStringList lines;
    for (const JournalProblem &p : report.problems)
        lines.append(QStringLiteral("%1 %2: %3").arg(p.seq).arg(p.kind, p.message));
    return lines.join(QLatin1Char('\n'));
}

bool hasProblem(const JournalVerifyReport &report, qint64 seq, const QString &kind)
{
    return std::any_of(report.problems.begin(), report.problems.end(), [&](const JournalProblem &p) {
        return p.seq == seq && p.kind == kind && !p.message.isEmpty();
    });
}
} // namespace

#define VERIFY_PROBLEM(report, seq, kind)                                                                    \
    QVERIFY2(hasProblem(report, seq, QStringLiteral(kind)), qPrintable(describe(report)))

/// The journal hash chain and its verifier, independent of storage.
class TestJournalChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genesis() { QCOMPARE(journalchain::genesisHash(), QString(64, QLatin1Char('0'))); }

    void canonicalForm()
    {
        // Pinned: changing this form breaks every stored journal.
        const QByteArray expected =
            "{\"action\":\"application.create\",\"after\":{\"id\":\"app1\",\"idTokenTtl\":3600,\"name\":"
            "\"Billing \xc3\xa9\xf0\x9f\x9a\x80\",\"type\":\"SPA\"},\"at\":1700000000000,\"before\":null,"
            "\"operator\":\"alice\",\"prevHash\":"
            "\"0000000000000000000000000000000000000000000000000000000000000000\",\"reason\":\"\","
            "\"targetId\":\"app1\",\"targetType\":\"application\",\"tenantId\":\"t1\"}";
        const JournalEntry e = fixedEntry();
        QCOMPARE(journalchain::canonicalForm(e), expected);
        // seq and the stored hash are not part of the form.
        JournalEntry other = e;
        other.seq = 99;
        other.hash = QStringLiteral("whatever");
        QCOMPARE(journalchain::canonicalForm(other), expected);
    }

    void canonicalJson_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArray("null");
        QTest::newRow("true") << QJsonValue(true) << QByteArray("true");
        QTest::newRow("integer") << QJsonValue(42) << QByteArray("42");
        QTest::newRow("negative") << QJsonValue(-7) << QByteArray("-7");
        QTest::newRow("big integer") << QJsonValue(static_cast<double>(1700000000000))
                                     << QByteArray("1700000000000");
        QTest::newRow("string") << QJsonValue(QStringLiteral("a\"b")) << QByteArray("\"a\\\"b\"");
        QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("x")}) << QByteArray("[1,\"x\"]");
        QTest::newRow("object sorted")
            << QJsonValue(QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}})
            << QByteArray("{\"a\":2,\"b\":1}");
        // Floats in their shortest form that reads back to the same double; -0 is 0.
        QTest::newRow("float") << QJsonValue(0.1) << QByteArray("0.1");
        QTest::newRow("float, binary noise")
            << QJsonValue(0.30000000000000004) << QByteArray("0.30000000000000004");
        QTest::newRow("smallest double") << QJsonValue(5e-324) << QByteArray("5e-324");
        QTest::newRow("largest double")
            << QJsonValue(1.7976931348623157e308) << QByteArray("1.7976931348623157e+308");
        QTest::newRow("1e21") << QJsonValue(1e21) << QByteArray("1e+21");
        QTest::newRow("negative zero") << QJsonValue(-0.0) << QByteArray("0");
        // Integers beyond 2^53 stay exact (a double would make 9007199254740993 ...992).
        QTest::newRow("2^53 + 1") << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
        QTest::newRow("int64 min") << QJsonValue(std::numeric_limits<qint64>::min())
                                   << QByteArray("-9223372036854775808");
        // Control characters escaped (short forms where JSON has them), DEL and U+2028 as they are.
        QTest::newRow("control characters") << awkwardControl()
                                            << QByteArray("\"a\\u0001b\\u001fc\\td\\ne\x7f"
                                                          "f\xe2\x80\xa8g\\\"\\\\/\"");
        QTest::newRow("NUL") << QJsonValue(QString(QChar(0)) + QStringLiteral("x"))
                             << QByteArray("\"\\u0000x\"");
        // Keys in Unicode code point order (UTF-8 byte order), however the object was built:
        // QJsonObject orders keys built with insert() by UTF-16 code units (U+1F600, a surrogate
        // pair 0xD83D…, before U+FB00) but parsed ones by code point; the canonical form must not
        // depend on which it got. A stored entry read back was always hashed in code point order.
        QTest::newRow("keys outside ASCII")
            << QJsonValue(awkwardKeys())
            << QByteArray("{\"Zebra\":5,\"a\":6,\"\xc3\xa9t\xc3\xa9\":1,\"\xce\xa9\":2,\"\xef\xac\x80\":4,"
                          "\"\xf0\x9f\x98\x80\":3}");
    }

    void canonicalJson()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(journalchain::canonicalJson(value), expected);
        // The store keeps this text and verifies what it reads back: the same form again.
        QCOMPARE(journalchain::canonicalJson(readBack(value)), expected);
    }

    /// An entry hashed when written is hashed again from what the store gives back; both must
    /// agree for every value, or an untouched journal reports itself edited.
    void hashSurvivesTheStore()
    {
        JournalEntry e = fixedEntry();
        e.action = QStringLiteral("user.update");
        e.targetType = QStringLiteral("user");
        e.targetId = QStringLiteral("u1");
        e.after = QJsonObject{{QStringLiteral("control"), awkwardControl()},
                              {QStringLiteral("keys"), awkwardKeys()},
                              {QStringLiteral("numbers"), awkwardNumbers()}};
        // Pinned; SHA-256 of these bytes by Python's hashlib.
        const QByteArray expected =
            "{\"action\":\"user.update\",\"after\":{\"control\":\"a\\u0001b\\u001fc\\td\\ne\x7f"
            "f\xe2\x80\xa8g\\\"\\\\/\",\"keys\":{\"Zebra\":5,\"a\":6,\"\xc3\xa9t\xc3\xa9\":1,\"\xce\xa9\":2,"
            "\"\xef\xac\x80\":4,\"\xf0\x9f\x98\x80\":3},\"numbers\":[0.1,5e-324,1.7976931348623157e+308,-2.5,"
            "1e+21,9007199254740993,-9223372036854775808]},\"at\":1700000000000,\"before\":null,\"operator\":"
            "\"alice\",\"prevHash\":\"0000000000000000000000000000000000000000000000000000000000000000\","
            "\"reason\":\"\",\"targetId\":\"u1\",\"targetType\":\"user\",\"tenantId\":\"t1\"}";
        QCOMPARE(journalchain::canonicalForm(e), expected);
        QCOMPARE(journalchain::computeHash(e),
                 QStringLiteral("704e5d60e5b7638de77b712ca59c0e73d0f4215e9f195b81018ec1feadc8ae27"));
        JournalEntry stored = e;
        stored.after = readBack(e.after);
        QCOMPARE(journalchain::computeHash(stored), journalchain::computeHash(e));
    }

    void computeHashKnownAnswer()
    {
        // SHA-256 of the canonical form above, computed independently (Python hashlib).
        QCOMPARE(journalchain::computeHash(fixedEntry()),
                 QStringLiteral("2d3500792b1766b291e7495c21e093db498d761525a23f55ba7b2c4806bfe4b4"));
    }

    void hashCoversEveryField()
    {
        const JournalEntry base = fixedEntry();
        const QString hash = journalchain::computeHash(base);
        QList<JournalEntry> variants(10, base);
        variants[0].at += 1;
        variants[1].operatorName = QStringLiteral("mallory");
        variants[2].tenantId = QStringLiteral("t2");
        variants[3].action = QStringLiteral("application.delete");
        variants[4].targetType = QStringLiteral("role");
        variants[5].targetId = QStringLiteral("app2");
        variants[6].before = QJsonObject();
        variants[7].after = QJsonValue::Null;
        variants[8].reason = QStringLiteral("because");
        variants[9].prevHash = QString(64, QLatin1Char('1'));
        for (const JournalEntry &v : variants)
            QVERIFY(journalchain::computeHash(v) != hash);
    }

    void intact_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("fifty") << 50;
    }

    void intact()
    {
        QFETCH(int, count);
        const QList<JournalEntry> entries = chain(count);
        const JournalVerifyReport report =
            verify(entries, count, count ? entries.constLast().hash : journalchain::genesisHash());
        QVERIFY2(report.intact(), qPrintable(describe(report)));
        QCOMPARE(report.entries, qint64(count));
        QCOMPARE(report.headHash, count ? entries.constLast().hash : journalchain::genesisHash());
    }

    void edited()
    {
        const QList<JournalEntry> original = chain(5);
        QList<JournalEntry> entries = original;
        entries[2].operatorName = QStringLiteral("mallory");
        const JournalVerifyReport report = verify(entries, original);
        QCOMPARE(report.problems.size(), 1);
        VERIFY_PROBLEM(report, 3, "edited");
        QVERIFY(report.problems.first().message.contains(QStringLiteral("3")));
    }

    void editedAndRehashed()
    {
        const QList<JournalEntry> original = chain(5);
        QList<JournalEntry> entries = original;
        entries[2].after = QJsonObject{{QStringLiteral("name"), QStringLiteral("forged")}};
        entries[2].hash = journalchain::computeHash(entries[2]);
        const JournalVerifyReport report = verify(entries, original);
        QVERIFY(!report.intact());
        QVERIFY2(report.problems.first().seq == 4, qPrintable(describe(report)));
    }

    void editedLastEntry()
    {
        const QList<JournalEntry> original = chain(4);
        QList<JournalEntry> entries = original;
        entries[3].reason = QStringLiteral("rewritten");
        entries[3].hash = journalchain::computeHash(entries[3]);
        const JournalVerifyReport report = verify(entries, original);
        VERIFY_PROBLEM(report, 4, "edited");
    }

    void deletedMiddle()
    {
        const QList<JournalEntry> original = chain(5);
        QList<JournalEntry> entries = original;
        entries.removeAt(2);
        const JournalVerifyReport report = verify(entries, original);
        QCOMPARE(report.problems.size(), 1);
        VERIFY_PROBLEM(report, 3, "deleted");
        QVERIFY(report.problems.first().message.contains(QStringLiteral("3")));
    }

    void deletedRange()
    {
        const QList<JournalEntry> original = chain(8);
        QList<JournalEntry> entries = original;
        entries.remove(2, 3); // seq 3, 4, 5
        const JournalVerifyReport report = verify(entries, original);
        QCOMPARE(report.problems.size(), 1);
        VERIFY_PROBLEM(report, 3, "deleted");
        QVERIFY(report.problems.first().message.contains(QStringLiteral("5")));
    }

    void deletedFirst()
    {
        const QList<JournalEntry> original = chain(3);
        QList<JournalEntry> entries = original;
        entries.removeFirst();
        VERIFY_PROBLEM(verify(entries, original), 1, "deleted");
    }

    void reordered_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::newRow("2 and 4") << 2 << 4;
        QTest::newRow("adjacent 2 and 3") << 2 << 3;
        QTest::newRow("first and last") << 1 << 6;
    }

    void reordered()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        const QList<JournalEntry> original = chain(6);
        QList<JournalEntry> entries = original;
        // Swap the seq numbers of two rows; the store returns them ordered by seq.
        std::swap(entries[a - 1].seq, entries[b - 1].seq);
        std::sort(entries.begin(), entries.end(),
                  [](const JournalEntry &x, const JournalEntry &y) { return x.seq < y.seq; });
        const JournalVerifyReport report = verify(entries, original);
        QVERIFY(!report.intact());
        VERIFY_PROBLEM(report, b, "reordered");
        if (a > 1)
            VERIFY_PROBLEM(report, a, "reordered");
        for (const JournalProblem &p : report.problems)
            QVERIFY2(p.kind == QLatin1String("reordered") || p.kind == QLatin1String("edited"),
                     qPrintable(describe(report)));
    }

    void truncated()
    {
        const QList<JournalEntry> original = chain(5);
        QList<JournalEntry> entries = original;
        entries.resize(3);
        const JournalVerifyReport report = verify(entries, original);
        QCOMPARE(report.problems.size(), 1);
        VERIFY_PROBLEM(report, 4, "truncated");
        QVERIFY(report.problems.first().message.contains(QStringLiteral("5")));
        // Everything gone, head still records 5 entries.
        VERIFY_PROBLEM(verify({}, original), 1, "truncated");
    }

    void deletedAndRenumbered_data()
    {
        QTest::addColumn<bool>("headRewritten");
        QTest::newRow("head left alone") << false;
        QTest::newRow("head rewritten too") << true;
    }

    void deletedAndRenumbered()
    {
        QFETCH(bool, headRewritten);
        const QList<JournalEntry> original = chain(5);
        QList<JournalEntry> entries = original;
        entries.removeAt(2);
        for (qsizetype i = 2; i < entries.size(); ++i)
            entries[i].seq -= 1;
        const JournalVerifyReport report =
            headRewritten ? verify(entries, 4, original.constLast().hash) : verify(entries, original);
        VERIFY_PROBLEM(report, 3, "deleted");
        if (!headRewritten)
            VERIFY_PROBLEM(report, 5, "truncated");
    }

    void appendedOutside()
    {
        const QList<JournalEntry> entries = chain(5);
        const JournalVerifyReport report = verify(entries, 4, entries[3].hash);
        QVERIFY(!report.intact());
        QCOMPARE(report.problems.first().seq, qint64(5));
    }

    void keyIdsAndSeals()
    {
        const JournalKey key = journalseal::generateKey();
        QCOMPARE(key.secret.size(), 32);
        QCOMPARE(key.id.size(), 16);
        QCOMPARE(journalseal::keyIdOf(key.secret), key.id);
        QVERIFY(journalseal::generateKey().id != key.id);
        const QString mac = journalseal::macOf(key.secret, journalchain::genesisHash());
        QCOMPARE(mac.size(), 64);
        QVERIFY(mac != journalseal::macOf(journalseal::generateKey().secret, journalchain::genesisHash()));
        // The keychain value round-trips, and a value whose id does not match its secret is refused.
        const JournalSeal seal = sealWith(key);
        const std::optional<JournalSeal> back = journalseal::decodeKeys(journalseal::encodeKeys(seal));
        QVERIFY(back);
        QCOMPARE(back->signing.id, key.id);
        QCOMPARE(back->signing.secret, key.secret);
        QString forged = journalseal::encodeKeys(seal);
        forged.replace(key.id, QStringLiteral("0123456789abcdef"));
        QVERIFY(!journalseal::decodeKeys(forged));
        QVERIFY(!journalseal::decodeKeys(QStringLiteral("not json")));
    }

    void sealedIntact()
    {
        const JournalKey key = journalseal::generateKey();
        QList<JournalEntry> entries = chain(5);
        seal(entries, key);
        const JournalVerifyReport report = verifySealed(entries, sealWith(key), 5, entries.constLast().hash);
        QVERIFY2(report.intact(), qPrintable(describe(report)));
        QVERIFY(report.keyed);
        QCOMPARE(report.sealedChecked, qint64(5));
        QCOMPARE(report.unsealed, qint64(0));
        QVERIFY(report.limitation.isEmpty());
    }

    void withoutKeyTheReportSaysSo()
    {
        const QList<JournalEntry> entries = chain(3);
        const JournalVerifyReport report = verify(entries, 3, entries.constLast().hash);
        QVERIFY(report.intact());
        QVERIFY(!report.keyed);
        QVERIFY(!report.limitation.isEmpty());
        QCOMPARE(report.unsealed, qint64(3));
    }

    void fullRehashBreaksTheSeals()
    {
        // Change entry 2 and recompute every hash after it, head included: the unkeyed chain is
        // intact again, the seals are not.
        const JournalKey key = journalseal::generateKey();
        QList<JournalEntry> entries = chain(5);
        seal(entries, key);
        entries[1].after = QJsonObject{{QStringLiteral("name"), QStringLiteral("forged")}};
        rehash(entries, 1);
        QVERIFY(verify(entries, 5, entries.constLast().hash).intact()); // what the chain alone misses
        const JournalVerifyReport report = verifySealed(entries, sealWith(key), 5, entries.constLast().hash);
        QVERIFY(!report.intact());
        for (qint64 seq = 2; seq <= 5; ++seq)
            QVERIFY2(hasProblem(report, seq, QStringLiteral("forged")), qPrintable(describe(report)));
        QVERIFY(!hasProblem(report, 1, QStringLiteral("forged")));
    }

    void forgedAppendWithoutSeal()
    {
        // An entry appended (and the head moved) by someone without the key.
        const JournalKey key = journalseal::generateKey();
        QList<JournalEntry> entries = chain(4);
        seal(entries, key);
        JournalEntry extra = entries.constLast();
        extra.seq = 5;
        extra.prevHash = entries.constLast().hash;
        extra.keyId.clear();
        extra.mac.clear();
        extra.hash = journalchain::computeHash(extra);
        entries.append(extra);
        // The operator sealed its earlier entries, so even a machine without the key sees the gap.
        QVERIFY(hasProblem(verify(entries, 5, extra.hash), 5, QStringLiteral("unsealed")));
        const JournalVerifyReport report = verifySealed(entries, sealWith(key), 5, extra.hash);
        QVERIFY2(hasProblem(report, 5, QStringLiteral("unsealed")), qPrintable(describe(report)));
        // A copied seal does not hold for another entry.
        entries.last().keyId = key.id;
        entries.last().mac = entries[3].mac;
        QVERIFY(hasProblem(verifySealed(entries, sealWith(key), 5, extra.hash), 5, QStringLiteral("forged")));
    }

    void sealsOfOtherKeysAreCountedNotChecked()
    {
        // A shared workspace: entries 1-2 sealed by another operator's key, 3-4 by ours, 5 by an
        // older version that sealed nothing (before any seal of its operator).
        const JournalKey ours = journalseal::generateKey();
        const JournalKey theirs = journalseal::generateKey();
        QList<JournalEntry> entries = chain(5);
        entries[4].operatorName = QStringLiteral("legacy");
        rehash(entries, 4);
        seal(entries, theirs);
        seal(entries, ours, 2);
        entries[4].keyId.clear();
        entries[4].mac.clear();
        const JournalVerifyReport report = verifySealed(entries, sealWith(ours), 5, entries.constLast().hash);
        QVERIFY2(report.intact(), qPrintable(describe(report)));
        QCOMPARE(report.sealedElsewhere, qint64(2));
        QCOMPARE(report.sealedChecked, qint64(2));
        QCOMPARE(report.unsealed, qint64(1));
    }

    void anchorFindsTruncationWipeAndRewrite()
    {
        QTemporaryDir dir;
        const QString anchorPath = dir.filePath(QStringLiteral("anchors/a.json"));
        const JournalKey key = journalseal::generateKey();
        QList<JournalEntry> entries = chain(6);
        seal(entries, key);
        QVERIFY(journalseal::writeAnchor(anchorPath, {6, entries[5].hash}));
        QVERIFY(journalseal::writeAnchor(anchorPath, {3, entries[2].hash})); // never moves back
        QCOMPARE(journalseal::readAnchor(anchorPath)->seq, qint64(6));
        QFile anchorFile(anchorPath);
        QCOMPARE(int(anchorFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        const JournalSeal seal = sealWith(key, anchorPath);

        const JournalVerifyReport intact = verifySealed(entries, seal, 6, entries[5].hash);
        QVERIFY2(intact.intact(), qPrintable(describe(intact)));
        QCOMPARE(intact.anchorSeq, qint64(6));

        // Cut back to entry 4 and move the head with it: intact but for the anchor.
        const QList<JournalEntry> cut = entries.mid(0, 4);
        QVERIFY(verify(cut, 4, cut.constLast().hash).intact());
        QVERIFY(hasProblem(verifySealed(cut, seal, 4, cut.constLast().hash), 6, QStringLiteral("truncated")));

        // Wiped, head reset.
        QVERIFY(hasProblem(verifySealed({}, seal, 0, journalchain::genesisHash()), 6,
                           QStringLiteral("truncated")));

        // Rewritten from entry 2 with every seal stripped (as if written without a key).
        QList<JournalEntry> stripped = entries;
        for (JournalEntry &e : stripped) {
            e.keyId.clear();
            e.mac.clear();
        }
        stripped[1].reason = QStringLiteral("rewritten");
        rehash(stripped, 1);
        QVERIFY(verify(stripped, 6, stripped.constLast().hash).intact());
        QVERIFY(hasProblem(verifySealed(stripped, seal, 6, stripped.constLast().hash), 6,
                           QStringLiteral("rewritten")));
    }

    void requestsWithoutOutcomeAreReported()
    {
        QList<JournalEntry> entries = chain(6);
        const auto request = [&](int index, const QString &action, const QString &id,
                                 const QJsonValue &after) {
            JournalEntry &e = entries[index];
            e.action = action;
            e.targetType = journalchain::requestTargetType();
            e.targetId = id;
            e.after = after;
        };
        const QJsonObject patch{
            {QStringLiteral("requests"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("PATCH")},
                                    {QStringLiteral("path"), QStringLiteral("/api/users/u1")}}}}};
        const QJsonObject batch{
            {QStringLiteral("requests"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("path"), QStringLiteral("/api/users")},
                                    {QStringLiteral("count"), 37}}}}};
        // 1: intent A, 2: intent B, 3: outcome A, 5: intent C (no outcome), B has none either.
        request(0, journalchain::requestIntentAction(), QStringLiteral("A"), patch);
        request(1, journalchain::requestIntentAction(), QStringLiteral("B"), batch);
        request(2, journalchain::requestOutcomeAction(), QStringLiteral("A"),
                QJsonObject{{QStringLiteral("done"), 1}});
        request(4, journalchain::requestIntentAction(), QStringLiteral("C"), patch);
        rehash(entries, 0);
        const JournalVerifyReport report = verify(entries, 6, entries.constLast().hash);
        QVERIFY2(report.intact(), qPrintable(describe(report))); // not a break in the chain
        QCOMPARE(report.unfinishedCount, qint64(2));
        QCOMPARE(report.unfinished.size(), 2);
        QCOMPARE(report.unfinished[0].seq, qint64(2));
        QCOMPARE(report.unfinished[0].requests, QStringLiteral("POST /api/users (37 requests)"));
        QCOMPARE(report.unfinished[1].seq, qint64(5));
        QCOMPARE(report.unfinished[1].requests, QStringLiteral("PATCH /api/users/u1"));
        const QString notice = journalchain::unfinishedNotice(report);
        QVERIFY2(notice.contains(QStringLiteral("entry 5")) &&
                     notice.contains(QStringLiteral("PATCH /api/users/u1")),
                 qPrintable(notice));

        // How request entries read in lists.
        QCOMPARE(journalchain::requestEntrySummary(entries[1]),
                 QStringLiteral("POST /api/users (37 requests)"));
        QCOMPARE(journalchain::requestEntrySummary(entries[2]), QStringLiteral("done"));
        QCOMPARE(journalchain::outcomeSummary(
                     QJsonObject{{QStringLiteral("done"), 1}, {QStringLiteral("status"), 204}}),
                 QStringLiteral("done (HTTP 204)"));
        QCOMPARE(
            journalchain::outcomeSummary(QJsonObject{
                {QStringLiteral("unknown"), 1}, {QStringLiteral("message"), QStringLiteral("No answer.")}}),
            QStringLiteral("unknown: No answer."));
        QCOMPARE(journalchain::outcomeSummary(
                     QJsonObject{{QStringLiteral("done"), 35}, {QStringLiteral("refused"), 2}}),
                 QStringLiteral("35 done, 2 refused"));
        QVERIFY(journalchain::requestEntrySummary(entries[3]).isEmpty()); // a change

        // Every intent concluded: nothing to report.
        const JournalVerifyReport plain = verify(chain(3), 3, chain(3).constLast().hash);
        QCOMPARE(plain.unfinishedCount, qint64(0));
        QVERIFY(journalchain::unfinishedNotice(plain).isEmpty());
    }

    void problemsAreBounded()
    {
        QList<JournalEntry> entries = chain(300);
        for (JournalEntry &e : entries)
            e.reason = QStringLiteral("tampered");
        const JournalVerifyReport report = verify(entries, 300, entries.constLast().hash);
        QVERIFY(!report.intact());
        QVERIFY(report.problems.size() <= 101);
        QCOMPARE(report.entries, qint64(300));
    }
};

QTEST_GUILESS_MAIN(TestJournalChain)
#include "tst_journalchain.moc"
