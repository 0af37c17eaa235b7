#include "organizations/OrganizationEditor.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
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
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

OrganizationEditor::OrganizationEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(style::titleLabel({}))
    , m_mfaBadge(new QLabel(tr("MFA required")))
    , m_membersBadge(new QLabel)
    , m_delete(new QPushButton(tr("Delete…")))
    , m_tabs(new QTabWidget)
    , m_settings(new OrganizationSettingsTab(workspace))
    , m_members(new OrganizationMembersTab(workspace))
    , m_apps(new OrganizationAppsTab(workspace))
    , m_invitations(new OrganizationInvitationsTab(workspace))
    , m_jit(new OrganizationJitTab(workspace))
    , m_branding(new OrganizationBrandingTab)
{
    setObjectName(QStringLiteral("organizationEditor"));
    m_title->setObjectName(QStringLiteral("organizationTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_mfaBadge->setObjectName(QStringLiteral("organizationMfaBadge"));
    UserText::makeBadge(m_mfaBadge, UserText::Tone::Warning);
    m_mfaBadge->setToolTip(tr("Members without MFA set up get no organization tokens."));
    m_membersBadge->setObjectName(QStringLiteral("organizationMembersBadge"));
    UserText::makeBadge(m_membersBadge, UserText::Tone::Neutral);
    m_delete->setObjectName(QStringLiteral("organizationDeleteButton"));
    style::makeDanger(m_delete);
    m_tabs->setObjectName(QStringLiteral("organizationTabs"));
    m_tabs->setUsesScrollButtons(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_membersBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_mfaBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_delete, 0, Qt::AlignVCenter);

    m_tabs->addTab(m_settings, tr("Settings"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_apps, tr("M2M apps"));
    m_tabs->setTabToolTip(2, tr("Machine-to-machine applications"));
    m_tabs->addTab(m_invitations, tr("Invitations"));
    m_tabs->addTab(m_jit, tr("JIT"));
    m_tabs->setTabToolTip(4, tr("Just-in-time provisioning"));
    m_tabs->addTab(m_branding, tr("Branding"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_delete, &QPushButton::clicked, this, &OrganizationEditor::deleteRequested);
    connect(m_settings, &OrganizationFormTab::saveRequested, this, [this] { saveFrom(m_settings); });
    connect(m_branding, &OrganizationFormTab::saveRequested, this, [this] { saveFrom(m_branding); });
    connect(m_members, &OrganizationMembersTab::membersChanged, this, &OrganizationEditor::membersChanged);
    connect(m_invitations, &OrganizationInvitationsTab::membersChanged, this, [this] {
        m_members->setOrganization(m_organization);
        emit membersChanged();
    });
    updateHeader();
}

void OrganizationEditor::setOrganization(const Organization &organization)
{
    const bool other = organization.id != m_organization.id;
    apply(organization, !other);
    if (other) {
        m_members->setOrganization(organization);
        m_apps->setOrganization(organization);
        m_invitations->setOrganization(organization);
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
    const bool has = hasOrganization();
    m_title->setText(m_organization.name);
    m_mfaBadge->setVisible(has && m_organization.isMfaRequired);
    m_membersBadge->setVisible(has && m_organization.memberCount >= 0);
    m_membersBadge->setText(OrganizationText::memberCount(m_organization.memberCount));
    m_delete->setEnabled(has && !m_saving);
}

bool OrganizationEditor::isDirty() const
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
    if (m_saving || !hasOrganization())
        return;
    const Organization edited = tab->edited();
    m_saving = true;
    tab->setSaving(true);
    updateHeader();
    m_workspace->track(m_workspace->backend().organizations().update(m_workspace->tenant().id, edited))
        .then(this, [this, tab, edited](Result<Organization> result) {
            m_saving = false;
            if (result.ok()) {
                Organization stored = result.value();
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
                return;
            }
            tab->setSaving(false);
            updateHeader();
            const Error &error = result.error();
            if (error.code() == ErrorCode::Validation || error.code() == ErrorCode::AlreadyExists) {
                if (!tab->showErrors(error.fields().isEmpty()
                                         ? QList<FieldError>{{QStringLiteral("name"), error.message()}}
                                         : error.fields()))
                    MessageBox::showError(this, tr("Could not save \"%1\".").arg(edited.name), error);
            } else if (error.code() == ErrorCode::Conflict) {
                const auto answer =
                    MessageBox::question(this, tr("Organization changed elsewhere"),
                                         tr("\"%1\" was changed by someone else after you opened it. Reload "
                                            "it? Your edits will be "
                                            "discarded.")
                                             .arg(edited.name),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer != QMessageBox::Yes)
                    return;
                const QString id = edited.id;
                m_workspace->track(m_workspace->backend().organizations().get(m_workspace->tenant().id, id))
                    .then(this, [this, id](Result<Organization> fresh) {
                        if (!fresh.ok()) {
                            MessageBox::showError(this, tr("Could not reload the organization."),
                                                  fresh.error());
                        } else if (m_organization.id == id) {
                            Organization o = fresh.value();
                            o.memberCount = m_organization.memberCount;
                            apply(o, false);
                            emit saved(o);
                        }
                    });
            } else {
                MessageBox::showError(this, tr("Could not save \"%1\".").arg(edited.name), error);
            }
        });
}

} // namespace gatehouse::ui
