// The Users page, driven through the real MainWindow on a tenant with 5,000 imported users:
// the windowed list and its total, search as you type, sorting by header, the detail pane, a
// suspension with a required reason (journaled), an all-or-nothing import with one bad row,
// creating and deleting a user, and the model's invariants while scrolling. Each test function
// finds what it needs (the page, the users it works on, an empty search) by itself, so that any
// one of them runs alone or in any order.

#include "../UiTestHelpers.h"
#include "TestSupport.h"
#include "common/ReasonDialog.h"
#include "users/CreateUserDialog.h"
#include "users/UserDetail.h"
#include "users/UserImportDialog.h"
#include "users/UserProfileTab.h"
#include "users/UsersPage.h"
#include "viewmodel/UserListModel.h"

#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

namespace {
constexpr int seededUsers = 5000;
const QString adaEmail = QStringLiteral("ada.lovelace@analytical.example");
} // namespace

class TestUiUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listShowsRowsAndTotal();
    void searchNarrowsAsTyped();
    void headerClickSorts();
    void detailShowsSelectedUser();
    void unsavedEditAsksBeforeLeaving();
    void suspendRequiresReason();
    void importAllOrNothingReportsBadLine();
    void createAndDeleteUser();
    void scrollingKeepsModelConsistent();
    void cleanupTestCase();

private:
    UsersPage *page() const { return m_window->usersPage(); }
    QLineEdit *search() const { return page()->findChild<QLineEdit *>(QStringLiteral("usersSearchEdit")); }
    bool searchFor(const QString &text, int expectedRows);
    bool select(const QString &text, const QString &id);
    QString idOf(const QString &username);
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_tenantId;
    QString m_adaId;     ///< shown by the detail tests, never changed
    QString m_editId;    ///< renamed by unsavedEditAsksBeforeLeaving
    QString m_suspendId; ///< suspended by suspendRequiresReason
};

QString TestUiUsers::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestUiUsers::initTestCase()
{
    initGuiTests();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("users.sqlite"))));
    QVERIFY(page());
    attachModelTester(page()->model(), page());
    QVERIFY(createTenant(*m_window, QStringLiteral("Shop (production)"), true));
    m_tenantId = m_window->workspace()->tenant().id;

    // 5,000 users through the real import path; one of them is easy to find.
    QByteArray csv = "username,primaryEmail,primaryPhone,name\n";
    for (int i = 1; i < seededUsers; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(5, '0');
        csv += "user" + n + ",user" + n + "@example.com,+1 555 01" + n + ",User " + n + "\n";
    }
    csv += "ada_lovelace," + adaEmail.toUtf8() + ",,Ada Lovelace\n";
    const QString path = writeFile(QStringLiteral("seed.csv"), csv);
    QVERIFY(!path.isEmpty());
    const auto report = test::await(
        m_window->workspace()->backend().users().importUsers(m_tenantId, path, ImportOptions(), nullptr),
        60000);
    GH_VERIFY_OK(report);
    QCOMPARE(report->rowsImported, qint64(seededUsers));
    m_adaId = idOf(QStringLiteral("ada_lovelace"));
    m_editId = idOf(QStringLiteral("user00042"));
    m_suspendId = idOf(QStringLiteral("user00099"));
    QVERIFY(!m_adaId.isEmpty() && !m_editId.isEmpty() && !m_suspendId.isEmpty());
    m_window->showArea(MainWindow::Area::Users);
}

void TestUiUsers::init()
{
    // The Users page with the whole list, whatever the test before left.
    m_window->showArea(MainWindow::Area::Users);
    QCOMPARE(m_window->currentPage(), page());
    QVERIFY(searchFor(QString(), seededUsers));
}

/// The id of the user `username`, straight from the workspace.
QString TestUiUsers::idOf(const QString &username)
{
    UserQuery q;
    q.search = username;
    const auto found = test::await(m_window->workspace()->backend().users().page(m_tenantId, q, {}, 10));
    if (!found.ok())
        return {};
    for (const User &u : found->users) {
        if (u.username == username)
            return u.id;
    }
    return {};
}

/// Searches for `text`, which must find exactly the user `id`, selects that user and waits until
/// the detail shows it.
bool TestUiUsers::select(const QString &text, const QString &id)
{
    if (!searchFor(text, 1) || !QTest::qWaitFor([this] { return page()->model()->isLoaded(0, 0); }, 10000))
        return false;
    const QModelIndex first = page()->model()->index(0, 0);
    if (first.data(UserListModel::UserIdRole).toString() != id)
        return false;
    page()->view()->setCurrentIndex(first);
    return QTest::qWaitFor([this, &id] { return page()->detail()->user().id == id; }, 10000);
}

