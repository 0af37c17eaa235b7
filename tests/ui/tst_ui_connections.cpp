// Logto connections in the GUI: add one through File → Connections… (secret typed in the dialog,
// no keychain: kept for the session only), test it, connect, see the fake server's applications,
// the status bar and the capabilities the connection lacks; a wrong secret fails in plain words;
// a new session asks for the secret again.

#include "FakeLogto.h"
#include "FakeLogtoState.h"
#include "TestSupport.h"
#include "UiTestHelpers.h"
#include "applications/ApplicationsPage.h"
#include "connections/ConnectionEditDialog.h"
#include "connections/ConnectionStore.h"
#include "connections/ConnectionsDialog.h"
#include "factory/BackendFactory.h"
#include "journal/JournalPage.h"
#include "logs/LogSyncDialog.h"
#include "logs/LogsPage.h"
#include "main/OpenWorkspaceDialog.h"
#include "users/UserFilterPanel.h"
#include "users/UsersPage.h"
#include "viewmodel/UserListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMutexLocker>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addTestAndConnect();
    void wrongSecretFailsInPlainWords();
    void untrustedCertificateIsShownThenTrustedWithCaFile();
    void newSessionAsksForTheSecret();
    void productionNeverUsesPlainHttp();
    void postgresWithoutServerCheckIsWarned();
    void syncIntoTheWorkspaceArchive(); // last: it opens a workspace file

private:
    /// With GATEHOUSE_TEST_SCREENSHOTS=DIR, saves `widget` as DIR/<name>.png (to look at the UI).
    static void snapshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("GATEHOUSE_TEST_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    ConnectionsDialog *openConnections(MainWindow &window);
    /// Fills the editor and returns it (not yet saved).
    ConnectionEditDialog *fillEditor(QWidget *parent, const QString &name, const QString &endpoint,
                                     const QString &secret, bool production);

    /// Over TLS, trusted through a CA file: a Production connection is never plain http.
    gatehouse::test::FakeLogto m_logto{true};
    QTemporaryDir m_caDir;
    QString m_caPath;
};

void TestUiConnections::initTestCase()
{
    initGuiTests();
    qunsetenv("GATEHOUSE_CLIENT_ID");
    qunsetenv("GATEHOUSE_CLIENT_SECRET");
    QSettings().clear();
    QVERIFY2(m_logto.start(), qPrintable(m_logto.error()));
    m_caPath = m_caDir.filePath(QStringLiteral("ca.pem"));
    QFile ca(m_caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_logto.certificate().toPem());
    ca.close();

    // One application on the server before Gatehouse connects.
    WorkspaceSpec spec = WorkspaceSpec::parse(QStringLiteral("logto+") + m_logto.endpoint() +
                                              QStringLiteral("?ca=") + m_caPath)
                             .value();
    spec.clientId = m_logto.clientId();
    spec.clientSecret = m_logto.clientSecret();
    std::unique_ptr<Backend> backend = createBackend(spec);
    GH_VERIFY_OK(gatehouse::test::await(backend->open()));
    Application draft;
    draft.name = QStringLiteral("Billing service");
    draft.type = ApplicationType::MachineToMachine;
    GH_VERIFY_OK(gatehouse::test::await(backend->applications().create(m_logto.tenant(), draft)));
}

void TestUiConnections::cleanupTestCase()
{
    QSettings().clear();
}

