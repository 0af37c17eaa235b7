#include "signin/SignInExperiencePage.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/SignInValidation.h"
#include "model/SsoValidation.h"
#include "signin/SignInText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse::ui {

SignInExperiencePage::SignInExperiencePage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_sso(new QCheckBox(tr("Enable enterprise SSO")))
    , m_ssoStatus(style::subtitleLabel({}))
    , m_content(new QWidget)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_status(style::subtitleLabel({}))
{
    setObjectName(QStringLiteral("signInPage"));
    m_save->setObjectName(QStringLiteral("signInSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("signInRevertButton"));
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    style::makePrimary(m_save);

    auto *otherError = FieldErrors::createLabel(QStringLiteral("signInOtherError"));
    m_errors.setFallback(otherError);

    // Two columns: who signs in how (SSO, factors) and what MFA asks of them (policies).
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(createSsoSection());
    left->addWidget(createFactorsSection());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(createPolicySection());
    right->addWidget(createOrganizationSection());
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 12, 0);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(otherError);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    QVBoxLayout *layout = buildFrame(
        tr("Sign-in & MFA"),
        tr("How people of this tenant sign in: enterprise SSO routing and multi-factor authentication."));
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SignInExperiencePage::save);
    connect(m_revert, &QPushButton::clicked, this, &SignInExperiencePage::revert);
    m_content->setEnabled(false);
    // Which domains the switch routes depends on the connectors.
    connect(workspace, &Workspace::changed, this, [this](const Change &change) {
        if (isVisible() && m_loaded && change.area == ChangeArea::SsoConnectors &&
            change.tenantId == this->workspace()->tenant().id)
            loadConnectors();
    });
    updateButtons();
}

QVBoxLayout *SignInExperiencePage::beginSection(QWidget *section, const QString &title, const QString &intro)
{
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(style::sectionLabel(title));
    if (!intro.isEmpty())
        layout->addWidget(style::subtitleLabel(intro));
    return layout;
}

void SignInExperiencePage::addChoice(QVBoxLayout *layout, QAbstractButton *button, const QString &objectName,
                                     const QString &hint)
{
    button->setObjectName(objectName);
    layout->addWidget(button);
    QLabel *label = style::subtitleLabel(hint);
    label->setContentsMargins(24, 0, 0, 4);
    layout->addWidget(label);
    connect(button, &QAbstractButton::toggled, this, &SignInExperiencePage::validate);
}

void SignInExperiencePage::endSection(QVBoxLayout *layout, const QString &errorName, const QString &field)
{
    auto *error = FieldErrors::createLabel(errorName);
    m_errors.addField(field, error);
    layout->addWidget(error);
}

QWidget *SignInExperiencePage::createSsoSection()
{
    auto *section = new QWidget;
    QVBoxLayout *layout = beginSection(section, tr("Enterprise SSO"));
    addChoice(
        layout, m_sso, QStringLiteral("signInSsoSwitch"),
        tr("When on, a person who enters an email address at a domain claimed by an SSO connector (see "
           "Enterprise SSO) is sent to that connector's identity provider. Such addresses can no longer "
           "sign in with a password or a verification code: they must go through SSO. Only connectors "
           "whose configuration is complete take part. When off, the connectors' domains are ignored "
           "at sign-in."));
    m_ssoStatus->setObjectName(QStringLiteral("signInSsoStatusLabel"));
    m_ssoStatus->setTextFormat(Qt::PlainText);
    m_ssoStatus->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_ssoStatus);
    return section;
}

QWidget *SignInExperiencePage::createFactorsSection()
{
    auto *section = new QWidget;
    QVBoxLayout *layout =
        beginSection(section, tr("MFA factors"), tr("What people may set up as a second factor."));
    for (const MfaFactor factor : allMfaFactors()) {
        auto *check = new QCheckBox(SignInText::factorLabel(factor));
        addChoice(layout, check,
                  QStringLiteral("signInFactor") + mfaFactorName(factor) + QStringLiteral("Check"),
                  SignInText::factorHint(factor));
        m_factors.insert(factor, check);
    }
    endSection(layout, QStringLiteral("signInFactorsError"), QStringLiteral("mfa.factors"));
    return section;
}

