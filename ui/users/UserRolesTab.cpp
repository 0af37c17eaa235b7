#include "users/UserRolesTab.h"

#include "users/UserText.h"

namespace gatehouse::ui {

UserRolesTab::UserRolesTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const User &user) {
                       return backend.users().roles(tenantId, user.id);
                   },
                   tr("Could not load the roles of this user.")},
                  parent)
{
    setObjectName(QStringLiteral("userRolesTab"));
    using Column = ListModel<Role>::Column;
    model()->setColumns({
        Column::text(tr("Role"), &Role::name),
        Column::text(tr("Description"), &Role::description, ListModel<Role>::TextToolTip),
    });
    setTexts(QStringLiteral("userRolesTable"),
             tr("User roles grant this user the permissions of their API resources."),
             QStringLiteral("userRolesEmptyLabel"),
             tr("No roles assigned: this user's tokens carry no role permissions."));
    addButton(tr("Assign roles…"), QStringLiteral("assignUserRolesButton"), Needs::Subject, Side::Leading,
              &UserRolesTab::assignRoles, Operation::UsersAssignRoles);
    style::makeDanger(addButton(tr("Remove role…"), QStringLiteral("removeUserRoleButton"), Needs::Selection,
                                Side::Leading, &UserRolesTab::removeSelected, Operation::UsersRemoveRole));
    setDeleteAction(&UserRolesTab::removeSelected);
}

bool UserRolesTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Users && (change.id == subject().id || change.id.isEmpty())) ||
           (change.area == ChangeArea::Roles &&
            (change.related.contains(subject().id) || model()->rowOfId(change.id) >= 0));
}

void UserRolesTab::assignRoles()
{
    if (!hasSubject())
        return;
    const User user = subject();
    const QString name = UserText::displayName(user);
    offer<Role>(
        workspace()->backend().roles().list(tenantId()), tr("Could not load the roles."),
        [](const Role &role) { return role.type == RoleType::User; },
        {tr("Assign roles to %1").arg(name),
         tr("Pick the user roles whose permissions \"%1\" gets.").arg(name), tr("Assign roles"),
         tr("This tenant has no user roles yet. Create one on the Roles page.")},
        [this, user, name](const QStringList &ids) {
            if (ids.isEmpty())
                return;
            reloadOnSuccess(workspace()->backend().users().assignRoles(tenantId(), user.id, ids), user.id,
                            tr("Could not assign the roles to \"%1\".").arg(name));
        });
}

void UserRolesTab::removeSelected()
{
    const std::optional<Role> role = selected();
    if (!role || !hasSubject())
        return;
    const QString name = UserText::displayName(subject());
    if (!workspace()->confirmDestructive(
            this, tr("Remove role"),
            tr("Remove the role \"%1\" from \"%2\"? New tokens of this user lose its permissions.")
                .arg(role->name, name),
            tr("Remove role")))
        return;
    removeOnSuccess(workspace()->backend().users().removeRole(tenantId(), subject().id, role->id), role->id,
                    tr("Could not remove the role \"%1\".").arg(role->name));
}

} // namespace gatehouse::ui
