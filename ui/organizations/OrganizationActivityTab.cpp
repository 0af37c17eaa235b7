#include "organizations/OrganizationActivityTab.h"

#include "logs/EventColumns.h"
#include "logs/EventNames.h"
#include "logs/SignInSummary.h"
#include "model/LogKeys.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace gatehouse::ui {

OrganizationActivityTab::OrganizationActivityTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const Organization &organization) {
                       // Only an archive selects events by membership.
                       if (!backend.capabilities().logArchive)
                           return readyFuture(Result<QList<LogEvent>>(QList<LogEvent>()));
                       LogQuery query;
                       query.memberOf = organization.id;
                       return backend.logs()
                           .page(tenantId, query, {}, pageSize)
                           .then([](const Result<LogPage> &page) {
                               return page ? Result<QList<LogEvent>>(page.value().events)
                                           : Result<QList<LogEvent>>(page.error());
                           });
                   },
                   tr("Could not load the events of the members of %1."),
                   [](const LogEvent &e) {
                       return e.id;
                   }},
                  parent)
    , m_names(new EventNames(workspace, this))
{
    setObjectName(QStringLiteral("organizationActivityTab"));
    setReadOperation(Operation::LogsPage);
    model()->setColumns({
        EventColumns::when(),
        EventColumns::event(),
        EventColumns::result(),
        EventColumns::user(tr("Member"), m_names),
        EventColumns::ip(),
        EventColumns::browser(),
    });
    view()->setWordWrap(false);
    QPushButton *logs = addButton(tr("Show all in Logs"), QStringLiteral("organizationActivityLogsButton"),
                                  Needs::Subject, Side::Leading, &OrganizationActivityTab::showInLogs);
    logs->setToolTip(tr("Every event of the members, with filters, in the Logs area"));
    const bool archive = workspace->backend().capabilities().logArchive;
    logs->setVisible(archive);
    setTexts(
        QStringLiteral("organizationActivityTable"),
        archive ? tr("The newest authentication events of the organization's members.") : QString(),
        QStringLiteral("organizationActivityEmptyLabel"),
        archive ? tr("No events of the members are archived. Sync the tenant's events from the Logto server "
                     "(Logs → Sync from Logto…).")
                : tr("A Logto server cannot select events by organization membership. Sync the tenant's "
                     "events into a workspace, whose archive can; each member's own events are on their user "
                     "page."));
    connect(m_names, &EventNames::changed, this, [this] {
        if (model()->count() > 0)
            emit model()->dataChanged(model()->index(0, 3), model()->index(model()->count() - 1, 3));
    });
}

bool OrganizationActivityTab::concerns(const Change &change) const
{
    return change.area == ChangeArea::Logs;
}

void OrganizationActivityTab::listLoaded()
{
    RelatedList::listLoaded();
    m_names->resolve(model()->items());
    view()->resizeColumnToContents(1);
}

void OrganizationActivityTab::showInLogs()
{
    if (hasSubject())
        emit logsRequested(subject().id, subject().name);
}

} // namespace gatehouse::ui
