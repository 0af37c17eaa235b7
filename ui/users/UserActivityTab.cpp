#include "users/UserActivityTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>

namespace gatehouse::ui {

UserActivityTab::UserActivityTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[](Backend &backend, const QString &tenantId, const User &user) {
                       return backend.journal().list(query(tenantId, user));
                   },
                   tr("Could not load the activity of this user."),
                   [](const JournalEntry &e) {
                       return QString::number(e.seq);
                   }},
                  parent)
{
    setObjectName(QStringLiteral("userActivityTab"));
    using Model = ListModel<JournalEntry>;
    model()->setColumns({
        Model::Column::time(tr("When"), &JournalEntry::at),
        Model::Column::text(tr("Action"), &JournalEntry::action),
        Model::Column::text(tr("Operator"), &JournalEntry::operatorName),
        Model::Column::text(tr("Reason"), &JournalEntry::reason, Model::TextToolTip),
    });
    view()->setWordWrap(false);
    buttonRow()->insertWidget(
        0, style::subtitleLabel(tr("Changes to this user from the journal, newest first.")), 1);
    m_older = addButton(tr("Load older"), QStringLiteral("userActivityOlderButton"), Needs::Subject,
                        Side::Trailing, &UserActivityTab::loadOlder);
    setTexts(QStringLiteral("userActivityTable"), QString(), QStringLiteral("userActivityEmptyLabel"),
             tr("Nothing recorded about this user yet."));
}

JournalQuery UserActivityTab::query(const QString &tenantId, const User &user)
{
    JournalQuery query;
    query.tenantId = tenantId;
    query.targetId = user.id;
    query.limit = pageSize;
    return query;
}

bool UserActivityTab::concerns(const Change &change) const
{
    return change.id == subject().id || change.related.contains(subject().id);
}

void UserActivityTab::listLoaded()
{
    m_more = count() == pageSize;
    view()->resizeColumnToContents(0);
    view()->resizeColumnToContents(1);
}

void UserActivityTab::loadOlder()
{
    if (!hasSubject() || count() == 0)
        return;
    JournalQuery older = query(tenantId(), subject());
    older.beforeSeq = model()->at(count() - 1).seq;
    const int generation = beginLoad();
    updateButtons();
    workspace()->run(
        workspace()->backend().journal().list(older), this, tr("Could not load the activity of this user."),
        [this](const QList<JournalEntry> &entries) {
            m_more = entries.size() == pageSize;
            model()->setItems(model()->items() + entries);
            view()->resizeColumnToContents(0);
            view()->resizeColumnToContents(1);
            endLoad();
        },
        [this](const Error &) { endLoad(); }, [this, generation] { return isCurrent(generation); });
}

void UserActivityTab::updateButtons()
{
    RelatedList::updateButtons();
    m_older->setVisible(hasSubject() && m_more && count() > 0);
    m_older->setEnabled(!isLoading());
}

} // namespace gatehouse::ui