bool TestUiUsers::searchFor(const QString &text, int expectedRows)
{
    QLineEdit *edit = search();
    edit->clear();
    QTest::keyClicks(edit, text);
    for (int waited = 0; waited < 10000; waited += 20) {
        if (page()->model()->query().search == text && page()->model()->totalKnown() &&
            page()->model()->rowCount() == expectedRows)
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestUiUsers::listShowsRowsAndTotal()
{
    m_window->showArea(MainWindow::Area::Applications);
    m_window->showArea(MainWindow::Area::Users);
    QCOMPARE(m_window->currentPage(), page());
    QCOMPARE(page()->objectName(), QStringLiteral("usersPage"));
    auto *total = page()->findChild<QLabel *>(QStringLiteral("usersTotalLabel"));
    QVERIFY(total);
    QTRY_COMPARE(total->text(), QStringLiteral("5,000 users"));
    QTRY_COMPARE(page()->model()->rowCount(), seededUsers);
    QTRY_VERIFY(page()->model()->isLoaded(0, 20));
    QVERIFY(!page()->model()->index(0, UserListModel::EmailColumn).data().toString().isEmpty());
    QCOMPARE(page()->view()->objectName(), QStringLiteral("usersTable"));
    QCOMPARE(search()->placeholderText(), QStringLiteral("Search by email, phone, username, name or id"));

    // Ctrl+F goes to the search box.
    page()->view()->setFocus();
    QVERIFY(shortcut(*m_window, QKeySequence::Find));
    QTRY_VERIFY(search()->hasFocus());
}

void TestUiUsers::searchNarrowsAsTyped()
{
    QLineEdit *edit = search();
    edit->clear();
    QTRY_VERIFY(page()->model()->totalKnown() && page()->model()->rowCount() == seededUsers);
    // Between the keys the list keeps the rows it shows, dimmed; it never goes blank.
    QSignalSpy updating(page()->model(), &UserListModel::updatingChanged);
    QSignalSpy resets(page()->model(), &QAbstractItemModel::modelReset);
    int fewestRows = page()->model()->rowCount();
    bool dimmedSeen = false;
    auto watch = connect(page()->model(), &UserListModel::updatingChanged, this, [&](bool on) {
        if (on)
            dimmedSeen = dimmedSeen || page()->view()->property("updating").toBool();
    });
    auto rows = connect(page()->model(), &QAbstractItemModel::modelReset, this,
                        [&] { fewestRows = qMin(fewestRows, page()->model()->rowCount()); });
    QTest::keyClicks(edit, QStringLiteral("analyt"));
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    QTRY_VERIFY(!page()->model()->isUpdating());
    disconnect(watch);
    disconnect(rows);
    QVERIFY(updating.count() >= 2);
    QVERIFY(dimmedSeen);
    QVERIFY(!page()->view()->property("updating").toBool());
    QCOMPARE(page()->view()->palette().color(QPalette::Text), page()->palette().color(QPalette::Text));
    QCOMPARE(resets.count(), 1); // replaced once, by the answer to the whole word
    QVERIFY(fewestRows >= 1);
    QTRY_COMPARE(page()->model()->index(0, UserListModel::EmailColumn).data().toString(), adaEmail);
    QCOMPARE(page()->model()->index(0, 0).data(UserListModel::UserIdRole).toString(), m_adaId);
    auto *total = page()->findChild<QLabel *>(QStringLiteral("usersTotalLabel"));
    QTRY_COMPARE(total->text(), QStringLiteral("1 user found"));

    // A search by phone digits, then nothing matching.
    QVERIFY(searchFor(QStringLiteral("555 0104999"), 1));
    QVERIFY(searchFor(QStringLiteral("no-such-user-anywhere"), 0));
    QTRY_VERIFY(page()->findChild<QLabel *>(QStringLiteral("usersNoMatchLabel"))->isVisible());
    QVERIFY(searchFor(QString(), seededUsers));
}

void TestUiUsers::headerClickSorts()
{
    QHeaderView *header = page()->view()->horizontalHeader();
    auto clickSection = [header](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickSection(UserListModel::UsernameColumn);
    QCOMPARE(page()->model()->query().sort, UserQuery::Sort::Username);
    QCOMPARE(header->sortIndicatorSection(), int(UserListModel::UsernameColumn));
    QTRY_COMPARE(page()->model()->index(0, UserListModel::UsernameColumn).data().toString(),
                 QStringLiteral("ada_lovelace"));
    QTRY_COMPARE(page()->model()->index(1, UserListModel::UsernameColumn).data().toString(),
                 QStringLiteral("user00001"));

    // The phone column does not sort: the order and the indicator stay.
    clickSection(UserListModel::PhoneColumn);
    QCOMPARE(page()->model()->query().sort, UserQuery::Sort::Username);
    QCOMPARE(header->sortIndicatorSection(), int(UserListModel::UsernameColumn));

    clickSection(UserListModel::EmailColumn);
    QCOMPARE(page()->model()->query().sort, UserQuery::Sort::Email);
    QTRY_COMPARE(page()->model()->index(0, UserListModel::EmailColumn).data().toString(), adaEmail);

    clickSection(UserListModel::CreatedColumn);
    QCOMPARE(page()->model()->query().sort, UserQuery::Sort::CreatedDesc);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTRY_COMPARE(page()->model()->rowCount(), seededUsers);
}

void TestUiUsers::detailShowsSelectedUser()
{
    QVERIFY(select(QStringLiteral("lovelace"), m_adaId));
    UserDetail *detail = page()->detail();
    auto *email = detail->findChild<QLineEdit *>(QStringLiteral("userEmailEdit"));
    QTRY_COMPARE(email->text(), adaEmail);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("userTitleLabel"))->text(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("userAvatarLabel"))->text(), QStringLiteral("AL"));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("userIdLabel"))->text(), m_adaId);
    QVERIFY(detail->findChild<QLabel *>(QStringLiteral("userPasswordBadge"))->isVisibleTo(detail));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("userPasswordBadge"))->text(),
             QStringLiteral("No password"));
    QVERIFY(!detail->findChild<QLabel *>(QStringLiteral("userSuspendedBadge"))->isVisibleTo(detail));
    QVERIFY(!detail->findChild<QLabel *>(QStringLiteral("userCreatedLabel"))->toolTip().isEmpty());

    // Live validation of the profile form.
    email->setText(QStringLiteral("not-an-email"));
    auto *error = detail->findChild<QLabel *>(QStringLiteral("userEmailEditError"));
    QVERIFY(error->isVisibleTo(detail));
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("userProfileSaveButton"))->isEnabled());
    detail->findChild<QPushButton *>(QStringLiteral("userProfileRevertButton"))->click();
    QCOMPARE(email->text(), adaEmail);
    QVERIFY(!error->isVisibleTo(detail));
}