ConnectionsDialog *TestUiConnections::openConnections(MainWindow &window)
{
    auto *action = window.menuBar()->findChild<QAction *>(QStringLiteral("connectionsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return waitForVisible<ConnectionsDialog>(&window);
}

ConnectionEditDialog *TestUiConnections::fillEditor(QWidget *parent, const QString &name,
                                                    const QString &endpoint, const QString &secret,
                                                    bool production)
{
    auto *editor = waitForVisible<ConnectionEditDialog>(parent);
    if (!editor)
        return nullptr;
    editor->findChild<QLineEdit *>(QStringLiteral("connectionNameEdit"))->setText(name);
    editor->findChild<QLineEdit *>(QStringLiteral("connectionEndpointEdit"))->setText(endpoint);
    editor->findChild<QLineEdit *>(QStringLiteral("connectionTenantEdit"))->setText(m_logto.tenant());
    editor->findChild<QLineEdit *>(QStringLiteral("connectionClientIdEdit"))->setText(m_logto.clientId());
    editor->findChild<QLineEdit *>(QStringLiteral("connectionSecretEdit"))->setText(secret);
    editor->findChild<QLineEdit *>(QStringLiteral("connectionCaFileEdit"))->setText(m_caPath);
    editor
        ->findChild<QRadioButton *>(production ? QStringLiteral("connectionProductionRadio")
                                               : QStringLiteral("connectionDevelopmentRadio"))
        ->setChecked(true);
    return editor;
}

void TestUiConnections::addTestAndConnect()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QPointer<ConnectionsDialog> dialog = openConnections(window);
    QVERIFY(dialog);
    // No keychain in this test run: the dialog says the secret lasts for this session only.
    auto *keychainNote = dialog->findChild<QLabel *>(QStringLiteral("connectionsKeychainLabel"));
    QTRY_VERIFY(keychainNote->isVisible());
    QVERIFY(keychainNote->text().contains(QStringLiteral("this session only")));

    dialog->findChild<QPushButton *>(QStringLiteral("connectionAddButton"))->click();
    ConnectionEditDialog *editor = fillEditor(dialog, QStringLiteral("Fake production"), m_logto.endpoint(),
                                              QStringLiteral("not-the-secret"), true);
    QVERIFY(editor);
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("connectionSecretHint"))
                ->text()
                .contains(QStringLiteral("session only")));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("connectionSecretEdit"))->echoMode(),
             QLineEdit::Password);
    // Testing the typed values before saving: first the wrong secret, then the right one.
    auto *editorTest = editor->findChild<QPushButton *>(QStringLiteral("connectionEditTestButton"));
    auto *editorResult = editor->findChild<QLabel *>(QStringLiteral("connectionEditTestResult"));
    QVERIFY(editorTest->isEnabled());
    editorTest->click();
    QTRY_VERIFY_WITH_TIMEOUT(editorResult->text().contains(QStringLiteral("refused")), 15000);
    QVERIFY(!editorResult->text().contains(QStringLiteral("not-the-secret")));
    editor->findChild<QLineEdit *>(QStringLiteral("connectionSecretEdit"))->setText(m_logto.clientSecret());
    editorTest->click();
    QTRY_VERIFY_WITH_TIMEOUT(editorResult->text().startsWith(QStringLiteral("Connected to")), 15000);
    QVERIFY(editorResult->text().contains(QStringLiteral("1 application")));
    snapshot(editor, QStringLiteral("connection-editor"));
    editor->findChild<QPushButton *>(QStringLiteral("connectionSaveButton"))->click();

    auto *list = dialog->list();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Fake production"));
    QCOMPARE(list->topLevelItem(0)->text(1), m_logto.endpoint());
    QCOMPARE(list->topLevelItem(0)->text(2), m_logto.tenant());
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Production"));
    // The secret is nowhere in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(m_logto.clientSecret()));
    QVERIFY(!QVariant(settings.value(QStringLiteral("connections/list")))
                 .toString()
                 .contains(m_logto.clientSecret()));

    list->setCurrentItem(list->topLevelItem(0));
    dialog->findChild<QPushButton *>(QStringLiteral("connectionTestButton"))->click();
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("connectionTestResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected to")), 15000);
    QVERIFY(result->text().contains(QStringLiteral("creating, renaming or deleting tenants")));
    snapshot(dialog, QStringLiteral("connections-dialog"));

    bool ready = false;
    connect(&window, &MainWindow::workspaceReady, this, [&ready] { ready = true; });
    dialog->findChild<QPushButton *>(QStringLiteral("connectionConnectButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(ready, 20000);
    QVERIFY(closed(dialog));
    QVERIFY(waitIdle(window));

    // The server's applications.
    window.showArea(MainWindow::Area::Applications);
    ApplicationsPage *apps = window.applicationsPage();
    QTRY_VERIFY(modelHasText(apps->model(), QStringLiteral("Billing service")));

    // The status bar names the connection, its tenant and that it is production.
    auto *label = window.findChild<QLabel *>(QStringLiteral("workspaceLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("Fake production")), qPrintable(label->text()));
    QVERIFY(label->text().contains(m_logto.tenant()));
    auto *badge = window.findChild<QLabel *>(QStringLiteral("connectionBadge"));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Production"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Fake production")));
    snapshot(&window, QStringLiteral("connected-window"));

    // Tenants are managed on the server: the actions are disabled and say why.
    for (QAction *action : {window.tenantBar()->createAction(), window.tenantBar()->renameAction(),
                            window.tenantBar()->deleteAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Logto connection")),
                 qPrintable(action->toolTip()));
    }

    // A destructive action names the connection.
    QVERIFY(selectRow(apps->view(), QStringLiteral("Billing service")));
    QVERIFY(showActive(window));
    apps->view()->setFocus();
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(apps->view(), Qt::Key_Delete);
    QTRY_COMPARE(MessageBox::shownTexts().size(), 1);
    QVERIFY2(MessageBox::shownTexts().first().contains(QStringLiteral("PRODUCTION")),
             qPrintable(MessageBox::shownTexts().first()));
    QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("Fake production")));
    QVERIFY(waitIdle(window));
    QVERIFY(modelHasText(apps->model(), QStringLiteral("Billing service")));

    // Users: no filters but the role filter, no sorting, no password expiry.
    window.showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(window));
    UsersPage *users = window.usersPage();
    QVERIFY(!users->filters()->statusCombo()->isEnabled());
    QVERIFY(!users->filters()->statusCombo()->toolTip().isEmpty());
    QVERIFY(!users->filters()->mfaCombo()->isEnabled());
    QVERIFY(users->filters()->roleCombo()->isEnabled());
    auto *why = users->filters()->findChild<QLabel *>(QStringLiteral("userFiltersUnavailableLabel"));
    QVERIFY(why && why->text().contains(QStringLiteral("role filter")));
    QVERIFY(!users->view()->horizontalHeader()->sectionsClickable());
    users->findChild<QToolButton *>(QStringLiteral("usersFiltersButton"))->setChecked(true);
    snapshot(&window, QStringLiteral("connected-users"));
    QVERIFY(users->view()->horizontalHeader()->toolTip().contains(QStringLiteral("newest first"),
                                                                  Qt::CaseInsensitive));
    users->findChild<QToolButton *>(QStringLiteral("usersFiltersButton"))->setChecked(false);

    // Typing a whole email on a server whose substring search takes two seconds (as Logto's does
    // over a million users): the page waits for a pause in the typing, shows the user from an
    // exact search before the substring search answers, and says that the server is searching.
    User typist;
    typist.username = QStringLiteral("typist");
    typist.primaryEmail = QStringLiteral("typist@example.com");
    GH_VERIFY_OK(
        gatehouse::test::await(window.workspace()->backend().users().create(m_logto.tenant(), typist, {})));
    User other;
    other.username = QStringLiteral("typist_two");
    other.primaryEmail = QStringLiteral("two.typist@example.com");
    GH_VERIFY_OK(
        gatehouse::test::await(window.workspace()->backend().users().create(m_logto.tenant(), other, {})));
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->totalKnown() && users->model()->rowCount() >= 2, 10000);
    QVERIFY(waitIdle(window));
    {
        QMutexLocker lock(&m_logto.state().mutex);
        m_logto.state().substringSearchDelayMs = 2000;
    }
    m_logto.server().clearRequests();
    auto *search = users->findChild<QLineEdit *>(QStringLiteral("usersSearchEdit"));
    auto *total = users->findChild<QLabel *>(QStringLiteral("usersTotalLabel"));
    const QString typed = typist.primaryEmail;
    QElapsedTimer typing;
    typing.start();
    for (const QChar c : typed) {
        QTest::keyClick(search, c.toLatin1());
        QTest::qWait(40); // a fast typist: 25 keys a second
    }
    const qint64 typedMs = typing.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->query().search == typed && users->model()->rowCount() == 1 &&
                                 users->model()->userAt(0) &&
                                 users->model()->userAt(0)->primaryEmail == typist.primaryEmail,
                             10000);
    const qint64 firstRowMs = typing.elapsed() - typedMs;
    QVERIFY(users->model()->isSearching()); // the substring search has not answered yet
    QCOMPARE(total->text(), QStringLiteral("Searching the server…"));
    snapshot(&window, QStringLiteral("connected-users-searching"));
    QTRY_VERIFY_WITH_TIMEOUT(!users->model()->isSearching() && users->model()->totalKnown(), 15000);
    const qint64 answerMs = typing.elapsed() - typedMs;
    // The substring search finds "two.typist@example.com" too.
    QCOMPARE(users->model()->rowCount(), 2);
    QCOMPARE(total->text(), QStringLiteral("2 users found"));
    int substringSearches = 0;
    int exactSearches = 0;
    for (const gatehouse::test::HttpRequest &r : m_logto.server().requests()) {
        if (r.method != "GET" || r.path != QLatin1String("/api/users"))
            continue;
        if (r.query.queryItemValue(QStringLiteral("page_size")) == QLatin1String("1"))
            continue; // the count of the answer, asked with the first page
        if (r.query.hasQueryItem(QStringLiteral("search")))
            ++substringSearches;
        else if (r.query.queryItemValue(QStringLiteral("mode")) == QLatin1String("exact"))
            ++exactSearches;
    }
    qInfo("typed %lld characters in %lld ms; first row %lld ms after the last key, the substring search's "
          "answer %lld ms after it; substring searches sent: %d, exact searches: %d",
          static_cast<long long>(typed.size()), static_cast<long long>(typedMs),
          static_cast<long long>(firstRowMs), static_cast<long long>(answerMs), substringSearches,
          exactSearches);
    // One search for the word; a second only if the machine stalled the typing longer than the
    // pause the page waits for.
    QVERIFY2(substringSearches >= 1 && substringSearches <= 2,
             qPrintable(QString::number(substringSearches)));
    QCOMPARE(exactSearches, substringSearches);
    {
        QMutexLocker lock(&m_logto.state().mutex);
        m_logto.state().substringSearchDelayMs = 0;
    }
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!users->model()->isSearching() && users->model()->totalKnown() &&
                                 users->model()->rowCount() > 1,
                             10000);

    // The journal: the changes, and on a connection also the requests sent to the server.
    Role role;
    role.name = QStringLiteral("Journaled role");
    role.description = QStringLiteral("Made through the connection");
    role.type = RoleType::User;
    GH_VERIFY_OK(
        gatehouse::test::await(window.workspace()->backend().roles().create(m_logto.tenant(), role)));
    window.showArea(MainWindow::Area::Journal);
    JournalPage *journal = window.journalPage();
    QTRY_VERIFY(!journal->isLoading() && journal->model()->rowCount() > 0);
    const auto actions = [journal] {
        QStringList out;
        for (const JournalEntry &e : journal->model()->items())
            out.append(e.action);
        return out;
    };
    QCOMPARE(actions().first(), QStringLiteral("role.create"));
    QVERIFY(!actions().contains(QStringLiteral("request.intent")));
    auto *requests = journal->findChild<QCheckBox *>(QStringLiteral("journalRequestsCheck"));
    QVERIFY(requests && requests->isVisible());
    requests->setChecked(true);
    QTRY_VERIFY(!journal->isLoading() && actions().contains(QStringLiteral("request.intent")));
    QCOMPARE(actions().mid(0, 3),
             (QStringList{QStringLiteral("role.create"), QStringLiteral("request.outcome"),
                          QStringLiteral("request.intent")}));
    // Request entries say what was sent and how it ended, not their record's id.
    const auto targetText = [journal](int row) {
        return journal->model()->index(row, 4).data().toString();
    };
    QCOMPARE(targetText(2), QStringLiteral("POST /api/roles"));
    QCOMPARE(targetText(1), QStringLiteral("done (HTTP 200)"));
    bool verified = false;
    connect(journal, &JournalPage::verified, this, [&verified](bool) { verified = true; });
    journal->findChild<QPushButton *>(QStringLiteral("verifyJournalButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(verified, 15000);
    auto *verdict = journal->findChild<QLabel *>(QStringLiteral("journalVerifyLabel"));
    QVERIFY2(verdict->text().contains(QStringLiteral("intact")), qPrintable(verdict->text()));
    QVERIFY2(!verdict->text().contains(QStringLiteral("no recorded outcome")), qPrintable(verdict->text()));
    snapshot(&window, QStringLiteral("connected-journal"));
}

void TestUiConnections::wrongSecretFailsInPlainWords()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QPointer<ConnectionsDialog> dialog = openConnections(window);
    QVERIFY(dialog);
    // The same server under another address, saved with a wrong secret (no test first).
    const QString other =
        QString(m_logto.endpoint()).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    dialog->findChild<QPushButton *>(QStringLiteral("connectionAddButton"))->click();
    ConnectionEditDialog *editor =
        fillEditor(dialog, QStringLiteral("Fake wrong"), other, QStringLiteral("wrong-secret-123"), false);
    QVERIFY(editor);
    editor->findChild<QPushButton *>(QStringLiteral("connectionSaveButton"))->click();
    auto *list = dialog->list();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *item = list->topLevelItem(1);
    QCOMPARE(item->text(0), QStringLiteral("Fake wrong"));
    QCOMPARE(item->text(3), QStringLiteral("Development"));
    list->setCurrentItem(item);

    // This window is a new session: it does not know the secret typed in the other one.
    dialog->findChild<QPushButton *>(QStringLiteral("connectionTestButton"))->click();
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("connectionTestResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The test failed")), 15000);
    QVERIFY2(result->text().contains(QStringLiteral("refused the client id or secret")),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("wrong-secret-123")));
    snapshot(dialog, QStringLiteral("connections-test-failed"));

    // Removing asks first and takes the connection out of the list.
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->findChild<QPushButton *>(QStringLiteral("connectionRemoveButton"))->click();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("keychain")));
    QCOMPARE(connectionstore::all().size(), 1);
    dialog->reject();
}

