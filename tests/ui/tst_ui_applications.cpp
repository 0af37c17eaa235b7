// Applications page, driven through the real MainWindow: create, validate as typed, save and
// reopen, secrets shown once, delete with confirmation and the journal entry it leaves.

#include "TestSupport.h"
#include "UiTestHelpers.h"
#include "applications/ApplicationEditor.h"
#include "applications/ApplicationSecretsTab.h"
#include "applications/ApplicationSettingsForm.h"
#include "applications/ApplicationsPage.h"
#include "applications/CreateApplicationDialog.h"
#include "applications/CreateSecretDialog.h"
#include "common/SecretDialog.h"
#include "journal/JournalPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiApplications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void spaRedirectUrisValidateAndSave();
    void machineToMachineSecretShownOnce();
    void createSecretOnSecretsTab();
    void deleteApplicationWithConfirmation();
    void createdItemStaysSelectedOverAnEarlierReload();
    void journalReadsFieldByFieldAndFilters();

private:
    /// Creates an application through the dialog; returns its id (empty on failure).
    QString createApplication(ApplicationType type, const QString &name);
    ApplicationsPage *page() const { return m_window->applicationsPage(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestUiApplications::initTestCase()
{
    initGuiTests();
}

void TestUiApplications::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspace.sqlite"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_path));
    m_window->showArea(MainWindow::Area::Applications); // past the dashboard, the first page
    attachModelTester(page()->model(), page());
    QVERIFY(createTenant(*m_window, QStringLiteral("Shop (dev)"), false));
    QVERIFY(page()->isVisible());
}

void TestUiApplications::cleanup()
{
    m_window.reset();
    m_dir.reset();
    MessageBox::clearShownTexts();
}

QString TestUiApplications::createApplication(ApplicationType type, const QString &name)
{
    auto *create = m_window->findChild<QPushButton *>(QStringLiteral("applicationsCreateButton"));
    // The button turns on once the workspace has said what this operator may do.
    if (!create || !QTest::qWaitFor([create] { return create->isEnabled(); }, 10000)) {
        qWarning("createApplication(%s): the Create button stayed disabled", qPrintable(name));
        return {};
    }
    create->click();
    QPointer<CreateApplicationDialog> dialog = waitForVisible<CreateApplicationDialog>(m_window.get());
    if (!dialog) {
        qWarning("createApplication(%s): no dialog", qPrintable(name));
        return {};
    }
    dialog->findChild<QRadioButton *>(QStringLiteral("applicationTypeRadio_") + applicationTypeName(type))
        ->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("newApplicationNameEdit"))->setText(name);
    dialog->findChild<QPushButton *>(QStringLiteral("createApplicationButton"))->click();
    if (!QTest::qWaitFor([&] { return page()->editor()->application().name == name && closed(dialog); },
                         30000)) {
        qWarning(
            "createApplication(%s): not created and shown (editor shows \"%s\", dialog %s, messages: %s)",
            qPrintable(name), qPrintable(page()->editor()->application().name),
            closed(dialog) ? "closed" : "open",
            qPrintable(MessageBox::shownTexts().join(QStringLiteral(" | "))));
        return {};
    }
    return page()->editor()->application().id;
}

