#include "users/UserRolesTab.h"

#include "common/MessageBox.h"
#include "common/PickerDialog.h"
#include "users/UserText.h"

namespace gatehouse::ui {

UserRolesTab::UserRolesTab(Workspace *workspace, QWidget *parent)
    : RelatedList(
          workspace, Load::WhenShown, [](const Role &r) { return r.id; }, parent)
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
              &UserRolesTab::assignRoles);
    style::makeDanger(addButton(tr("Remove role…"), QStringLiteral("removeUserRoleButton"), Needs::Selection,
                                Side::Leading, &UserRolesTab::removeSelected));
    setDeleteAction(&UserRolesTab::removeSelected);
}

void UserRolesTab::setUser(const User &user)
{
    m_user = user;
    setSubject(user.id);
}

void UserRolesTab::fetch()
{
    loadItems(workspace()->backend().users().roles(tenantId(), m_user.id),
              tr("Could not load the roles of this user."));
}

bool UserRolesTab::concerns(const Change &change) const
{
    return (change.area == ChangeArea::Users && (change.id == m_user.id || change.id.isEmpty())) ||
           (change.area == ChangeArea::Roles &&
            (change.related.contains(m_user.id) || model()->rowOfId(change.id) >= 0));
}

void UserRolesTab::assignRoles()
{
    if (!hasSubject())
        return;
    const User user = m_user;
    workspace()->run(
        workspace()->backend().roles().list(tenantId()), this, tr("Could not load the roles."),
        [this, user](const QList<Role> &roles) {
            QList<PickerDialog::Item> items;
            for (const Role &role : roles) {
                if (role.type == RoleType::User)
                    items.append({role.id, role.name, role.description, model()->rowOfId(role.id) >= 0});
            }
            const QString name = UserText::displayName(user);
            auto *dialog = new PickerDialog(
                tr("Assign roles to %1").arg(name),
                tr("Pick the user roles whose permissions \"%1\" gets.").arg(name), tr("Assign roles"), items,
                tr("This tenant has no user roles yet. Create one on the Roles page."), this);
            connect(dialog, &QDialog::accepted, this, [this, dialog, user, name] {
                const QStringList ids = dialog->checkedIds();
                if (ids.isEmpty())
                    return;
                workspace()->run(workspace()->backend().users().assignRoles(tenantId(), user.id, ids), this,
                                 tr("Could not assign the roles to \"%1\".").arg(name), [this, user] {
                                     if (user.id == m_user.id)
                                         reload();
                                     emit changed();
                                 });
            });
            dialog->open();
        });
}

void UserRolesTab::removeSelected()
{
    const std::optional<Role> role = selected();
    if (!role || !hasSubject())
        return;
    const QString name = UserText::displayName(m_user);
    if (!MessageBox::confirmDestructive(
            this, tr("Remove role"),
            tr("Remove the role \"%1\" from \"%2\"? New tokens of this user lose its permissions.")
                .arg(role->name, name),
            tr("Remove role"), workspace()->isProduction(), workspace()->productionName()))
        return;
    const QString userId = m_user.id;
    workspace()->run(workspace()->backend().users().removeRole(tenantId(), userId, role->id), this,
                     tr("Could not remove the role \"%1\".").arg(role->name), [this, role, userId] {
                         if (userId == m_user.id)
                             model()->removeId(role->id);
                         updateButtons();
                         emit changed();
                     });
}

} // namespace gatehouse::ui
