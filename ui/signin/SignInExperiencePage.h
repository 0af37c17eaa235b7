#pragma once

#include "common/FieldErrors.h"
#include "common/Page.h"
#include "model/SignInExperience.h"

#include <QMap>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace gatehouse::ui {

/// The tenant's sign-in experience as far as B2B needs it: the enterprise SSO switch
/// (singleSignOnEnabled: route sign-in by email domain to SSO connectors), the MFA factors, the
/// MFA policy and what happens to members of organizations that require MFA. Each choice says
/// in plain words what it does. Problems are shown beside the section they concern, as chosen
/// (backup codes alone) and as refused by the backend (removing every factor while organizations
/// require MFA).
///
/// Object names: "signInPage", "signInSsoSwitch", "signInSsoStatusLabel",
/// "signInFactor<Factor>Check" (Factor as in Logto's JSON: Totp, WebAuthn, BackupCode,
/// EmailVerificationCode, PhoneVerificationCode), "signInPolicy<Policy>Radio",
/// "signInOrgMfa<Policy>Radio", "signInFactorsError", "signInPolicyError", "signInOtherError",
/// "signInSaveButton", "signInRevertButton", "signInStatusLabel".
class SignInExperiencePage : public Page
{
    Q_OBJECT
public:
    explicit SignInExperiencePage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void save() override;
    bool isLoading() const override { return m_loading; }
    bool confirmLeave() override;

    const SignInExperience &experience() const { return m_experience; }
    SignInExperience edited() const;
    bool isDirty() const;
    void revert();

private:
    /// Lays out `section`: its heading `title` and the line `intro` under it, if any.
    QVBoxLayout *beginSection(QWidget *section, const QString &title, const QString &intro = {});
    /// Adds `button` (named `objectName`) with its explanation under it, indented like Qt's own
    /// check box text; toggling it validates.
    void addChoice(QVBoxLayout *layout, QAbstractButton *button, const QString &objectName,
                   const QString &hint);
    /// Ends a section with the error label (`errorName`) of `field`.
    void endSection(QVBoxLayout *layout, const QString &errorName, const QString &field);
    QWidget *createSsoSection();
    QWidget *createFactorsSection();
    QWidget *createPolicySection();
    QWidget *createOrganizationSection();
    void load(const SignInExperience &experience);
    void loadConnectors();
    void validate();
    void updateButtons();
    void handleSaveError(const Error &error);

    SignInExperience m_experience;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_filling = false;
    bool m_saving = false;
    bool m_valid = true;
    bool m_justSaved = false;
    int m_generation = 0;
    FieldErrors m_errors;
    QCheckBox *m_sso;
    QLabel *m_ssoStatus;
    QMap<MfaFactor, QCheckBox *> m_factors;
    QMap<MfaPolicy, QRadioButton *> m_policies;
    QMap<OrganizationMfaPolicy, QRadioButton *> m_organizationPolicies;
    QWidget *m_content;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace gatehouse::ui
