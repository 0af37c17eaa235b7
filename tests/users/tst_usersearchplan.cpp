// The two ways a SQLite workspace answers a page of a text search — the trigram index, or a walk
// along the sort order checking each row — and the planner that picks one per query; and the
// part of a search PostgreSQL asks its trigram index for. Every page of every path is compared
// with the answer computed here from the rows themselves.
#include "ExpectedUserOrder.h"
#include "PostgresConnection.h"
#include "TestSupport.h"
#include "local/SqliteFunctions.h"
#include "local/UserSql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace gatehouse;
using namespace gatehouse::local;

namespace {
struct Row
{
    QString id, username, email, phone, name;
    qint64 createdAt = 0;
    qint64 lastSignInAt = 0;
    bool suspended = false;
};

constexpr int tenantRows = 12000;
constexpr qint64 base = 1700000000000LL;

/// The users of the tenant under test. Half are named "Foo Bar", half "Bar Foo": every trigram
/// of "foo bar foo" is held by thousands, but only the three oldest users carry the phrase, at the
/// far end of the newest-first order — the case where the statistics promise many matches and a
/// walk finds none in its share of the table.
Row makeRow(int i)
{
    Row r;
    r.id = QStringLiteral("id%1").arg(i, 6, 10, QLatin1Char('0'));
    r.username = QStringLiteral("Member_%1").arg(i);
    r.email =
        i % 2 ? QStringLiteral("Ann.Lee%1@Mail.Example").arg(i) : QStringLiteral("x%1@corp.example").arg(i);
    r.phone = i % 3 ? QStringLiteral("+1 555 %1").arg(i, 7, 10, QLatin1Char('0')) : QString();
    r.name = i < 3        ? QStringLiteral("Foo Bar Foo")
             : i % 7 == 0 ? QStringLiteral("Ångström Müller")
             : i % 2 == 0 ? QStringLiteral("Foo Bar")
                          : QStringLiteral("Bar Foo");
    r.createdAt = base + (i / 2) * 1000; // pairs share a creation time: the id breaks the tie
    r.lastSignInAt = i % 4 == 0 ? 0 : base + (i * 7919 % 5000) * 1000;
    r.suspended = i % 5 == 0;
    return r;
}

QByteArray csvLine(const Row &r)
{
    return (QStringList{r.id, r.username, r.email, r.phone, r.name,
                        r.suspended ? QStringLiteral("true") : QStringLiteral("false"),
                        QString::number(r.createdAt),
                        r.lastSignInAt ? QString::number(r.lastSignInAt) : QString()}
                .join(QLatin1Char(',')) +
            QLatin1Char('\n'))
        .toUtf8();
}

bool writeCsv(const QString &path, const QList<Row> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("id,username,primaryEmail,primaryPhone,name,isSuspended,createdAt,lastSignInAt\n");
    for (const Row &r : rows)
        f.write(csvLine(r));
    return f.flush();
}
} // namespace

Q_DECLARE_METATYPE(UserQuery::Sort)
Q_DECLARE_METATYPE(usersql::SearchPath)

class TestUserSearchPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString workspace = m_dir.filePath(QStringLiteral("plan.sqlite"));
        QString error;
        m_backend = test::openBackend(workspace, &error);
        QVERIFY2(m_backend, qPrintable(error));
        for (const QString &name : {QStringLiteral("Other"), QStringLiteral("Plan")}) {
            Tenant t;
            t.name = name;
            const auto created = test::await(m_backend->tenants().create(t));
            GH_VERIFY_OK(created);
            m_tenants << created->id;
        }
        // Another tenant's users match the same terms and sit between the tenant's own in the
        // newest-first order: neither path may return them.
        QList<Row> other;
        for (int i = 0; i < 500; ++i) {
            Row r = makeRow(i);
            r.id = QStringLiteral("other%1").arg(i);
            r.username = QStringLiteral("Other_%1").arg(i);
            r.email = QStringLiteral("other%1@mail.example").arg(i);
            r.phone.clear();
            r.name = QStringLiteral("Foo Bar Foo");
            r.createdAt = base + i * 20000 + 1;
            other << r;
        }
        for (int i = 0; i < tenantRows; ++i)
            m_rows << makeRow(i);
        const QString otherCsv = m_dir.filePath(QStringLiteral("other.csv"));
        const QString csv = m_dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(writeCsv(otherCsv, other));
        QVERIFY(writeCsv(csv, m_rows));
        for (const auto &[tenant, file, count] : {std::tuple{m_tenants[0], otherCsv, qint64(other.size())},
                                                  std::tuple{m_tenants[1], csv, qint64(tenantRows)}}) {
            const auto report =
                test::await(m_backend->users().importUsers(tenant, file, {}, nullptr), 120000);
            GH_VERIFY_OK(report);
            QVERIFY2(report->rowsImported == count, qPrintable(report->toText()));
        }

        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        m_db.setDatabaseName(workspace);
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        m_session = std::make_unique<SqlSession>(m_db, Dialect::Sqlite);
        registerSqliteFunctions(*m_session);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        m_backend.reset();
        m_pgBackend.reset(); // before its database is dropped
        m_pg.reset();
    }

    /// The planner walks for terms thousands of users share and asks the index for rare ones.
    void plannerChoosesByHowCommonTheTermIs_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<usersql::SearchPath>("path");
        QTest::newRow("every user") << "foo" << usersql::SearchPath::Walk;
        QTest::newRow("half the users") << "mail.example" << usersql::SearchPath::Walk;
        QTest::newRow("common trigrams, rare phrase") << "foo bar foo" << usersql::SearchPath::Walk;
        QTest::newRow("one user") << "member_10234" << usersql::SearchPath::Index;
        QTest::newRow("an id") << "id001234" << usersql::SearchPath::Index;
        QTest::newRow("a trigram no one has") << "qqq" << usersql::SearchPath::Index;
        QTest::newRow("too short for trigrams") << "me" << usersql::SearchPath::Index;
    }

    void plannerChoosesByHowCommonTheTermIs()
    {
        QFETCH(QString, term);
        QFETCH(usersql::SearchPath, path);
        QCOMPARE(usersql::plannedPath(*m_session, term, 50), path);
    }

    /// Every page, through to the end, is the same on every path, and is what the rows say.
    void pathsReturnTheSameRows_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<UserQuery::Sort>("sort");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("suspendedOnly");
        QTest::addColumn<bool>("found");
        const std::pair<const char *, UserQuery::Sort> sorts[] = {
            {"newest", UserQuery::Sort::CreatedDesc},
            {"username", UserQuery::Sort::Username},
            {"email", UserQuery::Sort::Email},
            {"last sign-in", UserQuery::Sort::LastSignInDesc}};
        const char *terms[] = {"foo",      "bar foo", "foo bar foo", "MAIL.example", "member_1023",
                               "ÅNGSTRÖM", "id0012",  "555 0001",    "0001235",      "zzzz"};
        for (const char *term : terms) {
            const bool found = qstrcmp(term, "zzzz") != 0;
            for (const auto &[sortName, sort] : sorts)
                QTest::addRow("%s, %s", term, sortName)
                    << QString::fromUtf8(term) << sort << 500 << false << found;
            QTest::addRow("%s, pages of 7, suspended", term)
                << QString::fromUtf8(term) << UserQuery::Sort::CreatedDesc << 7 << true << found;
        }
    }

    void pathsReturnTheSameRows()
    {
        QFETCH(QString, term);
        QFETCH(UserQuery::Sort, sort);
        QFETCH(int, pageSize);
        QFETCH(bool, suspendedOnly);
        QFETCH(bool, found);
        UserQuery query;
        query.search = term;
        query.sort = sort;
        if (suspendedOnly)
            query.suspended = true;
        const QStringList expected = expectedIds(query);
        QCOMPARE(!expected.isEmpty(), found); // the term is there (or, once, deliberately not)
        // Large answers are read in a few pages only (the first pages are what a person sees).
        const int maxPages = suspendedOnly ? 40 : 8;
        for (const auto path :
             {usersql::SearchPath::Index, usersql::SearchPath::Walk, usersql::SearchPath::Automatic}) {
            QStringList ids;
            UserCursor cursor;
            bool atEnd = false;
            for (int pages = 0; !atEnd && pages < maxPages; ++pages) {
                UserPage page;
                try {
                    page = usersql::findPage(*m_session, m_tenants[1], query, cursor, pageSize, path);
                } catch (const Failure &f) {
                    QFAIL(qPrintable(f.error.toString()));
                }
                QVERIFY(page.users.size() <= pageSize);
                for (const User &u : std::as_const(page.users))
                    ids << u.id;
                atEnd = page.atEnd;
                if (!atEnd)
                    QCOMPARE(page.users.size(), pageSize);
                cursor = page.next;
            }
            const QStringList want = atEnd ? expected : expected.mid(0, ids.size());
            QVERIFY2(ids == want,
                     qPrintable(QStringLiteral("path %1: %2 rows, expected %3; first difference at %4")
                                    .arg(int(path))
                                    .arg(ids.size())
                                    .arg(want.size())
                                    .arg(firstDifference(ids, want))));
            if (!atEnd)
                QCOMPARE(ids.size(), maxPages * pageSize);
        }
    }

    /// PostgreSQL asks its trigram index for the person part of an email address, a long run
    /// with digits, or the runs of a phone fragment joined by wildcards, and checks the whole text
    /// on the candidates: the same rows, page by page, for terms that take those ways (in either
    /// order of the runs) and terms that do not.
    void postgresAnswersTheSame_data()
    {
        QTest::addColumn<QString>("term");
        for (const char *term :
             {"Ann.Lee10235@Mail.Example", "ann.lee1023@mail", "x1234@corp.example", "lee10235@",
              "member_10234", "member_1023", "Member_10", "mail.example", "foo bar foo", "555 0001",
              "0001 555", "55 000", "lee 1023", "1-2-3", "ÅNGSTRÖM", "nobody.here@mail.example"})
            QTest::newRow(term) << QString::fromUtf8(term);
    }

    void postgresAnswersTheSame()
    {
        GH_REQUIRE_POSTGRES();
        if (!m_pg) {
            m_pg = std::make_unique<test::PostgresDatabase>();
            QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
            QString error;
            m_pgBackend = test::openBackend(m_pg->url(), &error);
            QVERIFY2(m_pgBackend, qPrintable(error));
            Tenant t;
            t.name = QStringLiteral("Plan");
            const auto created = test::await(m_pgBackend->tenants().create(t));
            GH_VERIFY_OK(created);
            m_pgTenant = created->id;
            const auto report =
                test::await(m_pgBackend->users().importUsers(
                                m_pgTenant, m_dir.filePath(QStringLiteral("plan.csv")), {}, nullptr),
                            120000);
            GH_VERIFY_OK(report);
            QCOMPARE(report->rowsImported, qint64(tenantRows));
        }
        QFETCH(QString, term);
        UserQuery query;
        query.search = term;
        const QStringList expected = expectedIds(query);
        QStringList ids;
        UserCursor cursor;
        bool atEnd = false;
        for (int pages = 0; !atEnd && pages < 8; ++pages) {
            const auto page = test::await(m_pgBackend->users().page(m_pgTenant, query, cursor, 50));
            GH_VERIFY_OK(page);
            for (const User &u : page->users)
                ids << u.id;
            atEnd = page->atEnd;
            cursor = page->next;
        }
        const QStringList want = atEnd ? expected : expected.mid(0, ids.size());
        QVERIFY2(ids == want, qPrintable(QStringLiteral("%1 rows, expected %2; first difference at %3")
                                             .arg(ids.size())
                                             .arg(want.size())
                                             .arg(firstDifference(ids, want))));
    }

private:
    QStringList expectedIds(const UserQuery &query) const
    {
        const QString term = query.search.trimmed();
        QList<Row> hits;
        for (const Row &r : m_rows) {
            const QString text = QStringList{r.id, r.username, r.email, r.phone, r.name}.join(QChar(0x1F));
            if (!text.contains(term, Qt::CaseInsensitive))
                continue;
            if (query.suspended && r.suspended != *query.suspended)
                continue;
            hits << r;
        }
        return test::expectedUserOrder(hits, query.sort);
    }

    static int firstDifference(const QStringList &a, const QStringList &b)
    {
        for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
            if (a[i] != b[i])
                return int(i);
        }
        return int(qMin(a.size(), b.size()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresDatabase> m_pg;
    std::unique_ptr<Backend> m_pgBackend;
    QString m_pgTenant;
    std::unique_ptr<Backend> m_backend;
    QStringList m_tenants;
    QList<Row> m_rows;
    QSqlDatabase m_db;
    std::unique_ptr<SqlSession> m_session;
};

QTEST_GUILESS_MAIN(TestUserSearchPlan)
#include "tst_usersearchplan.moc"
