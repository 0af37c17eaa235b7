// BackendDecorator and ChangeFeed on a real SQLite workspace: hooks see every call before it
// reaches storage, a refused call changes nothing, and each successful mutation is announced
// once, after the continuations of the caller that made it.

#include "TestSupport.h"
#include "backend/BackendDecorator.h"
#include "backend/ChangeFeed.h"
#include "io/UserImport.h"

#include <QFile>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <thread>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

/// Records every call and refuses the operations it is told to.
class RecordingHooks final : public BackendHooks
{
public:
    QFuture<std::optional<Error>> admit(const BackendCall &call) override
    {
        admitted.append(call.operation);
        std::optional<Error> answer;
        if (refused.contains(call.operation))
            answer = Error(ErrorCode::Forbidden, QStringLiteral("refused by the test"));
        if (!later)
            return QtFuture::makeReadyFuture(answer);
        // An answer that needs data: it comes from another thread, later.
        auto promise = std::make_shared<QPromise<std::optional<Error>>>();
        promise->start();
        std::thread([promise, answer] {
            QThread::msleep(5);
            promise->addResult(answer);
            promise->finish();
        }).detach();
        return promise->future();
    }
    void succeeded(const BackendCall &call, const Change &change) override
    {
        Q_UNUSED(call);
        changes.append(change);
    }

    QList<Operation> admitted;
    QList<Operation> refused;
    bool later = false; ///< answer admissions asynchronously
    QList<Change> changes;
};

} // namespace

class TestBackendDecorator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void operationTableIsComplete();
    void readsPassThroughUnannounced();
    void mutationsAreAnnouncedWithTheirObjects();
    void failedMutationsAreNotAnnounced();
    void refusedCallsNeverReachStorage();
    void changeArrivesAfterTheCallersContinuations();
    void dryRunImportAnnouncesNothing();
    void laterAdmissionsForwardOnceAnswered();

private:
    QString tenant();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<RecordingHooks> m_hooks;
    std::unique_ptr<Backend> m_backend;
    QString m_tenantId;
};

void TestBackendDecorator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto inner = openBackend(m_dir->filePath(QStringLiteral("w.sqlite")), &error);
    QVERIFY2(inner, qPrintable(error));
    m_hooks = std::make_shared<RecordingHooks>();
    m_backend = std::make_unique<BackendDecorator>(std::move(inner), m_hooks);
    const auto created =
        await(m_backend->tenants().create(Tenant{{}, QStringLiteral("Acme"), TenantTag::Development, 0, 0}));
    GH_VERIFY_OK(created);
    m_tenantId = created.value().id;
    m_hooks->admitted.clear();
    m_hooks->changes.clear();
}

void TestBackendDecorator::cleanup()
{
    m_backend.reset();
    m_hooks.reset();
    m_dir.reset();
}

QString TestBackendDecorator::tenant()
{
    return m_tenantId;
}

