#pragma once

#include "organizations/OrganizationFormTab.h"

#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gatehouse::ui {

class Refresher;

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

    Organization edited() const override;
    bool showErrors(const QList<FieldError> &errors) override;

protected:
    bool isModified() const override;
    QList<FieldError> problems() const override;
    void reloadForm() override;
    void updateButtons() override;
    void organizationChanged() override { checkMfaFactors(); }

private:
    void checkMfaFactors();

    mutable QJsonObject m_customData; ///< the custom data as problems() last parsed it
    bool m_factorsMissing = false;
    int m_generation = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QPlainTextEdit *m_customDataEdit;
    QLabel *m_customDataProblem;
    QCheckBox *m_mfa;
    QLabel *m_mfaNote;
    QLabel *m_id;
    QLabel *m_created;
    Refresher *m_factorsCheck; ///< checks the MFA factors again after the sign-in experience changed
};

} // namespace gatehouse::ui