void TestUiUsers::unsavedEditAsksBeforeLeaving()
{
    QVERIFY(select(QStringLiteral("user00042"), m_editId));
    QVERIFY(searchFor(QString(), seededUsers));
    QTRY_COMPARE(page()->detail()->user().id, m_editId); // kept while the list reloaded
    auto *name = page()->detail()->findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    name->setText(QStringLiteral("Augusta Ada King"));
    QVERIFY(page()->detail()->isDirty());

    // Staying keeps the edit and the user.
    QTRY_VERIFY(page()->model()->isLoaded(0, 5));
    int other = 0;
    while (page()->model()->index(other, 0).data(UserListModel::UserIdRole).toString() == m_editId)
        ++other;
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    page()->view()->setCurrentIndex(page()->model()->index(other, 0));
    QCOMPARE(MessageBox::shownTexts().size(), 1);
    QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("unsaved changes")));
    QCOMPARE(page()->detail()->user().id, m_editId);
    QCOMPARE(name->text(), QStringLiteral("Augusta Ada King"));

    // Saving with Ctrl+S stores it and the list shows the new name.
    QVERIFY(shortcut(*m_window, QKeySequence::Save));
    QTRY_VERIFY(!page()->detail()->isDirty());
    QTRY_COMPARE(page()->detail()->user().name, QStringLiteral("Augusta Ada King"));
    QVERIFY(searchFor(QStringLiteral("user00042"), 1));
    QTRY_COMPARE(page()->model()->index(0, UserListModel::NameColumn).data().toString(),
                 QStringLiteral("Augusta Ada King"));
}

