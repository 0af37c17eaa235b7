#pragma once

#include "common/FieldErrors.h"
#include "organizations/OrganizationFormTab.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::ui {

class Refresher;
class Workspace;

/// The Settings tab: name, description, custom data (a JSON object, checked as typed, with the
/// users page's parser) and "Require MFA". Whether MFA can be required depends on the tenant's
/// sign-in experience: when it enables no factor, the explanation stands beside the checkbox
/// before anyone tries, and the backend's refusal is shown there too. A change of the sign-in
/// experience checks the factors again (when the tab is next shown).
///
/// Object names: "organizationNameEdit", "organizationDescriptionEdit",
/// "organizationCustomDataEdit", "organizationCustomDataProblemLabel", "organizationMfaCheck",
/// "organizationMfaNoteLabel", "organizationSaveButton", "organizationRevertButton",
/// "organizationStatusLabel", "organizationIdLabel".
class OrganizationSettingsTab : public OrganizationFormTab
{
    Q_OBJECT
public:
    explicit OrganizationSettingsTab(Workspace *workspace, QWidget *parent = nullptr);

    void setOrganization(const Organization &organization, bool keepEdits) override;
    Organization edited() const override;
    bool isDirty() const override;
    bool isValid() const override { return m_valid; }
    bool showErrors(const QList<FieldError> &errors) override;
    void setSaving(bool saving) override;
    void revert();

private:
    void load();
    void validate();
    void checkMfaFactors();
    void updateButtons();

    Workspace *m_workspace;
    Organization m_organization;
    QJsonObject m_customData;
    FieldErrors m_errors;
    bool m_valid = true;
    bool m_loading = false;
    bool m_saving = false;
    bool m_factorsMissing = false;
    int m_generation = 0;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPlainTextEdit *m_customDataEdit;
    QLabel *m_customDataProblem;
    QCheckBox *m_mfa;
    QLabel *m_mfaNote;
    QLabel *m_id;
    QLabel *m_created;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    Refresher *m_factorsCheck; ///< checks the MFA factors again after the sign-in experience changed
};

} // namespace gatehouse::ui
