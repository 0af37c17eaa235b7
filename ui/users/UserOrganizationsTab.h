#pragma once

#include "common/RelatedList.h"
#include "model/Organization.h"
#include "model/User.h"

namespace gatehouse::ui {

/// The Organizations tab: the organizations the user is a member of, with their organization
/// roles in each (memberships are managed on the Organizations page). Loads when shown, and again
/// when a change of memberships or organization roles reaches the user.
///
/// Object names: "userOrganizationsTab", "userOrganizationsTable", "userOrganizationsEmptyLabel".
class UserOrganizationsTab : public RelatedList<UserOrganization, User>
{
    Q_OBJECT
public:
    explicit UserOrganizationsTab(Workspace *workspace, QWidget *parent = nullptr);

protected:
    bool concerns(const Change &change) const override;
};

} // namespace gatehouse::ui