void TestUiConnections::untrustedCertificateIsShownThenTrustedWithCaFile()
{
    gatehouse::test::FakeLogto tlsLogto(true);
    QVERIFY2(tlsLogto.start(), qPrintable(tlsLogto.error()));
    QTemporaryDir dir;
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(tlsLogto.certificate().toPem());
    ca.close();

    MainWindow window;
    QVERIFY(showActive(window));
    QPointer<ConnectionsDialog> dialog = openConnections(window);
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("connectionAddButton"))->click();
    auto *editor = waitForVisible<ConnectionEditDialog>(dialog);
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("connectionNameEdit"))->setText(QStringLiteral("Fake TLS"));
    editor->findChild<QLineEdit *>(QStringLiteral("connectionEndpointEdit"))->setText(tlsLogto.endpoint());
    editor->findChild<QLineEdit *>(QStringLiteral("connectionClientIdEdit"))->setText(tlsLogto.clientId());
    editor->findChild<QLineEdit *>(QStringLiteral("connectionSecretEdit"))->setText(tlsLogto.clientSecret());
    auto *test = editor->findChild<QPushButton *>(QStringLiteral("connectionEditTestButton"));
    auto *result = editor->findChild<QLabel *>(QStringLiteral("connectionEditTestResult"));
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The test failed")), 15000);
    QVERIFY2(result->text().contains(QStringLiteral("certificate is not trusted")),
             qPrintable(result->text()));

    auto *caEdit = editor->findChild<QLineEdit *>(QStringLiteral("connectionCaFileEdit"));
    caEdit->setText(dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!test->isEnabled()); // no such file
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("connectionError"))
                ->text()
                .contains(QStringLiteral("no file")));
    caEdit->setText(caPath);
    QVERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected to")), 15000);
    editor->reject();
    dialog->reject();
}