void TestUiApplications::spaRedirectUrisValidateAndSave()
{
    const QString id = createApplication(ApplicationType::SPA, QStringLiteral("Shop web"));
    QVERIFY(!id.isEmpty());
    QVERIFY(modelHasText(page()->model(), QStringLiteral("Shop web")));
    QVERIFY(waitIdle(*m_window));

    auto *uris = m_window->findChild<QPlainTextEdit *>(QStringLiteral("redirectUrisEdit"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("redirectUrisError"));
    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("applicationSaveButton"));
    QVERIFY(uris && error && save);
    QVERIFY(uris->isVisible());
    QVERIFY(!save->isEnabled());

    // Typing an http URI for a non-loopback host: the problem appears at once, Save stays off.
    uris->setFocus();
    QTest::keyClicks(uris, QStringLiteral("https://shop.example.com/callback"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(uris, Qt::Key_Return);
    QTest::keyClicks(uris, QStringLiteral("http://example.com/cb"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Line 2: must use https")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("localhost")));
    QVERIFY(!save->isEnabled());

    // Fix it: the message goes away and the edit can be saved (Ctrl+S).
    uris->setPlainText(QStringLiteral("https://shop.example.com/callback\nhttp://localhost:3000/cb"));
    QVERIFY(!error->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(shortcut(*m_window, QKeySequence::Save));
    QTRY_VERIFY(!page()->editor()->isSaving());
    QTRY_COMPARE(page()->editor()->application().redirectUris,
                 QStringList({QStringLiteral("https://shop.example.com/callback"),
                              QStringLiteral("http://localhost:3000/cb")}));
    QVERIFY(!save->isEnabled());
    QVERIFY(MessageBox::shownTexts().isEmpty());

    // Reopen the workspace in a new window: the saved value is there.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_path));
    m_window->showArea(MainWindow::Area::Applications);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(selectRow(page()->view(), QStringLiteral("Shop web")));
    uris = m_window->findChild<QPlainTextEdit *>(QStringLiteral("redirectUrisEdit"));
    QTRY_COMPARE(uris->toPlainText(),
                 QStringLiteral("https://shop.example.com/callback\nhttp://localhost:3000/cb"));
}

void TestUiApplications::machineToMachineSecretShownOnce()
{
    const QString id = createApplication(ApplicationType::MachineToMachine, QStringLiteral("Billing job"));
    QVERIFY(!id.isEmpty());
    QPointer<SecretDialog> dialog = waitForVisible<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    const QString secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretValueEdit"))->text();
    QVERIFY(secret.size() >= 20);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("secretWarningLabel"))
                ->text()
                .contains(QStringLiteral("will not be shown again")));
    dialog->findChild<QPushButton *>(QStringLiteral("copySecretButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), secret);
    dialog->findChild<QPushButton *>(QStringLiteral("secretDoneButton"))->click();
    QTRY_VERIFY(closed(dialog));
    QApplication::clipboard()->clear();

    // The Secrets tab lists only the masked value.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("applicationTabs"));
    auto *secretsTab = m_window->findChild<ApplicationSecretsTab *>();
    QVERIFY(tabs && secretsTab);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(secretsTab)));
    tabs->setCurrentWidget(secretsTab);
    attachModelTester(secretsTab->model(), secretsTab);
    QTRY_COMPARE(secretsTab->model()->rowCount(), 1);
    const QString masked = secretsTab->model()->index(0, 1).data().toString();
    QVERIFY(!masked.isEmpty());
    QVERIFY(!masked.contains(secret));
    QVERIFY(masked.endsWith(secret.right(4)));
    for (int column = 0; column < secretsTab->model()->columnCount(); ++column)
        QVERIFY(!secretsTab->model()->index(0, column).data().toString().contains(secret));
}

void TestUiApplications::createSecretOnSecretsTab()
{
    QVERIFY(!createApplication(ApplicationType::Traditional, QStringLiteral("Shop portal")).isEmpty());
    QPointer<SecretDialog> first = waitForVisible<SecretDialog>(m_window.get());
    QVERIFY(first);
    first->accept();
    QTRY_VERIFY(closed(first));

    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("applicationTabs"));
    auto *secretsTab = m_window->findChild<ApplicationSecretsTab *>();
    tabs->setCurrentWidget(secretsTab);
    QTRY_COMPARE(secretsTab->model()->rowCount(), 1);

    secretsTab->findChild<QPushButton *>(QStringLiteral("createSecretTabButton"))->click();
    auto *create = waitForVisible<CreateSecretDialog>(m_window.get());
    QVERIFY(create);
    auto *createButton = create->findChild<QPushButton *>(QStringLiteral("createSecretButton"));
    QVERIFY(!createButton->isEnabled());
    create->findChild<QLineEdit *>(QStringLiteral("secretNameEdit"))->setText(QStringLiteral("ci-2025"));
    QVERIFY(createButton->isEnabled());
    createButton->click();

    SecretDialog *shown = nullptr;
    QTRY_VERIFY((shown = waitForVisible<SecretDialog>(m_window.get(), 100)) != nullptr);
    const QString value = shown->findChild<QLineEdit *>(QStringLiteral("secretValueEdit"))->text();
    QVERIFY(value.size() >= 20);
    shown->accept();
    QTRY_COMPARE(secretsTab->model()->rowCount(), 2);
    QVERIFY(modelHasText(secretsTab->model(), QStringLiteral("ci-2025")));
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < secretsTab->model()->columnCount(); ++column)
            QVERIFY(!secretsTab->model()->index(row, column).data().toString().contains(value));
    }
}

