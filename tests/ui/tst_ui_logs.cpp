// Authentication events in the GUI, driven through the real MainWindow on a workspace whose
// archive holds a user's sign-in history: the support journey (find the user → Activity → what
// failed), the Logs area with its filters and detail, and the export of a filtered view.

#include "UiTestHelpers.h"
#include "dashboard/DashboardPage.h"
#include "explainer/AccessExplainerPage.h"
#include "logs/LogsPage.h"
#include "organizations/OrganizationActivityTab.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationsPage.h"
#include "users/SignInEvidenceDialog.h"
#include "users/UserDetail.h"
#include "users/UserSignInsTab.h"
#include "users/UsersPage.h"
#include "util/Clock.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

namespace {
template <typename T>
std::optional<T> awaitValue(Future<T> future)
{
    for (int waited = 0; !future.isFinished() && waited < 10000; waited += 10)
        QTest::qWait(10);
    if (!future.isFinished() || !future.result())
        return std::nullopt;
    return future.result().value();
}

LogEvent makeEvent(int n, const QString &key, bool ok, qint64 at, const QString &userId,
                   const QString &errorCode = {})
{
    LogEvent e;
    e.id = QStringLiteral("uilog%1").arg(n, 6, 10, QLatin1Char('0'));
    e.key = key;
    e.result = ok ? LogResult::Success : LogResult::Error;
    e.createdAt = at;
    e.userId = userId;
    e.ip = QStringLiteral("198.51.100.%1").arg(n % 200);
    e.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
    e.payload = {{QStringLiteral("key"), key},
                 {QStringLiteral("result"), logResultName(e.result)},
                 {QStringLiteral("userId"), userId},
                 {QStringLiteral("ip"), e.ip},
                 {QStringLiteral("userAgent"), e.userAgent}};
    if (!errorCode.isEmpty())
        e.payload.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), errorCode},
                                     {QStringLiteral("message"), QStringLiteral("No.")}});
    return e;
}
} // namespace

class TestUiLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void supportJourneyShowsWhatFailed();
    void logsAreaFiltersShowsAndExports();
    void dashboardCountsAndOpensTheListsBehind();
    void organizationActivityAndSavedFilters(); // last: adds an organization

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_userId;
    int m_failures = 0;
    int m_total = 0;
};

void TestUiLogs::initTestCase()
{
    initGuiTests();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("logs.sqlite"))));
    QVERIFY(createTenant(*m_window, QStringLiteral("Acme"), true));
    Workspace *workspace = m_window->workspace();
    const QString tenantId = workspace->tenant().id;
    User draft;
    draft.username = QStringLiteral("kim_locked_out");
    draft.primaryEmail = QStringLiteral("kim@acme.example");
    const std::optional<User> user =
        awaitValue(workspace->backend().users().create(tenantId, draft, QString()));
    QVERIFY(user);
    m_userId = user->id;

    // Three days ago a good sign-in from Firefox; since then wrong passwords, the last 10 minutes
    // ago; someone else's token exchanges in between.
    const qint64 now = clock::nowMs();
    QList<LogEvent> events;
    int n = 0;
    events.append(makeEvent(n++, QStringLiteral("Interaction.SignIn.Verification.Password.Submit"), true,
                            now - 3 * 86400000LL - 2000, m_userId));
    events.append(
        makeEvent(n++, QStringLiteral("Interaction.SignIn.Submit"), true, now - 3 * 86400000LL, m_userId));
    for (int i = 0; i < 4; ++i) {
        events.append(makeEvent(n++, QStringLiteral("Interaction.SignIn.Verification.Password.Submit"), false,
                                now - (40 - 10 * i) * 60000LL, m_userId,
                                QStringLiteral("session.invalid_credentials")));
        ++m_failures;
    }
    for (int i = 0; i < 300; ++i)
        events.append(makeEvent(n++, QStringLiteral("ExchangeTokenBy.RefreshToken"), true, now - i * 120000LL,
                                QStringLiteral("someoneelse1")));
    m_total = int(events.size());
    LogSyncState state;
    state.source = QStringLiteral("logto+https://auth.acme.example");
    const std::optional<LogArchiveResult> stored =
        awaitValue(workspace->backend().logs().archive(tenantId, events, state));
    QVERIFY(stored);
    QCOMPARE(stored->stored, m_total);
}

