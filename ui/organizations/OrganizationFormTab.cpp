#include "organizations/OrganizationFormTab.h"

namespace gatehouse::ui {

OrganizationFormTab::OrganizationFormTab(Workspace *workspace, QWidget *parent)
    : EditorWidget(workspace, {}, parent)
{}

void OrganizationFormTab::setOrganization(const Organization &organization, bool keepEdits)
{
    const bool same = organization.id == m_organization.id;
    const bool keep = keepEdits && same && isDirty();
    m_organization = organization;
    if (keep)
        validate();
    else
        reloadForm();
    if (!same)
        organizationChanged();
}

} // namespace gatehouse::ui
