#include "PostgresConnection.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <sys/resource.h>

using namespace gatehouse;

/// The import and export engines through the Backend interface, on SQLite or PostgreSQL
/// (GATEHOUSE_TEST_BACKEND): the deliberately broken files of tests/data/import, and what
/// happens when the database fails, the writer is cancelled or the disk refuses in the middle.
class TestUserImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresDatabase> m_pg;
    std::unique_ptr<Backend> m_backend;
    QString m_workspace;
    QString m_tenant;
    int m_counter = 0;

    bool isPostgres() const
    {
        return qEnvironmentVariable("GATEHOUSE_TEST_BACKEND") == QLatin1String("postgres");
    }

    /// Runs statements on a connection of the test's own to the workspace; empty on success.
    QString rawExec(const QStringList &statements, QVariant *firstValue = nullptr)
    {
        const QString name = QStringLiteral("raw");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (isPostgres()) {
                const auto spec = WorkspaceSpec::parse(m_workspace);
                db.setHostName(spec->host);
                db.setPort(spec->port);
                db.setUserName(spec->user);
                db.setPassword(spec->password);
                db.setDatabaseName(spec->database);
            } else {
                db.setDatabaseName(m_workspace);
            }
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                for (const QString &sql : statements) {
                    QSqlQuery q(db);
                    if (!q.exec(sql)) {
                        error = sql + QStringLiteral(": ") + q.lastError().text();
                        break;
                    }
                    if (firstValue && q.next())
                        *firstValue = q.value(0);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    /// SQLite: the search index is whole and its trigger is in place (nothing to check on
    /// PostgreSQL, whose index is maintained by the database itself).
    void verifySearchIndex()
    {
        if (isPostgres())
            return;
        QVariant value;
        QCOMPARE(rawExec({QStringLiteral("INSERT INTO users_fts(users_fts) VALUES('integrity-check')"),
                          QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name "
                                         "= 'users_fts_insert'")},
                         &value),
                 QString());
        QVERIFY2(value.toInt() == 1, "the search index trigger is gone");
        QCOMPARE(rawExec({QStringLiteral(
                             "SELECT (SELECT COUNT(*) FROM users_fts) - (SELECT COUNT(*) FROM users)")},
                         &value),
                 QString());
        QCOMPARE(value.toInt(), 0);
    }

    /// `rows` users u_<i> / u<i>@example.com in a new CSV file; with `extraColumn`, each carries it
    /// in its custom data ({"pad": extraColumn}), which makes long rows.
    QString manyUsersFile(int rows, const QByteArray &extraColumn = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("many%1.csv").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(extraColumn.isEmpty() ? "username,primaryEmail\n" : "username,primaryEmail,customData\n");
        const QByteArray extra =
            extraColumn.isEmpty() ? QByteArray() : ",\"{\"\"pad\"\":\"\"" + extraColumn + "\"\"}\"";
        for (int i = 0; i < rows; ++i)
            file.write("u_" + QByteArray::number(i) + ",u" + QByteArray::number(i) + "@example.com" + extra +
                       '\n');
        return path;
    }

    qint64 countJournal(const QString &action)
    {
        const auto entries = test::await(m_backend->journal().list({m_tenant, {}, 0, 10000}));
        qint64 n = 0;
        if (entries.ok()) {
            for (const JournalEntry &e : entries.value())
                n += e.action == action ? 1 : 0;
        }
        return entries.ok() ? n : -1;
    }

    static QString data(const char *name)
    {
        return qEnvironmentVariable("GATEHOUSE_TEST_DATA") + QLatin1Char('/') + QLatin1String(name);
    }

    qint64 userCount()
    {
        const auto anchors = test::await(m_backend->users().anchors(m_tenant, {}, 1000));
        return anchors.ok() ? anchors->total : -1;
    }

    qint64 journalLength()
    {
        const auto report = test::await(m_backend->journal().verify());
        return report.ok() ? report->entries : -1;
    }

    ImportReport import(const QString &path, ImportFormat format, ImportOptions::Mode mode,
                        bool dryRun = false, std::shared_ptr<ImportControl> control = nullptr)
    {
        ImportOptions options;
        options.format = format;
        options.mode = mode;
        options.dryRun = dryRun;
        const auto report =
            test::await(m_backend->users().importUsers(m_tenant, path, options, control), 120000);
        if (!report.ok()) {
            ImportReport failed;
            failed.fatal = report.error();
            return failed;
        }
        return report.value();
    }

    QString problemsText(const ImportReport &report) { return report.toText(); }

private Q_SLOTS:
    void init()
    {
        QString &workspace = m_workspace;
        if (isPostgres()) {
            GH_REQUIRE_POSTGRES();
            m_pg = std::make_unique<test::PostgresDatabase>();
            QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
            workspace = m_pg->url();
        } else {
            workspace = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter));
        }
        QString error;
        m_backend = test::openBackend(workspace, &error);
        QVERIFY2(m_backend, qPrintable(error));
        Tenant t;
        t.name = QStringLiteral("Import");
        const auto created = test::await(m_backend->tenants().create(t));
        GH_VERIFY_OK(created);
        m_tenant = created->id;
    }

    void cleanup()
    {
        m_backend.reset();
        m_pg.reset();
    }

    void validFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ImportFormat>("format");
        QTest::newRow("csv") << data("valid.csv") << ImportFormat::Csv;
        QTest::newRow("csv with BOM") << data("bom.csv") << ImportFormat::Csv;
        QTest::newRow("json") << data("valid.json") << ImportFormat::Json;
        QTest::newRow("jsonl") << data("valid.jsonl") << ImportFormat::JsonLines;
    }

    void validFiles()
    {
        QFETCH(QString, file);
        QFETCH(ImportFormat, format);
        const qint64 journalBefore = journalLength();
        const ImportReport report = import(file, format, ImportOptions::Mode::AllOrNothing);
        QVERIFY2(report.committed, qPrintable(problemsText(report)));
        QVERIFY(report.rowsRead > 0);
        QCOMPARE(report.rowsInvalid, 0);
        QCOMPARE(report.rowsImported, report.rowsRead);
        QCOMPARE(userCount(), report.rowsRead);
        QCOMPARE(journalLength(), journalBefore + 1); // one user.import entry
        const auto journal = test::await(m_backend->journal().list({m_tenant, {}, 0, 1}));
        GH_VERIFY_OK(journal);
        QCOMPARE(journal->first().action, QStringLiteral("user.import"));
        const auto verify = test::await(m_backend->journal().verify());
        QVERIFY(verify->intact());
    }

    void csvDetails()
    {
        const ImportReport report =
            import(data("valid.csv"), ImportFormat::Csv, ImportOptions::Mode::AllOrNothing);
        QVERIFY2(report.committed, qPrintable(problemsText(report)));
        UserQuery q;
        q.search = QStringLiteral("alice@example.com");
        const auto page = test::await(m_backend->users().page(m_tenant, q, {}, 10));
        GH_VERIFY_OK(page);
        QCOMPARE(page->users.size(), 1);
        const User alice = page->users.first();
        QCOMPARE(alice.id, QStringLiteral("a1lice000001"));
        QCOMPARE(alice.profile.value(QStringLiteral("givenName")).toString(), QStringLiteral("Alice"));
        QCOMPARE(alice.customData.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
        QCOMPARE(alice.passwordAlgorithm, QStringLiteral("Argon2id")); // plain password hashed on import
        const auto ok = test::await(
            m_backend->users().verifyPassword(m_tenant, alice.id, QStringLiteral("Wonderland-2024")));
        GH_VERIFY_OK(ok);
        QVERIFY(ok.value());
        // Search finds imported rows (the deferred index was written before commit).
        q.search = QStringLiteral("stone");
        const auto bob = test::await(m_backend->users().page(m_tenant, q, {}, 10));
        QCOMPARE(bob->users.size(), 1);
    }

    void brokenFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ImportFormat>("format");
        QTest::addColumn<QString>("expected"); // a fragment of the report
        QTest::newRow("bad quoting") << data("bad_quoting.csv") << ImportFormat::Csv
                                     << QStringLiteral("line");
        QTest::newRow("wrong column count")
            << data("wrong_column_count.csv") << ImportFormat::Csv << QStringLiteral("header");
        QTest::newRow("invalid utf-8")
            << data("invalid_utf8.csv") << ImportFormat::Csv << QStringLiteral("UTF-8");
        QTest::newRow("duplicate emails")
            << data("duplicate_emails.csv") << ImportFormat::Csv << QStringLiteral("earlier in this file");
        QTest::newRow("unknown algorithm")
            << data("unknown_algorithm.csv") << ImportFormat::Csv << QStringLiteral("Whirlpool");
        QTest::newRow("truncated csv")
            << data("truncated.csv") << ImportFormat::Csv << QStringLiteral("line");
        QTest::newRow("truncated json")
            << data("truncated.json") << ImportFormat::Json << QStringLiteral("line");
        QTest::newRow("not objects") << data("not_objects.json") << ImportFormat::Json
                                     << QStringLiteral("line");
        QTest::newRow("unknown column")
            << data("unknown_column.csv") << ImportFormat::Csv << QStringLiteral("column");
    }

    void brokenFilesChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(ImportFormat, format);
        QFETCH(QString, expected);
        const qint64 journalBefore = journalLength();
        const ImportReport report = import(file, format, ImportOptions::Mode::AllOrNothing);
        const QString text = problemsText(report);
        QVERIFY2(!report.committed, qPrintable(text));
        QCOMPARE(report.rowsImported, 0);
        QVERIFY2(report.problemCount > 0, qPrintable(text));
        QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(text));
        for (const ImportProblem &p : report.problems)
            QVERIFY2(p.line > 0 || report.fatal.isError(), qPrintable(p.message));
        QCOMPARE(userCount(), 0);
        QCOMPARE(journalLength(), journalBefore);
    }

    void duplicatesNamedByLine()
    {
        const ImportReport report =
            import(data("duplicate_emails.csv"), ImportFormat::Csv, ImportOptions::Mode::SkipInvalid);
        QVERIFY(report.committed);
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.rowsInvalid, 2);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems[0].line, 3);
        QCOMPARE(report.problems[0].field, QStringLiteral("primaryEmail"));
        QCOMPARE(report.problems[1].line, 5);
        QCOMPARE(report.problems[1].field, QStringLiteral("username"));
        QCOMPARE(userCount(), 2);
    }

    void duplicatesAgainstExistingUsers()
    {
        User existing;
        existing.primaryEmail = QStringLiteral("Alice@Example.com");
        const auto created = test::await(m_backend->users().create(m_tenant, existing, {}));
        GH_VERIFY_OK(created);
        const ImportReport report =
            import(data("valid.csv"), ImportFormat::Csv, ImportOptions::Mode::AllOrNothing);
        QVERIFY(!report.committed);
        QVERIFY2(report.toText().contains(QStringLiteral("existing user ") + created->id),
                 qPrintable(report.toText()));
        QCOMPARE(userCount(), 1);
    }

    /// Clashes across batches, inside a batch, with stored users and on every key, in a file of
    /// about two and a half batches: the import answers exactly as the rule says when read row by
    /// row (a row is refused when a stored user or an earlier imported row holds one of its keys,
    /// id, username, email and phone checked in that order), which this test computes itself.
    void clashesFollowTheRowByRowRule()
    {
        // Stored before the import: their keys are taken.
        QHash<QString, QString> takenBy[4]; // id, username key, email key, phone key -> holder id
        for (int i = 0; i < 3; ++i) {
            User stored;
            stored.username = QStringLiteral("Stored_%1").arg(i);
            stored.primaryEmail = QStringLiteral("stored%1@example.com").arg(i);
            stored.primaryPhone = QStringLiteral("+4930100000%1").arg(i);
            const auto created = test::await(m_backend->users().create(m_tenant, stored, {}));
            GH_VERIFY_OK(created);
            takenBy[0].insert(created->id, created->id);
            takenBy[1].insert(stored.username.toLower(), created->id);
            takenBy[2].insert(stored.primaryEmail, created->id);
            takenBy[3].insert(QStringLiteral("4930100000%1").arg(i), created->id);
        }
        const QString storedId = takenBy[0].keys().first();

        struct Row
        {
            QString id, username, email, phone;
        };
        QList<Row> rows;
        for (int i = 0; i < 24000; ++i) {
            Row r{QStringLiteral("r%1").arg(i), QStringLiteral("user_%1").arg(i),
                  QStringLiteral("user%1@example.com").arg(i), QString()};
            switch (i % 1000) {
            case 7: // the email of a stored user, written in capitals
                r.email = QStringLiteral("STORED1@EXAMPLE.COM");
                break;
            case 11: // the phone of a stored user, written differently
                r.phone = QStringLiteral("+49 30 100 0002");
                break;
            case 13: // the username of a stored user
                r.username = QStringLiteral("stored_0");
                break;
            case 17: // the id of a stored user
                r.id = storedId;
                break;
            case 19: // the email of a row shortly before, in the same batch
                r.email = QStringLiteral("user%1@example.com").arg(i - 3);
                break;
            case 23: // the username of a row a batch or more back
                r.username = QStringLiteral("USER_%1").arg(qMax(0, i - 11990));
                break;
            case 29: // a stored user's username and an earlier row's email: the username is named
                r.username = QStringLiteral("Stored_2");
                r.email = QStringLiteral("user%1@example.com").arg(i - 1);
                break;
            case 31: // refused for its username: its email stays free for the next row
                r.username = QStringLiteral("stored_1");
                r.email = QStringLiteral("freed%1@example.com").arg(i);
                break;
            case 32:
                r.email = QStringLiteral("freed%1@example.com").arg(i - 1);
                break;
            case 37: // the same phone as the next row
            case 38:
                r.phone = QStringLiteral("+1 555 0100 %1").arg(100 + i / 1000);
                break;
            default:
                break;
            }
            rows.append(r);
        }

        // The rule, row by row.
        QMap<qint64, QString> expectedField;
        QMap<qint64, bool> expectedExisting;
        const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
        QStringList storedIds = takenBy[0].values();
        qint64 expectedImported = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            const QString keys[4] = {r.id, r.username.toLower(), r.email.toLower(),
                                     QString(r.phone).remove(nonDigits)};
            static const char *fields[4] = {"id", "username", "primaryEmail", "primaryPhone"};
            int clash = -1;
            for (int k = 0; k < 4 && clash < 0; ++k) {
                if (!keys[k].isEmpty() && takenBy[k].contains(keys[k]))
                    clash = k;
            }
            const qint64 line = i + 2;
            if (clash >= 0) {
                expectedField.insert(line, QLatin1String(fields[clash]));
                expectedExisting.insert(line, storedIds.contains(takenBy[clash].value(keys[clash])));
                continue;
            }
            ++expectedImported;
            for (int k = 0; k < 4; ++k) {
                if (!keys[k].isEmpty())
                    takenBy[k].insert(keys[k], r.id);
            }
        }
        QVERIFY(expectedField.size() > 200);

        const QString path = m_dir.filePath(QStringLiteral("clashes%1.csv").arg(++m_counter));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray out = "id,username,primaryEmail,primaryPhone\n";
            for (const Row &r : std::as_const(rows))
                out += (r.id + QLatin1Char(',') + r.username + QLatin1Char(',') + r.email + QLatin1Char(',') +
                        r.phone + QLatin1Char('\n'))
                           .toUtf8();
            QCOMPARE(file.write(out), out.size());
        }

        const ImportReport report = import(path, ImportFormat::Csv, ImportOptions::Mode::SkipInvalid);
        QVERIFY2(report.committed, qPrintable(report.toText().left(2000)));
        QCOMPARE(report.rowsImported, expectedImported);
        QCOMPARE(report.rowsInvalid, qint64(expectedField.size()));
        QCOMPARE(report.problems.size(), expectedField.size());
        qint64 previousLine = 0;
        for (const ImportProblem &p : report.problems) {
            QVERIFY2(p.line > previousLine, "problems are in line order");
            previousLine = p.line;
            QVERIFY2(expectedField.contains(p.line),
                     qPrintable(QString::number(p.line) + QLatin1Char(' ') + p.message));
            QCOMPARE(p.field, expectedField.value(p.line));
            QVERIFY2(p.message.contains(expectedExisting.value(p.line)
                                            ? QStringLiteral("existing user")
                                            : QStringLiteral("earlier in this file")),
                     qPrintable(QString::number(p.line) + QLatin1Char(' ') + p.message));
        }
        QCOMPARE(userCount(), expectedImported + 3);
        verifySearchIndex();

        // Nothing half-written: every row that was kept is found by its email.
        for (const qint64 line : {qint64(34), qint64(1034), qint64(23034)}) {
            const Row &r = rows[line - 2];
            UserQuery query;
            query.search = r.email;
            query.exactSearch = true;
            const auto page = test::await(m_backend->users().page(m_tenant, query, {}, 5));
            GH_VERIFY_OK(page);
            QCOMPARE(page->users.size(), 1);
            QCOMPARE(page->users.first().id, r.id);
        }
    }

    void dryRunWritesNothing()
    {
        const qint64 journalBefore = journalLength();
        const ImportReport report =
            import(data("valid.csv"), ImportFormat::Csv, ImportOptions::Mode::AllOrNothing, true);
        QVERIFY(!report.committed);
        QCOMPARE(report.rowsInvalid, 0);
        QVERIFY(report.rowsRead > 0);
        QCOMPARE(userCount(), 0);
        QCOMPARE(journalLength(), journalBefore);
    }

    void hugeFieldIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge%1.csv").arg(++m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("username,name\nok_user,Fine\nbig_user,");
        file.write(QByteArray(10 * 1024 * 1024, 'x'));
        file.write("\nlast_user,Last\n");
        file.close();
        const ImportReport report = import(path, ImportFormat::Csv, ImportOptions::Mode::AllOrNothing);
        QVERIFY(!report.committed);
        QVERIFY(report.problemCount > 0);
        QCOMPARE(userCount(), 0);
    }

    void cancelLeavesTenantUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("many%1.csv").arg(++m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("username,primaryEmail\n");
        for (int i = 0; i < 20000; ++i)
            file.write("u_" + QByteArray::number(i) + ",u" + QByteArray::number(i) + "@example.com\n");
        file.close();
        auto control = std::make_shared<ImportControl>();
        control->cancel(); // seen at the first progress check
        const ImportReport report =
            import(path, ImportFormat::Csv, ImportOptions::Mode::AllOrNothing, false, control);
        QVERIFY(report.cancelled);
        QVERIFY(!report.committed);
        QCOMPARE(userCount(), 0);
        // The progress shows how far it got.
        QVERIFY(control->progress().rowsRead > 0);
    }

    void missingFile()
    {
        ImportOptions options;
        const auto report = test::await(m_backend->users().importUsers(
            m_tenant, m_dir.filePath(QStringLiteral("does-not-exist.csv")), options, nullptr));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::NotFound);
    }

    /// After an import the search plans long queries with trigram statistics (SQLite); the
    /// answers must stay exactly those of a substring search, on both dialects.
    void searchAfterImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("search%1.csv").arg(m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("username,primaryEmail,name\n");
        // Many users share a domain and name parts, so some trigrams are common and some rare.
        for (int i = 0; i < 400; ++i)
            file.write(QStringLiteral("member%1,member.%1@common-domain.example,Common Member %1\n")
                           .arg(i)
                           .toUtf8());
        file.write("quartzfjord,quartzfjord@common-domain.example,Ada Quartz\n");
        // Every trigram of "zebrawolf" is here, but split over two fields: not a match.
        file.write("zebrawox,awolfish@common-domain.example,Split Fields\n");
        file.write("zebrawolf99,z.w@common-domain.example,Björn Ångström\n");
        file.close();
        const ImportReport report = import(path, ImportFormat::Csv, ImportOptions::Mode::AllOrNothing);
        QVERIFY2(report.committed, qPrintable(problemsText(report)));
        QCOMPARE(report.rowsImported, 403);

        auto usernames = [this](const QString &text) {
            UserQuery query;
            query.search = text;
            const auto page = test::await(m_backend->users().page(m_tenant, query, {}, 500));
            QStringList names;
            if (page.ok())
                for (const User &u : page->users)
                    names << u.username;
            names.sort();
            return names;
        };
        QCOMPARE(usernames(QStringLiteral("QUARTZFJORD@COMMON-DOMAIN.EXAMPLE")),
                 QStringList{QStringLiteral("quartzfjord")});
        QCOMPARE(usernames(QStringLiteral("zebrawolf")), QStringList{QStringLiteral("zebrawolf99")});
        QCOMPARE(usernames(QStringLiteral("rawol")), QStringList{QStringLiteral("zebrawolf99")});
        QCOMPARE(usernames(QStringLiteral("member.399@common")), QStringList{QStringLiteral("member399")});
        QCOMPARE(usernames(QStringLiteral("ember.39")).size(), 11); // 39, 390..399
        QCOMPARE(usernames(QStringLiteral("common-domain.example")).size(), 403);
        QVERIFY(usernames(QStringLiteral("nowhere-at-all")).isEmpty());
        UserQuery byText;
        byText.search = QStringLiteral("ember.39");
        const auto anchors = test::await(m_backend->users().anchors(m_tenant, byText, 4));
        GH_VERIFY_OK(anchors);
        QCOMPARE(anchors->total, 11);

        // A user created after the statistics were taken is found by text they do not know.
        User draft;
        draft.username = QStringLiteral("latecomer");
        draft.primaryEmail = QStringLiteral("vintage.yacht@common-domain.example");
        GH_VERIFY_OK(test::await(m_backend->users().create(m_tenant, draft, {})));
        QCOMPARE(usernames(QStringLiteral("Vintage.Yacht@Common")), QStringList{QStringLiteral("latecomer")});
        QCOMPARE(usernames(QStringLiteral("ÅNGSTRÖM")), QStringList{QStringLiteral("zebrawolf99")});
    }

    void databaseFailsMidImport_data()
    {
        QTest::addColumn<ImportOptions::Mode>("mode");
        QTest::addColumn<qint64>("kept");
        QTest::newRow("all-or-nothing") << ImportOptions::Mode::AllOrNothing << qint64(0);
        QTest::newRow("skip-invalid") << ImportOptions::Mode::SkipInvalid << qint64(10000); // first batch
    }

    /// The database refuses a write in the middle of the file (a trigger of the test's own raises
    /// an error on row 10005): the import fails, the open transaction is rolled back, the search
    /// index and its trigger are as they were, the journal verifies and the workspace works on.
    void databaseFailsMidImport()
    {
        QFETCH(ImportOptions::Mode, mode);
        QFETCH(qint64, kept);
        const QString path = manyUsersFile(10010);
        const QStringList inject =
            isPostgres()
                ? QStringList{QStringLiteral("CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE "
                                             "plpgsql AS $$ BEGIN "
                                             "IF NEW.username = 'u_10005' THEN RAISE EXCEPTION 'injected "
                                             "failure'; END IF; "
                                             "RETURN NEW; END $$"),
                              QStringLiteral(
                                  "CREATE TRIGGER inject_failure BEFORE INSERT ON users FOR EACH ROW "
                                  "EXECUTE FUNCTION inject_failure()")}
                : QStringList{QStringLiteral("CREATE TRIGGER inject_failure BEFORE INSERT ON users WHEN "
                                             "NEW.username = 'u_10005' BEGIN SELECT RAISE(ABORT, 'injected "
                                             "failure'); END")};
        QCOMPARE(rawExec(inject), QString());
        const qint64 journalBefore = journalLength();

        ImportOptions options;
        options.mode = mode;
        const auto failed =
            test::await(m_backend->users().importUsers(m_tenant, path, options, nullptr), 120000);
        QVERIFY2(!failed.ok(), "the import went through a refused write");
        QVERIFY2(failed.error().detail().contains(QStringLiteral("injected failure")),
                 qPrintable(failed.error().toString()));
        QCOMPARE(userCount(), kept);
        QCOMPARE(journalLength(), journalBefore + (kept > 0 ? 1 : 0));
        verifySearchIndex();
        const auto verify = test::await(m_backend->journal().verify());
        GH_VERIFY_OK(verify);
        QVERIFY(verify->intact());

        // Without the fault the same file goes in (what was kept clashes and is reported).
        QCOMPARE(rawExec({QStringLiteral("DROP TRIGGER inject_failure") +
                          (isPostgres() ? QStringLiteral(" ON users") : QString())}),
                 QString());
        options.mode = ImportOptions::Mode::SkipInvalid;
        const auto again =
            test::await(m_backend->users().importUsers(m_tenant, path, options, nullptr), 120000);
        GH_VERIFY_OK(again);
        QCOMPARE(again->rowsImported, 10010 - kept);
        QCOMPARE(userCount(), 10010);
        verifySearchIndex();
        UserQuery q;
        q.search = QStringLiteral("u10005@example");
        const auto found = test::await(m_backend->users().page(m_tenant, q, {}, 10));
        GH_VERIFY_OK(found);
        QCOMPARE(found->users.size(), 1);
    }

    void cancelMidStream_data()
    {
        QTest::addColumn<ImportOptions::Mode>("mode");
        QTest::newRow("all-or-nothing") << ImportOptions::Mode::AllOrNothing;
        QTest::newRow("skip-invalid") << ImportOptions::Mode::SkipInvalid;
    }

    /// Cancel arrives while the rows stream in (after 15000 of 200000): all-or-nothing writes
    /// nothing; skip-invalid keeps the whole rows it read, and says how many.
    void cancelMidStream()
    {
        QFETCH(ImportOptions::Mode, mode);
        constexpr int rows = 200000;
        const QString path = manyUsersFile(rows);
        const qint64 journalBefore = journalLength();
        auto control = std::make_shared<ImportControl>();
        QTimer poll;
        poll.setInterval(1);
        connect(&poll, &QTimer::timeout, this, [control] {
            if (control->progress().rowsRead >= 15000)
                control->cancel();
        });
        poll.start();
        const ImportReport report = import(path, ImportFormat::Csv, mode, false, control);
        poll.stop();
        QVERIFY2(report.cancelled, qPrintable(report.toText()));
        QVERIFY(!report.fatal.isError());
        QVERIFY(report.rowsRead >= 15000);
        QVERIFY2(report.rowsRead < rows, "the import ended before the cancel");
        if (mode == ImportOptions::Mode::AllOrNothing) {
            QVERIFY(!report.committed);
            QCOMPARE(report.rowsImported, 0);
            QCOMPARE(userCount(), 0);
            QCOMPARE(journalLength(), journalBefore);
        } else {
            QVERIFY(report.committed);
            QCOMPARE(report.rowsImported, report.rowsRead); // every row read is valid and kept
            QCOMPARE(userCount(), report.rowsImported);
            QVERIFY(countJournal(QStringLiteral("user.import")) >= 1);
        }
        verifySearchIndex();
        const auto verify = test::await(m_backend->journal().verify());
        GH_VERIFY_OK(verify);
        QVERIFY(verify->intact());
    }

    void exportCancelledMidWrite_data()
    {
        QTest::addColumn<ImportFormat>("format");
        QTest::newRow("csv") << ImportFormat::Csv;
        QTest::newRow("jsonl") << ImportFormat::JsonLines;
    }

    /// An export cancelled after it wrote part of the file: the file that was there before is
    /// untouched and no partial file is left beside it. Rows are long, so the first megabyte is on
    /// disk before the first check for a cancel (every 4096 rows).
    void exportCancelledMidWrite()
    {
        QFETCH(ImportFormat, format);
        ImportOptions options;
        options.mode = ImportOptions::Mode::AllOrNothing;
        const QString source = manyUsersFile(5000, QByteArray(400, 'n'));
        GH_VERIFY_OK(test::await(m_backend->users().importUsers(m_tenant, source, options, nullptr), 120000));
        QCOMPARE(userCount(), 5000);

        QDir dir(m_dir.filePath(QStringLiteral("export%1").arg(++m_counter)));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        const QString target = dir.filePath(QStringLiteral("users.out"));
        const QByteArray previous = "the previous export\n";
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(previous);
        }
        const qint64 exportsBefore = countJournal(QStringLiteral("user.export"));
        auto control = std::make_shared<ImportControl>();
        control->cancel(); // seen at the first check, after 4096 rows (1.6 MB) were written
        ExportOptions exportOptions;
        exportOptions.format = format;
        const auto report =
            test::await(m_backend->users().exportUsers(m_tenant, {}, target, exportOptions, control), 120000);
        GH_VERIFY_OK(report);
        QVERIFY(report->cancelled);
        QVERIFY2(report->bytes > (1 << 20), qPrintable(QString::number(report->bytes))); // really mid-write
        QVERIFY(report->rows < 5000);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.out")});
        QCOMPARE(countJournal(QStringLiteral("user.export")), exportsBefore);
    }

    /// The disk refuses the export's writes half way (a file size limit on this process): the
    /// export fails with an error naming the file; the file that was there before is untouched and
    /// no partial file is left beside it.
    void exportFailingMidWrite()
    {
        ImportOptions options;
        const QString source = manyUsersFile(5000, QByteArray(400, 'n'));
        GH_VERIFY_OK(test::await(m_backend->users().importUsers(m_tenant, source, options, nullptr), 120000));
        QCOMPARE(userCount(), 5000);
        // SQLite: everything in the database file, so that reading it writes nothing (the limit
        // below applies to every file of the process).
        if (!isPostgres())
            QCOMPARE(rawExec({QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}), QString());

        QDir dir(m_dir.filePath(QStringLiteral("export%1").arg(++m_counter)));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        const QString target = dir.filePath(QStringLiteral("users.csv"));
        const QByteArray previous = "the previous export\n";
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(previous);
        }
        const qint64 exportsBefore = countJournal(QStringLiteral("user.export"));

        // Files of this process may not grow past 256 KiB while the export runs (writes beyond
        // fail with EFBIG instead of raising SIGXFSZ). The workspace is only read meanwhile.
        const auto failed = [&] {
            rlimit saved{};
            getrlimit(RLIMIT_FSIZE, &saved);
            const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit limited = saved;
            limited.rlim_cur = 256 * 1024;
            setrlimit(RLIMIT_FSIZE, &limited);
            const auto restore = qScopeGuard([&] {
                setrlimit(RLIMIT_FSIZE, &saved);
                std::signal(SIGXFSZ, oldHandler);
            });
            return test::await(m_backend->users().exportUsers(m_tenant, {}, target, {}, nullptr), 120000);
        }();

        QVERIFY2(!failed.ok(), "the export reported success although its file could not be written");
        QVERIFY2(failed.error().toString().contains(target), qPrintable(failed.error().toString()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.csv")});
        QCOMPARE(countJournal(QStringLiteral("user.export")), exportsBefore);
        // With room again, the same export goes through.
        const auto exported =
            test::await(m_backend->users().exportUsers(m_tenant, {}, target, {}, nullptr), 120000);
        GH_VERIFY_OK(exported);
        QCOMPARE(exported->rows, 5000);
    }
};

QTEST_GUILESS_MAIN(TestUserImport)
#include "tst_userimport.moc"