void TestUiLogs::supportJourneyShowsWhatFailed()
{
    m_window->showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(*m_window));
    auto *table = m_window->usersPage()->findChild<QTableView *>(QStringLiteral("usersTable"));
    QVERIFY(table);
    QVERIFY(selectRow(table, QStringLiteral("kim_locked_out"), 1) ||
            selectRow(table, QStringLiteral("kim_locked_out")));
    UserDetail *detail = m_window->usersPage()->detail();
    auto *tabs = detail->findChild<QTabWidget *>();
    QVERIFY(tabs);
    // The header's last sign-in comes from the archive when the user record has none.
    auto *lastSignIn = detail->findChild<QLabel *>(QStringLiteral("userLastSignInLabel"));
    QTRY_VERIFY(lastSignIn->toolTip().contains(QStringLiteral("From the event archive")));
    QVERIFY(lastSignIn->text() != QStringLiteral("Never"));
    UserSignInsTab *activity = detail->signIns();
    QCOMPARE(tabs->tabText(tabs->indexOf(activity)), QStringLiteral("Activity"));
    tabs->setCurrentWidget(activity);
    QTRY_VERIFY_WITH_TIMEOUT(!activity->isLoading() && activity->model()->count() > 0, 10000);
    QCOMPARE(activity->model()->count(), 6); // the user's own events only
    const QString summary = activity->summary();
    QVERIFY2(
        summary.startsWith(QStringLiteral("Last sign-in 3 days ago from 198.51.100.1 (Firefox on Linux)")),
        qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral("4 failed attempts since, the last 10 minutes ago: Sign-in: wrong "
                                        "account or password")),
        qPrintable(summary));
    // The newest event first, its whole payload one click away.
    auto *view = activity->findChild<QTableView *>(QStringLiteral("userSignInsTable"));
    QVERIFY(view);
    view->setCurrentIndex(activity->model()->index(0, 0));
    view->selectRow(0);
    auto *payload = activity->findChild<QPlainTextEdit *>(QStringLiteral("userSignInsPayload"));
    QTRY_VERIFY(payload->toPlainText().contains(QStringLiteral("session.invalid_credentials")));

    // The rule beside the evidence: the user was suspended meanwhile; "Explain…" shows the failed
    // attempt and the explainer's verdict on one screen.
    Workspace *workspace = m_window->workspace();
    QVERIFY(awaitValue(workspace->backend().users().setSuspended(
        workspace->tenant().id, m_userId, true, QStringLiteral("Too many failed sign-ins"))));
    QVERIFY(waitIdle(*m_window));
    QTRY_VERIFY(!activity->isLoading() && activity->model()->count() > 0);
    view->setCurrentIndex(activity->model()->index(0, 0));
    view->selectRow(0);
    auto *explain = activity->findChild<QPushButton *>(QStringLiteral("userSignInsExplainButton"));
    QVERIFY(explain && explain->isVisible());
    QTRY_VERIFY(explain->isEnabled());
    explain->click();
    QPointer<SignInEvidenceDialog> evidence = waitForVisible<SignInEvidenceDialog>(m_window.get());
    QVERIFY(evidence);
    QCOMPARE(evidence->findChild<QLabel *>(QStringLiteral("evidenceResultLabel"))->text(),
             QStringLiteral("Failed"));
    QVERIFY(evidence->findChild<QLabel *>(QStringLiteral("evidenceErrorLabel"))
                ->text()
                .contains(QStringLiteral("session.invalid_credentials")));
    AccessExplainerPage *explainer = evidence->explainer();
    QTRY_VERIFY_WITH_TIMEOUT(!explainer->isLoading() && !explainer->answer().isEmpty(), 10000);
    auto *userLabel = explainer->findChild<QLabel *>(QStringLiteral("explainerUserLabel"));
    QVERIFY2(userLabel->text().contains(QStringLiteral("suspended")), qPrintable(userLabel->text()));
    QCOMPARE(explainer->answer().value(QStringLiteral("canSignIn")).toBool(true), false);
    evidence->findChild<QPushButton *>(QStringLiteral("evidenceCloseButton"))->click();
    QTRY_VERIFY(closed(evidence));
    QVERIFY(awaitValue(workspace->backend().users().setSuspended(workspace->tenant().id, m_userId, false,
                                                                 QStringLiteral("Lifted"))));
}