void TestUiApplications::createdItemStaysSelectedOverAnEarlierReload()
{
    QVERIFY(!createApplication(ApplicationType::SPA, QStringLiteral("Keep me")).isEmpty());
    QVERIFY(waitIdle(*m_window));

    // The page reloads (as it does for a change made elsewhere) while the next item is being
    // created: the reload's answer comes after the new item was shown, and must not take the
    // selection back to the item that was current when it was asked for.
    m_window->findChild<QPushButton *>(QStringLiteral("applicationsCreateButton"))->click();
    QPointer<CreateApplicationDialog> dialog = waitForVisible<CreateApplicationDialog>(m_window.get());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("newApplicationNameEdit"))
        ->setText(QStringLiteral("New one"));
    dialog->findChild<QPushButton *>(QStringLiteral("createApplicationButton"))->click();
    page()->activate();
    QTRY_VERIFY(closed(dialog));
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(page()->editor()->application().name, QStringLiteral("New one"));
    QVERIFY(modelHasText(page()->model(), QStringLiteral("New one")));
    QVERIFY(modelHasText(page()->model(), QStringLiteral("Keep me")));
}

void TestUiApplications::deleteApplicationWithConfirmation()
{
    const QString keep = createApplication(ApplicationType::SPA, QStringLiteral("Keep me"));
    const QString doomed = createApplication(ApplicationType::Native, QStringLiteral("Old desktop"));
    QVERIFY(!keep.isEmpty() && !doomed.isEmpty());
    QVERIFY(waitIdle(*m_window));

    // Declining keeps it.
    QVERIFY(selectRow(page()->view(), QStringLiteral("Old desktop")));
    QVERIFY(showActive(*m_window));
    page()->view()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(page()->view(), Qt::Key_Delete);
    QVERIFY(waitIdle(*m_window));
    QVERIFY(modelHasText(page()->model(), QStringLiteral("Old desktop")));

    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(page()->view(), Qt::Key_Delete);
    QTRY_VERIFY(!modelHasText(page()->model(), QStringLiteral("Old desktop")));
    QVERIFY(modelHasText(page()->model(), QStringLiteral("Keep me")));
    QCOMPARE(MessageBox::shownTexts().size(), 1);
    QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("Old desktop")));
    QVERIFY(!MessageBox::shownTexts().first().contains(QStringLiteral("PRODUCTION")));

    m_window->showArea(MainWindow::Area::Journal);
    JournalPage *journal = m_window->journalPage();
    attachModelTester(journal->model(), journal);
    QTRY_VERIFY(!journal->isLoading() && journal->model()->rowCount() > 0);
    const JournalEntry newest = journal->model()->at(0);
    QCOMPARE(newest.action, QStringLiteral("application.delete"));
    QCOMPARE(newest.targetId, doomed);
    QVERIFY(newest.after.isNull());

    bool intact = false;
    bool verified = false;
    connect(journal, &JournalPage::verified, this, [&](bool ok) {
        verified = true;
        intact = ok;
    });
    journal->findChild<QPushButton *>(QStringLiteral("verifyJournalButton"))->click();
    QTRY_VERIFY(verified);
    QVERIFY(intact);
    QVERIFY(journal->findChild<QLabel *>(QStringLiteral("journalVerifyLabel"))
                ->text()
                .contains(QStringLiteral("intact")));
}

