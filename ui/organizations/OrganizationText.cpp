#include "organizations/OrganizationText.h"

#include "common/Format.h"

#include <QLocale>

namespace gatehouse::ui {

QString OrganizationText::roleNames(const QList<OrganizationRole> &roles)
{
    QStringList names;
    for (const OrganizationRole &role : roles)
        names.append(role.name);
    names.sort(Qt::CaseInsensitive);
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
}

QString OrganizationText::memberCount(int count)
{
    if (count < 0)
        return QStringLiteral("—");
    return count == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(count));
}

QString OrganizationText::invitationStatus(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Pending:
        return tr("Pending", "invitation status");
    case InvitationStatus::Accepted:
        return tr("Accepted", "invitation status");
    case InvitationStatus::Expired:
        return tr("Expired", "invitation status");
    case InvitationStatus::Revoked:
        return tr("Revoked", "invitation status");
    }
    return {};
}

QString OrganizationText::roleType(RoleType type)
{
    return Format::roleType(type);
}

} // namespace gatehouse::ui
