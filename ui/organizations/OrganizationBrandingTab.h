#pragma once

#include "common/FieldErrors.h"
#include "organizations/OrganizationFormTab.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

class BrandingPreview;

/// The Branding tab: logo and dark logo URLs, favicons, primary colour, dark mode and dark
/// primary colour (typed as #RRGGBB or picked with the colour dialog), with a live preview that
/// follows every keystroke.
///
/// Object names: "brandingLogoEdit", "brandingDarkLogoEdit", "brandingFaviconEdit",
/// "brandingDarkFaviconEdit", "brandingPrimaryColorEdit", "brandingPrimaryColorButton",
/// "brandingDarkModeCheck", "brandingDarkPrimaryColorEdit", "brandingDarkPrimaryColorButton",
/// "brandingSaveButton", "brandingRevertButton", "brandingStatusLabel"; preview() is
/// "brandingPreview".
class OrganizationBrandingTab : public OrganizationFormTab
{
    Q_OBJECT
public:
    explicit OrganizationBrandingTab(QWidget *parent = nullptr);

    void setOrganization(const Organization &organization, bool keepEdits) override;
    Organization edited() const override;
    bool isDirty() const override;
    bool isValid() const override { return m_valid; }
    bool showErrors(const QList<FieldError> &errors) override;
    void setSaving(bool saving) override;
    void revert();
    BrandingPreview *preview() const { return m_preview; }

private:
    void load();
    void changed();
    void pickColor(QLineEdit *edit);
    void updateButtons();

    Organization m_organization;
    FieldErrors m_errors;
    bool m_valid = true;
    bool m_loading = false;
    bool m_saving = false;
    QLineEdit *m_logo;
    QLineEdit *m_darkLogo;
    QLineEdit *m_favicon;
    QLineEdit *m_darkFavicon;
    QLineEdit *m_primary;
    QLabel *m_primarySwatch;
    QPushButton *m_primaryButton;
    QCheckBox *m_darkMode;
    QLineEdit *m_darkPrimary;
    QLabel *m_darkPrimarySwatch;
    QPushButton *m_darkPrimaryButton;
    BrandingPreview *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace gatehouse::ui