void TestBackendDecorator::operationTableIsComplete()
{
    QSet<QString> names;
    int mutations = 0;
    for (int i = 0; i < allOperations().size(); ++i) {
        const Operation op = allOperations().at(i);
        QCOMPARE(static_cast<int>(op), i);
        QCOMPARE(operationInfo(op).operation, op);
        const QString name = operationName(op);
        QVERIFY2(name.contains(QLatin1Char('.')), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        mutations += operationInfo(op).mutates ? 1 : 0;
    }
    // Every method of the Backend areas, and the mutations among them.
    QCOMPARE(allOperations().size(), 114);
    QCOMPARE(mutations, 66);
    QVERIFY(operationInfo(Operation::LogsArchive).mutates);
    QVERIFY(!operationInfo(Operation::LogsPage).mutates);
    QCOMPARE(operationInfo(Operation::LogsSetRetentionDays).area, ChangeArea::Logs);
    QVERIFY(operationInfo(Operation::UsersSetSuspended).mutates);
    QVERIFY(!operationInfo(Operation::UsersVerifyPassword).mutates);
    QCOMPARE(operationInfo(Operation::UsersExportUsers).area, ChangeArea::Journal);
}

void TestBackendDecorator::readsPassThroughUnannounced()
{
    GH_VERIFY_OK(await(m_backend->applications().list(tenant())));
    GH_VERIFY_OK(await(m_backend->signInExperience().get(tenant())));
    QCOMPARE(m_hooks->admitted,
             (QList<Operation>{Operation::ApplicationsList, Operation::SignInExperienceGet}));
    QVERIFY(m_hooks->changes.isEmpty());
}

void TestBackendDecorator::mutationsAreAnnouncedWithTheirObjects()
{
    Application draft;
    draft.name = QStringLiteral("Billing");
    draft.type = ApplicationType::MachineToMachine;
    const auto app = await(m_backend->applications().create(tenant(), draft));
    GH_VERIFY_OK(app);
    QCOMPARE(m_hooks->changes.size(), 1);
    QCOMPARE(m_hooks->changes.at(0).area, ChangeArea::Applications);
    QCOMPARE(m_hooks->changes.at(0).tenantId, tenant());
    QCOMPARE(m_hooks->changes.at(0).id, app.value().id);

    Organization org;
    org.name = QStringLiteral("Globex");
    const auto created = await(m_backend->organizations().create(tenant(), org));
    GH_VERIFY_OK(created);
    User user;
    user.username = QStringLiteral("alice");
    const auto alice = await(m_backend->users().create(tenant(), user, {}));
    GH_VERIFY_OK(alice);
    m_hooks->changes.clear();

    GH_VERIFY_OK(
        await(m_backend->organizations().addMembers(tenant(), created.value().id, {alice.value().id}, {})));
    QCOMPARE(m_hooks->changes.size(), 1);
    const Change membership = m_hooks->changes.at(0);
    QCOMPARE(membership.area, ChangeArea::Organizations);
    QCOMPARE(membership.id, created.value().id);
    QCOMPARE(membership.related, QStringList{alice.value().id});

    m_hooks->changes.clear();
    SignInExperience experience = await(m_backend->signInExperience().get(tenant())).value();
    experience.mfaFactors = {MfaFactor::TOTP};
    GH_VERIFY_OK(await(m_backend->signInExperience().update(tenant(), experience)));
    QCOMPARE(m_hooks->changes.size(), 1);
    QCOMPARE(m_hooks->changes.at(0).area, ChangeArea::SignInExperience);
    QCOMPARE(m_hooks->changes.at(0).tenantId, tenant());
}

void TestBackendDecorator::failedMutationsAreNotAnnounced()
{
    Application invalid;
    invalid.type = ApplicationType::SPA; // no name
    const auto result = await(m_backend->applications().create(tenant(), invalid));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Validation);
    const auto missing = await(m_backend->applications().remove(tenant(), QStringLiteral("nosuchapp")));
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    QVERIFY(m_hooks->changes.isEmpty());
    QCOMPARE(m_hooks->admitted.size(), 2);
}

void TestBackendDecorator::refusedCallsNeverReachStorage()
{
    Application draft;
    draft.name = QStringLiteral("Web");
    draft.type = ApplicationType::SPA;
    const auto app = await(m_backend->applications().create(tenant(), draft));
    GH_VERIFY_OK(app);
    m_hooks->changes.clear();

    m_hooks->refused = {Operation::ApplicationsRemove};
    const auto removed = await(m_backend->applications().remove(tenant(), app.value().id));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::Forbidden);
    QVERIFY(m_hooks->changes.isEmpty());

    // The application is still there, and nothing was journaled for the refused call.
    GH_VERIFY_OK(await(m_backend->applications().get(tenant(), app.value().id)));
    JournalQuery query;
    query.targetId = app.value().id;
    const auto entries = await(m_backend->journal().list(query));
    GH_VERIFY_OK(entries);
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().action, QStringLiteral("application.create"));
}

