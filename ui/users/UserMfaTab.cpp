#include "users/UserMfaTab.h"

#include "common/ReasonDialog.h"
#include "users/UserText.h"

#include <QTableView>

namespace gatehouse::ui {

namespace {
QVariant timeData(std::optional<qint64> ms, int role)
{
    if (role == Qt::DisplayRole)
        return ms ? Format::dateTime(*ms) : UserMfaTab::tr("Never");
    if (role == Qt::ToolTipRole)
        return ms ? Format::utc(*ms) : QString();
    if (role == Qt::UserRole)
        return ms ? *ms : qint64(0);
    return {};
}
} // namespace

UserMfaTab::UserMfaTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const User &user) {
                       return backend.users().mfaVerifications(tenantId, user.id);
                   },
                   tr("Could not load the MFA factors of this user.")},
                  parent)
{
    setObjectName(QStringLiteral("userMfaTab"));
    using Column = ListModel<MfaVerification>::Column;
    model()->setColumns({
        Column::text(tr("Type"), &MfaVerification::type),
        Column::text(tr("Name"), &MfaVerification::name),
        Column{tr("Created"),
               [](const MfaVerification &v, int role) -> QVariant {
                   return timeData(v.createdAt, role);
               }},
        Column{tr("Last used"),
               [](const MfaVerification &v, int role) -> QVariant {
                   return timeData(v.lastUsedAt, role);
               }},
    });
    setTexts(QStringLiteral("userMfaTable"), QString(), QStringLiteral("userMfaEmptyLabel"),
             tr("No MFA factors: this user signs in with one factor only."));
    QPushButton *remove =
        addButton(tr("Remove…"), QStringLiteral("removeMfaButton"), Needs::Selection, Side::Leading,
                  &UserMfaTab::removeSelected, Operation::UsersRemoveMfaVerification);
    remove->setToolTip(tr("Remove the selected factor, e.g. after the user lost their device"));
    style::makeDanger(remove);
}

bool UserMfaTab::concerns(const Change &change) const
{
    return change.area == ChangeArea::Users && (change.id == subject().id || change.id.isEmpty());
}

void UserMfaTab::listLoaded()
{
    view()->resizeColumnsToContents();
}

void UserMfaTab::removeSelected()
{
    const std::optional<MfaVerification> factor = selected();
    if (!factor || !hasSubject())
        return;
    const User user = subject();
    const QString name = UserText::displayName(user);
    ReasonDialog::Options options;
    options.title = tr("Remove MFA factor");
    options.html =
        tr("Remove the %1 factor <b>%2</b> of <b>%3</b>? The user can no longer sign in with it and "
           "may be asked to set up a new one.")
            .arg(factor->type.toHtmlEscaped(),
                 (factor->name.isEmpty() ? factor->id : factor->name).toHtmlEscaped(), name.toHtmlEscaped());
    options.actionText = tr("Remove factor");
    options.destructive = true;
    options.production = workspace()->isProduction();
    options.tenantName = workspace()->productionName();
    auto *dialog = new ReasonDialog(options, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, factor, user] {
        removeOnSuccess(workspace()->backend().users().removeMfaVerification(tenantId(), user.id, factor->id,
                                                                             dialog->reason()),
                        factor->id, tr("Could not remove the MFA factor."));
    });
    dialog->open();
}

} // namespace gatehouse::ui
