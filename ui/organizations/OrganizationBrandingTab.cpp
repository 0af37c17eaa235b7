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

OrganizationBrandingTab::OrganizationBrandingTab(Workspace *workspace, QWidget *parent)
    : OrganizationFormTab(workspace, parent)
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
        errors().addField(field, label);
        errorLabels.insert(edit, label);
    }

    auto colorRow = [](QLineEdit *edit, QLabel *sample, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(sample);
        row->addWidget(button);
        return row;
    };
    QFormLayout *form = style::formLayout();
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
    contentLayout->addWidget(errors().createFallback(QStringLiteral("brandingOtherError")));
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->addWidget(scroll, 1);
    layout->addLayout(createSaveBar(QStringLiteral("branding")));
    setOperations(Operation::OrganizationsUpdate, std::nullopt);

    connect(m_darkMode, &QCheckBox::toggled, this, &OrganizationBrandingTab::changed);
    connect(m_primaryButton, &QPushButton::clicked, this, [this] { pickColor(m_primary); });
    connect(m_darkPrimaryButton, &QPushButton::clicked, this, [this] { pickColor(m_darkPrimary); });
    updateButtons();
}

void OrganizationBrandingTab::reloadForm()
{
    const Organization &o = organization();
    m_preview->setTitle(o.name);
    fill([&] {
        m_logo->setText(o.branding.logoUrl);
        m_darkLogo->setText(o.branding.darkLogoUrl);
        m_favicon->setText(o.branding.favicon);
        m_darkFavicon->setText(o.branding.darkFavicon);
        m_primary->setText(o.color.primaryColor);
        m_darkMode->setChecked(o.color.isDarkModeEnabled);
        m_darkPrimary->setText(o.color.darkPrimaryColor);
    });
    changed();
}

Organization OrganizationBrandingTab::edited() const
{
    Organization o = organization();
    o.branding.logoUrl = m_logo->text().trimmed();
    o.branding.darkLogoUrl = m_darkLogo->text().trimmed();
    o.branding.favicon = m_favicon->text().trimmed();
    o.branding.darkFavicon = m_darkFavicon->text().trimmed();
    o.color.primaryColor = m_primary->text().trimmed();
    o.color.isDarkModeEnabled = m_darkMode->isChecked();
    o.color.darkPrimaryColor = m_darkPrimary->text().trimmed();
    return o;
}

bool OrganizationBrandingTab::isModified() const
{
    const Organization now = edited();
    return !(now.branding == organization().branding) || !(now.color == organization().color);
}

void OrganizationBrandingTab::changed()
{
    const Organization now = edited();
    m_preview->setLogoUrls(now.branding.logoUrl, now.branding.darkLogoUrl);
    m_preview->setColors(colorOf(now.color.primaryColor), now.color.isDarkModeEnabled,
                         colorOf(now.color.darkPrimaryColor));
    paintSwatch(m_primarySwatch, now.color.primaryColor);
    paintSwatch(m_darkPrimarySwatch, now.color.darkPrimaryColor);
    m_darkPrimary->setEnabled(now.color.isDarkModeEnabled);
    m_darkPrimaryButton->setEnabled(now.color.isDarkModeEnabled);
    validate();
}

QList<FieldError> OrganizationBrandingTab::problems() const
{
    QList<FieldError> errors;
    for (const FieldError &e : validation::organization(edited())) {
        if (e.field.startsWith(QLatin1String("branding")) || e.field.startsWith(QLatin1String("color")))
            errors.append(e);
    }
    return errors;
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
    this->errors().show(mine);
    return !mine.isEmpty();
}

void OrganizationBrandingTab::updateButtons()
{
    OrganizationFormTab::updateButtons();
    setEnabled(hasItem());
}

} // namespace gatehouse::ui