void TestUiConnections::newSessionAsksForTheSecret()
{
    // The last workspace is the connection; without a keychain its secret died with the session.
    MainWindow window;
    QVERIFY(showActive(window));
    bool ready = false;
    connect(&window, &MainWindow::workspaceReady, this, [&ready] { ready = true; });
    window.start();
    auto *editor = waitForVisible<ConnectionEditDialog>(&window);
    QVERIFY(editor);
    auto *notice = editor->findChild<QLabel *>(QStringLiteral("connectionNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Fake production")), qPrintable(notice->text()));
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("connectionSaveButton"));
    QVERIFY(!save->isEnabled()); // the secret is needed
    snapshot(editor, QStringLiteral("connection-secret-needed"));
    editor->findChild<QLineEdit *>(QStringLiteral("connectionSecretEdit"))->setText(m_logto.clientSecret());
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(ready, 20000);
    QVERIFY(waitIdle(window));
    window.showArea(MainWindow::Area::Applications);
    QTRY_VERIFY(modelHasText(window.applicationsPage()->model(), QStringLiteral("Billing service")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("workspaceLabel"))
                ->text()
                .contains(QStringLiteral("Fake production")));

    // File → Open workspace… offers the saved connections next to SQLite and PostgreSQL.
    window.menuBar()->findChild<QAction *>(QStringLiteral("openWorkspaceAction"))->trigger();
    QPointer<OpenWorkspaceDialog> open = waitForVisible<OpenWorkspaceDialog>(&window);
    QVERIFY(open);
    auto *logtoRadio = open->findChild<QRadioButton *>(QStringLiteral("workspaceLogtoRadio"));
    QVERIFY(logtoRadio && logtoRadio->isVisible());
    logtoRadio->setChecked(true);
    auto *combo = open->findChild<QComboBox *>(QStringLiteral("workspaceConnectionCombo"));
    QCOMPARE(combo->count(), 1);
    QVERIFY(combo->currentText().startsWith(QStringLiteral("Fake production")));
    QVERIFY(open->findChild<QPushButton *>(QStringLiteral("workspaceAcceptButton"))->isEnabled());
    QVERIFY(open->spec().isRemote());
    QCOMPARE(open->spec().endpoint, m_logto.endpoint());
    QTest::qWait(200);
    snapshot(open, QStringLiteral("open-workspace"));
    // "Connections…" goes to the Connections dialog.
    open->findChild<QPushButton *>(QStringLiteral("workspaceConnectionsButton"))->click();
    QTRY_VERIFY(closed(open));
    auto *connections = waitForVisible<ConnectionsDialog>(&window);
    QVERIFY(connections);
    QCOMPARE(connections->list()->currentItem()->text(0), QStringLiteral("Fake production"));
    connections->reject();
}

