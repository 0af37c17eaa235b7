#include "organizations/OrganizationBrandingTab.h"

#include "common/Style.h"
#include "model/OrganizationValidation.h"
#include "organizations/BrandingPreview.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QColor colorOf(const QString &text)
{
    return validation::colorProblem(text).isEmpty() && !text.isEmpty() ? QColor(text) : QColor();
}

QLabel *swatch(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setFixedSize(24, 24);
    return label;
}

void paintSwatch(QLabel *label, const QString &text)
{
    const QColor color = colorOf(text);
    label->setStyleSheet(
        color.isValid()
            ? QStringLiteral("background: %1; border: 1px solid #9a9aa8; border-radius: 4px;")
                  .arg(color.name())
            : QStringLiteral("background: transparent; border: 1px dashed #b4b4c2; border-radius: 4px;"));
    label->setToolTip(color.isValid() ? color.name().toUpper() : QString());
}
} // namespace

OrganizationBrandingTab::OrganizationBrandingTab(QWidget *parent)
    : OrganizationFormTab(parent)
    , m_logo(new QLineEdit)
    , m_darkLogo(new QLineEdit)
    , m_favicon(new QLineEdit)
    , m_darkFavicon(new QLineEdit)
    , m_primary(new QLineEdit)
    , m_primarySwatch(swatch(QStringLiteral("brandingPrimaryColorSwatch")))
    , m_primaryButton(new QPushButton(tr("Pick…")))
    , m_darkMode(new QCheckBox(tr("Offer a dark mode")))
    , m_darkPrimary(new QLineEdit)
    , m_darkPrimarySwatch(swatch(QStringLiteral("brandingDarkPrimaryColorSwatch")))
    , m_darkPrimaryButton(new QPushButton(tr("Pick…")))
    , m_preview(new BrandingPreview)
    , m_status(style::subtitleLabel({}))
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
{
    setObjectName(QStringLiteral("organizationBrandingTab"));
    const QList<std::pair<QLineEdit *, const char *>> names = {
        {m_logo, "brandingLogoEdit"},
        {m_darkLogo, "brandingDarkLogoEdit"},
        {m_favicon, "brandingFaviconEdit"},
        {m_darkFavicon, "brandingDarkFaviconEdit"},
        {m_primary, "brandingPrimaryColorEdit"},
        {m_darkPrimary, "brandingDarkPrimaryColorEdit"}};
    for (const auto &[edit, name] : names) {
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textChanged, this, &OrganizationBrandingTab::changed);
    }
    for (QLineEdit *url : {m_logo, m_darkLogo, m_favicon, m_darkFavicon})
        url->setPlaceholderText(QStringLiteral("https://"));
    for (QLineEdit *color : {m_primary, m_darkPrimary}) {
        color->setPlaceholderText(QStringLiteral("#RRGGBB"));
        color->setMaxLength(7);
        color->setFont(style::monospace());
    }
    m_primaryButton->setObjectName(QStringLiteral("brandingPrimaryColorButton"));
    m_darkPrimaryButton->setObjectName(QStringLiteral("brandingDarkPrimaryColorButton"));
    m_darkMode->setObjectName(QStringLiteral("brandingDarkModeCheck"));
    m_status->setObjectName(QStringLiteral("brandingStatusLabel"));
    m_save->setObjectName(QStringLiteral("brandingSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("brandingRevertButton"));
    style::makePrimary(m_save);

    const QList<std::pair<QString, QLineEdit *>> fields = {
        {QStringLiteral("branding.logoUrl"), m_logo},
        {QStringLiteral("branding.darkLogoUrl"), m_darkLogo},
        {QStringLiteral("branding.favicon"), m_favicon},
        {QStringLiteral("branding.darkFavicon"), m_darkFavicon},
        {QStringLiteral("color.primaryColor"), m_primary},
        {QStringLiteral("color.darkPrimaryColor"), m_darkPrimary}};
    QHash<QLineEdit *, QLabel *> errorLabels;
    for (const auto &[field, edit] : fields) {
        QLabel *label = FieldErrors::createLabel(
            edit->objectName().replace(QLatin1String("Edit"), QLatin1String("Error")));
        m_errors.addField(field, label);
        errorLabels.insert(edit, label);
    }
    auto *otherError = FieldErrors::createLabel(QStringLiteral("brandingOtherError"));
    m_errors.setFallback(otherError);

    auto colorRow = [](QLineEdit *edit, QLabel *sample, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(sample);
        row->addWidget(button);
        return row;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    form->addRow(tr("&Logo URL"), m_logo);
    form->addRow(QString(), errorLabels[m_logo]);
    form->addRow(tr("Dar&k logo URL"), m_darkLogo);
    form->addRow(QString(), errorLabels[m_darkLogo]);
    form->addRow(tr("&Favicon URL"), m_favicon);
    form->addRow(QString(), errorLabels[m_favicon]);
    form->addRow(tr("Dark favi&con URL"), m_darkFavicon);
    form->addRow(QString(), errorLabels[m_darkFavicon]);
    form->addRow(tr("Primary colour"), colorRow(m_primary, m_primarySwatch, m_primaryButton));
    form->addRow(QString(), errorLabels[m_primary]);
    form->addRow(QString(), m_darkMode);
    form->addRow(tr("Dark primary colour"),
                 colorRow(m_darkPrimary, m_darkPrimarySwatch, m_darkPrimaryButton));
    form->addRow(QString(), errorLabels[m_darkPrimary]);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(
        style::subtitleLabel(tr("How this organization's sign-in pages look when an app asks for it.")));
    contentLayout->addLayout(form);
    contentLayout->addWidget(style::sectionLabel(tr("Preview")));
    contentLayout->addWidget(m_preview);
    contentLayout->addWidget(otherError);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_darkMode, &QCheckBox::toggled, this, &OrganizationBrandingTab::changed);
    connect(m_primaryButton, &QPushButton::clicked, this, [this] { pickColor(m_primary); });
    connect(m_darkPrimaryButton, &QPushButton::clicked, this, [this] { pickColor(m_darkPrimary); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_save->isEnabled())
            emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, &OrganizationBrandingTab::revert);
    updateButtons();
}

void OrganizationBrandingTab::setOrganization(const Organization &organization, bool keepEdits)
{
    const bool keep = keepEdits && organization.id == m_organization.id && isDirty();
    m_organization = organization;
    m_preview->setTitle(organization.name);
    if (!keep)
        load();
    else
        changed();
}

void OrganizationBrandingTab::load()
{
    m_loading = true;
    m_logo->setText(m_organization.branding.logoUrl);
    m_darkLogo->setText(m_organization.branding.darkLogoUrl);
    m_favicon->setText(m_organization.branding.favicon);
    m_darkFavicon->setText(m_organization.branding.darkFavicon);
    m_primary->setText(m_organization.color.primaryColor);
    m_darkMode->setChecked(m_organization.color.isDarkModeEnabled);
    m_darkPrimary->setText(m_organization.color.darkPrimaryColor);
    m_status->clear();
    m_loading = false;
    changed();
}

void OrganizationBrandingTab::revert()
{
    load();
}

Organization OrganizationBrandingTab::edited() const
{
    Organization o = m_organization;
    o.branding.logoUrl = m_logo->text().trimmed();
    o.branding.darkLogoUrl = m_darkLogo->text().trimmed();
    o.branding.favicon = m_favicon->text().trimmed();
    o.branding.darkFavicon = m_darkFavicon->text().trimmed();
    o.color.primaryColor = m_primary->text().trimmed();
    o.color.isDarkModeEnabled = m_darkMode->isChecked();
    o.color.darkPrimaryColor = m_darkPrimary->text().trimmed();
    return o;
}

bool OrganizationBrandingTab::isDirty() const
{
    if (m_organization.id.isEmpty())
        return false;
    const Organization now = edited();
    return !(now.branding == m_organization.branding) || !(now.color == m_organization.color);
}

void OrganizationBrandingTab::changed()
{
    if (m_loading)
        return;
    const Organization now = edited();
    m_preview->setLogoUrls(now.branding.logoUrl, now.branding.darkLogoUrl);
    m_preview->setColors(colorOf(now.color.primaryColor), now.color.isDarkModeEnabled,
                         colorOf(now.color.darkPrimaryColor));
    paintSwatch(m_primarySwatch, now.color.primaryColor);
    paintSwatch(m_darkPrimarySwatch, now.color.darkPrimaryColor);
    m_darkPrimary->setEnabled(now.color.isDarkModeEnabled);
    m_darkPrimaryButton->setEnabled(now.color.isDarkModeEnabled);
    QList<FieldError> errors;
    if (!m_organization.id.isEmpty()) {
        for (const FieldError &e : validation::organization(now)) {
            if (e.field.startsWith(QLatin1String("branding")) || e.field.startsWith(QLatin1String("color")))
                errors.append(e);
        }
    }
    m_valid = m_errors.show(errors);
    updateButtons();
}

void OrganizationBrandingTab::pickColor(QLineEdit *edit)
{
    const QColor initial = colorOf(edit->text());
    auto *dialog = new QColorDialog(initial.isValid() ? initial : QColor(0x5d, 0x34, 0xf2), this);
    dialog->setObjectName(QStringLiteral("brandingColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(edit == m_primary ? tr("Primary colour") : tr("Dark primary colour"));
    connect(dialog, &QColorDialog::colorSelected, this,
            [edit](const QColor &color) { edit->setText(color.name(QColor::HexRgb).toUpper()); });
    dialog->open();
}

bool OrganizationBrandingTab::showErrors(const QList<FieldError> &errors)
{
    QList<FieldError> mine;
    for (const FieldError &e : errors) {
        if (e.field.startsWith(QLatin1String("branding")) || e.field.startsWith(QLatin1String("color")))
            mine.append(e);
    }
    m_errors.show(mine);
    return !mine.isEmpty();
}

void OrganizationBrandingTab::setSaving(bool saving)
{
    m_saving = saving;
    if (!saving && !isDirty())
        m_status->setText(tr("Saved"));
    updateButtons();
}

void OrganizationBrandingTab::updateButtons()
{
    const bool dirty = isDirty();
    setEnabled(!m_organization.id.isEmpty());
    m_save->setEnabled(dirty && m_valid && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

} // namespace gatehouse::ui
