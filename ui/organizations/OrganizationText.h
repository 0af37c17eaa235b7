#pragma once

#include "model/Organization.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse::ui {

/// Text about organizations for people: role lists, member counts, invitation statuses.
class OrganizationText
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationText)

public:
    /// "admin, member" (sorted); "—" when empty.
    static QString roleNames(const QList<OrganizationRole> &roles);
    /// "1 member" / "12 members"; "—" when unknown (-1).
    static QString memberCount(int count);
    /// Translated status name ("Pending", "Accepted", …).
    static QString invitationStatus(InvitationStatus status);
    /// "User" / "Machine-to-machine" for organization roles.
    static QString roleType(RoleType type);
};

} // namespace gatehouse::ui