void TestUiConnections::postgresWithoutServerCheckIsWarned()
{
    OpenWorkspaceDialog dialog(OpenWorkspaceDialog::Mode::Open, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("workspaceTlsWarning"));
    QVERIFY(warning);
    dialog.setPostgresUrl(QStringLiteral("postgres://gatehouse@db.example.com/gatehouse?sslmode=require"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("sslmode=require")) &&
                 warning->text().contains(QStringLiteral("db.example.com")),
             qPrintable(warning->text()));
    // A warning, not a refusal: the operator asked for it.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("workspaceAcceptButton"))->isEnabled());
    snapshot(&dialog, QStringLiteral("postgres-sslmode-warning"));

    // verify-full (the default for another machine) and a server on this machine: no warning.
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrlEdit"));
    url->setText(QStringLiteral("postgres://gatehouse@db.example.com/gatehouse"));
    QVERIFY(!warning->isVisible());
    url->setText(QStringLiteral("postgres://gatehouse@127.0.0.1/gatehouse?sslmode=disable"));
    QVERIFY(!warning->isVisible());
    url->setText(QStringLiteral("postgres://gatehouse@10.1.2.3/gatehouse?sslmode=prefer"));
    QVERIFY(warning->isVisible());
    // Switching to a workspace file drops it.
    dialog.findChild<QRadioButton *>(QStringLiteral("workspaceSqliteRadio"))->setChecked(true);
    QVERIFY(!warning->isVisible());
}