QWidget *SignInExperiencePage::createPolicySection()
{
    auto *section = new QWidget;
    QVBoxLayout *layout = beginSection(section, tr("MFA policy"));
    auto *group = new QButtonGroup(section);
    for (const MfaPolicy policy : SignInText::policiesInOrder()) {
        auto *radio = new QRadioButton(SignInText::policyLabel(policy));
        group->addButton(radio);
        addChoice(layout, radio,
                  QStringLiteral("signInPolicy") + mfaPolicyName(policy) + QStringLiteral("Radio"),
                  SignInText::policyHint(policy));
        m_policies.insert(policy, radio);
    }
    endSection(layout, QStringLiteral("signInPolicyError"), QStringLiteral("mfa.policy"));
    return section;
}

QWidget *SignInExperiencePage::createOrganizationSection()
{
    auto *section = new QWidget;
    QVBoxLayout *layout = beginSection(
        section, tr("Organizations that require MFA"),
        tr("An organization can require MFA (its Settings). Members without MFA set up never get tokens for "
           "it; this decides whether they are asked to set MFA up."));
    auto *group = new QButtonGroup(section);
    for (const OrganizationMfaPolicy policy :
         {OrganizationMfaPolicy::NoPrompt, OrganizationMfaPolicy::Mandatory}) {
        auto *radio = new QRadioButton(SignInText::organizationPolicyLabel(policy));
        group->addButton(radio);
        addChoice(layout, radio,
                  QStringLiteral("signInOrgMfa") + organizationMfaPolicyName(policy) +
                      QStringLiteral("Radio"),
                  SignInText::organizationPolicyHint(policy));
        m_organizationPolicies.insert(policy, radio);
    }
    endSection(layout, QStringLiteral("signInOrgMfaError"),
               QStringLiteral("mfa.organizationRequiredMfaPolicy"));
    return section;
}

void SignInExperiencePage::activate()
{
    const int generation = ++m_generation;
    m_justSaved = false;
    if (!workspace()->hasTenant()) {
        m_loaded = false;
        m_content->setEnabled(false);
        m_status->setText(tr("Create a tenant first."));
        updateButtons();
        emit loaded();
        return;
    }
    m_loading = true;
    updateButtons();
    workspace()->run(
        workspace()->backend().signInExperience().get(workspace()->tenant().id), this,
        tr("Could not load the sign-in experience."),
        [this](const SignInExperience &experience) {
            m_loading = false;
            load(experience);
            emit loaded();
        },
        [this](const Error &) {
            m_loading = false;
            m_loaded = false;
            m_content->setEnabled(false);
            updateButtons();
            emit loaded();
        },
        [this, generation] { return generation == m_generation; });
    loadConnectors();
}

void SignInExperiencePage::loadConnectors()
{
    const int generation = m_generation;
    m_ssoStatus->clear();
    workspace()->run(
        workspace()->backend().ssoConnectors().list(workspace()->tenant().id), this, QString(),
        [this](const QList<SsoConnector> &connectors) {
            QStringList routed;
            int incomplete = 0;
            for (const SsoConnector &c : connectors) {
                if (c.domains.isEmpty())
                    continue;
                if (!sso::isConfigComplete(c)) {
                    ++incomplete;
                    continue;
                }
                routed.append(tr("%1 → %2").arg(c.domains.join(QStringLiteral(", ")), c.connectorName));
            }
            QString text = routed.isEmpty()
                               ? tr("No complete connector claims an email domain yet.")
                               : tr("Domains routed when on: %1").arg(routed.join(QStringLiteral("; ")));
            if (incomplete > 0)
                text += QLatin1Char(' ') +
                        tr("(%n incomplete connector(s) with domains are skipped.)", nullptr, incomplete);
            m_ssoStatus->setText(text);
        },
        [this](const Error &error) {
            m_ssoStatus->setText(tr("Could not list the SSO connectors: %1").arg(error.message()));
        },
        [this, generation] { return generation == m_generation; });
}

