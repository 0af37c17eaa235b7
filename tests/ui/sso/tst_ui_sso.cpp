// Enterprise SSO page, driven through the real MainWindow: an OIDC connector created through the
// dialog (field errors as typed, openid required, public-domain warning), the secret never shown,
// a domain clash reported from the backend, replacing the secret and deleting with the
// organizations whose JIT uses the connector named.

#include "../../sso/TestCertificate.h"
#include "../UiTestHelpers.h"
#include "TestSupport.h"
#include "sso/CreateSsoConnectorDialog.h"
#include "sso/SsoConfigForm.h"
#include "sso/SsoConnectorEditor.h"
#include "sso/SsoConnectorsPage.h"
#include "sso/SsoDomainsEditor.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiSso : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createOidcConnectorWithDomains();
    void domainClashNamesTheOtherConnector();
    void replaceSecretKeepsItHidden();
    void samlCertificateShowsSubject();
    void deleteNamesJitOrganizations();

private:
    void openFresh();
    CreateSsoConnectorDialog *openCreateDialog();
    /// Fills an OIDC connector in `dialog` and submits it; waits until it is listed.
    bool createOidc(const QString &name, const QStringList &domains, const QString &secret);
    QString tenantId() const { return m_window->workspace()->tenant().id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
QLabel *label(QWidget *root, const QString &name)
{
    return root->findChild<QLabel *>(name);
}
QLineEdit *edit(QWidget *root, const QString &name)
{
    return root->findChild<QLineEdit *>(name);
}
bool visibleWithText(QLabel *label, const QString &part)
{
    return label && label->isVisible() && label->text().contains(part, Qt::CaseInsensitive);
}
} // namespace

void TestUiSso::initTestCase()
{
    initGuiTests();
}

void TestUiSso::openFresh()
{
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("sso.sqlite"))));
    QVERIFY(createTenant(*m_window, QStringLiteral("Acme SaaS"), false));
    m_window->showArea(MainWindow::Area::EnterpriseSso);
    QVERIFY(waitIdle(*m_window));
    attachModelTester(m_window->ssoPage()->model(), m_window->ssoPage());
}

CreateSsoConnectorDialog *TestUiSso::openCreateDialog()
{
    m_window->findChild<QPushButton *>(QStringLiteral("ssoCreateButton"))->click();
    return waitForVisible<CreateSsoConnectorDialog>(m_window.get());
}

bool TestUiSso::createOidc(const QString &name, const QStringList &domains, const QString &secret)
{
    CreateSsoConnectorDialog *dialog = openCreateDialog();
    if (!dialog)
        return false;
    dialog->setProvider(SsoProvider::Okta);
    edit(dialog, QStringLiteral("newSsoNameEdit"))->setText(name);
    edit(dialog, QStringLiteral("ssoIssuerEdit"))->setText(QStringLiteral("https://acme.okta.com"));
    edit(dialog, QStringLiteral("ssoClientIdEdit"))->setText(QStringLiteral("client-") + name);
    edit(dialog, QStringLiteral("ssoClientSecretEdit"))->setText(secret);
    for (const QString &domain : domains) {
        edit(dialog, QStringLiteral("ssoDomainInput"))->setText(domain);
        dialog->findChild<QPushButton *>(QStringLiteral("ssoDomainAddButton"))->click();
    }
    QPushButton *create = dialog->findChild<QPushButton *>(QStringLiteral("createSsoConnectorButton"));
    if (!create->isEnabled())
        return false;
    create->click();
    for (int waited = 0; waited < 10000; waited += 20) {
        if (modelHasText(m_window->ssoPage()->model(), name))
            return waitIdle(*m_window);
        QTest::qWait(20);
    }
    return false;
}

