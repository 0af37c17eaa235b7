// Access explainer page, driven through the real MainWindow: a new person at an organization's
// JIT email domain (organizations table, roles, notes), SSO shadowing the email-domain JIT once
// enterprise SSO is on, a suspended user, and "Copy as JSON".

#include "../UiTestHelpers.h"
#include "TestSupport.h"
#include "explainer/AccessExplainerPage.h"

#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiExplainer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newUserOfJitDomain();
    void ssoShadowsEmailDomainJit();
    void suspendedUserCannotSignIn();
    void invalidEmailIsRefused();

private:
    /// Types `email`, picks the kind of person and waits for the answer.
    bool explain(const QString &email, const QString &kindRadio);
    QString notesText() const;
    QString tenantId() const { return m_window->workspace()->tenant().id; }
    Backend &backend() const { return m_window->workspace()->backend(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    AccessExplainerPage *m_page = nullptr;
    QString m_organizationId;
};

void TestUiExplainer::initTestCase()
{
    initGuiTests();
}

void TestUiExplainer::init()
{
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("explainer.sqlite"))));
    QVERIFY(createTenant(*m_window, QStringLiteral("Acme SaaS"), false));

    // An organization whose JIT takes new people at acme.com with the "member" role.
    OrganizationRole role;
    role.name = QStringLiteral("member");
    const Result<OrganizationRole> member =
        test::await(backend().organizationTemplate().createRole(tenantId(), role));
    GH_VERIFY_OK(member);
    Organization draft;
    draft.name = QStringLiteral("Acme Corp");
    const Result<Organization> org = test::await(backend().organizations().create(tenantId(), draft));
    GH_VERIFY_OK(org);
    m_organizationId = org->id;
    GH_VERIFY_OK(test::await(
        backend().organizations().setJitEmailDomains(tenantId(), org->id, {QStringLiteral("acme.com")})));
    GH_VERIFY_OK(test::await(backend().organizations().setJitRoles(tenantId(), org->id, {member->id})));

    m_window->showArea(MainWindow::Area::AccessExplainer);
    QVERIFY(waitIdle(*m_window));
    m_page = m_window->explainerPage();
    QVERIFY(m_page->isVisible());
}

bool TestUiExplainer::explain(const QString &email, const QString &kindRadio)
{
    m_page->findChild<QRadioButton *>(kindRadio)->setChecked(true);
    m_page->findChild<QLineEdit *>(QStringLiteral("explainerEmailEdit"))->setText(email);
    const QJsonObject before = m_page->answer();
    QPushButton *run = m_page->findChild<QPushButton *>(QStringLiteral("explainerRunButton"));
    if (!run->isEnabled())
        return false;
    run->click();
    for (int waited = 0; waited < 10000; waited += 20) {
        if (!m_page->isLoading() && m_page->answer() != before && !m_page->answer().isEmpty())
            return waitIdle(*m_window);
        QTest::qWait(20);
    }
    return false;
}

QString TestUiExplainer::notesText() const
{
    const QListWidget *notes = m_page->findChild<QListWidget *>(QStringLiteral("explainerNotesList"));
    QStringList lines;
    for (int row = 0; row < notes->count(); ++row)
        lines.append(notes->item(row)->text());
    return lines.join(QLatin1Char('\n'));
}

void TestUiExplainer::newUserOfJitDomain()
{
    QVERIFY(explain(QStringLiteral("alice@ACME.com"), QStringLiteral("explainerNewRadio")));
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("explainerResult"))->isVisible());

    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("explainerOrganizationsTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Acme Corp"));
    QVERIFY(table->item(0, 1)->text().contains(QLatin1String("email domain")));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("member"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("explainerSignInLabel"))
                ->text()
                .contains(QLatin1String("password")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("explainerUserLabel"))
                ->text()
                .contains(QLatin1String("New person")));
    QVERIFY(notesText().contains(QLatin1String("acme.com")));
    QVERIFY(m_page->findChild<QListWidget *>(QStringLiteral("explainerNotesList"))->count() > 0);

    // The copied JSON is the answer the CLI prints.
    QPushButton *copy = m_page->findChild<QPushButton *>(QStringLiteral("explainerCopyJsonButton"));
    QVERIFY(copy->isEnabled());
    copy->click();
    const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(copied, m_page->answer());
    QCOMPARE(copied.value(QLatin1String("organizations")).toArray().size(), 1);

    // An existing user is not provisioned by email-domain JIT.
    QVERIFY(explain(QStringLiteral("alice@acme.com"), QStringLiteral("explainerExistingRadio")));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("explainerOrganizationsEmpty"))->isVisible());
}

void TestUiExplainer::ssoShadowsEmailDomainJit()
{
    SsoConnector connector;
    connector.providerName = SsoProvider::Okta;
    connector.connectorName = QStringLiteral("Acme Okta");
    connector.config = {{QStringLiteral("issuer"), QStringLiteral("https://acme.okta.com")},
                        {QStringLiteral("clientId"), QStringLiteral("acme")},
                        {QStringLiteral("clientSecret"), QStringLiteral("secret")}};
    connector.domains = {QStringLiteral("acme.com")};
    GH_VERIFY_OK(test::await(backend().ssoConnectors().create(tenantId(), connector)));
    const Result<SignInExperience> current = test::await(backend().signInExperience().get(tenantId()));
    GH_VERIFY_OK(current);
    SignInExperience on = current.value();
    on.singleSignOnEnabled = true;
    GH_VERIFY_OK(test::await(backend().signInExperience().update(tenantId(), on)));

    // The page lists the connector for "sign in through" after it reloads.
    m_window->showArea(MainWindow::Area::Users);
    QVERIFY(waitIdle(*m_window));
    m_window->showArea(MainWindow::Area::AccessExplainer);
    QVERIFY(waitIdle(*m_window));
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("explainerConnectorCombo"));
    QCOMPARE(combo->count(), 2);

    QVERIFY(explain(QStringLiteral("bob@acme.com"), QStringLiteral("explainerNewRadio")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("explainerSignInLabel"))
                ->text()
                .contains(QLatin1String("Acme Okta")));
    QCOMPARE(m_page->findChild<QTableWidget *>(QStringLiteral("explainerOrganizationsTable"))->rowCount(), 0);
    QVERIFY(notesText().contains(QLatin1String("Acme Okta")));
}

void TestUiExplainer::suspendedUserCannotSignIn()
{
    User draft;
    draft.primaryEmail = QStringLiteral("carol@acme.com");
    draft.username = QStringLiteral("carol");
    const Result<User> user = test::await(backend().users().create(tenantId(), draft, QString()));
    GH_VERIFY_OK(user);
    GH_VERIFY_OK(
        test::await(backend().users().setSuspended(tenantId(), user->id, true, QStringLiteral("test"))));

    QVERIFY(explain(QStringLiteral("carol@acme.com"), QStringLiteral("explainerAutoRadio")));
    QLabel *status = m_page->findChild<QLabel *>(QStringLiteral("explainerUserLabel"));
    QVERIFY(status->text().contains(QLatin1String("suspended")));
    QVERIFY(status->text().contains(user->id));
}

void TestUiExplainer::invalidEmailIsRefused()
{
    m_page->findChild<QLineEdit *>(QStringLiteral("explainerEmailEdit"))
        ->setText(QStringLiteral("not an email"));
    m_page->findChild<QPushButton *>(QStringLiteral("explainerRunButton"))->click();
    QLabel *error = m_page->findChild<QLabel *>(QStringLiteral("explainerErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(m_page->answer().isEmpty());
}

QTEST_MAIN(TestUiExplainer)
#include "tst_ui_explainer.moc"
