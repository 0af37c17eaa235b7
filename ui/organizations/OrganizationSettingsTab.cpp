#include "organizations/OrganizationSettingsTab.h"

#include "common/Format.h"
#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/OrganizationValidation.h"
#include "users/UserCustomDataTab.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

OrganizationSettingsTab::OrganizationSettingsTab(Workspace *workspace, QWidget *parent)
    : OrganizationFormTab(parent)
    , m_workspace(workspace)
    , m_customDataEdit(new QPlainTextEdit)
    , m_customDataProblem(FieldErrors::createLabel(QStringLiteral("organizationCustomDataProblemLabel")))
    , m_mfa(new QCheckBox(tr("Require MFA")))
    , m_mfaNote(new QLabel)
    , m_id(new QLabel)
    , m_created(new QLabel)
    , m_status(style::subtitleLabel({}))
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_factorsCheck(new Refresher(this, [this] { checkMfaFactors(); }))
{
    setObjectName(QStringLiteral("organizationSettingsTab"));
    m_customDataEdit->setObjectName(QStringLiteral("organizationCustomDataEdit"));
    m_customDataEdit->setFont(style::monospace());
    m_customDataEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_customDataEdit->setPlaceholderText(QStringLiteral("{ \"plan\": \"enterprise\" }"));
    m_customDataEdit->setMinimumHeight(90);
    m_mfa->setObjectName(QStringLiteral("organizationMfaCheck"));
    m_mfa->setToolTip(tr("Members without MFA set up get no organization tokens."));
    m_mfaNote->setObjectName(QStringLiteral("organizationMfaNoteLabel"));
    m_mfaNote->setWordWrap(true);
    m_mfaNote->setProperty("role", QLatin1String("hint"));
    m_id->setObjectName(QStringLiteral("organizationIdLabel"));
    m_id->setFont(style::monospace());
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_created->setObjectName(QStringLiteral("organizationCreatedLabel"));
    m_status->setObjectName(QStringLiteral("organizationStatusLabel"));
    m_save->setObjectName(QStringLiteral("organizationSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("organizationRevertButton"));
    style::makePrimary(m_save);

    auto *mfaError = FieldErrors::createLabel(QStringLiteral("organizationMfaError"));
    m_errors.addField(QStringLiteral("isMfaRequired"), mfaError);
    m_errors.addField(QStringLiteral("customData"), m_customDataProblem);

    auto *mfaRow = new QHBoxLayout;
    mfaRow->addWidget(m_mfa, 0, Qt::AlignTop);
    auto *mfaTexts = new QVBoxLayout;
    mfaTexts->addWidget(m_mfaNote);
    mfaTexts->addWidget(mfaError);
    mfaRow->addLayout(mfaTexts, 1);

    QFormLayout *form = style::formLayout();
    m_name = m_errors.addLine(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("organizationName"));
    m_description = m_errors.addLine(form, tr("&Description"), QStringLiteral("description"),
                                     QStringLiteral("organizationDescription"));
    form->addRow(tr("MFA"), mfaRow);
    form->addRow(tr("ID"), m_id);
    form->addRow(tr("Created"), m_created);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addWidget(style::sectionLabel(tr("Custom data")));
    layout->addWidget(
        style::subtitleLabel(tr("Any JSON object your applications keep about this organization.")));
    layout->addWidget(m_customDataEdit, 1);
    layout->addWidget(m_customDataProblem);
    layout->addWidget(m_errors.createFallback(QStringLiteral("organizationOtherError")));
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &OrganizationSettingsTab::validate);
    connect(m_description, &QLineEdit::textChanged, this, &OrganizationSettingsTab::validate);
    connect(m_customDataEdit, &QPlainTextEdit::textChanged, this, &OrganizationSettingsTab::validate);
    connect(m_mfa, &QCheckBox::toggled, this, &OrganizationSettingsTab::validate);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_save->isEnabled())
            emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, &OrganizationSettingsTab::revert);
    // Whether MFA can be required depends on the factors the sign-in experience enables.
    m_factorsCheck->follow(workspace, [this](const Change &change) {
        return !m_organization.id.isEmpty() && change.area == ChangeArea::SignInExperience &&
               change.tenantId == m_workspace->tenant().id;
    });
    updateButtons();
}

