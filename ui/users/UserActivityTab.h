#pragma once

#include "common/RelatedList.h"
#include "journal/JournalEntry.h"
#include "model/User.h"

namespace gatehouse::ui {

/// The Activity tab: journal entries about the user, newest first — when (local time, UTC in
/// the tooltip), what, who and why. "Load older" pages further back. Loads when shown, and again
/// after a change that concerns the user.
class UserActivityTab : public RelatedList<JournalEntry, User>
{
    Q_OBJECT
public:
    explicit UserActivityTab(Workspace *workspace, QWidget *parent = nullptr);

protected:
    bool concerns(const Change &change) const override;
    void listLoaded() override;
    void updateButtons() override;

private:
    void loadOlder();
    /// The first page of `user`'s entries.
    static JournalQuery query(const QString &tenantId, const User &user);

    QPushButton *m_older = nullptr;
    bool m_more = false; ///< the last page was full: older entries may exist
    static constexpr int pageSize = 100;
};

} // namespace gatehouse::ui
