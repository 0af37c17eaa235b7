// Secrets of a Logto connection never leave the process: with every logging category switched on
// (Qt's own network categories included), a whole remote session — token, reads, writes, a token
// the server suddenly refuses, failures, refused credentials — leaves neither the client secret
// nor any bearer token in the log, in the journal file, or in an error text.

#include "../users/LogtoConnection.h"
#include "RemoteTestHelpers.h"
#include "TestSupport.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
QMutex logMutex;
QStringList logLines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                    message);
}
} // namespace

class TestRemoteSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8()); }

    void noSecretInLogsJournalOrErrors()
    {
        FakeLogto logto;
        QVERIFY2(logto.start(), qPrintable(logto.error()));
        const QString journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QStringList errors;
        auto keep = [&errors](const Error &e) {
            errors << e.toString() << e.message() << e.detail();
            for (const FieldError &f : e.fields())
                errors << f.field << f.message;
        };

        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\n*.warning=true"));
        const QtMessageHandler previous = qInstallMessageHandler(&capture);
        {
            QString error;
            auto backend = connectTo(logto, journalPath, &error);
            QVERIFY2(backend, qPrintable(error));
            const QString tenant = logto.tenant();
            UsersApi &users = backend->users();

            User draft;
            draft.username = QStringLiteral("dana");
            draft.primaryEmail = QStringLiteral("dana@example.com");
            const auto created = await(users.create(tenant, draft, QStringLiteral("Dana-Password-1")));
            GH_VERIFY_OK(created);
            GH_VERIFY_OK(await(users.page(tenant, {}, {}, 50)));
            GH_VERIFY_OK(await(users.verifyPassword(tenant, created->id, QStringLiteral("Dana-Password-1"))));
            GH_VERIFY_OK(await(users.setPassword(tenant, created->id, QStringLiteral("Dana-Password-2"),
                                                 QStringLiteral("reset by support"))));
            Application app;
            app.name = QStringLiteral("Billing worker");
            app.type = ApplicationType::MachineToMachine;
            const auto made = await(backend->applications().create(tenant, app));
            GH_VERIFY_OK(made);

            // The server drops the token mid-session: a new one is fetched once.
            HttpFault expire;
            expire.kind = HttpFault::Kind::ExpireToken;
            logto.server().addFault(expire);
            GH_VERIFY_OK(await(users.get(tenant, created->id)));
            QVERIFY(logto.tokenRequestCount() >= 2);

            // Failures: a clash, a server error, a missing object.
            const auto clash = await(users.create(tenant, draft, {}));
            QVERIFY(!clash.ok());
            keep(clash.error());
            HttpFault broken;
            broken.status = 500;
            broken.method = "PATCH";
            logto.server().addFault(broken);
            User edit = created.value();
            edit.name = QStringLiteral("Dana");
            const auto failed = await(users.update(tenant, edit));
            QVERIFY(!failed.ok());
            keep(failed.error());
            const auto missing = await(users.get(tenant, QStringLiteral("nosuchuser12")));
            QVERIFY(!missing.ok());
            keep(missing.error());
        }
        {
            // Refused credentials: the error names the problem, never the secret it was given.
            WorkspaceSpec spec;
            spec.kind = WorkspaceSpec::Kind::Logto;
            spec.endpoint = logto.endpoint();
            spec.production = false; // a test server on this machine, over plain http
            spec.logtoTenant = logto.tenant();
            spec.clientId = logto.clientId();
            spec.clientSecret = logto.clientSecret() + QStringLiteral("-wrong");
            remote::RemoteBackend refused(spec, std::make_unique<sql::SqlJournalStore>(
                                                    m_dir.filePath(QStringLiteral("refused.sqlite"))));
            const auto opened = await(refused.open());
            if (!opened.ok())
                keep(opened.error());
            const auto listed = await(refused.users().page(logto.tenant(), {}, {}, 10));
            QVERIFY(!listed.ok());
            keep(listed.error());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        // What must not appear anywhere: the secret (also as sent in Basic auth and as the wrong
        // one tried above) and every bearer token the server handed out.
        QStringList secrets{logto.clientSecret(), logto.clientSecret() + QStringLiteral("-wrong")};
        for (const QString &secret : QStringList(secrets))
            secrets << QString::fromLatin1(
                (logto.clientId() + QLatin1Char(':') + secret).toUtf8().toBase64());
        QSet<QString> tokens;
        for (const HttpRequest &r : logto.server().requests()) {
            const QByteArray authorization = r.header("authorization");
            if (authorization.startsWith("Bearer "))
                tokens.insert(QString::fromLatin1(authorization.mid(7)));
        }
        QVERIFY(tokens.size() >= 2);
        secrets += QStringList(tokens.begin(), tokens.end());

        QString log;
        {
            QMutexLocker lock(&logMutex);
            log = logLines.join(QLatin1Char('\n'));
        }
        QVERIFY2(log.contains(QStringLiteral("/api/users")),
                 "the session logged nothing: the check is empty");
        QByteArray journal;
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("*.sqlite*")}, QDir::Files)) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            journal += file.readAll();
        }
        QVERIFY(journal.contains("user.password.set")); // the journal was written and is read whole
        QVERIFY(errors.size() >= 8);
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 16);
            QVERIFY2(!log.contains(secret), "a secret or token is in the log");
            QVERIFY2(!journal.contains(secret.toUtf8()), "a secret or token is in the journal file");
            for (const QString &text : std::as_const(errors))
                QVERIFY2(!text.contains(secret), "a secret or token is in an error text");
        }
    }
};

QTEST_GUILESS_MAIN(TestRemoteSecrets)
#include "tst_remotesecrets.moc"