void TestUiConnections::productionNeverUsesPlainHttp()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QPointer<ConnectionsDialog> dialog = openConnections(window);
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("connectionAddButton"))->click();
    ConnectionEditDialog *editor =
        fillEditor(dialog, QStringLiteral("Local test server"), QStringLiteral("http://127.0.0.1:3001"),
                   QStringLiteral("secret"), true);
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("connectionCaFileEdit"))->clear();
    auto *error = editor->findChild<QLabel *>(QStringLiteral("connectionError"));
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("connectionSaveButton"));
    auto *test = editor->findChild<QPushButton *>(QStringLiteral("connectionEditTestButton"));
    QVERIFY2(error->text().contains(QStringLiteral("never uses plain http")), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!test->isEnabled());
    // The same server as a Development connection is fine (it is this machine)…
    editor->findChild<QRadioButton *>(QStringLiteral("connectionDevelopmentRadio"))->setChecked(true);
    QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    QVERIFY(save->isEnabled());
    // …written with logto+ in front too; another host never over plain http.
    editor->findChild<QLineEdit *>(QStringLiteral("connectionEndpointEdit"))
        ->setText(QStringLiteral("logto+http://127.0.0.1:3001"));
    QVERIFY(save->isEnabled());
    editor->findChild<QLineEdit *>(QStringLiteral("connectionEndpointEdit"))
        ->setText(QStringLiteral("http://127.0.0.1.nip.io:3001"));
    QVERIFY(error->text().contains(QStringLiteral("only for a server on this machine")));
    QVERIFY(!save->isEnabled());
    editor->reject();
    dialog->reject();
}