void SignInExperiencePage::load(const SignInExperience &experience)
{
    m_filling = true;
    m_experience = experience;
    m_loaded = true;
    m_content->setEnabled(true);
    m_sso->setChecked(experience.singleSignOnEnabled);
    for (auto it = m_factors.cbegin(); it != m_factors.cend(); ++it)
        it.value()->setChecked(experience.mfaFactors.contains(it.key()));
    if (QRadioButton *radio = m_policies.value(experience.mfaPolicy))
        radio->setChecked(true);
    if (QRadioButton *radio = m_organizationPolicies.value(experience.organizationRequiredMfaPolicy))
        radio->setChecked(true);
    m_status->clear();
    m_filling = false;
    validate();
}

SignInExperience SignInExperiencePage::edited() const
{
    SignInExperience e = m_experience;
    e.singleSignOnEnabled = m_sso->isChecked();
    e.mfaFactors.clear();
    for (const MfaFactor factor : allMfaFactors()) {
        if (m_factors.value(factor)->isChecked())
            e.mfaFactors.append(factor);
    }
    for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
        if (it.value()->isChecked())
            e.mfaPolicy = it.key();
    }
    for (auto it = m_organizationPolicies.cbegin(); it != m_organizationPolicies.cend(); ++it) {
        if (it.value()->isChecked())
            e.organizationRequiredMfaPolicy = it.key();
    }
    return e;
}

bool SignInExperiencePage::isDirty() const
{
    if (!m_loaded)
        return false;
    const SignInExperience e = edited();
    QList<MfaFactor> before = m_experience.mfaFactors;
    QList<MfaFactor> after = e.mfaFactors;
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    return e.singleSignOnEnabled != m_experience.singleSignOnEnabled || before != after ||
           e.mfaPolicy != m_experience.mfaPolicy ||
           e.organizationRequiredMfaPolicy != m_experience.organizationRequiredMfaPolicy;
}

void SignInExperiencePage::validate()
{
    if (m_filling)
        return;
    m_valid = m_errors.show(m_loaded ? signin::validate(edited()) : QList<FieldError>());
    updateButtons();
}

void SignInExperiencePage::updateButtons()
{
    const bool dirty = isDirty();
    workspace()->allow(m_save, Operation::SignInExperienceUpdate, dirty && m_valid && !m_saving && !m_loading,
                       tr("Save changes (Ctrl+S)"));
    m_revert->setEnabled(dirty && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (m_loading)
        m_status->setText(tr("Loading…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the marked choices to save"));
    else
        m_status->setText(m_justSaved ? tr("Saved") : QString());
    if (dirty)
        m_justSaved = false;
}

void SignInExperiencePage::revert()
{
    if (m_loaded)
        load(m_experience);
}

bool SignInExperiencePage::confirmLeave()
{
    return !isDirty() ||
           MessageBox::discardChanges(this, tr("The sign-in experience has unsaved changes. Discard them?"));
}

void SignInExperiencePage::save()
{
    if (!m_save->isEnabled())
        return;
    const SignInExperience edited = this->edited();
    m_saving = true;
    updateButtons();
    const int generation = m_generation;
    workspace()->run(
        workspace()->backend().signInExperience().update(workspace()->tenant().id, edited), this, QString(),
        [this, generation](const SignInExperience &saved) {
            m_saving = false;
            if (generation != m_generation) {
                updateButtons();
                return;
            }
            m_justSaved = true;
            load(saved);
        },
        [this, generation](const Error &error) {
            m_saving = false;
            if (generation == m_generation)
                handleSaveError(error);
            updateButtons();
        });
}

void SignInExperiencePage::handleSaveError(const Error &error)
{
    if (error.code() == ErrorCode::Validation) {
        m_errors.show(error.fields().isEmpty() ? QList<FieldError>{{QString(), error.message()}}
                                               : error.fields());
        m_status->setText(tr("Not saved: see the marked choices"));
        return;
    }
    if (error.code() != ErrorCode::Conflict) {
        MessageBox::showError(this, tr("Could not save the sign-in experience."), error);
        return;
    }
    const auto answer = MessageBox::question(this, tr("Sign-in experience changed elsewhere"),
                                             tr("The sign-in experience was changed by someone else after "
                                                "you opened it. Reload it? Your edits will "
                                                "be discarded."),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        activate();
}

} // namespace gatehouse::ui