void TestUiLogs::logsAreaFiltersShowsAndExports()
{
    m_window->showArea(MainWindow::Area::Logs);
    LogsPage *page = m_window->logsPage();
    attachModelTester(page->model(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->count() > 0, 10000);
    // A page at a time: 200 of the 306 events, the rest when the list is scrolled to its end.
    QCOMPARE(page->model()->count(), 200);
    auto *view = page->findChild<QTableView *>(QStringLiteral("logsTable"));
    view->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->count(), m_total, 10000);
    auto *status = page->findChild<QLabel *>(QStringLiteral("logsStatusLabel"));
    QCOMPARE(status->text(), QStringLiteral("306 events."));

    // Failed events only.
    page->findChild<QComboBox *>(QStringLiteral("logsResultCombo"))->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->count() == m_failures, 10000);
    for (const LogEvent &e : page->model()->items())
        QCOMPARE(e.result, LogResult::Error);

    // One user, any result, with the detail of the newest event.
    page->findChild<QComboBox *>(QStringLiteral("logsResultCombo"))->setCurrentIndex(0);
    page->showUser(m_userId);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->count() == 6, 10000);
    view->setCurrentIndex(page->model()->index(0, 0));
    auto *detail = page->findChild<QPlainTextEdit *>(QStringLiteral("logsDetailEdit"));
    QVERIFY(
        detail->toPlainText().contains(QStringLiteral("Interaction.SignIn.Verification.Password.Submit")));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("session.invalid_credentials")));

    // A search nobody matches says so.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("logsSearchEdit"));
    search->setText(QStringLiteral("no such text"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isLoading() && status->text().startsWith(QStringLiteral("No events match.")), 10000);
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->count() == 6, 10000);

    // The export writes the filtered view.
    const QString path = m_dir->filePath(QStringLiteral("kim.csv"));
    QSignalSpy exported(page, &LogsPage::exported);
    page->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
    QCOMPARE(exported.first().first().toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 1 + 6);
    QVERIFY(status->text().contains(QStringLiteral("Exported 6 events")));

    // Into a folder that does not exist: a clear failure, no file.
    const QString bad = m_dir->filePath(QStringLiteral("missing/kim.csv"));
    page->exportTo(bad);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 10000);
    QCOMPARE(exported.last().first().toBool(), false);
    QVERIFY(!QFile::exists(bad));
}

void TestUiLogs::dashboardCountsAndOpensTheListsBehind()
{
    // The first page of the tenant.
    QCOMPARE(MainWindow::Area(0), MainWindow::Area::Dashboard);
    m_window->showArea(MainWindow::Area::Dashboard);
    DashboardPage *page = m_window->dashboardPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->dashboard().has_value(), 10000);
    const Dashboard &board = *page->dashboard();
    QCOMPARE(board.totalUsers, qint64(1));
    QCOMPARE(board.newUsers7d.count, qint64(1));
    QCOMPARE(board.mau.count, qint64(1)); // someoneelse1's token exchanges
    QCOMPARE(board.failedSignIns7d, qint64(m_failures));
    QCOMPARE(board.dailyActive.size(), 30);
    const auto value = [page](const char *name) {
        return page->findChild<QLabel *>(QLatin1String(name) + QStringLiteral("Value"))->text();
    };
    QCOMPARE(value("dashboardUsers"), QStringLiteral("1"));
    QCOMPARE(value("dashboardMau"), QStringLiteral("1"));
    QCOMPARE(value("dashboardFailed"), QString::number(m_failures));
    auto *reasons = page->findChild<QTreeWidget *>(QStringLiteral("dashboardReasons"));
    QCOMPARE(reasons->topLevelItemCount(), 1);
    QCOMPARE(reasons->topLevelItem(0)->text(1), QStringLiteral("Sign-in: wrong account or password"));
    QCOMPARE(reasons->topLevelItem(0)->text(0), QString::number(m_failures));

    // The failed sign-ins figure opens the failed sign-in steps of the last 7 days.
    auto *failedLink = page->findChild<QLabel *>(QStringLiteral("dashboardFailedLink"));
    QVERIFY(failedLink);
    emit failedLink->linkActivated(QStringLiteral("open"));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Logs);
    LogsPage *logs = m_window->logsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading() && logs->model()->count() == m_failures, 10000);
    QCOMPARE(logs->query().key, QStringLiteral("Interaction."));
    QCOMPARE(logs->query().result, std::optional<LogResult>(LogResult::Error));
    QVERIFY(logs->query().since > 0);

    // A reason opens its events; the users figure opens the users.
    m_window->showArea(MainWindow::Area::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10000);
    emit reasons->itemActivated(reasons->topLevelItem(0), 0);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Logs);
    QCOMPARE(logs->query().key, QStringLiteral("Interaction.SignIn.Verification.Password.Submit"));
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading() && logs->model()->count() == m_failures, 10000);
    m_window->showArea(MainWindow::Area::Dashboard);
    emit page->findChild<QLabel *>(QStringLiteral("dashboardUsersLink"))
        ->linkActivated(QStringLiteral("open"));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Users);
}

