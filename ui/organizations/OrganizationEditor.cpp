#include "organizations/OrganizationEditor.h"

#include "common/Style.h"
#include "common/Workspace.h"
#include "organizations/OrganizationActivityTab.h"
#include "organizations/OrganizationAppsTab.h"
#include "organizations/OrganizationBrandingTab.h"
#include "organizations/OrganizationInvitationsTab.h"
#include "organizations/OrganizationJitTab.h"
#include "organizations/OrganizationMembersTab.h"
#include "organizations/OrganizationSettingsTab.h"
#include "organizations/OrganizationText.h"
#include "users/UserText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

OrganizationEditor::OrganizationEditor(Workspace *workspace, QWidget *parent)
    : EditorWidget(workspace,
                   {tr("Organization changed elsewhere"), tr("Could not reload the organization."), QString(),
                    QString()},
                   parent)
    , m_mfaBadge(new QLabel(tr("MFA required")))
    , m_membersBadge(new QLabel)
    , m_tabs(new QTabWidget)
    , m_settings(new OrganizationSettingsTab(workspace))
    , m_members(new OrganizationMembersTab(workspace))
    , m_apps(new OrganizationAppsTab(workspace))
    , m_invitations(new OrganizationInvitationsTab(workspace))
    , m_jit(new OrganizationJitTab(workspace))
    , m_branding(new OrganizationBrandingTab(workspace))
    , m_activity(new OrganizationActivityTab(workspace))
{
    setObjectName(QStringLiteral("organizationEditor"));
    m_mfaBadge->setObjectName(QStringLiteral("organizationMfaBadge"));
    UserText::makeBadge(m_mfaBadge, UserText::Tone::Warning);
    m_mfaBadge->setToolTip(tr("Members without MFA set up get no organization tokens."));
    m_membersBadge->setObjectName(QStringLiteral("organizationMembersBadge"));
    UserText::makeBadge(m_membersBadge, UserText::Tone::Neutral);
    m_tabs->setObjectName(QStringLiteral("organizationTabs"));
    m_tabs->setUsesScrollButtons(true);

    QHBoxLayout *header = createHeader(QStringLiteral("organization"), {m_membersBadge, m_mfaBadge});

    m_tabs->addTab(m_settings, tr("Settings"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->setTabToolTip(2, tr("Authentication events of the members"));
    m_tabs->addTab(m_apps, tr("M2M apps"));
    m_tabs->setTabToolTip(3, tr("Machine-to-machine applications"));
    m_tabs->addTab(m_invitations, tr("Invitations"));
    m_tabs->addTab(m_jit, tr("JIT"));
    m_tabs->setTabToolTip(5, tr("Just-in-time provisioning"));
    m_tabs->addTab(m_branding, tr("Branding"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_settings, &OrganizationFormTab::saveRequested, this, [this] { saveFrom(m_settings); });
    connect(m_branding, &OrganizationFormTab::saveRequested, this, [this] { saveFrom(m_branding); });
    updateHeader();
}

void OrganizationEditor::setItem(const Organization &organization)
{
    const bool other = organization.id != m_organization.id;
    apply(organization, !other);
    if (other) {
        m_members->setOrganization(organization);
        m_apps->setSubject(organization);
        m_activity->setSubject(organization);
        m_invitations->setSubject(organization);
        m_jit->setOrganization(organization);
    }
}

void OrganizationEditor::apply(const Organization &organization, bool keepEdits)
{
    m_organization = organization;
    m_settings->setOrganization(organization, keepEdits);
    m_branding->setOrganization(organization, keepEdits);
    updateHeader();
}

void OrganizationEditor::updateHeader()
{
    const bool has = hasItem();
    titleLabel()->setText(m_organization.name);
    m_mfaBadge->setVisible(has && m_organization.isMfaRequired);
    m_membersBadge->setVisible(has && m_organization.memberCount >= 0);
    m_membersBadge->setText(OrganizationText::memberCount(m_organization.memberCount));
    updateButtons();
}

void OrganizationEditor::updateButtons()
{
    workspace()->allow(deleteButton(), Operation::OrganizationsRemove, hasItem() && !m_saving, QString());
}

bool OrganizationEditor::isModified() const
{
    return m_settings->isDirty() || m_branding->isDirty() || m_jit->isDirty();
}

bool OrganizationEditor::isLoading() const
{
    return m_members->isLoading() || m_apps->isLoading() || m_invitations->isLoading() || m_jit->isLoading();
}

void OrganizationEditor::save()
{
    if (m_tabs->currentWidget() == m_branding) {
        if (m_branding->isDirty() && m_branding->isValid())
            saveFrom(m_branding);
    } else if (m_tabs->currentWidget() == m_jit)
        m_jit->save();
    else if (m_settings->isDirty() && m_settings->isValid())
        saveFrom(m_settings);
}

void OrganizationEditor::saveFrom(OrganizationFormTab *tab)
{
    if (m_saving || !hasItem())
        return;
    const Organization edited = tab->edited();
    const QString tenantId = workspace()->tenant().id;
    m_saving = true;
    m_savingTab = tab;
    tab->setSaving(true);
    updateHeader();
    workspace()->run(
        workspace()->backend().organizations().update(tenantId, edited), this, QString(),
        [this, tab](Organization stored) {
            m_saving = false;
            if (stored.memberCount < 0)
                stored.memberCount = m_organization.memberCount;
            if (stored.id == m_organization.id) {
                // The saving tab shows the result as saved; the other keeps its edits.
                m_organization = stored;
                tab->setOrganization(stored, false);
                (tab == m_settings ? static_cast<OrganizationFormTab *>(m_branding) : m_settings)
                    ->setOrganization(stored, true);
                updateHeader();
            }
            tab->setSaving(false);
            emit saved(stored);
        },
        [this, tab, edited, tenantId](const Error &error) {
            m_saving = false;
            tab->setSaving(false);
            updateHeader();
            if (!handleSaveFailure(error, edited.name))
                return;
            workspace()->run(workspace()->backend().organizations().get(tenantId, edited.id), this,
                             texts().reloadFailed, [this](Organization fresh) {
                                 if (m_organization.id != fresh.id)
                                     return;
                                 fresh.memberCount = m_organization.memberCount;
                                 apply(fresh, false);
                                 emit saved(fresh);
                             });
        });
}

bool OrganizationEditor::showSaveErrors(const Error &error)
{
    const std::optional<QList<FieldError>> problems = FieldErrors::refusal(error, QStringLiteral("name"));
    return problems && m_savingTab->showErrors(*problems);
}

} // namespace gatehouse::ui