void TestUiSso::createOidcConnectorWithDomains()
{
    openFresh();
    CreateSsoConnectorDialog *dialog = openCreateDialog();
    QVERIFY(dialog);
    QPushButton *create = dialog->findChild<QPushButton *>(QStringLiteral("createSsoConnectorButton"));
    QVERIFY(!create->isEnabled());

    dialog->setProvider(SsoProvider::OIDC);
    edit(dialog, QStringLiteral("newSsoNameEdit"))->setText(QStringLiteral("Acme IdP"));
    // A bad issuer is marked beside the field as typed.
    edit(dialog, QStringLiteral("ssoIssuerEdit"))->setText(QStringLiteral("http://idp.acme.com"));
    QVERIFY(visibleWithText(label(dialog, QStringLiteral("ssoIssuerEditError")), QStringLiteral("https")));
    edit(dialog, QStringLiteral("ssoIssuerEdit"))->setText(QStringLiteral("https://idp.acme.com"));
    QVERIFY(!label(dialog, QStringLiteral("ssoIssuerEditError"))->isVisible());
    edit(dialog, QStringLiteral("ssoClientIdEdit"))->setText(QStringLiteral("acme-client"));
    // A new connector has no stored secret: the field is there to type one, echoing dots.
    QVERIFY(!label(dialog, QStringLiteral("ssoSecretStoredLabel"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("ssoReplaceSecretButton"))->isVisible());
    QCOMPARE(edit(dialog, QStringLiteral("ssoClientSecretEdit"))->echoMode(), QLineEdit::Password);
    edit(dialog, QStringLiteral("ssoClientSecretEdit"))->setText(QStringLiteral("oidc-secret-value-123"));
    QVERIFY(create->isEnabled());

    // A scope without openid is refused.
    edit(dialog, QStringLiteral("ssoScopeEdit"))->setText(QStringLiteral("profile email"));
    QVERIFY(visibleWithText(label(dialog, QStringLiteral("ssoScopeEditError")), QStringLiteral("openid")));
    QVERIFY(!create->isEnabled());
    edit(dialog, QStringLiteral("ssoScopeEdit"))->setText(QStringLiteral("openid profile email"));
    QVERIFY(!label(dialog, QStringLiteral("ssoScopeEditError"))->isVisible());
    QVERIFY(create->isEnabled());

    // Domains are normalized as typed; a public provider is accepted with a warning.
    QLineEdit *domainInput = edit(dialog, QStringLiteral("ssoDomainInput"));
    domainInput->setText(QStringLiteral("@ACME.com"));
    QVERIFY(
        label(dialog, QStringLiteral("ssoDomainPreviewLabel"))->text().contains(QLatin1String("acme.com")));
    dialog->findChild<QPushButton *>(QStringLiteral("ssoDomainAddButton"))->click();
    domainInput->setText(QStringLiteral("not a domain"));
    QVERIFY(!dialog->domainsEditor()->addFromInput());
    QVERIFY(dialog->domainsEditor()->domains() == QStringList{QStringLiteral("acme.com")});
    domainInput->setText(QStringLiteral("Gmail.com"));
    dialog->findChild<QPushButton *>(QStringLiteral("ssoDomainAddButton"))->click();
    QCOMPARE(dialog->domainsEditor()->domains(),
             (QStringList{QStringLiteral("acme.com"), QStringLiteral("gmail.com")}));
    QVERIFY(visibleWithText(label(dialog, QStringLiteral("ssoPublicDomainWarning")),
                            QStringLiteral("gmail.com")));
    QVERIFY(create->isEnabled());

    QPointer<CreateSsoConnectorDialog> guard(dialog);
    create->click();
    QTRY_VERIFY(closed(guard));
    QTRY_VERIFY(modelHasText(m_window->ssoPage()->model(), QStringLiteral("Acme IdP")));
    QVERIFY(waitIdle(*m_window));

    // Listed as complete with its domains; the secret is stored and never shown.
    const QAbstractItemModel *model = m_window->ssoPage()->view()->model();
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("acme.com, gmail.com"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("Complete"));
    SsoConnectorEditor *editor = m_window->ssoPage()->editor();
    QTRY_COMPARE(editor->connector().connectorName, QStringLiteral("Acme IdP"));
    QVERIFY(editor->connector().clientSecretSet);
    QVERIFY(!editor->connector().config.contains(QLatin1String("clientSecret")));
    QVERIFY(label(editor, QStringLiteral("ssoSecretStoredLabel"))->isVisible());
    QVERIFY(!edit(editor, QStringLiteral("ssoClientSecretEdit"))->isVisible());
    QVERIFY(edit(editor, QStringLiteral("ssoClientSecretEdit"))->text().isEmpty());
    for (const QLineEdit *e : m_window->findChildren<QLineEdit *>())
        QVERIFY(!e->text().contains(QLatin1String("oidc-secret-value-123")));
    QVERIFY(visibleWithText(label(editor, QStringLiteral("ssoPublicDomainWarning")),
                            QStringLiteral("gmail.com")));

    const Result<SsoConnector> stored =
        test::await(m_window->workspace()->backend().ssoConnectors().get(tenantId(), editor->connector().id));
    GH_VERIFY_OK(stored);
    QCOMPARE(stored->config.value(QLatin1String("scope")).toString(), QStringLiteral("openid profile email"));
    QCOMPARE(stored->providerName, SsoProvider::OIDC);
}

void TestUiSso::domainClashNamesTheOtherConnector()
{
    openFresh();
    QVERIFY(createOidc(QStringLiteral("Acme Okta"), {QStringLiteral("acme.com")},
                       QStringLiteral("first-secret")));

    CreateSsoConnectorDialog *dialog = openCreateDialog();
    QVERIFY(dialog);
    dialog->setProvider(SsoProvider::OIDC);
    edit(dialog, QStringLiteral("newSsoNameEdit"))->setText(QStringLiteral("Second"));
    edit(dialog, QStringLiteral("ssoIssuerEdit"))->setText(QStringLiteral("https://idp.other.com"));
    edit(dialog, QStringLiteral("ssoClientIdEdit"))->setText(QStringLiteral("other"));
    edit(dialog, QStringLiteral("ssoClientSecretEdit"))->setText(QStringLiteral("other-secret"));
    edit(dialog, QStringLiteral("ssoDomainInput"))->setText(QStringLiteral("ACME.COM"));
    dialog->findChild<QPushButton *>(QStringLiteral("ssoDomainAddButton"))->click();
    dialog->findChild<QPushButton *>(QStringLiteral("createSsoConnectorButton"))->click();
    QTRY_VERIFY(
        visibleWithText(label(dialog, QStringLiteral("ssoDomainsError")), QStringLiteral("Acme Okta")));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(m_window->ssoPage()->model()->count(), 1);
}

void TestUiSso::replaceSecretKeepsItHidden()
{
    openFresh();
    QVERIFY(createOidc(QStringLiteral("Acme Okta"), {QStringLiteral("acme.com")},
                       QStringLiteral("first-secret")));
    SsoConnectorEditor *editor = m_window->ssoPage()->editor();
    QTRY_COMPARE(editor->connector().connectorName, QStringLiteral("Acme Okta"));
    const qint64 version = editor->connector().version;
    QPushButton *save = editor->findChild<QPushButton *>(QStringLiteral("ssoSaveButton"));
    QVERIFY(!save->isEnabled());

    editor->findChild<QPushButton *>(QStringLiteral("ssoReplaceSecretButton"))->click();
    QLineEdit *secret = edit(editor, QStringLiteral("ssoClientSecretEdit"));
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(secret->text().isEmpty());
    secret->setText(QStringLiteral("second-secret"));
    QVERIFY(editor->configForm()->hasNewSecret());
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(editor->connector().version > version);
    QVERIFY(label(editor, QStringLiteral("ssoSecretStoredLabel"))->isVisible());
    QVERIFY(!secret->isVisible());
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!editor->connector().config.contains(QLatin1String("clientSecret")));

    // An invalid edit is marked and cannot be saved.
    edit(editor, QStringLiteral("ssoLogoEdit"))->setText(QStringLiteral("not a url"));
    QVERIFY(label(editor, QStringLiteral("ssoLogoError"))->isVisible());
    QVERIFY(!save->isEnabled());
    editor->findChild<QPushButton *>(QStringLiteral("ssoRevertButton"))->click();
    QVERIFY(!label(editor, QStringLiteral("ssoLogoError"))->isVisible());
}