void TestUiLogs::organizationActivityAndSavedFilters()
{
    QSettings().remove(QStringLiteral("logs/savedFilters"));
    Workspace *workspace = m_window->workspace();
    const QString tenantId = workspace->tenant().id;
    Organization draft;
    draft.name = QStringLiteral("Kim's company");
    const std::optional<Organization> org =
        awaitValue(workspace->backend().organizations().create(tenantId, draft));
    QVERIFY(org);
    QVERIFY(awaitValue(workspace->backend().organizations().addMembers(tenantId, org->id, {m_userId}, {})));

    // The organization's Activity tab: its member's events, by name.
    m_window->showArea(MainWindow::Area::Organizations);
    QVERIFY(waitIdle(*m_window));
    OrganizationsPage *organizations = m_window->organizationsPage();
    QVERIFY(selectRow(organizations->view(), QStringLiteral("Kim's company")));
    OrganizationActivityTab *activity = organizations->editor()->activity();
    organizations->editor()->tabs()->setCurrentWidget(activity);
    QTRY_VERIFY_WITH_TIMEOUT(!activity->isLoading() && activity->model()->count() == 6, 10000);
    QTRY_COMPARE(activity->model()->index(0, 3).data().toString(), QStringLiteral("kim_locked_out"));

    // "Show all in Logs": the Logs area, members only, users and applications by name.
    activity->findChild<QPushButton *>(QStringLiteral("organizationActivityLogsButton"))->click();
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Logs);
    LogsPage *logs = m_window->logsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading() && logs->model()->count() == 6, 10000);
    auto *memberLabel = logs->findChild<QLabel *>(QStringLiteral("logsMemberOfLabel"));
    QVERIFY(memberLabel->isVisible() && memberLabel->text().contains(QStringLiteral("Kim's company")));
    QTRY_COMPARE(logs->model()->index(0, 3).data().toString(), QStringLiteral("kim_locked_out"));
    QCOMPARE(logs->model()->index(0, 3).data(Qt::ToolTipRole).toString(), m_userId);

    // Saved under a name, cleared, and back from the list.
    logs->findChild<QComboBox *>(QStringLiteral("logsResultCombo"))->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading() && logs->model()->count() == m_failures, 10000);
    logs->saveFilterAs(QStringLiteral("Kim's company: failures"));
    auto *saved = logs->findChild<QComboBox *>(QStringLiteral("logsSavedFilterCombo"));
    QCOMPARE(saved->currentText(), QStringLiteral("Kim's company: failures"));
    logs->findChild<QToolButton *>(QStringLiteral("logsMemberOfClearButton"))->click();
    logs->findChild<QComboBox *>(QStringLiteral("logsResultCombo"))->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading() && logs->model()->count() > 6, 10000);
    QVERIFY(!memberLabel->isVisible());
    const int index = saved->findText(QStringLiteral("Kim's company: failures"));
    QVERIFY(index > 0);
    saved->setCurrentIndex(index);
    emit saved->activated(index);
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading() && logs->model()->count() == m_failures, 10000);
    QVERIFY(memberLabel->isVisible());
    QCOMPARE(logs->findChild<QComboBox *>(QStringLiteral("logsResultCombo"))->currentIndex(), 2);
    logs->findChild<QPushButton *>(QStringLiteral("logsForgetFilterButton"))->click();
    QCOMPARE(saved->findText(QStringLiteral("Kim's company: failures")), -1);
    QVERIFY(QSettings().value(QStringLiteral("logs/savedFilters")).toByteArray().contains("[]"));
}

QTEST_MAIN(TestUiLogs)
#include "tst_ui_logs.moc"
