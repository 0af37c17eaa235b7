#pragma once

#include "common/RelatedList.h"
#include "model/LogEvent.h"
#include "model/Organization.h"

class QLabel;

namespace gatehouse::ui {

class EventNames;

/// The Activity tab of an organization: the newest authentication events of its members (sign-in
/// steps, MFA, token exchanges), with who, what and from where, and "Show all in Logs" for the
/// whole history in the Logs area. Answered by a workspace's archive; a Logto server cannot
/// select events by membership, which the tab says instead of guessing. Loads when shown.
///
/// Object names: "organizationActivityTable", "organizationActivityEmptyLabel",
/// "organizationActivityLogsButton".
class OrganizationActivityTab : public RelatedList<LogEvent, Organization>
{
    Q_OBJECT
public:
    explicit OrganizationActivityTab(Workspace *workspace, QWidget *parent = nullptr);

    static constexpr int pageSize = 100;

signals:
    /// "Show all in Logs": the Logs area, filtered to this organization's members.
    void logsRequested(const QString &organizationId, const QString &organizationName);

protected:
    bool concerns(const Change &change) const override;
    void listLoaded() override;

private:
    void showInLogs();

    EventNames *m_names;
};

} // namespace gatehouse::ui