void TestUiUsers::suspendRequiresReason()
{
    QVERIFY(select(QStringLiteral("user00099"), m_suspendId));
    QTRY_COMPARE(page()->view()->currentIndex().data(UserListModel::UserIdRole).toString(), m_suspendId);
    page()->detail()->findChild<QPushButton *>(QStringLiteral("userSuspendButton"))->click();
    auto *dialog = waitForVisible<ReasonDialog>(m_window.get());
    QVERIFY(dialog);
    QPointer<ReasonDialog> guard(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonProductionBanner")));
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("reasonAcceptButton"));
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(!accept->isEnabled());
    reason->setText(QStringLiteral("   "));
    QVERIFY(!accept->isEnabled());
    const QString why = QStringLiteral("Ticket 4821: account takeover suspected");
    reason->setText(why);
    QVERIFY(accept->isEnabled());
    accept->click();
    QTRY_VERIFY(closed(guard));

    // The journal has the suspension with its reason; the row and the detail show it.
    QTRY_VERIFY(page()->detail()->user().isSuspended);
    JournalQuery query;
    query.tenantId = m_tenantId;
    query.targetId = m_suspendId;
    const auto entries = test::await(m_window->workspace()->backend().journal().list(query));
    GH_VERIFY_OK(entries);
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->first().action, QStringLiteral("user.suspend"));
    QCOMPARE(entries->first().reason, why);
    QTRY_COMPARE(page()->model()->index(0, UserListModel::StatusColumn).data().toString(),
                 QStringLiteral("Suspended"));
    QTRY_COMPARE(page()->view()->currentIndex().data(UserListModel::UserIdRole).toString(), m_suspendId);
    QVERIFY(page()
                ->detail()
                ->findChild<QLabel *>(QStringLiteral("userSuspendedBadge"))
                ->isVisibleTo(page()->detail()));
    QCOMPARE(page()->detail()->findChild<QPushButton *>(QStringLiteral("userSuspendButton"))->text(),
             QStringLiteral("Unsuspend…"));

    // The status filter finds exactly this user.
    QVERIFY(searchFor(QString(), seededUsers));
    auto *status = page()->findChild<QComboBox *>(QStringLiteral("userStatusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Suspended")));
    QTRY_VERIFY(page()->model()->totalKnown() && page()->model()->rowCount() == 1);
    QCOMPARE(page()->findChild<QToolButton *>(QStringLiteral("usersFiltersButton"))->text(),
             QStringLiteral("Filters (1)"));
    status->setCurrentIndex(0);
    QTRY_VERIFY(page()->model()->totalKnown() && page()->model()->rowCount() == seededUsers);
}

void TestUiUsers::importAllOrNothingReportsBadLine()
{
    const QString path =
        writeFile(QStringLiteral("three.csv"), "username,primaryEmail,name\n"
                                               "grace_hopper,grace@navy.example,Grace Hopper\n"
                                               "bad_row,not-an-email,Broken Row\n"
                                               "alan_turing,alan@bletchley.example,Alan Turing\n");
    QVERIFY(!path.isEmpty());
    page()->findChild<QPushButton *>(QStringLiteral("usersImportButton"))->click();
    auto *dialog = waitForVisible<UserImportDialog>(m_window.get());
    QVERIFY(dialog);
    QPointer<UserImportDialog> guard(dialog);
    dialog->setFilePath(path);
    QTRY_VERIFY(dialog->isPreviewReady());
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("importFormatCombo"))->currentText(),
             QStringLiteral("CSV"));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("primaryEmail"));
    QVERIFY(table->item(1, 1)->toolTip().contains(QStringLiteral("primaryEmail")));
    QVERIFY(table->item(0, 1)->toolTip().isEmpty());
    QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("line 3"));
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("importAllOrNothingRadio"))->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("importDryRunCheck"))->isChecked());

    dialog->findChild<QPushButton *>(QStringLiteral("importStartButton"))->click();
    QTRY_VERIFY(dialog->isFinished());
    QCOMPARE(dialog->report().rowsRead, qint64(3));
    QCOMPARE(dialog->report().rowsImported, qint64(0));
    const QString report =
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("importReportText"))->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("line 3")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("primaryEmail")), qPrintable(report));
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Nothing was imported")), qPrintable(summary));
    const QString saved = m_dir->filePath(QStringLiteral("report.txt"));
    QVERIFY(dialog->saveReport(saved));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(savedFile.readAll()).startsWith(summary));
    dialog->findChild<QPushButton *>(QStringLiteral("importCloseButton"))->click();
    QTRY_VERIFY(closed(guard));

    // Nothing was written.
    const auto anchors =
        test::await(m_window->workspace()->backend().users().anchors(m_tenantId, UserQuery(), 1 << 30));
    GH_VERIFY_OK(anchors);
    QCOMPARE(anchors->total, qint64(seededUsers));
    QVERIFY(searchFor(QStringLiteral("grace"), 0));
    QVERIFY(searchFor(QString(), seededUsers));
}