void TestBackendDecorator::changeArrivesAfterTheCallersContinuations()
{
    // As the GUI uses it: a feed on this thread, a continuation with a context on this thread.
    auto feed = ChangeFeed::create();
    auto inner = std::move(m_backend);
    BackendDecorator backend(std::make_unique<BackendDecorator>(std::move(inner), m_hooks), feed);
    QStringList order;
    connect(feed.get(), &ChangeFeed::changed, this,
            [&order](const Change &change) { order << QStringLiteral("changed ") + change.id; });
    QObject context;
    Resource draft;
    draft.name = QStringLiteral("API");
    draft.indicator = QStringLiteral("https://api.acme.example");
    backend.resources()
        .create(tenant(), draft)
        .then(&context,
              [&order](Result<Resource> r) {
                  order << QStringLiteral("first ") + r.value().id;
                  return r;
              })
        .then(&context, [&order](Result<Resource> r) { order << QStringLiteral("second ") + r.value().id; });
    QTRY_COMPARE(order.size(), 3);
    const QString id = order.first().section(QLatin1Char(' '), 1);
    QVERIFY(!id.isEmpty());
    QCOMPARE(order, (QStringList{QStringLiteral("first ") + id, QStringLiteral("second ") + id,
                                 QStringLiteral("changed ") + id}));
}

void TestBackendDecorator::dryRunImportAnnouncesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,primaryEmail\nbob,bob@example.com\ncarol,carol@example.com\n");
    file.close();

    ImportOptions options;
    options.dryRun = true;
    const auto dry = await(m_backend->users().importUsers(tenant(), path, options, nullptr));
    GH_VERIFY_OK(dry);
    QCOMPARE(dry.value().rowsImported, 0);
    QVERIFY(m_hooks->changes.isEmpty());

    options.dryRun = false;
    const auto real = await(m_backend->users().importUsers(tenant(), path, options, nullptr));
    GH_VERIFY_OK(real);
    QCOMPARE(real.value().rowsImported, 2);
    QCOMPARE(m_hooks->changes.size(), 1);
    QCOMPARE(m_hooks->changes.at(0).area, ChangeArea::Users);
    QVERIFY(m_hooks->changes.at(0).id.isEmpty());
}

void TestBackendDecorator::laterAdmissionsForwardOnceAnswered()
{
    // Admissions that need data answer later, on another thread: the call reaches storage only
    // then, and a refusal still keeps it away.
    m_hooks->later = true;
    Application draft;
    draft.name = QStringLiteral("Later");
    draft.type = ApplicationType::SPA;
    const auto app = await(m_backend->applications().create(tenant(), draft));
    GH_VERIFY_OK(app);
    QCOMPARE(m_hooks->changes.size(), 1);
    GH_VERIFY_OK(await(m_backend->applications().get(tenant(), app.value().id)));

    m_hooks->refused = {Operation::ApplicationsRemove};
    const auto removed = await(m_backend->applications().remove(tenant(), app.value().id));
    QCOMPARE(removed.error().code(), ErrorCode::Forbidden);
    GH_VERIFY_OK(await(m_backend->applications().get(tenant(), app.value().id)));

    // A decorator destroyed while an admission is pending never forwards the call.
    m_hooks->refused.clear();
    Future<Done> pending = m_backend->applications().remove(tenant(), app.value().id);
    m_backend.reset();
    const auto cancelled = await(pending);
    QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
    QString error;
    auto reopened = openBackend(m_dir->filePath(QStringLiteral("w.sqlite")), &error);
    QVERIFY2(reopened, qPrintable(error));
    GH_VERIFY_OK(await(reopened->applications().get(tenant(), app.value().id)));
}

QTEST_GUILESS_MAIN(TestBackendDecorator)
#include "tst_backenddecorator.moc"
