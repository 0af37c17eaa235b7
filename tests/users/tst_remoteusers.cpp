#include "FakeLogtoUsers.h"
#include "LogtoConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMutexLocker>
#include <QTest>

using namespace gatehouse;

/// What only the remote backend does with users: Logto's paging and search parameters, the
/// import's check against the server and its report when the server refuses rows midway, exports
/// across pages. (tst_users runs the common expectations on a Logto server too.)
class TestRemoteUsers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeLogto> m_fake;
    std::unique_ptr<Backend> m_backend;
    QTemporaryDir m_dir;
    QString m_tenant;

    UsersApi &users() { return m_backend->users(); }

    void seed(int count, const QString &prefix = QStringLiteral("user"))
    {
        test::FakeLogto::State &state = m_fake->state();
        QMutexLocker lock(&state.mutex);
        for (int i = 0; i < count; ++i) {
            const QJsonObject user =
                test::fakelogto::newUser(state, QStringLiteral("%1_%2").arg(prefix).arg(i),
                                         QStringLiteral("%1%2@example.com").arg(prefix).arg(i));
            state.users.insert(user.value(QLatin1String("id")).toString(), user);
        }
    }

    int userCount()
    {
        QMutexLocker lock(&m_fake->state().mutex);
        return static_cast<int>(m_fake->state().users.size());
    }

    int requests(const QByteArray &method, const QString &path)
    {
        int n = 0;
        for (const test::HttpRequest &r : m_fake->server().requests()) {
            if (r.method == method && r.path == path)
                ++n;
        }
        return n;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    /// A CSV with `rows` new users (username new_<i>, email new<i>@example.com).
    QString csvOf(int rows, const QString &name)
    {
        QByteArray csv = "username,primaryEmail\n";
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("new_%1,new%1@example.com\n").arg(i).toUtf8();
        return writeFile(name, csv);
    }

    User draft(const QString &username, const QString &email = {}, const QString &phone = {})
    {
        User u;
        u.username = username;
        u.primaryEmail = email;
        u.primaryPhone = phone;
        u.name = QStringLiteral("Name of ") + username;
        return u;
    }

    User create(const User &u, const QString &password = {})
    {
        const auto created = test::await(users().create(m_tenant, u, password));
        return created.ok() ? created.value() : User{};
    }

    JournalEntry lastJournal()
    {
        const auto entries = test::await(m_backend->journal().list({m_tenant, {}, 0, 1}));
        return entries.ok() && !entries->isEmpty() ? entries->first() : JournalEntry{};
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<test::FakeLogto>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->error()));
        QString error;
        m_backend = test::connectTo(*m_fake, m_dir.filePath(QStringLiteral("journal.sqlite")), &error);
        QVERIFY2(m_backend, qPrintable(error));
        m_tenant = m_fake->tenant();
        m_fake->server().clearRequests();
    }

    void cleanup()
    {
        if (m_backend) {
            const auto report = test::await(m_backend->journal().verify());
            QVERIFY(report.ok() && report->intact());
        }
        m_backend.reset();
        m_fake.reset();
    }

    void pagesMapToLogtoPages()
    {
        seed(250);
        auto page = test::await(users().page(m_tenant, {}, {}, 100));
        GH_VERIFY_OK(page);
        QCOMPARE(page->users.size(), 100);
        QCOMPARE(page->next.key, QStringLiteral("100"));
        QVERIFY(page->next.id.isEmpty());
        QVERIFY(!page->atEnd);
        QCOMPARE(requests("GET", QStringLiteral("/api/users")), 1);
        // An offset between pages needs the two pages around it.
        page = test::await(users().page(m_tenant, {}, {QStringLiteral("150"), {}}, 100));
        GH_VERIFY_OK(page);
        QCOMPARE(page->users.size(), 100);
        QCOMPARE(page->users.first().username, QStringLiteral("user_99")); // newest first
        QCOMPARE(requests("GET", QStringLiteral("/api/users")), 3);
        page = test::await(users().page(m_tenant, {}, page->next, 100));
        QCOMPARE(page->users.size(), 0);
        QVERIFY(page->atEnd);
        // A cursor of a local workspace (key and id) is refused in plain words.
        const auto foreign = test::await(
            users().page(m_tenant, {}, {QStringLiteral("1700000000000"), QStringLiteral("abc")}, 10));
        QCOMPARE(foreign.error().code(), ErrorCode::Validation);
        const auto anchors = test::await(users().anchors(m_tenant, {}, 100));
        GH_VERIFY_OK(anchors);
        QCOMPARE(anchors->total, 250);
        QCOMPARE(anchors->cursors.size(), 3);
        QCOMPARE(anchors->cursors.at(2).key, QStringLiteral("200"));
    }

    void searchSendsTextAsTyped()
    {
        seed(3);
        User cafe;
        cafe.username = QStringLiteral("cafe_owner");
        cafe.primaryEmail = QStringLiteral("Cafe+50%41@example.com");
        cafe.primaryPhone = QStringLiteral("+49 30 1234567");
        cafe.name = QStringLiteral("Café ab_cd %41x");
        const auto created = test::await(users().create(m_tenant, cafe, {}));
        GH_VERIFY_OK(created);
        QCOMPARE(created->primaryPhone, QStringLiteral("49301234567"));
        const QStringList found{created->id};
        // "%41" must not be taken for an escaped 'A'; '+' is not a space; '_' is literal.
        for (const QString &text : {QStringLiteral("cafe"), QStringLiteral("CAFE+50%"),
                                    QStringLiteral("ab_cd"), QStringLiteral("%41x"), QStringLiteral("41x"),
                                    QStringLiteral("30 1234"), QStringLiteral("+49 (30) 12")}) {
            UserQuery q;
            q.search = text;
            const auto page = test::await(users().page(m_tenant, q, {}, 10));
            GH_VERIFY_OK(page);
            QStringList ids;
            for (const User &u : page->users)
                ids << u.id;
            QVERIFY2(ids == found, qPrintable(text));
        }
        // Exact look-ups send the value as typed too: the clash names its holder.
        User twin;
        twin.primaryEmail = QStringLiteral("cafe+50%41@EXAMPLE.com");
        const auto clash = test::await(users().create(m_tenant, twin, {}));
        QCOMPARE(clash.error().code(), ErrorCode::AlreadyExists);
        QVERIFY2(clash.error().message().contains(created->id), qPrintable(clash.error().message()));
        UserQuery underscore;
        underscore.search = QStringLiteral("abXcd");
        QCOMPARE(test::await(users().page(m_tenant, underscore, {}, 10))->users.size(), 0);
    }

    void unsupportedQueriesSaySo()
    {
        UserQuery q;
        q.sort = UserQuery::Sort::Username;
        auto page = test::await(users().page(m_tenant, q, {}, 10));
        QCOMPARE(page.error().code(), ErrorCode::Unsupported);
        QVERIFY(page.error().message().contains(QStringLiteral("newest first")));
        q = {};
        q.hasPassword = true;
        const auto exported = test::await(
            users().exportUsers(m_tenant, q, m_dir.filePath(QStringLiteral("x.csv")), {}, nullptr));
        QCOMPARE(exported.error().code(), ErrorCode::Unsupported);
        QCOMPARE(requests("GET", QStringLiteral("/api/users")), 0); // never emulated client-side
        q = {};
        q.roleId = QStringLiteral("nosuchrole");
        page = test::await(users().page(m_tenant, q, {}, 10));
        QCOMPARE(page.error().code(), ErrorCode::NotFound);
    }

    void dryRunChecksAgainstTheServer()
    {
        seed(5);
        const QString path =
            writeFile(QStringLiteral("dry.csv"), "username,primaryEmail,password\n"
                                                 "fresh_one,fresh1@example.com,long-enough-1\n"
                                                 "USER_3,someone@example.com,\n"
                                                 "fresh_two,user4@EXAMPLE.com,\n"
                                                 "fresh_one,fresh3@example.com,\n"
                                                 "bad name,,\n");
        ImportOptions options;
        options.dryRun = true;
        const auto report = test::await(users().importUsers(m_tenant, path, options, nullptr));
        GH_VERIFY_OK(report);
        const QString text = report->toText();
        QCOMPARE(report->rowsRead, 5);
        QCOMPARE(report->rowsInvalid, 4);
        QCOMPARE(report->rowsImported, 0);
        QVERIFY(!report->committed);
        QVERIFY2(
            text.contains(QStringLiteral("line 3, username: \"user_3\" already belongs to existing user")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 4, primaryEmail: \"user4@example.com\" already belongs")),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("line 5, username: \"fresh_one\" appears earlier in this file (line 2)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 6, username")), qPrintable(text));
        QCOMPARE(requests("POST", QStringLiteral("/api/users")), 0);
        QCOMPARE(userCount(), 5);
        // All-or-nothing makes the same check first and writes nothing.
        options.dryRun = false;
        const auto rejected = test::await(users().importUsers(m_tenant, path, options, nullptr));
        GH_VERIFY_OK(rejected);
        QVERIFY(!rejected->committed);
        QCOMPARE(requests("POST", QStringLiteral("/api/users")), 0);
        QCOMPARE(userCount(), 5);
    }

    void allOrNothingReportsWhatTheServerCreated()
    {
        const QString path = csvOf(250, QStringLiteral("partial.csv"));
        // The first row that reaches the server fails with 500: its outcome is unknown.
        test::HttpFault fault;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("^/api/users$");
        fault.status = 500;
        m_fake->server().addFault(fault);
        const auto report = test::await(users().importUsers(m_tenant, path, {}, nullptr));
        GH_VERIFY_OK(report);
        const QString text = report->toText();
        QCOMPARE(report->rowsRead, 250);
        QCOMPARE(report->rowsImported, 99); // the rest of the first batch of 100
        QCOMPARE(report->rowsInvalid, 1);
        QVERIFY(report->fatal.isError());
        QVERIFY2(text.contains(QStringLiteral("Rows after line 101 were not sent")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not confirmed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Created on the server (they stay there): lines ")),
                 qPrintable(text));
        QCOMPARE(requests("POST", QStringLiteral("/api/users")), 100); // never repeated blindly
        QCOMPARE(userCount(), 99);
        const auto journal = test::await(m_backend->journal().list({m_tenant, {}, 0, 10}));
        GH_VERIFY_OK(journal);
        QCOMPARE(journal->first().action, QStringLiteral("user.import"));
        QCOMPARE(journal->first().after.toObject().value(QStringLiteral("userIds")).toArray().size(), 99);
    }

    void skipInvalidWritesTheValidRows()
    {
        seed(1);
        const QString path =
            writeFile(QStringLiteral("skip.jsonl"),
                      "{\"username\":\"a_one\",\"isSuspended\":true,\"customData\":{\"k\":1}}\n"
                      "{\"username\":\"user_0\"}\n"
                      "{\"username\":\"a_two\",\"passwordDigest\":\"5f4dcc3b5aa765d61d8327deb882cf99\","
                      "\"passwordAlgorithm\":\"md5\"}\n"
                      "{\"username\":\"A_ONE\"}\n");
        ImportOptions options;
        options.format = ImportFormat::JsonLines;
        options.mode = ImportOptions::Mode::SkipInvalid;
        const auto report = test::await(users().importUsers(m_tenant, path, options, nullptr));
        GH_VERIFY_OK(report);
        const QString text = report->toText();
        QCOMPARE(report->rowsImported, 2);
        QCOMPARE(report->rowsInvalid, 2);
        QVERIFY(report->committed);
        QVERIFY2(text.contains(
                     QStringLiteral("line 2, username: \"user_0\" is already used by another user on the "
                                    "server")),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("line 4, username: \"a_one\" appears earlier in this file (line 1)")),
                 qPrintable(text));
        UserQuery q;
        q.search = QStringLiteral("a_");
        const auto page = test::await(users().page(m_tenant, q, {}, 10));
        GH_VERIFY_OK(page);
        QCOMPARE(page->users.size(), 2);
        for (const User &u : page->users) {
            if (u.username == QLatin1String("a_one")) {
                QVERIFY(u.isSuspended);
                QCOMPARE(u.customData.value(QStringLiteral("k")).toInt(), 1);
            } else {
                QVERIFY(u.hasPassword());
                QVERIFY(
                    test::await(users().verifyPassword(m_tenant, u.id, QStringLiteral("password"))).value());
            }
        }
    }

    void exportPagesThroughEverything()
    {
        seed(250);
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        const auto report = test::await(users().exportUsers(m_tenant, {}, path, {}, nullptr));
        GH_VERIFY_OK(report);
        QCOMPARE(report->rows, 250);
        QCOMPARE(requests("GET", QStringLiteral("/api/users")), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 252); // header, 250 rows, the final newline
        QVERIFY(lines.at(0).startsWith("id,username,primaryEmail"));
        QVERIFY(lines.at(1).contains("user_249"));
        // Re-importable: every row clashes with the user it came from.
        ImportOptions options;
        options.dryRun = true;
        const auto check = test::await(users().importUsers(m_tenant, path, options, nullptr));
        GH_VERIFY_OK(check);
        QCOMPARE(check->rowsInvalid, 250);
        QCOMPARE(requests("GET", QStringLiteral("/api/users")), 3 + 5); // one look-up per 50 rows
    }

    /// The server fails for good after eight pages (1.3 MB of rows, so part of the file is on
    /// disk): the export fails, the file that was there before is untouched, nothing partial is
    /// left beside it and nothing is journaled.
    void serverFailingMidExportLeavesTheFileAlone()
    {
        {
            test::FakeLogto::State &state = m_fake->state();
            QMutexLocker lock(&state.mutex);
            for (int i = 0; i < 1000; ++i) {
                const QJsonObject user = test::fakelogto::newUser(
                    state, QStringLiteral("long_%1").arg(i), QStringLiteral("long%1@example.com").arg(i),
                    QStringLiteral("%1 ").arg(i) + QString(1600, QLatin1Char('n')));
                state.users.insert(user.value(QLatin1String("id")).toString(), user);
            }
        }
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("users.csv"));
        const QByteArray previous = "the previous export\n";
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(previous);
        }
        test::HttpFault fault;
        fault.status = 503;
        fault.method = "GET";
        fault.pathPattern = QStringLiteral("/api/users");
        fault.after = 8;
        fault.times = -1;
        const auto exportsJournaled = [this] {
            const auto journal = test::await(m_backend->journal().list({}));
            return journal.ok() ? std::count_if(journal->begin(), journal->end(),
                                                [](const JournalEntry &e) {
                                                    return e.action == QLatin1String("user.export");
                                                })
                                : -1;
        };
        const auto exportsBefore = exportsJournaled();
        QVERIFY(exportsBefore >= 0);
        m_fake->server().addFault(fault);
        m_fake->server().clearRequests();

        const auto failed = test::await(users().exportUsers(m_tenant, {}, target, {}, nullptr), 60000);
        QVERIFY2(!failed.ok(), "the export reported success without the rest of the users");
        QCOMPARE(failed.error().code(), ErrorCode::Unavailable);
        QVERIFY(requests("GET", QStringLiteral("/api/users")) >= 9);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("users.csv")});
        QCOMPARE(exportsJournaled(), exportsBefore);
    }

    /// tst_users' round trip on a Logto server: no digests leave it, and it chooses ids and
    /// creation times, so a re-imported user is a new user with the same data.
    void exportImportRoundTrip()
    {
        User u = draft(QStringLiteral("olivia"), QStringLiteral("olivia@example.com"),
                       QStringLiteral("+1 555 010 0000"));
        u.customData = QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro, \"annual\"")}};
        u.profile = QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Olivia")}};
        const User a = create(u, QStringLiteral("olivia-password"));
        create(draft(QStringLiteral("peggy"), QStringLiteral("peggy@example.com")));
        ExportOptions withDigests;
        withDigests.withPasswordDigests = true;
        const QString refused = m_dir.filePath(QStringLiteral("digests.csv"));
        QCOMPARE(test::await(users().exportUsers(m_tenant, {}, refused, withDigests, nullptr)).error().code(),
                 ErrorCode::Unsupported);
        QVERIFY(!QFile::exists(refused));
        for (const ImportFormat format : {ImportFormat::Csv, ImportFormat::Json, ImportFormat::JsonLines}) {
            const QString path = m_dir.filePath(QStringLiteral("export.%1").arg(importFormatName(format)));
            ExportOptions options;
            options.format = format;
            const auto exported = test::await(users().exportUsers(m_tenant, {}, path, options, nullptr));
            GH_VERIFY_OK(exported);
            QCOMPARE(exported->rows, 2);
            QCOMPARE(lastJournal().action, QStringLiteral("user.export"));
            ImportOptions importOptions;
            importOptions.format = format;
            // Both users exist: the check before writing finds them on the server.
            const auto report = test::await(users().importUsers(m_tenant, path, importOptions, nullptr));
            GH_VERIFY_OK(report);
            QVERIFY2(!report->committed, qPrintable(report->toText()));
            QCOMPARE(report->rowsImported, 0);
            QCOMPARE(report->rowsInvalid, 2);
            QVERIFY2(report->toText().contains(a.id), qPrintable(report->toText()));
        }
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
        GH_VERIFY_OK(test::await(users().exportUsers(m_tenant, {}, path, {}, nullptr)));
        GH_VERIFY_OK(test::await(users().remove(m_tenant, a.id, QStringLiteral("re-import test"))));
        ImportOptions importOptions;
        importOptions.mode = ImportOptions::Mode::SkipInvalid;
        const auto report = test::await(users().importUsers(m_tenant, path, importOptions, nullptr));
        GH_VERIFY_OK(report);
        QCOMPARE(report->rowsImported, 1); // olivia back; peggy clashes with herself (the server's 422)
        QCOMPARE(report->rowsInvalid, 1);
        QVERIFY2(report->toText().contains(QStringLiteral("already used")), qPrintable(report->toText()));
        QCOMPARE(lastJournal().action, QStringLiteral("user.import"));
        UserQuery q;
        q.search = QStringLiteral("olivia");
        const auto found = test::await(users().page(m_tenant, q, {}, 10));
        GH_VERIFY_OK(found);
        QCOMPARE(found->users.size(), 1);
        const User back = found->users.first();
        QVERIFY(back.id != a.id);
        QCOMPARE(back.customData, u.customData);
        QCOMPARE(back.profile, u.profile);
        QCOMPARE(back.primaryPhone, a.primaryPhone);
    }
};

QTEST_GUILESS_MAIN(TestRemoteUsers)
#include "tst_remoteusers.moc"