void TestUiUsers::createAndDeleteUser()
{
    QVERIFY(shortcut(*m_window, QKeySequence::New));
    auto *create = waitForVisible<CreateUserDialog>(m_window.get());
    QVERIFY(create);
    QPointer<CreateUserDialog> createGuard(create);
    auto *createButton = create->findChild<QPushButton *>(QStringLiteral("createUserButton"));
    QVERIFY(!createButton->isEnabled()); // no identifier yet
    auto *username = create->findChild<QLineEdit *>(QStringLiteral("newUserUsernameEdit"));
    username->setText(QStringLiteral("9lives"));
    QVERIFY(create->findChild<QLabel *>(QStringLiteral("newUserUsernameError"))->isVisibleTo(create));
    QVERIFY(!createButton->isEnabled());
    username->setText(QStringLiteral("katherine_j"));
    create->findChild<QLineEdit *>(QStringLiteral("newUserEmailEdit"))
        ->setText(QStringLiteral("kj@nasa.example"));
    create->findChild<QLineEdit *>(QStringLiteral("newUserPasswordEdit"))->setText(QStringLiteral("short"));
    QVERIFY(!createButton->isEnabled());
    create->findChild<QLineEdit *>(QStringLiteral("newUserPasswordEdit"))->clear();
    QVERIFY(createButton->isEnabled());
    createButton->click();
    QTRY_VERIFY(closed(createGuard));
    QTRY_COMPARE(page()->detail()->user().username, QStringLiteral("katherine_j"));
    const QString id = page()->detail()->user().id;
    QTRY_COMPARE(page()->model()->rowCount(), seededUsers + 1);
    QTRY_COMPARE(page()->view()->currentIndex().data(UserListModel::UserIdRole).toString(), id);

    // Deleting needs a reason and the username typed out, and says what goes with the user.
    page()->detail()->findChild<QPushButton *>(QStringLiteral("userDeleteButton"))->click();
    ReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = waitForVisible<ReasonDialog>(m_window.get(), 100)) != nullptr);
    QPointer<ReasonDialog> guard(dialog);
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("reasonDialogText"))->text();
    QVERIFY2(text.contains(QStringLiteral("custom data")), qPrintable(text));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonProductionBanner")));
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("reasonAcceptButton"));
    dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
        ->setText(QStringLiteral("Duplicate account"));
    QVERIFY(!accept->isEnabled());
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("reasonConfirmEdit"));
    confirm->setText(QStringLiteral("katherine"));
    QVERIFY(!accept->isEnabled());
    confirm->setText(QStringLiteral("katherine_j"));
    QVERIFY(accept->isEnabled());
    accept->click();
    QTRY_VERIFY(closed(guard));
    QTRY_VERIFY(!page()->detail()->hasUser());
    QTRY_VERIFY(page()->model()->totalKnown() && page()->model()->rowCount() == seededUsers);

    JournalQuery query;
    query.tenantId = m_tenantId;
    query.targetId = id;
    const auto entries = test::await(m_window->workspace()->backend().journal().list(query));
    GH_VERIFY_OK(entries);
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->first().action, QStringLiteral("user.delete"));
    QCOMPARE(entries->first().reason, QStringLiteral("Duplicate account"));
}

void TestUiUsers::scrollingKeepsModelConsistent()
{
    UserListModel *model = page()->model();
    QTableView *view = page()->view();
    QTRY_VERIFY(model->totalKnown() && model->rowCount() == seededUsers);
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);

    // Jump to the end: placeholders first, then rows.
    bar->setValue(bar->maximum());
    const int last = model->rowCount() - 1;
    model->index(last, 0).data(); // as painting does
    QTRY_VERIFY(model->isLoaded(last, last));
    QTRY_VERIFY(!model->index(last, 0).data(UserListModel::LoadingRole).toBool());
    QVERIFY(!model->index(last, UserListModel::EmailColumn).data().toString().isEmpty());

    // The middle, then step through with the keyboard.
    bar->setValue(bar->maximum() / 2);
    const int middle = view->rowAt(view->viewport()->height() / 2);
    QVERIFY(middle > 0);
    QTRY_VERIFY(model->isLoaded(middle, middle));
    for (int step = 0; step < 40; ++step) {
        bar->setValue(bar->value() + bar->pageStep());
        QTest::qWait(5);
    }
    QTRY_VERIFY(model->pendingRequests() == 0);
    const int top = view->rowAt(0);
    QVERIFY(top > middle);
    QVERIFY(model->isLoaded(top, top));
    QVERIFY(waitIdle(*m_window));
}

void TestUiUsers::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestUiUsers)
#include "tst_uiusers.moc"
