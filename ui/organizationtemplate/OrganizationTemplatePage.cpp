#include "organizationtemplate/OrganizationTemplatePage.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "organizationtemplate/DelegationPanel.h"
#include "organizationtemplate/OrganizationRolesPanel.h"
#include "organizationtemplate/OrganizationScopesPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

OrganizationTemplatePage::OrganizationTemplatePage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_tabs(new QTabWidget)
    , m_reach(style::subtitleLabel({}))
    , m_roles(new OrganizationRolesPanel(workspace, &m_confirmation))
    , m_scopes(new OrganizationScopesPanel(workspace, &m_confirmation))
    , m_delegation(new DelegationPanel(workspace))
{
    setObjectName(QStringLiteral("organizationTemplatePage"));
    m_tabs->setObjectName(QStringLiteral("organizationTemplateTabs"));
    m_reach->setObjectName(QStringLiteral("organizationTemplateReachLabel"));
    m_tabs->addTab(m_roles, tr("Organization roles"));
    m_tabs->addTab(m_scopes, tr("Organization permissions"));
    m_tabs->addTab(m_delegation, tr("Delegation"));

    QVBoxLayout *layout = buildFrame(tr("Organization template"),
                                     tr("The roles and permissions every organization of this tenant "
                                        "runs on. Design them once; members hold them per organization."));
    titleBlock()->addWidget(m_reach);
    layout->addWidget(m_tabs, 1);

    // How many organizations a change of the template reaches.
    connect(workspace, &Workspace::changed, this, [this](const Change &change) {
        if (isVisible() && change.area == ChangeArea::Organizations &&
            change.tenantId == this->workspace()->tenant().id)
            countOrganizations();
    });
}

void OrganizationTemplatePage::activate()
{
    countOrganizations();
    m_roles->load();
    m_scopes->setSubject(workspace()->tenant());
    m_delegation->load();
    emit loaded();
}

bool OrganizationTemplatePage::isLoading() const
{
    return m_counting || m_roles->isLoading() || m_scopes->isLoading() || m_delegation->isLoading();
}

void OrganizationTemplatePage::countOrganizations()
{
    const int generation = ++m_generation;
    m_confirmation.setOrganizationCount(-1);
    m_reach->setText(QString());
    if (!workspace()->hasTenant())
        return;
    m_counting = true;
    workspace()->run(
        workspace()->backend().organizations().list(workspace()->tenant().id, QString()), this, QString(),
        [this](const QList<Organization> &organizations) {
            m_counting = false;
            const int count = int(organizations.size());
            m_confirmation.setOrganizationCount(count);
            m_reach->setText(count == 0   ? tr("No organization uses the template yet.")
                             : count == 1 ? tr("1 organization runs on this template.")
                                          : tr("%1 organizations run on this template.").arg(count));
        },
        [this](const Error &error) {
            m_counting = false;
            m_reach->setText(tr("Could not count the organizations: %1").arg(error.message()));
        },
        [this, generation] { return generation == m_generation; });
}

void OrganizationTemplatePage::createNew()
{
    if (m_tabs->currentWidget() == m_scopes)
        m_scopes->createScope();
    else
        m_roles->createRole();
}

void OrganizationTemplatePage::save()
{
    if (m_tabs->currentWidget() == m_roles)
        m_roles->saveSelected();
}

bool OrganizationTemplatePage::confirmLeave()
{
    return !m_roles->isDirty() ||
           MessageBox::discardChanges(
               this, tr("The selected organization role has unsaved changes. Discard them?"));
}

} // namespace gatehouse::ui
