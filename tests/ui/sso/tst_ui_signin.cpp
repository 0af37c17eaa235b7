// Sign-in & MFA page, driven through the real MainWindow: the enterprise SSO switch, MFA factors
// (backup codes alone refused as chosen), the policies, and the backend's refusal to remove every
// factor while an organization requires MFA shown beside the factors.

#include "../UiTestHelpers.h"
#include "TestSupport.h"
#include "signin/SignInExperiencePage.h"

#include <QCheckBox>
#include <QLabel>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace gatehouse::test::ui;

class TestUiSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void enterpriseSsoSwitch();
    void backupCodesAloneRefused();
    void policyNeedsAFactor();
    void removingEveryFactorWhileOrganizationsRequireMfa();

private:
    QCheckBox *check(const QString &name) const { return m_page->findChild<QCheckBox *>(name); }
    QRadioButton *radio(const QString &name) const { return m_page->findChild<QRadioButton *>(name); }
    QLabel *label(const QString &name) const { return m_page->findChild<QLabel *>(name); }
    QPushButton *saveButton() const
    {
        return m_page->findChild<QPushButton *>(QStringLiteral("signInSaveButton"));
    }
    bool saveAndWait();
    SignInExperience stored();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    SignInExperiencePage *m_page = nullptr;
};

void TestUiSignIn::initTestCase()
{
    initGuiTests();
}

void TestUiSignIn::init()
{
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(showActive(*m_window));
    QVERIFY(openWorkspace(*m_window, m_dir->filePath(QStringLiteral("signin.sqlite"))));
    QVERIFY(createTenant(*m_window, QStringLiteral("Acme SaaS"), false));
    m_window->showArea(MainWindow::Area::SignIn);
    QVERIFY(waitIdle(*m_window));
    m_page = m_window->signInPage();
    QVERIFY(m_page->isVisible());
}

bool TestUiSignIn::saveAndWait()
{
    if (!saveButton()->isEnabled())
        return false;
    const qint64 version = m_page->experience().version;
    saveButton()->click();
    for (int waited = 0; waited < 10000; waited += 20) {
        if (m_page->experience().version > version)
            return waitIdle(*m_window);
        QTest::qWait(20);
    }
    return false;
}

SignInExperience TestUiSignIn::stored()
{
    const Result<SignInExperience> e = test::await(
        m_window->workspace()->backend().signInExperience().get(m_window->workspace()->tenant().id));
    return e.ok() ? e.value() : SignInExperience();
}

void TestUiSignIn::enterpriseSsoSwitch()
{
    QCheckBox *sso = check(QStringLiteral("signInSsoSwitch"));
    QVERIFY(sso);
    QVERIFY(!sso->isChecked()); // off by default
    QVERIFY(!saveButton()->isEnabled());
    sso->setChecked(true);
    QVERIFY(m_page->isDirty());
    QVERIFY(saveAndWait());
    QCOMPARE(label(QStringLiteral("signInStatusLabel"))->text(), QStringLiteral("Saved"));
    QVERIFY(stored().singleSignOnEnabled);

    sso->setChecked(false);
    m_page->findChild<QPushButton *>(QStringLiteral("signInRevertButton"))->click();
    QVERIFY(sso->isChecked());
    QVERIFY(!m_page->isDirty());
}

void TestUiSignIn::backupCodesAloneRefused()
{
    QLabel *error = label(QStringLiteral("signInFactorsError"));
    check(QStringLiteral("signInFactorBackupCodeCheck"))->setChecked(true);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("backup codes"), Qt::CaseInsensitive));
    QVERIFY(!saveButton()->isEnabled());

    check(QStringLiteral("signInFactorTotpCheck"))->setChecked(true);
    QVERIFY(!error->isVisible());
    QVERIFY(saveAndWait());
    QList<MfaFactor> factors = stored().mfaFactors;
    std::sort(factors.begin(), factors.end());
    QCOMPARE(factors, (QList<MfaFactor>{MfaFactor::TOTP, MfaFactor::BackupCode}));
}

void TestUiSignIn::policyNeedsAFactor()
{
    radio(QStringLiteral("signInPolicyMandatoryRadio"))->setChecked(true);
    QVERIFY(label(QStringLiteral("signInPolicyError"))->isVisible());
    QVERIFY(!saveButton()->isEnabled());
    check(QStringLiteral("signInFactorWebAuthnCheck"))->setChecked(true);
    QVERIFY(!label(QStringLiteral("signInPolicyError"))->isVisible());
    radio(QStringLiteral("signInOrgMfaMandatoryRadio"))->setChecked(true);
    QVERIFY(saveAndWait());
    const SignInExperience e = stored();
    QCOMPARE(e.mfaPolicy, MfaPolicy::Mandatory);
    QCOMPARE(e.organizationRequiredMfaPolicy, OrganizationMfaPolicy::Mandatory);
    QCOMPARE(e.mfaFactors, QList<MfaFactor>{MfaFactor::WebAuthn});
}

void TestUiSignIn::removingEveryFactorWhileOrganizationsRequireMfa()
{
    check(QStringLiteral("signInFactorTotpCheck"))->setChecked(true);
    QVERIFY(saveAndWait());
    Organization draft;
    draft.name = QStringLiteral("Secure Corp");
    draft.isMfaRequired = true;
    GH_VERIFY_OK(test::await(
        m_window->workspace()->backend().organizations().create(m_window->workspace()->tenant().id, draft)));

    check(QStringLiteral("signInFactorTotpCheck"))->setChecked(false);
    QVERIFY(saveButton()->isEnabled());
    saveButton()->click();
    QLabel *error = label(QStringLiteral("signInFactorsError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("Secure Corp")));
    QVERIFY(waitIdle(*m_window));
    QCOMPARE(stored().mfaFactors, QList<MfaFactor>{MfaFactor::TOTP});
    QVERIFY(m_page->isDirty());
}

QTEST_MAIN(TestUiSignIn)
#include "tst_ui_signin.moc"