void OrganizationSettingsTab::setOrganization(const Organization &organization, bool keepEdits)
{
    const bool sameOrganization = organization.id == m_organization.id;
    const bool keep = keepEdits && sameOrganization && isDirty();
    m_organization = organization;
    if (!keep)
        load();
    else
        validate();
    if (!sameOrganization)
        checkMfaFactors();
}

void OrganizationSettingsTab::load()
{
    m_loading = true;
    m_name->setText(m_organization.name);
    m_description->setText(m_organization.description);
    m_customDataEdit->setPlainText(jsonText(m_organization.customData));
    m_mfa->setChecked(m_organization.isMfaRequired);
    m_id->setText(m_organization.id);
    m_created->setText(Format::dateTime(m_organization.createdAt));
    m_created->setToolTip(Format::utc(m_organization.createdAt));
    m_status->clear();
    m_loading = false;
    validate();
}

void OrganizationSettingsTab::revert()
{
    load();
}

void OrganizationSettingsTab::checkMfaFactors()
{
    m_factorsCheck->clearStale();
    const int generation = ++m_generation;
    m_factorsMissing = false;
    m_mfaNote->setText(tr("Members without MFA set up get no organization tokens."));
    if (m_organization.id.isEmpty())
        return;
    m_workspace->run(
        m_workspace->backend().signInExperience().get(m_workspace->tenant().id), this, QString(),
        [this](const SignInExperience &experience) {
            m_factorsMissing = experience.mfaFactors.isEmpty();
            if (m_factorsMissing)
                m_mfaNote->setText(
                    tr("No MFA factor is enabled in Sign-in & MFA, so members could never set up "
                       "MFA: requiring it is refused until a factor is enabled."));
            validate();
        },
        [this](const Error &error) {
            m_mfaNote->setText(tr("Could not read the sign-in experience: %1").arg(error.message()));
        },
        [this, generation] { return generation == m_generation; });
}

Organization OrganizationSettingsTab::edited() const
{
    Organization o = m_organization;
    o.name = m_name->text().trimmed();
    o.description = m_description->text().trimmed();
    o.customData = m_customData;
    o.isMfaRequired = m_mfa->isChecked();
    return o;
}

bool OrganizationSettingsTab::isDirty() const
{
    if (m_organization.id.isEmpty())
        return false;
    QJsonObject parsed;
    QString problem;
    const bool parses = UserCustomDataTab::parseObject(m_customDataEdit->toPlainText(), &parsed, &problem);
    return m_name->text().trimmed() != m_organization.name ||
           m_description->text().trimmed() != m_organization.description || !parses ||
           parsed != m_organization.customData || m_mfa->isChecked() != m_organization.isMfaRequired;
}

void OrganizationSettingsTab::validate()
{
    if (m_loading)
        return;
    QString problem;
    const bool parses =
        UserCustomDataTab::parseObject(m_customDataEdit->toPlainText(), &m_customData, &problem);
    QList<FieldError> errors;
    if (!m_organization.id.isEmpty()) {
        for (const FieldError &e : validation::organization(edited())) {
            if (e.field == QLatin1String("name") || e.field == QLatin1String("description"))
                errors.append(e);
        }
        if (!parses)
            errors.append({QStringLiteral("customData"), problem});
        if (m_factorsMissing && m_mfa->isChecked() && !m_organization.isMfaRequired)
            errors.append({QStringLiteral("isMfaRequired"),
                           tr("Enable an MFA factor in Sign-in & MFA before requiring MFA here.")});
    }
    m_valid = m_errors.show(errors);
    updateButtons();
}

bool OrganizationSettingsTab::showErrors(const QList<FieldError> &errors)
{
    QList<FieldError> mine;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("name") || e.field == QLatin1String("description") ||
            e.field == QLatin1String("customData") || e.field == QLatin1String("isMfaRequired"))
            mine.append(e);
    }
    m_errors.show(mine);
    return !mine.isEmpty();
}

void OrganizationSettingsTab::setSaving(bool saving)
{
    m_saving = saving;
    if (!saving && !isDirty())
        m_status->setText(tr("Saved"));
    updateButtons();
}

void OrganizationSettingsTab::updateButtons()
{
    const bool dirty = isDirty();
    const bool has = !m_organization.id.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                       static_cast<QWidget *>(m_customDataEdit), static_cast<QWidget *>(m_mfa)})
        w->setEnabled(has);
    m_save->setEnabled(dirty && m_valid && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

} // namespace gatehouse::ui