void TestUiApplications::journalReadsFieldByFieldAndFilters()
{
    const QString id = createApplication(ApplicationType::SPA, QStringLiteral("Billing"));
    QVERIFY(!id.isEmpty());
    createApplication(ApplicationType::Native, QStringLiteral("Desktop"));
    Backend &backend = m_window->workspace()->backend();
    const QString tenant = m_window->workspace()->tenant().id;
    Application app = gatehouse::test::await(backend.applications().get(tenant, id)).value();
    app.name = QStringLiteral("Billing v2");
    app.redirectUris << QStringLiteral("https://billing.example/callback");
    GH_VERIFY_OK(gatehouse::test::await(backend.applications().update(tenant, app)));

    m_window->showArea(MainWindow::Area::Journal);
    JournalPage *journal = m_window->journalPage();
    attachModelTester(journal->model(), journal);
    QTRY_VERIFY(!journal->isLoading() && journal->model()->rowCount() >= 4);
    QCOMPARE(journal->model()->at(0).action, QStringLiteral("application.update"));

    // The newest entry, field by field: only what changed, from → to.
    auto *changes = journal->findChild<QTreeWidget *>(QStringLiteral("journalChangesTree"));
    QVERIFY(changes && changes->isVisible());
    const auto row = [changes](const QString &field) -> QStringList {
        for (int i = 0; i < changes->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = changes->topLevelItem(i);
            if (item->text(0) == field ||
                (field.startsWith(QLatin1Char('*')) && item->text(0).endsWith(field.mid(1))))
                return {item->text(1), item->text(2)};
        }
        return {};
    };
    QCOMPARE(row(QStringLiteral("name")),
             (QStringList{QStringLiteral("Billing"), QStringLiteral("Billing v2")}));
    QCOMPARE(row(QStringLiteral("*redirectUris[]")),
             (QStringList{QString(), QStringLiteral("https://billing.example/callback")}));
    QVERIFY(row(QStringLiteral("type")).isEmpty()); // unchanged: not listed
    // The target by name, the id beside it; the raw JSON one click away.
    const QString info = journal->findChild<QLabel *>(QStringLiteral("journalDetailInfo"))->text();
    QVERIFY2(info.contains(QStringLiteral("application “Billing v2”")) && info.contains(id),
             qPrintable(info));
    QVERIFY(journal->model()->index(0, 4).data().toString().contains(QStringLiteral("Billing v2")));
    journal->findChild<QCheckBox *>(QStringLiteral("journalRawCheck"))->setChecked(true);
    auto *before = journal->findChild<QPlainTextEdit *>(QStringLiteral("journalBeforeEdit"));
    QVERIFY(before->isVisible() && !changes->isVisible());
    QVERIFY(before->toPlainText().contains(QStringLiteral("\"Billing\"")));
    journal->findChild<QCheckBox *>(QStringLiteral("journalRawCheck"))->setChecked(false);
    QVERIFY(changes->isVisible());

    const auto actions = [journal] {
        QStringList out;
        for (const JournalEntry &e : journal->model()->items())
            out << e.action;
        return out;
    };
    const auto reloadedTo = [journal](int rows) {
        return QTest::qWaitFor(
            [journal, rows] { return !journal->isLoading() && journal->model()->rowCount() == rows; }, 10000);
    };
    // An action typed, and a family of actions chosen from the list.
    auto *action = journal->findChild<QComboBox *>(QStringLiteral("journalActionCombo"));
    action->setEditText(QStringLiteral("application.create"));
    QVERIFY(reloadedTo(2));
    QCOMPARE(actions(),
             (QStringList{QStringLiteral("application.create"), QStringLiteral("application.create")}));
    const int family = action->findText(QStringLiteral("application.*"));
    QVERIFY(family > 0);
    action->setCurrentIndex(family);
    QVERIFY(reloadedTo(3));
    // One target, from the entry's own link.
    journal->showTarget(id);
    QVERIFY(reloadedTo(2));
    for (const JournalEntry &e : journal->model()->items())
        QCOMPARE(e.targetId, id);
    // An operator nobody is: an empty list that says why.
    auto *who = journal->findChild<QComboBox *>(QStringLiteral("journalOperatorCombo"));
    who->setEditText(QStringLiteral("nobody-at-all"));
    QVERIFY(reloadedTo(0));
    QVERIFY(journal->findChild<QLabel *>(QStringLiteral("journalSummaryLabel"))
                ->text()
                .contains(QStringLiteral("filters")));
    auto *clear = journal->findChild<QPushButton *>(QStringLiteral("journalClearFiltersButton"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QTRY_VERIFY(!journal->isLoading() && journal->model()->rowCount() >= 4);
    QVERIFY(!clear->isEnabled());
    auto *range = journal->findChild<QComboBox *>(QStringLiteral("journalRangeCombo"));
    const int all = journal->model()->rowCount();
    range->setCurrentIndex(range->findData(24));
    QVERIFY(reloadedTo(all));
    QVERIFY(clear->isEnabled());
}

QTEST_MAIN(TestUiApplications)
#include "tst_ui_applications.moc"
