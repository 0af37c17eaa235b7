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
    : OrganizationFormTab(workspace, parent)
    , m_customDataEdit(new QPlainTextEdit)
    , m_customDataProblem(FieldErrors::createLabel(QStringLiteral("organizationCustomDataProblemLabel")))
    , m_mfa(new QCheckBox(tr("Require MFA")))
    , m_mfaNote(new QLabel)
    , m_id(new QLabel)
    , m_created(new QLabel)
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

    auto *mfaError = FieldErrors::createLabel(QStringLiteral("organizationMfaError"));
    errors().addField(QStringLiteral("isMfaRequired"), mfaError);
    errors().addField(QStringLiteral("customData"), m_customDataProblem);

    auto *mfaRow = new QHBoxLayout;
    mfaRow->addWidget(m_mfa, 0, Qt::AlignTop);
    auto *mfaTexts = new QVBoxLayout;
    mfaTexts->addWidget(m_mfaNote);
    mfaTexts->addWidget(mfaError);
    mfaRow->addLayout(mfaTexts, 1);

    QFormLayout *form = style::formLayout();
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("organizationName"));
    m_description = addField(form, tr("&Description"), QStringLiteral("description"),
                             QStringLiteral("organizationDescription"));
    form->addRow(tr("MFA"), mfaRow);
    form->addRow(tr("ID"), m_id);
    form->addRow(tr("Created"), m_created);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addWidget(style::sectionLabel(tr("Custom data")));
    layout->addWidget(
        style::subtitleLabel(tr("Any JSON object your applications keep about this organization.")));
    layout->addWidget(m_customDataEdit, 1);
    layout->addWidget(m_customDataProblem);
    layout->addWidget(errors().createFallback(QStringLiteral("organizationOtherError")));
    layout->addLayout(createSaveBar(QStringLiteral("organization")));
    setOperations(Operation::OrganizationsUpdate, std::nullopt);

    connect(m_customDataEdit, &QPlainTextEdit::textChanged, this, &OrganizationSettingsTab::validate);
    connect(m_mfa, &QCheckBox::toggled, this, &OrganizationSettingsTab::validate);
    // Whether MFA can be required depends on the factors the sign-in experience enables.
    m_factorsCheck->follow(workspace, [this](const Change &change) {
        return hasItem() && change.area == ChangeArea::SignInExperience &&
               change.tenantId == this->workspace()->tenant().id;
    });
    updateButtons();
}

void OrganizationSettingsTab::reloadForm()
{
    const Organization &o = organization();
    fill([&] {
        m_name->setText(o.name);
        m_description->setText(o.description);
        m_customDataEdit->setPlainText(jsonText(o.customData));
        m_mfa->setChecked(o.isMfaRequired);
        m_id->setText(o.id);
        m_created->setText(Format::dateTime(o.createdAt));
        m_created->setToolTip(Format::utc(o.createdAt));
    });
}

void OrganizationSettingsTab::checkMfaFactors()
{
    m_factorsCheck->clearStale();
    const int generation = ++m_generation;
    m_factorsMissing = false;
    m_mfaNote->setText(tr("Members without MFA set up get no organization tokens."));
    if (!hasItem())
        return;
    workspace()->run(
        workspace()->backend().signInExperience().get(workspace()->tenant().id), this, QString(),
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
    Organization o = organization();
    o.name = m_name->text().trimmed();
    o.description = m_description->text().trimmed();
    o.customData = m_customData;
    o.isMfaRequired = m_mfa->isChecked();
    return o;
}

bool OrganizationSettingsTab::isModified() const
{
    const Organization &o = organization();
    QJsonObject parsed;
    QString problem;
    const bool parses = UserCustomDataTab::parseObject(m_customDataEdit->toPlainText(), &parsed, &problem);
    return m_name->text().trimmed() != o.name || m_description->text().trimmed() != o.description ||
           !parses || parsed != o.customData || m_mfa->isChecked() != o.isMfaRequired;
}

QList<FieldError> OrganizationSettingsTab::problems() const
{
    QString problem;
    const bool parses =
        UserCustomDataTab::parseObject(m_customDataEdit->toPlainText(), &m_customData, &problem);
    QList<FieldError> errors;
    for (const FieldError &e : validation::organization(edited())) {
        if (e.field == QLatin1String("name") || e.field == QLatin1String("description"))
            errors.append(e);
    }
    if (!parses)
        errors.append({QStringLiteral("customData"), problem});
    if (m_factorsMissing && m_mfa->isChecked() && !organization().isMfaRequired)
        errors.append({QStringLiteral("isMfaRequired"),
                       tr("Enable an MFA factor in Sign-in & MFA before requiring MFA here.")});
    return errors;
}

bool OrganizationSettingsTab::showErrors(const QList<FieldError> &errors)
{
    QList<FieldError> mine;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("name") || e.field == QLatin1String("description") ||
            e.field == QLatin1String("customData") || e.field == QLatin1String("isMfaRequired"))
            mine.append(e);
    }
    this->errors().show(mine);
    return !mine.isEmpty();
}

void OrganizationSettingsTab::updateButtons()
{
    OrganizationFormTab::updateButtons();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                       static_cast<QWidget *>(m_customDataEdit), static_cast<QWidget *>(m_mfa)})
        w->setEnabled(hasItem());
}

} // namespace gatehouse::ui
