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
    explicit OrganizationBrandingTab(Workspace *workspace, QWidget *parent = nullptr);

    Organization edited() const override;
    bool showErrors(const QList<FieldError> &errors) override;
    BrandingPreview *preview() const { return m_preview; }

protected:
    bool isModified() const override;
    QList<FieldError> problems() const override;
    void reloadForm() override;
    void updateButtons() override;

private:
    /// The preview and the swatches follow the edits; then the edits are checked.
    void changed();
    void pickColor(QLineEdit *edit);

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
};

} // namespace gatehouse::ui