void TestUiConnections::syncIntoTheWorkspaceArchive()
{
    {
        QMutexLocker lock(&m_logto.state().mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 250; ++i)
            gatehouse::test::fakelogto::addLog(
                m_logto.state(), QStringLiteral("Interaction.SignIn.Verification.Password.Submit"),
                i % 5 != 0, now - (250 - i) * 60000,
                QJsonObject{{QStringLiteral("userId"), QStringLiteral("user%1").arg(i % 7)}});
    }
    SavedConnection source;
    source.name = QStringLiteral("Fake production");
    source.endpoint = m_logto.endpoint();
    source.tenant = m_logto.tenant();
    source.caFile = m_caPath;
    source.clientId = m_logto.clientId();
    connectionstore::save(source);

    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openWorkspace(window, dir.filePath(QStringLiteral("archive.sqlite"))));
    QVERIFY(createTenant(window, QStringLiteral("Archive"), false));
    window.showArea(MainWindow::Area::Logs);
    LogsPage *logs = window.logsPage();
    QTRY_VERIFY(!logs->isLoading());
    QCOMPARE(logs->model()->rowCount(), 0);
    auto *syncButton = logs->findChild<QPushButton *>(QStringLiteral("logsSyncButton"));
    QVERIFY(syncButton && syncButton->isVisible());
    syncButton->click();
    QPointer<LogSyncDialog> dialog = waitForVisible<LogSyncDialog>(&window);
    QVERIFY(dialog);
    auto *from = dialog->findChild<QComboBox *>(QStringLiteral("logSyncSourceCombo"));
    QVERIFY(from->currentText().contains(QStringLiteral("Fake production")));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("logSyncStartButton"));

    // No secret known in this session (and no keychain here): said plainly, nothing stored.
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 15000);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("No client secret")),
             qPrintable(dialog->statusText()));

    // With credentials: every event arrives, with the counts and the rate on the way.
    qputenv("GATEHOUSE_CLIENT_ID", m_logto.clientId().toUtf8());
    qputenv("GATEHOUSE_CLIENT_SECRET", m_logto.clientSecret().toUtf8());
    const auto cleanup = qScopeGuard([] {
        qunsetenv("GATEHOUSE_CLIENT_ID");
        qunsetenv("GATEHOUSE_CLIENT_SECRET");
    });
    qint64 stored = -1;
    connect(dialog, &LogSyncDialog::finished, this, [&stored](qint64 n) { stored = n; });
    QVERIFY(start->isVisible() && start->isEnabled());
    start->click();
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("logSyncStopButton"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(stored >= 0 && !dialog->isRunning(), 30000);
    QCOMPARE(stored, qint64(250));
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Done: 250 events fetched")),
             qPrintable(dialog->statusText()));
    snapshot(dialog, QStringLiteral("log-sync-dialog"));
    // The Logs area shows the archive at once.
    QTRY_VERIFY(!logs->isLoading() && logs->model()->rowCount() > 0);

    // Again: nothing new, nothing doubled.
    stored = -1;
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(stored >= 0 && !dialog->isRunning(), 30000);
    QCOMPARE(stored, qint64(0));
    QVERIFY2(dialog->statusText().contains(QStringLiteral(", 0 new")), qPrintable(dialog->statusText()));

    // How long the archive keeps events: for ever until set; a shorter time asks first.
    auto *retention = dialog->findChild<QSpinBox *>(QStringLiteral("logRetentionSpin"));
    QTRY_VERIFY(retention->isEnabled());
    QCOMPARE(retention->value(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->applyRetention(2);
    QTRY_COMPARE(dialog->retentionText(), QStringLiteral("Events are kept for 2 days."));
    QVERIFY(MessageBox::shownTexts().last().contains(QStringLiteral("deleted from the archive now")));
    QCOMPARE(gatehouse::test::await(
                 window.workspace()->backend().logs().retentionDays(window.workspace()->tenant().id))
                 .value(),
             2);
    dialog->applyRetention(0);
    QTRY_COMPARE(dialog->retentionText(), QStringLiteral("Events are kept for ever."));

    // Closing during a run stops it after the batch in flight and then closes.
    {
        QMutexLocker lock(&m_logto.state().mutex);
        m_logto.state().logListDelayMs = 300;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 400; ++i)
            gatehouse::test::fakelogto::addLog(
                m_logto.state(), QStringLiteral("ExchangeTokenBy.RefreshToken"), true, now + i,
                QJsonObject{{QStringLiteral("userId"), QStringLiteral("user1")}});
    }
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("fetched")), 15000);
    dialog->reject();
    QVERIFY(dialog->isVisible()); // still storing its batch
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
    {
        QMutexLocker lock(&m_logto.state().mutex);
        m_logto.state().logListDelayMs = 0;
    }
}

QTEST_MAIN(TestUiConnections)
#include "tst_ui_connections.moc"