void TestUiSso::samlCertificateShowsSubject()
{
    openFresh();
    const QString pem =
        test::makeCertificatePem("idp.acme.com", -test::secondsPerDay, 365 * test::secondsPerDay);
    QVERIFY(!pem.isEmpty());
    CreateSsoConnectorDialog *dialog = openCreateDialog();
    QVERIFY(dialog);
    dialog->setProvider(SsoProvider::SAML);
    edit(dialog, QStringLiteral("newSsoNameEdit"))->setText(QStringLiteral("Acme SAML"));
    QVERIFY(edit(dialog, QStringLiteral("ssoEntityIdEdit"))->isVisible());
    QVERIFY(!edit(dialog, QStringLiteral("ssoIssuerEdit"))->isVisible());
    edit(dialog, QStringLiteral("ssoEntityIdEdit"))->setText(QStringLiteral("https://idp.acme.com/entity"));
    edit(dialog, QStringLiteral("ssoSignInEndpointEdit"))
        ->setText(QStringLiteral("https://idp.acme.com/sso"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("ssoCertificateEdit"))->setPlainText(pem);
    QLabel *info = label(dialog, QStringLiteral("ssoCertificateInfoLabel"));
    QVERIFY(info->isVisible());
    QVERIFY(info->text().contains(QLatin1String("CN=idp.acme.com")));
    QVERIFY(info->text().contains(QLatin1String("Valid until")));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("createSsoConnectorButton"))->isEnabled());
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("ssoCertificateEdit"))
        ->setPlainText(QStringLiteral("garbage"));
    QVERIFY(label(dialog, QStringLiteral("ssoCertificateEditError"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createSsoConnectorButton"))->isEnabled());
    dialog->reject();
}

void TestUiSso::deleteNamesJitOrganizations()
{
    openFresh();
    QVERIFY(createOidc(QStringLiteral("Acme Okta"), {QStringLiteral("acme.com")},
                       QStringLiteral("first-secret")));
    const QString connectorId = m_window->ssoPage()->model()->at(0).id;
    Backend &backend = m_window->workspace()->backend();
    Organization draft;
    draft.name = QStringLiteral("Acme Corp");
    const Result<Organization> org = test::await(backend.organizations().create(tenantId(), draft));
    GH_VERIFY_OK(org);
    GH_VERIFY_OK(
        test::await(backend.organizations().setJitSsoConnectors(tenantId(), org->id, {connectorId})));

    // Cancel first: nothing happens.
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->ssoPage()->editor()->findChild<QPushButton *>(QStringLiteral("ssoDeleteButton"))->click();
    QTRY_VERIFY(!MessageBox::shownTexts().isEmpty());
    QVERIFY(MessageBox::shownTexts().last().contains(QLatin1String("Acme Corp")));
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(m_window->ssoPage()->model()->count(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->ssoPage()->editor()->findChild<QPushButton *>(QStringLiteral("ssoDeleteButton"))->click();
    QTRY_COMPARE(m_window->ssoPage()->model()->count(), 0);
    const Result<OrganizationJit> jit = test::await(backend.organizations().jit(tenantId(), org->id));
    GH_VERIFY_OK(jit);
    QVERIFY(jit->ssoConnectorIds.isEmpty());
}

QTEST_MAIN(TestUiSso)
#include "tst_ui_sso.moc"
